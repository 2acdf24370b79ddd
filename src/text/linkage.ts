/** A candidate merge: clusters `a` and `b` at their stamps `sa`, `sb`, by average similarity. */
interface Candidate {
  avg: number;
  a: number;
  b: number;
  sa: number;
  sb: number;
}

/**
 * Whether candidate `i` (average, clusters) comes out of an ordered heap before candidate `j`:
 * the higher average first, then the lower of the lower clusters, then of the higher ones.
 */
function comesBefore(avgI: number, ai: number, bi: number, avgJ: number, aj: number, bj: number): boolean {
  if (avgI !== avgJ) return avgI > avgJ;
  const li = ai < bi ? ai : bi;
  const lj = aj < bj ? aj : bj;
  if (li !== lj) return li < lj;
  return (ai < bi ? bi : ai) < (aj < bj ? bj : aj);
}

/**
 * A max-heap of candidate merges (by average similarity), its fields in typed columns
 * (a long run pushes millions of candidates; objects would keep the collector busy).
 * With `ordered`, candidates of equal average come out by their lower cluster, then
 * their higher one, so the order of merges does not hang on the order of pushes.
 */
class Heap {
  constructor(private readonly ordered = false) {}
  private size = 0;
  private avg = new Float64Array(1024);
  private ints = new Int32Array(4 * 1024);

  push(avg: number, a: number, b: number, sa: number, sb: number): void {
    this.grow();
    const h = this.avg;
    let i = this.size++;
    // Entries that the new one comes out before move down into the hole it rises through.
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.ordered ? !this.beforeEntry(avg, a, b, p) : h[p]! >= avg) break;
      this.copy(p, i);
      i = p;
    }
    this.put(i, avg, a, b, sa, sb);
  }

  /**
   * Adds a candidate without restoring the heap order; `heapify` restores it once all are
   * added (linear, where sifting each up costs a logarithm each).
   */
  add(avg: number, a: number, b: number, sa: number, sb: number): void {
    this.grow();
    this.put(this.size++, avg, a, b, sa, sb);
  }

  heapify(): void {
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.siftDown(i, this.size);
  }

  private grow(): void {
    if (this.size < this.avg.length) return;
    const avgs = new Float64Array(this.size * 2);
    avgs.set(this.avg);
    this.avg = avgs;
    const ints = new Int32Array(this.size * 8);
    ints.set(this.ints);
    this.ints = ints;
  }

  /**
   * Moves entry `i` down until neither child of it comes out before it (entries below `last`):
   * the children that come out first move up into the hole it leaves, and it goes in at the end
   * (the places a swap at each step would give, at a third of the writes).
   */
  private siftDown(i: number, last: number): void {
    const h = this.avg;
    const t = this.ints;
    const avg = h[i]!;
    const a = t[4 * i]!;
    const b = t[4 * i + 1]!;
    const sa = t[4 * i + 2]!;
    const sb = t[4 * i + 3]!;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      // The child that comes out first, then whether it comes out before the entry moving down.
      let m = l;
      if (this.ordered) {
        if (r < last && this.before(r, l)) m = r;
        if (!this.entryBefore(m, avg, a, b)) break;
      } else {
        if (r < last && h[r]! > h[l]!) m = r;
        if (!(h[m]! > avg)) break;
      }
      this.copy(m, i);
      i = m;
    }
    this.put(i, avg, a, b, sa, sb);
  }

  /** Whether entry `i` comes out before a candidate (`avg`, clusters `a` and `b`) not in the heap. */
  private entryBefore(i: number, avg: number, a: number, b: number): boolean {
    const t = this.ints;
    return comesBefore(this.avg[i]!, t[4 * i]!, t[4 * i + 1]!, avg, a, b);
  }

  /** Whether a candidate (`avg`, clusters `a` and `b`) not in the heap comes out before entry `i`. */
  private beforeEntry(avg: number, a: number, b: number, i: number): boolean {
    const t = this.ints;
    return comesBefore(avg, a, b, this.avg[i]!, t[4 * i]!, t[4 * i + 1]!);
  }

  /** Copies entry `from` into place `to`. */
  private copy(from: number, to: number): void {
    const t = this.ints;
    this.avg[to] = this.avg[from]!;
    t[4 * to] = t[4 * from]!;
    t[4 * to + 1] = t[4 * from + 1]!;
    t[4 * to + 2] = t[4 * from + 2]!;
    t[4 * to + 3] = t[4 * from + 3]!;
  }

  /** Whether entry `i` comes out before entry `j` (ordered heaps). */
  private before(i: number, j: number): boolean {
    const t = this.ints;
    return comesBefore(this.avg[i]!, t[4 * i]!, t[4 * i + 1]!, this.avg[j]!, t[4 * j]!, t[4 * j + 1]!);
  }

  /** Removes the best candidate into `out`; false when the heap is empty. */
  pop(out: Candidate): boolean {
    if (!this.size) return false;
    const h = this.avg;
    const t = this.ints;
    out.avg = h[0]!;
    out.a = t[0]!;
    out.b = t[1]!;
    out.sa = t[2]!;
    out.sb = t[3]!;
    const last = --this.size;
    if (last > 0) {
      this.put(0, h[last]!, t[4 * last]!, t[4 * last + 1]!, t[4 * last + 2]!, t[4 * last + 3]!);
      this.siftDown(0, last);
    }
    return true;
  }

  private put(i: number, avg: number, a: number, b: number, sa: number, sb: number): void {
    this.avg[i] = avg;
    const t = this.ints;
    t[4 * i] = a;
    t[4 * i + 1] = b;
    t[4 * i + 2] = sa;
    t[4 * i + 3] = sb;
  }
}

