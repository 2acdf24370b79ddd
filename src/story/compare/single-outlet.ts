import type { Document } from '../../model/document.js';
import { featureIndex, unitSimilarity } from '../align.js';
import type { AlignedClaims } from '../claims.js';
import { inside, type Finding, type Reader } from './values.js';

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
  const matchesElsewhere = (i: number): boolean => {
    const u = aligned.units[i]!;
    const seen = new Set<number>();
    for (const k of u.features.keys())
      for (const j of byFeature.get(k)!) {
        if (seen.has(j) || aligned.units[j]!.doc === u.doc) continue;
        seen.add(j);
        if (unitSimilarity(u, aligned.units[j]!) >= 0.25) return true;
      }
    return false;
  };
  const docsNaming = new Map<string, Set<string>>();
  for (const d of documents)
    for (const e of d.entities) docsNaming.set(e.key, (docsNaming.get(e.key) ?? new Set()).add(d.id));
  aligned.units.forEach((u, i) => {
    if (claimed.has(i) || u.kind !== 'sentence') return;
    const d = r.byId.get(u.doc)!;
    const own =
      d.quantities.some((q) => inside(q, u)) ||
      d.dates.some((x) => x.value && !x.relative && inside(x, u)) ||
      d.entities.some((e) => inside(e, u) && docsNaming.get(e.key)!.size === 1);
    if (!own || matchesElsewhere(i)) return;
    out.push({ kind: 'single-outlet', note: 'only this outlet says this', values: [r.value(u.doc, u)] });
  });
  return out;
}
