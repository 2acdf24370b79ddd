import { DATELINE } from '../text/dateline.js';
import { contentId } from '../model/id.js';
import { readUrl } from '../metadata/outlets.js';
import type { Document } from '../model/document.js';
import type { Dossier } from '../model/dossier.js';
import { cosine } from '../text/similarity.js';
import type { Span } from '../model/span.js';
import { repairedView, type RepairedView } from '../repair/view.js';
import { STOP } from '../text/words.js';
import {
  alignUnits,
  family,
  claimUnits,
  copyItems,
  DEFAULT_ALIGN,
  featureIndex,
  rawFeatures,
  unitSimilarity,
  type AlignOptions,
  type ClaimUnit,
} from './align.js';
import { NearSets } from './near-sets.js';
import {
  COMPANY_NOUN,
  creditsNewsOrganisation,
  independentOrigins,
  originsOf,
  toldNewsOrganisations,
  type ProvenanceTrace,
} from './provenance.js';

export type Claim = Dossier['claims'][number];

/** A line that is an address, not a statement (scraped text often starts with the page's URL). */
export const isAddress = (text: string): boolean => readUrl(text) !== null;

/**
 * A denial is a statement about the claim it denies: `the army denied it carried out the
 * strike` joins the claim `the army bombed the camp`. A denying sentence of one outlet joins
 * the claim of other outlets it is most like, at half the usual bar (a denial restates the
 * claim in its own words, around its cue), when it is not already a member of one; failing
 * that, the claim its own article reported just before it ({@link answeredClaim}).
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
  const marked: number[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.certainty !== 'denied' || member.has(i)) continue;
    // Marked when a claim of other outlets is first met: a denial in a story of one article (or
    // whose claims are all its own article's) reads no units.
    let read = false;
    let best = -1;
    let score = options.join / 2;
    groups.forEach((g, gi) => {
      const others = g.filter((j) => units[j]!.doc !== u.doc);
      if (!others.length) return;
      if (!read) {
        read = true;
        for (const j of marked) shares[j] = 0;
        marked.length = 0;
        for (const k of u.features.keys())
          for (const j of byFeature.get(k)!)
            if (!shares[j]) {
              shares[j] = 1;
              marked.push(j);
            }
      }
      const s =
        others.reduce((x, j) => x + (shares[j] ? unitSimilarity(u, units[j]!) : 0), 0) / others.length;
      if (s >= score) {
        score = s;
        best = gi;
      }
    });
    if (best < 0) best = answeredClaim(units, groups, i);
    if (best >= 0) groups[best]!.push(i);
  }
  return groups;
}

/**
 * The claim a denial answers in its own article: news reports a claim, then the denial of
 * it in short words (`The army bombed the camp, officials said. The army denied it carried
 * out the strike.`). The claim with a member of the same document among the three sentences
 * before the denial that shares a word or a name with it, the nearest first; -1 when none.
 *
 * Rule `claims:denial-answers-what`: a claim whose member shares
 * a word of what happened with the denial (not a word of a name, nor a name, figure or date) is
 * taken before one sharing only names. Who denies and whom it concerns are named in the
 * sentences around it, telling other events (`Ostrava lost the 2027 election to Halm.` / `Halm
 * denied that Ostrava had won.`): what is denied is told by its words (`won`).
 */
function answeredClaim(
  units: readonly ClaimUnit[],
  groups: readonly number[][],
  i: number,
  maxGap = 3,
  skip: ReadonlySet<number> = new Set(),
): number {
  const u = units[i]!;
  if (u.sentence === null) return -1;
  // (What the denial denies, not who speaks: a denial's words outside its speaker.)
  const denied = [...(u.denies ?? u.features.keys())];
  const what = denied.filter((k) => !NOT_WORD.test(k) && !u.nameWords.has(k));
  const nearestSharing = (keys: readonly string[], names: boolean): number => {
    let best = -1;
    let nearest = Infinity;
    groups.forEach((g, gi) => {
      if (skip.has(gi) || !g.some((j) => units[j]!.doc !== u.doc)) return;
      for (const j of g) {
        const m = units[j]!;
        if (m.doc !== u.doc || m.sentence === null || m.certainty === 'denied') continue;
        const gap = u.sentence! - m.sentence;
        if (gap < 1 || gap > maxGap || gap >= nearest) continue;
        if (!keys.some((k) => m.features.has(k) && (names || !m.nameWords.has(k)))) continue;
        nearest = gap;
        best = gi;
      }
    });
    return best;
  };
  const answered = nearestSharing(what, false);
  return answered >= 0 ? answered : nearestSharing(denied, true);
}

