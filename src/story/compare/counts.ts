import type { AlignedClaims } from '../claims.js';
import { STOP } from '../../text/words.js';
import { matchesIn } from '../../text/matches.js';
import { family } from '../align.js';
import type { Span } from '../../model/span.js';
import type { Finding, Reader, Value } from './values.js';

const SINGULAR = /\b(?:a|an|single|another)\s+((?:[\p{L}-]+ ){0,3}[\p{L}-]+)/giu;
/** The first word of an amount after `a`: `a million dollars`, `a dozen officers`, `a number of banks`. */
const AMOUNT_HEAD =
  /^(?:million|billion|trillion|thousand|hundred|dozen|couple|few|number|lot|handful|pair|total|series|host|majority|minority|score|string|spate|wave|bunch|variety|range|flurry|barrage|volley)\b/i;
/** A number then a spaced hyphen: `four - year`, `12 - month`. */
const SPACED_NUMBER_ADJECTIVE =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s+-\s/i;
/**
 * A sentence that opens on a quantifier of many as its subject (`Most had eaten chicken wraps`,
 * `Many of them bought tickets`): its plurals are each one's, told of many, and contradict no
 * single one told of one person (`the family had shared a chicken wrap`; rule
 * `count:plural-of-many`).
 */
const MANY_SUBJECT =
  /^(?:Most|Many|All|Several|Dozens|Hundreds|Thousands)\s+(?:of\s+(?:them|those|the\s+\p{Ll}+)\s+)?(?:(?:had|have|has|were|was)\s+)?\p{Ll}{3,}\b/u;
/**
 * A sentence telling how often a kind of thing happens (`Ammonia leaks at rinks are rare`, `such
 * fires are not uncommon`): its plurals name the kind, and count no several of the story's one
 * (`an ammonia leak`; rule `count:plural-of-kind`).
 */
const KIND_RARE =
  /\b(?:are|were|remain)\s+(?:(?:very|relatively|extremely|fairly|still|not|quite)\s+){0,2}(?:rare|uncommon|unusual|common|frequent|infrequent)\b/i;
/** A word ending in a plural `s` or `ies`. */
const PLURAL = /\b([\p{L}-]{3,}?)(ies|s)\b/giu;

/**
 * Grammatical number: `a front company` in one outlet, `front companies` in another, inside
 * one claim. Phrases whose modifiers differ name different things, and an outlet that uses
 * both forms itself contradicts no one. `one X` is a figure, left to the facts layer. One
 * noun's count across claims is one entry.
 */
