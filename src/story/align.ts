import type { Certainty, CertaintyCue, Document } from '../model/document.js';
import { spansWithin, type Span } from '../model/span.js';
import { repairedView, type RepairedView } from '../repair/view.js';
import { STOP, stem } from '../text/words.js';
import { cosine } from '../text/similarity.js';
import { CLAIM_SYNONYMS, NOT_CLAIM_FAMILIES, SYNONYMS } from './synonyms.js';
import { attribute } from '../attribution/attribute.js';
import { SparseLinkage } from '../text/linkage.js';
import { readUrl } from '../metadata/outlets.js';
import { proposedSimilarities, type SimilarityRows } from '../text/similarity-rows.js';

/** A stretch of an article that can state a claim: a body sentence, or the title or deck line. */
export interface ClaimUnit extends Span {
  readonly doc: string;
  readonly docIndex: number;
  /** Repaired text of the unit. */
  readonly text: string;
  /** Index into the document's sentences, or null for a title or deck. */
  readonly sentence: number | null;
  readonly kind: 'title' | 'deck' | 'sentence';
  readonly certainty: Certainty;
  readonly cues: readonly CertaintyCue[];
  /** Weighted features: word families, entity keys, quantities, dates. */
  readonly features: ReadonlyMap<string, number>;
  /** Money figures stated, by currency. */
  readonly money: ReadonlyMap<string, ReadonlySet<number>>;
  /** Word families of the names it holds (`vell` of `Ana Vell`): words of who, not of what happened. */
  readonly nameWords: ReadonlySet<string>;
  /**
   * Entity keys (as features, `@person:ana-vell`) of the names that report it (the source or
   * recipient of an attribution: _Vell said_, _told the Herald_): who tells, not who took part.
   */
  readonly reporters?: ReadonlySet<string>;
  /**
   * Of a denial: its features outside who denies (`The government denied that any ransom had
   * been paid, spokeswoman Nadia Orsel said` -> government, deny, ransom, paid). A denial is
   * like only a unit sharing one of them: what it denies, not who speaks.
   */
  readonly denies?: ReadonlySet<string>;
  /** Index of its document's lead, the first sentence that states something (see `leadSentence`). */
  readonly lead?: number;
}

export interface AlignOptions {
  /** Average-linkage similarity at which two groups of units are one claim. */
  readonly threshold: number;
  /** Similarity to a claim's members at which a unit also supports that claim. */
  readonly join: number;
  /** Outlets that must share an anchor term. */
  readonly anchorDocs: number;
  /** Largest share of the story's units an anchor term may appear in. */
  readonly anchorShare: number;
  /** Mean cross-document similarity of an anchor's units. */
  readonly anchorCohesion: number;
  /**
   * Sentences after the lead that make an article's opening, where news tells its central
   * event (who, what, when, where: the top of the inverted pyramid); see `centralEventUnits`.
   */
  readonly opening: number;
}

export const DEFAULT_ALIGN: AlignOptions = {
  threshold: 0.15,
  join: 0.25,
  anchorDocs: 3,
  anchorShare: 0.15,
  anchorCohesion: 0.2,
  opening: 3,
};

/** The word family of a word: its synonym family, or its light stem. */
export function family(w: string): string {
  let f = families.get(w);
  if (f === undefined) {
    const s = stem(w);
    f = SYNONYMS.get(w) ?? SYNONYMS.get(s) ?? s;
    // Words recur across a story's thousands of units: each is looked up once (up to a bound).
    if (families.size >= FAMILIES_KEPT) families.clear();
    families.set(w, f);
  }
  return f;
}

/**
 * The family a word stands for in a claim's features: a family only claims read
 * (`CLAIM_SYNONYMS`: `sparked` / `triggered`), or its family (see `family`), except the
 * families claim alignment reads as separate words (`NOT_CLAIM_FAMILIES`: what befell people,
 * `released`), where it is its light stem.
 */
export function claimFamily(w: string): string {
  const only = CLAIM_SYNONYMS.get(w) ?? CLAIM_SYNONYMS.get(stem(w));
  if (only !== undefined) return only;
  const f = family(w);
  return NOT_CLAIM_FAMILIES.has(f) ? stem(w) : f;
}

/** Families of the words met lately (see `family`), and how many are kept. */
const families = new Map<string, string>();
const FAMILIES_KEPT = 100_000;

/** The words of a text, lowercased (letters, inner apostrophes and hyphens). */
const wordsIn = (text: string): string[] => text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [];

export function rawFeatures(
  d: Document,
  text: string,
  span: Span,
  tellers: readonly Span[] = [],
): Map<string, number> {
  const f = new Map<string, number>();
  const add = (k: string, n = 1): void => {
    f.set(k, Math.max(f.get(k) ?? 0, n));
  };
  // Words and names inside `tellers` (who tells: a source or recipient) are left out.
  let said = text;
  for (const t of tellers)
    if (t.start >= span.start && t.end <= span.end && said.length === span.end - span.start)
      said =
        said.slice(0, t.start - span.start) + ' '.repeat(t.end - t.start) + said.slice(t.end - span.start);
  const told = (x: Span): boolean => tellers.some((t) => x.start >= t.start && x.end <= t.end);
  for (const w of wordsIn(said)) if (w.length > 2 && !STOP.has(w) && !AGE_WORD.test(w)) add(claimFamily(w));
  for (const e of spansWithin(d.entities, span)) if (!told(e)) add(`@${e.key}`, 1.5);
  for (const q of spansWithin(d.quantities, span)) add(`#${q.kind}:${q.value}:${q.unit}`, 1.5);
  for (const x of spansWithin(d.dates, span)) if (x.value) add(`%${x.value.slice(0, 10)}`, 1.5);
  return f;
}

