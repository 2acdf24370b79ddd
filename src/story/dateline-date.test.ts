import { describe, expect, it } from 'vitest';
import { DATELINE } from '../text/dateline.js';
import { entries, tell } from './trial/read.js';

// A wire's dateline may carry the day it filed (`KESSEL, May 3 (Northwire) - `): that day dates
// the report, not an event of the story (`fact:date-in-dateline` in facts.ts, `FILED` in
// text/dateline.ts). Invented places, agencies and people.
describe('the day in a wire dateline', () => {
  it('is read as part of the dateline', () => {
    expect(DATELINE.exec('KESSEL, May 3 (Northwire) - The mayor resigned.')?.[0]).toBe(
      'KESSEL, May 3 (Northwire) - ',
    );
    expect(DATELINE.exec('ORLEN, Maravia, Jan. 5 - The mayor resigned.')?.[0]).toBe(
      'ORLEN, Maravia, Jan. 5 - ',
    );
    // Control: a dateline without a day, as before.
    expect(DATELINE.exec('ORLEN, Maravia - The mayor resigned.')?.[0]).toBe('ORLEN, Maravia - ');
  });

  const story = (first: string, second: string) =>
    tell(
      ['Kessel mayor resigns', '', `${first} - Mayor Ida Renn resigned after a vote, the council said.`],
      ['Kessel mayor quits', '', `${second} - Mayor Ida Renn resigned after a vote, the council said.`],
    );

  it('pair: two filing days of the same report are no date discrepancy, and the brief shows no dateline', () => {
    const d = story('KESSEL, May 3 (Northwire)', 'KESSEL, May 4 (Northwire)');
    expect(entries(d, 'date')).toEqual([]);
    expect(d.brief.some((b) => /KESSEL/.test(b.text))).toBe(false);
  });

  it('control: two days told in the story itself still disagree', () => {
    const d = tell(
      [
        'Kessel mayor resigns',
        '',
        'KESSEL (Northwire) - Mayor Ida Renn resigned on May 3 after a vote, the council said.',
      ],
      [
        'Kessel mayor quits',
        '',
        'KESSEL (Northwire) - Mayor Ida Renn resigned on May 4 after a vote, the council said.',
      ],
    );
    expect(entries(d, 'date').length).toBe(1);
  });
});

// The verb after `to` or a modal is what a span of time measures (`plans to stay for 60 days`,
// `is expected to stay for 90 days`): one stay, two lengths (`activityOf` in facts.ts).
describe('a span of time after an infinitive', () => {
  const stay = (a: string, b: string) =>
    tell(
      ['Singer in clinic', '', `Ada Renn entered the clinic on Monday and ${a}, her publicist said.`],
      ['Singer in clinic', '', `Ada Renn entered the clinic on Monday and ${b}, her publicist said.`],
    );
  it('pair: `plans to stay for 60 days` against `is expected to stay for 90 days` is one stay, two lengths', () => {
    const d = stay('plans to stay for 60 days', 'is expected to stay for 90 days');
    expect(JSON.stringify(d.discrepancies.map((x) => x.values.map((v) => v.text)))).toMatch(
      /60 days.*90 days/,
    );
  });
  it('control: a stay and a wait of other lengths are two things', () => {
    const d = stay('plans to stay for 60 days', 'had to wait for 90 days');
    expect(JSON.stringify(d.discrepancies.map((x) => x.values.map((v) => v.text)))).not.toMatch(
      /60 days.*90 days/,
    );
  });
});
