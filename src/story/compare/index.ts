import { contentId } from '../../model/id.js';
import type { Document } from '../../model/document.js';
import type { AlignedClaims } from '../claims.js';
import type { FactInContext } from '../facts.js';
import type { ProvenanceTrace } from '../provenance.js';
import { certaintyDiscrepancies } from './certainty.js';
import { countDiscrepancies } from './counts.js';
import { dateDiscrepancies, type StatementTest } from './dates.js';
import { figureDiscrepancies, resultDiscrepancies, soleSumDiscrepancies } from './figures.js';
import {
  acronymDiscrepancies,
  firstNameDiscrepancies,
  nameDiscrepancies,
  nameVariants,
  personAliases,
  placeAliases,
} from './names.js';
import { placeDiscrepancies } from './places.js';
import { roleDiscrepancies } from './roles.js';
import { singleOutletStatements } from './single-outlet.js';
import { sourceDiscrepancies } from './sources.js';
import { flightDiscrepancies } from './flights.js';
import { vehicleDiscrepancies } from './vehicles.js';
import { reader, valueKey, type Discrepancy, type Finding } from './values.js';
import { DEFAULT_ALIGN, unitSimilarity } from '../align.js';

/**
 * Two facts' sentences are members of one claim and alike enough to join it on their own; its
 * `claimsOf` names the claims a fact's sentence is a member of.
 */
function sameStatement(aligned: AlignedClaims): StatementTest {
  // Made when first asked (a story of one article never asks).
  let unitOf: Map<string, number> | undefined;
  let claimsOf: Map<number, Set<number>> | undefined;
  const made = (): [Map<string, number>, Map<number, Set<number>>] => {
    if (!unitOf || !claimsOf) {
      unitOf = new Map(aligned.units.map((u, i) => [`${u.doc}:${u.sentence}`, i]));
      const claims = new Map<number, Set<number>>();
      aligned.groups.forEach((g, gi) =>
        g.forEach((i) => claims.set(i, (claims.get(i) ?? new Set()).add(gi))),
      );
      claimsOf = claims;
    }
    return [unitOf, claimsOf];
  };
  // Read once a fact and once a pair of units: dates and figures ask this of every pair of facts.
  const unitOfFact = new WeakMap<FactInContext, number>();
  const unit = (f: FactInContext): number => {
    let i = unitOfFact.get(f);
    if (i === undefined) unitOfFact.set(f, (i = made()[0].get(`${f.doc}:${f.sentence}`) ?? -1));
    return i;
  };
  const alike = new Map<number, boolean>();
  const n = aligned.units.length;
  const test = (a: FactInContext, b: FactInContext): boolean => {
    const ia = unit(a);
    const ib = unit(b);
    if (ia < 0 || ib < 0) return false;
    const claims = made()[1];
    const ca = claims.get(ia);
    const cb = claims.get(ib);
    if (!ca || !cb) return false;
    let shared = false;
    for (const g of ca)
      if (cb.has(g)) {
        shared = true;
        break;
      }
    if (!shared) return false;
    let same = alike.get(ia * n + ib);
    if (same === undefined)
      alike.set(
        ia * n + ib,
        (same = unitSimilarity(aligned.units[ia]!, aligned.units[ib]!) >= DEFAULT_ALIGN.join),
      );
    return same;
  };
  const claimsOfFact = (f: FactInContext): Iterable<number> | undefined => {
    const i = unit(f);
    return i < 0 ? undefined : made()[1].get(i);
  };
  return Object.assign(test, { claimsOf: claimsOfFact });
}

/** Facts with each person key a spelling variant of another (see `personAliases`) read as that key. */
function samePeople(
  facts: readonly FactInContext[],
  alias: ReadonlyMap<string, string>,
): readonly FactInContext[] {
  if (!alias.size) return facts;
  return facts.map((f) => {
    const bar = f.about.indexOf('|');
    const head = bar < 0 ? f.about : f.about.slice(0, bar);
    const to = alias.get(head);
    // The sentence's words name the person by one key too (what links two sentences).
    const named = [...f.context].some((k) => k.startsWith('@') && alias.has(k.slice(1)));
    if (!to && !named) return f;
    return {
      ...f,
      about: to ? to + (bar < 0 ? '' : f.about.slice(bar)) : f.about,
      context: named
        ? new Set(
            [...f.context].map((k) =>
              k.startsWith('@') && alias.has(k.slice(1)) ? `@${alias.get(k.slice(1))}` : k,
            ),
          )
        : f.context,
    };
  });
}

export type { Discrepancy } from './values.js';

/**
 * The compare stage: what the outlets disagree on, each with the exact spans. Factual kinds
 * come from typed facts aligned by what they are about (`count`, `quantity`, `age`, `time`,
 * `update`, `date`, `place`, `spelling`), and the getaway `vehicle` from the sentences; `certainty` from the members of one claim; `source`
 * from the provenance graph; `single-outlet` from sentences no other outlet matches. One
 * module per kind, in the order they are reported.
 */
