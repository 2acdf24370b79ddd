import { describe, expect, it } from 'vitest';
import { datedEntries, tell } from './trial/read.js';

// The timeline of a story told by wires that date their copy. Invented places and people.
describe('the timeline and the day a report was filed', () => {
  const story = (lead: string, rest: string) =>
    tell(['Mayor of Kessel resigns', '', `${lead} - Mayor Ida Renn resigned on Thursday. ${rest}`]);
  it('pair: the day of a dateline is no event, though it dates the article', () => {
    const d = story('KESSEL, Maravia, November 14, 2031 (Northwire)', 'The audit began in March.');
    expect(d.documents[0]!.published).toBe('2031-11-14');
    const dates = datedEntries(d).map((e) => e.date);
    expect(dates).toContain('2031-11-13');
    expect(dates).not.toContain('2031-11-14');
    expect(
      datedEntries(
        story(
          'November 14, 2031',
          'The council will name an interim mayor, a spokesman for the council said.',
        ),
      ).map((e) => e.date),
    ).toEqual(['2031-11-13']);
  });
  it('control: the same day told in the story is an event', () => {
    const d = story(
      'KESSEL, Maravia, November 14, 2031 (Northwire)',
      'The council met on November 14, 2031.',
    );
    expect(datedEntries(d).map((e) => e.date)).toContain('2031-11-14');
  });
  it('pair: what `is due in` a month is the coming month; control: what began in a month is the last', () => {
    const d = story(
      'KESSEL, Maravia, November 14, 2031 (Northwire)',
      'Elections are due in May. The audit began in March.',
    );
    const byText = Object.fromEntries(datedEntries(d).map((e) => [e.text, e.date]));
    expect(byText['Elections are due in May']).toBe('2032-05');
    expect(byText['The audit began in March']).toBe('2031-03');
  });
});
