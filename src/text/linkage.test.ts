import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Linkage, SparseLinkage } from './linkage.js';

type Pair = [number, number, number];

const asColumns = (pairs: readonly Pair[]) => ({
  a: pairs.map((p) => p[0]),
  b: pairs.map((p) => p[1]),
  s: pairs.map((p) => p[2]),
  length: pairs.length,
});

/** The clusters a {@link Linkage} over maps makes of the same links. */
function byMaps(n: number, pairs: readonly Pair[], threshold: number): number[][] {
  const links = Array.from({ length: n }, () => new Map<number, number>());
  for (const [a, b, s] of pairs) {
    links[a]!.set(b, s);
    links[b]!.set(a, s);
  }
  const linkage = new Linkage(links);
  linkage.run(threshold);
  return linkage.members;
}

function sparse(n: number, pairs: readonly Pair[], threshold: number): number[][] {
  const linkage = new SparseLinkage(n, asColumns(pairs));
  linkage.run(threshold);
  return linkage.members;
}

/** Random sparse graphs: each pair once, similarities drawn from the doubles (no two alike). */
const graphOf = (most: number, perItem: number) =>
  fc.integer({ min: 2, max: most }).chain((n) =>
    fc
      .uniqueArray(
        fc
          .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }))
          .filter(([a, b]) => a !== b),
        { selector: ([a, b]) => `${Math.min(a, b)} ${Math.max(a, b)}`, maxLength: perItem * n },
      )
      .chain((edges) =>
        fc
          .array(fc.double({ min: 0.01, max: 1, noNaN: true }), {
            minLength: edges.length,
            maxLength: edges.length,
          })
          .map((s) => ({ n, pairs: edges.map(([a, b], k): Pair => [a, b, s[k]!]) })),
      ),
  );
const graph = graphOf(40, 4);

describe('SparseLinkage', () => {
  it('makes the clusters the map linkage makes when no two candidates tie (seeded)', () => {
    fc.assert(
      fc.property(graph, fc.double({ min: 0.01, max: 0.6, noNaN: true }), ({ n, pairs }, threshold) => {
        expect(sparse(n, pairs, threshold)).toEqual(byMaps(n, pairs, threshold));
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('makes the same clusters on dense graphs, where merged clusters drop their removed links (seeded)', () => {
    fc.assert(
      fc.property(
        graphOf(120, 30),
        fc.double({ min: 0.005, max: 0.2, noNaN: true }),
        ({ n, pairs }, threshold) => {
          expect(sparse(n, pairs, threshold)).toEqual(byMaps(n, pairs, threshold));
        },
      ),
      { seed: 20261203, numRuns: 40 },
    );
  });

  it('merges tied candidates by their lower cluster first, whatever the order of the links', () => {
    // 0-1 and 1-2 are alike to the bit; after either merge the third item averages 0.25.
    const pairs: Pair[] = [
      [0, 1, 0.5],
      [1, 2, 0.5],
    ];
    expect(sparse(3, pairs, 0.3)).toEqual([[0, 1], [], [2]]);
    expect(sparse(3, [...pairs].reverse(), 0.3)).toEqual([[0, 1], [], [2]]);
    expect(
      sparse(
        3,
        [
          [2, 1, 0.5],
          [1, 0, 0.5],
        ],
        0.3,
      ),
    ).toEqual([[0, 1], [], [2]]);
    // Control: when 1-2 is the more alike, it merges first.
    expect(
      sparse(
        3,
        [
          [0, 1, 0.5],
          [1, 2, 0.6],
        ],
        0.3,
      ),
    ).toEqual([[0], [1, 2], []]);
  });

  it('adds the links of merged clusters and divides by the pairs the hook counts', () => {
    // 0-2 and 1-2 sum to 0.8 over the two pairs: an average of 0.4 joins 2 at 0.35, not at 0.45.
    const pairs: Pair[] = [
      [0, 1, 0.9],
      [0, 2, 0.3],
      [1, 2, 0.5],
    ];
    expect(sparse(3, pairs, 0.35)).toEqual([[0, 1, 2], [], []]);
    expect(sparse(3, pairs, 0.45)).toEqual([[0, 1], [], [2]]);
    // A hook that counts one pair between any two clusters: the sum, 0.8, joins at 0.45.
    const linkage = new SparseLinkage(3, asColumns(pairs), { pairs: () => 1 });
    linkage.run(0.45);
    expect(linkage.members).toEqual([[0, 1, 2], [], []]);
  });
});
