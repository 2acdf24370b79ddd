import { describe, expect, it } from 'vitest';
import { entries, factual, story } from '../invented.fixture.js';

/**
 * Stop 55 (h-disc78): false alarms on invented stories of genres nobody tuned on (a national
 * census's results, a teachers' pay deal, a charity concert's takings, a metro line's opening,
 * divers finding an old shipwreck), keyed before their first run. Fictional places, people and
 * figures, in ECB+'s tokenised shape.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;
/** The values of a dossier's facts of a kind, as numbers. */
const values = (d: ReturnType<typeof story>, kind: string): unknown[] =>
  (d.facts ?? []).filter((f) => f.kind === kind).map((f) => f.value);

describe('millions with their groups written apart (quantities:spaced-thousands, widened)', () => {
  const census = (line: string) => story(report('Census results out', '10: 05 a. m. March 4, 2041', line));
  it('`8, 843, 000 people` is 8,843,000 people, not 843,000', () => {
    expect(values(census('The last census counted 8, 843, 000 people.'), 'count')).toEqual([8843000]);
  });
  it('control: a list `rooms 1, 200, 300` is no number', () => {
    expect(values(census('Rooms 1, 200, 300 were searched by 12 officers.'), 'count')).toEqual([12]);
  });
});

describe('a population level written apart (fact:population-level, widened)', () => {
  const census = (a: string) =>
    entries(
      story(
        report('Census results out', '10: 05 a. m. March 4, 2041', a),
        report(
          'Population passes 9 million',
          '1: 40 p. m. March 4, 2041',
          "Norvland's population has reached 9, 214, 000, the statistics office said.",
        ),
      ),
      'count',
    );
  it('`has reached 9, 814, 000` against `has reached 9, 214, 000`: two levels, not 9 twice', () => {
    expect(census("Norvland's population has reached 9, 814, 000, the census showed.")).toEqual([
      ['9, 214, 000', '9, 814, 000'],
    ]);
  });
  it('control: the same level twice, no entry', () => {
    expect(census("Norvland's population has reached 9, 214, 000, the census showed.")).toEqual([]);
  });
});

describe('either side of a proportion counts nothing (fact:count-proportion)', () => {
  const census = (b: string) =>
    entries(
      story(
        report(
          'Census counts 9. 2 million',
          '8: 15 a. m. March 5, 2041',
          'Norvland now has more than 9 million residents, the census released on Tuesday showed.',
        ),
        report('Census : over - 65s now one in five', '9: 30 a. m. March 5, 2041', b),
      ),
      'count',
    );
  it('`One resident in five is now over 65` is no count of residents', () => {
    expect(census('One resident in five is now over 65, according to the 2040 census.')).toEqual([]);
  });
  it('`one in ten residents` neither', () => {
    expect(census('The census found that one in ten residents lives alone.')).toEqual([]);
  });
  it('control: `Some 8 million residents` still conflicts with `more than 9 million residents`', () => {
    expect(census('Some 8 million residents live alone, according to the 2040 census.')).toHaveLength(1);
  });
});

describe('a decimal written apart before a measure adjective (fact:number-adjective, widened)', () => {
  const metro = (a: string) =>
    entries(
      story(
        report('First riders try Line 4', '8: 10 a. m. September 7, 2045', a),
        report(
          'Line 4 carried 85, 000 on opening day',
          '3: 00 p. m. September 7, 2045',
          'The line, 7. 7 miles long, cost 3. 1 billion euros.',
        ),
      ),
      'quantity',
    );
  it('`The 12. 4 - kilometre line` is the `7. 7 miles` line, no entry', () => {
    expect(
      metro('The 12. 4 - kilometre line, with eighteen stations, links the harbour to the university.'),
    ).toEqual([]);
  });
  it('control: `The 14. 4 - kilometre line` against `7. 7 miles long`: two lengths', () => {
    expect(
      metro('The 14. 4 - kilometre line, with eighteen stations, links the harbour to the university.'),
    ).toEqual([['14. 4 - kilometre', '7. 7 miles']]);
  });
});

describe('a number of users foreseen is a forecast (fact:forecast-level, widened)', () => {
  const metro = (a: string) =>
    factual(
      story(
        report('Metro Line 4 opens', '7: 30 p. m. September 6, 2045', a),
        report(
          'First riders try Line 4',
          '8: 10 a. m. September 7, 2045',
          'Line 2, opened in 1998, carries 300, 000 passengers a day.',
        ),
      ),
    );
  it("`is expected to carry 120, 000 passengers a day` is no count against another line's 300, 000", () => {
    expect(metro('The line is expected to carry 120, 000 passengers a day.')).toEqual([]);
  });
  it('control: a line that `carries 120, 000 passengers a day` still conflicts', () => {
    expect(metro('Line 2 carries 120, 000 passengers a day.')).toHaveLength(1);
  });
});

describe('a sum told before the noun `cost` is the price (fact:sum-before-cost)', () => {
  const metro = (b: string) =>
    factual(
      story(
        report('Metro Line 4 opens', '7: 30 p. m. September 6, 2045', 'The line cost 3. 1 billion euros.'),
        report('First riders try Line 4', '8: 10 a. m. September 7, 2045', b),
      ),
    );
  it("`The line's 3. 8 billion euros cost has been criticised` against `cost 3. 1 billion euros`", () => {
    expect(metro("The line's 3. 8 billion euros cost has been criticised.")).toHaveLength(1);
  });
  it('control: a `3. 8 billion euros cost overrun` is no price of the line', () => {
    expect(metro("The line's 3. 8 billion euros cost overrun has been criticised.")).toEqual([]);
  });
});

describe('a journey or a ride is the trip (fact:duration-journey-trip)', () => {
  const metro = (a: string) =>
    factual(
      story(
        report('Metro Line 4 opens', '7: 30 p. m. September 6, 2045', a),
        report('First riders try Line 4', '8: 10 a. m. September 7, 2045', 'The full trip takes 26 minutes.'),
      ),
    );
  it('`The full journey takes 22 minutes` against `The full trip takes 26 minutes`', () => {
    expect(metro('The full journey takes 22 minutes.')).toHaveLength(1);
  });
  it('control: `The full journey takes 26 minutes`, the same span, no entry', () => {
    expect(metro('The full journey takes 26 minutes.')).toEqual([]);
  });
});

describe('a toll after those aboard told by their number (fact:toll-of-those-opening, widened)', () => {
  const wreck = (a: string) =>
    factual(
      story(
        report('Divers find wreck of steamer lost in 1912', '5: 15 p. m. June 2, 2044', a),
        report('Aldmoor wreck found', '11: 00 a. m. June 3, 2044', 'Sixty - one people died in the sinking.'),
      ),
    );
  it('`Of the 86 aboard, 31 survived and 55 died` against `Sixty - one people died`', () => {
    expect(wreck('Of the 86 aboard, 31 survived and 55 died.')).toHaveLength(1);
  });
  it('control: `Of the 86 aboard, 25 survived and 61 died` agrees, no entry', () => {
    expect(wreck('Of the 86 aboard, 25 survived and 61 died.')).toEqual([]);
  });
});
