import type { Certainty } from '../../model/document.js';
import type { AlignedClaims } from '../claims.js';
import { DEFAULT_ALIGN, family, unitSimilarity, type ClaimUnit } from '../align.js';
import { STOP } from '../../text/words.js';
import type { Finding, Reader } from './values.js';

/** Two members state one fact when they are as alike as a unit must be to join a claim. */
const SAME_STATEMENT = DEFAULT_ALIGN.join;
const WEAK = new Set<Certainty>(['hedged', 'unconfirmed', 'denied']);

/** Words that carry no predicate of their own between a hedge and what it governs. */
const AUXILIARY = new Set(
  'be been being is are was were has have had having to not also still even now then so very more most'.split(
    ' ',
  ),
);
/**
 * One word in two forms: the same word family, or a shared start that leaves at most two
 * letters of the shorter word (`seize` / `seized`, `hit` / `hitting`; not `loss` / `lost`).
 */
export function sameRoot(a: string, b: string): boolean {
  if (a === b || family(a) === family(b)) return true;
  const short = Math.min(a.length, b.length);
  let k = 0;
  while (k < short && a[k] === b[k]) k++;
  return k >= Math.min(4, short) && k >= short - 2;
}

/** Verbs whose complement carries the predicate: `has likely helped North Korea unblock funds`. */
const LIGHT = new Set(
  (
    'help helped helps helping permit permitted permits allow allowed allows let lets make made makes begin began ' +
    'begun start started try tried manage managed continue continued agree agreed seek sought plan planned ' +
    'attempt attempted decide decided want wanted get got take took give gave'
  ).split(' '),
);

