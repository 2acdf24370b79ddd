import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesIn } from './matches.js';

describe('matches of a global pattern', () => {
  const patterns = [/a+/g, /\b\w*/g, /(?:)/gu, /b?/gu, /\p{L}+/gu, /x|/g];
  it('are the ones matchAll finds, with their groups and places, empty matches included (seeded)', () => {
    const char = fc.constantFrom('a', 'b', ' ', 'x', '😀', '\u00e9', '\n');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), fc.constantFrom(...patterns), (chars, re) => {
        const s = chars.join('');
        const mine = matchesIn(re, s).map((m) => [m.index, [...m]]);
        expect(mine).toEqual([...s.matchAll(re)].map((m) => [m.index, [...m]]));
        expect(re.lastIndex).toBe(0);
      }),
      { seed: 3, numRuns: 2000 },
    );
  });
  it('refuses a pattern that is not global, as matchAll does (control)', () => {
    expect(() => matchesIn(/a/, 'a')).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });
});
