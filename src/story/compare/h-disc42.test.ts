import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * h-disc42: a wine-fraud trial and a hospital waiting-list report, each told by two outlets
 * (issue 12, six unseen stories). Fictional places and people.
 */
const trial = (date: string, line: string) => `Wine trial in Lyonne\n${date}\n${line}`;
const lists = (line: string) => `Hospital waiting lists\nOctober 10, 2048\n${line}`;

describe('what is to last: `is expected to last`, `is due to last` (fact:duration-expected-to-last)', () => {
  it('sets `is expected to last three weeks` against `four weeks`', () => {
    const d = story(
      trial('September 9, 2051', 'The trial is expected to last three weeks.'),
      trial('September 9, 2051', 'The trial is expected to last four weeks.'),
    );
    expect(entries(d, 'quantity')).toEqual([['four weeks', 'three weeks']]);
  });
  it('control: `in the last three weeks` is a period, not what the trial is to last', () => {
    const d = story(
      trial('September 9, 2051', 'The trial is expected to last three weeks.'),
      trial('September 9, 2051', 'The trial is the third in the last four weeks.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('two ceilings of one thing state the ceiling itself (figure:two-ceilings)', () => {
  it('sets `faces up to seven years` against `faces up to five years`', () => {
    const d = story(
      trial('September 9, 2051', 'Henri Vallot faces up to seven years in prison.'),
      trial('September 12, 2051', 'Henri Vallot faces up to five years in jail.'),
    );
    expect(entries(d, 'quantity')).toEqual([['five years', 'seven years']]);
  });
  it('control: the same ceiling in two wordings, and a ceiling beside an exact term, agree', () => {
    const d = story(
      trial('September 9, 2051', 'Henri Vallot faces up to seven years in prison.'),
      trial('September 12, 2051', 'Henri Vallot faces up to 7 years in jail.'),
      trial('September 12, 2051', 'Henri Vallot could face five years in jail.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a figure told with its scale after `the number of` (fact:number-of-scaled)', () => {
  it('sets `the number of patients ... reached 7.6 million` against `7.4 million patients`', () => {
    const d = story(
      lists('A total of 7.4 million patients were waiting for hospital treatment at the end of August.'),
      lists(
        'The number of patients waiting for hospital treatment reached 7.6 million at the end of August.',
      ),
    );
    expect(entries(d, 'count')).toEqual([['7.4 million patients', '7.6 million']]);
  });
  it('control: 7.6 million and 7,600,000 are one figure; a bare `7.1 million` counts no `million`', () => {
    const d = story(
      lists('A total of 7,600,000 patients were waiting for hospital treatment at the end of August.'),
      lists(
        'The number of patients waiting for hospital treatment reached 7.6 million at the end of August.',
      ),
      lists('Calderia spent 7.1 million on new beds, up from 6.9 million.'),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a later day of an event dates that day, not the event (date:nth-day-of-event)', () => {
  const visit = (date: string, line: string) => `King Aldric in Morvania\n${date}\n${line}`;
  it('does not set `on Wednesday, on the third day of the visit` against the arrival `on Monday`', () => {
    const d = story(
      visit(
        'June 2, 2047',
        'King Aldric of Vestland arrived in Morvania on Monday for a three-day state visit.',
      ),
      visit(
        'June 4, 2047',
        "Vestland and Morvania signed nine trade agreements on Wednesday, on the third day of King Aldric's visit.",
      ),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: the first day of the visit is its start, still set against another day', () => {
    const d = story(
      visit(
        'June 4, 2047',
        'King Aldric of Vestland arrived in Morvania on Monday for a three-day state visit.',
      ),
      visit(
        'June 4, 2047',
        'King Aldric of Vestland arrived in Morvania on Wednesday, on the first day of a three-day state visit.',
      ),
    );
    expect(entries(d, 'date')).toEqual([['Monday', 'Wednesday']]);
  });
});
