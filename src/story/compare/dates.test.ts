import { describe, expect, it } from 'vitest';
import { random } from '../../repair/generate.js';
import type { FactInContext } from '../facts.js';
import { dateDiscrepancies, type StatementTest } from './dates.js';
import type { Reader } from './values.js';

const reader: Reader = {
  byId: new Map(),
  text: () => '',
  value: (doc, s, normalized) => ({ doc, start: s.start, end: s.end, text: '', normalized }),
  cites: () => [],
};

/** A dated fact of the sentence `sentence` of `doc`, its sentence's words `context`. */
const dated = (
  doc: string,
  sentence: number,
  start: number,
  value: string,
  context: string[],
): FactInContext => ({
  id: `${doc}:date:${start}`,
  doc,
  kind: 'date',
  start,
  end: start + 4,
  text: value,
  value,
  qualifier: null,
  about: '',
  aboutText: '',
  sentence,
  decimals: 0,
  rule: 'fact:date',
  context: new Set(context),
});

describe('dates compared pair by pair only where two sentences state one claim', () => {
  it('finds what the loop over every pair finds, in the same order (seeded stories)', () => {
    let found = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const rand = random(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
      const docs = Array.from({ length: 2 + Math.floor(rand() * 8) }, (_, i) => `d${i}`);
      const words = ['fire', 'harbour', 'crane', 'opened', 'closed', 'council', 'ferry', 'strike'];
      const values = ['2031', '2032', '2031-05', '2031-06', '2031-05-04', '--05-04', 'W:2', 'W:3'];
      const facts: FactInContext[] = [];
      for (const doc of docs)
        for (let s = 0; s < 1 + Math.floor(rand() * 5); s++)
          facts.push(
            dated(
              doc,
              s,
              s * 10,
              pick(values),
              Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(words)),
            ),
          );
      // Each sentence in none, one or two of a few claims.
      const claims = new Map(
        facts.map((f) => [
          f,
          [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => Math.floor(rand() * 4)))],
        ]),
      );
      // Alike or not by a fixed draw per pair, whatever the order pairs are asked in.
      const draw = new Map(facts.map((f) => [f, rand()]));
      const test = (a: FactInContext, b: FactInContext): boolean =>
        claims.get(a)!.some((c) => claims.get(b)!.includes(c)) && (draw.get(a)! + draw.get(b)!) % 1 < 0.6;
      const withClaims: StatementTest = Object.assign((a: FactInContext, b: FactInContext) => test(a, b), {
        claimsOf: (f: FactInContext) => claims.get(f),
      });
      const everyPair = dateDiscrepancies(facts, reader, test);
      expect(dateDiscrepancies(facts, reader, withClaims), `seed ${seed}`).toEqual(everyPair);
      found += everyPair.length;
    }
    // The stories disagree often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(10);
  });

  it('a story of many documents is not read pair by pair: the test is asked only of pairs sharing a claim', () => {
    const facts = Array.from({ length: 2_000 }, (_, i) =>
      // Sentences with no words in common: only a claim joins two of them.
      dated(`d${String(i).padStart(4, '0')}`, 0, 0, i % 2 ? '2031-05-04' : '2031-05-05', [
        `a${i}`,
        `b${i}`,
        `c${i}`,
      ]),
    );
    let asked = 0;
    // Two claims of two sentences each; every other sentence in none.
    const claimOf = (f: FactInContext): number[] =>
      ['d0000', 'd0001'].includes(f.doc) ? [0] : ['d0002', 'd0003'].includes(f.doc) ? [1] : [];
    const test: StatementTest = Object.assign(
      (a: FactInContext, b: FactInContext) => {
        asked++;
        return claimOf(a).some((c) => claimOf(b).includes(c));
      },
      { claimsOf: claimOf },
    );
    const found = dateDiscrepancies(facts, reader, test);
    expect(found.map((x) => x.values.map((v) => v.doc))).toEqual([
      ['d0000', 'd0001'],
      ['d0002', 'd0003'],
    ]);
    // The two pairs of the claims, then each group's one pair again (every pair: about 2 million).
    expect(asked).toBe(4);
  });
});
