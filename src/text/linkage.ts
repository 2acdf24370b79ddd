/** A candidate merge: clusters `a` and `b` at their stamps `sa`, `sb`, by average similarity. */
interface Candidate {
  avg: number;
  a: number;
  b: number;
  sa: number;
  sb: number;
}

/**
 * A max-heap of candidate merges (by average similarity), its fields in typed columns
 * (a long run pushes millions of candidates; objects would keep the collector busy).
 */
class Heap {
  private size = 0;
  private avg = new Float64Array(1024);
  private ints = new Int32Array(4 * 1024);

  push(avg: number, a: number, b: number, sa: number, sb: number): void {
    if (this.size === this.avg.length) {
      const avgs = new Float64Array(this.size * 2);
      avgs.set(this.avg);
      this.avg = avgs;
      const ints = new Int32Array(this.size * 8);
      ints.set(this.ints);
      this.ints = ints;
    }
    const h = this.avg;
    let i = this.size++;
    this.put(i, avg, a, b, sa, sb);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]! >= h[i]!) break;
      this.swap(p, i);
      i = p;
    }
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
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < last && h[l]! > h[m]!) m = l;
        if (r < last && h[r]! > h[m]!) m = r;
        if (m === i) break;
        this.swap(m, i);
        i = m;
      }
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

  private swap(i: number, j: number): void {
    const h = this.avg;
    const x = h[i]!;
    h[i] = h[j]!;
    h[j] = x;
    const t = this.ints;
    for (let k = 0; k < 4; k++) {
      const y = t[4 * i + k]!;
      t[4 * i + k] = t[4 * j + k]!;
      t[4 * j + k] = y;
    }
  }
}

export interface LinkageHooks {
  /** Item pairs between clusters `a` and `b` whose similarities the average divides by (default: all). */
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
