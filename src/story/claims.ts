import { contentId } from '../model/id.js';
import { readUrl } from '../metadata/outlets.js';
import type { Document } from '../model/document.js';
import type { Dossier } from '../model/dossier.js';
import { cosine } from '../text/similarity.js';
import {
  alignUnits,
  claimUnits,
  copyItems,
  DEFAULT_ALIGN,
  featureIndex,
  unitSimilarity,
  type AlignOptions,
  type ClaimUnit,
} from './align.js';
import { independentOrigins, originsOf, type ProvenanceTrace } from './provenance.js';

export type Claim = Dossier['claims'][number];

/** A line that is an address, not a statement (scraped text often starts with the page's URL). */
export const isAddress = (text: string): boolean => readUrl(text) !== null;

/**
 * A denial is a statement about the claim it denies: `the army denied it carried out the
 * strike` joins the claim `the army bombed the camp`. A denying sentence of one outlet joins
 * the claim of other outlets it is most like, at half the usual bar (a denial restates the
 * claim in its own words, around its cue), when it is not already a member of one.
 */
export function joinDenials(
  units: readonly ClaimUnit[],
  groups: number[][],
  options: AlignOptions,
): number[][] {
  const member = new Set(groups.flat());
  // Units sharing a feature with the denial: the others are 0 alike, read without a cosine.
  const byFeature = featureIndex(units);
  const shares = new Uint8Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.certainty !== 'denied' || member.has(i)) continue;
    shares.fill(0);
    for (const k of u.features.keys()) for (const j of byFeature.get(k)!) shares[j] = 1;
    let best = -1;
    let score = options.join / 2;
    groups.forEach((g, gi) => {
      const others = g.filter((j) => units[j]!.doc !== u.doc);
      if (!others.length) return;
      const s =
        others.reduce((x, j) => x + (shares[j] ? unitSimilarity(u, units[j]!) : 0), 0) / others.length;
      if (s >= score) {
        score = s;
        best = gi;
      }
    });
    if (best >= 0) groups[best]!.push(i);
  }
  return groups;
}

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
  const outletOf = new Map(
    documents.filter((d) => d.outlet).map((d) => [d.id, d.outlet!.toLowerCase().replace(/^the\s+/, '')]),
  );
  const units = claimUnits(documents);
  const copies = copyItems(units);
  // The text a claim is shown by: a body sentence (never a headline or deck while the claim
  // has a body sentence), the most central first. Address lines are no units (claimUnits).
  const shownBy = units.map((u) => (u.kind === 'sentence' ? 0 : 1));
  const groups = joinDenials(units, alignUnits(units, options, copies), options);
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
    // Copies of one item (see copyItems) score alike: each item is scored once.
    const scores = new Map<number, number>();
    const score = (i: number): number => {
      const a = copies.item[i]!;
      let s = scores.get(a);
      if (s === undefined) {
        s = g.reduce((x, j) => x + cosine(units[i]!.features, units[j]!.features), 0);
        scores.set(a, s);
      }
      return s;
    };
    const central = g
      .map((i) => ({ i, score: score(i) }))
      .sort((a, b) => shownBy[a.i]! - shownBy[b.i]! || b.score - a.score)
      .map((x) => units[x.i]!.text);
    return {
      claim: {
        id: contentId('c', members.map((m) => `${m.doc}:${m.start}`).join(' '), 10),
        text: central[0]!,
        members,
        // Outlets, not articles: two articles of one outlet count once (an article whose outlet is unknown counts alone).
        outlets: new Set(members.map((m) => outletOf.get(m.doc) ?? m.doc)).size,
        origins: independentOrigins(trace, origins),
        // Contested: some outlet's member denies it or says it cannot be confirmed.
        ...(members.some((m) => m.certainty === 'denied' || m.certainty === 'unconfirmed')
          ? { contested: true }
          : {}),
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
  // A claim every member of which already names a claim ranked above it repeats those
  // claims and is left out.
  const kept = order.flatMap((x) => {
    const text = x.central.find((t) => !shown.has(t));
    if (text === undefined) return [];
    shown.add(text);
    return [{ ...x, text }];
  });
  const named = kept.map(({ claim, text }) => ({ ...claim, text }));
  return { claims: named, units, groups: kept.map((x) => x.g) };
}
