import { contentId } from '../model/id.js';
import type { Document } from '../model/document.js';
import type { Span } from '../model/span.js';
import { repairedView } from '../repair/view.js';
import type { Dossier } from '../dossier/types.js';
import { STOP } from '../corpus/vectors.js';
import { family, featureIndex, unitSimilarity } from './align.js';
import type { AlignedClaims } from './claims.js';
import type { ProvenanceTrace } from './provenance.js';

export type Discrepancy = Dossier['discrepancies'][number];
type Value = Discrepancy['values'][number];

const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/;
const WEAK = new Set(['hedged', 'unconfirmed', 'denied']);
const SINGULAR = /\b(?:a|an|one|single|another)\s+((?:[\p{L}-]+ ){0,3}[\p{L}-]+)/giu;

/**
 * The compare stage: what the outlets disagree on, each with the exact spans.
 * Kinds: `quantity` (a claim's amounts differ and one outlet never mentions the
 * other's), `count` (one X vs several Xs), `date`, `source` (one report's sources
 * described differently by different outlets), `certainty` (asserted by one outlet,
 * hedged by another, or a headline stronger than its body), `spelling` (one name
 * written two ways) and `single-outlet` (a statement with its own facts that no
 * other outlet makes).
 */
export function compareClaims(
  documents: readonly Document[],
  aligned: AlignedClaims,
  trace: ProvenanceTrace,
): Discrepancy[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const views = new Map(documents.map((d) => [d.id, repairedView(d.text, d.repairs)]));
  const text = (doc: string, s: Span): string => {
    const v = views.get(doc)!;
    return v.text.slice(v.fromOriginal(s.start), v.fromOriginal(s.end));
  };
  const value = (doc: string, s: Span, normalized?: unknown): Value => ({
    doc,
    start: s.start,
    end: s.end,
    text: text(doc, s),
    ...(normalized === undefined ? {} : { normalized }),
  });
  const out: Array<Omit<Discrepancy, 'id'>> = [];
  const counts = new Map<string, { claim: string; values: Map<string, Value> }>();
  const inside = (x: Span, m: Span): boolean => x.start >= m.start && x.end <= m.end;

  aligned.claims.forEach((claim) => {
    const members = claim.members;
    // Quantities: per slot (kind and unit), the values each document states in this claim.
    const slots = new Map<string, Map<string, Value[]>>();
    for (const m of members) {
      const d = byId.get(m.doc)!;
      for (const q of d.quantities) {
        if (!inside(q, m) || q.kind === 'percent') continue;
        const slot = `${q.kind}:${q.unit}`;
        const perDoc = slots.get(slot) ?? new Map<string, Value[]>();
        slots.set(slot, perDoc);
        const list = perDoc.get(m.doc) ?? [];
        if (!list.some((v) => v.start === q.start))
          list.push(value(m.doc, q, { value: q.value, unit: q.unit }));
        perDoc.set(m.doc, list);
      }
    }
    for (const [slot, perDoc] of slots) {
      if (perDoc.size < 2) continue;
      const mentioned = (doc: string, v: number): boolean =>
        byId.get(doc)!.quantities.some((q) => `${q.kind}:${q.unit}` === slot && q.value === v);
      const odd: Value[] = [];
      for (const [doc, vs] of perDoc)
        for (const v of vs) {
          const n = (v.normalized as { value: number }).value;
          if ([...perDoc.keys()].some((other) => other !== doc && !mentioned(other, n))) odd.push(v);
        }
      if (new Set(odd.map((v) => v.doc)).size >= 2 && new Set(odd.map((v) => v.text)).size >= 2)
        out.push({
          kind: 'quantity',
          claim: claim.id,
          note: `outlets give different ${slot.split(':')[0]} figures for this claim: ${[...new Set(odd.map((v) => v.text))].join(' vs ')}`,
          values: odd,
        });
    }
    // Dates stated in the claim's members.
    const dates = members.flatMap((m) =>
      byId
        .get(m.doc)!
        .dates.filter((x) => inside(x, m))
        .map((x) => value(m.doc, x, x.value ? x.value.slice(0, 10) : `~${looseDate(text(m.doc, x))}`)),
    );
    const dateDocs = new Map<string, Set<string>>();
    for (const v of dates)
      dateDocs.set(v.doc, (dateDocs.get(v.doc) ?? new Set()).add(v.normalized as string));
    if (dateDocs.size >= 2) {
      const sets = [...dateDocs.values()];
      // Resolved dates are compared with resolved ones, dates as written (`~`) with dates as written.
      // Dates as written compare only when they name a month (`Tuesday` needs a reference date).
      const part = (set: Set<string>, loose: boolean): string[] =>
        [...set].filter((x) => x.startsWith('~') === loose && (!loose || MONTH.test(x)));
      const disjoint = [true, false].some((loose) =>
        sets.some((a, i) =>
          sets.some((b, j) => {
            const pa = part(a, loose);
            const pb = part(b, loose);
            return j > i && pa.length > 0 && pb.length > 0 && !pa.some((x) => pb.includes(x));
          }),
        ),
      );
      if (disjoint)
        out.push({
          kind: 'date',
          claim: claim.id,
          note: `outlets date this claim differently: ${[...new Set(dates.map((v) => v.text))].join(' vs ')}`,
          values: dates,
        });
    }
    // Grammatical number: `a front company` in one outlet, `front companies` in another.
    const singular = new Map<string, Value[]>();
    const plural = new Map<string, Value[]>();
    for (const m of members) {
      const t = m.text;
      if (!byId.get(m.doc)!.text.startsWith(t, m.start)) continue; // repaired text: offsets would not line up
      const base = m.start;
      // Values are the noun phrases (`a single US intelligence official`, `US and UK officials`).
      for (const x of t.matchAll(SINGULAR)) {
        let at = base + x.index! + x[0].length - x[1]!.length;
        for (const word of x[1]!.split(' ')) {
          const noun = word.toLowerCase();
          if (noun.length >= 4 && !/s$/.test(noun))
            singular.set(noun, [
              ...(singular.get(noun) ?? []),
              value(m.doc, { start: base + x.index!, end: at + word.length }),
            ]);
          at += word.length + 1;
        }
      }
      for (const x of t.matchAll(/\b([\p{L}-]{3,}?)(ies|s)\b/giu)) {
        const stemmed = x[1]!.toLowerCase() + (x[2]!.toLowerCase() === 'ies' ? 'y' : '');
        const at = base + x.index!;
        plural.set(stemmed, [
          ...(plural.get(stemmed) ?? []),
          value(m.doc, { start: base + modifiersBefore(t, x.index!), end: at + x[0].length }),
        ]);
      }
    }
    for (const [noun, ones] of singular) {
      const many = plural.get(noun);
      if (!many) continue;
      const oneDocs = new Set(ones.map((v) => v.doc));
      const manyOnly = many.filter((v) => !oneDocs.has(v.doc));
      if (!manyOnly.length) continue;
      // An outlet that itself uses both forms somewhere is not contradicting anyone.
      const pluralRe = new RegExp(
        `\\b${noun.endsWith('y') ? noun.slice(0, -1) + '(?:y|ies)' : noun + 's?'}\\b`,
        'giu',
      );
      const forms = (doc: string): Set<string> =>
        new Set(
          [...text(doc, { start: 0, end: byId.get(doc)!.text.length }).matchAll(pluralRe)].map((x) =>
            /(s|ies)$/i.test(x[0]) ? 'many' : 'one',
          ),
        );
      if ([...oneDocs].some((doc) => forms(doc).has('many'))) continue;
      // Phrases whose modifiers differ name different things (`an important asset`,
      // `frozen assets`): only phrases that agree with one on the other side count.
      const oneAgreeing = ones.filter((o) => manyOnly.some((m) => sameThing(o.text, m.text)));
      const manyAgreeing = manyOnly.filter((m) => oneAgreeing.some((o) => sameThing(o.text, m.text)));
      if (!manyAgreeing.length) continue;
      // One noun's count across several claims is one discrepancy with all its values.
      const entry = counts.get(noun) ?? { claim: claim.id, values: new Map<string, Value>() };
      counts.set(noun, entry);
      for (const v of [...oneAgreeing, ...manyAgreeing])
        if (!entry.values.has(`${v.doc}:${v.start}`)) entry.values.set(`${v.doc}:${v.start}`, v);
    }
    // Certainty drift.
    const strong = members.filter((m) => m.certainty === 'asserted');
    const weak = members.filter((m) => WEAK.has(m.certainty));
    const drift =
      strong.length > 0 &&
      weak.length > 0 &&
      strong.some((s) => weak.some((w) => w.doc !== s.doc || isHead(aligned, s)));
    if (drift) {
      const pick = (list: typeof members): Value[] =>
        [...new Map(list.map((m) => [m.doc, m])).values()].map((m) => value(m.doc, m, m.certainty));
      out.push({
        kind: 'certainty',
        claim: claim.id,
        note: `asserted by ${new Set(strong.map((m) => m.doc)).size} outlet(s), hedged or unconfirmed by ${new Set(weak.map((m) => m.doc)).size}`,
        values: [...pick(strong), ...pick(weak)],
      });
    }
  });

  for (const [noun, { claim, values }] of counts) {
    const vs = [...values.values()];
    const docsWith = (many: boolean): number =>
      new Set(vs.filter((v) => /(s|ies)$/i.test(v.text) === many).map((v) => v.doc)).size;
    out.push({
      kind: 'count',
      claim,
      note: `one ${noun} in ${docsWith(false)} outlet(s), several in ${docsWith(true)}`,
      values: vs,
    });
  }

  // Sources of one report described differently by different outlets.
  const nodeById = new Map(trace.graph.nodes.map((n) => [n.id, n]));
  for (const report of trace.graph.nodes.filter((n) => n.kind === 'news-organization')) {
    const cited = trace.graph.edges
      .filter((e) => e.from === report.id && e.kind === 'cites')
      .map((e) => e.to);
    const byHead = new Map<string, Value[]>();
    for (const id of cited) {
      const label = nodeById.get(id)?.label ?? '';
      const head = label.toLowerCase().match(/\p{L}+$/u)?.[0];
      if (!head) continue;
      const first = new Map<string, Value>();
      for (const m of trace.mentions.get(id) ?? [])
        if (!first.has(m.doc)) first.set(m.doc, value(m.doc, m, label));
      byHead.set(family(head), [...(byHead.get(family(head)) ?? []), ...first.values()]);
    }
    for (const [, vs] of byHead) {
      const labels = new Set(vs.map((v) => v.normalized as string));
      if (labels.size >= 2 && new Set(vs.map((v) => v.doc)).size >= 2)
        out.push({
          kind: 'source',
          note: `outlets describe the sources of ${report.label} differently: ${[...labels].join(' / ')}`,
          values: vs,
        });
    }
  }

  // One name written two ways.
  const names = new Map<string, { label: string; kind: string; v: Value }>();
  for (const d of documents)
    for (const e of d.entities) {
      const k = `${e.key}|${d.id}`;
      if (!names.has(k)) names.set(k, { label: e.label, kind: e.kind, v: value(d.id, e, e.key) });
    }
  const list = [...names.values()];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.v.doc === b.v.doc || a.kind !== b.kind || a.v.normalized === b.v.normalized) continue;
      const x = a.label.toLowerCase().replace(/[^\p{L}]/gu, '');
      const y = b.label.toLowerCase().replace(/[^\p{L}]/gu, '');
      if (x.length < 6 || (x !== y && editDistance(x, y) > 1)) continue;
      const key = [a.v.normalized, b.v.normalized].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        kind: 'spelling',
        note: `one name, two spellings: ${a.label} / ${b.label}`,
        values: [a.v, b.v],
      });
    }

  // Statements only one outlet makes: a unit with facts of its own (an amount, a date or a
  // name no other outlet mentions) that matches no unit of another outlet.
  const claimed = new Set(aligned.groups.flat());
  // Units by feature, to compare a unit only with units it shares a feature with.
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
    const d = byId.get(u.doc)!;
    const own =
      d.quantities.some((q) => inside(q, u)) ||
      d.dates.some((x) => x.value && !x.relative && inside(x, u)) ||
      d.entities.some((e) => inside(e, u) && docsNaming.get(e.key)!.size === 1);
    if (!own) return;
    if (matchesElsewhere(i)) return;
    out.push({ kind: 'single-outlet', note: 'only this outlet says this', values: [value(u.doc, u)] });
  });

  // Certainty drift seen through overlapping claims (a headline and the sentences under it)
  // is one drift: an entry whose members are mostly in a larger entry joins it.
  const keyOf = (v: Value): string => `${v.doc}:${v.start}`;
  const drifts = out.filter((x) => x.kind === 'certainty').sort((a, b) => b.values.length - a.values.length);
  const kept: Array<{ at: number; values: Value[]; keys: Set<string> }> = [];
  const merged = new Set<number>();
  for (const x of drifts) {
    const keys = new Set(x.values.map(keyOf));
    // The same assertion (its asserted members all there) hedged by mostly the same members.
    const asserted = x.values.filter((v) => v.normalized === 'asserted').map(keyOf);
    const home = kept.find(
      (k) =>
        asserted.every((key) => k.keys.has(key)) &&
        [...keys].filter((key) => k.keys.has(key)).length * 2 >= keys.size,
    );
    if (!home) {
      kept.push({ at: out.indexOf(x), values: [...x.values], keys });
      continue;
    }
    for (const v of x.values) {
      if (home.keys.has(keyOf(v))) continue;
      home.keys.add(keyOf(v));
      home.values.push(v);
    }
    merged.add(out.indexOf(x));
  }
  for (const { at, values } of kept) {
    // Asserted members first, then the hedged and unconfirmed ones.
    values.sort((a, b) => Number(b.normalized === 'asserted') - Number(a.normalized === 'asserted'));
    const outlets = (strong: boolean): number =>
      new Set(values.filter((v) => (v.normalized === 'asserted') === strong).map((v) => v.doc)).size;
    out[at] = {
      ...out[at]!,
      note: `asserted by ${outlets(true)} outlet(s), hedged or unconfirmed by ${outlets(false)}`,
      values,
    };
  }
  const afterDrift = out.filter((_, i) => !merged.has(i));

  // One discrepancy seen through several overlapping claims is reported once.
  const seenValues = new Set<string>();
  const unique = afterDrift.filter((x) => {
    const key = x.kind + ' ' + [...new Set(x.values.map((v) => `${v.doc}:${v.start}`))].sort().join(' ');
    if (seenValues.has(key)) return false;
    seenValues.add(key);
    return true;
  });
  return unique.map((x) => ({
    id: contentId('x', x.kind + x.values.map((v) => `${v.doc}:${v.start}`).join(' '), 10),
    ...x,
  }));
}

