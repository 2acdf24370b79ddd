import type { Certainty } from '../../model/document.js';
import type { AlignedClaims } from '../claims.js';
import { DEFAULT_ALIGN, unitSimilarity } from '../align.js';
import type { Finding, Reader } from './values.js';

/** Two members state one fact when they are as alike as a unit must be to join a claim. */
const SAME_STATEMENT = DEFAULT_ALIGN.join;
const WEAK = new Set<Certainty>(['hedged', 'unconfirmed', 'denied']);

/**
 * Certainty drift inside one claim: outlets that assert it against outlets that hedge,
 * doubt or deny it. Each outlet stands on one side only (an outlet that both asserts and
 * hedges the claim is on neither; its headline speaks apart from its body, so a headline
 * stronger than its body is a drift), each claim is reported once, and two claims whose
 * outlets split the same way are one drift. Only members alike enough to join one claim
 * on their own count: a claim also gathers sentences that merely share its words.
 */
export function certaintyDiscrepancies(aligned: AlignedClaims, r: Reader): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const unitAt = new Map(aligned.units.map((u) => [`${u.doc}:${u.start}`, u]));
  const heads = new Set(aligned.units.filter((u) => u.kind !== 'sentence').map((u) => `${u.doc}:${u.start}`));
  for (const claim of aligned.claims) {
    const sides = new Map<
      string,
      { strong: boolean; weak: boolean; member: (typeof claim.members)[number] }
    >();
    for (const m of claim.members) {
      const voice = heads.has(`${m.doc}:${m.start}`) ? `${m.doc}:head` : m.doc;
      const s = sides.get(voice) ?? { strong: false, weak: false, member: m };
      if (m.certainty === 'asserted') s.strong = true;
      if (WEAK.has(m.certainty)) {
        s.weak = true;
        s.member = m;
      }
      sides.set(voice, s);
    }
    // Only statements of one fact drift: each side keeps the members that are like one on the other side.
    const like = (a: (typeof claim.members)[number], b: (typeof claim.members)[number]): boolean => {
      const ua = unitAt.get(`${a.doc}:${a.start}`);
      const ub = unitAt.get(`${b.doc}:${b.start}`);
      return !!ua && !!ub && unitSimilarity(ua, ub) >= SAME_STATEMENT;
    };
    const strong0 = [...sides.values()].filter((s) => s.strong && !s.weak);
    const weak0 = [...sides.values()].filter((s) => s.weak && !s.strong);
    const strong = strong0.filter((s) => weak0.some((w) => like(s.member, w.member)));
    const weak = weak0.filter((w) => strong0.some((s) => like(s.member, w.member)));
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
