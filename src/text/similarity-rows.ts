/**
 * Sparse symmetric similarities between items (units of a story), kept as rows of
 * parallel typed arrays rather than one `Map` an item: a story of 600 articles has
 * about ten thousand units and millions of similar pairs.
 *
 * Row `i` lists its neighbours in the order a `Map` filled pair by pair would hold
 * them (see `proposedSimilarities`): first the lower neighbours (`j < i`), ascending,
 * then the higher ones in the order they were proposed. Sums over a row therefore
 * add the same numbers in the same order as a loop over such a `Map`, to the bit.
 */
export class SimilarityRows {
  constructor(
    /** Row `i` is entries `start[i]` to `start[i + 1]` (exclusive). */
    readonly start: Int32Array,
    /** Where the higher neighbours of row `i` begin. */
    readonly higher: Int32Array,
    /** The neighbour of each entry. */
    readonly unit: Int32Array,
    /** The similarity of each entry (above 0). */
    readonly value: Float64Array,
  ) {}

  /** Row `i` as a map, neighbour -> similarity, keeping the entries of at least `min`, in row order. */
  row(i: number, min: number): Map<number, number> {
    const out = new Map<number, number>();
    for (let e = this.start[i]!; e < this.start[i + 1]!; e++)
      if (this.value[e]! >= min) out.set(this.unit[e]!, this.value[e]!);
    return out;
  }

  /**
   * Sum of the similarities of the pairs within `list` (distinct items), row by row in list
   * order; `times(i, j)`, when given, says how many times the pair counts.
   */
  sumWithin(list: readonly number[], times?: (i: number, j: number) => number): number {
    const marks = this.marks();
    const stamp = ++this.stamp;
    for (const i of list) marks[i] = stamp;
    let total = 0;
    for (const i of list)
      for (let e = this.higher[i]!; e < this.start[i + 1]!; e++)
        if (marks[this.unit[e]!] === stamp)
          total += times ? this.value[e]! * times(i, this.unit[e]!) : this.value[e]!;
    return total;
  }

  /** Writes row `i` into `dense` (neighbour -> similarity); `clear` undoes it. */
  scatter(i: number, dense: Float64Array): void {
    for (let e = this.start[i]!; e < this.start[i + 1]!; e++) dense[this.unit[e]!] = this.value[e]!;
  }

  clear(i: number, dense: Float64Array): void {
    for (let e = this.start[i]!; e < this.start[i + 1]!; e++) dense[this.unit[e]!] = 0;
  }

  private stamp = 0;
  private marked: Int32Array | null = null;
  private marks(): Int32Array {
    return (this.marked ??= new Int32Array(this.start.length - 1));
  }
}

/** A growable column of numbers. */
class Column<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(public data: T) {}
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
}

/**
 * Similarities of the pairs that share a feature held by at most `common` items.
 * Pairs are proposed item by item (`i` ascending), each item's features in their map
 * order, each feature's items in `index` order, every `j > i` once; a pair of one
 * `group` is skipped. `score(i, j, cos)` turns the cosine of the two vectors into the
 * pair's similarity, and pairs scoring 0 or less are left out.
 *
 * The cosine is the one `text/similarity.ts` computes, to the bit: a sum over the
 * smaller vector's features in its order (the first vector's on a tie).
 */
export function proposedSimilarities(
  vectors: ReadonlyArray<ReadonlyMap<string, number>>,
  index: ReadonlyMap<string, readonly number[]>,
  common: number,
  group: ArrayLike<number>,
  score: (i: number, j: number, cos: number) => number,
): SimilarityRows {
  const n = vectors.length;
  // Features as numbers; each vector as ids and weights in its map order.
  const ids = new Map<string, number>();
  const postings: Array<readonly number[]> = [];
  for (const [k, list] of index) {
    ids.set(k, postings.length);
    postings.push(list);
  }
  // (All vectors in two flat columns, vector i at `from[i]` to `from[i + 1]`: the pairs read
  // the vectors of their neighbours in a few long arrays.)
  const from = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) from[i + 1] = from[i]! + vectors[i]!.size;
  const keys = new Int32Array(from[n]!);
  const weights = new Float64Array(from[n]!);
  vectors.forEach((v, i) => {
    let p = from[i]!;
    for (const [f, x] of v) {
      keys[p] = ids.get(f) ?? -1;
      weights[p++] = x;
    }
  });
  const position = new Int32Array(postings.length).fill(-1);
  const seen = new Int32Array(n).fill(-1);
  let longest = 0;
  for (let i = 0; i < n; i++) longest = Math.max(longest, from[i + 1]! - from[i]!);
  // Products of i's features with j's, by i's place, and which places j has (marked by pair).
  const product = new Float64Array(longest);
  const mark = new Int32Array(longest);
  let pair = 0;
  // The pairs kept, by ascending i: i's are entries pairsFrom[i] to pairsFrom[i + 1].
  const pairsFrom = new Int32Array(n + 1);
  const pj = new Column(new Int32Array(1024));
  const ps = new Column(new Float64Array(1024));
  const lower = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const i0 = from[i]!;
    const ni = from[i + 1]! - i0;
    for (let p = 0; p < ni; p++) if (keys[i0 + p]! >= 0) position[keys[i0 + p]!] = p;
    for (let p = 0; p < ni; p++) {
      const list = postings[keys[i0 + p]!];
      if (!list || list.length > common) continue;
      for (let l = 0; l < list.length; l++) {
        const j = list[l]!;
        if (j <= i || seen[j] === i) continue;
        seen[j] = i;
        if (group[i] === group[j]) continue;
        const j0 = from[j]!;
        const j1 = from[j + 1]!;
        let s = 0;
        if (ni <= j1 - j0) {
          // The sum runs over i's features in i's order: gather the products, then add them so.
          pair++;
          for (let q = j0; q < j1; q++) {
            const at = keys[q]! >= 0 ? position[keys[q]!]! : -1;
            if (at < 0) continue;
            product[at] = weights[i0 + at]! * weights[q]!;
            mark[at] = pair;
          }
          for (let p = 0; p < ni; p++) if (mark[p] === pair) s += product[p]!;
        } else {
          for (let q = j0; q < j1; q++) {
            const at = keys[q]! >= 0 ? position[keys[q]!]! : -1;
            if (at >= 0) s += weights[q]! * weights[i0 + at]!;
          }
        }
        const x = score(i, j, s);
        if (x > 0) {
          pj.push(j);
          ps.push(x);
          lower[j]!++;
        }
      }
    }
    for (let p = 0; p < ni; p++) if (keys[i0 + p]! >= 0) position[keys[i0 + p]!] = -1;
    pairsFrom[i + 1] = pj.length;
  }
  // Rows: lower neighbours ascending (pairs come by ascending i), then higher ones as proposed.
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) degree[i] = pairsFrom[i + 1]! - pairsFrom[i]!;
  for (let t = 0; t < pj.length; t++) degree[pj.data[t]!]!++;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
  const higher = new Int32Array(n);
  const low = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    low[i] = start[i]!;
    higher[i] = start[i]! + lower[i]!;
  }
  const high = higher.slice();
  const unit = new Int32Array(start[n]!);
  const value = new Float64Array(start[n]!);
  for (let i = 0; i < n; i++)
    for (let t = pairsFrom[i]!; t < pairsFrom[i + 1]!; t++) {
      const j = pj.data[t]!;
      const x = ps.data[t]!;
      unit[high[i]!] = j;
      value[high[i]!++] = x;
      unit[low[j]!] = i;
      value[low[j]!++] = x;
    }
  return new SimilarityRows(start, higher, unit, value);
}
