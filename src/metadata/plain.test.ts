import { describe, expect, it } from 'vitest';
import { chronoEn } from '../mentions/chrono.js';
import { processText } from '../pipeline/document.js';
import { chronoFullDate, parseDateLine, plainDateReading } from './plain.js';

const withLines = (...lines: string[]) =>
  processText(
    [
      'Lowmarsh bridge to close',
      ...lines,
      'The council of Lowmarsh voted on Friday to close the old bridge, officials said.',
      'Engineers found cracks in two of its piers last month.',
    ].join('\n'),
    { kind: 'record', location: 'fiction' },
    { layers: ['metadata'] },
  );

describe('publication date from a date line (metadata:date-line)', () => {
  it('reads a full date with its year in digits, and points at it', () => {
    const d = withLines('By Ada Quill', '3 March 2031 10:04 GMT');
    expect(d.published).toBe('2031-03-03');
    const e = d.evidence.find((x) => x.field === 'published')!;
    expect(e.rule).toBe('metadata:date-line');
    expect(d.text.slice(e.start, e.end)).toBe('3 March 2031 10:04 GMT');
  });
  it('reads a date line led by its time of day, tokenised or not (stop 47)', () => {
    for (const [line, day] of [
      ['7: 40 p. m. Oct. 3, 2031', '2031-10-03'],
      ['11:05 AM, TUE 14 OCT 2031', '2031-10-14'],
      ['9: 12 a. m. EDT March 2, 2031', '2031-03-02'],
    ] as const) {
      const d = withLines(line);
      expect(d.blocks.find((b) => d.text.slice(b.start, b.end) === line)?.label).toBe('dateline');
      expect(d.published).toBe(day);
      const e = d.evidence.find((x) => x.field === 'published')!;
      expect(line).toContain(d.text.slice(e.start, e.end));
      expect(d.text.slice(e.start, e.end)).toMatch(/20\d\d/);
    }
    // Control: a time of day alone is no date line, and dates nothing.
    const t = withLines('7: 40 p. m.');
    expect(t.published).toBeNull();
  });
  it('skips a relative word before a full date on the same line, and reads the date (stop 57)', () => {
    // chrono reads `today` and `5 hours ago` as full dates of the run's own day.
    expect(chronoFullDate('Published today, 2031-03-04')).toMatchObject({
      index: 17,
      year: 2031,
      month: 3,
      day: 4,
    });
    expect(chronoFullDate('Posted 5 hours ago, March 3, 2031')).toMatchObject({
      index: 20,
      year: 2031,
      day: 3,
    });
    // Control: the relative word alone dates nothing.
    expect(chronoFullDate('Published today')).toBeNull();
  });
  it('does not date an article from a relative word, which would be the day of the run', () => {
    const d = withLines('By Ada Quill, yesterday');
    expect(d.blocks.some((b) => b.label === 'byline')).toBe(true);
    expect(d.published).toBeNull();
    expect(d.evidence.some((x) => x.field === 'published')).toBe(false);
  });
});

describe('headline after a tokenised address (metadata:title-after-url-line)', () => {
  it('takes a headline of four words under the address, above the date line', () => {
    const d = processText(
      [
        'http: / / www. fenherald. com / local / 2031 / bridge-shut',
        'Lowmarsh bridge shut',
        '6: 15 p. m. May 9, 2031',
        'The council of Lowmarsh voted on Friday to close the old bridge, officials said.',
        'Engineers found cracks in two of its piers last month.',
      ].join('\n'),
      { kind: 'record', location: 'fiction' },
      { layers: ['metadata'] },
    );
    expect(d.title).toBe('Lowmarsh bridge shut');
    expect(d.published).toBe('2031-05-09');
  });
});

describe('outlet from the address a plain-text record came from', () => {
  const body = [
    'Lowmarsh bridge to close',
    'The council of Lowmarsh voted on Friday to close the old bridge, officials said.',
  ];
  const at = (location: string, ...extra: string[]) =>
    processText([...body, ...extra].join('\n'), { kind: 'record', location }, { layers: ['metadata'] });
  it('names the outlet from a record url, the table name for a major outlet, the domain otherwise', () => {
    const major = at('https://www.bbc.co.uk/news/lowmarsh-bridge');
    expect(major.outlet).toBe('BBC');
    const e = major.evidence.find((x) => x.field === 'outlet')!;
    expect(e).toMatchObject({ rule: 'metadata:outlet-domain-table', markup: 'source.location' });
    expect(e.start).toBeUndefined();
    expect(at('http://news.fenland-herald.co.uk/a/1').outlet).toBe('fenland-herald.co.uk');
  });
  it('leaves the outlet unknown for a file path, and keeps an outlet the text names', () => {
    expect(at('stories/lowmarsh.txt').outlet).toBeNull();
    expect(at('https://www.bbc.co.uk/news/x', '© 2031 The Fenland Herald').outlet).toBe(
      'The Fenland Herald',
    );
  });
});