/**
 * The word of an age before a noun (`year-old` of `a 12-year-old girl`, `the 12-year-old
 * aircraft`): it tells how old something is, not what a sentence tells, as a number does not.
 */
const AGE_WORD = /^(?:year|month|week|day)s?-old$/;

/**
 * The index of a document's lead: its first sentence that states something. A page often
 * carries a timestamp line above the lead (`Updated 6:10 p.m. GMT`, `March 4, 2031`,
 * `PUBLISHED: 09:12 GMT, 4 March 2031`) that the sentence layer reads as a sentence; it tells
 * when the page was written, not what happened. A sentence with no word outside its date
 * mentions but the words of a timestamp (`TIMESTAMP_WORDS`; words of one or two letters, `a.
 * m.`, `ET`, are no words) is such a line, and the lead is the sentence after it.
 */
export function leadSentence(d: Document): number {
  for (let i = 0; i < d.sentences.length; i++) {
    const s = d.sentences[i]!;
    let text = d.text.slice(s.start, s.end);
    for (const x of spansWithin(d.dates, s))
      text = text.slice(0, x.start - s.start) + ' '.repeat(x.end - x.start) + text.slice(x.end - s.start);
    if (wordsIn(text).some((w) => w.length > 2 && !TIMESTAMP_WORDS.has(w))) return i;
  }
  return 0;
}

/** Words of a timestamp line besides its date and time: what was done to the page, when, and time zones. */
const TIMESTAMP_WORDS: ReadonlySet<string> = new Set([
  'published',
  'updated',
  'posted',
  'last',
  'at',
  'on',
  'gmt',
  'utc',
  'bst',
  'edt',
  'est',
  'cet',
]);

/** How a written web address can start (see `readUrl`). */
const ADDRESS_START = /^\s*[hw]/i;

/** Units of a story's documents with story-weighted feature vectors (rarer within the story = weightier). */
export function claimUnits(documents: readonly Document[]): ClaimUnit[] {
  // Each unit is made with its features empty, and given them once the story's word counts are
  // known (from its raw features, kept beside it).
  const units: Array<{ -readonly [K in keyof ClaimUnit]: ClaimUnit[K] }> = [];
  const raw: Array<Map<string, number>> = [];
  documents.forEach((d, docIndex) => {
    const view = repairedView(d.text, d.repairs);
    const slice = (s: Span): string => view.text.slice(view.fromOriginal(s.start), view.fromOriginal(s.end));
    const bySentence = new Map(d.certainties.map((c) => [c.sentence, c]));
    const tellers = tellersBySentence(d);
    const reporters = reportersBySentence(d, tellers);
    const lead = leadSentence(d);
    const add = (
      span: Span,
      kind: ClaimUnit['kind'],
      sentence: number | null,
      c: { certainty: Certainty; cues: readonly CertaintyCue[] } | undefined,
    ): void => {
      const text = slice(span);
      units.push({
        doc: d.id,
        docIndex,
        start: span.start,
        end: span.end,
        text,
        sentence,
        kind,
        certainty: c?.certainty ?? 'asserted',
        cues: c?.cues ?? [],
        money: moneySlots(d, span),
        nameWords: new Set(spansWithin(d.entities, span).flatMap((e) => wordsIn(slice(e)).map(claimFamily))),
        reporters: (sentence === null ? undefined : reporters.get(sentence)) ?? NO_REPORTERS,
        features: NO_FEATURES,
        lead,
        ...(c?.certainty === 'denied' && sentence !== null && deniesOwnSubject(d, sentence, view) === false
          ? { denies: new Set(rawFeatures(d, text, span, tellers.get(sentence)).keys()) }
          : {}),
      });
      raw.push(rawFeatures(d, text, span));
    };
    // Headlines and decks are not in the sentence layer: read their certainty the same way.
    const heads = d.blocks.flatMap((b, block) =>
      (b.label === 'title' || b.label === 'deck') && readUrl(slice(b)) === null
        ? [{ start: b.start, end: b.end, block }]
        : [],
    );
    const headCertainty = heads.length ? attribute(view, heads, d.entities).certainties : [];
    heads.forEach((b, h) =>
      add(
        b,
        d.blocks[b.block]!.label === 'title' ? 'title' : 'deck',
        null,
        headCertainty.find((x) => x.sentence === h),
      ),
    );
    // A line that is the page's address is not a statement (scraped text often starts with it).
    d.sentences.forEach((s, i) => {
      const text = slice(s);
      // An address starts with `http` or `www` (readUrl reads the rest).
      if (!ADDRESS_START.test(text) || readUrl(text) === null) add(s, 'sentence', i, bySentence.get(i));
    });
  });
  const df = new Map<string, number>();
  for (const r of raw) for (const k of r.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = raw.length;
  for (const [i, u] of units.entries()) {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, x] of raw[i]!) {
      const w = x * Math.log(1 + n / df.get(k)!);
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, x] of v) v.set(k, x / norm);
    u.features = v;
  }
  return units;
}

/**
 * The entity keys (as features) of the sources and recipients of a document's attributions, by
 * the sentence they are in (see `ClaimUnit.reporters`).
 */
