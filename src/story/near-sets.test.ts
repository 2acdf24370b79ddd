import { describe, expect, it } from 'vitest';
import { nearlySame, wordsOf } from './claims.js';
import { NearSets } from './near-sets.js';

describe('NearSets', () => {
  it('answers as testing every set added, on random word sets', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    // Sets of 0 to 12 words from a small vocabulary, many of them near copies of earlier ones.
    const sets: Array<Set<string>> = [];
    for (let i = 0; i < 600; i++) {
      const base = sets.length && rand(2) ? [...sets[rand(sets.length)]!] : [];
      const words = new Set(base.filter(() => rand(8) > 0));
      for (let k = rand(4); k > 0; k--) words.add(`w${rand(40)}`);
      if (!base.length) for (let k = rand(12); k > 0; k--) words.add(`w${rand(40)}`);
      sets.push(words);
    }
    const index = new NearSets(nearlySame, 0.8);
    const added: Array<Set<string>> = [];
    let near = 0;
    for (const s of sets) {
      const expected = added.some((b) => nearlySame(s, b));
      expect(index.has(s)).toBe(expected);
      if (expected) near++;
      if (rand(3)) {
        index.add(s);
        added.push(s);
      }
    }
    // Both answers met often enough to mean something.
    expect(near).toBeGreaterThan(50);
    expect(sets.length - near).toBeGreaterThan(50);
    const copy = index.copy();
    const extra = new Set(['w1', 'w2', 'w3', 'w4', 'w5']);
    copy.add(extra);
    expect(copy.has(new Set(['w1', 'w2', 'w3', 'w4', 'w5']))).toBe(true);
    expect(index.has(new Set(['w1', 'w2', 'w3', 'w4', 'w5']))).toBe(added.some((b) => nearlySame(extra, b)));
  });

  it('finds a copied sentence with a word changed, and not a sentence sharing few words', () => {
    const index = new NearSets(nearlySame, 0.8);
    index.add(wordsOf('The fire at the harbour warehouse burned for six hours, officials said.'));
    expect(
      index.has(wordsOf('The fire at the harbour warehouse burned for seven hours, officials said.')),
    ).toBe(true);
    expect(index.has(wordsOf('Officials said the harbour will reopen on Monday.'))).toBe(false);
    expect(index.has(new Set())).toBe(false);
  });
});