const DETERMINERS = new Set(['a', 'an', 'one', 'single', 'another', 'the', 'and']);

/** The modifiers of a counted noun phrase (`a North Korean front company` -> north, korean, front). */
function modifiersOf(phrase: string): Set<string> {
  return new Set(
    phrase
      .toLowerCase()
      .split(/\s+/)
      .slice(0, -1)
      .filter((w) => !DETERMINERS.has(w)),
  );
}

/** Two counted phrases may name the same thing: one has no modifier, or they share one. */
function sameThing(one: string, many: string): boolean {
  const a = modifiersOf(one);
  const b = modifiersOf(many);
  return a.size === 0 || b.size === 0 || [...a].some((w) => b.has(w));
}

/** Where the modifiers before a plural noun start: up to three adjectives, names or numbers (`US and UK`), not verbs or function words. */
function modifiersBefore(text: string, at: number): number {
  let start = at;
  for (let k = 0; k < 3; k++) {
    const m = /([\p{L}\p{N}-]+) $/u.exec(text.slice(Math.max(0, start - 40), start));
    if (!m) break;
    const word = m[1]!;
    const lower = word.toLowerCase();
    const verbLike = word !== word.toUpperCase() && /(ed|s)$/.test(lower); // `opened`, `releases`; not `US`
    if (lower !== 'and' && (STOP.has(lower) || verbLike)) break;
    start -= word.length + 1;
  }
  // A phrase does not start with `and`.
  while (/^and /i.test(text.slice(start, at))) start += 4;
  return start;
}

function isHead(aligned: AlignedClaims, m: { doc: string; start: number }): boolean {
  return aligned.units.some((u) => u.doc === m.doc && u.start === m.start && u.kind !== 'sentence');
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** An unresolved date as written, comparable across spellings: `Jan. 15` and `January 15` are `jan 15`. */
function looseDate(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*/gu, '$1')
    .replace(/\b(on|in|at|by|late|early|last|this|night|morning|afternoon|evening)\b/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