function reportersBySentence(
  d: Document,
  tellers: ReadonlyMap<number, readonly Span[]>,
): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const [sentence, spans] of tellers)
    for (const r of spans)
      for (const e of spansWithin(d.entities, r)) {
        let l = out.get(sentence);
        if (!l) out.set(sentence, (l = new Set()));
        l.add(`@${e.key}`);
      }
  return out;
}

/** Who tells, by sentence: the spans of the sources and recipients of its attributions. */
function tellersBySentence(d: Document): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  for (const a of d.attributions)
    for (const r of [a.source, a.recipient])
      if (r) {
        let l = out.get(a.sentence);
        if (!l) out.set(a.sentence, (l = []));
        l.push(r);
      }
  return out;
}
const NO_REPORTERS: ReadonlySet<string> = new Set();

/** The features of a unit not yet weighed (see `claimUnits`). */
const NO_FEATURES: ReadonlyMap<string, number> = new Map();

/** Money figures of a span by currency: `USD` -> the values stated. */
function moneySlots(d: Document, span: Span): ReadonlyMap<string, ReadonlySet<number>> {
  const m = new Map<string, Set<number>>();
  for (const q of spansWithin(d.quantities, span))
    if (q.kind === 'money') {
      if (!m.has(q.unit)) m.set(q.unit, new Set());
      m.get(q.unit)!.add(q.value);
    }
  return m;
}

/** Money figures in one currency that differ: a sign that two units state different facts. */
function conflicting(a: ClaimUnit, b: ClaimUnit): boolean {
  if (!a.money.size || !b.money.size) return false;
  for (const [unit, va] of a.money) {
    const vb = b.money.get(unit);
    if (vb && ![...va].some((x) => vb.has(x))) return true;
  }
  return false;
}

/** Some sum of money both units state, in one currency. */
export function sharesMoney(a: ClaimUnit, b: ClaimUnit): boolean {
  for (const [unit, va] of a.money) {
    const vb = b.money.get(unit);
    if (vb && [...va].some((x) => vb.has(x))) return true;
  }
  return false;
}

const LEAD_WEIGHT = 2;
const isLead = (u: ClaimUnit): boolean => u.kind !== 'sentence' || u.sentence === (u.lead ?? 0);

/** Similarity of two units from different documents (0 for units of one document). */
export function unitSimilarity(a: ClaimUnit, b: ClaimUnit): number {
  if (a.doc === b.doc) return 0;
  return weighed(a, b, cosine(a.features, b.features));
}

/** The similarity of two units of different documents from the cosine of their features. */
function weighed(a: ClaimUnit, b: ClaimUnit, s0: number): number {
  if (deniesOther(a, b) || deniesOther(b, a)) return 0;
  // Leads (headline, deck, first sentence) of two articles state the main event: weigh their likeness up.
  const s = isLead(a) && isLead(b) ? Math.min(1, s0 * LEAD_WEIGHT) : s0;
  return conflicting(a, b) ? s * 0.5 : s;
}

/**
 * Whether a sentence's denial is of something its speaker did (`The army denied it carried out
 * the strike`, `denied carrying out`, `denied any wrongdoing`: the speaker is what the claim is
 * about) or of something with a subject of its own (`The government denied that any ransom had
 * been paid`): true, false, or null when the sentence has no denial with a named speaker.
 */
function deniesOwnSubject(d: Document, sentence: number, view: RepairedView): boolean | null {
  const a = d.attributions.find((x) => x.sentence === sentence && x.certainty === 'denied' && x.source);
  if (!a) return null;
  const said = view.text
    .slice(view.fromOriginal(a.content.start), view.fromOriginal(a.content.end))
    .replace(/^\s*(?:that\s+)?/i, '');
  return !OWN_SUBJECT_DENIED.test(said);
}
/** A denied clause with a subject of its own: a noun phrase (`any ransom`, `payment card numbers`), not a pronoun or a verb. */
const OWN_SUBJECT_DENIED =
  /^(?!(?:it|he|she|they|we|i|you)\b)(?:(?:any|the|a|an|its|his|her|their|some|all|no|payment|such)\s+)?\p{L}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+(?:had|has|have|was|were|is|are|would|will|could|did|been)\b/u;

/** A denial sharing nothing with the other unit but who speaks: it denies something else. */
function deniesOther(a: ClaimUnit, b: ClaimUnit): boolean {
  if (!a.denies) return false;
  for (const k of a.denies) if (b.features.has(k)) return false;
  return true;
}

/**
 * {@link weighed} for units `i` and `j` of a list, with whether each is a lead and states money
 * read once into typed arrays (a story's pairs ask millions of times).
 */
function weigher(units: readonly ClaimUnit[]): (i: number, j: number, s0: number) => number {
  const lead = Uint8Array.from(units, (u) => (isLead(u) ? 1 : 0));
  const money = Uint8Array.from(units, (u) => (u.money.size ? 1 : 0));
  const denial = units.some((u) => u.denies);
  return (i, j, s0) => {
    if (denial && (deniesOther(units[i]!, units[j]!) || deniesOther(units[j]!, units[i]!))) return 0;
    const s = lead[i]! && lead[j]! ? Math.min(1, s0 * LEAD_WEIGHT) : s0;
    return money[i]! && money[j]! && conflicting(units[i]!, units[j]!) ? s * 0.5 : s;
  };
}

