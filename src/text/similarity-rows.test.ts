import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosine } from './similarity.js';
import { proposedSimilarities } from './similarity-rows.js';

/** The pairs as one `Map` a row would hold them, filled pair by pair (what the rows replace). */
function byMaps(
  vectors: ReadonlyArray<ReadonlyMap<string, number>>,
  common: number,
  group: readonly number[],
  score: (i: number, j: number, cos: number) => number,
): Array<Map<number, number>> {
  const index = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const k of v.keys()) index.set(k, [...(index.get(k) ?? []), i]);
  });
  const rows = vectors.map(() => new Map<number, number>());
  for (let i = 0; i < vectors.length; i++) {
    const seen = new Set<number>();
    for (const k of vectors[i]!.keys()) {
      const list = index.get(k)!;
      if (list.length > common) continue;
      for (const j of list) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        if (group[i] === group[j]) continue;
        const s = score(i, j, cosine(vectors[i]!, vectors[j]!));
        if (s > 0) {
          rows[i]!.set(j, s);
          rows[j]!.set(i, s);
        }
      }
    }
  }
  return rows;
}

const vector = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0.001, max: 1, noNaN: true })), {
    selector: ([k]) => k,
    maxLength: 12,
  })
  .map((entries) => new Map(entries.map(([k, x]) => [`f${k}`, x])));

describe('similarity rows', () => {
  it('hold the pairs, values (to the bit) and row order of maps filled pair by pair (seeded)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(vector, fc.integer({ min: 0, max: 5 })), { maxLength: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (items, common) => {
          const vectors = items.map(([v]) => v);
          const group = items.map(([, g]) => g);
          const index = new Map<string, number[]>();
          vectors.forEach((v, i) => {
            for (const k of v.keys()) index.set(k, [...(index.get(k) ?? []), i]);
          });
          // A score that keeps some pairs and drops others, as the story's weighing does.
          const score = (i: number, j: number, cos: number): number => ((i + j) % 7 === 0 ? 0 : cos * 1.5);
          const rows = proposedSimilarities(vectors, index, common, group, score);
          const maps = byMaps(vectors, common, group, score);
          maps.forEach((m, i) => {
            expect([...rows.row(i, -Infinity)]).toEqual([...m]);
            const dense = new Float64Array(vectors.length);
            rows.scatter(i, dense);
            for (const [j, x] of m) expect(Object.is(dense[j], x)).toBe(true);
            rows.clear(i, dense);
            expect(dense.every((x) => x === 0)).toBe(true);
          });
          // Sums within a list add the same numbers in the same order as the maps give them.
          for (const list of index.values()) {
            const set = new Set(list);
            let total = 0;
            for (const i of list) for (const [j, x] of maps[i]!) if (j > i && set.has(j)) total += x;
            expect(Object.is(rows.sumWithin(list), total)).toBe(true);
          }
        },
      ),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it('keeps only the entries at or above a bar in a row', () => {
    const a = new Map([['x', 1]]);
    const b = new Map([['x', 0.5]]);
    const c = new Map([['x', 0.1]]);
    const rows = proposedSimilarities([a, b, c], new Map([['x', [0, 1, 2]]]), 10, [0, 1, 2], (i, j, s) =>
      i === 0 && j === 2 ? s / 10 : s,
    );
    expect([...rows.row(0, 0.05)]).toEqual([[1, 0.5]]);
    expect([...rows.row(0, 0)]).toEqual([
      [1, 0.5],
      [2, 0.01],
    ]);
  });

  it('counts each pair within a list as many times as asked', () => {
    const v = (x: number): Map<string, number> => new Map([['x', x]]);
    const rows = proposedSimilarities(
      [v(1), v(0.5), v(0.25)],
      new Map([['x', [0, 1, 2]]]),
      10,
      [0, 1, 2],
      (_i, _j, s) => s,
    );
    // Pairs 0-1 (0.5), 0-2 (0.25), 1-2 (0.125); the pair 0-2 counts three times.
    expect(rows.sumWithin([0, 1, 2])).toBe(0.875);
    expect(rows.sumWithin([0, 1, 2], (i, j) => (i === 0 && j === 2 ? 3 : 1))).toBe(1.375);
    expect(rows.sumWithin([1, 2], () => 2)).toBe(0.25);
  });
});
