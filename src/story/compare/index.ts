import { contentId } from '../../model/id.js';
import type { Document } from '../../model/document.js';
import type { AlignedClaims } from '../claims.js';
import type { FactInContext } from '../facts.js';
import type { ProvenanceTrace } from '../provenance.js';
import { certaintyDiscrepancies } from './certainty.js';
import { countDiscrepancies } from './counts.js';
import { dateDiscrepancies } from './dates.js';
import { figureDiscrepancies, resultDiscrepancies } from './figures.js';
import { acronymDiscrepancies, nameDiscrepancies } from './names.js';
import { placeDiscrepancies } from './places.js';
import { roleDiscrepancies } from './roles.js';
import { singleOutletStatements } from './single-outlet.js';
import { sourceDiscrepancies } from './sources.js';
import { reader, type Discrepancy, type Finding } from './values.js';
import { DEFAULT_ALIGN, unitSimilarity } from '../align.js';

/** Two facts' sentences are members of one claim and alike enough to join it on their own. */
function sameStatement(aligned: AlignedClaims): (a: FactInContext, b: FactInContext) => boolean {
  const unitOf = new Map(aligned.units.map((u, i) => [`${u.doc}:${u.sentence}`, i]));
  const claimsOf = new Map<number, Set<number>>();
  aligned.groups.forEach((g, gi) =>
    g.forEach((i) => claimsOf.set(i, (claimsOf.get(i) ?? new Set()).add(gi))),
  );
  return (a, b) => {
    const ia = unitOf.get(`${a.doc}:${a.sentence}`);
    const ib = unitOf.get(`${b.doc}:${b.sentence}`);
    if (ia === undefined || ib === undefined) return false;
    const shared = [...(claimsOf.get(ia) ?? [])].some((g) => claimsOf.get(ib)?.has(g));
    return shared && unitSimilarity(aligned.units[ia]!, aligned.units[ib]!) >= DEFAULT_ALIGN.join;
  };
}

export type { Discrepancy } from './values.js';

/**
 * The compare stage: what the outlets disagree on, each with the exact spans. Factual kinds
 * come from typed facts aligned by what they are about (`count`, `quantity`, `age`, `time`,
 * `update`, `date`, `place`, `spelling`); `certainty` from the members of one claim; `source`
 * from the provenance graph; `single-outlet` from sentences no other outlet matches. One
 * module per kind, in the order they are reported.
 */
export function compareStory(
  documents: readonly Document[],
  facts: readonly FactInContext[],
  aligned: AlignedClaims,
  trace: ProvenanceTrace,
): Discrepancy[] {
  const r = reader(documents);
  // Each finding names the comparison that decided it.
  const by = (rule: string, list: readonly Finding[]): Finding[] => list.map((x) => ({ ...x, rule }));
  const statement = sameStatement(aligned);
  const found: Finding[] = [
    ...by('compare:figures', figureDiscrepancies(facts, r, statement)),
    ...by('compare:results', resultDiscrepancies(facts, r)),
    ...by('compare:dates', dateDiscrepancies(facts, r, statement)),
    ...by('compare:places', placeDiscrepancies(facts, r)),
    ...by('compare:spelling', nameDiscrepancies(facts, r)),
    ...by('compare:roles', roleDiscrepancies(facts, r)),
    ...by('compare:acronym', acronymDiscrepancies(documents, r)),
    ...by('compare:one-against-several', countDiscrepancies(aligned, r)),
    ...by('compare:certainty-drift', certaintyDiscrepancies(aligned, r)),
    ...by('compare:source-descriptions', sourceDiscrepancies(trace, r)),
    ...by('compare:single-outlet', singleOutletStatements(documents, aligned, r)),
  ];
  // One discrepancy seen twice (the same values) is reported once.
  const seen = new Set<string>();
  return found
    .filter((x) => {
      const key = x.kind + ' ' + [...new Set(x.values.map((v) => `${v.doc}:${v.start}`))].sort().join(' ');
      return !seen.has(key) && seen.add(key);
    })
    .map((x) => ({
      id: contentId('x', x.kind + x.values.map((v) => `${v.doc}:${v.start}`).join(' '), 10),
      ...x,
    }));
}