export function compareStory(
  documents: readonly Document[],
  written: readonly FactInContext[],
  aligned: AlignedClaims,
  trace: ProvenanceTrace,
): Discrepancy[] {
  const r = reader(documents, trace);
  // Each finding names the comparison that decided it.
  const by = (rule: string, list: readonly Finding[]): Finding[] => list.map((x) => ({ ...x, rule }));
  const statement = sameStatement(aligned);
  // Figures, results, dates, places and roles are compared across documents only: the facts
  // of one document (a single article analysed) are not compared at all, where pairs of them
  // would be read only to be passed over. Spellings are compared within a document too.
  const across = written.some((f) => f.doc !== written[0]!.doc);
  // A person written two ways across outlets is one person for the other comparisons.
  // Names written several ways, read once: for the spelling finding and for these aliases.
  const variants = nameVariants(written);
  const places = placeAliases(variants);
  const facts = across
    ? samePeople(written, personAliases(variants)).map((f) =>
        f.kind === 'place' && places.has(f.value as string)
          ? { ...f, value: places.get(f.value as string)! }
          : f,
      )
    : written;
  const figures = joinTallies(
    by('compare:figures', across ? figureDiscrepancies(facts, r, statement) : []),
    facts,
  );
  const found: Finding[] = [
    ...figures,
    ...joinSums(
      figures,
      by(
        'compare:sole-sums',
        across ? soleSumDiscrepancies(facts, r, statement, (f) => statement.claimsOf?.(f) ?? []) : [],
      ),
    ),
    ...by('compare:results', across ? resultDiscrepancies(facts, r) : []),
    ...by('compare:dates', across ? dateDiscrepancies(facts, r, statement) : []),
    ...by('compare:places', across ? placeDiscrepancies(facts, r, statement) : []),
    ...by('compare:spelling', nameDiscrepancies(variants, r)),
    ...by('compare:roles', across ? roleDiscrepancies(facts, r) : []),
    ...by('compare:first-names', across ? firstNameDiscrepancies(written, r) : []),
    ...by('compare:vehicles', vehicleDiscrepancies(documents, r)),
    ...by('compare:flights', flightDiscrepancies(documents, r)),
    ...by('compare:acronym', acronymDiscrepancies(documents, r)),
    ...by('compare:one-against-several', countDiscrepancies(aligned, r)),
    ...by('compare:certainty-drift', certaintyDiscrepancies(aligned, r)),
    ...by('compare:source-descriptions', sourceDiscrepancies(trace, r)),
    ...by('compare:single-outlet', singleOutletStatements(documents, aligned, r)),
  ];
  // One discrepancy seen twice (the same values) is reported once; so is a year a figure entry
  // already sets against another (`built in 1962` / `built in 1972`: the year built, not also
  // a date of the story).
  const seen = new Set<string>();
  const figureSpans = new Set<string>();
  return found
    .filter((x) => {
      const spans = [...new Set(x.values.map((v) => `${v.doc}:${v.start}`))].sort().join(' ');
      if (x.kind === 'quantity') figureSpans.add(spans);
      if (x.kind === 'date' && figureSpans.has(spans)) return false;
      const key = x.kind + ' ' + spans;
      return !seen.has(key) && seen.add(key);
    })
    .map((x) => ({
      id: contentId('x', x.kind + x.values.map((v) => `${v.doc}:${v.start}`).join(' '), 10),
      ...x,
    }));
}

/**
 * A vote's tally is one figure of two sides (`by 212 votes to 198`): when both sides differ
 * across outlets, the entry for the votes against joins the entry for the votes for, told as
 * tallies (`212 to 198 vs 210 to 200`), each outlet on the side of its tally. The entry for one
 * side alone stays as it is.
 */
function joinTallies(figures: Finding[], facts: readonly FactInContext[]): Finding[] {
  const side = new Map<string, FactInContext>();
  for (const f of facts)
    if (f.about === 'noun:vote' || f.about === 'noun:vote-against') side.set(`${f.doc}:${f.start}`, f);
  if (!side.size) return figures;
  const sidesOf = (x: Finding, about: string): FactInContext[] | null => {
    const list = x.values.map((v) => side.get(`${v.doc}:${v.start}`));
    return list.every((f) => f?.about === about) ? (list as FactInContext[]) : null;
  };
  const sentences = (list: readonly FactInContext[]): string =>
    [...new Set(list.map((f) => `${f.doc}|${f.sentence}`))].sort().join(' ');
  const out = [...figures];
  for (const against of figures) {
    const no = sidesOf(against, 'noun:vote-against');
    if (!no) continue;
    const i = out.findIndex((x) => {
      const yes = x !== against && sidesOf(x, 'noun:vote');
      return yes && sentences(yes) === sentences(no);
    });
    if (i < 0) continue;
    const yes = sidesOf(out[i]!, 'noun:vote')!;
    const tally = (f: FactInContext): string =>
      `${f.value} to ${no.find((x) => x.doc === f.doc && x.sentence === f.sentence)!.value}`;
    out[i] = {
      ...out[i]!,
      note: `outlets give different tallies: ${[...new Set(yes.map(tally))].join(' vs ')}`,
      values: [...out[i]!.values, ...against.values].sort(
        (a, b) => a.doc.localeCompare(b.doc) || a.start - b.start,
      ),
    };
    out.splice(out.indexOf(against), 1);
  }
  return out;
}

/**
 * Sums one statement gives (`80 million euros' worth of gems` / `an estimated €85 million`) that
 * a figure entry already sets against each other through another sentence of one outlet: the
 * outlets join that entry, each on the side of its value, instead of a second entry of the
 * same conflict.
 */
function joinSums(figures: Finding[], sums: Finding[]): Finding[] {
  const rest: Finding[] = [];
  for (const x of sums) {
    const spot = new Set(x.values.map((v) => `${v.doc}:${v.start}`));
    const keys = new Set(x.values.map(valueKey));
    const into = figures.find(
      (f) =>
        (f.kind === 'quantity' || f.kind === 'update') &&
        f.values.some((v) => spot.has(`${v.doc}:${v.start}`)) &&
        [...keys].every((k) => f.values.some((v) => valueKey(v) === k)),
    );
    if (!into) {
      rest.push(x);
      continue;
    }
    const have = new Set(into.values.map((v) => `${v.doc}:${v.start}`));
    (into.values as Array<Finding['values'][number]>).push(
      ...x.values.filter((v) => !have.has(`${v.doc}:${v.start}`)),
    );
  }
  return rest;
}