/** Features that are no word: entity keys, quantities, dates. */
const NOT_WORD = /^[@#%]/;

/**
 * Denials that make a claim of their own (`Ana Vell denied any wrongdoing` in one outlet, `Vell
 * has denied the allegations` in another): at least half its members deny, in two documents or
 * more. Each of those denials also joins the claim it denies, the claim its own article
 * reported before it sharing a word or a name with it, the nearest first, back to the lead; so
 * that claim holds the denial and is shown as contested.
 */
export function joinDenialClaims(units: readonly ClaimUnit[], groups: number[][]): number[][] {
  const denials = new Set<number>();
  groups.forEach((g, gi) => {
    const den = g.filter((j) => units[j]!.certainty === 'denied');
    if (den.length * 2 >= g.length && new Set(den.map((j) => units[j]!.doc)).size >= 2) denials.add(gi);
  });
  for (const gi of denials)
    for (const i of groups[gi]!.filter((j) => units[j]!.certainty === 'denied')) {
      const target = answeredClaim(units, groups, i, Infinity, denials);
      if (target >= 0 && !groups[target]!.includes(i)) groups[target]!.push(i);
    }
  return groups;
}

/**
 * A correction of an earlier report inside a member (`not heart failure as first reported`,
 * `contrary to earlier reports`, `correcting earlier reports`): the claim it joins is contested.
 */
const CORRECTION =
  /\bnot\s+(?:[\p{L}'’-]+\s+){1,6}as\s+(?:first|earlier|initially|originally|previously|widely)\s+reported\b|\b(?:contrary\s+to|correcting)\s+(?:earlier|initial|first|previous)\s+reports\b/iu;

/** The words of a text that can tell what it is about (lower case, four letters or more). */
const aboutWords = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/(?:ies|es|s)$/, '')));

/**
 * A denial stated in one clause of a sentence of two, joined by a semicolon (`Quake toll rises
 * to 67; government denies dam was damaged`) or beside a relative clause set off by commas,
 * denies what that clause says: the sentence denies
 * a claim of `members` only when its denying clause shares more of the words of the claim's
 * other documents than its other clause does.
 */
export function deniesClaim(u: ClaimUnit, members: readonly ClaimUnit[]): boolean {
  const cut = u.text.indexOf(';');
  const cueAt = u.cues.find((c) => c.certainty === 'denied');
  if (!cueAt) return true;
  const at = cueAt.start - u.start;
  // So is a denial beside a relative clause set off by commas (`The 27-year-old, who won Olympic
  // gold in 2028, denies taking any banned substance`): the clause tells what the sentence does
  // not deny (rule `claims:denial-beside-relative`, stop 58).
  const rel = cut < 0 ? /,\s+(?:who|which)\s[^,;]*,/u.exec(u.text) : null;
  if (cut < 0 && !rel) return true;
  const [denying, other] = rel
    ? at >= rel.index && at < rel.index + rel[0].length
      ? [rel[0], u.text.slice(0, rel.index) + u.text.slice(rel.index + rel[0].length)]
      : [u.text.slice(0, rel.index) + u.text.slice(rel.index + rel[0].length), rel[0]]
    : at < cut
      ? [u.text.slice(0, cut), u.text.slice(cut + 1)]
      : [u.text.slice(cut + 1), u.text.slice(0, cut)];
  const theirs = new Set<string>();
  for (const m of members) if (m.doc !== u.doc) for (const w of aboutWords(m.text)) theirs.add(w);
  const shared = (t: string): number => [...aboutWords(t)].filter((w) => theirs.has(w)).length;
  return shared(denying) >= shared(other);
}

/**
 * Rule `claims:headline-tells-lead`: a headline tells what its article's lead tells. News puts
 * the main event in both, the headline in a few words of its own (`Gunmen raid Varin store` over
 * `Three armed men robbed the Varin jewellery shop`), often sharing no word with any sentence.
 * A headline no claim holds joins the claim holding its own article's lead (see `leadSentence`),
 * of those the one of the most documents (the first on a tie). A headline some claim holds, or
 * whose lead no claim holds, is left as it is, and so is one stating a figure or a date: it
 * tells a fact of its own (`Maranth gets five years from Harriers` over a lead telling the hire
 * and its contract), which claims align by (as `centralEventUnits` reads body sentences).
 */
