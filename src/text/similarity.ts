/** Cosine of two sparse vectors (feature -> weight); 0 when they share nothing. Unit vectors give their cosine similarity. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let s = 0;
  // Over the keys, not the entries: no entry array a feature (claims sum millions of these).
  for (const k of small.keys()) {
    const y = large.get(k);
    if (y !== undefined) s += small.get(k)! * y;
  }
  return s;
}