/**
 * Feature -> the units (indices, ascending) that have it. Align, denials and the single-outlet
 * reading each ask for the index of the story's units: it is made once per array of units.
 */
export function featureIndex(units: readonly ClaimUnit[]): ReadonlyMap<string, readonly number[]> {
  let index = featureIndexes.get(units);
  if (index) return index;
  const made = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const k of u.features.keys()) {
      let l = made.get(k);
      if (!l) made.set(k, (l = []));
      l.push(i);
    }
  });
  featureIndexes.set(units, (index = made));
  return index;
}

/** The feature index of each array of units asked for (see `featureIndex`). */
const featureIndexes = new WeakMap<readonly ClaimUnit[], ReadonlyMap<string, readonly number[]>>();

/**
 * Statements copied verbatim into many articles (a wire story syndicated by dozens of
 * outlets): units with the same features, lead position and money figures, told by at
 * least `COPIES` units, are one item; every other unit is an item of its own. Returns the
 * item of each unit and the units of each item (ascending), items in the order of their
 * first unit, so a story without such copies has one item a unit, in unit order.
 */
export function copyItems(units: readonly ClaimUnit[]): { item: Int32Array; items: number[][] } {
  const key = (u: ClaimUnit): string => {
    let k = isLead(u) ? 'L' : 'B';
    for (const [f, w] of u.features) k += `\u0000${f}\u0001${w}`;
    for (const [c, v] of u.money) k += `\u0002${c}:${[...v].join(',')}`;
    return k;
  };
  // A short signature first (lead, sizes, first feature): units of one key share it, so only
  // units whose signature at least COPIES units share have their whole key written.
  const signature = (u: ClaimUnit): string => {
    const [f, w] = u.features.entries().next().value!;
    return `${isLead(u) ? 'L' : 'B'}${u.features.size}:${u.money.size}\u0000${f}\u0001${w}`;
  };
  const signatures: Array<string | null> = units.map((u) => (u.features.size ? signature(u) : null));
  const shared = new Map<string, number>();
  for (const s of signatures) if (s !== null) shared.set(s, (shared.get(s) ?? 0) + 1);
  const byKey = new Map<string, number[]>();
  units.forEach((u, i) => {
    // A unit with no features is like nothing, not even its copies.
    const s = signatures[i];
    if (s === null || s === undefined || shared.get(s)! < COPIES) return;
    const k = key(u);
    const l = byKey.get(k);
    if (l) l.push(i);
    else byKey.set(k, [i]);
  });
  const copied = new Map<number, number[]>();
  for (const l of byKey.values()) if (l.length >= COPIES) copied.set(l[0]!, l);
  const item = new Int32Array(units.length).fill(-1);
  const items: number[][] = [];
  for (let i = 0; i < units.length; i++) {
    if (item[i]! >= 0) continue;
    const l = copied.get(i) ?? [i];
    for (const j of l) item[j] = items.length;
    items.push(l);
  }
  return { item, items };
}

/** Units told this many times verbatim are one item for pairing and merging (see `copyItems`). */
const COPIES = 5;
/**
 * Features held by more items than this propose no pairs: they are shared with too many
 * statements to point to one fact (they still count in the similarity of pairs proposed by
 * rarer features). A fixed number keeps the pairs, and the work, linear in the story.
 */
const PROPOSE_MAX = 60;

/**
 * Groups units stating the same fact: average-linkage clustering over cross-document
 * similarities, then each unit also joins every other group it matches well (a headline
 * often compresses several claims). Groups spanning one document only are dropped.
 *
 * Verbatim copies (`copyItems`) start as one cluster and are compared once: the pairs
 * between two items count as many times as they have copies in different documents.
 * Merges of equal average are taken by their lower item first (`SparseLinkage`), so the
 * claims do not hang on the order in which the links are kept.
 */
