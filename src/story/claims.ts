import { contentId } from '../model/id.js';
import type { Document } from '../model/document.js';
import type { Dossier } from '../model/dossier.js';
import { cosine } from '../text/similarity.js';
import { alignUnits, claimUnits, DEFAULT_ALIGN, type AlignOptions, type ClaimUnit } from './align.js';
import { independentOrigins, originsOf, type ProvenanceTrace } from './provenance.js';

export type Claim = Dossier['claims'][number];

/** Claims with their units, kept for the later story stages. */
export interface AlignedClaims {
  readonly claims: Claim[];
  readonly units: readonly ClaimUnit[];
  /** For each claim, the indices of its units. */
  readonly groups: readonly number[][];
}

/**
 * The align stage: claims stated by at least two documents, each with its member units
 * (certainty and the cues that decided it, the provenance nodes the unit names), the
 * number of outlets and the origins it traces to. A claim's text is its most central
 * member (the one most like the others), verbatim from the repaired text, and no two
 * claims show the same text.
 */
export function findClaims(
  documents: readonly Document[],
  trace: ProvenanceTrace,
  options: AlignOptions = DEFAULT_ALIGN,
): AlignedClaims {
  const units = claimUnits(documents);
  const groups = alignUnits(units, options);
  const claims = groups.map((g) => {
    const members = g
      .map((i) => units[i]!)
      .map((u) => {
        const sources =
          u.sentence === null ? [] : [...(trace.sentenceSources.get(u.doc)?.get(u.sentence) ?? [])];
        return {
          doc: u.doc,
          start: u.start,
          end: u.end,
          text: u.text,
          certainty: u.certainty,
          cues: u.cues.map((c) => ({ start: c.start, end: c.end })),
          sources,
        };
      })
      .sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start);
    const origins = new Set<string>();
    for (const m of members) for (const o of originsOf(trace, m.doc, m.sources)) origins.add(o);
    const central = g
      .map((i) => ({ i, score: g.reduce((s, j) => s + cosine(units[i]!.features, units[j]!.features), 0) }))
      .sort((a, b) => b.score - a.score || (units[a.i]!.kind === 'sentence' ? -1 : 1))
      .map((x) => units[x.i]!.text);
    return {
      claim: {
        id: contentId('c', members.map((m) => `${m.doc}:${m.start}`).join(' '), 10),
        text: central[0]!,
        members,
        outlets: new Set(members.map((m) => m.doc)).size,
        origins: independentOrigins(trace, origins),
      },
      central,
    };
  });
  const order = claims
    .map((c, i) => ({ ...c, g: groups[i]! }))
    .sort(
      (a, b) =>
        b.claim.outlets - a.claim.outlets ||
        b.claim.members.length - a.claim.members.length ||
        a.claim.id.localeCompare(b.claim.id),
    );
  // Two claims never show the same text: a claim whose most central member already names a
  // claim ranked above it is shown by its next most central member.
  const shown = new Set<string>();
  const named = order.map(({ claim, central }) => {
    const text = central.find((t) => !shown.has(t)) ?? claim.text;
    shown.add(text);
    return { ...claim, text };
  });
  return { claims: named, units, groups: order.map((x) => x.g) };
}