describe('parseDateLine', () => {
  const seen = (text: string) =>
    parseDateLine(text).map((r) => ({ index: r.index, text: r.text, day: r.start.isCertain('day') }));
  const chrono = (text: string) =>
    chronoEn()
      .parse(text)
      .map((r) => ({ index: r.index, text: r.text, day: r.start.isCertain('day') }));
  it('finds what chrono finds, spans counted from now included when the line holds their words', () => {
    for (const line of [
      'Posted 5 hours ago | 3 March 2031',
      'Corrected 2 days later, 3 March 2031 10:04 GMT',
      '3 March 2031 10:04 GMT',
      'By Ada Quill | Updated: 2031-03-03T10:04:00Z',
      'Published 03/04/2031, 2 weeks before the vote',
    ])
      expect(seen(line), line).toEqual(chrono(line));
    // The span is what comes first on these lines.
    expect(seen('Posted 5 hours ago | 3 March 2031')[0]!.text).toBe('5 hours ago');
    expect(seen('Corrected 2 days later, 3 March 2031')[0]!.text).toBe('2 days later');
  });
});

describe('outlet from a name line between the headline and the byline (metadata:name-above-byline)', () => {
  const record = (...top: string[]) =>
    processText(
      [
        ...top,
        '4 March 2031',
        'The council of Lowmarsh should have closed the bridge years ago.',
        'Engineers found cracks in two of its piers last month, the council said.',
      ].join('\n'),
      { kind: 'record', location: 'fiction' },
      { layers: ['metadata'] },
    );
  it('reads a short name line where the outlet stands, and points at it', () => {
    const d = record('Opinion: Lowmarsh waited too long', 'Harbour Notes', 'By Ada Quill');
    expect(d.outlet).toBe('Harbour Notes');
    const e = d.evidence.find((x) => x.field === 'outlet')!;
    expect(e.rule).toBe('metadata:name-above-byline');
    expect(d.text.slice(e.start, e.end)).toBe('Harbour Notes');
    expect(d.title).toBe('Opinion: Lowmarsh waited too long');
  });
  it('control: a section line there, a name line not above a byline, or a phrase, names no outlet', () => {
    expect(record('Opinion: Lowmarsh waited too long', 'Most Read', 'By Ada Quill').outlet).toBeNull();
    expect(record('Opinion: Lowmarsh waited too long', 'Harbour Notes').outlet).toBeNull();
    expect(
      record('Opinion: Lowmarsh waited too long', 'the bridge was old', 'By Ada Quill').outlet,
    ).toBeNull();
  });
});

describe('outlet from the masthead of a copied article (metadata:masthead)', () => {
  const copied = (...top: string[]) =>
    processText(
      [
        ...top,
        'Lowmarsh bridge to close after cracks found',
        'By Ada Quill',
        '3 March 2031',
        'Share this article',
        'The council of Lowmarsh voted on Friday to close the old bridge, officials said.',
        'Engineers found cracks in two of its piers last month, the council said.',
      ].join('\n'),
      { kind: 'record', location: 'fiction' },
      { layers: ['metadata'] },
    );
  it('reads a name ending on a word outlets are named by, above the headline, and points at it', () => {
    const d = copied('Skip to main content', 'Fenwick Courier');
    expect(d.outlet).toBe('Fenwick Courier');
    const e = d.evidence.find((x) => x.field === 'outlet')!;
    expect(e.rule).toBe('metadata:masthead');
    expect(d.text.slice(e.start, e.end)).toBe('Fenwick Courier');
    // The headline stays the title: the share line under the date is furniture, passed over.
    expect(d.title).toBe('Lowmarsh bridge to close after cracks found');
  });
  it('an outlet name right above the headline is the masthead, not the title', () => {
    const d = copied('The Daily Fenwick Ledger');
    expect(d.title).toBe('Lowmarsh bridge to close after cracks found');
    expect(d.outlet).toBe('The Daily Fenwick Ledger');
  });
  it('a name ending on a word online outlets and newsletters are named by is an outlet (stop 25)', () => {
    expect(copied('Fenwick Online').outlet).toBe('Fenwick Online');
    expect(copied('The Lowmarsh Messenger').outlet).toBe('The Lowmarsh Messenger');
    // Control: a line of one such word, or a section line, names none.
    expect(copied('Online').outlet).toBeNull();
    expect(copied('Latest News').outlet).toBeNull();
  });
  it('a section word before another masthead word, and a hyphenated name, are outlets', () => {
    expect(copied('Business Daily').outlet).toBe('Business Daily');
    expect(copied('The Evening Fenwick-Gazette').outlet).toBe('The Evening Fenwick-Gazette');
    expect(copied('Business Daily').title).toBe('Lowmarsh bridge to close after cracks found');
    expect(copied('Fenwick Business Standard-Review').outlet).toBe('Fenwick Business Standard-Review');
  });
  it('a news agency is an outlet (`Norrland Press Agency`), under the headline too; an agency of state is not', () => {
    expect(copied('Norrland Press Agency').outlet).toBe('Norrland Press Agency');
    expect(copied('Skip to main content', 'Continental News Service').outlet).toBe(
      'Continental News Service',
    );
    const under = processText(
      [
        'Lowmarsh bridge to close',
        'Norrland Press Agency',
        'By Ada Quill',
        'The council voted on Friday to close the old bridge, officials said.',
      ].join('\n'),
      { kind: 'record', location: 'fiction' },
      { layers: ['metadata'] },
    );
    expect(under.outlet).toBe('Norrland Press Agency');
    expect(under.title).toBe('Lowmarsh bridge to close');
    // Control: an agency of state, or `News Agency` alone, names no outlet.
    expect(copied('Coastal Protection Agency').outlet).toBeNull();
    expect(copied('News Agency').outlet).toBeNull();
  });
  it('does not take a menu or section line, or any short line, for the outlet', () => {
    expect(copied('World News').outlet).toBeNull();
    expect(copied('Business News').outlet).toBeNull();
    expect(copied('The Fenwick-Lowmarsh').outlet).toBeNull();
    expect(copied('Lowmarsh Council').outlet).toBeNull();
    expect(copied().outlet).toBeNull();
  });
});