export function alignUnits(
  units: readonly ClaimUnit[],
  options: AlignOptions = DEFAULT_ALIGN,
  copies: { item: Int32Array; items: number[][] } = copyItems(units),
): number[][] {
  const n = units.length;
  const { items } = copies;
  // The document of each unit, as its index, and as the first index of its id (read often).
  const docOf = Int32Array.from(units, (u) => u.docIndex);
  const idOf = new Map<string, number>();
  const docIdOf = Int32Array.from(units, (u) => {
    let k = idOf.get(u.doc);
    if (k === undefined) idOf.set(u.doc, (k = u.docIndex));
    return k;
  });
  /** Whether the units of `list` are of two documents at least (by id). */
  const ofSeveral = (list: readonly number[]): boolean => {
    for (let k = 1; k < list.length; k++) if (docIdOf[list[k]!] !== docIdOf[list[0]!]) return true;
    return false;
  };
  const m = items.length;
  const first = items.map((l) => units[l[0]!]!);
  // Documents of each item: document index -> copies there.
  const docsOf = items.map((l) => {
    const d = new Map<number, number>();
    for (const i of l) d.set(units[i]!.docIndex, (d.get(units[i]!.docIndex) ?? 0) + 1);
    return d;
  });
  /** Pairs of units, one of each item, in different documents. */
  const crossPairs = (a: number, b: number): number => {
    const la = items[a]!.length;
    const lb = items[b]!.length;
    if (la === 1 && lb === 1) return first[a]!.docIndex === first[b]!.docIndex ? 0 : 1;
    const small = docsOf[a]!.size <= docsOf[b]!.size ? docsOf[a]! : docsOf[b]!;
    const large = small === docsOf[a] ? docsOf[b]! : docsOf[a]!;
    let same = 0;
    for (const [d, k] of small) same += k * (large.get(d) ?? 0);
    return a === b ? (la * la - same) / 2 : la * lb - same;
  };
  // Similarity of two copies of one item in different documents.
  const self = first.map((u, a) =>
    items[a]!.length > 1 ? weighed(u, u, cosine(u.features, u.features)) : 0,
  );
  const byItem = featureIndex(first);
  // Pairs are proposed by the features they share, except features so common that they
  // propose too many pairs (they still count in the similarity of proposed pairs).
  const sim = proposedSimilarities(
    first.map((u) => u.features),
    byItem,
    PROPOSE_MAX,
    // Items with copies in several documents are compared with every other item.
    Int32Array.from(first, (u, a) => (docsOf[a]!.size > 1 ? -1 - a : u.docIndex)),
    weigher(first),
  );
  // Average linkage; the average divides by the cross-document member pairs between two groups.
  const perDoc = docsOf.map((d) => new Map(d));
  // The one document of each group, or -1 when it has several.
  const sole = Int32Array.from(docsOf, (d) => (d.size === 1 ? d.keys().next().value! : -1));
  // The members of each group (the linkage's member lists, as numbers read at every link).
  const size = Int32Array.from(items, (l) => l.length);
  const min = options.threshold / 4;
  const copiedItems = items.some((l) => l.length > 1);
  // The links of the linkage: each pair once, from the higher part of each row (half the
  // entries of the rows at most, in typed columns: a long story has about a million).
  const most = sim.start[m]! / 2;
  const pa = new Int32Array(most);
  const pb = new Int32Array(most);
  const ps = new Float64Array(most);
  let links = 0;
  for (let a = 0; a < m; a++)
    for (let e = sim.higher[a]!; e < sim.start[a + 1]!; e++) {
      const x = sim.value[e]!;
      if (x < min) continue;
      const b = sim.unit[e]!;
      // Two single units are of two documents (the proposal skips pairs of one document): one pair.
      const k = copiedItems && (items[a]!.length > 1 || items[b]!.length > 1) ? crossPairs(a, b) : 1;
      if (!k) continue;
      pa[links] = a;
      pb[links] = b;
      ps[links++] = x * k;
    }
  // The group whose document counts are spread in `counts` (see `pairs`), or -1.
  let spread = -1;
  const counts = new Int32Array(units.reduce((x, u) => Math.max(x, u.docIndex + 1), 0));
  // The sum of copies times copies over the documents two groups both hold, and the callbacks
  // that spread, clear and read the counts (made once: the linkage asks millions of times).
  let same = 0;
  let large: ReadonlyMap<number, number> = new Map();
  const spreadOne = (k: number, d: number): void => {
    counts[d] = k;
  };
  const unspread = (_: number, d: number): void => {
    counts[d] = 0;
  };
  const addSpread = (k: number, d: number): void => {
    same += k * counts[d]!;
  };
  const addLarge = (k: number, d: number): void => {
    same += k * (large.get(d) ?? 0);
  };
  const linkage: SparseLinkage = new SparseLinkage(
    m,
    { a: pa, b: pb, s: ps, length: links },
    {
      pairs: (a, b): number => {
        const all = size[a]! * size[b]!;
        // Two groups each of one document: all their pairs, or none.
        if (sole[a]! >= 0 && sole[b]! >= 0) return sole[a] === sole[b] ? 0 : all;
        // One group of one document: its members times the other's in that document.
        if (sole[a]! >= 0) return all - size[a]! * (perDoc[b]!.get(sole[a]!) ?? 0);
        if (sole[b]! >= 0) return all - size[b]! * (perDoc[a]!.get(sole[b]!) ?? 0);
        // Counts of the documents both groups hold (whole numbers: the order of the sum does not
        // matter). The linkage asks for one group's pairs with each of its neighbours in turn:
        // that group's counts are spread into a table once, and a neighbour with fewer documents
        // is read against it; otherwise the group with fewer documents is read against the other.
        // (forEach, not for-of: no entry array a document, at millions of asks.)
        if (spread !== a) {
          if (spread >= 0) perDoc[spread]!.forEach(unspread);
          spread = a;
          perDoc[a]!.forEach(spreadOne);
        }
        same = 0;
        if (perDoc[b]!.size <= perDoc[a]!.size) perDoc[b]!.forEach(addSpread);
        else {
          large = perDoc[b]!;
          perDoc[a]!.forEach(addLarge);
        }
        return all - same;
      },
      onMerge: (into, from) => {
        // The spread counts are the group's before the merge: spread again when next asked.
        if (spread >= 0) perDoc[spread]!.forEach(unspread);
        spread = -1;
        size[into] = size[into]! + size[from]!;
        size[from] = 0;
        if (sole[into] !== sole[from]) sole[into] = -1;
        const to = perDoc[into]!;
        perDoc[from]!.forEach((k, d) => to.set(d, (to.get(d) ?? 0) + k));
      },
    },
    items.map((l) => [...l]),
  );
  linkage.run(options.threshold);
  const groups = linkage.members.filter(ofSeveral);
  // Anchors: a word or name that at least `anchorDocs` outlets use in sentences that are,
  // on average, alike is one fact told several ways; it joins the group it mostly
  // overlaps, or makes a group of its own.
  const groupsOf = new Map<number, Set<number>>();
  const enter = (i: number, gi: number): void => {
    let set = groupsOf.get(i);
    if (!set) groupsOf.set(i, (set = new Set()));
    set.add(gi);
  };
  groups.forEach((g, gi) => g.forEach((i) => enter(i, gi)));
  const byFeature = featureIndex(units);
  const inDoc = new Int32Array(units.reduce((x, u) => Math.max(x, u.docIndex + 1), 0));
  // The leads telling the story's central event (see `centralLeads`) are read as one more anchor.
  const central = centralLeads(units, byFeature, options);
  const anchors: Iterable<readonly [string, readonly number[]]> = central
    ? [...byFeature, central]
    : byFeature;
  // A lead already in a claim would take the anchor's claim as one more: it does so on the
  // evidence a second membership rests on (see `sharesTwoWordsWithSome`), not on the anchor's
  // word alone. A lead sums up the story, so it holds the story's words of evaluation, state and
  // background (`the worst`, `calm`, `fresh`) that body sentences of other events hold too.
  const secondByAnchor = (i: number): boolean => isLead(units[i]!) && (groupsOf.get(i)?.size ?? 0) > 0;
  // The group the central leads made or joined, if any (see `centralEventUnits`).
  let centralGroup = -1;
  for (const [f, list] of anchors) {
    const isCentral = list === central?.[1];
    // Fewer units than `anchorDocs` are in fewer documents.
    if ((!isCentral && list.length > n * options.anchorShare) || list.length < options.anchorDocs) continue;
    // Units of the list in each document, counted in a typed array.
    let docs = 0;
    for (const i of list) if (inDoc[docOf[i]!]!++ === 0) docs++;
    let same = 0;
    for (const i of list) {
      const c = inDoc[docOf[i]!]!;
      same += c * c;
      inDoc[docOf[i]!] = 0;
    }
    if (docs < options.anchorDocs) continue;
    const pairs = (list.length * list.length - same) / 2;
    // Every copy of an item holds the item's features: the items of the list are the list's.
    let total: number;
    if (!copiedItems) total = sim.sumWithin(list);
    else {
      // (Copies of a lead are leads: the central leads' items are the holders that are leads.)
      const holders = isCentral ? byItem.get(f)!.filter((a) => isLead(first[a]!)) : byItem.get(f)!;
      total = sim.sumWithin(holders, crossPairs);
      for (const a of holders) if (items[a]!.length > 1) total += self[a]! * crossPairs(a, a);
    }
    if (!pairs || total / pairs < options.anchorCohesion) continue;
    const members = isCentral
      ? list
      : list.filter((i) => !secondByAnchor(i) || sharesTwoWordsWithSome(units, i, list, docOf));
    // The group it overlaps most, when that overlap is at least half (Jaccard).
    const overlap = new Map<number, number>();
    for (const i of members)
      for (const gi of groupsOf.get(i) ?? []) overlap.set(gi, (overlap.get(gi) ?? 0) + 1);
    let into = -1;
    for (const [gi, x] of overlap) {
      const g = groups[gi]!;
      if (x / (g.length + members.length - x) >= 0.5) {
        into = gi;
        break;
      }
    }
    if (isCentral) centralGroup = into >= 0 ? into : groups.length;
    if (into >= 0) {
      const g = groups[into]!;
      const have = new Set(g);
      for (const i of members)
        if (!have.has(i)) {
          g.push(i);
          enter(i, into);
        }
    } else {
      groups.push([...members]);
      for (const i of members) enter(i, groups.length - 1);
    }
  }
  // The sentences of an article's opening that tell the central event join the central leads' claim.
  if (central && centralGroup >= 0) {
    const g = groups[centralGroup]!;
    const have = new Set(g);
    for (const i of centralEventUnits(units, central, options))
      if (!have.has(i)) {
        g.push(i);
        enter(i, centralGroup);
      }
  }
  // Second memberships: only groups holding a neighbour of the unit can reach the bar, and only
  // a unit sharing two words of what happened with one of their members (see
  // sharesTwoWordsWithSome) joins one.
  const joins = secondMemberships(units, copies, groups, groupsOf, sim, self, docOf, options.join);
  // In unit order, as if the units were visited one by one.
  const extended = groups.map((g) => [...g]);
  if (copiedItems) joins.sort((x, y) => x[0] - y[0]);
  for (const [i, gi] of joins) extended[gi]!.push(i);
  return distinctGroups(units, extended);
}