export function joinHeadlines(units: readonly ClaimUnit[], groups: number[][]): number[][] {
  const member = new Set(groups.flat());
  const isOwnLead = (i: number, doc: string): boolean => {
    const m = units[i]!;
    return m.doc === doc && m.kind === 'sentence' && m.sentence === (m.lead ?? 0);
  };
  units.forEach((u, i) => {
    if (u.kind !== 'title' || member.has(i)) return;
    // (A headline stating a figure or a date tells a fact of its own, one claims align by.)
    for (const k of u.features.keys()) if (k.startsWith('#') || k.startsWith('%')) return;
    let best = -1;
    let docs = 0;
    groups.forEach((g, gi) => {
      if (!g.some((j) => isOwnLead(j, u.doc))) return;
      const n = new Set(g.map((j) => units[j]!.doc)).size;
      if (n > docs) {
        docs = n;
        best = gi;
      }
    });
    if (best >= 0) groups[best]!.push(i);
  });
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
  // Headlines alone are no claim: a headline sums up claims the bodies state (`Broken rail
  // blamed for ...`, `Three hurt in ...`), and headlines of one story share its words whatever
  // they say. A headline is a member of the body claims it is aligned with.
  const groups = joinDenialClaims(
    units,
    joinDenials(units, alignUnits(units, options, copies), options).filter((g) =>
      g.some((i) => units[i]!.kind === 'sentence'),
    ),
  );
  joinHeadlines(units, groups);
  const memberships = new Map<number, number>();
  for (const g of groups) for (const i of g) memberships.set(i, (memberships.get(i) ?? 0) + 1);
  const byId = new Map(documents.map((d) => [d.id, d]));
  // The clauses of each sentence in several claims, read once (one repaired view a document).
  const views = new Map<string, RepairedView>();
  const clauses = new Map<number, Clause[] | null>();
  const clausesAt = (i: number): Clause[] | null => {
    if (!clauses.has(i)) {
      const d = byId.get(units[i]!.doc)!;
      if (!views.has(d.id)) views.set(d.id, repairedView(d.text, d.repairs));
      clauses.set(i, clausesOf(d, units[i]!, views.get(d.id)!));
    }
    return clauses.get(i)!;
  };
  // Documents in the order `localeCompare` puts their ids, as numbers (members sort by them).
  const docRank = rankOf(documents.map((d) => d.id));
  // A unit's sources and origins, read once however many claims it sits in.
  // (The trace's own list: read, never changed; each member is given a copy.)
  const sourcesOf = (u: ClaimUnit): readonly string[] =>
    (u.sentence === null ? undefined : trace.sentenceSources.get(u.doc)?.get(u.sentence)) ?? NO_SOURCES;
  // h-who24: what a member naming no source of its own (nor an unread one) rests on, named by
  // another sentence of its article: its quotation's speaker (`provenance:quotation-run`), or, for a
  // headline, its lead's sources (`claims:headline-from-lead`).
  const carriedAt = new Map<number, Carried | null>();
  const carriedOf = (i: number): Carried | undefined => {
    let c = carriedAt.get(i);
    if (c === undefined) {
      const u = units[i]!;
      const d = byId.get(u.doc)!;
      c = sourcesOf(u).length || attributedUnread(d, u, trace) ? null : (restsOn(d, u, trace) ?? null);
      carriedAt.set(i, c);
    }
    return c ?? undefined;
  };
  const originsAt = new Map<number, readonly string[]>();
  // Claims often trace to the same origins: each set is read once.
  const independentOf = new Map<string, string[]>();
  const independent = (origins: ReadonlySet<string>): string[] => {
    const key = [...origins].sort().join('\u0000');
    let out = independentOf.get(key);
    if (!out) independentOf.set(key, (out = independentOrigins(trace, origins)));
    return [...out];
  };
  const claims = groups.map((g) => {
    const unitsOf = g.map((j) => units[j]!);
    const vectors = new ClaimVectors(unitsOf);
    // The members that deny the claim they sit in (see `deniesClaim`), read once a claim.
    const deniers = new Set(
      g.filter((i) => units[i]!.certainty === 'denied' && deniesClaim(units[i]!, unitsOf)),
    );
    // The claim as the outlets other than one document state it, once per document, read at
    // the features partOf asks for (see ClaimVectors.centroidReader).
    const centroids = new Map<string, CentroidReader>();
    const centroidFor = (doc: string): CentroidReader => {
      let c = centroids.get(doc);
      if (!c) centroids.set(doc, (c = vectors.centroidReader(doc)));
      return c;
    };
    const members = g
      .map((i) => ({ u: units[i]!, i }))
      .map(({ u, i }) => {
        // A sentence in several claims says which part of it states this one (a sentence of one
        // clause is all of it: the claim's centroid is not read for it).
        const clauses = (memberships.get(i) ?? 0) > 1 ? clausesAt(i) : null;
        const part = clauses ? partOf(byId.get(u.doc)!, u, centroidFor(u.doc), clauses) : undefined;
        const sources = [...sourcesOf(u)];
        const denies = u.certainty !== 'denied' || deniers.has(i);
        return {
          doc: u.doc,
          start: u.start,
          end: u.end,
          text: u.text,
          certainty: denies ? u.certainty : 'asserted',
          cues: (denies ? u.cues : u.cues.filter((c) => c.certainty !== 'denied')).map((c) => ({
            start: c.start,
            end: c.end,
          })),
          sources,
          ...(part ? { part } : {}),
          ...(carriedOf(i) ? { carried: carriedOf(i)! } : {}),
        };
      })
      .sort((a, b) => docRank.get(a.doc)! - docRank.get(b.doc)! || a.start - b.start);
    const origins = new Set<string>();
    // Who denies a claim is no origin of it (`A spokesman for the militia denied that the group had
    // carried out the strike`): the claim rests on those who state it, the denier is shown on its
    // member (certainty `denied`). A claim told only by its denials keeps their sources (rule
    // `claims:denier-no-origin`, stop 58).
    // (independentOrigins sorts them: the order they are met in does not matter.)
    for (const i of g) {
      if (deniers.has(i) && deniers.size < g.length) continue;
      let list = originsAt.get(i);
      if (!list) {
        const u = units[i]!;
        const own = sourcesOf(u);
        // A member naming a source it cannot read adds no origin; one naming none rests on what
        // another sentence of its article carries to it, else on its outlet.
        list = own.length
          ? originsOf(trace, u.doc, own)
          : attributedUnread(byId.get(u.doc)!, u, trace)
            ? NO_SOURCES
            : originsOf(trace, u.doc, carriedOf(i)?.sources ?? NO_SOURCES);
        originsAt.set(i, list);
      }
      for (const o of list) origins.add(o);
    }
    // h-who29's `told-agency-gives-way`: a news organisation a member names as told a source's
    // word (`X told AFP that ...`) passed that word on: its line of the claim that credits it
    // (`According to AFP, ...`) rests on X.
    for (const i of g) {
      const u = units[i]!;
      const own = sourcesOf(u);
      if (!own.length) continue;
      for (const r of toldNewsOrganisations(trace, u.text, own))
        if (
          own.some((s) => origins.has(s)) &&
          g.some((j) => sourcesOf(units[j]!).includes(r) && creditsNewsOrganisation(trace, units[j]!.text, r))
        )
          origins.delete(r);
    }
    // Copies of one item (see copyItems) score alike: each item is scored once.
    const scores = new Map<number, number>();
    // The score of g[k]: its cosines with every member, added in claim order.
    const score = (k: number): number => {
      const a = copies.item[g[k]!]!;
      let s = scores.get(a);
      if (s === undefined) {
        s = 0;
        for (let l = 0; l < g.length; l++) s += vectors.cosine(k, l);
        scores.set(a, s);
      }
      return s;
    };
    const central = g
      .map((i, k) => ({ i, score: score(k) }))
      .sort((a, b) => shownBy[a.i]! - shownBy[b.i]! || b.score - a.score)
      .map((x) => x.i);
    return {
      claim: {
        id: contentId('c', members.map((m) => `${m.doc}:${m.start}`).join(' '), 10),
        text: units[central[0]!]!.text,
        members,
        // Outlets, not articles: two articles of one outlet count once (an article whose outlet is unknown counts alone).
        outlets: new Set(members.map((m) => outletOf.get(m.doc) ?? m.doc)).size,
        origins: independent(origins),
        // Contested: some outlet's member denies it or says it cannot be confirmed, or corrects
        // what was first reported (`died of pneumonia, not heart failure as first reported`).
        ...(members.some(
          (m) => m.certainty === 'denied' || m.certainty === 'unconfirmed' || CORRECTION.test(m.text),
        )
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
  // Two claims never show the same or nearly the same text (80% of their words in common, as a
  // statement copied by several outlets with a word changed): a claim whose most central member
  // reads like a claim ranked above it is shown by its next most central member.
  const shown = new Set<string>();
  // The word sets of the texts shown, indexed by word (a text is tested only against those
  // sharing one of its rarer words; the same answers as testing them all).
  const shownWords = new NearSets(nearlySame, NEARLY_SAME);
  // The words of each text met, read once (copies of a sentence share their text).
  const words = new Map<string, ReadonlySet<string>>();
  const wordsAt = (t: string): ReadonlySet<string> => {
    let w = words.get(t);
    if (!w) words.set(t, (w = wordsOf(t)));
    return w;
  };
  // A claim every member of which reads like a claim ranked above it repeats those claims and
  // is left out.
  const kept = order.flatMap((x) => {
    const first = x.central.find(
      (i) => !shown.has(units[i]!.text) && !shownWords.has(wordsAt(units[i]!.text)),
    );
    if (first === undefined) return [];
    shown.add(units[first]!.text);
    shownWords.add(wordsAt(units[first]!.text));
    return [{ ...x, first }];
  });
  // A sentence a claim ranked above already holds tells that claim: a claim is shown by a
  // member of its own when it has one as much a body sentence as the first (`Four men took
  // part in the robbery` for the robbers' number, not the robbery's sentence both claims hold),
  // reading like no other claim's text.
  const held = new Set<number>();
  const displayed = shownWords.copy();
  const shownAs = kept.map((x) => {
    let i = x.first;
    if (held.has(i)) {
      const own = x.central.find(
        (j) =>
          !held.has(j) &&
          shownBy[j] === shownBy[i] &&
          !shown.has(units[j]!.text) &&
          !displayed.has(wordsAt(units[j]!.text)),
      );
      if (own !== undefined) {
        i = own;
        displayed.add(wordsAt(units[i]!.text));
      }
    }
    for (const j of x.g) held.add(j);
    return { ...x, text: units[i]!.text };
  });
  // A claim is shown without the wire dateline its sentence opens with (`HALVIK, Norvane - `):
  // where the wire filed is no part of what is claimed.
  const named = shownAs.map(({ claim, text }) => ({ ...claim, text: text.replace(DATELINE, '') }));
  return { claims: named, units, groups: shownAs.map((x) => x.g) };
}

const NO_SOURCES: readonly string[] = [];

/** A member's `carried` field: the sources another sentence of its article names for it. */
type Carried = NonNullable<Claim['members'][number]['carried']>;

/**
 * What a member that names no source rests on, named by another sentence of its article (h-who24):
 *
 * - rules `provenance:quotation-run` and `provenance:quotation-continues`: a sentence of a
 *   quotation over several sentences rests on the speaker its reporting sentence names, and a
 *   quotation standing alone on the speaker of the sentence before it (`ProvenanceTrace.carried`);
 * - rule `claims:headline-from-lead`: a headline (or deck) with no cue of its own tells what its
 *   article's lead tells (see `joinHeadlines`), so it rests on the sources the lead names
 *   (`Clerk held over exam leak` over `A clerk ... has been arrested, police said`). A headline
 *   naming its own teller (`..., staff say`) or whose lead names none stays the outlet's own;
 * - rule `claims:lead-restated` (h-who25): a lead naming no source rests on the sources of the
 *   next sentence when that sentence restates it with its source (see `leadRestated`).
 *
 * `from` is the sentence naming the source, `source` the source as written there.
 */
function restsOn(d: Document, u: ClaimUnit, trace: ProvenanceTrace): Carried | undefined {
  const span = (s: { start: number; end: number }) => ({ start: s.start, end: s.end });
  if (u.sentence !== null) {
    const c = trace.carried?.get(u.doc)?.get(u.sentence);
    const from = c && d.sentences[c.from];
    return c && from
      ? {
          sources: [...c.sources],
          rule: c.rule,
          from: span(from),
          source: span(c.source),
          quotation: span(c.quotation),
        }
      : leadRestated(d, u, trace);
  }
  if (u.lead === undefined || u.cues.length || u.certainty !== 'asserted') return undefined;
  const lead = d.sentences[u.lead];
  const sources = trace.sentenceSources.get(u.doc)?.get(u.lead);
  if (!lead || !sources?.length) return undefined;
  // (The first of the lead's sources as the lead writes it.)
  const named = sources
    .flatMap((id) => trace.mentions.get(id) ?? [])
    .filter((m) => m.doc === u.doc && lead.start <= m.start && m.end <= lead.end)
    .sort((a, b) => a.start - b.start)[0];
  if (!named) return undefined;
  return { sources: [...sources], rule: 'claims:headline-from-lead', from: span(lead), source: span(named) };
}

/** The content words of a text, by word family (function words and words of two letters left out). */
const contentFamilies = (text: string): Set<string> =>
  new Set(
    (text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [])
      .filter((w) => w.length > 2 && !STOP.has(w))
      .map(family),
  );

/**
 * h-who25's `claims:lead-restated`: a lead that names no source, restated by the next sentence
 * with its source (`A man was shot dead outside a bar in Tesk on Saturday.` then `According to
 * police, the man was shot dead outside the Red Lamp bar in Tesk shortly after 11 p.m.`), rests on
 * that source: news states its lead and attributes it in the sentence after. The attribution's
 * content restates the lead when it holds at least half of the lead's content words (by word
 * family); a next sentence telling another thing (`According to police, the gunman fled in a grey
 * car.`) carries nothing, and a lead with an attribution of its own (named or not) keeps it.
 */
function leadRestated(d: Document, u: ClaimUnit, trace: ProvenanceTrace): Carried | undefined {
  if (u.sentence === null || u.sentence !== u.lead) return undefined;
  if (d.attributions.some((a) => a.sentence === u.sentence)) return undefined;
  const next = u.sentence + 1;
  const sources = trace.sentenceSources.get(u.doc)?.get(next);
  const from = d.sentences[next];
  if (!sources?.length || !from) return undefined;
  const lead = contentFamilies(u.text);
  if (lead.size < 3) return undefined;
  const restating = d.attributions.find((a) => {
    if (a.sentence !== next || !a.source) return false;
    const said = contentFamilies(d.text.slice(a.content.start, a.content.end));
    let shared = 0;
    for (const w of lead) if (said.has(w)) shared++;
    return 2 * shared >= lead.size;
  });
  if (!restating?.source) return undefined;
  return {
    sources: [...sources],
    rule: 'claims:lead-restated',
    from: { start: from.start, end: from.end },
    source: { start: restating.source.start, end: restating.source.end },
  };
}

/**
 * h-who23's `attributed-no-outlet`: a member sentence that names who says it (an attribution with
 * a source: `, Tarnet said`, `according to Pressline`) when the provenance layer read no source
 * from it: the claim rests on that speaker, not on the outlet's own reporting nor on the agency
 * whose copy it is; the member adds no origin (issue 13: an outlet passing on what a named source
 * said is no origin of the claim). A sentence whose sources were read rests on them (`originsOf`).
 */
/** A capitalised word: `Tarnet`, `Pressline`. */
const NAMED_WORD = /(?:^|[^\p{L}])\p{Lu}\p{Ll}/u;
function attributedUnread(d: Document, u: ClaimUnit, trace: ProvenanceTrace): boolean {
  // h-who26's `headline-lead-unread`: a headline with no cue of its own tells what its lead tells
  // (`claims:headline-from-lead`), so a lead naming a source that was not read leaves it no origin.
  const at =
    u.sentence ??
    (u.lead !== undefined &&
    !u.cues.length &&
    u.certainty === 'asserted' &&
    !trace.sentenceSources.get(u.doc)?.get(u.lead)?.length
      ? u.lead
      : null);
  if (at === null) return false;
  const sentence = d.sentences[at];
  return d.attributions.some(
    (a) =>
      a.sentence === at &&
      a.source !== null &&
      // (A named one: a capitalised word that does not open the sentence; `two members of the staff
      // told the Post` is the paper's own reporting by the project's convention. h-who26's
      // `company-noun-unread`: `..., the company said` names the company the article is about,
      // read or not, so it is no outlet's own reporting either.)
      (NAMED_WORD.test(d.text.slice(Math.max(a.source.start, (sentence?.start ?? 0) + 1), a.source.end)) ||
        COMPANY_NOUN.test(d.text.slice(a.source.start, a.source.end))),
  );
}

/** The words of a text, lowercased (runs of letters or digits), as a set. */
export const wordsOf = (t: string): Set<string> => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Two texts a reader sees as one: their word sets share at least 80% of their union (Jaccard),
 * so texts of one word or more that are the same are nearly the same too.
 */
export function nearlySame(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size < NEARLY_SAME * large.size) return false;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common > 0 && common >= NEARLY_SAME * (a.size + b.size - common);
}

/** The share of their words two texts a reader sees as one have in common ({@link nearlySame}). */
const NEARLY_SAME = 0.8;

/**
 * Each id's place in the order `localeCompare` gives (ids it finds equal share one), so a sort
 * by these numbers orders as one by `localeCompare`, without collating strings on every step.
 */
function rankOf(ids: readonly string[]): Map<string, number> {
  const sorted = [...new Set(ids)].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  sorted.forEach((id, k) =>
    rank.set(id, k > 0 && sorted[k - 1]!.localeCompare(id) === 0 ? rank.get(sorted[k - 1]!)! : k),
  );
  return rank;
}

/** A claim's centroid as partOf reads it: a feature's weight, or undefined (read as 0). */
export interface CentroidReader {
  get(k: string): number | undefined;
}

/**
 * Claims of at least DENSE_MEMBERS members, and up to DENSE_CELLS members times their distinct
 * features, are read from a dense table (a smaller claim costs more to tabulate than to read).
 */
const DENSE_MEMBERS = 8;
const DENSE_CELLS = 1 << 20;

/**
 * The feature vectors of a claim's members, for the sums the claim takes over them, each to
 * the bit as the plain loops over the maps give it. With a dense table of the claim's
 * features (member by feature, 0 where a member lacks one, so it adds nothing), a sum reads
 * numbers instead of looking strings up.
 */
class ClaimVectors {
  private readonly ids = new Map<string, number>();
  private readonly table: Float64Array | null = null;
  private readonly keys: Int32Array[] = [];
  private readonly weights: Float64Array[] = [];
  private holders: number[][] | null = null;

  constructor(private readonly members: readonly ClaimUnit[]) {
    if (members.length < DENSE_MEMBERS) return;
    for (const u of members)
      for (const f of u.features.keys()) if (!this.ids.has(f)) this.ids.set(f, this.ids.size);
    const width = this.ids.size;
    if (members.length * width > DENSE_CELLS) return;
    const table = new Float64Array(members.length * width);
    members.forEach((u, m) => {
      const key = new Int32Array(u.features.size);
      const weight = new Float64Array(u.features.size);
      let p = 0;
      for (const [f, w] of u.features) {
        const id = this.ids.get(f)!;
        table[m * width + id] = w;
        key[p] = id;
        weight[p++] = w;
      }
      this.keys.push(key);
      this.weights.push(weight);
    });
    this.table = table;
  }

  /** `cosine` of members k and l: over the smaller vector's features in its order (k's on a tie). */
  cosine(k: number, l: number): number {
    const a = this.members[k]!.features;
    const b = this.members[l]!.features;
    if (!this.table) return cosine(a, b);
    const small = a.size <= b.size ? k : l;
    const large = small === k ? l : k;
    const key = this.keys[small]!;
    const weight = this.weights[small]!;
    const row = large * this.ids.size;
    let s = 0;
    for (let p = 0; p < key.length; p++) s += weight[p]! * this.table[row + key[p]!]!;
    return s;
  }

  /**
   * {@link centroidOf} of the members of documents other than `doc`, read one feature at a time
   * when first asked for (partOf reads a few of them): each feature's weights added in member
   * order, as centroidOf adds them; a feature no member has is 0, or undefined.
   */
  centroidReader(doc: string): CentroidReader {
    const others = this.members.filter((u) => u.doc !== doc);
    const n = others.length;
    const read = new Map<string, number | undefined>();
    const table = this.table;
    const width = this.ids.size;
    const holders = table ? this.holdersOf() : null;
    const weightOf = (k: string): number | undefined => {
      if (!table) {
        let sum = 0;
        for (const u of others) {
          const w = u.features.get(k);
          if (w !== undefined) sum += w / n;
        }
        return sum;
      }
      const id = this.ids.get(k);
      if (id === undefined) return undefined;
      let sum = 0;
      for (const m of holders![id]!) if (this.members[m]!.doc !== doc) sum += table[m * width + id]! / n;
      return sum;
    };
    return {
      get: (k) => {
        if (read.has(k)) return read.get(k);
        const w = weightOf(k);
        read.set(k, w);
        return w;
      },
    };
  }

  /** The members holding each feature (by its number), in member order. */
  private holdersOf(): number[][] {
    if (!this.holders) {
      const holders: number[][] = Array.from({ length: this.ids.size }, () => []);
      this.keys.forEach((key, m) => {
        for (const id of key) holders[id]!.push(m);
      });
      this.holders = holders;
    }
    return this.holders;
  }
}

/** Where a sentence's clauses meet: a semicolon or colon, or a comma or space before a conjunction. */
const CLAUSE_BREAK =
  /[;:]\s+|,\s+(?=(?:and|but|while|after|before|when|as|which|who|where|although|though|because|saying|adding)\b)|\s+(?=(?:and|but|while|after|before|when|because)\s+\p{Ll})/gu;

/** A clause of a unit: its span in the original text and its features, read like a unit's. */
export interface Clause {
  readonly span: Span;
  readonly features: ReadonlyMap<string, number>;
}

/**
 * The clauses of a unit, split where they meet; clauses under three words join the one
 * before. Null when the unit is one clause.
 */
export function clausesOf(
  d: Document,
  u: ClaimUnit,
  view: RepairedView = repairedView(d.text, d.repairs),
): Clause[] | null {
  const bounds: Array<[number, number]> = [];
  let from = 0;
  for (const m of u.text.matchAll(CLAUSE_BREAK)) {
    const end = m.index!;
    if (u.text.slice(from, end).trim().split(/\s+/).length >= 3) {
      bounds.push([from, end]);
      from = end + m[0].length;
    }
  }
  if (bounds.length && u.text.slice(from).trim().split(/\s+/).length < 3)
    bounds[bounds.length - 1]![1] = u.text.length;
  else bounds.push([from, u.text.length]);
  if (bounds.length < 2) return null;
  const base = view.fromOriginal(u.start);
  return bounds.map(([a, b]) => {
    const t = u.text.slice(a, b);
    const lead = t.length - t.trimStart().length;
    const trail = t.length - t.trimEnd().length;
    const span = { start: view.toOriginal(base + a + lead), end: view.toOriginal(base + b - trail, 'end') };
    return { span, features: rawFeatures(d, t, span) };
  });
}

/** The claim as its other outlets state it: the mean of their feature vectors. */
export function centroidOf(others: readonly ClaimUnit[]): Map<string, number> {
  const centroid = new Map<string, number>();
  for (const o of others)
    for (const [k, w] of o.features) centroid.set(k, (centroid.get(k) ?? 0) + w / others.length);
  return centroid;
}

/**
 * The clauses of a sentence that state a claim: the one whose words, names and figures weigh
 * most in the claim's members from other outlets, with its neighbours that weigh at least half
 * as much. Undefined when that is the whole sentence, or no clause shares anything with them.
 */
export function partOf(
  d: Document,
  u: ClaimUnit,
  centroid: CentroidReader,
  clauses: readonly Clause[] | null = clausesOf(d, u),
): Span | undefined {
  if (!clauses) return undefined;
  const scores = clauses.map((c) => {
    let s = 0;
    for (const [k, w] of c.features) s += w * (centroid.get(k) ?? 0);
    return s;
  });
  let best = -1;
  let score = 0;
  scores.forEach((s, k) => {
    if (s > score) {
      score = s;
      best = k;
    }
  });
  if (best < 0) return undefined;
  // Neighbouring clauses that tell as much of the claim (half the best's weight) belong to it.
  let [lo, hi] = [best, best];
  while (lo > 0 && scores[lo - 1]! >= score / 2) lo--;
  while (hi < clauses.length - 1 && scores[hi + 1]! >= score / 2) hi++;
  if (lo === 0 && hi === clauses.length - 1) return undefined;
  return { start: clauses[lo]!.span.start, end: clauses[hi]!.span.end };
}
