import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairedView } from '../repair/view.js';
import { CHRONO_HINT, DATE_HINT, findDates } from './dates.js';

const CHRONO = join(import.meta.dirname, '..', '..', 'node_modules', 'chrono-node', 'dist', 'esm');
const load = async (path: string): Promise<Record<string, Record<string, unknown>>> =>
  (await import(pathToFileURL(join(CHRONO, path)).href)) as Record<string, Record<string, unknown>>;

/** The dates of one text read as one sentence, with a gate. */
function dates(text: string, published: string | null, gate: RegExp): unknown[] {
  return findDates(repairedView(text, []), [{ start: 0, end: text.length, block: 0 }], published, gate);
}

/** Reads every sentence. */
const UNGATED = /(?:)/;

describe('the gate before chrono', () => {
  it("lets through every word of chrono's dictionaries that DATE_HINT reads", async () => {
    const en = await load('locales/en/constants.js');
    const tz = await load('timezone.js');
    const words = [
      ...Object.keys(en.MONTH_DICTIONARY!),
      ...Object.keys(en.WEEKDAY_DICTIONARY!),
      ...Object.keys(en.TIME_UNIT_DICTIONARY!),
      ...Object.keys(en.INTEGER_WORD_DICTIONARY!),
      ...Object.keys(en.ORDINAL_WORD_DICTIONARY!),
      ...Object.keys(tz.TIMEZONE_ABBR_MAP!),
    ];
    const read = words.filter((w) => DATE_HINT.test(w));
    expect(read.length).toBeGreaterThan(30);
    expect(read.filter((w) => !CHRONO_HINT.test(w))).toEqual([]);
  });

  it('passes over words that only begin like a month or a weekday, and reads the names (control)', () => {
    for (const s of ['The market decided the money was safe.', 'Friends of the mayor met.'])
      expect([DATE_HINT.test(s), CHRONO_HINT.test(s)]).toEqual([true, false]);
    for (const s of ['It fell in March.', 'The mayor spoke on Sunday.', 'Rents rose for months.'])
      expect(CHRONO_HINT.test(s)).toBe(true);
  });

  it('finds the same dates as chrono reading every sentence', () => {
    const vocabulary = [
      ...['market', 'money', 'mayor', 'decided', 'friends', 'thus', 'approve', 'separate', 'satellite'],
      ...['junior', 'monitor', 'sunk', 'octane', 'novel', 'august', 'March', 'May', 'mon', 'Sat.', 'Sept.'],
      ...['Thursday', 'Tue', 'month', 'months', 'week', 'year', 'ago', 'last', 'next', 'this', 'today'],
      ...['at', 'on', 'in', 'by', 'the', 'of', 'to', 'from', 'until', 'within', 'after', 'before'],
      ...['5', '12', '2019', '1987', '10am', '3:30', 'p.m.', 'MART', 'EST', 'noon', 'tonight', 'morning'],
      ...['5/6/2020', '2021-03-04', 'first', 'two', 'days', 'said', 'council', ',', '.', '-'],
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 }),
        fc.constantFrom(null, '2024-06-15T12:00:00Z'),
        (words, published) => {
          const text = words.join(' ');
          expect(dates(text, published, CHRONO_HINT)).toEqual(dates(text, published, UNGATED));
        },
      ),
      { numRuns: 3000, seed: 20261202 },
    );
  });
});
