/**
 * Word sets indexed by their words, to ask whether one of them reads like a given set: a
 * set `b` nearly the same as `a` by a share of their union in common (`nearlySame` in
 * claims.ts: common >= share x |a u b|) holds at least share x |a| of a's words, so it holds
 * one of any |a| - ceil(share x |a|) + 1 of them. Only the sets holding one of those (the
 * words of `a` held by the fewest sets) are tested, with the test itself: the answer is the
 * one testing every set gives.
 */
export class NearSets {
  private readonly sets: Array<ReadonlySet<string>> = [];
  private readonly byWord = new Map<string, number[]>();
  // The last query that met each set, so a set is tested once a query.
  private seen = new Int32Array(64);
  private query = 0;

  constructor(
    private readonly same: (a: ReadonlySet<string>, b: ReadonlySet<string>) => boolean,
    private readonly share: number,
  ) {}

  /** A new index of the same sets. */
  copy(): NearSets {
    const c = new NearSets(this.same, this.share);
    for (const s of this.sets) c.add(s);
    return c;
  }

  add(set: ReadonlySet<string>): void {
    const k = this.sets.length;
    this.sets.push(set);
    if (k >= this.seen.length) {
      const grown = new Int32Array(this.seen.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    for (const w of set) {
      const list = this.byWord.get(w);
      if (list) list.push(k);
      else this.byWord.set(w, [k]);
    }
  }

  /** Whether `same(a, b)` holds for some set `b` added. */
  has(a: ReadonlySet<string>): boolean {
    // One word more than the fewest a set reading like `a` must share with it (a margin
    // against rounding); every word when `a` is that small.
    const need = Math.min(a.size, a.size - Math.ceil(this.share * a.size) + 2);
    if (need <= 0) return false;
    const lists: number[][] = [];
    for (const w of a) lists.push(this.byWord.get(w) ?? NONE);
    lists.sort((x, y) => x.length - y.length);
    const q = ++this.query;
    for (let i = 0; i < need; i++)
      for (const k of lists[i]!) {
        if (this.seen[k] === q) continue;
        this.seen[k] = q;
        if (this.same(a, this.sets[k]!)) return true;
      }
    return false;
  }
}

const NONE: number[] = [];
