import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesIn } from './matches.js';
import { needing } from './regexp.js';

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
