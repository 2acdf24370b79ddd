import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 55 (h-disc77): misses on invented stories of genres nobody tuned on (a rockfall blocking a
 * railway line, a lion's escape from a zoo, a chemical warehouse fire with a smoke warning, a cargo
 * plane skidding off a runway, hikers trapped by sudden snow), keyed before their first run.
 * Fictional places, people and figures, in ECB+'s tokenised shape.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;

describe("a second verb's count told with `more` (fact:count-more-elided)", () => {
  const fire = (a: string) =>
    entries(
      story(
        report('Warehouse fire in Brant', '8: 15 a. m. September 21, 2043', a),
        report(
          'Three dead in Brant fire',
          '10: 30 a. m. September 21, 2043',
          'Three workers died and 12 were injured when fire tore through a chemical warehouse in Brant.',
        ),
      ),
      'count',
    );
  it('`killed 3 workers and injured 15 more` against `12 were injured`', () => {
    expect(
      fire('A fire at a chemical warehouse in Brant killed 3 workers and injured 15 more on Sunday night.'),
    ).toEqual([['12', '15 more']]);
  });
  it('control: `injured 12 more` agrees, no entry', () => {
    expect(
      fire('A fire at a chemical warehouse in Brant killed 3 workers and injured 12 more on Sunday night.'),
    ).toEqual([]);
  });
  it('control: `plans to hire 15 more` after no second past verb is no count of the injured', () => {
    expect(
      fire(
        'A fire at a chemical warehouse in Brant killed 3 workers on Sunday night. The firm, which hired 40 workers last year, plans to hire 15 more.',
      ),
    ).toEqual([]);
  });
});

describe("the story's event's place among its kind this year (align:one-period-ordinal)", () => {
  const zoo = (a: string, b: string) =>
    entries(
      story(
        report('Lion escapes from Velden Zoo', '10: 40 a. m. June 3, 2043', a),
        report('Escaped lion recaptured', '1: 10 p. m. June 3, 2043', b),
      ),
      'count',
    );
  it('`the third escape at the zoo this year, after a zebra got out` against `the fourth escape ..., the council said`', () => {
    expect(
      zoo(
        'A lion escaped on Tuesday. It was the third escape at the zoo this year, after a zebra and two monkeys got out in April.',
        'A lion slipped out on Tuesday. It was the fourth escape at the zoo this year, the local council said.',
      ),
    ).toEqual([['fourth', 'third']]);
  });
  it('control: a report that gives two escapes their places keeps the earlier one apart', () => {
    expect(
      zoo(
        'A lion escaped on Tuesday. In April, a zebra got out of its paddock, the second escape at the zoo this year. Keepers said it was the third escape this year.',
        'A lion slipped out on Tuesday. It was the third escape at the zoo this year, the local council said.',
      ),
    ).toEqual([]);
  });
  it("control: a fire's place among fires is no escape's", () => {
    expect(
      zoo(
        'A lion escaped on Tuesday. It was the third escape at the zoo this year.',
        'A lion slipped out on Tuesday. It was the fourth fire at the zoo this year, the local council said.',
      ),
    ).toEqual([]);
  });
});

describe('the radius of a zone whose people were told to act (fact:zone-radius)', () => {
  const smoke = (a: string) =>
    entries(
      story(
        report('Toxic smoke over Brant', '8: 15 a. m. September 21, 2043', a),
        report(
          'Smoke warning issued in Brant',
          '10: 30 a. m. September 21, 2043',
          'People living within 3 kilometres of the warehouse were told to stay indoors.',
        ),
      ),
      'quantity',
    );
  it('`residents within 5 kilometres of the site` against `People living within 3 kilometres`', () => {
    expect(
      smoke(
        'Authorities told residents within 5 kilometres of the site to keep windows and doors shut because of the smoke.',
      ),
    ).toEqual([['3 kilometres', '5 kilometres']]);
  });
  it('control: a place within a distance of the site is no zone', () => {
    expect(
      smoke('Firefighters set up a command post within 5 kilometres of the site because of the smoke.'),
    ).toEqual([]);
  });
});

describe("a weather reading's height is no altitude of the event (fact:altitude-of-reading)", () => {
  const snow = (b: string) =>
    entries(
      story(
        report(
          'Hikers trapped by snow',
          '8: 50 a. m. October 5, 2043',
          'The group was caught at an altitude of about 2, 600 metres on Sunday afternoon.',
        ),
        report('Rescuers reach hikers', '4: 05 p. m. October 5, 2043', b),
      ),
      'quantity',
    );
  it('`trapped at 2, 900 metres` beside `Temperatures at 2, 000 metres` against `about 2, 600 metres`', () => {
    expect(
      snow(
        'The group was trapped at 2, 900 metres, rescuers said. Temperatures at 2, 000 metres fell to minus 12 degrees Celsius.',
      ),
    ).toEqual([['2, 600 metres', '2, 900 metres']]);
  });
  it('the reading alone is no altitude of the group: no entry (a false alarm before)', () => {
    expect(snow('Temperatures at 2, 000 metres fell to minus 12 degrees Celsius, rescuers said.')).toEqual(
      [],
    );
  });
  it('control: the same altitude beside the reading agrees, no entry', () => {
    expect(
      snow(
        'The group was trapped at 2, 600 metres, rescuers said. Temperatures at 2, 000 metres fell to minus 12 degrees Celsius.',
      ),
    ).toEqual([]);
  });
});

describe('those stranded are those trapped (fact:stranded-trapped)', () => {
  const snow = (b: string) =>
    entries(
      story(
        report(
          'Hikers trapped by sudden snow',
          '8: 50 a. m. October 5, 2043',
          'Rescuers were trying on Monday to reach 14 hikers trapped by a sudden snowstorm in the Korven mountains.',
        ),
        report('Snowstorm strands hiking group', '11: 20 a. m. October 5, 2043', b),
      ),
      'count',
    );
  it('`A group of 17 hikers was stranded` against `14 hikers trapped`', () => {
    expect(snow('A group of 17 hikers was stranded by heavy snow on Sunday near Korven peak.')).toEqual([
      ['14 hikers trapped', '17 hikers'],
    ]);
  });
  it('control: hikers who reached the hut are no count of those trapped', () => {
    expect(snow('A group of 17 hikers reached the hut on Sunday before the snow began.')).toEqual([]);
  });
});