describe('the day in the path of the address a text opens with', () => {
  const published = (text: string) =>
    processText(text, { kind: 'file', location: 'u.txt' }, { known: { language: 'en' } } as never).published;
  const body =
    'Kessel mayor quits over missing funds\nKessel’s mayor Ida Renn quit on Thursday after auditors found 2.4 million marks missing.\nThe council will choose an interim mayor on Monday, its chairman said.\n';
  // Dropped in stop 34 under the halves rule: reading the publication day from the address
  // (`metadata:url-date`) moved ECB+ half A's claim match 0.6839 -> 0.6788 (pair F1 0.7430 ->
  // 0.7505) and half B's 0.6862 -> 0.6883 (docs/story-level.md).
  it.fails('is the publication date (`/2031/11/15/`, also written apart)', () => {
    expect(published(`http://www.maraviapost.example/2031/11/15/kessel-mayor-quits.html\n${body}`)).toBe(
      '2031-11-15',
    );
    expect(
      published(`http: / / www. maraviapost. example / 2031 / 11 / 15 / kessel-mayor-quits. html\n${body}`),
    ).toBe('2031-11-15');
  });
  it('control: a year and a month alone name no day', () => {
    expect(published(`http://www.maraviapost.example/2031/11/kessel-mayor-quits.html\n${body}`)).toBeNull();
  });
});

describe('plainDateReading', () => {
  it('reads a line that is only an absolute date as chrono reads it', () => {
    for (const line of [
      'Published 2031-03-04.',
      'Updated: 2031-03-04',
      '2031-03-04T09:15',
      'Posted 2031-03-04T23:59:30Z',
      'Updated 2031-03-04T00:05:00.250+05:30.',
      'Published 2031-03-04T18:40-04:00',
      'Published March 4, 2031.',
      'Posted: September 30, 2031',
      'Updated 4 March 2031',
      '29 February 2032',
      'May 09, 1999.',
    ]) {
      const fast = plainDateReading(line);
      expect(fast, line).not.toBeNull();
      expect(fast, line).toEqual(chronoFullDate(line));
    }
    expect(plainDateReading('Posted 2031-03-04T23:59:30Z')).toMatchObject({ index: 7, length: 20, hour: 23 });
  });

  it('leaves every other line to chrono', () => {
    for (const line of [
      // Relative words read against the clock, a weekday, 'on' (inside chrono's span of `on 4 March`).
      'Published today, 2031-03-04',
      'Updated 5 hours ago',
      'Posted 2031-03-04, 3 hours ago',
      'Published Tuesday March 4, 2031',
      'Published on 4 March 2031',
      // A time or a zone after the date, a range, another lead-in, other orders and shapes.
      'Published March 4, 2031 at 9:15 a.m.',
      '2031-03-04 09:15',
      '2031-03-04T09:15Z UTC',
      '2031-03-04 to 2031-03-06',
      'By Ada Quill | 2031-03-04',
      'Mar. 4, 2031',
      '4 March, 2031',
      '03/04/2031',
      '2031-3-4',
      // Days and times no calendar or clock has, years outside 1900–2099.
      'Published 2031-02-29',
      'February 30, 2031',
      '2031-03-04T24:00Z',
      'Published 1850-03-04',
      'Published 2100-03-04',
    ])
      expect(plainDateReading(line), line).toBeNull();
    // chrono still reads the controls: the weekday's line as the same day, 'on' inside its span.
    expect(chronoFullDate('Published Tuesday March 4, 2031')).toMatchObject({ year: 2031, month: 3, day: 4 });
    expect(chronoFullDate('Published on 4 March 2031')).toMatchObject({ index: 10, length: 15 });
    expect(chronoFullDate('Published 2031-02-29')).toBeNull();
  });

  it('gives the document the same date, time and evidence', () => {
    const doc = withLines('Updated 2031-03-04T09:15:00Z.');
    expect(doc.published).toBe('2031-03-04');
    expect(doc.publishedTime).toBe('09:15');
    const e = doc.evidence.find((x) => x.field === 'published')!;
    expect(e.rule).toBe('metadata:date-line');
    expect(doc.text.slice(e.start!, e.end!)).toBe('2031-03-04T09:15:00Z');
  });
});