export interface LinkageHooks {
  /**
   * Item pairs between clusters `a` and `b` whose similarities the average divides by (default:
   * all); the same for `b` and `a`.
   */
  readonly pairs?: (a: number, b: number) => number;
  /** Called when cluster `from` joins cluster `into`, before the links move. */
  readonly onMerge?: (into: number, from: number) => void;
}

/**
 * Average-linkage agglomeration over a sparse similarity graph. Each cluster is named by
 * its lowest item; `links[a]` holds the summed similarities from cluster `a` to its
 * neighbours. `merge` joins two clusters now; `run` merges best first, from a heap of
 * candidate pairs, while the average reaches the threshold, skipping candidates that a
 * merge made stale. Used for story clustering and for claim alignment.
 */
export class Linkage {
  /** Members of each cluster by its name; empty for a cluster merged into another. */
  readonly members: number[][];
  private readonly stamp: number[];

  /**
   * `links[a]`: summed similarities from cluster `a` to its neighbours; `members[a]`: the
   * items cluster `a` starts with (default: item `a` alone).
   */
  constructor(
    private readonly links: Array<Map<number, number>>,
    private readonly hooks: LinkageHooks = {},
    members?: number[][],
  ) {
    this.members = members ?? links.map((_, i) => [i]);
    this.stamp = links.map(() => 0);
  }

  /** Whether `a` names a cluster (it was not merged into another). */
  private isRoot(a: number): boolean {
    return this.stamp[a]! >= 0;
  }

  /** Joins clusters `a` and `b`; returns the name of the joined cluster (the lower one). */
  merge(x: number, y: number): number {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    this.hooks.onMerge?.(a, b);
    const A = this.links[a]!;
    const links = this.links;
    // forEach, not for-of: no entry array a neighbour (long runs move millions of links).
    links[b]!.forEach((s, c) => {
      if (c === a) return;
      A.set(c, (A.get(c) ?? 0) + s);
      // Set, then delete: the same order as deleting first (a new key goes last either way),
      // and a map of one link is not emptied and made again.
      const C = links[c]!;
      C.set(a, (C.get(a) ?? 0) + s);
      C.delete(b);
    });
    A.delete(b);
    this.links[b]!.clear();
    this.members[a]!.push(...this.members[b]!);
    this.members[b] = [];
    this.stamp[a]!++;
    this.stamp[b] = -1;
    return a;
  }

