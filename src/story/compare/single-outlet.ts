import type { Document } from '../../model/document.js';
import { featureIndex, unitSimilarity } from '../align.js';
import type { AlignedClaims } from '../claims.js';
import { spansWithin } from '../../model/span.js';
import type { Finding, Reader } from './values.js';

/**
 * Statements only one outlet makes: a body sentence with facts of its own (an amount, a
 * date or a name no other outlet mentions) that is in no claim and matches no sentence of
 * another outlet.
 */
export function singleOutletStatements(
  documents: readonly Document[],
  aligned: AlignedClaims,
  r: Reader,
): Finding[] {
  const out: Finding[] = [];
  const claimed = new Set(aligned.groups.flat());
  const byFeature = featureIndex(aligned.units);
  // A document's units are contiguous: each feature's list (ascending) is read around the
  // unit's own document, not through it (reading through it was quadratic in its sentences).
  const range = new Map<string, { first: number; last: number }>();
  aligned.units.forEach((u, i) => {
    const r = range.get(u.doc);
    if (r) r.last = i;
    else range.set(u.doc, { first: i, last: i });
  });
  const contiguous = aligned.units.every(
    (u, i) => i === 0 || u.doc === aligned.units[i - 1]!.doc || range.get(u.doc)!.first === i,
  );
  const lowerBound = (list: readonly number[], x: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const othersIn = function* (list: readonly number[], doc: string): Generator<number> {
    const r = range.get(doc)!;
    const a = contiguous ? lowerBound(list, r.first) : list.length;
    const b = contiguous ? lowerBound(list, r.last + 1) : list.length;
    for (let x = 0; x < a; x++) yield list[x]!;
    for (let x = b; x < list.length; x++) yield list[x]!;
  };
  const matchesElsewhere = (i: number): boolean => {
    const u = aligned.units[i]!;
    const seen = new Set<number>();
    for (const k of u.features.keys())
      for (const j of othersIn(byFeature.get(k)!, u.doc)) {
        if (seen.has(j) || aligned.units[j]!.doc === u.doc) continue;
        seen.add(j);
        if (unitSimilarity(u, aligned.units[j]!) >= 0.25) return true;
      }
    return false;
  };
  // The outlets that name each entity, give each figure and
  // each date: a fact of its own is one no other outlet gives (rule `single-outlet:own-facts`;
  // `Organisers claimed 120,000 took part` beside two outlets' `organisers said 120,000 had
  // joined` tells nothing only this outlet tells, however its words differ).
  const docsNaming = new Map<string, Set<string>>();
  const note = (key: string, doc: string): void => {
    docsNaming.set(key, (docsNaming.get(key) ?? new Set()).add(doc));
  };
  // A count is keyed by its noun too, which outlets word differently (`took part`, `joined`):
  // a count of a hundred or more is one figure by its value alone, which seldom meets another
  // by chance as `two` and `three` do.
  const figure = (q: { kind: string; value: number; unit: string }): string =>
    q.kind === 'count' && q.value < 100 ? `#count:${q.unit}:${q.value}` : `#${q.kind}:${q.value}`;
  const day = (x: { value: string | null }): string => `@${x.value}`;
  for (const d of documents) {
    for (const e of d.entities) note(e.key, d.id);
    for (const q of d.quantities) note(figure(q), d.id);
    for (const x of d.dates) if (x.value) note(day(x), d.id);
  }
  const alone = (key: string): boolean => docsNaming.get(key)!.size === 1;
  aligned.units.forEach((u, i) => {
    if (claimed.has(i) || u.kind !== 'sentence') return;
    const d = r.byId.get(u.doc)!;
    const own =
      spansWithin(d.quantities, u).some((q) => alone(figure(q))) ||
      spansWithin(d.dates, u).some((x) => x.value && !x.relative && alone(day(x))) ||
      spansWithin(d.entities, u).some((e) => alone(e.key));
    if (!own || matchesElsewhere(i)) return;
    out.push({ kind: 'single-outlet', note: 'only this outlet says this', values: [r.value(u.doc, u)] });
  });
  return out;
}
