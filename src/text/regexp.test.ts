import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesIn } from './matches.js';
import { caseless, needing } from './regexp.js';

/** Patterns and what every match of each holds (the tail it ends in, a word in it). */
const PAIRS: Array<[RegExp, RegExp]> = [
  [/\b([a-z]+)\s+of\s+(?:about )?$/u, /\sof\s+(?:about )?$/u],
  [/(\p{L}+),\s+worth\s+$/u, /,\s+worth\s+$/u],
  [/\b(\d+)\s?[-/]\s?(\d+)\s+(shot|chance)\b/gu, /\d\s?[-/]\s?\d/u],
  [/\b(?:a|the)\s+(\w+)\s+to\s+$/giu, /\sto\s+$/iu],
];
const CHARS = fc.constantFrom(
  'a',
  'b',
  'o',
  'f',
  't',
  'A',
  'T',
  'O',
  ' ',
  ',',
  '1',
  '2',
  '-',
  '/',
  '\n',
  'é',
);
const WORDS = fc.constantFrom(
  'of',
  'about',
  'worth',
  'shot',
  'chance',
  'to',
  'the',
  'a',
  'TO',
  'Of',
  '12',
  '5-2',
);
const text = fc
  .array(
    fc.oneof(
      CHARS,
      WORDS.map((w) => ` ${w} `),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('needing: a pattern tried after what every match of it holds', () => {
  it('finds what the pattern finds, by every use (seeded)', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const [re, need] of PAIRS) {
          const fast = needing(re, need);
          const plain = new RegExp(re.source, re.flags);
          expect(fast.test(s)).toBe(plain.test(s));
          expect(fast.exec(s)?.[0]).toBe(plain.exec(s)?.[0]);
          expect(s.replace(fast, '<$&>')).toBe(s.replace(plain, '<$&>'));
          if (re.global) {
            expect([...s.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual(
              [...s.matchAll(plain)].map((m) => [m.index, m[0]]),
            );
            expect(matchesIn(fast, s).map((m) => [m.index, m[0]])).toEqual(
              matchesIn(plain, s).map((m) => [m.index, m[0]]),
            );
            expect(fast.lastIndex).toBe(0);
          }
        }
      }),
      { seed: 51, numRuns: 2000 },
    );
  });
  it('skips the pattern where the need finds nothing (control: a text with it is searched)', () => {
    const fast = needing(/(\p{L}+),\s+worth\s+$/u, /,\s+worth\s+$/u);
    expect(fast.exec('jewels worth ')).toBeNull();
    expect(fast.exec('the prize, worth ')?.[1]).toBe('prize');
  });
  it('refuses a global need (its state would change what it finds)', () => {
    expect(() => needing(/a/u, /a/gu)).toThrow(TypeError);
  });
});

describe('caseless: a case-insensitive pattern as its case-sensitive equal', () => {
  /** Patterns of the shapes chrono-node writes: words, classes, ranges, \s, \W, \b, lookarounds. */
  const PATTERNS = [
    /(\W|^)((?:about|around)\s{0,3})?(one|two|\d+|an?\b)\s{0,3}(days?|hours?|h|d)\s{0,5}(?:ago|before)(?=\W|$)/i,
    /\b([a-f]+|[^a-c\s]+)\s*(?:Of|TO)\b/i,
    /(?<=\s|^)(?:the|A)\.?[\s,-]+(\w+)(?!\s+worth)/i,
    /[0-9]+(?:st|nd|rd|th)?\s*[–\-\/.,]\s*[A-Z]\w*/i,
  ];
  const cased = fc
    .array(
      fc.oneof(
        CHARS,
        fc.constantFrom('ſ', 'K', 'ı', 'İ', 'ß', 'É', 'é', 'Ω', 'ω'),
        fc
          .constantFrom(
            'ago',
            'AGO',
            'Two Days',
            'an HOUR',
            'about',
            'The',
            'worth',
            'St',
            '3rd',
            'of',
            'To',
            'D',
            'h',
          )
          .map((w) => ` ${w} `),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));
  it('rewrites each of them, with flags none', () => {
    for (const re of PATTERNS) expect(caseless(re).flags).toBe('');
  });
  it('keeps the other flags (control: a global pattern finds the same matches one by one)', () => {
    const re = caseless(/\b(?:said|told)\b/gim);
    expect(re.flags).toBe('gm');
    expect([...'He SAID, she told, Said'.matchAll(re)].map((m) => m.index)).toEqual([3, 13, 19]);
  });
  it('finds the same matches, at the same index, with the same groups (seeded)', () => {
    fc.assert(
      fc.property(cased, (s) => {
        for (const re of PATTERNS) {
          const a = re.exec(s);
          const b = caseless(re).exec(s);
          expect(b ? [b.index, ...b] : null).toEqual(a ? [a.index, ...a] : null);
        }
      }),
      { seed: 53, numRuns: 3000 },
    );
  });
  it('matches either case of a letter and no other character (control: `ſ`, the Kelvin sign, dotless `ı`)', () => {
    const re = caseless(/^(?:sk|[i-k])$/i);
    expect(['sk', 'SK', 'sK', 'I', 'j', 'K'].every((s) => re.test(s))).toBe(true);
    expect(['ſk', 's\u212a', 'ı', 'İ'].some((s) => re.test(s))).toBe(false);
  });
  it('returns a pattern it cannot rewrite as it is', () => {
    for (const re of [
      /a/iu,
      /(a)\1/i,
      /(?<w>a)/i,
      /\u0041/i,
      new RegExp(String.raw`\p{L}`, 'i'),
      /é/i,
      /[_-~]/i,
      /[A-z]/i,
      /[a-\x7f]/i,
      /a/,
    ])
      expect(caseless(re)).toBe(re);
  });
});