  /** Merges best first while the average similarity reaches `threshold`; `allow` can refuse a merge. */
  run(threshold: number, allow: (a: number, b: number) => boolean = () => true): void {
    const heap = new Heap();
    const pairs = this.hooks.pairs ?? ((a, b) => this.members[a]!.length * this.members[b]!.length);
    const stamp = this.stamp;
    const offer = (a: number): void => {
      this.links[a]!.forEach((sum, b) => {
        const n = pairs(a, b);
        const avg = n ? sum / n : 0;
        if (avg >= threshold) heap.push(avg, a, b, stamp[a]!, stamp[b]!);
      });
    };
    for (let a = 0; a < this.links.length; a++) if (this.isRoot(a)) offer(a);
    const e: Candidate = { avg: 0, a: 0, b: 0, sa: 0, sb: 0 };
    while (heap.pop(e)) {
      if (this.stamp[e.a] !== e.sa || this.stamp[e.b] !== e.sb || e.sa < 0 || e.sb < 0) continue;
      if (!allow(e.a, e.b)) continue;
      offer(this.merge(e.a, e.b));
    }
  }
}

/**
 * Average-linkage agglomeration like {@link Linkage}, for large sparse graphs (the units
 * of a story of hundreds of articles: about a million links). Each cluster keeps its links
 * as arrays of neighbour, summed similarity and the place of the same link in the
 * neighbour's arrays, so a merge renames a moved link in its neighbour in constant time
 * rather than through the neighbour's map. Candidates of equal average merge by their
 * lower cluster, then their higher one: the result does not hang on the order in which
 * links are kept.
 */
export class SparseLinkage {
  /** Members of each cluster by its name; empty for a cluster merged into another. */
  readonly members: number[][];
  private readonly stamp: Int32Array;
  /** Per cluster: neighbour (-1 for a removed link), summed similarity, place of the link in the neighbour's arrays. */
  private readonly next: number[][];
  private readonly sum: number[][];
  private readonly twin: number[][];
  /** Removed links still in each cluster's arrays. */
  private readonly dead: Int32Array;
  /** Scratch: the place of a neighbour in the arrays of the cluster being merged into, or -1. */
  private readonly at: Int32Array;

  /**
   * `pairs`: the links `[a, b, similarity]` (each pair once, `a !== b`) between `n` items;
   * `members[a]`: the items cluster `a` starts with (default: item `a` alone).
   */
  constructor(
    n: number,
    pairs: {
      readonly a: ArrayLike<number>;
      readonly b: ArrayLike<number>;
      readonly s: ArrayLike<number>;
      readonly length: number;
    },
    private readonly hooks: LinkageHooks = {},
    members?: number[][],
  ) {
    this.members = members ?? Array.from({ length: n }, (_, i) => [i]);
    this.stamp = new Int32Array(n);
    // Each cluster's arrays are made at their full length (links counted first), then filled.
    const degree = new Int32Array(n);
    for (let t = 0; t < pairs.length; t++) {
      degree[pairs.a[t]!]!++;
      degree[pairs.b[t]!]!++;
    }
    const filled = (x: number) => (_: unknown, i: number) => new Array<number>(degree[i]!).fill(x);
    this.next = Array.from({ length: n }, filled(0));
    this.sum = Array.from({ length: n }, filled(0.5));
    this.twin = Array.from({ length: n }, filled(0));
    this.dead = new Int32Array(n);
    this.at = new Int32Array(n).fill(-1);
    const size = new Int32Array(n);
    for (let t = 0; t < pairs.length; t++) {
      const a = pairs.a[t]!;
      const b = pairs.b[t]!;
      const s = pairs.s[t]!;
      const pa = size[a]!++;
      const pb = size[b]!++;
      this.next[a]![pa] = b;
      this.sum[a]![pa] = s;
      this.twin[a]![pa] = pb;
      this.next[b]![pb] = a;
      this.sum[b]![pb] = s;
      this.twin[b]![pb] = pa;
    }
  }

