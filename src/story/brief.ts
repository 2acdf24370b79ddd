import type { Dossier } from '../dossier/types.js';
import { cosine } from '../corpus/vectors.js';
import { weakest } from '../model/certainty.js';
import type { AlignedClaims } from './claims.js';

export type BriefItem = Dossier['brief'][number];

/**
 * The brief stage: up to `max` items, each the verbatim text of a claim's most central
 * member, most corroborated first (outlets, then independent origins), skipping claims
 * that repeat one already taken. Each item cites every document whose member supports it
 * and carries the weakest certainty among those members. When fewer than five claims are
 * shared, headlines of uncited documents fill in, each citing its own document.
 */
export function buildBrief(aligned: AlignedClaims, max = 8): BriefItem[] {
  const { claims, units, groups } = aligned;
  const order = claims
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        b.c.outlets - a.c.outlets ||
        b.c.origins.length - a.c.origins.length ||
        b.c.members.length - a.c.members.length,
    );
  const docIndex = new Map(units.map((u) => [u.doc, u.docIndex]));
  const taken: number[] = [];
  const items: BriefItem[] = [];
  for (const { c, i } of order) {
    if (items.length >= max) break;
    const unit = groups[i]!.find((u) => units[u]!.text === c.text) ?? groups[i]![0]!;
    if (taken.some((t) => cosine(units[t]!.features, units[unit]!.features) > 0.5)) continue;
    taken.push(unit);
    const also = claims.filter((_, k) => k !== i && groups[k]!.includes(unit)).map((o) => o.id);
    items.push({
      text: c.text,
      claims: [c.id, ...also],
      docs: [...new Set(c.members.map((m) => m.doc))].sort(
        (a, b) => (docIndex.get(a) ?? 0) - (docIndex.get(b) ?? 0),
      ),
      certainty: weakest(c.members.map((m) => m.certainty)),
    });
  }
  if (items.length < 5) {
    // Headlines first, then each article's sentences in order, none repeating an item taken.
    const rank = (i: number): number => (units[i]!.kind === 'title' ? -1 : (units[i]!.sentence ?? 0));
    const rest = units.map((_, i) => i).sort((a, b) => rank(a) - rank(b));
    for (const i of rest) {
      if (items.length >= 5) break;
      const u = units[i]!;
      if (u.kind === 'deck' || taken.some((t) => cosine(units[t]!.features, u.features) > 0.3)) continue;
      taken.push(i);
      items.push({ text: u.text, claims: [], docs: [u.doc], certainty: u.certainty });
    }
  }
  return items;
}
