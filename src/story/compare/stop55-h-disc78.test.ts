import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

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