/**
 * The second memberships of `alignUnits`: unit -> group pairs, by item, where the unit's mean
 * similarity to the group's members of other documents reaches `join` and it shares two words
 * of what happened with one of them (see `sharesTwoWordsWithSome`). Only groups holding a
 * neighbour of the unit (or another copy of it) can reach the bar: the mean over a group
 * reaches `join` only if some member does.
 */
function secondMemberships(
  units: readonly ClaimUnit[],
  copies: { item: Int32Array; items: number[][] },
  groups: readonly number[][],
  groupsOf: ReadonlyMap<number, ReadonlySet<number>>,
  sim: SimilarityRows,
  self: readonly number[],
  docOf: Int32Array,
  join: number,
): Array<[number, number]> {
  const { item, items } = copies;
  const m = items.length;
  const joins: Array<[number, number]> = [];
  const row = new Float64Array(m);
  // The groups of each unit, as arrays (indexed loops below: millions of steps, no iterator).
  const groupsAt: Array<readonly number[]> = new Array<readonly number[]>(units.length).fill(NO_GROUPS);
  for (const [i, set] of groupsOf) groupsAt[i] = [...set];
  // Candidate groups of the item, marked by item; and the groups of the unit read, by unit.
  const candidates: number[] = [];
  const candidateOf = new Int32Array(groups.length).fill(-1);
  const heldBy = new Int32Array(groups.length).fill(-1);
  const propose = (l: readonly number[], a: number): void => {
    for (let x = 0; x < l.length; x++) {
      const at = groupsAt[l[x]!]!;
      for (let y = 0; y < at.length; y++) {
        const gi = at[y]!;
        if (candidateOf[gi] !== a) {
          candidateOf[gi] = a;
          candidates.push(gi);
        }
      }
    }
  };
  for (let a = 0; a < m; a++) {
    candidates.length = 0;
    for (let e = sim.start[a]!; e < sim.start[a + 1]!; e++)
      if (sim.value[e]! >= join) propose(items[sim.unit[e]!]!, a);
    if (self[a]! >= join) propose(items[a]!, a);
    if (!candidates.length) continue;
    sim.scatter(a, row);
    row[a] = self[a]!;
    const sorted = candidates.sort((x, y) => x - y);
    const copiesOfA = items[a]!;
    for (let x = 0; x < copiesOfA.length; x++) {
      const i = copiesOfA[x]!;
      const own = groupsAt[i]!;
      for (let y = 0; y < own.length; y++) heldBy[own[y]!] = i;
      const doc = docOf[i]!;
      for (let y = 0; y < sorted.length; y++) {
        const gi = sorted[y]!;
        if (heldBy[gi] === i) continue;
        // The mean similarity to the group's members of other documents, summed in group order.
        const g = groups[gi]!;
        let others = 0;
        let sum = 0;
        for (let z = 0; z < g.length; z++) {
          const j = g[z]!;
          if (docOf[j]! !== doc) {
            others++;
            sum += row[item[j]!]!;
          }
        }
        if (others && sum / others >= join && sharesTwoWordsWithSome(units, i, g, docOf)) joins.push([i, gi]);
      }
    }
    sim.clear(a, row);
    row[a] = 0;
  }
  return joins;
}

