import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 52 (h-disc71): invented stories of genres nobody tuned on (a bank siege, a hurricane, a
 * footbridge collapse, a central bank's rate decision, an actor's death), keyed before their
 * first run: what the first run missed or set wrongly against each other. Fictional places,
 * people and figures, in ECB+'s tokenised shape where the rule is about it.
 */
const report = (headline: string, date: string, lines: string): string => `${headline}\n${date}\n${lines}`;

describe('a percentage whose decimal is written apart (fact:percent-decimals-apart)', () => {
  const rates = (b: string) =>
    entries(
      story(
        report(
          'Bank cuts rates',
          '1: 20 p. m. June 14, 2035',
          'Inflation fell to 3. 1 percent in May, the agency said.',
        ),
        report('Rates cut', '2: 05 p. m. June 14, 2035', b),
      ),
      'quantity',
    );
  it('`3. 1 percent` / `3. 4 percent`: tenths apart, not 3 rounded', () => {
    expect(rates('Annual inflation was 3. 4 percent in May, the agency said.')).toEqual([
      ['3. 1 percent', '3. 4 percent'],
    ]);
  });
  it('control: `3.1 percent` joined agrees, and so does a whole `3 percent`', () => {
    expect(rates('Annual inflation was 3.1 percent in May, the agency said.')).toEqual([]);
    expect(rates('Annual inflation was about 3 percent in May, the agency said.')).toEqual([]);
  });
});
