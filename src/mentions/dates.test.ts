import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairedView } from '../repair/view.js';
import { CHRONO_HINT, clauseAround, DATE_HINT, dateTense, findDates } from './dates.js';

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

describe('the year or week of a date without one, by the tense of its clause', () => {
  // Published on Tuesday 2031-04-15; all sentences are fiction.
  const PUB = '2031-04-15';
  const read = (text: string): Array<[string, string | null, string]> =>
    (
      dates(text, PUB, CHRONO_HINT) as Array<{
        start: number;
        end: number;
        value: string | null;
        rule: string;
      }>
    ).map((x) => [text.slice(x.start, x.end), x.value, x.rule]);

  it('reads a weekday of a past clause as the one before publication (control: said, on Thursday the fire spread)', () => {
    expect(read('On Thursday the fire spread to a second warehouse.')).toEqual([
      ['On Thursday', '2031-04-10', 'dates:chrono-relative'],
    ]);
    expect(read('The mayor said Thursday that the bridge will reopen.')).toEqual([
      ['Thursday', '2031-04-10', 'dates:chrono-relative'],
    ]);
  });

  it('a day and month a few days after publication in a past clause is read as written, not a year back', () => {
    expect(read('The company said it discovered the intrusion on April 17.')).toEqual([
      ['April 17', '2031-04-17', 'dates:chrono-relative'],
    ]);
    // Control: a month later is last year's.
    expect(read('The company said it discovered the intrusion on May 30.')).toEqual([
      ['May 30', '2030-05-30', 'dates:chrono-relative'],
    ]);
  });

  it('reads a weekday of a future clause as the coming one', () => {
    expect(read('Crews hope to stop the leak by Thursday, the spokesman said.')).toEqual([
      ['Thursday', '2031-04-17', 'dates:chrono-future'],
    ]);
    expect(read('The shelter will remain open until at least Wednesday.')).toEqual([
      ['Wednesday', '2031-04-16', 'dates:chrono-future'],
    ]);
    expect(read('The hearing is scheduled for Friday.')).toEqual([
      ['Friday', '2031-04-18', 'dates:chrono-future'],
    ]);
    expect(read('Officials said they’ll reopen the line Friday.')).toEqual([
      ['Friday', '2031-04-18', 'dates:chrono-future'],
    ]);
  });

  it('reads the future only in the date’s own clause (control: a future in the next clause)', () => {
    expect(read('The fire began on Thursday and will be investigated.')).toEqual([
      ['on Thursday', '2031-04-10', 'dates:chrono-relative'],
    ]);
    expect(read('The fire began on Thursday, and inspectors will return next month.')[0]).toEqual([
      'on Thursday',
      '2031-04-10',
      'dates:chrono-relative',
    ]);
  });

  it('reads a month alone in a past clause as that month before publication, with month precision', () => {
    expect(read('The council met in January to approve the plan.')).toEqual([
      ['January', '2031-01', 'dates:chrono-relative'],
    ]);
    expect(read('The council met in November.')).toEqual([['November', '2030-11', 'dates:chrono-relative']]);
    // Control: a future clause takes the coming one.
    expect(read('Elections will be held in January.')).toEqual([
      ['January', '2032-01', 'dates:chrono-future'],
    ]);
  });

  it('leaves a deadline unresolved when its clause has no clear tense (control: a past deadline)', () => {
    expect(read('The road is closed until Wednesday.')).toEqual([['Wednesday', null, 'dates:chrono-unsure']]);
    expect(read('Crews fought the fire until Wednesday.')).toEqual([
      ['Wednesday', null, 'dates:chrono-unsure'],
    ]);
    expect(read('The road was closed until Wednesday.')).toEqual([
      ['Wednesday', '2031-04-09', 'dates:chrono-relative'],
    ]);
    expect(read('Crews battled the fire until Wednesday.')).toEqual([
      ['Wednesday', '2031-04-09', 'dates:chrono-relative'],
    ]);
    expect(read('Crews had hoped to stop the leak by Thursday.')).toEqual([
      ['Thursday', '2031-04-10', 'dates:chrono-relative'],
    ]);
  });

  it('reads a moment told by how near it was (`shortly before 3 a.m. on Sunday`) as no deadline', () => {
    expect(read('The quake shook the valley shortly before 3 a.m. on Sunday.')).toEqual([
      ['3 a.m. on Sunday', '2031-04-13', 'dates:chrono-relative'],
    ]);
    // Control: `before` alone is still a deadline's word.
    expect(read('The quake shook the valley before Sunday.')).toEqual([
      ['Sunday', null, 'dates:chrono-unsure'],
    ]);
  });

  it('keeps the comma after a weekday out of the date (control: the date alone)', () => {
    expect(read('A freight train derailed late Monday, spilling fuel.')).toEqual([
      ['Monday', '2031-04-14', 'dates:chrono-relative'],
    ]);
    expect(read('A freight train derailed late Monday.')).toEqual([
      ['Monday', '2031-04-14', 'dates:chrono-relative'],
    ]);
  });
});

describe('the tense of a date’s clause', () => {
  const tense = (text: string, date: string): string => {
    const at = text.indexOf(date);
    return dateTense(text, at, at + date.length);
  };
  it('names the date of a statement (control: an event date in the same sentence)', () => {
    const s = 'A train derailed late Monday, county officials said Tuesday.';
    expect(tense(s, 'Tuesday')).toBe('statement');
    expect(tense(s, 'Monday')).toBe('past');
    expect(tense('The company on Friday announced a recall.', 'on Friday')).toBe('statement');
    expect(tense('The company recalled the cars on Friday.', 'on Friday')).toBe('past');
    expect(tense('The railway said on Wednesday that the line would reopen.', 'on Wednesday')).toBe(
      'statement',
    );
  });
  it('finds the clause of a date between punctuation and joining words', () => {
    const s = 'The fire began on Thursday and will be investigated.';
    const c = clauseAround(s, s.indexOf('Thursday'), s.indexOf('Thursday') + 8);
    expect(s.slice(c.start, c.end)).toBe('The fire began on Thursday ');
  });
});