/**
 * The units of the articles' openings that tell the story's central event, as its leads tell it
 * (see `centralLeads`). A story of one event tells it again and again in each article's first
 * sentences, each time in other words (_the crane collapsed at Velmar docks_, _the collapse
 * halted work at Velmar_, _the port authority's crane gave way_): linked by shared rare words,
 * those sentences fall into small claims of their own. What they share is the event's word and
 * its participants: the names the outlets' leads agree on. A unit of an article's opening (its
 * headline, deck, lead or one of the `opening` sentences after it) holding the central word and
 * such a name (an entity key the central leads of at least `anchorDocs` documents hold, not as
 * the source or recipient of a report: who tells is not who took part) tells the central event.
 * A body sentence stating a figure or a date tells a fact of its own that claims align by it (a
 * later toll, an earlier event, when something else happened), and sentences further down
 * (background, reactions) are left to the linkage.
 */
export function centralEventUnits(
  units: readonly ClaimUnit[],
  central: readonly [string, readonly number[]],
  options: AlignOptions,
): number[] {
  const [word, leads] = central;
  // Whether unit u names participant k (an entity key it holds, not as a reporter).
  const names = (u: ClaimUnit, k: string): boolean => u.features.has(k) && !u.reporters?.has(k);
  // Entity keys of the central leads -> the documents whose leads name them.
  const docsOf = new Map<string, Set<number>>();
  for (const i of leads)
    for (const k of units[i]!.features.keys())
      if (k.startsWith('@') && names(units[i]!, k)) {
        let s = docsOf.get(k);
        if (!s) docsOf.set(k, (s = new Set()));
        s.add(units[i]!.docIndex);
      }
  const agreed = [...docsOf].filter(([, d]) => d.size >= options.anchorDocs).map(([k]) => k);
  if (!agreed.length) return [];
  const out: number[] = [];
  units.forEach((u, i) => {
    if (u.sentence !== null && u.sentence - (u.lead ?? 0) > options.opening) return;
    if (!u.features.has(word) || !agreed.some((k) => names(u, k))) return;
    if (!isLead(u)) for (const k of u.features.keys()) if (k.startsWith('#') || k.startsWith('%')) return;
    out.push(i);
  });
  return out;
}

/** The groups of a unit in none. */
const NO_GROUPS: readonly number[] = [];

