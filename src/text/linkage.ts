/** A candidate merge: clusters `a` and `b` at their stamps `sa`, `sb`, by average similarity. */
interface Candidate {
  avg: number;
  a: number;
  b: number;
  sa: number;
  sb: number;
}

/** A max-heap of candidate merges (by average similarity). */
class Heap {
  private items: Candidate[] = [];
  push(x: Candidate): void {
    const h = this.items;
    h.push(x);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p]!.avg >= h[i]!.avg) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }
  pop(): Candidate | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]!.avg > h[m]!.avg) m = l;
        if (r < h.length && h[r]!.avg > h[m]!.avg) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
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

  constructor(
    private readonly links: Array<Map<number, number>>,
    private readonly hooks: LinkageHooks = {},
  ) {
    this.members = links.map((_, i) => [i]);
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
    for (const [c, s] of this.links[b]!) {
      if (c === a) continue;
      A.set(c, (A.get(c) ?? 0) + s);
      const C = this.links[c]!;
      C.delete(b);
      C.set(a, (C.get(a) ?? 0) + s);
    }
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
    const offer = (a: number): void => {
      for (const [b, sum] of this.links[a]!) {
        const n = pairs(a, b);
        const avg = n ? sum / n : 0;
        if (avg >= threshold) heap.push({ avg, a, b, sa: this.stamp[a]!, sb: this.stamp[b]! });
      }
    };
    for (let a = 0; a < this.links.length; a++) if (this.isRoot(a)) offer(a);
    for (let e = heap.pop(); e; e = heap.pop()) {
      if (this.stamp[e.a] !== e.sa || this.stamp[e.b] !== e.sb || e.sa < 0 || e.sb < 0) continue;
      if (!allow(e.a, e.b)) continue;
      offer(this.merge(e.a, e.b));
    }
  }
}