/** Where the clause a hedge governs ends: punctuation or a word that opens another clause. */
const CLAUSE_END =
  /[,;:.!?()"“”]|\b(?:if|when|whether|after|before|because|since|unless|while|who|whom|which|that|and|but|or|as|until|though|although)\b/i;

/**
 * The predicate a hedge governs: `the building will likely be a total loss` hedges *total*
 * (loss), not the building; `might be alive if the driver had listened` hedges *alive*; `he
 * allegedly hit another car` hedges *hit*. The first word after each hedge cue, in its clause
 * (to the first punctuation or clause word), that is not an auxiliary, a name or a stop
 * word; past a light verb, its complement too (`helped … unblock`).
 */
export function hedgeScope(u: ClaimUnit, r: Reader): Set<string> {
  const out = new Set<string>();
  for (const c of u.cues) {
    if (c.certainty !== 'hedged' || c.end > u.end) continue;
    // A sentence adverb (`Reportedly, Russia has…`) governs the clause after its comma.
    const after = r.text(u.doc, { start: c.end, end: u.end }).replace(/^\s*,/, '');
    const clause = after.slice(0, after.search(CLAUSE_END) < 0 ? after.length : after.search(CLAUSE_END));
    for (const w of clause.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
      const lower = w.toLowerCase();
      if (/^\p{Lu}/u.test(w) || AUXILIARY.has(lower) || STOP.has(lower)) continue;
      out.add(lower);
      // A light verb hands the predicate on to its complement (`helped … unblock`, `permitted the release`).
      if (!LIGHT.has(lower)) break;
    }
  }
  return out;
}

/**
 * Certainty drift inside one claim: outlets that assert it against outlets that hedge,
 * doubt or deny it. Each outlet stands on one side only (an outlet that both asserts and
 * hedges the claim is on neither; its headline speaks apart from its body, so a headline
 * stronger than its body is a drift), each claim is reported once, and two claims whose
 * outlets split the same way are one drift. Only members alike enough to join one claim
 * on their own count: a claim also gathers sentences that merely share its words. A hedge
 * counts only when what it governs is stated by the asserting side (`will likely be a total
 * loss` against `was a total loss`), not when it hedges something else in the sentence
 * (`will likely die in prison after the judge handed down…` against `the judge handed down…`).
 */
export function certaintyDiscrepancies(aligned: AlignedClaims, r: Reader): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const unitAt = new Map(aligned.units.map((u) => [`${u.doc}:${u.start}`, u]));
  // Where headlines and decks start, by document (every member of every claim asks).
  const heads = new Map<string, Set<number>>();
  for (const u of aligned.units)
    if (u.kind !== 'sentence') {
      const starts = heads.get(u.doc);
      if (starts) starts.add(u.start);
      else heads.set(u.doc, new Set([u.start]));
    }
  for (const claim of aligned.claims) {
    type Member = (typeof claim.members)[number];
    const sides = new Map<string, { strong: Member[]; weak: Member[]; member: Member }>();
    for (const m of claim.members) {
      const voice = heads.get(m.doc)?.has(m.start) ? `${m.doc}:head` : m.doc;
      const s = sides.get(voice) ?? { strong: [], weak: [], member: m };
      if (m.certainty === 'asserted') s.strong.push(m);
      if (WEAK.has(m.certainty)) s.weak.push(m);
      sides.set(voice, s);
    }
    // Only statements of one fact drift: each side keeps the members that are like one on the other side.
    const like = (a: Member, b: Member): boolean => {
      const ua = unitAt.get(`${a.doc}:${a.start}`);
      const ub = unitAt.get(`${b.doc}:${b.start}`);
      if (!ua || !ub || unitSimilarity(ua, ub) < SAME_STATEMENT) return false;
      if (ub.certainty !== 'hedged') return true;
      const scope = [...hedgeScope(ub, r)];
      const stated = ua.text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
      return stated.some((w) => scope.some((x) => sameRoot(w, x)));
    };
    const strong0 = [...sides.values()].filter((s) => s.strong.length && !s.weak.length);
    const weak0 = [...sides.values()].filter((s) => s.weak.length && !s.strong.length);
    // Each side is shown by its member that meets a member of the other side (`like` reads
    // the asserting member first).
    const strongMembers = strong0.flatMap((s) => s.strong);
    const weakMembers = weak0.flatMap((w) => w.weak);
    const strong = strong0.flatMap((s) => {
      const m = s.strong.find((x) => weakMembers.some((t) => like(x, t)));
      return m ? [{ ...s, member: m }] : [];
    });
    const weak = weak0.flatMap((w) => {
      const m = w.weak.find((x) => strongMembers.some((t) => like(t, x)));
      return m ? [{ ...w, member: m }] : [];
    });
    if (!strong.length || !weak.length) continue;
    const voices = (list: typeof strong): string =>
      list
        .map((s) => `${s.member.doc}:${s.member.start}`)
        .sort()
        .join(',');
    const key = `${voices(strong)}|${voices(weak)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      kind: 'certainty',
      claim: claim.id,
      note: `asserted by ${new Set(strong.map((s) => s.member.doc)).size} outlet(s), hedged, unconfirmed or denied by ${new Set(weak.map((s) => s.member.doc)).size}`,
      values: [...strong, ...weak].map((s) => r.value(s.member.doc, s.member, s.member.certainty)),
    });
  }
  // Drift seen through overlapping claims (a headline and the sentences under it) is one
  // drift: an entry whose asserted members are all in a larger one, and half its members, joins it.
  const keyOf = (v: Finding['values'][number]): string => `${v.doc}:${v.start}`;
  const kept: Finding[] = [];
  for (const x of out.sort((a, b) => b.values.length - a.values.length)) {
    const home = kept.find((k) => {
      const keys = new Set(k.values.map(keyOf));
      const asserted = x.values.filter((v) => v.normalized === 'asserted');
      return (
        asserted.every((v) => keys.has(keyOf(v))) &&
        x.values.filter((v) => keys.has(keyOf(v))).length * 2 >= x.values.length
      );
    });
    if (!home) {
      kept.push({ ...x, values: [...x.values] });
      continue;
    }
    const values = home.values as Finding['values'][number][];
    for (const v of x.values) if (!values.some((h) => keyOf(h) === keyOf(v))) values.push(v);
    values.sort((a, b) => Number(b.normalized === 'asserted') - Number(a.normalized === 'asserted'));
  }
  return kept.map((x) => {
    const outlets = (strong: boolean): number =>
      new Set(x.values.filter((v) => (v.normalized === 'asserted') === strong).map((v) => v.doc)).size;
    return {
      ...x,
      note: `asserted by ${outlets(true)} outlet(s), hedged, unconfirmed or denied by ${outlets(false)}`,
    };
  });
}