/** Features that are no word: entity keys, quantities, dates. */
const NOT_WORD = /^[@#%]/;

/**
 * The story's central event as its leads tell it. News leads with what happened, so the
 * outlets' leads (headline, deck, first sentence) share a word of it (`fired`, `election`,
 * `rehab`), a word that runs through the bodies too: held by more than `anchorShare` of the
 * story's units, too common to be an anchor of one fact. Each lead is often more like a body
 * sentence of another outlet than like the other leads, so the linkage spreads the leads over
 * several claims. Of those words, the word of what happened (no name, figure or date, nor a word of a name in
 * a lead holding it) held by the leads of the most documents, at least `anchorDocs` (then by
 * more leads, then the word): it and the leads holding it, read as an anchor is (they make one
 * claim when alike on average), or null.
 */
export function centralLeads(
  units: readonly ClaimUnit[],
  byFeature: ReadonlyMap<string, readonly number[]>,
  options: AlignOptions,
): readonly [string, number[]] | null {
  let best: [string, number[]] | null = null;
  let bestDocs = 0;
  for (const [f, list] of byFeature) {
    if (list.length <= units.length * options.anchorShare || NOT_WORD.test(f)) continue;
    const leads = list.filter((i) => isLead(units[i]!));
    if (leads.some((i) => units[i]!.nameWords.has(f))) continue;
    const docs = new Set(leads.map((i) => units[i]!.docIndex)).size;
    if (docs < options.anchorDocs) continue;
    if (
      !best ||
      docs > bestDocs ||
      (docs === bestDocs &&
        (leads.length > best[1].length || (leads.length === best[1].length && f < best[0])))
    ) {
      best = [f, leads];
      bestDocs = docs;
    }
  }
  return best;
}

/**
 * Rule `claims:other-participant`: whether two units each name people taking part (entity keys
 * of persons, not as the source or recipient of a report: who tells is not who took part) and
 * none in common. What happened to one person is another instance of it than what happened to
 * another, whatever words the two sentences share (`the club sacked coach Marta Velin after a
 * poor start` / `striker Jonas Brekke has also made a poor start`): such a member is no evidence
 * that a unit tells its claim (see `sharesTwoWordsWithSome`). A unit naming no one (a pronoun,
 * a role: `the coach`) is not told apart this way.
 */
function namesOtherPeople(a: ClaimUnit, b: ClaimUnit): boolean {
  const pa = peopleOf(a);
  if (!pa.length) return false;
  const pb = peopleOf(b);
  return pb.length > 0 && !pa.some((k) => pb.includes(k));
}

/** The entity keys (as features) of the people a unit names taking part, read once a unit. */
function peopleOf(u: ClaimUnit): readonly string[] {
  let p = people.get(u);
  if (!p) {
    p = [...u.features.keys()].filter((k) => k.startsWith(PERSON) && !u.reporters?.has(k));
    people.set(u, p);
  }
  return p;
}
const people = new WeakMap<ClaimUnit, readonly string[]>();
const PERSON = '@person:';

/**
 * Whether unit `i` shares two words or more with some member of `group` in another document,
 * words of what happened: not names (`vell` of `Ana Vell`, nor her entity key), figures or
 * dates. A short sentence is like a claim's members on one common word (`I've had a great
 * time.` and a quote ending `at this time`), and any sentence of a story is like many others
 * on its names (the protagonist, the place, the team): a second membership rests on two words
 * that tell what happened, which sentences telling one event share, with a member that names
 * none but the people the unit names, if both name people (see `namesOtherPeople`).
 */
function sharesTwoWordsWithSome(
  units: readonly ClaimUnit[],
  i: number,
  group: readonly number[],
  docOf: Int32Array,
): boolean {
  const u = units[i]!.features;
  const names = units[i]!.nameWords;
  for (const j of group) {
    if (docOf[j] === docOf[i] || namesOtherPeople(units[i]!, units[j]!)) continue;
    const v = units[j]!.features;
    const small = u.size <= v.size ? u : v;
    const large = small === u ? v : u;
    const namesOfJ = units[j]!.nameWords;
    let shared = 0;
    for (const k of small.keys())
      if (large.has(k) && !NOT_WORD.test(k) && !names.has(k) && !namesOfJ.has(k) && ++shared === 2)
        return true;
  }
  return false;
}

/**
 * Makes claims distinct: a group whose members mostly (80%) sit in a larger group tells the
 * same fact and is folded into it, so no two claims share most of their members. A sentence
 * still sits in several groups when it tells several facts.
 */
export function distinctGroups(units: readonly ClaimUnit[], groups: readonly number[][]): number[][] {
  const kept = groups
    .map((g) => [...new Set(g)])
    .filter((g) => new Set(g.map((i) => units[i]!.doc)).size >= 2)
    .sort((a, b) => b.length - a.length);
  let out: number[][] = kept;
  // Members of g each group of `next` holds, counted in a typed array (groups touched listed).
  const shared = new Int32Array(kept.length);
  const touched: number[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    const next: number[][] = [];
    // Unit -> the groups of `next` holding it, so overlaps are counted from the unit's side.
    const holding: Array<number[] | undefined> = new Array<number[] | undefined>(units.length);
    const hold = (i: number, o: number): void => {
      const l = holding[i];
      if (l) l.push(o);
      else holding[i] = [o];
    };
    for (const g of out.sort((a, b) => b.length - a.length)) {
      // The first group of `next` holding 80% of g.
      // (Indexed loops: a long story's groups hold tens of thousands of members in all.)
      touched.length = 0;
      for (let x = 0; x < g.length; x++) {
        const l = holding[g[x]!];
        if (l)
          for (let y = 0; y < l.length; y++) {
            const o = l[y]!;
            if (shared[o]!++ === 0) touched.push(o);
          }
      }
      let into = -1;
      for (let y = 0; y < touched.length; y++) {
        const o = touched[y]!;
        if (shared[o]! >= 0.8 * g.length && (into < 0 || o < into)) into = o;
        shared[o] = 0;
      }
      if (into >= 0) {
        for (const i of g)
          if (!holding[i]?.includes(into)) {
            next[into]!.push(i);
            hold(i, into);
          }
        changed = true;
      } else {
        next.push([...g]);
        for (const i of g) hold(i, next.length - 1);
      }
    }
    out = next;
  }
  return out;
}