  /** Joins clusters `a` and `b`; returns the name of the joined cluster (the lower one). */
  merge(x: number, y: number): number {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    this.hooks.onMerge?.(a, b);
    const { next, sum, twin, at } = this;
    const NA = next[a]!;
    const SA = sum[a]!;
    const TA = twin[a]!;
    for (let p = 0; p < NA.length; p++) if (NA[p]! >= 0) at[NA[p]!] = p;
    const NB = next[b]!;
    const SB = sum[b]!;
    const TB = twin[b]!;
    for (let e = 0; e < NB.length; e++) {
      const c = NB[e]!;
      if (c < 0) continue;
      const q = TB[e]!;
      if (c === a) {
        // The link between the two: gone from a's arrays.
        NA[q] = -1;
        this.dead[a]!++;
        continue;
      }
      const s = SB[e]!;
      const p = at[c]!;
      if (p >= 0) {
        // Both linked to c: the sums add up on both sides, and c's link to b goes.
        SA[p] = SA[p]! + s;
        const r = TA[p]!;
        sum[c]![r] = sum[c]![r]! + s;
        next[c]![q] = -1;
        this.dead[c]!++;
        if (this.dead[c]! > 16 && 2 * this.dead[c]! > next[c]!.length) this.compact(c);
      } else {
        // Only b linked to c: the link moves to a, renamed in c's arrays.
        at[c] = NA.length;
        next[c]![q] = a;
        twin[c]![q] = NA.length;
        NA.push(c);
        SA.push(s);
        TA.push(q);
      }
    }
    for (let p = 0; p < NA.length; p++) if (NA[p]! >= 0) at[NA[p]!] = -1;
    at[b] = -1;
    next[b] = [];
    sum[b] = [];
    twin[b] = [];
    this.dead[b] = 0;
    if (this.dead[a]! > 16 && 2 * this.dead[a]! > NA.length) this.compact(a);
    this.members[a]!.push(...this.members[b]!);
    this.members[b] = [];
    this.stamp[a]!++;
    this.stamp[b] = -1;
    return a;
  }

  /** Drops the removed links from cluster `a`'s arrays, telling each neighbour the new places. */
  private compact(a: number): void {
    const N = this.next[a]!;
    const S = this.sum[a]!;
    const T = this.twin[a]!;
    let k = 0;
    for (let p = 0; p < N.length; p++) {
      const c = N[p]!;
      if (c < 0) continue;
      N[k] = c;
      S[k] = S[p]!;
      T[k] = T[p]!;
      this.twin[c]![T[p]!] = k;
      k++;
    }
    N.length = k;
    S.length = k;
    T.length = k;
    this.dead[a] = 0;
  }

  /** The links of cluster `a`: `f(neighbour, summed similarity)` for each. */
  forEachLink(a: number, f: (b: number, sum: number) => void): void {
    const N = this.next[a]!;
    const S = this.sum[a]!;
    for (let p = 0; p < N.length; p++) if (N[p]! >= 0) f(N[p]!, S[p]!);
  }

  /** Merges best first while the average similarity reaches `threshold`. */
  run(threshold: number): void {
    const heap = new Heap(true);
    const pairs = this.hooks.pairs ?? ((a, b) => this.members[a]!.length * this.members[b]!.length);
    const stamp = this.stamp;
    const offer = (a: number, first = false): void => {
      const N = this.next[a]!;
      const S = this.sum[a]!;
      for (let p = 0; p < N.length; p++) {
        const b = N[p]!;
        // A sum under a positive threshold averages under it over any number of pairs. At first
        // each link is offered once, from its lower cluster: from the higher one it would tie with
        // itself, and the second to come out would only be skipped as stale.
        if (b < 0 || (first && b < a) || (threshold > 0 && S[p]! < threshold)) continue;
        const n = pairs(a, b);
        const avg = n ? S[p]! / n : 0;
        if (avg < threshold) continue;
        if (first) heap.add(avg, a, b, stamp[a]!, stamp[b]!);
        else heap.push(avg, a, b, stamp[a]!, stamp[b]!);
      }
    };
    // The first candidates are heaped at once: the order of the heap is total (average, then
    // lower and higher cluster), so the merges come out as if pushed one by one.
    for (let a = 0; a < this.next.length; a++) if (stamp[a]! >= 0) offer(a, true);
    heap.heapify();
    const e: Candidate = { avg: 0, a: 0, b: 0, sa: 0, sb: 0 };
    while (heap.pop(e)) {
      if (stamp[e.a] !== e.sa || stamp[e.b] !== e.sb || e.sa < 0 || e.sb < 0) continue;
      offer(this.merge(e.a, e.b));
    }
  }
}