export function countDiscrepancies(aligned: AlignedClaims, r: Reader): Finding[] {
  const { byId, value, text } = r;
  const counts = new Map<string, { claim: string; values: Map<string, Value> }>();
  // A member's singular and plural noun phrases, read once however many claims it sits in.
  type Phrases = { singular: Array<[string, Span]>; plural: Array<[string, Span]> };
  const read = new Map<string, Phrases | null>();
  const phrasesOf = (m: AlignedClaims['claims'][number]['members'][number]): Phrases | null => {
    const key = `${m.doc}:${m.start}:${m.end}`;
    if (read.has(key)) return read.get(key)!;
    const t = m.text;
    let out: Phrases | null = null;
    // Repaired text: offsets would not line up.
    if (byId.get(m.doc)!.text.startsWith(t, m.start)) {
      out = { singular: [], plural: [] };
      const base = m.start;
      // Values are the noun phrases (`a single US intelligence official`, `US and UK officials`).
      for (const x of matchesIn(SINGULAR, t)) {
        // `a million dollars`, `a dozen officers`, `a number of banks`: an amount, not one thing.
        if (AMOUNT_HEAD.test(x[1]!)) continue;
        // `a four - year ban`: a number joined to a noun by a spaced hyphen (tokenised text) makes
        // an adjective, no single year (rule `count:number-adjective-spaced`, stop 52).
        if (SPACED_NUMBER_ADJECTIVE.test(x[1]!)) continue;
        let at = base + x.index! + x[0].length - x[1]!.length;
        for (const word of x[1]!.split(' ')) {
          const noun = word.toLowerCase();
          if (noun.length >= 4 && !/s$/.test(noun))
            out.singular.push([noun, { start: base + x.index!, end: at + word.length }]);
          at += word.length + 1;
        }
      }
      for (const x of MANY_SUBJECT.test(t) || KIND_RARE.test(t) ? [] : matchesIn(PLURAL, t)) {
        // A capitalised plural inside a sentence is part of a name (`Valley Farmers`).
        if (/^\p{Lu}/u.test(x[0]) && x.index! > 0) continue;
        const stemmed = x[1]!.toLowerCase() + (x[2]!.toLowerCase() === 'ies' ? 'y' : '');
        const at = base + x.index!;
        out.plural.push([stemmed, { start: base + modifiersBefore(t, x.index!), end: at + x[0].length }]);
      }
    }
    read.set(key, out);
    return out;
  };
  // What a document's text says of a noun, read once a noun and document however many claims
  // hold the noun: whether it writes the noun in the plural anywhere, and whether it tells of
  // one of several (`one of the officers`).
  const perNounDoc = (
    test: (noun: string, text: string) => boolean,
  ): ((noun: string, doc: string) => boolean) => {
    const seen = new Map<string, boolean>();
    return (noun, doc) => {
      const key = `${noun}|${doc}`;
      let found = seen.get(key);
      if (found === undefined)
        seen.set(key, (found = test(noun, text(doc, { start: 0, end: byId.get(doc)!.text.length }))));
      return found;
    };
  };
  const usesPlural = perNounDoc((noun, t) =>
    [
      ...t.matchAll(
        new RegExp(`\\b${noun.endsWith('y') ? noun.slice(0, -1) + '(?:y|ies)' : noun + 's?'}\\b`, 'giu'),
      ),
    ].some((x) => /(s|ies)$/i.test(x[0])),
  );
  const tellsOneOf = perNounDoc((noun, t) =>
    new RegExp(
      String.raw`\bone\s+of\s+(?:the|its|their|his|her|our|two|three|four|five|several)\s+(?:[\p{L}-]+\s+){0,3}${noun.endsWith('y') ? noun.slice(0, -1) + 'ies' : noun + 's'}\b`,
      'iu',
    ).test(t),
  );
  for (const claim of aligned.claims) {
    const members = claim.members;
    // Each noun's places; read as values only for the nouns the claim has in both numbers.
    const singular = new Map<string, Array<[string, Span]>>();
    const plural = new Map<string, Array<[string, Span]>>();
    for (const m of members) {
      const phrases = phrasesOf(m);
      if (!phrases) continue;
      for (const [noun, span] of phrases.singular) {
        const list = singular.get(noun);
        if (list) list.push([m.doc, span]);
        else singular.set(noun, [[m.doc, span]]);
      }
      for (const [noun, span] of phrases.plural) {
        const list = plural.get(noun);
        if (list) list.push([m.doc, span]);
        else plural.set(noun, [[m.doc, span]]);
      }
    }
    for (const [noun, onesAt] of singular) {
      const manyAt = plural.get(noun);
      if (!manyAt) continue;
      const ones = onesAt.map(([doc, span]) => value(doc, span));
      const many = manyAt.map(([doc, span]) => value(doc, span));
      const oneDocs = new Set(ones.map((v) => v.doc));
      const manyOnly = many.filter((v) => !oneDocs.has(v.doc));
      if (!manyOnly.length) continue;
      // An outlet that itself uses both forms somewhere is not contradicting anyone; nor is one
      // that tells of a second (`a one-year extension in May and another in October`).
      if ([...oneDocs].some((doc) => usesPlural(noun, doc))) continue;
      if (ones.some((o) => /^another\b|^a\s+second\b/i.test(o.text))) continue;
      // An outlet that tells of one of them (`two officers were stationed there, and one of the
      // officers saw the crash`) tells of the one the other outlet names (rule
      // `count:one-of-them`).
      const manyTold = manyOnly.filter((v) => !tellsOneOf(noun, v.doc));
      // Phrases whose modifiers differ name different things (`an important asset`,
      // `frozen assets`): only phrases that agree with one on the other side count.
      // And only phrases in one event: the same verb acts on them or they act (`a front company
      // opened` / `front companies have opened`), not `a telephone call` / `frequent calls`.
      const agree = (o: Value, m: Value): boolean => {
        if (!sameThing(o.text, m.text)) return false;
        const [x, y] = [verbsAround(r, o), verbsAround(r, m)];
        // A phrase with no verb of its own (`according to a US official`) is read by its modifiers alone.
        return !x.size || !y.size || [...x].some((v) => y.has(v));
      };
      const oneAgreeing = ones.filter((o) => manyTold.some((m) => agree(o, m)));
      const manyAgreeing = manyTold.filter((m) => oneAgreeing.some((o) => agree(o, m)));
      if (!manyAgreeing.length) continue;
      // One noun's count across several claims is one discrepancy with all its values.
      const entry = counts.get(noun) ?? { claim: claim.id, values: new Map<string, Value>() };
      counts.set(noun, entry);
      for (const v of [...oneAgreeing, ...manyAgreeing])
        if (!entry.values.has(`${v.doc}:${v.start}`)) entry.values.set(`${v.doc}:${v.start}`, v);
    }
  }
  // Phrases that name who says it (`according to a local official`, `officials said`), most of them,
  // describes a source: one official against several is a source description, not a count of
  // the story's things.
  const sourceOf = (v: Value): boolean =>
    byId.get(v.doc)!.attributions.some((a) => a.source && a.source.start < v.end && v.start < a.source.end);
  const out: Finding[] = [];
  for (const [noun, { claim, values }] of counts) {
    const vs = [...values.values()];
    const docsWith = (many: boolean): number =>
      new Set(vs.filter((v) => /(s|ies)$/i.test(v.text) === many).map((v) => v.doc)).size;
    const source = vs.filter(sourceOf).length * 2 >= vs.length;
    out.push({
      kind: source ? 'source' : 'count',
      claim,
      note: source
        ? `the source is one ${noun} in ${docsWith(false)} outlet(s), several in ${docsWith(true)}`
        : `one ${noun} in ${docsWith(false)} outlet(s), several in ${docsWith(true)}`,
      values: vs,
    });
  }
  return out;
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

/**
 * Two counted phrases name the same thing when they share a modifier (`a prior conviction`,
 * `prior convictions`); a bare noun may be anything. Phrases that say whose or where the things
 * are, each otherwise (`a Tarnovian financial institution`, `international financial
 * institutions`), name different things whatever else they share.
 */
function sameThing(one: string, many: string): boolean {
  const a = modifiersOf(one);
  const b = modifiersOf(many);
  if (![...a].some((w) => b.has(w))) return false;
  const x = scopesOf(one);
  const y = scopesOf(many);
  return !x.size || !y.size || [...x].some((w) => y.has(w));
}

/**
 * The modifiers of a phrase that say whose or where its things are: a word of scope
 * (`international`, `foreign`, `local`, `private`, `state`...) or an adjective of a people or
 * a place in capitals (`Tarnovian`, `Velmari`, `Japanese`, `Polish`), lowercased.
 */
function scopesOf(phrase: string): Set<string> {
  const words = phrase.split(/\s+/).slice(0, -1);
  return new Set(words.filter((w) => SCOPE.test(w) || PEOPLE_ADJECTIVE.test(w)).map((w) => w.toLowerCase()));
}
const SCOPE =
  /^(?:international|foreign|domestic|local|national|regional|global|overseas|western|eastern|private|public|state|state-owned|federal|municipal)$/i;
/** A capitalised adjective of a people or a place: `Tarnovian`, `Japanese`, `Polish`, `Israeli`. */
const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ean|ian|ese|ish|i|ic)$/u;

