import type { ClaimUnit } from './align.js';
import type { AlignedClaims, Claim } from './claims.js';

/**
 * A sentence of document `doc` with the given features (weights, normalised here) and the name
 * words its names give: a claim unit for the brief's tests, built by hand.
 */
export const claimUnit = (
  doc: number,
  sentence: number,
  text: string,
  features: Record<string, number>,
  nameWords: readonly string[],
): ClaimUnit => {
  const norm = Math.sqrt(Object.values(features).reduce((s, x) => s + x * x, 0)) || 1;
  return {
    doc: `d${doc}`,
    docIndex: doc,
    start: sentence * 100,
    end: sentence * 100 + text.length,
    text,
    sentence,
    kind: 'sentence',
    certainty: 'asserted',
    cues: [],
    features: new Map(Object.entries(features).map(([k, x]) => [k, x / norm])),
    money: new Map(),
    nameWords: new Set(nameWords),
  };
};

/** Claims over `groups` of `units`, one outlet a document. */
export const alignedOver = (units: readonly ClaimUnit[], groups: number[][]): AlignedClaims => ({
  units,
  groups,
  claims: groups.map(
    (g, k): Claim => ({
      id: `c${k}`,
      text: units[g[0]!]!.text,
      members: g.map((i) => ({
        doc: units[i]!.doc,
        start: units[i]!.start,
        end: units[i]!.end,
        text: units[i]!.text,
        certainty: units[i]!.certainty,
        cues: [],
        sources: [],
      })),
      outlets: new Set(g.map((i) => units[i]!.doc)).size,
      origins: [],
    }),
  ),
});
