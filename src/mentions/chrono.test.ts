import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoCasual, chronoEn } from './chrono.js';

/** Words chrono reads (numbers, units, months, weekdays, spans), in any case, and others. */
const WORDS = fc.constantFrom(
  'two days ago',
  'Three Hours Later',
  'a FEW weeks before',
  'about 5 mins after',
  'within an hour',
  'the 3rd of March',
  'MARCH 3, 2021',
  'Sept. 12',
  'on Monday',
  'last FRIDAY',
  'next week',
  'tonight',
  'at 3:30 p.m.',
  '10 AM',
  '2024-05-06',
  '5/6/2020',
  'half an hour earlier',
  'couple of years from now',
  'end of month',
  'noon',
  'the company',
  'Mayor',
  'ſ',
  'K',
  'İ',
  'ı',
  'é',
  ',',
  '.',
);
const sentence = fc.array(WORDS, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const reading = (r: ReturnType<ReturnType<typeof chronoCasual>['parse']>[number]) => [
  r.index,
  r.text,
  r.start.date().toISOString(),
  r.end?.date().toISOString() ?? null,
  ['year', 'month', 'day', 'weekday', 'hour', 'minute'].map((k) =>
    r.start.isCertain(k as Parameters<typeof r.start.isCertain>[0]),
  ),
];

describe('chronoCasual: chrono with its patterns compiled case-sensitively', () => {
  it('rewrites the costly patterns of spans counted from now', () => {
    const context = { option: {}, text: '' };
    const names = chronoCasual()
      .parsers.filter((p) => {
        const re = (p as unknown as { pattern(c: unknown): RegExp }).pattern(context);
        return re.flags === '';
      })
      .map((p) => p.constructor.name);
    expect(names).toEqual(
      expect.arrayContaining(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']),
    );
  });
  it("reads what chrono's own parser reads, in any case (seeded)", () => {
    const ref = { instant: new Date('2021-06-15T12:00:00Z') };
    fc.assert(
      fc.property(sentence, (s) => {
        expect(chronoCasual().parse(s, ref, { forwardDate: false }).map(reading)).toEqual(
          chronoEn().casual.parse(s, ref, { forwardDate: false }).map(reading),
        );
      }),
      { seed: 53, numRuns: 400 },
    );
  });
  it('reads a span counted from now in capitals (control: a word that only looks like one is not read)', () => {
    const ref = { instant: new Date('2021-06-15T12:00:00Z') };
    expect(chronoCasual().parse('TWO DAYS AGO the plant shut', ref)[0]?.text).toBe('TWO DAYS AGO');
    expect(chronoCasual().parse('the dayſ ago', ref)).toEqual(chronoEn().casual.parse('the dayſ ago', ref));
  });
});