/** A word and one space at the end of a text. */
const WORD_AND_SPACE_AT_END = /([\p{L}\p{N}-]+) $/u;

/**
 * Where {@link WORD_AND_SPACE_AT_END} can start matching in `text[from, to)` at the earliest:
 * after the last character below 128 other than a letter, a digit or `-` before the final
 * space (`to` when there is no final space). The pattern reads no character before its match,
 * so searching from there finds the same match, without trying it at every place.
 */
function wordBefore(text: string, from: number, to: number): number {
  if (to <= from || text.charCodeAt(to - 1) !== 32) return to;
  let i = to - 1;
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45))
      break;
  }
  return i;
}

/** Where the modifiers before a plural noun start: up to three adjectives, names or numbers (`US and UK`), not verbs or function words. */
function modifiersBefore(text: string, at: number): number {
  let start = at;
  for (let k = 0; k < 3; k++) {
    const m = WORD_AND_SPACE_AT_END.exec(text.slice(wordBefore(text, Math.max(0, start - 40), start), start));
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

/** Words between a noun phrase and its verb that are not the verb. */
const BETWEEN = new Set(
  (
    'has have had was were is are be been being will would could can may might should must also recently ' +
    'reportedly allegedly then later already still just not never had'
  ).split(' '),
);

/**
 * The verbs a noun phrase goes with, as word families: the first word after it past
 * auxiliaries and adverbs (its verb as subject), and the word before it (its verb as object).
 */
function verbsAround(r: Reader, v: Value): Set<string> {
  const out = new Set<string>();
  // The verb after, in the same clause: a name or a punctuation mark ends the search.
  const after = r.text(v.doc, { start: v.end, end: v.end + 80 }).split(/[,.;:!?()"“”]/)[0]!;
  for (const w of after.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const lower = w.toLowerCase();
    if (BETWEEN.has(lower) || /ly$/.test(lower)) continue;
    if (w === lower && !STOP.has(lower)) out.add(family(lower));
    break;
  }
  const before = r.text(v.doc, { start: Math.max(0, v.start - 40), end: v.start });
  const last = /(\p{Ll}[\p{L}'’-]*)\s*$/u.exec(before)?.[1];
  if (last && !STOP.has(last)) out.add(family(last));
  return out;
}
