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

// A story may open on its filing date alone (`March 4, 2031 - `) or on a wire dateline whose
// day names its year: that date dates the report (`metadata:dateline-filed` gives the article's
// publication date) and is no event of the story (DATE_ONLY in text/dateline.ts).
describe('a date line opening the first paragraph', () => {
  it('is read as a dateline, with or without a place', () => {
    expect(DATELINE.exec('March 4, 2031 - Mayor Ida Renn resigned.')?.[0]).toBe('March 4, 2031 - ');
    expect(DATELINE.exec('Tuesday, 4 March 2031 — Mayor Ida Renn resigned.')?.[0]).toBe(
      'Tuesday, 4 March 2031 — ',
    );
    // Control: a date opening a sentence of the story is no dateline.
    expect(DATELINE.exec('March 4, 2031 was the day Mayor Ida Renn resigned.')).toBeNull();
  });

  it('pair: dates the article, and two filing days are no date discrepancy', () => {
    const d = tell(
      [
        'Kessel mayor resigns',
        '',
        'KESSEL, Maravia, March 3, 2031 (Northwire) - Mayor Ida Renn resigned after a vote, the council said.',
      ],
      ['Kessel mayor quits', '', 'March 4, 2031 - Mayor Ida Renn resigned after a vote, the council said.'],
    );
    expect(d.documents.map((x) => x.published)).toEqual(['2031-03-03', '2031-03-04']);
    const evidence = d.documents.map((x) => x.evidence.find((e) => e.field === 'published'));
    expect(evidence.map((e) => e?.rule)).toEqual(['metadata:dateline-filed', 'metadata:dateline-filed']);
    expect(evidence.map((e, i) => d.documents[i]!.text.slice(e!.start!, e!.end!))).toEqual([
      'March 3, 2031',
      'March 4, 2031',
    ]);
    expect(entries(d, 'date')).toEqual([]);
  });

  it('control: a dateline with no year gives no publication date, and dates told in the story still disagree', () => {
    const d = tell(
      [
        'Kessel mayor resigns',
        '',
        'KESSEL, March 3 (Northwire) - Mayor Ida Renn resigned on March 3, 2031, the council said.',
      ],
      [
        'Kessel mayor quits',
        '',
        'KESSEL (Northwire) - Mayor Ida Renn resigned on March 4, 2031, the council said.',
      ],
    );
    expect(d.documents.map((x) => x.published)).toEqual([null, null]);
    expect(entries(d, 'date').length).toBe(1);
  });
});
