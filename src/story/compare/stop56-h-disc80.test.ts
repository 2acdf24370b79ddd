import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 56 (h-disc80): misses on invented stories of genres nobody tuned on (a tower crane
 * collapsing on a building site, riders stuck on a roller coaster, a grain silo explosion, a river
 * cruise boat capsizing), keyed before their first run. Fictional places, people and figures, in
 * ECB+'s tokenised shape.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;

describe('trapped for a span is stranded for it (fact:duration-trapped-stranded)', () => {
  const ride = (b: string) =>
    entries(
      story(
        report(
          'Riders stuck on Kestrel Park coaster',
          '9: 10 p. m. July 9, 2042',
          'Riders on the Falcon coaster at Kestrel Park were stranded for four hours on Sunday, the park said.',
        ),
        report('Coaster riders brought down', '10: 00 a. m. July 10, 2042', b),
      ),
      'quantity',
    );
  it('`stranded for four hours` against `trapped ... for six hours`', () => {
    expect(ride('Twenty riders were trapped for six hours on Sunday, firefighters said.')).toEqual([
      ['four hours', 'six hours'],
    ]);
  });
  it('control: the same span told by either word, no entry', () => {
    expect(ride('Twenty riders were trapped for four hours on Sunday, firefighters said.')).toEqual([]);
  });
});

describe('people an active verb pulled from the water were rescued (fact:pulled-from-is-rescue, widened)', () => {
  const boat = (a: string) =>
    entries(
      story(
        report('Tour boat overturns on the Dall', '8: 30 p. m. May 4, 2043', a),
        report(
          'Dozens saved as boat overturns',
          '8: 30 p. m. May 4, 2043',
          'Thirty - eight people were rescued from the river, police said.',
        ),
      ),
      'count',
    );
  it('`Rescuers pulled 32 people from the water` against `Thirty - eight people were rescued`', () => {
    expect(boat('Rescuers pulled 32 people from the water after the boat overturned.')).toEqual([
      ['32 people', 'Thirty - eight people'],
    ]);
  });
  it('control: bodies pulled from the water are no rescue', () => {
    expect(boat('Divers pulled 32 bodies from the water after the boat overturned.')).toEqual([]);
  });
});

describe("a site's foreman before his name is no part of it (PROFESSIONS, widened)", () => {
  const site = (b: string) =>
    entries(
      story(
        report(
          'Crane falls on Arden site',
          '4: 05 p. m. June 2, 2043',
          'The site foreman, Ivo Castell, said the crane had been checked last week.',
        ),
        report('Arden crane inquiry', '4: 05 p. m. June 2, 2043', b),
      ),
      'spelling',
    );
  it('`Foreman Ivo Castel said` against `Ivo Castell`: one name written two ways', () => {
    expect(site('Foreman Ivo Castel said about 90 people were on the site.')).toEqual([
      ['Ivo Castel', 'Ivo Castell'],
    ]);
  });
  it('control: the same name after the title, no entry', () => {
    expect(site('Foreman Ivo Castell said about 90 people were on the site.')).toEqual([]);
  });
});
