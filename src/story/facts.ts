import { insideDateline } from '../text/dateline.js';
import { matchesIn } from '../text/matches.js';
import { escapeRegExp, needing } from '../text/regexp.js';
import { clauseBreaks, relativeClauseEnd } from '../text/clause-break.js';
import type { Document, EntityMention, Quantity } from '../model/document.js';
import { coveredBy, spansWithin, type Span } from '../model/span.js';
import { repairedView, type RepairedView } from '../repair/view.js';
import { STOP } from '../text/words.js';
import { family } from './align.js';
import { SYNONYMS } from './synonyms.js';
import { findQuantities, qualifierBefore, SECONDS_STANDING } from '../mentions/quantities.js';
import { GAZETTEER_INDEX, NOT_NAMES, TITLE } from '../mentions/gazetteer.js';
import { slug } from '../mentions/entities.js';
import { readUrl } from '../metadata/outlets.js';
import { bareName, readRoles } from './roles.js';
import { countRun, eachOfPeriods } from './count-runs.js';
import { editDistance } from './compare/names.js';

/**
 * A typed fact: a value stated in one sentence of one document, attached to what it is
 * about. Kinds: `count` (a number of counted things), `quantity` (money or a measure),
 * `duration` (a span of time: kept, never compared), `age` (of a named person), `time`
 * (of day), `date` (a written calendar date), `place` (a person's home town) and `name`
 * (a name as one document writes it).
 */
export interface Fact extends Span {
  readonly id: string;
  readonly doc: string;
  readonly kind: FactKind;
  /** The value as written (repaired text). */
  readonly text: string;
  /** Normalised value: a number (in `unit`s; minutes after midnight for a time), an ISO date, or a name. */
  readonly value: number | string;
  /** Currency, measure unit or counted noun; `min` for a time of day; absent otherwise. */
  readonly unit?: string;
  /** `about`, `estimated` (`an estimated €85 million`), `at least`, `at most`, `up to`, `more than`, `fewer than`, or null. */
  readonly qualifier: string | null;
  /** What the value is about: an entity key (`person:...`) or a noun family (`noun:comment`); empty when only the sentence says. */
  readonly about: string;
  /** What happened to the counted things, when the text says next to them (`injured`, `evacuated`), as a light stem. */
  readonly event?: string;
  /** The words the `about` key was read from, as written. */
  readonly aboutText: string;
  /** Index into the document's sentences; -1 for its title line, -2, -3… for its deck lines. */
  readonly sentence: number;
  /** Decimal places written (`8.7` has 1): the precision the text signals. */
  readonly decimals: number;
  /** The rule that read the fact. */
  readonly rule: string;
  /**
   * The time the value holds for: the document's publication date (ISO) by default, or the
   * words that tie it to an event (`at the time of the crash`) when the text says so.
   */
  readonly asOf?: string;
  /**
   * Whose figure it is: the person or organisation written as the subject of the verb before
   * the figure (`the Green Party won 45 seats`), as an entity key (a person by surname).
   */
  readonly holder?: string;
  /** The lower end of a range the text gives (`between 10 and 12 people`, `10 to 12`, `two or three`); `value` is its upper end. */
  readonly low?: number;
}

export type FactKind =
  | 'count'
  | 'quantity'
  | 'duration'
  | 'age'
  | 'time'
  | 'date'
  | 'place'
  | 'name'
  | 'role';

/** A fact with the features of its sentence, for aligning facts across documents. */
export interface FactInContext extends Fact {
  /** Word families and entity keys of the sentence, less the fact's own words. */
  readonly context: ReadonlySet<string>;
}

const DURATION = new Set([
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
  'decade',
  'century',
  'time',
]);
/** Words a counted-noun reader must never take for the thing counted. */
const NOT_NOUN = new Set([
  ...STOP,
  'after',
  'before',
  'while',
  'ago',
  'later',
  'late',
  'early',
  'against',
  'earlier',
  'away',
  'each',
  'per',
  'other',
  'more',
  'less',
  'than',
  'times',
  'it',
  'p',
  'a',
  'm',
  'w',
  // Irregular pasts of a change (`people aged over 65 rose to 1.9 million`: `65` counts no roses;
  // rule `fact:count-noun`, stop 45).
  'rose',
  'fell',
  'grew',
  'stood',
]);

const WORD = /[\p{L}][\p{L}'’-]*/u;

/** A set of words written as one string, space-separated. */
const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** The light lemma of a noun: `comments` -> `comment`, `species` stays, `injuries` -> `injury`, `gunmen` -> `gunman`. */
export function lemma(w: string): string {
  const x = w.toLowerCase();
  // Nouns that end in `ies` in the singular too (`species`, `series`) stay as they are.
  if (/(?:species|series)$/.test(x)) return x;
  if (x.endsWith('ies') && x.length > 4) return x.slice(0, -3) + 'y';
  // `gunmen`, `women`, `fishermen` (not `specimen`, `abdomen`, `regimen`, `omen`).
  if (/men$/.test(x) && !/(?:speci|abdo|regi|o|sta|acu|se|hy|a)men$/.test(x)) return x.slice(0, -3) + 'man';
  if (/(ss|us|is|ies|species|series|news)$/.test(x)) return x;
  if (/(ches|shes|xes|sses)$/.test(x)) return x.slice(0, -2);
  if (x.endsWith('s') && x.length > 3) return x.slice(0, -1);
  return x;
}

/**
 * One person across documents: the entity key without middle names or initials
 * (`person:anthony-phillip-lasalle` and `person:anthony-lasalle` are one person).
 */
export function personKey(key: string): string {
  if (!key.startsWith('person:')) return key;
  const parts = key
    .slice(7)
    .split('-')
    .filter((p) => p.length > 1);
  return parts.length > 2 ? `person:${parts[0]}-${parts[parts.length - 1]}` : key;
}

/** Reads the typed facts of each document. */
export function findFacts(documents: readonly Document[]): FactInContext[] {
  const out: FactInContext[] = [];
  // A loop, not a spread: a document may hold a few hundred thousand facts (the call stack's limit).
  for (const d of documents) for (const f of documentFacts(d)) out.push(f);
  return tollPartJoined(
    countSoFar(
      stillBesideFirst(
        crowdBySource(onceOfDescribed(ageOfDescribed(ageOfSurname(out)), documents), documents),
        documents,
      ),
      documents,
    ),
    documents,
  );
}

/** Words for anyone a toll counts, not a named group: `people`, `others`, `dead`. */
const ANYONE_WORD =
  /^(?:people|persons?|others?|victims?|casualties|dead|killed|injured|wounded|hurt|missing)$/i;

/**
 * A toll given in two named parts joined by `and` under one verb of what befell them (`Officials
 * said 284 passengers and 31 crew had reported symptoms`, `12 pupils and two teachers were
 * injured`): the figure after `and`, its verb after it, is a part of the toll, never the toll of
 * everyone another outlet gives (`315 people have norovirus`). It is keyed as a part (rule
 * `fact:toll-part-joined`, stop 57), set only against the same group's figure (align-facts
 * `sameSubject`). The figure before `and` must be a count of the same document with no other toll
 * of its own (`7 dead and 12 people injured` are two tolls, each whole), and both must name a
 * group (`three soldiers and 12 others` is a toll told whole).
 */
function tollPartJoined(facts: FactInContext[], documents: readonly Document[]): FactInContext[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const counts = new Map<string, FactInContext>();
  for (const f of facts) if (f.kind === 'count') counts.set(`${f.doc}:${f.start}`, f);
  return facts.map((f) => {
    if (f.kind !== 'count' || f.rule !== 'fact:count-noun' || !f.about.startsWith('event:')) return f;
    const text = byId.get(f.doc)?.text;
    if (!text) return f;
    // The part after `and`, its own verb after it (the one before, its verb read across the
    // second count, `fact:count-and-count-verb`, is left as it was).
    const before = AND_COUNT_BEFORE.exec(text.slice(Math.max(0, f.start - 60), f.start));
    const at = before ? f.start - before[0].length + before[0].indexOf(before[1]!) : -1;
    const other = at >= 0 ? counts.get(`${f.doc}:${at}`) : undefined;
    if (!other || (other.about.startsWith('event:') && other.about !== f.about)) return f;
    // Two named groups: not `people` or `others` (`three soldiers and 12 others`: a toll told whole).
    if (ANYONE_WORD.test(f.aboutText) || ANYONE_WORD.test(other.aboutText)) return f;
    return { ...f, rule: 'fact:toll-part-joined' };
  });
}

/**
 * A count told while the search goes on (`Rescuers had pulled three people out alive and were
 * searching for up to eight more`) is a count so far: at least that many, never a conflict with a
 * later report's larger total (`Rescuers found 11 people under the snow`; rule
 * `fact:count-so-far-more-sought`, stop 57). A count without such words is left as it is.
 */
function countSoFar(facts: FactInContext[], documents: readonly Document[]): FactInContext[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return facts.map((f) => {
    if (f.kind !== 'count' || f.qualifier !== null) return f;
    const text = byId.get(f.doc)?.text;
    if (!text || !MORE_SOUGHT.test(text.slice(f.end, f.end + 120))) return f;
    return { ...f, qualifier: 'at least', rule: 'fact:count-so-far-more-sought' };
  });
}

/**
 * A count of what still remained (`2, 500 homes were still without water`; `fact:period-still`) is
 * a later moment's beside its own report's first count of the plight (`40, 000 homes` in the
 * headline): set apart from the story's first toll only then. Alone in its report, it is that
 * report's count of the story, an update across reports as any other (rule `fact:period-still`).
 */
function stillBesideFirst(facts: FactInContext[], documents: readonly Document[]): FactInContext[] {
  if (!facts.some((f) => f.asOf === STILL)) return facts;
  const key = (f: FactInContext): string => `${f.doc}|${f.kind}|${f.about}|${f.unit ?? ''}`;
  const first = new Set(facts.filter((f) => f.asOf !== STILL).map(key));
  const published = new Map(documents.map((d) => [d.id, d.published?.slice(0, 10)]));
  return facts.map((f) => {
    if (f.asOf !== STILL || first.has(key(f))) return f;
    const { asOf: _still, ...rest } = f;
    const asOf = published.get(f.doc);
    return asOf ? { ...rest, asOf } : rest;
  });
}
/** The period of a count of what still remained (`fact:period-still`). */
const STILL = 'then still';

/** The clauses of a sentence two sources' figures are set against each other in (`..., while organisers said ...`). */
const CLAUSE_BREAK = /,\s+(?:while|whereas|but)\s+|;\s+/giu;
/** A clause attributing what it tells to police or the organisers: `police said`, `according to police`, `Organisers claimed`. */
const CROWD_SOURCE =
  /\b(police|organi[sz]ers)\s+(?:(?:have|had|later)\s+)?(?:said|say|says|claimed|claim|claims|estimated|estimate|estimates|counted|reported)\b|\b(?:according\s+to|said|says)\s+(?:the\s+)?(police|organi[sz]ers)\b/giu;

/**
 * A protest's crowd told as a source's count (`Some 35,000 people joined a march, police said`,
 * `Organisers claimed 120,000 marchers`) is that source's estimate, once a report of the story
 * gives two sources' counts (`Police put the crowd at 35,000, while organisers said ...`): keyed
 * as `Police put the crowd at 35,000` is (`fact:crowd-put-at`), so that police and organisers
 * giving two figures are two estimates, and two outlets' different police figures a conflict
 * (rule `fact:crowd-by-source`). Only the clause holding the count is read; a clause naming both
 * sources, or none, leaves it. Where no report tells two estimates, each outlet's one figure is
 * its crowd, compared as any count.
 */
function crowdBySource(facts: FactInContext[], documents: readonly Document[]): FactInContext[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const sourceOf = (f: FactInContext): string | null => {
    if (f.kind !== 'count' || f.sentence < 0) return null;
    const put = /^noun:crowd-put-by-(police|organi[sz]er)$/.exec(f.about)?.[1];
    if (put) return put.replace('organizer', 'organiser');
    if (f.about !== 'event:protested') return null;
    const d = byId.get(f.doc);
    const s = d?.sentences[f.sentence];
    if (!d || !s || f.start < s.start || f.end > s.end) return null;
    const text = d.text.slice(s.start, s.end);
    let [from, to] = [0, text.length];
    for (const m of text.matchAll(CLAUSE_BREAK)) {
      if (m.index! + s.start < f.start) from = m.index! + m[0].length;
      else if (m.index! + s.start >= f.end) {
        to = m.index!;
        break;
      }
    }
    const sources = new Set(
      [...text.slice(from, to).matchAll(CROWD_SOURCE)].map((m) =>
        lemma(m[1] ?? m[2]!).replace('organizer', 'organiser'),
      ),
    );
    return sources.size === 1 ? [...sources][0]! : null;
  };
  const sources = facts.map(sourceOf);
  const byDoc = new Map<string, Set<string>>();
  facts.forEach((f, i) => {
    if (sources[i]) byDoc.set(f.doc, (byDoc.get(f.doc) ?? new Set()).add(sources[i]!));
  });
  if (![...byDoc.values()].some((x) => x.size >= 2)) return facts;
  return facts.map((f, i) => {
    const by = sources[i];
    if (!by || f.about !== 'event:protested') return f;
    // The verb (`joined a march`, `protested`, `claimed`) tells the one protest, not which crowd.
    const { event: _event, ...rest } = f;
    return { ...rest, about: `noun:crowd-put-by-${by}`, rule: 'fact:crowd-by-source' };
  });
}

/**
 * The age given after a lone surname in an article that names nobody of that surname in full
 * (`Darrow, 28,` under `Luis Darow`, or with no full name at all) is the age of the one person of
 * that surname the story names in full (`Luis Darrow`), so it meets the ages given with the name
 * (rule `fact:age-of-surname`, stop 47). Two such people in the story leave it the surname's.
 */
function ageOfSurname(facts: FactInContext[]): FactInContext[] {
  const full = new Map<string, Set<string>>();
  for (const f of facts) {
    if (!f.about.startsWith('person:')) continue;
    const parts = f.about.slice(7).split('-');
    if (parts.length >= 2) full.set(parts.at(-1)!, (full.get(parts.at(-1)!) ?? new Set()).add(f.about));
  }
  // A name read with a word before it (`person:left-hander-luis-darrow`) is the name it ends with.
  const bare = (keys: ReadonlySet<string>): string[] =>
    [...keys].filter((k) => ![...keys].some((o) => o !== k && k.endsWith(`-${o.slice(7)}`)));
  return facts.map((f) => {
    if (f.kind !== 'age' || !/^person:[^-]+$/.test(f.about)) return f;
    const who = bare(full.get(f.about.slice(7)) ?? new Set());
    if (who.length !== 1) return f;
    return { ...f, about: who[0]!, rule: 'fact:age-of-surname' };
  });
}

/**
 * A clock time after `at` with no half of the day (`at about 11:20`, `at 14:05`): the qualifier,
 * the hour, the minutes. Not followed by `a.m.`/`p.m.` (read as times already), a second colon
 * (a race's time) or more digits. Tokenised text writes the clock with a space after the colon
 * (`at 21: 30`, `at 03: 40`), read as `21:30` (rule `fact:time-bare-clock`, widened, stop 54).
 */
const BARE_CLOCK =
  /\b(?:at|by|until)\s+(?:(shortly after|just after|shortly before|just before|about|around|approximately)\s+)?(\d{1,2}):\s?(\d{2})\b(?!\s?[:.]\s?\d)(?!\s?[ap]\.?\s?m\b)(?!\s?(?:GMT|UTC)\b)/giu;

/** A role noun, the subject of a death or a birth told with its date (`The painter, who died in `). */
const DESCRIBED_DIED =
  /(?:^|[^\p{L}])[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}{3,}),?\s+(?:who\s+)?(?:had\s+)?(?:died|was\s+born)\s+(?:in|on)\s+$/u;

/**
 * The date of a death or a birth of someone described, not named (`The painter, who died in
 * 1952,`), is a date of the one person the story gives that role (`Ilsa Marven, a painter,` in
 * any outlet): its sentence names that person for the comparison of dates, so it meets the date
 * given with the name, and not another person's (rule `date:once-of-described`). Two people of
 * that role in the story leave it as it is.
 */
function onceOfDescribed(facts: FactInContext[], documents: readonly Document[]): FactInContext[] {
  const holders = new Map<string, Set<string>>();
  for (const f of facts)
    if (f.kind === 'role' && f.qualifier !== 'former' && f.unit && f.about.startsWith('person:'))
      holders.set(f.unit, (holders.get(f.unit) ?? new Set()).add(f.about));
  if (!holders.size) return facts;
  const byId = new Map(documents.map((d) => [d.id, d]));
  return facts.map((f) => {
    if (f.kind !== 'date' || (f.event !== 'death' && f.event !== 'birth') || f.sentence < 0) return f;
    if ([...f.context].some((w) => w.startsWith('@person:'))) return f;
    const d = byId.get(f.doc);
    const s = d?.sentences[f.sentence];
    if (!d || !s) return f;
    const m = DESCRIBED_DIED.exec(d.text.slice(s.start, f.start));
    const who = m ? holders.get(m[1]!) : undefined;
    if (who?.size !== 1) return f;
    return { ...f, context: new Set([...f.context, `@${[...who][0]!}`]) };
  });
}

/**
 * The age of someone described, not named (`the 35-year-old actress`), is the age of the one
 * person the story gives that role (`actress Mara Quill`, `Quill, an actress,` in any outlet),
 * so it meets the ages given with the name. Two people of that role in the story, or in the
 * fact's own document, leave it the age of the noun.
 */
function ageOfDescribed(facts: FactInContext[]): FactInContext[] {
  const holders = new Map<string, Map<string, string>>();
  const inDoc = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.kind !== 'role' || f.qualifier === 'former' || !f.unit) continue;
    const who = holders.get(f.unit) ?? new Map<string, string>();
    who.set(f.about, f.aboutText);
    holders.set(f.unit, who);
    const key = `${f.doc}|${f.unit}`;
    inDoc.set(key, (inDoc.get(key) ?? new Set()).add(f.about));
  }
  // The people whose age a document gives, by key.
  const aged = new Set(
    facts.filter((f) => f.kind === 'age' && f.about.startsWith('person:')).map((f) => f.about),
  );
  return facts.map((f) => {
    if (f.kind !== 'age' || !f.about.startsWith('noun:')) return f;
    const noun = f.about.slice(5);
    const who = holders.get(noun);
    if (!who || (inDoc.get(`${f.doc}|${noun}`)?.size ?? 0) > 1) return f;
    if (who.size === 1) {
      const [about, aboutText] = [...who][0]!;
      return { ...f, about, aboutText, rule: f.rule.replace(/-noun$/, '-role') };
    }
    // One person whose name outlets spell two ways (`Its owner, Dario Menz, 52,` / `The owner,
    // Dario Mentz,`): the spelling given with an age is the one the described person's age meets
    // (rule `fact:age-of-role-spelt-apart`, stop 58).
    const keys = [...who.keys()];
    if (!keys.every((k) => spellingVariants(k, keys[0]!))) return f;
    const withAge = keys.filter((k) => aged.has(k));
    if (withAge.length !== 1) return f;
    return {
      ...f,
      about: withAge[0]!,
      aboutText: who.get(withAge[0]!)!,
      rule: 'fact:age-of-role-spelt-apart',
    };
  });
}

/**
 * Two person keys that are one name spelt two ways: the same words but the last, and last words
 * one letter apart (added, dropped or changed; `person:dario-menz` / `person:dario-mentz`).
 */
function spellingVariants(a: string, b: string): boolean {
  const [x, y] = [a.split('-'), b.split('-')];
  if (x.length !== y.length || x.length < 2 || x.slice(0, -1).join('-') !== y.slice(0, -1).join('-'))
    return false;
  const [p, q] = [x.at(-1)!, y.at(-1)!];
  return p === q || (Math.min(p.length, q.length) >= 3 && editDistance(p, q) <= 1);
}

/** A sentence opening on `It` and a verb of what befell it (`It was found on May 14`, `It sank in 1911`). */
const IT_BEFELL =
  /^It\s+(?:(?:was|is|has\s+been|had\s+been|will\s+be)\s+)?(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|\p{Ll}+en|found|built|sold|made|hit|struck|sank|seen|held|caught|bought|lost|set|shot|kept|left|won)\b/u;
/** The head noun of a sentence's subject, told with an article (`The wreck of the steamer Sabelle, ...`: `wreck`). */
const SUBJECT_HEAD =
  /^(?:The|A|An|Its|Their|His|Her)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}{3,})(?=\s+of\b|,|\s+\p{Lu}|\s+(?:was|were|is|are|has|had|have|will)\b)/u;

/**
 * The noun a subject `It` stands for: the head of the sentence before's subject (`The wreck of the
 * steamer Sabelle ... has been found.` then `It was found on May 14`: the wreck), so that what
 * the `It` sentence tells is of that noun for the comparison (rule `fact:it-subject-of-before`).
 */
function pronounSubjectHead(sentence: string, before: string): string | undefined {
  if (!IT_BEFELL.test(sentence)) return undefined;
  return SUBJECT_HEAD.exec(before)?.[1];
}

function documentFacts(d: Document): FactInContext[] {
  const view = repairedView(d.text, d.repairs);
  const read = (s: Span): string => view.text.slice(view.fromOriginal(s.start), view.fromOriginal(s.end));
  const out: FactInContext[] = [];
  // Headlines and decks state figures too (`Bridge collapse kills 12`): they are read as
  // units after the sentences, and their facts carry a negative sentence index.
  const heads = d.blocks.flatMap((b, block) =>
    (b.label === 'title' || b.label === 'deck') &&
    !d.sentences.some((x) => x.start < b.end && b.start < x.end) &&
    readUrl(read(b)) === null
      ? [{ start: b.start, end: b.end, block }]
      : [],
  );
  const units: readonly Span[] = [...d.sentences, ...heads];
  const n = d.sentences.length;
  // Sentences are sorted and apart: the one holding a span is the last starting at or before it.
  const apart = d.sentences.every((x, i) => i === 0 || d.sentences[i - 1]!.end <= x.start);
  const sentenceOf = (s: Span): number => {
    let lo = 0;
    let hi = d.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (d.sentences[mid]!.start <= s.start) lo = mid + 1;
      else hi = mid;
    }
    const x = d.sentences[lo - 1];
    if (x && s.end <= x.end) return lo - 1;
    return apart && s.start < s.end ? -1 : d.sentences.findIndex((y) => y.start <= s.start && s.end <= y.end);
  };
  const unitOf = (s: Span): number => {
    const i = sentenceOf(s);
    if (i >= 0) return i;
    const h = heads.findIndex((x) => x.start <= s.start && s.end <= x.end);
    return h < 0 ? -1 : n + h;
  };
  const contexts = new Map<number, Set<string>>();
  const contextOf = (i: number): Set<string> => {
    let c = contexts.get(i);
    if (!c) {
      const s = units[i]!;
      c = new Set<string>();
      // Names count once, by their entity key: the words of `Mat Maid` are not two more words in common.
      const names = spansWithin(d.entities, s);
      let text = read(s);
      for (const e of [...names].sort((a, b) => b.start - a.start)) {
        const a = view.fromOriginal(e.start) - view.fromOriginal(s.start);
        const b = view.fromOriginal(e.end) - view.fromOriginal(s.start);
        text = text.slice(0, a) + ' '.repeat(b - a) + text.slice(b);
      }
      for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [])
        if (w.length > 2 && !STOP.has(w)) c.add(family(w));
      for (const e of names) c.add(`@${e.key}`);
      const head = i > 0 && i < n ? pronounSubjectHead(text, read(units[i - 1]!)) : undefined;
      if (head) c.add(family(head));
      contexts.set(i, c);
    }
    return c;
  };
  // Facts by where they start, so a span's covering fact is found without reading them all.
  const buckets = new Map<number, FactInContext[]>();
  const startingNear = (start: number): FactInContext[] => {
    const found: FactInContext[] = [];
    for (let b = Math.floor((start - MAX_FACT) / BUCKET); b <= Math.floor(start / BUCKET); b++)
      for (const f of buckets.get(b) ?? []) if (!dropped.has(f)) found.push(f);
    return found;
  };
  const dropped = new Set<FactInContext>();
  /** A span read before with no act (`12 minutes`) where a reader now keys one by its act: the new one replaces it. */
  const dropBareSpan = (start: number): void => {
    for (const f of startingNear(start))
      if (f.start === start && f.kind === 'duration' && !f.about.startsWith('during:')) dropped.add(f);
  };
  /** The noun of the last count before `q` in its sentence, for `others` after it (`fact:count-others`). */
  const othersOf = (q: Span): string | undefined => {
    const unit = unitOf(q);
    for (let i = out.length - 1; i >= 0; i--) {
      const f = out[i]!;
      if (f.kind !== 'count' || f.start >= q.start) continue;
      if (unitOf(f) !== unit) return undefined;
      const word = f.aboutText.split(/\s+/).at(-1)?.toLowerCase();
      return word && word !== 'others' && /^\p{Ll}+$/u.test(word) ? lemma(word) : undefined;
    }
    return undefined;
  };
  const push = (f: Omit<Fact, 'id' | 'doc' | 'text' | 'sentence'> & { text?: string }): void => {
    const unit = unitOf(f);
    if (unit < 0) return;
    const sentence = unit < n ? unit : n - 1 - unit;
    const text = f.text ?? read(f);
    // The unit's context less the fact's own words; the unit's set itself when the fact's words
    // are not in it (no fact changes its context).
    const unitContext = contextOf(unit);
    const own = new Set<string>();
    for (const w of (text + ' ' + f.aboutText).toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) {
      const k = family(w);
      if (unitContext.has(k)) own.add(k);
    }
    const context = own.size === 0 ? unitContext : new Set([...unitContext].filter((k) => !own.has(k)));
    const asOf = yearOfLastYear(f.asOf, d.published) ?? f.asOf ?? d.published?.slice(0, 10);
    // The fact is the object the reader built, completed here (its keys in the order a copy
    // would give them: the reader's, then these).
    const fact = f as { -readonly [K in keyof FactInContext]: FactInContext[K] };
    if (asOf) fact.asOf = asOf;
    // `nearly six hours` is an estimate from below: `about` to any reader, short of the figure
    // where a bound is set against it (rule `figure:opposite-bounds`).
    if (
      f.qualifier === 'about' &&
      f.kind !== 'time' &&
      /\b(?:nearly|almost)\s+$/i.test(
        view.text.slice(Math.max(0, view.fromOriginal(f.start) - 8), view.fromOriginal(f.start)),
      )
    )
      fact.qualifier = 'nearly';
    // A span in weeks, decades or hours is compared in days, years or minutes (`three weeks` is
    // 17.5 to 24.5 days, against `12 days`), with the rounding its own unit signals; days are
    // never hours (`two days of talks` are not 48 hours of them).
    const span = f.kind === 'duration' && f.unit ? SPAN_CONVERSIONS[f.unit] : undefined;
    if (span && typeof f.value === 'number') {
      // A fraction told in words (`half an hour`, `a quarter of an hour`) is as round as `30
      // minutes` or `15 minutes` written out: a twelfth of its unit either way (five minutes of an
      // hour), so `about half an hour` is not `about 20 minutes` (rule `quantities:span-in-words`,
      // stop 54).
      const base = f.value % 1 !== 0 && f.decimals < 1 ? Math.log10(12) : f.decimals;
      fact.unit = span[0];
      fact.value = f.value * span[1];
      if (f.low !== undefined) fact.low = f.low * span[1];
      fact.decimals = base - Math.log10(span[1]);
    }
    // A prison term is compared in years to the month, as exactly as it is imposed: a court hands
    // down whole terms, so `a two - year sentence` is not `21 months` (1.75 years), and `24
    // months` is two years (rule `fact:term-in-months`, stop 55).
    if (
      f.kind === 'duration' &&
      f.about.startsWith('during:sentence') &&
      (f.unit === 'year' || f.unit === 'month')
    ) {
      if (f.unit === 'month') {
        fact.unit = 'year';
        fact.value = (f.value as number) / 12;
        if (f.low !== undefined) fact.low = f.low / 12;
      }
      fact.decimals = Math.max(f.decimals, 0) + Math.log10(12);
    } else if (f.kind === 'duration' && f.unit === 'month' && typeof f.value === 'number') {
      // Any other span in months is compared in years, to the month, so that one act's span told
      // in either unit meets (`free credit monitoring for 12 months` / `for two years`; rule
      // `fact:span-months-in-years`, stop 57); a span in years keeps the rounding its words
      // signal (`two years` may be told as `22 months`).
      fact.unit = 'year';
      fact.value = f.value / 12;
      if (f.low !== undefined) fact.low = f.low / 12;
      fact.decimals = Math.max(f.decimals, 0) + Math.log10(12);
    }
    fact.id = `${d.id}:${f.kind}:${f.start}`;
    fact.doc = d.id;
    fact.text = text;
    fact.sentence = sentence;
    fact.context = context;
    out.push(fact);
    const bucket = buckets.get(Math.floor(fact.start / BUCKET));
    if (bucket) bucket.push(fact);
    else buckets.set(Math.floor(fact.start / BUCKET), [fact]);
  };

  // Entities by where they end in the view, for the holder of a figure.
  const endingAt = new Map<number, EntityMention>();
  for (const e of d.entities) if (e.kind !== 'place') endingAt.set(view.fromOriginal(e.end), e);

  /** The span lies inside the source of one of the document's attributions. */
  const insideSource = coveredBy(d.attributions.flatMap((a) => (a.source ? [a.source] : [])));

  // Figures from the quantity layer, each attached to the noun it counts or measures.
  // The quantity layer may have read a headline already: its figures are not read twice.
  const layered = new Set(d.quantities.map((q) => `${q.start}:${q.end}`));
  const headFigures = findQuantities(view, heads).filter((q) => !layered.has(`${q.start}:${q.end}`));
  for (const whole of [...d.quantities, ...headFigures]) {
    // `54 of the 100 seats`: the count is the part, of the noun the total counts.
    const part = whole.kind === 'count' ? partOf(view, whole) : null;
    // `most of the 40 passengers`: the 40 is the whole, and the part no figure: no fact of it.
    if (part === 'unsaid') continue;
    // A figure analysts expected (`Analysts polled by the agency had expected net profit of €340
    // million`, `economists had forecast growth of 2%`) is their forecast, not one the story's
    // sources report: no fact of the story (rule `fact:analysts-forecast`, by its absence).
    if (ANALYSTS_FORECAST.test(sentenceBefore(view, whole.start))) continue;
    // A part a verb governs, of a whole a participle names, is read with its whole (see partOf).
    for (const q of part && WHOLE_TOO.has(part) ? [part, whole] : [part ?? whole]) {
      // A percentage is a fact with what it is a share of (`89 percent of the vote`), or as a rate
      // at a level with the rate's noun, the subject of its verb (`unemployment rose to 7.2
      // percent`, `turnout was 61 percent`); a change (`rose by 5 percent`, `up 5 percent`) or a
      // bare percentage is not read.
      if (q.kind === 'percent') {
        const to = view.fromOriginal(q.end);
        // A difference a comparative sizes (`18 percent thinner`, `20 percent more expensive than`):
        // a figure of that comparison, never the level of anything.
        // A share read while the count goes on (`41 per cent of the vote with 60 per cent of
        // ballots counted`) holds for that point of the count (see `partialCount`).
        // A percentage in a clause hung on an earlier year (`last rationed water in 2039, when
        // reservoirs dropped to 12 percent`) is that year's, as a count there is (rule
        // `fact:percent-year-clause`).
        const from = view.fromOriginal(q.start);
        const yearClause = YEAR_CLAUSE.exec(view.text.slice(sentenceStart(view.text, from), from));
        // (A step of a staged rise is its year's: `fact:percent-staged-year`, see stagedYear.)
        const heldFor =
          partialCount(view, q) ?? (yearClause ? `then ${yearClause[1]!}` : undefined) ?? stagedYear(view, q);
        /** The percentage as a fact about `about`. */
        const pushPercent = (about: string, aboutText: string, rule: string): void =>
          push({
            start: q.start,
            end: q.end,
            kind: 'quantity',
            value: q.value,
            unit: 'percent',
            qualifier: q.qualifier,
            about,
            aboutText,
            // A decimal written apart as tokenised text writes it (`3. 4 percent`) has its tenths
            // too: `3. 4` is not `3` rounded (rule `fact:percent-decimals-apart`).
            decimals: /\d(?:[.,]|\.\s)(\d+)/.exec(read(q))?.[1]?.length ?? 0,
            rule,
            ...(heldFor ? { asOf: heldFor } : {}),
          });
        // A price told as a percentage above or below another price (`The offer of $38 a share is 27
        // per cent above Orsolo's last closing price`, `30 percent more than the stock's last
        // close`): the premium (or discount) it pays, as `a premium of 27 per cent over` is; read
        // before a bare comparative (`more than`).
        const against = PRICE_AGAINST.exec(view.text.slice(to, to + 90));
        if (
          against &&
          !RISE_OR_FALL_BEFORE.test(
            view.text.slice(Math.max(0, view.fromOriginal(q.start) - 30), view.fromOriginal(q.start)),
          )
        ) {
          const basis = OVER_AVERAGE.test(view.text.slice(to, to + 90)) ? '-over-average' : '';
          const premium = /^(?:above|over|more\s+than|higher\s+than)$/i.test(against[1]!);
          pushPercent(
            `noun:pct-${premium ? 'premium' : 'discount'}${basis}`,
            premium ? 'premium' : 'discount',
            'fact:percent-price-against',
          );
          continue;
        }
        // A change sized after its clause (`the stock ended at 31.20 crowns, up about 45 percent`):
        // the rise or fall of the clause's subject, as `shares rose 45 percent` is.
        const lead_ = sentenceBefore(view, q.start);
        const tail = CHANGE_AFTER_CLAUSE.exec(lead_);
        const changedSubject = tail ? CHANGED_SUBJECT.exec(lead_.slice(0, tail.index)) : null;
        const subjectWord = changedSubject?.[1]!.toLowerCase();
        if (tail && subjectWord && !STOP.has(subjectWord) && !NOT_NOUN.has(subjectWord)) {
          const up = tail[1] ? /^up$/i.test(tail[1]) : /^(?:increase|rise|jump|gain|climb)$/i.test(tail[2]!);
          const thing = SHARE_WORDS[subjectWord] ?? kindOf(lemma(subjectWord));
          pushPercent(
            `noun:${up ? 'rise' : 'fall'}-of-${thing}`,
            subjectWord,
            'fact:percent-change-after-clause',
          );
          continue;
        }
        const comparative = COMPARATIVE_AFTER.exec(view.text.slice(to, to + 40));
        if (comparative && !NOT_COMPARATIVE.has(comparative[1]!.toLowerCase())) {
          const word = comparative[1]!.toLowerCase().replace(/\s+/g, ' ');
          pushPercent(`noun:pct-${word.replace(' ', '-')}`, word, 'fact:percent-comparative');
          continue;
        }
        // How full something is (`the reservoirs were 45% full`, `at 95 percent capacity`) is its
        // share of capacity, as `at 41% of capacity` gives it (rule `fact:percent-full`).
        if (/^\s+(?:full|capacity)\b/.test(view.text.slice(to, to + 12))) {
          pushPercent('noun:share-of-capacity', 'capacity', 'fact:percent-full');
          continue;
        }
        // A possessor before the thing shared is not the thing (`15% of the country's electricity` /
        // `12% of the nation's power`: electricity, power; rule `fact:percent-of-possessed`).
        // A possessive determiner is no thing shared either (`8 percent of its workforce`, `10 percent
        // of their staff`; stop 50).
        const of =
          /^\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[a-z][\p{L}-]*['’]s\s+)?([a-z][\p{L}-]+)/u.exec(
            view.text.slice(to, to + 50),
          );
        const share = of && !NOT_NOUN.has(of[1]!) && !/(ed|ly|ing)$/.test(of[1]!) ? of[1]! : null;
        const rateAt = share
          ? null
          : RATE_AT.exec(
              view.text.slice(Math.max(0, view.fromOriginal(q.start) - 80), view.fromOriginal(q.start)),
            );
        // Or a level a verb sets or a change will reach (`cuts the tariff on steel to 25 per cent`,
        // `the tariff would fall to 15 per cent`): the rate's level too.
        const setTo =
          share || rateAt
            ? null
            : RATE_SET_TO.exec(
                view.text.slice(Math.max(0, view.fromOriginal(q.start) - 80), view.fromOriginal(q.start)),
              );
        // A percentage a participle follows, its thing the subject of `is` or `was` (`The fire was 35
        // per cent contained`, `the dam is 80 percent built`): the part of that thing done, as
        // `contained 35 per cent of the fire` is.
        const done =
          rateAt &&
          /^(?:is|was)$/.test(rateAt[2]!) &&
          !rateAt[3] &&
          PARTICIPLE_AFTER.test(view.text.slice(to, to + 30))
            ? rateAt[1]!.toLowerCase()
            : null;
        if (done && !NOT_NOUN.has(done) && !STOP.has(done)) {
          pushPercent(`noun:share-of-${kindOf(lemma(done))}`, done, 'fact:percent-done');
          continue;
        }
        // The same share of a fire with no subject right before it (`The fire has burned 12,000
        // acres and is 20 percent contained`, `containment reached 30%`): the fire its sentence
        // names (rule `fact:percent-contained`).
        const lead = view.text.slice(
          Math.max(0, view.fromOriginal(q.start) - 120),
          view.fromOriginal(q.start),
        );
        if (
          !share &&
          (/^\s+contained\b/i.test(view.text.slice(to, to + 20)) ||
            /\bcontainment\s+(?:at|of|to|was|is|reached|stood\s+at|rose\s+to)\s+(?:about\s+|around\s+|nearly\s+)?$/i.test(
              lead,
            )) &&
          /\b(?:fire|blaze|wildfire)s?\b/i.test(lead.split(/[.!?]\s/).at(-1)!)
        ) {
          pushPercent(`noun:share-of-${kindOf('fire')}`, 'fire', 'fact:percent-contained');
          continue;
        }
        // A rate told as a noun of its level (`a turnout of 43 percent`, `an unemployment rate of 7.1
        // percent`): the rate's level, as `turnout was 41 percent` is (rule `fact:percent-rate-of`).
        const rateOf = share || rateAt || setTo ? null : RATE_OF_BEFORE.exec(lead.slice(-70));
        if (rateOf && (rateOf[1] || /^turnout$/i.test(rateOf[2]!))) {
          const word = (rateOf[1] ?? rateOf[2]!).toLowerCase();
          const named = BANK_RATE.test(word) ? 'rate' : word;
          pushPercent(
            `noun:rate-of-${kindOf(lemma(named))}`,
            rateOf[1] ?? rateOf[2]!,
            'fact:percent-rate-of',
          );
          continue;
        }
        // A bank's rate is one rate whatever an outlet calls it (`its benchmark interest rate`, `its
        // key rate`, `its policy rate`), and a rate a change sets is its level (`raised its key rate
        // by 25 basis points to 4.25 percent`, `the increase took its key rate to 4.5%`: rule
        // `fact:percent-level-set-by`).
        const rateWord = rateAt?.[1] ?? setTo?.[1] ?? setTo?.[2] ?? setTo?.[3];
        // The kind of prices or inflation a word before names (`Food prices rose 4.2 percent`,
        // `Core inflation eased to 2.8 percent`): that kind's figure, never the whole's; consumer
        // prices' rise over a year is the inflation rate (`Consumer prices rose 3.1% in the year to
        // September` / `Annual inflation fell to 3.1 percent`: rule `fact:percent-kind-of-prices`).
        const kindWord = rateAt
          ? PRICE_KIND.exec(
              view.text
                .slice(Math.max(0, view.fromOriginal(q.start) - 80), view.fromOriginal(q.start))
                .slice(0, rateAt.index),
            )?.[1]?.toLowerCase()
          : undefined;
        const priceKind =
          kindWord && /^(?:prices?|inflation|costs?)$/i.test(rateWord ?? '') ? kindWord : undefined;
        if (priceKind === 'consumer' && /^prices?$/i.test(rateWord!) && rateAt && !rateAt[3]) {
          pushPercent('noun:rate-of-inflation', 'consumer prices', 'fact:percent-kind-of-prices');
          continue;
        }
        const rate =
          rateWord && BANK_RATE.test(rateWord)
            ? 'rate'
            : priceKind && rateWord
              ? `${priceKind}-${rateWord}`
              : rateWord;
        // `shares fell 7 percent` is the size of a fall, `shares rose 3 percent` of a rise: not the
        // level (`rose to 7 percent`), and a rise is never set against a fall.
        const change =
          rateAt && !rateAt[3]
            ? RISE_VERB.test(rateAt[2]!)
              ? 'rise'
              : FALL_VERB.test(rateAt[2]!)
                ? 'fall'
                : ''
            : '';
        // A currency devalued by a percentage (`devalued the crown by 15%`) is the size of the
        // story's devaluation, as `a 15% devaluation` is (rule `fact:percent-devaluation`).
        if (
          !share &&
          !rate &&
          DEVALUED_BY.test(
            view.text.slice(Math.max(0, view.fromOriginal(q.start) - 60), view.fromOriginal(q.start)),
          )
        ) {
          pushPercent('noun:pct-devaluation', 'devaluation', 'fact:percent-devaluation');
          continue;
        }
        // A percentage that sizes a change or a part named after it (`a 5% pay rise`, `a 15 percent
        // pay increase`, `a 20% stake`): about that noun and the word that qualifies it.
        // Or before it (`a premium of 32%`, `a pay rise of 5 percent`): the same figure.
        // A change of a thing sized by a percentage, told as a noun after it (`a 25 percent drop
        // in deaths`) or as a verb with `by` before it (`cut deaths by 30 percent`): the rise or
        // fall of that thing, as `deaths fell 30 percent` is.
        const changeIn = share || rate ? null : CHANGE_IN.exec(view.text.slice(to, to + 60));
        const changeBy =
          share || rate || changeIn
            ? null
            : CHANGE_BY.exec(
                view.text.slice(Math.max(0, view.fromOriginal(q.start) - 60), view.fromOriginal(q.start)),
              );
        const changed = changeIn
          ? { dir: RISE_NOUN.test(changeIn[1]!) ? 'rise' : 'fall', noun: changeIn[2]! }
          : changeBy
            ? { dir: RISE_BY.test(changeBy[1]!) ? 'rise' : 'fall', noun: changeBy[2]! }
            : null;
        if (changed && !NOT_NOUN.has(changed.noun) && !STOP.has(changed.noun)) {
          pushPercent(
            `noun:${changed.dir}-of-${kindOf(lemma(changed.noun))}`,
            changed.noun,
            'fact:percent-change-of',
          );
          continue;
        }
        // A percentage one side of a bargain offers or demands (`the government has offered 4.5
        // percent`, `the 3.5 percent offered by the government`, `its offer of 4.5 percent`,
        // `demanding a 9 percent pay rise`): that side's figure, never set against the other's
        // (rule `fact:percent-offered`).
        const bargain =
          share || rate
            ? null
            : (BARGAIN_BEFORE.exec(
                view.text.slice(Math.max(0, view.fromOriginal(q.start) - 60), view.fromOriginal(q.start)),
              )?.[1] ?? BARGAIN_AFTER.exec(view.text.slice(to, to + 50))?.[1]);
        if (bargain) {
          const side = /^(?:offer|propos)/i.test(bargain) ? 'offer' : 'demand';
          pushPercent(`noun:pct-${side}`, side, 'fact:percent-offered');
          continue;
        }
        const after = share || rate ? null : PERCENT_SIZES.exec(view.text.slice(to, to + 40));
        const before =
          share || rate || after
            ? null
            : PERCENT_SIZED_BEFORE.exec(
                view.text.slice(Math.max(0, view.fromOriginal(q.start) - 60), view.fromOriginal(q.start)),
              );
        const sized: { text: string; word?: string; noun: string } | null = after
          ? { text: after[0], ...(after[1] ? { word: after[1] } : {}), noun: after[2]! }
          : before
            ? {
                text: before[0],
                ...(before[1] && !STOP.has(before[1].toLowerCase()) ? { word: before[1] } : {}),
                noun: before[2]!,
              }
            : null;
        if (!sized && !share && (!rate || STOP.has(rate.toLowerCase()) || NOT_NOUN.has(rate.toLowerCase())))
          continue;
        const head = sized ? (SIZED_FAMILY[sized.noun.toLowerCase()] ?? lemma(sized.noun.toLowerCase())) : '';
        // A premium or discount over an average price (`over the average price of the past 30 days`)
        // is measured from another price than one over a day's close: another figure.
        const basis = sized && OVER_AVERAGE.test(view.text.slice(to, to + 90)) ? '-over-average' : '';
        pushPercent(
          sized
            ? `noun:pct-${payWord(sized) ? 'pay-' : sized.word ? `${lemma(sized.word.toLowerCase())}-` : ''}${head}${basis}`
            : share
              ? `noun:share-of-${WORKFORCE.has(share.toLowerCase()) ? 'workforce' : kindOf(lemma(share))}`
              : `noun:${change ? `${change}-of` : 'rate-of'}-${(change && SHARE_WORDS[rate!.toLowerCase()]) || kindOf(lemma(rate!.toLowerCase()))}`,
          sized ? sized.text.trim() : (share ?? rate!),
          sized
            ? 'fact:percent-sized'
            : share
              ? 'fact:percent-of'
              : setTo
                ? setTo[2] || /\sby\s/.test(setTo[0])
                  ? 'fact:percent-level-set-by'
                  : 'fact:percent-level-set'
                : 'fact:percent-rate',
        );
        continue;
      }
      // A number that names a thing (`Highway 9`, `Flight 370`, `Game 7`) counts nothing.
      if (q.kind === 'count' && labelsThing(view, q)) continue;
      // Nor one after `number` or `No.` (`world number nine Mira Lenko`, `the No. 3 seed`): a rank
      // or a label (rule `fact:number-label`; the rank itself is read by `fact:rank-of-person`).
      if (
        q.kind === 'count' &&
        NUMBER_WORD_BEFORE.test(
          view.text.slice(Math.max(0, view.fromOriginal(q.start) - 12), view.fromOriginal(q.start)),
        )
      )
        continue;
      // A figure a noun of what befell people moves to (`Arrests rise to 146 after the protest`)
      // is read by `fact:tally-noun-moves` below, not as a count of the noun after it.
      if (q.kind === 'count' && movedTallyAt(view, q)) continue;
      // Either side of a proportion (`One resident in five is now over 65`, `one in ten adults`,
      // `three out of four voters`) counts nothing (rule `fact:count-proportion`, stop 55).
      if (q.kind === 'count' && inProportion(view, q)) continue;
      // A count inside who says it (`according to two people briefed on the inquiry`, `three
      // officials said`) counts the sources, not the story's things.
      // (Those who reported an illness are the ill, not a source: `37 people have reported stomach
      // illness`; rule `fact:fell-ill`.)
      // (Nor is a size told by a participle of estimating, `The swarm, estimated at 80 million
      // insects,` / `thought to number 800`: no one says it there, whatever a cue reads; rule
      // `fact:estimated-size`, stop 55.)
      if (
        q.kind === 'count' &&
        insideSource(q) &&
        !ILL_AFTER.test(view.text.slice(view.fromOriginal(q.end), view.fromOriginal(q.end) + 70)) &&
        !ESTIMATED_SIZE_BEFORE.test(
          view.text.slice(Math.max(0, view.fromOriginal(q.start) - 50), view.fromOriginal(q.start)),
        )
      )
        continue;
      // A race time or a margin in seconds (`finishing in 1:53.27`, `beat Lindt by 0.01 seconds`,
      // `0.38 seconds behind`): read by `raceTimeOf`, whose figure it is and of which run.
      if (q.kind === 'measure' && q.unit === 's') {
        const race = raceTimeOf(view, q, d.entities);
        const written = read(q);
        const decimals = /\.\s?(\d+)(?!\d)/.exec(written)?.[1]?.length ?? 0;
        // A run's time is its runner's finishing time, as `fact:finish-time` keys it (below): one
        // time of that runner, whichever way it is written (`2:18:40`, `2 hours 18 minutes 40
        // seconds`); a time of nobody named (`The winning time was 2:02.31`) is the race's.
        if (race?.rule === 'fact:race-time')
          push({
            ...(race.asOf ? { asOf: race.asOf } : {}),
            start: q.start,
            end: q.end,
            kind: 'duration',
            value: q.value,
            unit: 'second',
            qualifier: q.qualifier,
            about: `during:finish-time${race.round ? `-${race.round}` : ''}${
              race.runner ? `|${personKey(bareName(race.runner, read(race.runner)).key)}` : ''
            }`,
            aboutText: race.runner ? read(race.runner) : race.text,
            decimals,
            rule: 'fact:finish-time',
          });
        else if (race)
          push({
            ...(race.holder ? { holder: race.holder } : {}),
            ...(race.asOf ? { asOf: race.asOf } : {}),
            start: q.start,
            end: q.end,
            kind: 'quantity',
            value: q.value,
            unit: 's',
            qualifier: q.qualifier,
            about: `noun:${race.noun}`,
            aboutText: race.text,
            decimals,
            rule: race.rule,
          });
        continue;
      }
      const written = read(q);
      const decimals =
        // The digits after the point, a unit glued to them or not (`46.2C`, `$1.5bn`, `2.5 km`: rule
        // `fact:decimals-glued-unit`).
        (/\d[.,]\s?(\d+)(?!\d)/.exec(written.replace(/,\s?(\d{3})\b/g, '$1'))?.[1]?.length ?? 0) -
        scaleOf(written, q.value);
      // A sum of money or a measure no noun names (`the robbers stole $2 million from the bank`,
      // `the fire has burned 12,000 acres`) is about what its sentence tells: compared only with
      // one in a sentence alike in most of its words.
      const read0: { noun: string; text: string; rule?: string } | null =
        distanceInsideOf(view, whole) ??
        depthOf(view, whole) ??
        waveHeightOf(view, whole) ??
        perThingOf(view, whole) ??
        widthOf(view, whole) ??
        zoneRadiusOf(view, whole) ??
        measuredLengthOf(view, whole) ??
        lengthBeforeThing(view, whole) ??
        weightOf(view, whole) ??
        (q.kind === 'measure' && q.unit.startsWith('°') ? temperatureOf(view, q) : null) ??
        (q.kind === 'count' &&
        q.unit === 'more' &&
        MORE_ELIDED_BEFORE.test(
          view.text.slice(Math.max(0, view.fromOriginal(q.start) - 40), view.fromOriginal(q.start)),
        )
          ? { noun: 'more', text: 'more' }
          : null) ??
        sumGoesTo(view, whole, q.kind) ??
        nounOf(view, whole, q.kind === 'count' ? q.unit : null, unitOf(q) >= n) ??
        (q.kind === 'money' || q.kind === 'measure' ? { noun: '', text: '' } : null);
      if (!read0) continue;
      // The people a company employs are its workers (`employs about 9,000 people` / `19,000 workers`).
      const lead40 = view.text.slice(
        Math.max(0, view.fromOriginal(q.start) - 40),
        view.fromOriginal(q.start),
      );
      // `others` after a count of its sentence are more of that count's noun (`Fourteen students
      // were expelled and 24 others suspended`: rule `fact:count-others`).
      // So is `more` after a second verb of the sentence (`killed 3 workers and injured 15 more`,
      // `killing two and wounding 14 more`): the verb's count, its noun left out (rule
      // `fact:count-more-elided`, stop 55).
      const moreElided = read0.noun === 'more';
      const before = read0.noun === 'other' || moreElided ? othersOf(q) : undefined;
      // The record a figure broke (`The previous record of 45.4C was set in 2038`, `The old record,
      // 45.4C,`): the old record's figure, never the new one's (rule `fact:previous-record`, stop 45).
      const previousRecord = PREVIOUS_RECORD.test(lead40);
      const about0 = previousRecord
        ? {
            noun: `previous-record-${read0.noun || q.unit}`,
            text: 'previous record',
            rule: 'fact:previous-record',
          }
        : before
          ? {
              noun: before,
              text: read0.text,
              rule: moreElided ? 'fact:count-more-elided' : 'fact:count-others',
            }
          : q.kind === 'count' && /^(?:people|person|staff)$/.test(read0.noun) && EMPLOYS.test(lead40)
            ? { ...read0, noun: 'worker' }
            : // Workers laid off are jobs cut (`will lay off 1,500 workers` / `will cut 1,200 jobs`:
              // rule `fact:layoffs-are-jobs`).
              // So are workers who will lose their jobs (`About 1,500 workers will lose their jobs`).
              q.kind === 'count' &&
                LAID_OFF_NOUN.test(read0.noun) &&
                (LAYS_OFF.test(lead40) ||
                  LOSE_JOBS.test(view.text.slice(view.fromOriginal(q.end), view.fromOriginal(q.end) + 50)))
              ? { ...read0, noun: 'job', rule: 'fact:layoffs-are-jobs' }
              : // The people a place holds are its seats (`the stadium holds 45,000 people` / `the
                // 40,000-seat stadium`: rule `fact:capacity`).
                q.kind === 'count' && CAPACITY_NOUN.test(read0.noun) && HOLDS.test(lead40)
                ? { ...read0, noun: 'seat', rule: 'fact:capacity' }
                : // People who were at a show, a match or a festival are its crowd (`About 20,000
                  // people were at the site` / `the 25,000 fans`: rule `fact:people-attending`).
                  q.kind === 'count' &&
                    /^(?:people|person)$/.test(read0.noun) &&
                    attending(view, q, read0.text)
                  ? { ...read0, noun: 'spectator', rule: 'fact:people-attending' }
                  : // People who searched are the searchers (`More than 400 people, including soldiers,
                    // took part in the search` / `About 300 searchers joined the hunt`: rule
                    // `fact:people-searching`, stop 45).
                    q.kind === 'count' &&
                      /^(?:people|person)$/.test(read0.noun) &&
                      searching(view, q, read0.text)
                    ? { ...read0, noun: 'searcher', rule: 'fact:people-searching' }
                    : // A count the story's event ends (`lost for the first time in 32 fights`, `the
                      // first rise in 14 months`) includes it: not a count of the same noun before
                      // it (`had been unbeaten in 31 fights`; rule `fact:count-first-in`, stop 45).
                      q.kind === 'count' && read0.noun && !DURATION.has(read0.noun) && FIRST_IN.test(lead40)
                      ? { noun: `first-in-${read0.noun}`, text: read0.text, rule: 'fact:count-first-in' }
                      : // A winner's margin (`beating Reyes by about 6,000 votes`, `won by 12 points`, `a margin
                        // of 300 votes`) is the gap between two counts, not a count of its own noun (rule
                        // `fact:count-margin`).
                        // So is a lead told after its count (`eight points clear`, `3,000 votes ahead`, `are
                        // eight points ahead of Marlow`); not a time (`50 people ahead of the summit`).
                        q.kind === 'count' &&
                          read0.noun &&
                          (MARGIN_BEFORE.test(
                            view.text.slice(
                              Math.max(0, view.fromOriginal(q.start) - 90),
                              view.fromOriginal(q.start),
                            ),
                          ) ||
                            marginAfter(view, q, lead40)) &&
                          // (A record's margin in time is read as a span: `fact:record-margin`.)
                          !(DURATION.has(read0.noun) && recordBrokenBefore(view, view.fromOriginal(q.start)))
                        ? {
                            noun: `margin-${read0.noun}`,
                            text: `margin in ${read0.text}`,
                            rule: 'fact:count-margin',
                          }
                        : read0;
      // A streak or a window of time is keyed apart (rules `fact:count-streak`,
      // `fact:count-window-of-periods`, count-runs.ts).
      const about =
        (q.kind === 'count' &&
          !previousRecord &&
          countRun(
            view.text.slice(view.fromOriginal(q.start), view.fromOriginal(q.end)),
            lead40,
            view.text.slice(view.fromOriginal(q.end), view.fromOriginal(q.end) + 20),
            read0.noun,
          )) ||
        about0;
      // A capacity is a measure of the place, as `a 40,000-seat stadium` gives it.
      const kind =
        q.kind === 'count' && about.rule !== 'fact:capacity'
          ? DURATION.has(about.noun)
            ? 'duration'
            : 'count'
          : 'quantity';
      // A group's size before the story's newcomer, told beside its size now (`The calf joins a herd
      // of seven elephants, which is now eight strong`): the size before, no count of the story's
      // to set against `The herd now numbers eight elephants` (rule `fact:count-before-now`, stop
      // 54). Only a relative clause that gives the group's size `now`.
      if (
        kind === 'count' &&
        COUNT_BEFORE_NOW.test(view.text.slice(view.fromOriginal(q.end), view.fromOriginal(q.end) + 60))
      )
        continue;
      // People held or taken hostage (`who held 14 people hostage`, `took 12 people hostage`, `was
      // holding 11 hostages`) are those taken, whichever verb tells it; the verb after them is
      // their captor's (`A man who took 12 people hostage ... was arrested`), not theirs (rule
      // `fact:hostages-taken`).
      const event =
        kind === 'count'
          ? about.noun === 'hostage' &&
            HOSTAGES_TAKEN_BEFORE.test(
              view.text.slice(Math.max(0, view.fromOriginal(q.start) - 40), view.fromOriginal(q.start)),
            )
            ? 'take'
            : eventOf(view, q, about.text)
          : undefined;
      // A utility's customers cut off are the homes cut off (`cutting power to 250,000 customers` /
      // `180,000 homes and businesses lost power`): one figure (rule `fact:customers-cut-off`).
      const cutOff = event === 'power-cut' && /^customers?$/.test(about.noun);
      // Paintings are works of art, however an outlet counts them (`three paintings` / `four works
      // by Aurel Venn`, `artworks`, `canvases`): one count (rule `fact:count-artworks`).
      // Members who abstained are the abstentions, whatever an outlet calls them (`Twelve members
      // abstained` / `Fourteen lawmakers abstained`: rule `fact:abstentions`, stop 46).
      const noun = cutOff
        ? 'home'
        : kind === 'count' && event === 'abstain'
          ? 'abstention'
          : kind === 'count' && artworks(view, q, about.noun)
            ? 'artwork'
            : // A credit line or facility is a loan made ready (`an emergency credit line of 4
              // billion crowns` / `an emergency loan of 3 billion crowns`: rule `fact:credit-line-loan`).
              kind === 'quantity' &&
                /^(?:line|facility)$/.test(about.noun) &&
                /\bcredit\s+(?:line|facility)\s+(?:of\s+)?$/i.test(
                  view.text.slice(Math.max(0, view.fromOriginal(q.start) - 40), view.fromOriginal(q.start)),
                )
              ? 'loan'
              : about.noun;
      // A toll of people is keyed by what befell them: `12 people were killed`, `13 dead` and
      // `14 deaths` are one figure; `six workers injured` and `four injuries` another.
      const toll = kind === 'count' ? casualty(about.noun, event) : undefined;
      // A span of time is about the activity it measures (`deliberated for 40 hours`, `after 30
      // hours of deliberation`), compared in the unit it is written in (two days of deliberation
      // are not 48 hours of it); without an activity it is kept and never compared.
      const activity = kind === 'duration' ? activityOf(view, q) : undefined;
      const holder = kind === 'count' ? holderOf(view, endingAt, q) : undefined;
      const low = q.qualifier ? undefined : lowerEnd(view, q, q.value);
      // A figure for a whole (`45,000 workers worldwide`, `nationwide`) is not the figure of a
      // part the story is about (`1,200 workers` at one plant): its key carries the scope.
      // (An orbit's period is no threshold though `takes 12 days to orbit` reads like one; nor is the
      // time firefighters needed to put a fire out or bring it under control: `fact:duration-to-extinguish`.)
      const scope =
        activity === 'orbit-period' || activity === 'extinguish' || activity === 'control'
          ? undefined
          : scopeOf(view, q, about.text, kind);
      // A figure for a period its clause names (`2 million passengers in March`, `in 2023`) holds
      // for that period: figures for two periods are two figures.
      // (A span of each day holds for no period of its own: `a day` is its schedule.)
      const period = activity === 'each-day' ? undefined : periodOf(view, q, kind === 'count');
      // A measure in miles, feet, mph or knots is compared in kilometres, metres or km/h (`about 6
      // miles` is about 9.7 km; `112 mph` is 180 km/h), the rounding its own unit signals carried over.
      const converted = kind === 'quantity' && q.kind === 'measure' ? CONVERSIONS[q.unit] : undefined;
      // A temperature in Fahrenheit is compared in Celsius (`106F` is 41.1 °C), its rounding carried over.
      const fahrenheit = kind === 'quantity' && q.unit === '°F';
      // `three hours and 20 minutes`, `two days and six hours`: one span of time, in the larger unit.
      const smallerPart = kind === 'duration' && activity ? partOfDuration(view, q, about.noun) : undefined;
      push({
        ...(event ? { event } : {}),
        ...(holder ? { holder } : {}),
        ...(low !== undefined
          ? { low: converted ? low * converted[1] : fahrenheit ? toCelsius(low) : low }
          : {}),
        ...(period ? { asOf: period } : {}),
        start: q.start,
        end: smallerPart ? smallerPart.end : q.end,
        kind,
        value: converted
          ? q.value * converted[1]
          : fahrenheit
            ? toCelsius(q.value)
            : q.value + (smallerPart?.value ?? 0),
        unit: toll
          ? 'people'
          : about.rule === 'fact:capacity'
            ? 'seat'
            : kind === 'count'
              ? kindOf(noun)
              : kind === 'duration'
                ? about.noun
                : converted
                  ? converted[0]
                  : fahrenheit
                    ? '°C'
                    : q.unit,
        // `an estimated €85 million` is a point estimate, not a round figure: it allows only what
        // its digits round to, as an unqualified figure does (80 against it is another figure).
        qualifier:
          q.qualifier === 'about' &&
          /\ban estimated\s+$/i.test(
            view.text.slice(Math.max(0, view.fromOriginal(q.start) - 14), view.fromOriginal(q.start)),
          )
            ? 'estimated'
            : q.qualifier,
        about:
          (toll
            ? `event:${toll}`
            : activity
              ? `during:${activity}`
              : about.noun
                ? `noun:${kindOf(noun)}`
                : '') + (scope && (toll || about.noun) ? `@${scope}` : ''),
        aboutText: about.text,
        // The precision in the unit compared: a mile's rounding is 1.6 km's.
        decimals: converted
          ? decimals - Math.log10(converted[1])
          : fahrenheit
            ? decimals - Math.log10(5 / 9)
            : // `two hours and 41 minutes` is precise to the minute, not to the hour (rule
              // `fact:duration-smaller-unit-precision`).
              smallerPart
              ? decimals + Math.log10(SMALLER_UNIT[about.noun]![1])
              : decimals,
        rule:
          q !== whole
            ? 'fact:count-part-of-total'
            : cutOff
              ? 'fact:customers-cut-off'
              : event === 'at-large'
                ? 'fact:count-still-at-large'
                : (about.rule ?? `fact:${q.kind}-noun`),
      });
      // `treated 40 people, 12 of them for burns`, `were hurt, three of whom`, `21 goals, including
      // two on Sunday`: a part told after its count is a figure of the same thing (the document then gives the thing two values,
      // so it is compared only where sentences tell the same event).
      const whose = out.at(-1);
      if (kind === 'count' && whose && whose.start === q.start) {
        const to = view.fromOriginal(q.end);
        const plain =
          OF_THEM.exec(view.text.slice(to, to + 90)) ?? INCLUDING_SOME.exec(view.text.slice(to, to + 90));
        // A part in a clause of its own, joined by `and`, with its own verb of what befell it
        // (`42 people were treated, and 11 of them were taken to hospital`): counted by that
        // verb, hospitalised or killed, not as the whole's part (rule `fact:count-of-them-befell`).
        const joined = plain ? null : OF_THEM_JOINED.exec(view.text.slice(to, to + 90));
        const befell = joined
          ? THEM_BEFELL.exec(
              view.text.slice(
                to + joined.index + joined[0].length,
                to + joined.index + joined[0].length + 60,
              ),
            )
          : null;
        const them = plain ?? (befell ? joined : null);
        const value = them ? numberOf(them[1]!) : NaN;
        if (them && value > 0 && value < q.value) {
          const at = to + them.index + them[0].length - them[1]!.length - them[2]!.length;
          // A part hurt badly (`14 people were injured, two of them seriously`, `three critically`)
          // is counted by its condition, as `Three of them were in a serious condition` is (rule
          // `fact:count-of-them-condition`, stop 45).
          const badly = whose.about.startsWith('event:')
            ? /^\s*(seriously|critically|gravely)\b/i.exec(
                view.text.slice(to + them.index + them[0].length, to + them.index + them[0].length + 14),
              )
            : null;
          const condition = badly ? CONDITION_OF_ADVERB[badly[1]!.toLowerCase()]! : undefined;
          // A part told in hospital, its verb left out (`Twelve people were treated, three of them in
          // hospital`): hospitalised, as `four were taken to hospital` tells (rule
          // `fact:count-of-them-in-hospital`, stop 55).
          const inHospital =
            !condition &&
            !befell &&
            whose.about.startsWith('event:') &&
            /^\s+(?:(?:are|were|remain|remained|still)\s+)?in\s+(?:a\s+|the\s+)?hospital\b/i.test(
              view.text.slice(to + them.index + them[0].length, to + them.index + them[0].length + 30),
            );
          push({
            ...(inHospital ? { event: 'hospitalis' } : whose.event ? { event: whose.event } : {}),
            start: view.toOriginal(at),
            end: view.toOriginal(at + them[1]!.length + them[2]!.length, 'end'),
            kind: 'count',
            value,
            unit: whose.unit,
            qualifier: null,
            about: condition
              ? `event:${condition}-condition`
              : inHospital
                ? 'event:hospitalised'
                : befell
                  ? /^(?:died|killed)$/i.test(befell[1]!)
                    ? 'event:killed'
                    : 'event:hospitalised'
                  : whose.about,
            aboutText: whose.aboutText,
            decimals: 0,
            rule: condition
              ? 'fact:count-of-them-condition'
              : inHospital
                ? 'fact:count-of-them-in-hospital'
                : befell
                  ? 'fact:count-of-them-befell'
                  : 'fact:count-of-them',
          });
        }
      }
    }
  }

  // Each unit's text in the repaired view, with where it starts (read once, by every pattern below).
  let texts: Array<{ from: number; text: string }> | null = null;
  const unitTexts = (): Array<{ from: number; text: string }> =>
    (texts ??= units.map((s) => {
      const from = view.fromOriginal(s.start);
      return { from, text: view.text.slice(from, view.fromOriginal(s.end)) };
    }));
  /** The span in the original text of `length` characters at `at` in the view. */
  const spanAt = (at: number, length: number): Span => ({
    start: view.toOriginal(at),
    end: view.toOriginal(at + length, 'end'),
  });
  /** A fact of this document already covers the span. */
  const covered = (span: Span): boolean =>
    startingNear(span.start).some((f) => f.start <= span.start && span.end <= f.end);
  /**
   * Facts a pattern reads in each unit's text: `read` turns a match into a fact and the part of
   * the match its span covers (`at` from the match's start, `length`), several (a tally's two
   * sides), or null; a span another fact already covers is left. Qualifier none, decimals none.
   */
  const byPattern = (
    re: RegExp,
    read: (m: RegExpMatchArray) => PatternFact | readonly PatternFact[] | null,
  ): void => {
    for (const { from, text } of unitTexts())
      for (const m of patternMatches(re, text))
        for (const x of factsRead(read(m))) {
          const span = spanAt(from + m.index! + x.at, x.length);
          if (covered(span)) continue;
          push({
            start: span.start,
            end: span.end,
            kind: x.kind,
            value: x.value,
            unit: x.unit,
            qualifier: x.qualifier ?? null,
            about: x.about,
            aboutText: x.aboutText,
            decimals: x.decimals ?? 0,
            rule: x.rule,
            ...(x.event ? { event: x.event } : {}),
          });
        }
  };

  // A second figure of a coordination whose noun is left out (`cancelled 400 flights on
  // Thursday and 250 on Friday`, `killed 12 people in Orlin and five in Velmar`): the same
  // noun's figure, for the other day or place.
  for (const f of [...out]) {
    if (f.rule !== 'fact:count-noun' || f.kind !== 'count') continue;
    const to = view.fromOriginal(f.end);
    const m = ELIDED_SECOND.exec(view.text.slice(to, to + 80));
    if (!m) continue;
    const value = numberOf(m[1]!.replace(/,\s?/g, ''));
    if (!(value > 0)) continue;
    const at = to + m[0].length - m[1]!.length - m[2]!.length;
    const span = spanAt(at, m[1]!.length);
    if (covered(span)) continue;
    push({
      ...(f.event ? { event: f.event } : {}),
      start: span.start,
      end: span.end,
      kind: 'count',
      value,
      unit: f.unit,
      qualifier: null,
      about: f.about,
      aboutText: f.aboutText,
      decimals: 0,
      rule: 'fact:count-elided-noun',
    });
  }

  // A part told by its whole (`Twelve of the whales had died by Monday`, `three of the injured
  // climbers were flown out`): a count of the whole's noun, read only with what befell them
  // (rule `fact:count-partitive`). And a count whose noun an earlier count of its sentence gives
  // (`47 whales beached on Sunday, and 15 have since died`, `Ten people were hurt and two
  // died`): fewer of the same noun, with what befell them (rule `fact:count-elided-subject`).
  const partCount = (at: number, written: string, noun: string, whole: string, rule: string): void => {
    const value = numberOf(written);
    const span = spanAt(at, written.length);
    if (!(value > 0) || covered(span)) return;
    const event = eventOf(view, span, whole);
    if (!event) return;
    const toll = casualty(noun, event);
    push({
      event,
      start: span.start,
      end: span.end,
      kind: 'count',
      value,
      // The unit a count of the noun gets (`35 homes` and `53 houses` are one kind); people a toll
      // counts are people, as `Five fishermen were rescued` counts them (stop 53).
      unit: toll ? 'people' : kindOf(noun),
      qualifier: null,
      about: toll ? `event:${toll}` : `noun:${kindOf(noun)}`,
      aboutText: whole,
      decimals: 0,
      rule,
    });
  };
  // Or the part a verb before it acts on (`Volunteers refloated 31 of the whales`, `Police freed 12
  // of the hostages`): a count of the whole's noun, with that verb's event, as `refloated 13
  // whales` is (rule `fact:count-partitive-object`, stop 53). (`scored one of their finest wins`
  // names one among them: no count.)
  for (const { from, text } of unitTexts())
    for (const m of text.matchAll(PART_OF_WHOLE)) {
      const rest = text.slice(m.index! + m[0].length);
      const subject = PARTITIVE.exec(rest);
      const object =
        subject ||
        /^one$/i.test(m[1]!) ||
        !VERB_ED_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!))
          ? null
          : PARTITIVE_OBJECT.exec(rest);
      const part = subject ?? object;
      // A whole told by its number with no article (`Four of five escaped inmates recaptured`, a
      // headline's way): the part is what befell them, as after `of the` (rule
      // `fact:count-partitive-no-article`, stop 58), so the whole's number is no count of the
      // recaptured.
      const bare = part && !/^\s+of\s+(?:the|those|these|its|their|his|her|our)\s/.test(part[0]);
      if (part)
        partCount(
          from + m.index! + m[0].length - m[1]!.length,
          m[1]!,
          lemma(part[2]!),
          part[1]!,
          bare
            ? 'fact:count-partitive-no-article'
            : subject
              ? 'fact:count-partitive'
              : 'fact:count-partitive-object',
        );
    }
  for (const f of [...out]) {
    if (f.kind !== 'count' || !f.event || typeof f.value !== 'number' || !f.aboutText) continue;
    const to = view.fromOriginal(f.end);
    const after = view.text.slice(to, to + 100);
    const m = ELIDED_SUBJECT.exec(after);
    const noun = lemma(f.aboutText.split(/\s+/).at(-1)!.toLowerCase());
    // `and one was charged with murder`: `one` after a count singles one of them out (a pronoun),
    // it counts nothing.
    if (m) {
      // More of people than the first count (`At least 12 people were killed and 60,000 were moved
      // to shelters`) are another group of people, counted by what befell them (widened, stop 58).
      // (A toll's second count, `Three workers died and 12 were injured`, is read by the toll's rules.)
      const another =
        f.about.startsWith('event:') &&
        f.unit === 'people' &&
        !/^\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:\p{Ll}+ly\s+)?(?:injured|hurt|wounded|killed|dead|died|missing)\b/u.test(
          after.slice(m[0].length),
        );
      if ((numberOf(m[1]!) < f.value || another) && !/^one$/i.test(m[1]!))
        partCount(to + m[0].length - m[1]!.length, m[1]!, noun, noun, 'fact:count-elided-subject');
      continue;
    }
    // The auxiliary left out with the noun (`Thirty-one flights were diverted and 21 cancelled`):
    // the second number's participle shares the first's `were` (rule `fact:count-elided-auxiliary`).
    const aux = ELIDED_AUXILIARY.exec(after);
    if (aux && numberOf(aux[1]!) < f.value)
      partCount(to + aux[0].length - aux[1]!.length, aux[1]!, noun, noun, 'fact:count-elided-auxiliary');
  }

  // A count followed by the next one of its kind (`Four men were arrested at the port and a
  // fifth was detained at his home`) or by more of what befell them (`Police arrested four dock
  // workers, and a man was arrested at his home`): the count is a part of the whole the
  // sentence tells, so at least that many (rule `fact:count-and-next`).
  for (const [i, f] of out.entries()) {
    if (f.kind !== 'count' || f.qualifier || typeof f.value !== 'number' || f.value < 2) continue;
    const to = view.fromOriginal(f.end);
    const rest = view.text.slice(to, to + 120).split(/[.;!?](?:\s|$)/)[0]!;
    // The next one befell what befell the count, or its verb is left out (`and a fifth was
    // detained`, `and a fifth later`); not another outcome (`Two climbers died and a third was
    // rescued`).
    const nextOne = NEXT_ONE[f.value]?.exec(rest);
    const outcome = nextOne?.[1]!
      .split(/\s+/)
      .find((w) => /\p{L}{3,}(?:ed|en)$/u.test(w) || /^(?:died|dead|hurt|held)$/i.test(w));
    const befell = f.event ? [family(`${f.event}ed`), family(f.event)] : [];
    const more =
      (nextOne && (!outcome || befell.includes(family(outcome.toLowerCase())))) ||
      (!!f.event && moreOf(f.event).test(rest));
    if (more) out[i] = { ...f, qualifier: 'at least', rule: 'fact:count-and-next' };
  }

  // A figure with a lower-case `m` glued to it before people or things counted one by one (`2.3m
  // customers`, `left 1. 8m users without service`, `4m households`) is millions of them, as
  // `2.3 million customers` is, never a length of the noun after it: a count of the noun, to meet
  // `2,300,000 customers` (rule `fact:million-glued-m`). Not before a thing a length measures (`a
  // 30m wall`, `10m waves`, `the 400m hurdles`): only the nouns of `COUNTED_IN_MILLIONS`.
  for (const [i, f] of out.entries()) {
    if (f.rule !== 'fact:length-of-thing' || f.unit !== 'm' || typeof f.value !== 'number') continue;
    const noun = f.about.replace(/^noun:/, '');
    if (!COUNTED_IN_MILLIONS.has(noun) || !/\dm$/.test(f.text)) continue;
    const to = view.fromOriginal(f.end);
    const after = new RegExp(String.raw`^\s+${noun}\b`).exec(view.text.slice(to, to + noun.length + 4));
    const one = kindOf(lemma(noun));
    out[i] = {
      ...f,
      id: `${f.doc}:count:${f.start}`,
      kind: 'count',
      end: after ? view.toOriginal(to + after[0].length, 'end') : f.end,
      text: after ? f.text + after[0] : f.text,
      value: Number((f.value * 1e6).toPrecision(12)),
      unit: one,
      about: `noun:${one}`,
      aboutText: noun,
      decimals: f.decimals - 6,
      rule: 'fact:million-glued-m',
    };
  }

  /** A person's holder key by their surname, from an entity key or one word of a name (`Ingrid` of `ingrid-valvik`). */
  const personByWord = (word: string): string => {
    const w = word.replace(/^person:/, '').toLowerCase();
    const parts = w.split('-');
    if (parts.length > 1) return `person:${parts.at(-1)!}`;
    const named = d.entities.find(
      (e) =>
        e.kind === 'person' &&
        e.key
          .replace(/^person:/, '')
          .split('-')
          .includes(w),
    );
    return `person:${
      named
        ? named.key
            .split('-')
            .at(-1)!
            .replace(/^person:/, '')
        : w
    }`;
  };
  // A weight after `lost` (`Valvik said she had lost 11 kilograms`, `Her partner lost 9
  // kilograms`) is the weight a person lost, no sum lost: keyed as such and held by the one who
  // lost it, a name before the verb or, for `she` or `he`, the first person its sentence names
  // (the sayer), or else the noun that tells who (`partner`), so that two people's losses are two
  // figures (rule `fact:weight-lost`). Only weights; a sum of money lost is read as before.
  for (const [i, f] of out.entries()) {
    if (f.rule !== 'fact:sum-paid-or-lost' || f.about !== 'noun:loss' || !WEIGHT_UNIT.test(f.unit ?? ''))
      continue;
    const from = view.fromOriginal(f.start);
    const sentence = d.sentences[f.sentence];
    const lead = view.text.slice(Math.max(0, from - 60), from);
    const m = LOST_SUBJECT.exec(lead);
    let holder: string | undefined;
    if (m) {
      const at = from - lead.length + m.index + m[1]!.length;
      if (/^(?:she|he)$/i.test(m[1]!) && sentence) {
        const opening = view.text.slice(view.fromOriginal(sentence.start), at);
        const sayer =
          d.entities
            .filter((e) => e.kind === 'person' && e.start >= sentence.start && view.fromOriginal(e.end) <= at)
            .sort((a, b) => a.start - b.start)[0]?.key ?? SAYER_OPENING.exec(opening)?.[1];
        if (sayer) holder = personByWord(sayer);
      } else if (!/^(?:i|we|they|it|who|had|has|have)$/i.test(m[1]!)) {
        const e = endingAt.get(at);
        holder =
          e?.kind === 'person'
            ? personByWord(e.key)
            : /^\p{Lu}\p{Ll}+$/u.test(m[1]!)
              ? personByWord(m[1]!)
              : /^\p{Ll}+$/u.test(m[1]!)
                ? `noun:${lemma(m[1]!)}`
                : undefined;
      }
    }
    out[i] = { ...f, ...(holder ? { holder } : {}), about: 'noun:weight-lost', rule: 'fact:weight-lost' };
  }

  // The passengers or people a vessel, vehicle or hall may carry (`licensed to carry 150
  // passengers`, `a capacity of 150`) are no count of those aboard: compared only with another
  // capacity (`fact:count-capacity`).
  for (const [i, read] of out.entries()) {
    if (read.kind !== 'count' || read.rule !== 'fact:count-noun') continue;
    let f = read;
    const from = view.fromOriginal(f.start);
    // People counted aboard (`250 people were aboard the ferry`): all those aboard, a count of its
    // own among a story's many counts of people (`fact:count-aboard`).
    const [noun, where] = f.about.split('@');
    const to = view.fromOriginal(f.end);
    const aboard =
      ABOARD_AFTER.test(view.text.slice(to, to + 30)) ||
      /\s(?:aboard|on\s+board)$/i.test(view.text.slice(from, to));
    const lead40 = view.text.slice(Math.max(0, from - 40), from);
    const capacity = CAPACITY_BEFORE.test(view.text.slice(Math.max(0, from - 60), from));
    // Travellers a participle of carrying governs are carried, whatever verb follows them (`A bus
    // carrying 52 tourists plunged into a ravine`, `a tour bus carrying 50 passengers fell`): read
    // as with no verb after (rule `fact:carried-whatever-verb`).
    if (
      f.event &&
      f.event !== 'carry' &&
      (noun === 'noun:passenger' || TRAVELLERS.test(noun!)) &&
      CARRYING_BEFORE.test(lead40)
    )
      out[i] = f = { ...f, event: 'carry' };
    /** The fact keyed anew: `about` (its scope kept where `scoped`), its unit, the rule that read it. */
    const rekey = (about: string, unit: string | undefined, rule: string, scoped = true): void => {
      out[i] = { ...f, about: about + (scoped && where ? `@${where}` : ''), ...(unit ? { unit } : {}), rule };
    };
    // People on or aboard a craft or in a place, then a verb of falling ill (`Some 127 people on the
    // research ship Aurora Crest have fallen ill`, `About 140 people aboard the vessel have fallen
    // ill`): those who fell ill, a toll as `127 people have fallen ill` is, the place phrase
    // between them no bar (rule `fact:ill-across-place`). Only people and a verb of falling ill
    // after a place phrase of at most eight words; those merely aboard are read as before.
    if (
      (noun === 'noun:people' || noun === 'noun:passenger') &&
      !f.event &&
      ILL_ACROSS_PLACE.test(view.text.slice(to, to + 120))
    ) {
      out[i] = f = { ...f, event: 'ill', unit: 'people' };
      rekey('event:ill', 'people', 'fact:ill-across-place');
      continue;
    }
    if (noun === 'noun:people' && aboard) {
      rekey('noun:people-aboard', undefined, 'fact:count-aboard');
      continue;
    }
    // Vessels held up by the story's blockage are one count whatever an outlet calls them (`About 30
    // ships were waiting` / `Some 40 vessels were stuck`): keyed by their kind, vessels or road
    // vehicles (rule `fact:held-up`; ships and vessels are not made one noun elsewhere: that moved
    // half B).
    if (f.event === 'held-up') {
      const vessel = /^(?:ships?|vessels?|boats?|barges?|tankers?|freighters?)$/i.test(f.aboutText ?? '');
      rekey(vessel ? 'noun:held-up-vessel' : noun!, vessel ? 'vessel' : undefined, 'fact:held-up');
      continue;
    }
    // A swarm's, flock's or herd's size (`A swarm of some 80 million locusts` / `The swarm, of about
    // 150 million insects`, `estimated at 80 million insects`): the group's one size, whatever
    // noun an outlet counts its members by, whatever verb tells where it went (rule
    // `fact:size-of-swarm`, stop 55). Not a toll of the group (`a flock of 300 sheep were killed`),
    // read as before.
    const swarm = SWARM_BEFORE.exec(view.text.slice(Math.max(0, from - 50), from));
    if (
      swarm &&
      !f.about.startsWith('event:') &&
      !MEASURE_WORD.test(f.unit ?? '') &&
      !MEASURE_WORD.test(view.text.slice(from, to))
    ) {
      rekey(`noun:size-of-${lemma(swarm[1]!.toLowerCase())}`, 'animal', 'fact:size-of-swarm', false);
      continue;
    }
    // The people a craft was carrying (`a bus carrying 40 people`) are those aboard, as `321
    // people on board` are; so are its passengers and crew (`The ferry was carrying 312
    // passengers and crew`), where passengers alone leave the crew out (`114 passengers and six
    // crew`). What a craft may carry (`licensed to carry 400 passengers`) is its capacity, below
    // (rule `fact:count-carried`).
    if (
      (noun === 'noun:people' && CARRYING_BEFORE.test(lead40)) ||
      (noun === 'noun:passenger' && /^\s+and\s+crew\b/i.test(view.text.slice(to, to + 20)) && !capacity)
    ) {
      rekey('noun:people-aboard', 'people', 'fact:count-carried');
      continue;
    }
    // The cargo a ship carries (`carrying about 18,000 containers` / `carries 20,000
    // containers`): one count of the story's ship, whatever else the sentences tell (rule
    // `fact:cargo-carried`, stop 46).
    if (/^noun:(?:container|~vehicle|car)$/.test(noun ?? '') && CARGO_BEFORE.test(lead40)) {
      rekey(`noun:cargo-${noun!.slice(5).replace('~', '')}`, undefined, 'fact:cargo-carried', false);
      continue;
    }
    // The animals a lorry or ship carried (`A lorry carrying 120 sheep overturned`, `The lorry had
    // 120 sheep on board`, `More than 100 sheep were on board`): its load, one count of the story's
    // vehicle whatever verb follows, apart from those of them the crash killed (`30 sheep died`;
    // rule `fact:livestock-carried`, stop 57). Not animals counted with no carrying (`a flock of
    // 300 sheep`).
    if (LIVESTOCK.test(noun ?? '') && !where && (CARGO_BEFORE.test(lead40) || aboard)) {
      rekey(`noun:cargo-${noun!.slice(5).replace('~', '')}`, undefined, 'fact:livestock-carried', false);
      continue;
    }
    // The travellers a craft was carrying, named by who they are (`a bus carrying 45 pilgrims`):
    // its passengers, as `The bus, which was carrying 41 passengers` counts them (rule
    // `fact:travellers-carried`).
    if (TRAVELLERS.test(noun!) && f.event === 'carry' && CARRYING_BEFORE.test(lead40)) {
      rekey('noun:passenger', 'passenger', 'fact:travellers-carried');
      continue;
    }
    // The passengers a craft carried (`was carrying coal and 80 passengers`, `had 90 passengers
    // on board`): its passengers, one count of the story's craft, whatever else the sentences tell
    // (rule `fact:passengers-aboard`); not those a craft may carry (its capacity, below).
    if (
      noun === 'noun:passenger' &&
      !where &&
      !f.event &&
      !capacity &&
      (aboard || PASSENGERS_CARRIED.test(lead40))
    ) {
      rekey('noun:passenger-aboard', undefined, 'fact:passengers-aboard', false);
      continue;
    }
    // A tally over a number of games (`has scored 31 goals in 88 appearances`, `12 wins in 40
    // starts`): a career's or a spell's record, not the tally of a season or a match (`19 goals
    // last season`; rule `fact:count-in-games`).
    if (IN_GAMES_AFTER.test(view.text.slice(to, to + 40))) {
      rekey(`${noun}-in-games`, undefined, 'fact:count-in-games');
      continue;
    }
    // People a study enrolled (`The trial enrolled 1,840 patients`, `About 1,800 patients in 21
    // countries took part`): its enrolment, apart from those who completed it or another study's
    // (rule `fact:count-enrolled`).
    if (
      ENROLLED_PEOPLE.test(noun ?? '') &&
      (ENROLLED_BEFORE.test(view.text.slice(Math.max(0, from - 24), from)) ||
        ENROLLED_AFTER.test(view.text.slice(to, to + 60)))
    ) {
      rekey(`${noun}-enrolled`, undefined, 'fact:count-enrolled');
      continue;
    }
    // People in a condition (`Six people remain in critical condition`): counted by the
    // condition, as a toll is by what befell them (rule `fact:count-in-condition`).
    const state = /^noun:(?:people|person|patient|victim|passenger|child|other)s?$/.test(noun!)
      ? IN_CONDITION_AFTER.exec(view.text.slice(to, to + 50))
      : null;
    if (state) {
      rekey(`event:${state[1]!.toLowerCase()}-condition`, 'people', 'fact:count-in-condition', false);
      continue;
    }
    // What a place holds or is home to (`The prison holds 910 inmates`, `the camp is home to
    // 30,000 refugees`): its population, a state of the place, no count of those the story's event
    // befell (`three inmates escaped`); compared only with another population (rule
    // `fact:count-held`, stop 58). Not those held by someone (`police held 12 people`).
    if (!capacity && !f.event && HELD_BEFORE.test(lead40)) {
      rekey(`${noun}-held`, undefined, 'fact:count-held');
      continue;
    }
    if (!capacity) continue;
    const unit = `capacity-of-${f.unit ?? 'people'}`;
    rekey(`noun:${unit}`, unit, 'fact:count-capacity');
  }

  // A toll written as a verb and its number, the headline way (`Bridge collapse kills 12`,
  // `Quake injures 40 in Velmar`): people killed or injured, though no noun follows.
  /** A toll of people read by a pattern: the number at `at` in the view, unless a fact covers it. */
  const pushToll = (
    at: number,
    number: string,
    qualifier: string | undefined,
    toll: string,
    aboutText: string,
    rule: string,
  ): void => {
    const value = numberOf(number);
    if (!(value > 0)) return;
    const span = spanAt(at, number.length);
    if (covered(span)) return;
    // A toll of an earlier year or day its clause names is that one's (`since 2031, when a
    // tornado killed eight`), as a toll with its noun is (rule `fact:period-year-clause`).
    // (Only a year so named, or an earlier event the sentence comes after: other periods are left
    // as the toll was read.)
    const period = periodOf(view, span, true);
    push({
      ...(period && /^then (?:\d{4}|earlier event)$/.test(period) ? { asOf: period } : {}),
      start: span.start,
      end: span.end,
      kind: 'count',
      value,
      unit: 'people',
      qualifier: qualifier?.trim().toLowerCase() || null,
      about: `event:${toll}`,
      aboutText,
      decimals: 0,
      rule,
    });
  };
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(TOLL_VERB, text))
      pushToll(
        from + m.index! + m[0].length - m[3]!.length,
        m[3]!,
        m[2],
        /^kill/i.test(m[1]!) ? 'killed' : 'injured',
        m[1]!,
        'fact:toll-verb',
      );

  // A toll written as a number and what befell the people, no noun between (`three dead and
  // 20 injured`, `two missing`), and a death toll at a figure (`the death toll rose to 45`,
  // `a death toll of 45`): people killed, injured or missing.
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(TOLL_ADJECTIVE, text)) {
      const number = m[2] ?? m[5]!;
      const word = (m[3] ?? 'dead').toLowerCase().replace(/\s+/g, ' ');
      pushToll(
        from + m.index! + m[0].lastIndexOf(number),
        number,
        m[1] ?? m[4],
        TOLL.find(([re]) => re.test(word))?.[1] ?? 'injured',
        m[3] ?? 'death toll',
        m[3]
          ? 'fact:toll-adjective'
          : /\bdeath\s+toll\b/i.test(m[0])
            ? 'fact:death-toll'
            : 'fact:toll-after-death',
      );
    }

  // A sentence opening with a part of those the sentence before counted (`Nineteen patients have
  // been infected. Four of them have died.`): a toll of what befell them, whoever `them` are,
  // as `Three patients have died` is (rule `fact:toll-of-them-opening`). Inside a clause the
  // part is its count's (`treated 40 people, 12 of them for burns`: `fact:count-of-them`).
  // So is a part told after `Of those,` (`Of those, 23 were taken to hospital`, `Of them, two
  // have died`): those taken, rushed or admitted to hospital, or treated there, are hospitalised
  // (rule `fact:toll-of-those-opening`).
  for (const { from, text } of unitTexts())
    for (const [re, rule] of [
      [THEM_TOLL_OPENING, 'fact:toll-of-them-opening'],
      [THOSE_TOLL_OPENING, 'fact:toll-of-those-opening'],
      [HURT_PART_OPENING, 'fact:part-of-the-hurt-opening'],
    ] as const) {
      const m = re.exec(text);
      // The number is after the qualifier, or after the comma of `Of those,`.
      const after = m?.[1]
        ? m[0].indexOf(m[1]) + m[1].length
        : re === THOSE_TOLL_OPENING
          ? (m?.[0].indexOf(',') ?? -1) + 1
          : 0;
      if (m)
        pushToll(
          from + m.index + m[0].indexOf(m[2]!, after),
          m[2]!,
          m[1],
          /hospital|\bto\s/i.test(m[3]!)
            ? 'hospitalised'
            : (TOLL.find(([re]) => re.test(m[3]!.toLowerCase()))?.[1] ?? 'injured'),
          'people',
          rule,
        );
    }

  // A death told by its ordinal (`A fourth worker died on Saturday`, a headline's `Fourth worker
  // dies after blast`, `the second victim has died`): the toll is now that many, as `four workers
  // have died` says (rule `fact:toll-ordinal`). Only a death: `a fourth worker was injured` may
  // be one of more.
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(TOLL_ORDINAL, text)) {
      const word = m[1]!.toLowerCase();
      const span = spanAt(from + m.index! + m[0].toLowerCase().indexOf(word), word.length);
      if (covered(span)) continue;
      push({
        start: span.start,
        end: span.end,
        kind: 'count',
        value: ORDINALS.indexOf(word) + 1,
        unit: 'people',
        qualifier: null,
        about: 'event:killed',
        aboutText: m[2]!,
        decimals: 0,
        rule: 'fact:toll-ordinal',
      });
    }

  // People in a condition with no noun of their own (`Seven of the injured are in critical
  // condition`, `Of the 41 people hurt, seven were in critical condition`): by the condition.
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(IN_CONDITION, text))
      pushToll(
        from + m.index! + m[0].indexOf(m[2]!, m[1]?.length ?? 0),
        m[2]!,
        m[1],
        `${m[3]!.toLowerCase()}-condition`,
        'people',
        'fact:count-in-condition',
      );

  // Goals told by how often someone scored (`scored twice`, `netted a hat-trick`, `scored three
  // times`): a count of goals, the scorer's, as `scored three goals` is.
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(SCORED, text)) {
      const how = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const value =
        how === 'once' ? 1 : how === 'twice' || how === 'a brace' ? 2 : /hat/.test(how) ? 3 : numberOf(m[3]!);
      if (!(value > 0)) continue;
      const span = spanAt(from + m.index! + m[0].length - m[2]!.length, m[2]!.length);
      if (covered(span)) continue;
      const holder = holderOf(view, endingAt, span);
      push({
        ...(holder ? { holder } : {}),
        start: span.start,
        end: span.end,
        kind: 'count',
        value,
        unit: 'goal',
        qualifier: null,
        about: 'noun:goal',
        aboutText: 'goals',
        decimals: 0,
        rule: 'fact:goals-scored',
      });
    }

  // A toll that moves to a figure (`the toll rose to 23`, `the toll stands at 40`): people killed.
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(TOLL_MOVES, text))
      pushToll(from + m.index! + m[0].lastIndexOf(m[2]!), m[2]!, m[1], 'killed', 'toll', 'fact:toll-moves');

  // What befell people, as a plural noun that moves to a figure, the headline way (`Arrests rise
  // to 146`, `deaths have climbed to 40`): a count of the people it befell.
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(TALLY_NOUN_MOVES, text)) {
      const toll = TOLL.find(([re]) => re.test(m[1]!.toLowerCase()))?.[1];
      if (toll)
        pushToll(
          from + m.index! + m[0].lastIndexOf(m[3]!),
          m[3]!,
          m[2],
          toll,
          m[1]!,
          'fact:tally-noun-moves',
        );
    }

  // Counts without a number: `several cars`, `a few witnesses`, `dozens of homes`. The value
  // is the least the word allows; its qualifier names the word, and the comparison allows
  // the range it means (`several` is more than two).
  for (const { from, text } of unitTexts()) {
    for (const m of matchesIn(VAGUE_COUNT, text)) {
      const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      const words = m[2]!.split(/\s+/);
      const stop = words.findIndex((w, k) => k > 0 && NOT_NOUN.has(w.toLowerCase()));
      const phrase = stop === -1 ? words : words.slice(0, stop);
      const last = phrase[phrase.length - 1]!;
      if (NOT_NOUN.has(last.toLowerCase()) || /(ed|ing|ly)$/.test(last) || !/s$/.test(last)) continue;
      const noun = lemma(last);
      if (DURATION.has(noun)) continue;
      const startAt = from + m.index!;
      const endAt = startAt + m[0].indexOf(m[2]!) + phrase.join(' ').length;
      const span = { start: view.toOriginal(startAt), end: view.toOriginal(endAt, 'end') };
      const event = eventOf(view, span);
      const toll = casualty(noun, event);
      push({
        ...(event ? { event } : {}),
        start: span.start,
        end: span.end,
        kind: 'count',
        value: VAGUE[word]![0],
        unit: toll ? 'people' : kindOf(noun),
        qualifier: word,
        about: toll ? `event:${toll}` : `noun:${kindOf(noun)}`,
        aboutText: last,
        decimals: 0,
        rule: 'fact:vague-count',
      });
    }
  }

  // The magnitude of a quake, before or after the figure (`a magnitude 6.1 earthquake`, `the
  // 6.4-magnitude quake`, `5.8 on the Richter scale`): one measure, whatever noun follows. So is
  // the figure a quake is said to measure (`The quake measured 6.2`, rule `fact:magnitude-measured`).
  for (const { from, text } of unitTexts()) {
    for (const m of matchesIn(MAGNITUDE, text)) {
      const number = m[1] ?? m[2] ?? m[3]!;
      const at = from + m.index! + m[0].indexOf(number);
      const span = spanAt(at, number.length);
      // A decimal written apart (`magnitude 6. 2`, as tokenised text writes it where the document
      // shows no other sign of tokens to be joined) is the one figure 6.2, never 6: a magnitude
      // is no sentence's end (rule `fact:magnitude-decimal-apart`).
      const figure = number.replace(/\s/g, '');
      // `a 6.1 earthquake` is a magnitude, not 6.1 quakes: a count read on the figure goes.
      for (const f of startingNear(span.start))
        if (f.kind === 'count' && f.start === span.start) dropped.add(f);
      // Whose magnitude: the tremor its phrase names (`a magnitude 5.2 aftershock`, `an
      // aftershock of magnitude 4.9`, `40 aftershocks, the strongest of magnitude 5.4`). A story
      // tells of one quake and of many aftershocks: an aftershock's magnitude is its own figure
      // (rule `fact:magnitude-aftershock`).
      const aftershock = tremorOf(text, m.index!, m.index! + m[0].length) === 'aftershock';
      push({
        start: span.start,
        end: span.end,
        kind: 'quantity',
        value: Number(figure),
        unit: 'magnitude',
        qualifier: /\b(?:about|around|nearly|roughly|approximately)\s*$/i.test(text.slice(0, m.index!))
          ? 'about'
          : null,
        about: aftershock ? 'noun:magnitude-aftershock' : 'noun:magnitude',
        aboutText: aftershock ? 'magnitude of an aftershock' : 'magnitude',
        decimals: figure.split('.')[1]?.length ?? 0,
        rule: aftershock
          ? 'fact:magnitude-aftershock'
          : m[3]
            ? 'fact:magnitude-measured'
            : figure !== number
              ? 'fact:magnitude-decimal-apart'
              : 'fact:magnitude',
      });
    }
  }

  // A driver's blood-alcohol level (`a blood-alcohol level of 0.14`, `his blood alcohol content
  // was .15 percent`, `put his blood-alcohol level at 0.14`): one measure, in percent, whatever
  // the wording; the legal limit it is held against is another (`the legal limit of 0.08`, rule
  // `fact:blood-alcohol`).
  for (const { from, text } of unitTexts()) {
    for (const m of matchesIn(BLOOD_ALCOHOL, text)) {
      const number = m[1] ?? m[2]!;
      const at = from + m.index! + m[0].lastIndexOf(number);
      const span = spanAt(at, number.length);
      for (const f of startingNear(span.start)) if (f.start === span.start) dropped.add(f);
      const limit = /\blimit\b/i.test(m[0]);
      push({
        start: span.start,
        end: span.end,
        kind: 'quantity',
        value: Number(number.startsWith('.') ? `0${number}` : number),
        unit: 'percent',
        qualifier: null,
        about: limit ? 'noun:blood-alcohol-limit' : 'noun:blood-alcohol',
        aboutText: limit ? 'legal limit of blood alcohol' : 'blood-alcohol level',
        decimals: number.split('.')[1]?.length ?? 0,
        rule: 'fact:blood-alcohol',
      });
    }
  }

  // The year a building was built, as a year or a decade (`built in 1935`, `dates back to the
  // mid 1930s`) or as its age (`the 86-year-old structure`, in an article of 2012: built in 1925
  // or 1926): one range of years, whichever way an outlet tells it. Only of a building the
  // clause names, or of `it` / `which` (a dispute that dates back to 2010 is no building).
  const published = d.published ? Number(d.published.slice(0, 4)) : NaN;
  /** An age told at `at` (view) as the year built: the year of publication less the age, a year's span. */
  const pushBuiltAge = (
    at: number,
    length: number,
    age: number,
    about: string,
    aboutText: string,
    rule: string,
  ): void => {
    const span = { start: view.toOriginal(at), end: view.toOriginal(at + length, 'end') };
    if (covered(span)) return;
    // An undated report gives no year built: the age itself, compared only with ages of the
    // same thing (reports of one story are days apart; rule `fact:age-of-thing-undated`, stop 50).
    const dated = Number.isFinite(published);
    push({
      start: span.start,
      end: span.end,
      kind: 'quantity',
      value: dated ? published - age : age,
      ...(dated ? { low: published - age - 1 } : {}),
      unit: dated ? 'year-built' : 'years-old',
      qualifier: null,
      about: dated ? about : `${about}:age`,
      aboutText,
      decimals: 0,
      rule: dated ? rule : `${rule}-undated`,
    });
  };
  for (const { from, text } of unitTexts()) {
    for (const m of matchesIn(BUILT_IN, text)) {
      const before = text.slice(Math.max(0, m.index! - 90), m.index!);
      // A participle opening its sentence names the building after its comma (`Built in 1976,
      // the bridge carried ...`: rule `fact:year-built-fronted`).
      const fronted =
        /^\p{Lu}/u.test(m[0]) && /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(before)
          ? BUILDING_AFTER_COMMA.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60))?.[1]
          : undefined;
      const noun =
        fronted ?? BUILDING_BEFORE.exec(before)?.[1] ?? (PRONOUN_BEFORE.test(before) ? 'it' : null);
      if (!noun) continue;
      const year = Number(m[3]!);
      const decade = !!m[4];
      const part = m[2]?.toLowerCase();
      const [lo, hi] = decade
        ? part === 'early'
          ? [year, year + 3]
          : part === 'mid'
            ? [year + 3, year + 7]
            : part === 'late'
              ? [year + 6, year + 9]
              : [year, year + 9]
        : m[1]
          ? [year - 5, year + 5]
          : [year, year];
      const at = from + m.index! + m[0].indexOf(m[1] ?? m[2] ?? m[3]!);
      const span = { start: view.toOriginal(at), end: view.toOriginal(from + m.index! + m[0].length, 'end') };
      push({
        start: span.start,
        end: span.end,
        kind: 'quantity',
        value: hi,
        ...(hi !== lo ? { low: lo } : {}),
        unit: 'year-built',
        qualifier: null,
        about: 'built:building',
        aboutText: noun,
        decimals: 0,
        rule: 'fact:year-built',
      });
    }
    // A building told with its year before it (`The 1966 chimney was the tallest`, `the 1902
    // prison, which`): the year it was built, as `built in 1966` tells (rule
    // `fact:year-built-adjective`, stop 56).
    for (const m of matchesIn(YEAR_BUILT_BEFORE, text)) {
      const at = from + m.index! + m[0].indexOf(m[1]!);
      push({
        start: view.toOriginal(at),
        end: view.toOriginal(at + m[1]!.length, 'end'),
        kind: 'quantity',
        value: Number(m[1]!),
        unit: 'year-built',
        qualifier: null,
        about: 'built:building',
        aboutText: m[2]!,
        decimals: 0,
        rule: 'fact:year-built-adjective',
      });
    }
    for (const m of matchesIn(AGED_BUILDING, text)) {
      const age = Number(m[1]!);
      if (!(age > 0 && age < 1000)) continue;
      pushBuiltAge(from + m.index!, m[0].length, age, 'built:building', m[2]!, 'fact:age-of-building');
    }
    // The age of a craft (`the 23-year-old aircraft`, `the ferry, which was 31 years old`) or a
    // building told as a clause (`the hall is 150 years old`): the year it was built, as a
    // building's age gives it, keyed `built:craft` for what flies, sails or runs on rails (rule
    // `fact:age-of-craft`). Not a person named by the craft (`a 45-year-old train driver`).
    for (const m of [...matchesIn(AGED_CRAFT, text), ...matchesIn(AGE_OF_THING_SAID, text)]) {
      const age = numberOf(m.groups!.age!);
      const noun = m.groups!.noun!;
      if (!(age > 0 && age < 1000)) continue;
      // A model is written in capitals (`A320`), as the expression itself cannot tell (it ignores case).
      if (/\d/.test(noun) && !/^(?:\p{Lu}{1,3}[- ]?\d|\p{Lu}\p{Ll}+\s)/u.test(noun)) continue;
      const about =
        new RegExp(`^(?:${CRAFT_NOUNS})$`, 'iu').test(noun) || /\d/.test(noun)
          ? 'built:craft'
          : 'built:building';
      pushBuiltAge(from + m.index!, m[0].length, age, about, noun, 'fact:age-of-craft');
    }
  }

  // The year a work of art was made (`painted in 1911`, `The painting, completed in 1911,`, `the
  // 1913 canvas`): one year, whichever way an outlet tells it (rule `fact:year-made`).
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(YEAR_MADE, text)) {
      const year = m[2] ?? m[4] ?? m[5]!;
      // A general verb of making needs the work named before it (`The painting, completed in`).
      if (m[3] && !WORK_BEFORE.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
      const at = from + m.index! + m[0].lastIndexOf(year);
      push({
        start: view.toOriginal(at),
        end: view.toOriginal(at + year.length, 'end'),
        kind: 'quantity',
        value: Number(year),
        unit: 'year-made',
        qualifier: null,
        about: 'built:work',
        aboutText: m[1] ?? m[6] ?? 'work',
        decimals: 0,
        rule: 'fact:year-made',
      });
    }
  // A work of art set off with the year it is dated to (`The canvas, dated 1645,`, `The painting,
  // from 1654,`, `The portrait is dated 1790`): the year it was made, as `painted in` tells it
  // (rule `fact:year-made-dated`).
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(WORK_DATED, text)) {
      const at = from + m.index! + m[0].lastIndexOf(m[2]!);
      push({
        start: view.toOriginal(at),
        end: view.toOriginal(at + m[2]!.length, 'end'),
        kind: 'quantity',
        value: Number(m[2]!),
        unit: 'year-made',
        qualifier: null,
        about: 'built:work',
        aboutText: m[1]!,
        decimals: 0,
        rule: 'fact:year-made-dated',
      });
    }

  // A figure written as an adjective before its noun (`a four-alarm fire`, `the 12-storey
  // building`, `a three-car crash`): a measure of that noun, in the unit the adjective names.
  byPattern(NUMBER_ADJECTIVE, (m) => {
    // (A decimal written apart, `the 12. 4 - kilometre line`, as tokenised text writes it: 12.4
    // km, not 4; rule `fact:number-adjective`, widened stop 55.)
    const written = m[1]!.replace(/\.\s/, '.');
    const value = numberOf(written);
    if (!(value > 0)) return null;
    const unit = m[2]!
      .toLowerCase()
      .replace(/^(?:story|floor)$/, 'storey')
      .replace(/^(?:track|song)$/, 'song')
      // `the 2,410-metre volcano` in the unit `2,140 metres` is read in (rule `fact:height-of-subject`).
      .replace(/^met(?:er|re)$/, 'm')
      .replace(/^(?:kilomet(?:er|re)|km)$/, 'km')
      .replace(/^(?:foot|ft)$/, 'foot')
      .replace(/^(?:inch|in)$/, 'inch')
      .replace(/^(?:centimet(?:er|re)|cm)$/, 'cm')
      .replace(/^(?:millimet(?:er|re)|mm)$/, 'mm')
      .replace(/^(?:kilogram|kg)$/, 'kg')
      // `2,000-ton` and `2,000-tonne` are one figure in two spellings (news does not tell the
      // short ton from the metric one).
      .replace(/^ton$/, 'tonne');
    const run = RECORD_RUN.exec(m[3]!);
    // A weight before its noun (`the 22-tonne crane`) is the thing's weight, in the unit a
    // weighing gives (`which weighed 18 tonnes`; rule `fact:weight`).
    // (A name between the measure and its noun, `the 8.4-kilometre Harlan Strait bridge`: the noun
    // after the name.)
    const named = /^\p{Lu}/u.test(m[3]!)
      ? /^[\s-]+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(\p{Ll}{3,})\b/u.exec(m.input!.slice(m.index! + m[0].length))
      : null;
    // A word after the name that ends its phrase (`sailed the 12-metre Petrel some 27,000
    // miles`) heads nothing: the name is the thing measured (rule `fact:number-adjective-name`).
    // Two nouns that end their phrase (`a three-metre tiger shark off Kell Point`): the second is
    // the head, the first says what kind (rule `fact:number-adjective-compound`).
    const rest = m.input!.slice(m.index! + m[0].length);
    const compound =
      !named &&
      m[4] !== undefined &&
      !NOT_HEAD.test(m[4].toLowerCase()) &&
      !NOT_COMPOUND_HEAD.test(m[4]) &&
      PHRASE_END.test(rest.slice(rest.indexOf(m[4], rest.indexOf(m[3]!) + m[3]!.length) + m[4].length));
    // A name of several words is the thing by its last word (`the 2,310-metre Grey Peak alone`:
    // a peak), a mountain's height whichever of its words an outlet uses (`mountain`, `summit`;
    // rule `fact:number-adjective-name`).
    const lastOfName = /^\p{Lu}/u.test(m[3]!)
      ? /^[\s-]*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/u
          .exec(m.input!.slice(m.index! + m[0].length))![0]
          .split(/\s+/)
          .at(-1)!
      : m[3]!;
    const word =
      named && !NOT_HEAD.test(named[1]!) && !APPROXIMATELY.test(named[1]!)
        ? named[1]!
        : m[4] &&
            (compound || MEASURE_MODIFIER.test(m[3]!.toLowerCase())) &&
            !NOT_HEAD.test(m[4].toLowerCase())
          ? m[4]
          : lastOfName;
    const head = LANDFORM.test(word) ? 'mountain' : word;
    if (unit === 'tonne' || unit === 'kg')
      return {
        at: 0,
        length: m[0].length,
        kind: 'quantity',
        value,
        unit: unit === 'tonne' ? 't' : 'kg',
        decimals: written.split('.')[1]?.length ?? 0,
        about: 'noun:weight',
        // The noun weighed stays in the sentence's words, what two weights of one thing share.
        aboutText: 'weight',
        rule: 'fact:weight',
      };
    return {
      at: 0,
      length: m[0].length,
      // Parts of a series or a pile-up (`a 10-episode run`, `a three-car crash`) are a count of
      // them, as `eight episodes` is (rule `fact:number-adjective-count`); a length, an area or
      // a building's size (`12-storey`, `40,000-seat`, `four-alarm`) a measure, and a team's run
      // of results (`a three-game losing streak`, `an 11-game win streak`) a record, not the
      // story's count of games: a run of wins or of losses, never one against the other.
      kind: (COUNTED_IN_SERIES.has(unit) || ROOMS_OF_BUILDING.has(unit)) && !run ? 'count' : 'quantity',
      value,
      unit: COUNTED_IN_SERIES.has(unit) && !run ? kindOf(unit) : unit,
      decimals: written.split('.')[1]?.length ?? 0,
      // A length or an area measures the noun after it (`a 30-metre wall`); a storey or an
      // alarm is the thing counted.
      // A count is of its noun's family (`a 48-vehicle pile-up` / `38 vehicles collided`, rule
      // `fact:number-adjective-family`), as `38 cars` is.
      about: MEASURES.has(unit)
        ? `noun:${kindOf(lemma(head))}`
        : run
          ? `noun:${unit}-${/^(?:losing|winless|skid)$/i.test(run[0]) ? 'losing' : /^streak$/i.test(run[0]) ? 'streak' : 'winning'}-run`
          : COUNTED_IN_SERIES.has(unit)
            ? `noun:${kindOf(unit)}`
            : `noun:${unit}`,
      aboutText: MEASURES.has(unit) ? head : m[2]!,
      rule: ROOMS_OF_BUILDING.has(unit)
        ? 'fact:number-adjective-rooms'
        : word === m[3] || word === lastOfName
          ? 'fact:number-adjective'
          : compound && !MEASURE_MODIFIER.test(m[3]!.toLowerCase())
            ? 'fact:number-adjective-compound'
            : 'fact:number-adjective-head',
    };
  });

  // The size of a body told as an adjective (`an eight-member jury`, `the nine-member board`, `a
  // six-man crew`, `a three-person panel`): a count of its members, compared with another
  // report's size of that body (rule `fact:size-of-body`).
  byPattern(SIZE_OF_BODY, (m) => {
    const value = numberOf(m[1]!);
    if (!(value > 1)) return null;
    const body = lemma(m[2]!.toLowerCase());
    return {
      at: 0,
      length: m[0].length,
      kind: 'count',
      value,
      unit: 'member',
      about: `noun:member-of-${body}`,
      aboutText: m[2]!,
      rule: 'fact:size-of-body',
    };
  });

  /** A count of `noun` read by a pattern (see `byPattern`): none when the number is not positive. */
  const nounCount = (
    value: number,
    noun: string,
    aboutText: string,
    at: number,
    length: number,
    rule: string,
  ) =>
    value > 0
      ? { at, length, kind: 'count' as const, value, unit: noun, about: `noun:${noun}`, aboutText, rule }
      : null;

  // A figure after the noun it counts (`a crew of 25`, `a fleet of 30`, `a population of 5,000`);
  // a crowd's size told after a verb of being (`The attendance at Castle Park was 18,040`, `the
  // crowd numbered 4,000`): those who watched, as `a crowd of 18,400` is (rule
  // `fact:count-of-group-was`; a qualified figure, `was about 18,000`, is left to the quantity
  // layer's reading, and a share, `turnout was 62%`, is no count).
  for (const [pattern, rule] of [
    [GROUP_OF, 'fact:count-of-group'],
    [GROUP_WAS, 'fact:count-of-group-was'],
  ] as const)
    byPattern(pattern, (m) =>
      nounCount(
        numberOf(m[2]!),
        kindOf(m[1]!.toLowerCase()),
        m[1]!,
        m[0].lastIndexOf(m[2]!),
        m[2]!.length,
        rule,
      ),
    );

  // A winner's majority told without its noun (`won Tellmoor North with a majority of 2,432`):
  // the margin in votes, as `a majority of 2,342 votes` is, in a sentence about a vote (rule
  // `fact:majority-of`).
  for (const { from, text } of unitTexts()) {
    if (!VOTE_WORD.test(text)) continue;
    for (const m of matchesIn(MAJORITY_OF, text)) {
      const span = spanAt(from + m.index! + m[0].lastIndexOf(m[1]!), m[1]!.length);
      const value = numberOf(m[1]!);
      if (!(value > 0) || covered(span)) continue;
      // A majority at an earlier occasion (`a majority of 9,800 at the 2049 general election`) is that occasion's.
      const period = periodOf(view, span, true);
      push({
        ...(period ? { asOf: period } : {}),
        start: span.start,
        end: span.end,
        kind: 'count',
        value,
        unit: 'margin-vote',
        qualifier: null,
        about: 'noun:margin-vote',
        aboutText: 'margin in votes',
        decimals: 0,
        rule: 'fact:majority-of',
      });
    }
  }

  byPattern(GROUP_OF_QUALIFIED, (m) => {
    const count = nounCount(
      numberOf(m[3]!),
      kindOf(m[1]!.toLowerCase()),
      m[1]!,
      m[0].lastIndexOf(m[3]!),
      m[3]!.length,
      'fact:count-of-group-qualified',
    );
    const qualifier = qualifierBefore(`${m[2]!} `, m[2]!.length + 1);
    return count && qualifier ? { ...count, qualifier } : null;
  });

  // A crowd as someone puts it (`Police put the crowd at 20,000`, `organisers estimated the
  // turnout at 85,000`): a count of that crowd as that estimator gives it, compared only with the
  // same estimator's (police and organisers disagree in every report that gives both).
  // How late an act was, told with an article (`Gates opened an hour late`, `half an hour late`):
  // as `45 minutes late` is read (rule `fact:duration-late`).
  byPattern(LATE_BY_ARTICLE, (m) => {
    const act = lateAct(m.input!.slice(Math.max(0, m.index! - 40), m.index!), ' late');
    if (!act) return null;
    const unit = m[3]!.toLowerCase();
    const minutes = (m[1] ? 0.5 : 1) * (unit === 'hour' ? 60 : 1);
    return {
      at: 0,
      length: m[0].length - m[4]!.length,
      kind: 'duration' as const,
      value: unit === 'day' ? (m[1] ? 0.5 : 1) : minutes,
      unit: unit === 'day' ? 'day' : 'minute',
      ...qualifierOf(m[2]),
      about: `during:${act}`,
      aboutText: 'late',
      rule: 'fact:duration-late',
    };
  });

  // A width written as one adjective (`a 15-metre-wide hole`, `a 3-km-wide crater`): as `12
  // metres wide` is read (rule `fact:width`).
  byPattern(WIDE_ADJECTIVE, (m) => {
    const value = Number(m[1]!);
    if (!(value > 0)) return null;
    const unit = m[2]!.toLowerCase();
    const km = /^(?:km|kilomet(?:re|er))$/.test(unit);
    // Feet in metres, as `CONVERSIONS` compares a measure in feet.
    const factor = /^(?:foot|feet|ft)$/.test(unit) ? CONVERSIONS.ft![1] : 1;
    return {
      at: 0,
      length: m[0].length,
      kind: 'quantity' as const,
      value: value * factor,
      unit: km ? 'km' : 'm',
      decimals: (m[1]!.split('.')[1]?.length ?? 0) - Math.log10(factor),
      about: 'noun:wide',
      aboutText: 'width',
      rule: 'fact:width',
    };
  });

  // A bare number a place holds (`has a capacity of 18,000`, `the 21,000-capacity arena`): its
  // seats, as `holds 21,000 people` and `a 21,000-seat arena` give them (rule `fact:capacity-bare`);
  // not a full house (`a capacity crowd of 21,000`). Tokenised text's `41, 000` is one number (stop 57).
  byPattern(CAPACITY_BARE, (m) => {
    const digits = m[2] ?? m[3]!;
    const value = Number(digits.replace(/,\s?/g, ''));
    return value > 0
      ? {
          at: m[0].indexOf(digits),
          length: digits.length,
          kind: 'quantity' as const,
          value,
          unit: 'seat',
          ...qualifierOf(m[1]),
          about: 'noun:seat',
          aboutText: 'capacity',
          rule: 'fact:capacity-bare',
        }
      : null;
  });

  byPattern(CROWD_PUT_AT, (m) => {
    const value = Number(m[3]!.replace(/\D/g, ''));
    const by = lemma(m[1]!.toLowerCase());
    return value > 0
      ? {
          at: m[0].lastIndexOf(m[3]!),
          length: m[3]!.length,
          kind: 'count' as const,
          value,
          unit: 'people',
          about: `noun:crowd-put-by-${by}`,
          aboutText: m[2]!,
          rule: 'fact:crowd-put-at',
        }
      : null;
  });

  // A level a change sets (`raise the retirement age from 62 to 64`, `would lower the voting age
  // to 16`): the target the noun is set to, compared with another report's target for the noun;
  // `from 62` is its value now, no rival of the target (rule `fact:changed-to-target`).
  byPattern(CHANGED_TO, (m) => {
    const digits = m[3]!;
    const value = Number(digits.replace(/,\s?|\s/g, '').replace(/\.\s?/, '.'));
    if (!(value >= 0)) return null;
    return {
      at: m[0].length - digits.length,
      length: digits.length,
      kind: 'quantity' as const,
      value,
      decimals: digits.split(/\.\s?/)[1]?.length ?? 0,
      about: `target:${m[1]!.toLowerCase().split(/\s+/).map(lemma).join('-')}`,
      aboutText: m[1]!,
      rule: 'fact:changed-to-target',
    };
  });

  // A count told through `the number of` (`the number of survivors found had risen to 17`):
  // a count of that noun. So is one told as falling to a level (`the number of homes without
  // power has fallen to 12,000`; rule `fact:number-of-falls`); `fell by 300` is a change, no level.
  // A toll so told (`the number of people killed has risen to 23`, `the number of dead`) is
  // of people killed, injured or missing.
  // A figure told with its scale (`The number of patients waiting ... reached 7.6 million`) is
  // that many (rule `fact:number-of-scaled`).
  // The level a figure is brought to (`bringing the number of victims in Pellaro to 17`,
  // `bringing to four the number of rhinos killed`): the count at that level, as `rose to` tells
  // it (rule `fact:number-of-brought`).
  const countAtLevel = (
    m0: string,
    nounText: string,
    numText: string,
    numAt: number,
    brought: boolean,
  ): PatternFact | null => {
    const m = [m0, nounText, numText] as const;
    // (A decimal written apart, `7. 6 million`, as tokenised text writes it: rule
    // `fact:number-of-scaled`, stop 53.)
    const value = scaledNumber(m[2]!.replace(/,\s?/g, '').replace(/\.\s(?=\d)/, '.'));
    const falls = !brought && FALLS_TO.test(m[0]);
    const noun = m[1]!.toLowerCase();
    const befell =
      TOLL_WORD.exec(noun)?.[0] ??
      (/^(?:people|persons|those|victims)$/.test(noun)
        ? TOLL_AFTER.exec(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length))?.[1]?.toLowerCase()
        : undefined);
    if (befell && value > 0) {
      const toll = TOLL.find(([re]) => re.test(befell))![1];
      return {
        at: numAt,
        length: m[2]!.length,
        kind: 'count' as const,
        value,
        unit: 'people',
        about: `event:${toll}`,
        aboutText: befell,
        rule: falls ? 'fact:number-of-falls' : 'fact:toll-number-of',
      };
    }
    // `the number of cholera cases`: a noun before the plural it counts names a kind of it (rule
    // `fact:number-of-compound`).
    const head = COUNTED_AFTER.exec(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length))?.[1];
    // What befell those counted, told by a relative clause (`the number of whales that died
    // ... rose to 39`, `that were refloated`): the count's event, as `31 whales died` gives it
    // (rule `fact:number-of-relative-verb`).
    const afterNoun = m[0].slice(m[0].indexOf(head ?? m[1]!) + (head ?? m[1]!).length);
    const told = RELATIVE_VERB.exec(afterNoun)?.[1]?.toLowerCase();
    const counted = nounCount(
      value,
      kindOf(lemma(head ?? noun)),
      head ?? m[1]!,
      numAt,
      m[2]!.length,
      falls
        ? 'fact:number-of-falls'
        : head
          ? 'fact:number-of-compound'
          : /\s/.test(m[2]!)
            ? 'fact:number-of-scaled'
            : 'fact:number-of',
    );
    const read =
      counted && told
        ? { ...counted, event: told === 'died' ? 'dead' : told, rule: 'fact:number-of-relative-verb' }
        : counted;
    return read && brought ? { ...read, rule: 'fact:number-of-brought' } : read;
  };
  byPattern(NUMBER_OF, (m) => countAtLevel(m[0], m[1]!, m[2]!, m[0].length - m[2]!.length, false));
  byPattern(NUMBER_BROUGHT_TO, (m) =>
    m[1]
      ? countAtLevel(m[0], m[1], m[2]!, m[0].length - m[2]!.length, true)
      : countAtLevel(m[0], m[4]!, m[3]!, m[0].indexOf(m[3]!, m[0].search(/\bto\s/)), true),
  );

  // Cases of an illness, or infections, that move to a figure (`Cholera cases in Marvo now stand
  // at 310`, `infections have climbed to 215`): a count of cases (rule `fact:cases-move`).
  byPattern(CASES_MOVE, (m) =>
    nounCount(
      numberOf(m[2]!.replace(/,\s?/g, '')),
      'case',
      m[1]!,
      m[0].length - m[2]!.length,
      m[2]!.length,
      'fact:cases-move',
    ),
  );

  // A population told by its level (`Valdoria's population fell to 8.2 million`, `The population
  // of Valdoria dropped to 8.1 million`, `has a population of 8.2 million`): a count of the
  // population, whatever verb an outlet chose (rule `fact:population-level`, stop 45). Its
  // thousands and decimals written apart as tokenised text writes them (`has reached 9, 214, 000`,
  // `stands at 9. 21 million`) are the whole level, not 9 (widened, stop 55).
  byPattern(POPULATION_LEVEL, (m) =>
    nounCount(
      scaledNumber(m[1]!.replace(/,\s?/g, '').replace(/\.\s/, '.')),
      'population',
      'population',
      m[0].length - m[1]!.length,
      m[1]!.length,
      'fact:population-level',
    ),
  );

  // A group's size as an adjective before it (`the 40-strong crew`, `a 300-strong force`).
  byPattern(STRONG_GROUP, (m) =>
    nounCount(numberOf(m[1]!), lemma(m[2]!.toLowerCase()), m[2]!, 0, m[1]!.length, 'fact:count-strong'),
  );

  // One, said as such (`a lone gunman`, `a single bomb`, `one sole survivor`): a count of one.
  byPattern(/\b(?:[Aa]|[Oo]ne)\s+(?:lone|single|sole)\s+(\p{Ll}[\p{Ll}-]+)\b/gu, (m) => {
    const noun = kindOf(lemma(m[1]!));
    if (NOT_NOUN.has(m[1]!) || /(?:ed|ing|ly)$/.test(m[1]!)) return null;
    return {
      at: 0,
      length: m[0].length,
      kind: 'count',
      value: 1,
      unit: noun,
      about: `noun:${noun}`,
      aboutText: m[1]!,
      rule: 'fact:count-single',
    };
  });

  // An ordinal that counts how often something has happened: `for the third time`. (The
  // ordinal of a post, `the fourth head coach since 2003`, was read too and dropped: it found
  // one labelled discrepancy on half A of the dev stories and none on half B.)
  byPattern(ORDINAL_TIME, (m) => {
    const word = m[1]!.toLowerCase();
    return {
      at: m[0].toLowerCase().indexOf(word),
      length: word.length,
      kind: 'count',
      value: ORDINALS.indexOf(word) + 1,
      unit: 'ordinal',
      about: 'noun:time',
      aboutText: 'time',
      rule: 'fact:ordinal-time',
    };
  });

  // The share of what was paid that is given back, by a percentage or a fraction word (`refunds
  // of 40 percent`, `a 40 percent refund`, `half their money back`, `refunded two-thirds of the
  // fare`): one share whatever its notation, `half` being 50 percent (rule `fact:share-refunded`).
  byPattern(SHARE_REFUNDED, (m) => {
    const g = m.groups!;
    const written = g.p1 ?? g.p2 ?? g.s1 ?? g.s2!;
    const pct = /^(\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)$/i.exec(written);
    const value = pct ? Number(pct[1]) : REFUND_FRACTIONS[written.toLowerCase().replace(/[\s-]+/g, ' ')];
    if (value === undefined || !(value > 0 && value <= 100)) return null;
    return {
      at: m[0].indexOf(written),
      length: written.length,
      kind: 'quantity',
      value,
      unit: 'percent',
      about: 'noun:share-refunded',
      aboutText: 'refund',
      decimals: pct ? (/\.(\d+)/.exec(pct[1]!)?.[1]?.length ?? 0) : 0,
      rule: 'fact:share-refunded',
    };
  });

  // An ordinal that counts an event among its kind in a period (`the third attack this year`,
  // `a second shark attack on the coast in two months`, `the fourth such fire since March`): how
  // many there have been, keyed by the event's noun. A day or round of one event (`the third day
  // of the strike`) counts no events and is not read (rule `fact:ordinal-in-period`). The period
  // may follow `of` (`the fourth hurricane of the season`, `the second crash of 2046`; stop 50).
  /** An ordinal (group 1) counting occurrences of a noun (group 2) among `among` (`period`, `attempts`), found at `at`. */
  const ordinalAmong =
    (among: 'period' | 'attempts', at: (m: RegExpMatchArray, word: string) => number) =>
    (m: RegExpMatchArray): PatternFact | null => {
      const word = m[1]!.toLowerCase();
      const noun = lemma(m[2]!.toLowerCase());
      if (NOT_OCCURRENCE.test(noun)) return null;
      return {
        at: at(m, word),
        length: word.length,
        kind: 'count',
        value: ORDINALS.indexOf(word) + 1,
        unit: 'ordinal',
        about: `noun:${noun}-in-${among}`,
        aboutText: m[2]!,
        rule: `fact:ordinal-in-${among}`,
      };
    };
  byPattern(
    ORDINAL_IN_PERIOD,
    ordinalAmong('period', (m, word) => m[0].toLowerCase().indexOf(word, 1)),
  );

  // An ordinal that places the story's subject among all of its kind who have done or undergone
  // the story's act (`the fourth woman to receive the prize`, `the fifth woman to be honoured`,
  // `the sixth gorilla born at the zoo`): how many there have been, keyed by the noun, whatever
  // verb tells the act (rule `fact:ordinal-of-kind`). Never a day or round (`the third day to`).
  byPattern(ORDINAL_OF_KIND, (m) => {
    const word = m[1]!.toLowerCase();
    const noun = lemma(m[2]!.toLowerCase());
    if (NOT_OCCURRENCE.test(noun)) return null;
    return {
      at: m[0].toLowerCase().indexOf(word, 1),
      length: word.length,
      kind: 'count',
      value: ORDINALS.indexOf(word) + 1,
      unit: 'ordinal',
      about: `noun:${noun}-of-kind`,
      aboutText: m[2]!,
      rule: 'fact:ordinal-of-kind',
    };
  });

  // An ordinal that counts a result among a run of attempts (`It was the company 's second
  // failure in 14 launches`, `Helion's third failure in 14 launches`, `its fourth win in 10
  // attempts`): how many such results there have been, keyed by the result's noun, as an
  // ordinal in a period is (rule `fact:ordinal-in-attempts`).
  byPattern(
    ORDINAL_IN_ATTEMPTS,
    ordinalAmong('attempts', (m, word) => m[0].toLowerCase().indexOf(` ${word} `) + 1),
  );

  // A vote's tally (`approved by 212 votes to 198`, `voted 7 to 2`, `the vote was 54-46`): the
  // votes for and the votes against, each a count of its own side (a tally of 212 to 189 is
  // another tally, and its 212 agrees). When the vote came may follow the tally (`voted 27 to 15
  // late on Thursday`, `overnight`, `yesterday`), and `late` or `early` is never a noun counted.
  // So may the infinitive of what was voted (`voted 4-3 to dismiss her`: h-disc60). A tally may
  // be set off after the vote it counts (`after losing a confidence vote in the assembly, 81 to
  // 69`: rule `fact:vote-tally-set-off`, h-disc63).
  byPattern(TALLY, (m) => {
    // The second number ends the match; the first is the last of its kind before it (the words
    // of voting before it may hold the same number: `passed bill 212 by 212 votes to 198`).
    const second = m[0].length - m[2]!.length;
    const side = (at: number, written: string, against: boolean): PatternFact | null => {
      const value = numberOf(written);
      return value >= 0
        ? {
            at,
            length: written.length,
            kind: 'count',
            value,
            unit: against ? 'vote-against' : 'vote',
            about: against ? 'noun:vote-against' : 'noun:vote',
            aboutText: against ? 'votes against' : 'votes',
            rule: 'fact:vote-tally',
          }
        : null;
    };
    return [side(m[0].lastIndexOf(m[1]!, second - 1), m[1]!, false), side(second, m[2]!, true)].filter(
      (x): x is PatternFact => x !== null,
    );
  });

  // The votes against told on their own (`78 lawmakers backing her and 72 voting against`,
  // `with 40 members voting against`): the tally's second side (rule `fact:vote-against-side`).
  // Or after the votes for (`voted in favour and 14 against`: rule `fact:vote-against-after-for`).
  /** The votes against at the start of a match (`m[1]`), read by `rule`. */
  const votesAgainst = (m: RegExpMatchArray, rule: string): PatternFact | null => {
    const value = numberOf(m[1]!);
    return value >= 0
      ? {
          at: 0,
          length: m[1]!.length,
          kind: 'count',
          value,
          unit: 'vote-against',
          about: 'noun:vote-against',
          aboutText: 'votes against',
          rule,
        }
      : null;
  };
  byPattern(FOR_AND_AGAINST, (m) => votesAgainst(m, 'fact:vote-against-after-for'));
  byPattern(VOTED_AGAINST, (m) => votesAgainst(m, 'fact:vote-against-side'));

  // How many times something was done to someone (`shot Paul Nash twice`, `was stabbed 17
  // times`, `married three times`): a count of the act, compared with counts of the same act.
  byPattern(TIMES_DONE, (m) =>
    timesFact(m, m[2]!, m[3], `act:${TIMES_ACT[m[1]!.toLowerCase()]!}`, m[1]!, 'fact:times-done'),
  );

  // How often any act was done, its verb right before (`had rolled over 22 times`, `was
  // postponed three times`, `has been recalled twice`): a count of that act (rule `fact:times-verb`).
  // Not a multiple of a change (`increased five times`).
  byPattern(TIMES_VERB, (m) => {
    const verb = m[1]!.toLowerCase();
    if (CHANGE_MULTIPLE.test(verb)) return null;
    const act = `act:${lemma(verb)}${m[2] ? `-${m[2].toLowerCase()}` : ''}`;
    return timesFact(
      m,
      m[3]!,
      m[4],
      act,
      m[0].slice(0, m[0].length - m[3]!.length).trim(),
      'fact:times-verb',
    );
  });

  // Which one of a holder's wins, titles or terms this is (`won her third Oscar`, `a second term`,
  // `his fourth Grand Slam title`): how many the holder has, told as an ordinal.
  byPattern(ORDINAL_OF_HOLDER, (m) => {
    const word = m[1]!.toLowerCase();
    const value = /^\d/.test(word) ? parseInt(word, 10) : ORDINALS.indexOf(word) + 1;
    if (!(value > 0)) return null;
    const noun = lemma(m[2]!.toLowerCase());
    return {
      at: m[0].indexOf(m[1]!, m[0].search(/\s/)),
      length: m[1]!.length,
      kind: 'count',
      value,
      unit: 'ordinal',
      about: `ordinal:${noun}`,
      aboutText: m[2]!,
      rule: 'fact:ordinal-of-holder',
    };
  });

  // A place in a line of succession or a queue (`is fourth in line to the throne`, `fifth in line
  // for the crown`): one ordinal of the one it is said of (rule `fact:ordinal-in-line`).
  byPattern(ORDINAL_IN_LINE, (m) => {
    const word = m[1]!.toLowerCase();
    const value = /^\d/.test(word) ? parseInt(word, 10) : ORDINALS.indexOf(word) + 1;
    if (!(value > 0)) return null;
    return {
      at: 0,
      length: m[1]!.length,
      kind: 'count',
      value,
      // (A place, not how often: compared as one count of the line it names.)
      unit: 'place',
      about: `noun:line-${m[2]!.toLowerCase()}`,
      aboutText: 'in line',
      rule: 'fact:ordinal-in-line',
    };
  });

  // A storm's category on its scale (`a Category 4 hurricane`, `Category 3 storm`). A category a
  // verb of change leads to (`was downgraded to Category 1 by evening`, `strengthened into a
  // Category 5`) is a later state of the storm, not the one it had at the story's event: it is
  // compared only with other later states (rule `fact:category-after-change`, stop 50).
  byPattern(CATEGORY, (m) => ({
    at: m[0].length - m[2]!.length,
    length: m[2]!.length,
    kind: 'quantity',
    value: Number(m[2]),
    unit: 'category',
    about: m[1] ? 'noun:category-after-change' : 'noun:category',
    aboutText: m[1] ? 'category after it changed' : 'category',
    rule: m[1] ? 'fact:category-after-change' : 'fact:category',
  }));

  // Which edition a named event is (`the 82nd Corvel Film Awards` / `the 83rd`): one number of
  // that event's.
  /** The edition group 1 of a match names (`82nd`, `third`), of the event keyed `event`. */
  const edition = (
    m: RegExpMatchArray,
    event: string,
    aboutText: string,
    rule: string,
  ): PatternFact | null => {
    const n = rankNumber(m[1]!);
    return n > 0
      ? {
          at: m[0].indexOf(m[1]!),
          length: m[1]!.length,
          kind: 'count',
          value: n,
          unit: 'edition',
          about: `edition:${event}`,
          aboutText,
          rule,
        }
      : null;
  };
  byPattern(EDITION, (m) => edition(m, slug(m[2]!), m[2]!, 'fact:edition'));

  // The edition told without the event's name (`the 87th running of the race`, `the 12th edition
  // of the festival`): the edition of the one named event the report speaks of (`the Calloway
  // Derby`), as `the 88th Calloway Derby` gives it; none where the report names two events or
  // none (rule `fact:edition-unnamed`).
  {
    const named = new Set<string>();
    for (const { text } of unitTexts()) for (const m of text.matchAll(NAMED_EVENT)) named.add(slug(m[1]!));
    if (named.size === 1) {
      const [event] = named;
      byPattern(UNNAMED_EDITION, (m) =>
        edition(m, event!, m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length).trim(), 'fact:edition-unnamed'),
      );
    }
  }

  // A tornado's rating (`an EF3 tornado` / `rated EF4`): one scale, whichever letters.
  byPattern(FUJITA, (m) => {
    const digit = m[1] ?? m[2]!;
    return {
      at: m[0].lastIndexOf(digit),
      length: 1,
      kind: 'quantity',
      value: Number(digit),
      unit: 'fujita',
      about: 'noun:tornado-rating',
      aboutText: 'rating',
      rule: 'fact:tornado-rating',
    };
  });

  // Results written as two numbers: a vote (`the jury voted 9-3`, `a 5-4 vote`), a score
  // (`beat Velmar 3-1`, `a 2-1 win`) or a record (`a 43-39 record`, `went 40-42`). The value is
  // the pair as written (a score and a vote larger first); compared only with results of one kind.
  // Betting odds of a named runner (`Quillon, a 40-1 outsider,`, `The 50-1 shot Quillon`,
  // `Quillon started at odds of 40-1`): the runner's price, no count and no score, compared only
  // with the same runner's (rule `fact:odds-of-runner`).
  byPattern(ODDS, (m) => {
    const g = m.groups!;
    const runner = g.before ?? g.after ?? g.subject;
    const [x, y] = [Number(g.a1 ?? g.a2 ?? g.a3), Number(g.b1 ?? g.b2 ?? g.b3)];
    if (!runner || !(x > 0) || !(y > 0) || NOT_NAMES.has(runner.toLowerCase())) return null;
    // (The runner's name has no digits: the first pair of numbers is the odds.)
    const pair = /\d{1,3}\s?[-/]\s?\d{1,2}/.exec(m[0])!;
    return {
      at: pair.index,
      length: pair[0].length,
      kind: 'quantity',
      value: x / y,
      unit: 'odds',
      about: `noun:odds-${slug(runner)}`,
      aboutText: runner,
      rule: 'fact:odds-of-runner',
    };
  });

  byPattern(RESULT, (m) => {
    const groups = m.groups!;
    const kind = groups.vote1 || groups.vote2 ? 'vote' : groups.score1 || groups.score2 ? 'score' : 'record';
    const [x, y] = [
      groups.vote1 ??
        groups.vote2 ??
        groups.score1 ??
        groups.score2 ??
        groups.rec1 ??
        groups.rec2 ??
        groups.rec3,
      groups.voteB1 ??
        groups.voteB2 ??
        groups.scoreB1 ??
        groups.scoreB2 ??
        groups.recB1 ??
        groups.recB2 ??
        groups.recB3,
    ].map(Number) as [number, number];
    if (x >= 1000 || y >= 1000) return null;
    const pair = /(\d{1,3})\s?[-–]\s?(\d{1,3})/.exec(m[0])!;
    // A vote a tally reads already (`approved the bill by a 52-48 vote`) is read once, as the tally.
    if (kind === 'vote') {
      const at = m.index! + pair.index;
      if (patternMatches(TALLY, m.input!).some((t) => t.index! <= at && at < t.index! + t[0].length))
        return null;
    }
    const [hi, lo] = kind === 'record' ? [x, y] : [Math.max(x, y), Math.min(x, y)];
    // A score of several sets (`beating Dorn 6-4, 3-6, 7-5`, `a 6-4, 3-6, 7-6 victory`) is one
    // result, every set in its order, told from the winner's side (rule `fact:result-sets`).
    if (kind === 'score') {
      const at = m.index! + pair.index;
      const from = Math.max(0, at - 40);
      for (const run of m.input!.slice(from, at + 60).matchAll(SET_RUN)) {
        const start = from + run.index!;
        if (start > at || start + run[0].length <= at) continue;
        const sets = [...run[0].matchAll(/(\d{1,2})\s?[-–]\s?(\d{1,2})/g)].map((x) => [
          Number(x[1]),
          Number(x[2]),
        ]);
        const won = sets.filter(([a, b]) => a! > b!).length;
        const value = sets.map(([a, b]) => (2 * won >= sets.length ? `${a}-${b}` : `${b}-${a}`)).join(' ');
        return {
          at: start - m.index!,
          length: run[0].length,
          kind: 'quantity',
          value,
          unit: 'result',
          about: 'noun:score',
          aboutText: 'score',
          rule: 'fact:result-sets',
        };
      }
    }
    // Another season's record (`finished last season 40-42`) is kept apart from this season's;
    // so are the record of one season a holder counts by its place (`in his first season`) and
    // a record over several seasons (`122-140 in four seasons`): each compared only with its like
    // (rules `fact:result-record-nth-season`, `fact:result-record-span`).
    // Read around the record, and in the opening phrase of its sentence, which sets the time of
    // all the sentence tells (`In his first season as coach, he guided the team to a 38-44 mark`,
    // `Last season, …`, `In 2028-29, …`).
    const opening = (): string => {
      const from = sentenceStart(m.input!, m.index!);
      const head = m.input!.slice(from, m.index!);
      const comma = head.indexOf(',');
      return comma > 0 && comma <= 60 && /^(?:In|During|Last|Over|Across)\b/.test(head)
        ? head.slice(0, comma)
        : '';
    };
    const head = kind === 'record' ? opening() : '';
    const around =
      kind === 'record'
        ? `${head} ${m.input!.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 30).split(/[.;!?](?:\s|$)/)[0]!}`
        : '';
    // The record's own clause: back to a comma, on to the end of the sentence or a comma.
    const own =
      kind === 'record'
        ? `${head} ${m
            .input!.slice(Math.max(0, m.index! - 40), m.index!)
            .split(/[,;]/)
            .at(-1)!}${m.input!.slice(m.index!, m.index! + m[0].length + 30).split(/[.;,!?](?:\s|$)/)[0]!}`
        : '';
    const nth = kind === 'record' ? NTH_SEASON.exec(own) : null;
    const span = kind === 'record' && !nth && RECORD_SPAN.test(own);
    const other = kind === 'record' && !nth && !span && OTHER_SEASON.test(around);
    return {
      at: pair.index,
      length: pair[0].length,
      kind: 'quantity',
      value: `${hi}-${lo}`,
      unit: 'result',
      about: nth
        ? `noun:record|${nth[1]!.toLowerCase()}-season`
        : span
          ? 'noun:record|span'
          : other
            ? 'noun:record|other-season'
            : `noun:${kind}`,
      aboutText: kind,
      rule: nth
        ? 'fact:result-record-nth-season'
        : span
          ? 'fact:result-record-span'
          : other
            ? 'fact:result-record-other-season'
            : `fact:result-${kind}`,
    };
  });

  // The floor something happened on (`on the fifth floor`, `from the 12th floor`): a level of
  // the building, not a count of floors.
  // Written as an adjective too (`through a first-floor window`, rule `fact:ordinal-floor`).
  byPattern(FLOOR, (m) => {
    const [ordinal, noun] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
    const word = ordinal.toLowerCase();
    const value = /^\d/.test(word) ? parseInt(word, 10) : ORDINALS.indexOf(word) + 1;
    if (!(value > 0)) return null;
    // The floor a fire started on (`The fire started on the 11th floor`, `broke out in a flat on
    // the ninth floor`): where it began, one floor of the story however many others its reports
    // name (the floors it reached, a victim's home), keyed apart (rule `fact:floor-fire-began`).
    const began = FIRE_BEGAN_BEFORE.test(m.input!.slice(Math.max(0, m.index! - 80), m.index!));
    return {
      at: m[0].indexOf(ordinal),
      length: ordinal.length + 1 + noun.length,
      kind: 'quantity',
      value,
      unit: 'level',
      about: began ? 'noun:floor-fire-began' : 'noun:floor',
      aboutText: began ? 'floor the fire began on' : noun,
      rule: began ? 'fact:floor-fire-began' : 'fact:ordinal-floor',
    };
  });

  // The second floor of a move between two, its noun left out (`fell from the 23rd floor to the
  // 14th`): a level as the first is (rule `fact:ordinal-floor-elided`).
  byPattern(FLOOR_ELIDED, (m) => {
    const word = m[3]!.toLowerCase();
    const value = /^\d/.test(word) ? parseInt(word, 10) : ORDINALS.indexOf(word) + 1;
    if (!(value > 0)) return null;
    return {
      at: m[0].lastIndexOf(m[3]!),
      length: m[3]!.length,
      kind: 'quantity',
      value,
      unit: 'level',
      about: 'noun:floor',
      aboutText: m[2]!,
      rule: 'fact:ordinal-floor-elided',
    };
  });

  // How long an event lasted, written as an adjective before it (`a six-hour standoff`, `the
  // three-day search`): a span of time of that activity. Hours, minutes and days only: a
  // term in years is a prison term (below) or a contract (not read).
  // A noun may stand between the span and the event it measures (`a nine-hour hostage standoff`,
  // `the 14-hour police siege`): the span is the event's, the head of the compound (rule
  // `fact:duration-adjective-compound`).
  byPattern(SPAN_ADJECTIVE, (m) => {
    const value = numberOf(m[1]!);
    if (!(value > 0)) return null;
    const head = SPAN_COMPOUND_HEAD.exec(m.input!.slice(m.index! + m[0].length))?.[1];
    return {
      at: 0,
      length: m[0].slice(0, m[0].length - m[3]!.length).replace(/\s+(?:gun\s+|fire\s+)?$/, '').length,
      kind: 'duration',
      value,
      unit: m[2]!.toLowerCase(),
      about: `during:${activityRoot(head ?? m[3]!)}`,
      aboutText: head ?? m[3]!,
      rule: head ? 'fact:duration-adjective-compound' : 'fact:duration-adjective',
    };
  });

  // A player's score for one round (`won with a final-round 68`, `carded a closing 67`, `shot 68
  // in the final round`, `after a final round of 70`, `opened with a 71`): the round's score of the
  // person the clause names before it, keyed by the round and the person's surname, whichever
  // words tell the round (rule `fact:round-score`). A score no person is named for is not read.
  const scorers = d.entities.filter((e) => e.kind === 'person');
  /** The surname of the person named first in a clause, from `clause` up to `to` (view offsets). */
  const scorersIn = (to: number, clause: number): string | undefined => {
    const [a, b] = [view.toOriginal(clause), view.toOriginal(to)];
    return scorers
      .find((e) => e.start >= a && e.end <= b)
      ?.key.split('-')
      .pop();
  };
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(ROUND_SCORE, text)) {
      const g = m.groups!;
      const value = Number(g.s1 ?? g.s2 ?? g.s3 ?? g.s4 ?? g.s5);
      const round = ROUND_OF[(g.r1 ?? g.r2 ?? g.r3 ?? g.r4 ?? 'opening').toLowerCase()];
      if (!round || !(value >= 55 && value <= 99)) continue;
      const digits = String(value);
      const at = from + m.index! + m[0].lastIndexOf(digits);
      const span = spanAt(at, digits.length);
      // The person named first in the score's clause, its subject (no clause break between).
      const clauseStart = view.toOriginal(from + lastClauseStart(text.slice(0, m.index!)));
      const who = scorers.find((e) => e.end <= span.start && e.start >= clauseStart);
      if (!who || covered(span)) continue;
      push({
        ...span,
        kind: 'quantity',
        value,
        unit: 'stroke',
        qualifier: null,
        about: `round-score:${round}:${who.key.split('-').pop()}`,
        aboutText: `${round} round`,
        decimals: 0,
        rule: 'fact:round-score',
      });
    }

  // How long a flight lasted before it failed (`exploded 94 seconds after lifting off`, `broke
  // apart about 110 seconds after launch`, `crashed minutes into the flight`): one span of the
  // flight, whatever verb tells the failure. Another moment after take-off (`lost contact 10
  // minutes after takeoff`) is not read (rule `fact:elapsed-to-failure`). The failure in any form of
  // its verb (`caused the rocket to explode 112 seconds after lift-off`, `saw it break apart`;
  // widened in stop 58).
  // So is one told from the departure (`The helicopter had taken off from Port Venn 12 minutes
  // earlier`, `had left the base 20 minutes before the crash`; rule `fact:elapsed-since-departure`).
  for (const { from, text } of unitTexts())
    for (const m of [
      ...patternMatches(ELAPSED_TO_FAILURE, text),
      ...patternMatches(ELAPSED_SINCE_DEPARTURE, text),
    ]) {
      const value = numberOf(m[3]!);
      if (!(value > 0)) continue;
      const departure = m[0].startsWith('had');
      const at = from + m.index! + m[0].indexOf(`${m[3]!} ${m[4]!}`, m[1]!.length);
      const span = spanAt(at, m[3]!.length + 1 + m[4]!.length);
      // A bare span read before (`12 minutes`, no activity) is this one: it replaces it.
      if (departure) dropBareSpan(span.start);
      if (covered(span)) continue;
      const qualifier = m[2]?.trim().toLowerCase();
      push({
        ...span,
        kind: 'duration',
        value,
        unit: lemma(m[4]!.toLowerCase()),
        qualifier: /^(?:about|around|some|roughly)$/.test(qualifier ?? '')
          ? 'about'
          : /^(?:nearly|almost)$/.test(qualifier ?? '')
            ? 'nearly'
            : null,
        about: 'during:flight-to-failure',
        aboutText: 'flight',
        decimals: 0,
        rule: departure ? 'fact:elapsed-since-departure' : 'fact:elapsed-to-failure',
      });
    }

  // The same span told loosely: words between the failure and the span (`crashed into a field
  // near Tessport on Monday minutes after take-off`), a craft that came down, or a span of no
  // number: `an hour` is one hour, bare `minutes` fewer than half an hour, `hours` two or more
  // (rule `fact:elapsed-to-failure-loose`; `shortly after take-off` gives no span).
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(ELAPSED_TO_FAILURE_LOOSE, text)) {
      const g = m.groups!;
      const unit = lemma(g.u!.toLowerCase());
      const bare = !g.n;
      const value = bare
        ? unit === 'hour'
          ? 23
          : unit === 'minute'
            ? 29
            : 59
        : /^(?:an?|one)$/i.test(g.n!)
          ? 1
          : numberOf(g.n!);
      if (!(value > 0) || (bare && !/s$/i.test(g.u!))) continue;
      const written = g.n ? `${g.n} ${g.u}` : g.u!;
      const at = from + m.index! + m[0].lastIndexOf(written);
      const span = spanAt(at, written.length);
      dropBareSpan(span.start);
      if (covered(span)) continue;
      push({
        ...span,
        kind: 'duration',
        value,
        ...(bare ? { low: unit === 'hour' ? 2 : 1 } : {}),
        unit,
        qualifier: g.q ? (/^(?:nearly|almost)$/i.test(g.q) ? 'nearly' : 'about') : null,
        about: 'during:flight-to-failure',
        aboutText: 'flight',
        decimals: 0,
        rule: 'fact:elapsed-to-failure-loose',
      });
    }

  // The size of a change of a rate in points (`raised its key rate by a quarter point`, `by 25
  // basis points`, `a half-point increase`, `cut rates by 0.5 percentage points`), in percentage
  // points, in a sentence about a rate: one figure however written (rule `fact:rate-change-points`).
  for (const { from, text } of unitTexts()) {
    if (!/\brates?\b/i.test(text)) continue;
    for (const m of patternMatches(RATE_CHANGE_POINTS, text)) {
      const word = (m[1] ?? m[3] ?? m[4] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const value = m[2]
        ? Number(m[2]) / 100
        : (POINT_FRACTIONS[word.replace(/-/g, ' ')] ?? (/^\d/.test(word) ? Number(word) : numberOf(word)));
      if (!(value > 0)) continue;
      const span = spanAt(from + m.index!, m[0].length);
      for (const f of startingNear(span.start))
        if (f.kind === 'count' && f.start >= span.start && f.end <= span.end + 20) dropped.add(f);
      if (covered(span)) continue;
      push({
        ...span,
        kind: 'quantity',
        value,
        unit: 'percentage-point',
        qualifier: null,
        about: 'noun:rate-change',
        aboutText: 'rate change',
        decimals: 2,
        rule: 'fact:rate-change-points',
      });
    }
  }

  // A period given to do something (`Plexa has 90 days to change its practices`, `was given two
  // weeks to leave`, `must comply within 60 days`): the deadline, one span whatever words an
  // outlet chose around it (rule `fact:deadline`).
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(DEADLINE, text)) {
      const number = m[1] ?? m[4]!;
      const unit = m[2] ?? m[5]!;
      // Time to answer a decision (`has 30 days to appeal`) is another deadline than the one the
      // decision sets (`has 90 days to change its practices`).
      const answer = ANSWER_VERB.test(m[3] ?? '');
      const value = numberOf(number);
      if (!(value > 0)) continue;
      const at = from + m.index! + m[0].lastIndexOf(`${number} ${unit}`);
      const given = spanAt(at, number.length + 1 + unit.length);
      for (const f of startingNear(given.start))
        if (
          f.start === given.start &&
          f.kind === 'duration' &&
          (!f.about.startsWith('during:') || f.about.startsWith('during:deadline'))
        )
          dropped.add(f);
      if (covered(given)) continue;
      push({
        ...given,
        kind: 'duration',
        value,
        unit: lemma(unit.toLowerCase()),
        qualifier: null,
        about: answer ? 'during:deadline-to-answer' : 'during:deadline',
        aboutText: answer ? m[3]! : 'deadline',
        decimals: 0,
        rule: 'fact:deadline',
      });
    }

  // Time a person has spent held (`has spent nine months in jail`, `had served 11 years in the
  // Corlow State Prison`): a span of custody, not a term imposed nor a bare count of months.
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(CUSTODY_SPAN, text)) {
      const value = numberOf(m[1]!);
      if (!(value > 0)) continue;
      const at = from + m.index! + m[0].lastIndexOf(`${m[1]!} ${m[2]!}`);
      const held = spanAt(at, m[1]!.length + 1 + m[2]!.length);
      dropBareSpan(held.start);
      if (covered(held)) continue;
      push({
        ...held,
        kind: 'duration',
        value,
        unit: lemma(m[2]!.toLowerCase()),
        qualifier: null,
        about: 'during:custody',
        aboutText: m[3]!.toLowerCase(),
        decimals: 0,
        rule: 'fact:time-in-custody',
      });
    }

  // A span a pattern read (`for 96 hours`, `for nearly three hours`): a duration at its number
  // (group `n`) and unit (group `u`), in place of any duration read there before.
  const pushSpan = (
    from: number,
    m: RegExpMatchArray,
    n: number,
    u: number,
    read: Pick<Fact, 'qualifier' | 'about' | 'aboutText' | 'rule'>,
  ): void => {
    const value = numberOf(m[n]!);
    if (!(value > 0)) return;
    const at = from + m.index! + m[0].lastIndexOf(`${m[n]!} ${m[u]!}`);
    const span = spanAt(at, m[n]!.length + 1 + m[u]!.length);
    for (const f of startingNear(span.start))
      if (f.start === span.start && f.kind === 'duration') dropped.add(f);
    push({
      ...span,
      kind: 'duration',
      value,
      unit: lemma(m[u]!.toLowerCase()),
      qualifier: read.qualifier,
      about: read.about,
      aboutText: read.aboutText,
      decimals: 0,
      rule: read.rule,
    });
  };

  // How long a supply lasts (`carrying enough oxygen for 96 hours`, `had oxygen for 72 hours`,
  // `food to last three weeks`): the supply's span, one figure whichever verb tells who had it
  // (rule `fact:supply-lasts`). What is left of it (`40 hours of oxygen left`) is not read so.
  // Nor is a span of going without (`has been refusing food for 40 days`, `went without water for
  // three days`): how long an act went on, no supply (rule `fact:supply-refused`).
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(SUPPLY_LASTS, text)) {
      if (GOING_WITHOUT.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      pushSpan(from, m, 3, 4, {
        qualifier: /^(?:about|around|some|roughly)/i.test(m[2] ?? '')
          ? 'about'
          : /^(?:nearly|almost|up)/i.test(m[2] ?? '')
            ? 'up to'
            : null,
        about: `during:supply-${lemma(m[1]!.toLowerCase())}`,
        aboutText: m[1]!,
        rule: 'fact:supply-lasts',
      });
    }

  // How long a place went without power (`St Anna hospital lost power for nearly three hours` /
  // `Electricity was cut for about two hours`, `were left without power for two hours`): the
  // outage's span, as `The outage lasted two hours` tells, not a supply that lasts (rule
  // `fact:outage-span`, stop 55). Not `enough power for three hours` (a supply, above).
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(OUTAGE_SPAN, text))
      pushSpan(from, m, 2, 3, {
        qualifier: /^(?:about|around|some|roughly)/i.test(m[1] ?? '')
          ? 'about'
          : /^(?:nearly|almost)/i.test(m[1] ?? '')
            ? 'nearly'
            : /^up/i.test(m[1] ?? '')
              ? 'up to'
              : /^(?:more|over)/i.test(m[1] ?? '')
                ? 'more than'
                : null,
        about: 'during:outage',
        aboutText: 'outage',
        rule: 'fact:outage-span',
      });

  // A level told as a multiple of its limit (`eight times the legal limit`, `three times the
  // safe level`): that multiple, compared as one figure of the story's excess (rule
  // `fact:times-the-limit`).
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(TIMES_THE_LIMIT, text)) {
      const value = /^twice$/i.test(m[1]!) ? 2 : numberOf(m[1]!);
      if (!(value > 1)) continue;
      // A bare level is any level (`three times the level of 2050`): a level is a limit only
      // where a word makes it one (`the safe level`).
      if (/^level$/i.test(m[2]!) && !/\b(?:the|a)\s+\S+\s+level$/i.test(m[0])) continue;
      const span = spanAt(from + m.index! + m[0].indexOf(m[1]!), m[0].length - m[0].indexOf(m[1]!));
      if (covered(span)) continue;
      push({
        ...span,
        kind: 'quantity',
        value,
        unit: 'times',
        qualifier: m[0].match(/^(?:about|around|nearly|almost|some|roughly)\s/i)
          ? 'about'
          : m[0].match(/^(?:more than|over)\s/i)
            ? 'more than'
            : null,
        about: `noun:multiple-of-${m[2]!.toLowerCase()}`,
        aboutText: m[2]!,
        decimals: /\./.test(m[1]!) ? 1 : 0,
        rule: 'fact:times-the-limit',
      });
    }

  // An arrest told by its ordinal (`Police arrested a third suspect on Monday`, `a second man has
  // been detained`): so many arrested by then, as `three suspects have been arrested` tells (rule
  // `fact:ordinal-arrest`).
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(ORDINAL_ARREST, text)) {
      const ordinal = (m[1] ?? m[3])!;
      const noun = (m[2] ?? m[4])!;
      const at = from + m.index! + m[0].indexOf(`${ordinal} ${noun}`);
      const span = spanAt(at, ordinal.length + 1 + noun.length);
      if (covered(span)) continue;
      push({
        ...span,
        kind: 'count',
        value: ORDINAL_NUMBER[ordinal.toLowerCase()]!,
        unit: 'people',
        qualifier: null,
        about: 'event:arrested',
        aboutText: noun,
        event: 'arrest',
        decimals: 0,
        rule: 'fact:ordinal-arrest',
      });
    }

  // The length of a ban (`banned for four years`, `suspended for two years from all sport`, `her
  // three-year ban`, `a two-year doping suspension`): one ban per person, compared as a term of
  // the ban (rule `fact:ban-term`).
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(BAN_TERM, text)) {
      const digits = m[1] ?? m[3]!;
      const value = numberOf(digits);
      if (!(value > 0)) continue;
      const at = from + m.index! + m[0].indexOf(digits);
      const unitWord = (m[2] ?? m[4])!;
      const span = spanAt(at, m[0].indexOf(unitWord) + unitWord.length - m[0].indexOf(digits));
      if (covered(span)) continue;
      push({
        ...span,
        kind: 'duration',
        value,
        unit: lemma(unitWord.toLowerCase()),
        qualifier: null,
        about: 'during:ban',
        aboutText: 'ban',
        decimals: 0,
        rule: 'fact:ban-term',
      });
    }

  // Prison terms imposed (`sentenced to 12 years`, `a 10-year sentence`, `jailed for six
  // months`). A term someone only faces (`faces up to 20 years`, `could get 10 years`), asked
  // for or had before is not read. (The length of a contract was read too and dropped: stories
  // of signings tell several players' deals, and it reported them against each other.)
  for (const { from, text } of unitTexts()) {
    for (const m of patternMatches(TERM, text)) {
      const g = m.groups!;
      const ix = m.indices!.groups!;
      const n = (['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7'] as const).find((k) => g[k])!;
      const u = n.replace('n', 'u');
      const number = g[n]!;
      const half = /\s+and\s+a\s+half$/i.exec(number);
      const value = numberOf(half ? number.slice(0, half.index) : number) + (half ? 0.5 : 0);
      // A term received is one only in a sentencing story: its document tells of a sentence.
      if ((n === 'n5' || n === 'n6') && !SENTENCING.test(d.text)) continue;
      if (!(value > 0)) continue;
      const before = text.slice(Math.max(0, m.index! - 40), m.index!);
      const inside = text.slice(m.index!, ix[n]![0]);
      if (NOT_IMPOSED_NOW.test(before) || NOT_IMPOSED_NOW.test(inside)) continue;
      // A term faced (`faces up to 40 years`, `could be sentenced to 50 years`) is the most the
      // law allows, and one asked for (`prosecutors sought 30 years`) a demand: each compared
      // with its own kind only, never with the term imposed.
      const faced = FACED.test(before) || FACED.test(inside);
      const sought = n === 'n6' || (!faced && (SOUGHT.test(before) || SOUGHT.test(inside)));
      const most = faced && /\b(?:up to|maximum)\b/i.test(before + inside);
      const at = from + ix[n]![0];
      const end = from + ix[u]![1];
      const span = spanAt(at, end - at);
      // A bare span of days or weeks read before (`90 days`, no activity) is this term: the term replaces it.
      dropBareSpan(span.start);
      // So is the same words read as a count of the sentence's noun (`sentence of 21 months`).
      if (n === 'n7')
        for (const f of startingNear(span.start))
          if (f.start === span.start && f.kind === 'duration' && f.rule === 'fact:count-noun') dropped.add(f);
      if (covered(span)) continue;
      const day = termDay(text, ix[u]![1], d.published);
      const side = sought
        ? askingSide(text.slice(sentenceStart(text, m.index!), m.index!) + inside)
        : undefined;
      push({
        ...(day ? { asOf: day } : {}),
        ...(side ? { holder: side } : {}),
        start: span.start,
        end: span.end,
        kind: 'duration',
        value,
        unit: lemma(g[u]!.toLowerCase()),
        qualifier: most ? 'up to' : null,
        about: faced ? 'during:sentence-faced' : sought ? 'during:sentence-sought' : 'during:sentence',
        aboutText: 'sentence',
        decimals: 0,
        rule: faced
          ? 'fact:term-faced'
          : sought
            ? 'fact:term-sought'
            : n === 'n5'
              ? 'fact:term-received'
              : 'fact:term-sentence',
      });
    }
  }

  // Ages of named people: `Maria Lopez, 41,` and `41-year-old Maria Lopez`.
  /** The age at `span` of the person named by mention `e` (`asOf`: the time it holds for, when said). */
  const ageOfName = (e: EntityMention, span: Span, value: number, rule: string, asOf?: string): void =>
    push({
      ...span,
      kind: 'age',
      value,
      qualifier: null,
      about: personKey(bareName(ofSurname(e), read(e)).key),
      aboutText: read(e),
      decimals: 0,
      ...(asOf ? { asOf } : {}),
      rule,
    });
  const people = d.entities.filter((e) => e.kind === 'person');
  // `Amir Solbeck ... Solbeck, 64, ... his daughter, Leila Solbeck`: the age after a lone surname
  // is the person first named in full with it before it (news writes a relative's name in full
  // and keeps the bare surname for the person the story is about), not one named later.
  const ofSurname = (e: EntityMention): EntityMention => {
    if (e.rule !== 'mentions:surname-alias') return e;
    const surname = read(e);
    return (
      people.find(
        (p) => p.start < e.start && p.rule !== 'mentions:surname-alias' && read(p).endsWith(` ${surname}`),
      ) ?? e
    );
  };
  // The ages of a pair told together (`Two hikers, aged 27 and 31,`), and the age of one of them
  // (`One of them, 29,` after `Two hikers were winched ...`): ages of the pair's noun, each
  // outlet's set of them compared with the other's, so an age neither of the pair has is a
  // discrepancy and one of the two is none (rule `fact:age-of-pair`).
  unitTexts().forEach(({ from, text }, u) => {
    if (u >= n) return;
    const ageAt = (at: number, written: string, noun: string): void => {
      const span = spanAt(at, written.length);
      if (covered(span)) return;
      push({
        ...span,
        kind: 'age',
        value: Number(written),
        qualifier: null,
        about: `pair:${lemma(noun)}`,
        aboutText: noun,
        decimals: 0,
        rule: 'fact:age-of-pair',
      });
    };
    for (const m of patternMatches(PAIR_AGES, text)) {
      const g = m.groups!;
      const x = m[0].lastIndexOf(g.x!, m[0].lastIndexOf(' and '));
      ageAt(from + m.index! + x, g.x!, g.noun!);
      ageAt(from + m.index! + m[0].length - g.y!.length, g.y!, g.noun!);
    }
    for (const m of patternMatches(ONE_OF_PAIR, text)) {
      const pairs = [
        ...(u > 0 ? patternMatches(PAIR_NOUN, unitTexts()[u - 1]!.text) : []),
        ...patternMatches(PAIR_NOUN, text.slice(0, m.index!)),
      ];
      const noun = pairs.at(-1)?.[1];
      if (noun) ageAt(from + m.index! + m[0].lastIndexOf(m[1]!), m[1]!, noun);
    }
  });

  // The story's outing counted in one person's series, told as what it was or as what they made
  // (`It was her fourth spacewalk`, `The outing was Oduya's third spacewalk`, `made her fourth
  // spacewalk`): that person's ordinal of the noun, compared with the same person's (rule
  // `fact:ordinal-of-outing`). A pronoun is the one person its sentence, or else the sentence
  // before, names; otherwise nobody's, and not read.
  {
    const keyOf = (e: EntityMention): string => personKey(bareName(ofSurname(e), read(e)).key);
    const namedIn = (i: number): string[] => {
      const u = units[i]!;
      return [...new Set(people.filter((e) => u.start <= e.start && e.end <= u.end).map(keyOf))];
    };
    unitTexts().forEach(({ from, text }, u) => {
      if (u >= n) return;
      for (const m of patternMatches(OUTING_ORDINAL, text)) {
        const g = m.groups!;
        const value = ORDINALS.indexOf(g.nth!.toLowerCase()) + 1;
        if (!(value > 1)) continue;
        let who: string | undefined;
        if (g.owner) {
          const at = from + m.index! + m[0].lastIndexOf(g.owner);
          const e = people.find((x) => view.fromOriginal(x.start) <= at && at < view.fromOriginal(x.end));
          who = e && keyOf(e);
        } else {
          // The nearest of the three sentences before that names anyone (`Kovac clocked 3:55.21.
          // The old record had stood since 2041. It was her second world record`: Kovac).
          let k = u;
          let named = namedIn(k);
          while (named.length === 0 && k > 0 && u - k < 3) named = namedIn(--k);
          who = named.length === 1 ? named[0] : undefined;
        }
        if (!who) continue;
        const span = spanAt(from + m.index! + m[0].lastIndexOf(g.nth!), g.nth!.length);
        if (covered(span)) continue;
        push({
          ...span,
          kind: 'count',
          value,
          unit: 'ordinal',
          qualifier: null,
          about: `ordinal:${OUTING_FAMILY[lemma(g.noun!)] ?? lemma(g.noun!)}|${who}`,
          aboutText: g.noun!,
          decimals: 0,
          rule: 'fact:ordinal-of-outing',
        });
      }
    });
  }
  // A headline's bare noun read as a name (`Man, 44, held after girl snatched`, `Girl, 6, found
  // safe`) is no one's name: a noun for a person, whose age the unnamed ages read as that noun's
  // (`fact:age-apposition-noun`; stop 52), unless the document names someone so (`Minnie Driver`).
  const bareNoun = (e: EntityMention): boolean => {
    const word = read(e);
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !aged(word.toLowerCase())) return false;
    const others = people.filter((p) => p !== e && read(p).includes(' ') && read(p).endsWith(` ${word}`));
    const at = view.fromOriginal(e.start);
    return others.length === 0 && (at === 0 || /[\n.!?]\s*$/.test(view.text.slice(Math.max(0, at - 3), at)));
  };
  for (const e of people) {
    if (bareNoun(e)) continue;
    const after = view.text.slice(view.fromOriginal(e.end), view.fromOriginal(e.end) + 90);
    // An age may be tied to an event: `Ann Lee, 17 at the time of the crash,`; a home town may
    // come first (`Mary Finch of Velmar, 71,`).
    // `Ann Lee, aged 41,` and the bracketed age of British papers (`Ann Lee (41)`) likewise.
    // Tokenised text sets the commas apart (`Forde , 49 , said`: rule `fact:age-apposition-spaced`).
    // Two people then two ages (`Tom and Ann Reeve, 64 and 62`, `Ann Lee and Tom Vale, 34 and
    // 36,`): each their own, in order (rule `fact:ages-respectively`); with no second person
    // before, neither age is read, as the ages are not this one's alone.
    const pair =
      /^( ?),\s?(?:aged\s)?(\d{1,3})\s+and\s+(\d{1,3})(?=\1(?:,|;|\.(?:\s|$))|\s*$|\s+(?!years?\b|percent\b|per\b|%)[\p{Ll}])/u.exec(
        after,
      );
    if (pair) {
      const partner = people.find(
        (p) =>
          p.end <= e.start &&
          /^\s+and\s+$/.test(view.text.slice(view.fromOriginal(p.end), view.fromOriginal(e.start))),
      );
      if (partner) {
        const base = view.fromOriginal(e.end);
        const firstAt = pair[0].indexOf(pair[2]!, pair[1]!.length + 1);
        const secondAt = pair[0].lastIndexOf(pair[3]!);
        for (const [who, at, value] of [
          [partner, firstAt, pair[2]!],
          [e, secondAt, pair[3]!],
        ] as const) {
          const start = view.toOriginal(base + at);
          ageOfName(who, { start, end: start + value.length }, Number(value), 'fact:ages-respectively');
        }
      }
    }
    const m = pair
      ? null
      : (/^(?:\s+of\s+\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?)?( ?),\s?(?:aged\s)?(\d{1,3})(?:\s+(at the time(?: of [^,.;]{1,60})?|when [^,.;]{1,60}))?(?:\1(?:,|;|\.(?:\s|$))|\s+(?=and\s))/u.exec(
          after,
        ) ?? /^()\s?\(\s?(?:aged\s)?(\d{1,3})\s?\)()/.exec(after));
    if (m) {
      const start = view.toOriginal(view.fromOriginal(e.end) + m[0].indexOf(m[2]!, m[1]!.length + 1));
      const rule = m[1] ? 'fact:age-apposition-spaced' : 'fact:age-apposition';
      ageOfName(e, { start, end: start + m[2]!.length }, Number(m[2]), rule, m[3]);
    }
    // Two people given one age (`Ray and Donna Pikett, both 61,`, `Ann Lee and Tom Vale, both
    // aged 34`): the age of each (rule `fact:age-both`, stop 47).
    const both = m
      ? null
      : /^,\s?both\s(?:aged\s)?(\d{1,3})\b(?!\s*(?:%|percent|per\s+cent|years\b))/u.exec(after);
    const first = both
      ? people.find(
          (p) =>
            p.end <= e.start &&
            /^\s+and\s+$/.test(view.text.slice(view.fromOriginal(p.end), view.fromOriginal(e.start))),
        )
      : undefined;
    if (both && first) {
      const start = view.toOriginal(view.fromOriginal(e.end) + both[0].indexOf(both[1]!, 6));
      for (const who of [first, e])
        ageOfName(who, { start, end: start + both[1]!.length }, Number(both[1]), 'fact:age-both');
    }
    // An age the copula states of the name (`Ennio Bracht is 39 and remains in hospital`, `The
    // guide, Ennio Bracht, is 39`, `Bracht, who is 39,`): the person's age as an apposition's is
    // (rule `fact:age-copula`). Only `is` (a past `was 12 when ...` may tell another time), only
    // digits the clause ends on or `years old`, never `is 39th`, `is 39 metres`, `is now 39`.
    const copula = m || pair || both ? null : AGE_COPULA.exec(after);
    if (copula) {
      const start = view.toOriginal(view.fromOriginal(e.end) + copula[0].lastIndexOf(copula[1]!));
      ageOfName(e, { start, end: start + copula[1]!.length }, Number(copula[1]), 'fact:age-copula');
    }
    // An age in a descriptive apposition: `Sanjay Velu, a 39-year-old neurosurgeon,`.
    const described = m ? null : AGE_IN_APPOSITION.exec(after);
    if (described) {
      const start = view.toOriginal(view.fromOriginal(e.end) + described[0].indexOf(described[1]!));
      const end = view.toOriginal(view.fromOriginal(start) + described[1]!.length, 'end');
      ageOfName(e, { start, end }, numberOf(described[1]!), 'fact:age-in-apposition');
    }
    const before = view.text.slice(Math.max(0, view.fromOriginal(e.start) - 48), view.fromOriginal(e.start));
    // A player's ranking: `world number nine Mira Lenko`, `Lenko, who is ranked 10th,` (rule
    // `fact:rank-of-person`): one count of that person's rank, however written.
    const rank = RANK_BEFORE_NAME.exec(before) ?? RANK_AFTER_NAME.exec(after);
    const rankValue = rank ? rankNumber(rank[1]!) : 0;
    if (rank && rankValue > 0) {
      const at =
        rank.input === before
          ? view.fromOriginal(e.start) - before.length + rank.index! + rank[0].lastIndexOf(rank[1]!)
          : view.fromOriginal(e.end) + rank.index! + rank[0].lastIndexOf(rank[1]!);
      const start = view.toOriginal(at);
      push({
        start,
        end: view.toOriginal(at + rank[1]!.length, 'end'),
        kind: 'count',
        value: rankValue,
        unit: 'rank',
        qualifier: null,
        about: personKey(bareName(ofSurname(e), read(e)).key),
        aboutText: read(e),
        decimals: 0,
        rule: 'fact:rank-of-person',
      });
    }
    // A competitor's finishing place (`Erik Solheim finished third`, `Solheim was third, 0.38
    // seconds behind`, `took third place`, `faded to fifth`): one place of that person's in the
    // story's race, however told (rule `fact:finishing-place`).
    const placed = FINISHING_PLACE.exec(after);
    const placeValue = placed ? rankNumber(placed[1]!) : 0;
    if (placed && placeValue > 0) {
      const at = view.fromOriginal(e.end) + placed.index + placed[0].lastIndexOf(placed[1]!);
      push({
        start: view.toOriginal(at),
        end: view.toOriginal(at + placed[1]!.length, 'end'),
        kind: 'count',
        value: placeValue,
        unit: 'place',
        qualifier: null,
        about: `place:finish|${personKey(bareName(ofSurname(e), read(e)).key)}`,
        aboutText: read(e),
        decimals: 0,
        rule: 'fact:finishing-place',
      });
    }
    const b = AGE_BEFORE_NAME.exec(before);
    if (b) {
      const at = view.toOriginal(view.fromOriginal(e.start) - (before.length - b.index));
      ageOfName(e, { start: at, end: at + b[1]!.length }, numberOf(b[1]!), 'fact:age-adjective');
    }
    // A person's home town, a place fact about them.
    const homeTown = (place: { start: number; end: number }, value: string, rule: string): void =>
      push({
        ...place,
        kind: 'place',
        value,
        qualifier: null,
        about: personKey(bareName(e, read(e)).key),
        aboutText: read(e),
        decimals: 0,
        rule,
      });
    // A person's home town in apposition: `Ann Lee, 41, of Springfield` / `Ann Lee of Springfield`.
    const home =
      /^(?:,\s?\d{1,3})?,?\s+of\s+(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)(?=[,.;]|\s+(?:was|is|had|has|who|and|said|told)\b)/u.exec(
        view.text.slice(view.fromOriginal(e.end), view.fromOriginal(e.end) + 50),
      );
    if (home) {
      const placeAt = view.fromOriginal(e.end) + home[0].length - home[1]!.length;
      const place = {
        start: view.toOriginal(placeAt),
        end: view.toOriginal(placeAt + home[1]!.length, 'end'),
      };
      const known = d.entities.find((p) => p.start === place.start && p.end === place.end);
      // A named organisation after `of` is an employer (`Ann Lee of Acme Corp`), not a home town.
      if (!known || known.kind === 'place')
        homeTown(place, known?.key ?? home[1]!, 'fact:home-town-apposition');
    }
    // A home town told by a verb (`Ivo Garr is from Castelmar`, `, who hails from Castelmar,`):
    // as the apposition's `of` gives it, a place or a name no other entity holds (rule
    // `fact:home-town-from`). Not where someone grew up or lives (two places a person may have).
    const from = home
      ? null
      : /^(?:,\s+who|,)?\s+(?:is|comes|hails)\s+(?:originally\s+)?from\s+(\p{Lu}[\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]+)?)(?=[,.;]|\s+(?:and|but|where)\b)/u.exec(
          view.text.slice(view.fromOriginal(e.end), view.fromOriginal(e.end) + 60),
        );
    if (from) {
      const placeAt = view.fromOriginal(e.end) + from[0].length - from[1]!.length;
      const name = /\p{Ll}{2}\.$/u.test(from[1]!) ? from[1]!.slice(0, -1) : from[1]!;
      const place = { start: view.toOriginal(placeAt), end: view.toOriginal(placeAt + name.length, 'end') };
      const known = d.entities.find((p) => p.start <= place.start && place.start < p.end);
      if (!known || known.kind === 'place')
        homeTown(
          place,
          known?.key ?? `place:${name.toLowerCase().replace(/\s+/g, '-')}`,
          'fact:home-town-from',
        );
    }
    // A home town as the adjective of a descriptive apposition: `Colm Areny, 36, a Dunmore man,`.
    const townsman = home ? null : TOWNSMAN_APPOSITION.exec(after);
    if (townsman) {
      const placeAt = view.fromOriginal(e.end) + townsman.index + townsman[0].indexOf(townsman[1]!);
      const place = {
        start: view.toOriginal(placeAt),
        end: view.toOriginal(placeAt + townsman[1]!.length, 'end'),
      };
      // A town the entity finder knows as a place, or a word it knows as nothing that is not
      // shaped as a people's or a faith's adjective (`a Catholic man`, `a Jewish woman`).
      const known = d.entities.find((p) => p.start === place.start && p.end === place.end);
      if (known ? known.kind === 'place' : !NOT_A_TOWN.test(townsman[1]!))
        homeTown(place, known?.key ?? townsman[1]!, 'fact:home-town-townsman');
    }
  }

  // One person's key however the mention is written (read once a mention), and the first
  // mention of each key.
  const keyOfPerson = new Map<EntityMention, string>();
  const personOf = (p: EntityMention): string => {
    let k = keyOfPerson.get(p);
    if (k === undefined) keyOfPerson.set(p, (k = personKey(bareName(p, read(p)).key)));
    return k;
  };

  // A rival's votes told after the winner's (`took 14,212 votes to 11,780 for Tomas Brede`,
  // `ahead of Liberal candidate Tomas Brede with 11,870`): that candidate's votes, keyed by the
  // person as an age is (rule `fact:votes-of-candidate`).
  for (const { from, text } of unitTexts()) {
    if (!/\bvotes?\b/i.test(text)) continue;
    for (const re of [RIVAL_VOTES_TO, RIVAL_VOTES_AHEAD])
      for (const m of matchesIn(re, text)) {
        const digits = m[1]!;
        const at = from + m.index! + m[0].lastIndexOf(digits);
        // The rival: the first person named after `for` (within its phrase), or the last named between `ahead of` and the number.
        const [lo, hi] =
          re === RIVAL_VOTES_TO
            ? [from + m.index! + m[0].length, from + m.index! + m[0].length + 50]
            : [from + m.index!, at];
        const named = people.filter((e) => {
          const [s0, e0] = [view.fromOriginal(e.start), view.fromOriginal(e.end)];
          return s0 >= lo && e0 <= hi && !/[,.;]/.test(view.text.slice(lo, s0));
        });
        const who = re === RIVAL_VOTES_TO ? named[0] : named.at(-1);
        if (!who) continue;
        const span = { start: view.toOriginal(at), end: view.toOriginal(at + digits.length, 'end') };
        if (covered(span)) continue;
        const about = personOf(who);
        push({
          start: span.start,
          end: span.end,
          kind: 'count',
          value: numberOf(digits),
          unit: 'vote',
          qualifier: null,
          about,
          aboutText: read(who),
          decimals: 0,
          rule: 'fact:votes-of-candidate',
        });
      }
  }
  const firstMention = new Map<string, EntityMention>();
  for (const p of people) if (!firstMention.has(personOf(p))) firstMention.set(personOf(p), p);
  // A finishing time written in hours, minutes and seconds (`won the marathon in 2:04:12`, `set a
  // course record of 2:04:21`, `clocked 1:52.31`): the time of the person the sentence names
  // before it, nearest first (rule `fact:finish-time`); a race tells several runners' times.
  for (const { from, text } of unitTexts()) {
    for (const m of text.matchAll(FINISH_TIME)) {
      const at = from + m.index + m[0].length - m[1]!.length;
      const start = view.toOriginal(at);
      const unitStart = view.toOriginal(from);
      const runner = people
        .filter((p) => p.start >= unitStart && p.end <= start)
        .sort((a, b) => b.end - a.end)[0];
      // (Read already from the race-time layer: `quantities:race-time`, above.)
      if (!runner || startingNear(start).some((f) => f.start === start && f.rule === 'fact:finish-time'))
        continue;
      const parts = m[1]!.split(':').map(Number);
      const seconds = parts.reduce((sum, x) => sum * 60 + x, 0);
      push({
        start,
        end: view.toOriginal(at + m[1]!.length, 'end'),
        kind: 'duration',
        value: seconds,
        unit: 'second',
        qualifier: null,
        about: `during:finish-time|${personOf(runner)}`,
        aboutText: read(runner),
        decimals: m[1]!.split('.')[1]?.length ?? 0,
        rule: 'fact:finish-time',
      });
    }
  }
  // A finishing time in hours and minutes after what was finished (`completed the 34-kilometre
  // crossing in 14 hours and 22 minutes`, `swam the strait in 14 hours 32 minutes`): one time of
  // the person named before it, not a count of hours and one of minutes (rule
  // `fact:finish-time-words`).
  for (const { from, text } of unitTexts()) {
    for (const m of text.matchAll(FINISH_WORDS)) {
      const at = from + m.index + m[0].length - m[1]!.length;
      const start = view.toOriginal(at);
      const end = view.toOriginal(at + m[1]!.length, 'end');
      // The sentence's first person (its subject), else the last named before it (`She completed`).
      const unitStart = view.toOriginal(from);
      const runner =
        people.filter((p) => p.start >= unitStart && p.end <= start).sort((a, b) => a.start - b.start)[0] ??
        people.filter((p) => p.end <= unitStart).sort((a, b) => b.end - a.end)[0];
      if (!runner) continue;
      for (const f of startingNear(end))
        if (f.start >= start && f.end <= end && f.kind === 'duration') dropped.add(f);
      push({
        start,
        end,
        kind: 'duration',
        value: (Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0),
        unit: 'second',
        qualifier: null,
        about: `during:finish-time|${personOf(runner)}`,
        aboutText: read(runner),
        decimals: 0,
        rule: 'fact:finish-time-words',
      });
    }
  }
  // The sources each sentence cites, by sentence (read once, not once a sentence asked).
  const sourcesBySentence = new Map<number, Span[]>();
  for (const a of d.attributions) {
    // The subject of a stance verb (`Luis Darrow agreed on Thursday to a contract`) holds a
    // position or makes a deal: the person the sentence is about, not a source it cites (rule
    // `fact:stance-subject-named`, stop 47).
    if (!a.source || a.rule === 'attribution:stance-verb') continue;
    const l = sourcesBySentence.get(a.sentence);
    if (l) l.push(a.source);
    else sourcesBySentence.set(a.sentence, [a.source]);
  }
  /** The people named from `start` to `end` of sentence `i`, besides those it cites. */
  const namedIn = (i: number, start: number, end: number): EntityMention[] => {
    const sources = sourcesBySentence.get(i) ?? [];
    return spansWithin(people, { start, end }).filter(
      (p) => !sources.some((x) => x.start <= p.start && p.end <= x.end),
    );
  };
  // The people a sentence names, besides those it quotes or cites (`..., her spokesman Tom
  // Reyes said`): who a following `She was 79.` or `The 29-year-old right-hander` is.
  const subjectsOf = (i: number): Set<string> => {
    const prev = d.sentences[i]!;
    const named = namedIn(i, prev.start, prev.end);
    // The sentence's subject, named in its first words, is who the next sentence goes on about
    // (`Leo Varga has joined Corvel United ... The 24-year-old scored`).
    // Not when another is named beside it (`Dora Velt and her husband Piet Velt died`).
    const first = named[0];
    const second = named[1];
    const beside = !!second && /^\s*(?:,|and\b|&)/.test(read({ start: first!.end, end: second.start }));
    if (
      first &&
      !beside &&
      read({ start: prev.start, end: first.start }).trim().split(/\s+/).filter(Boolean).length <= 2
    )
      return new Set([personOf(first)]);
    return new Set(named.map(personOf));
  };
  /** Sentence `i`'s text in the view. */
  const sentenceText = (i: number): string =>
    view.text.slice(view.fromOriginal(d.sentences[i]!.start), view.fromOriginal(d.sentences[i]!.end));
  /**
   * Whom sentence `i`, naming no one, goes on about: the people the sentence before names (its
   * subject when it opens on one). A sentence before opening on `He` or `She` goes on about the
   * person before it (`Dorin Malek was arrested. He appeared before Judge Ilona Farkash. The
   * 34-year-old ...`): whom it names after the pronoun is another, so the person is the one named
   * before, past at most two such sentences (rule `fact:description-past-pronoun`).
   */
  const goesOnAbout = (i: number): Set<string> => {
    let back = i - 1;
    while (back > 0 && i - back < 3 && PRONOUN_SUBJECT.test(sentenceText(back))) back--;
    return back < i - 1 && PRONOUN_SUBJECT.test(sentenceText(back)) ? new Set<string>() : subjectsOf(back);
  };
  /** The place named `name` at view offset `at` of sentence `s`: an entity's key, or the name's. */
  const placeNamed = (s: Span, at: number, written: string): { key: string; span: Span } | null => {
    // A place that ends its sentence is read without the full stop (`died in Kessa.`), which is
    // no part of it, as a dot inside a name is (`St. Louis`) (rule `fact:place-full-stop`).
    const name = /\p{Ll}{2}\.$/u.test(written) ? written.slice(0, -1) : written;
    // A building or a site (`St. Mary's Hospital`, `Heathrow Airport`) is not the town another
    // outlet names for the same moment; a month or a day is no place.
    if (SITE.test(name) || calendarWord(name)) return null;
    const span = { start: view.toOriginal(at), end: view.toOriginal(at + name.length, 'end') };
    const known = spansWithin(d.entities, s).find((e) => e.start <= span.start && span.start < e.end);
    if (known && known.kind !== 'place') return null;
    return known
      ? { key: known.key, span: { start: known.start, end: known.end } }
      : { key: `place:${name.toLowerCase().replace(/\s+/g, '-')}`, span };
  };
  /** A place right at `rest`'s start (`in Taos`) in sentence `s`, `rest` starting at view offset `restAt`. */
  const placeAt = (
    s: Span,
    rest: string,
    restAt: number,
  ): { key: string; span: Span; site?: boolean } | null => {
    const at = PLACE_AFTER.exec(rest);
    if (!at) return null;
    // A site named with its town (`at St Aubin Hospital in Brenmoor`): the town is the place,
    // as `at his home in Brenmoor` gives it (rule `fact:place-of-site-in-town`).
    const town = SITE.test(at[1]!) ? SITE_IN_TOWN.exec(rest.slice(at[0].length)) : null;
    if (town) {
      const found = placeNamed(s, restAt + at[0].length + town[0].length - town[1]!.length, town[1]!);
      return found && { ...found, site: true };
    }
    return placeNamed(s, restAt + at[0].length - at[1]!.length, at[1]!);
  };
  const pushPlace = (
    place: { key: string; span: Span; site?: boolean },
    about: string,
    aboutText: string,
    rule: string,
  ): void =>
    push({
      ...place.span,
      kind: 'place',
      value: place.key,
      qualifier: null,
      about,
      aboutText,
      decimals: 0,
      rule: place.site ? `${rule}:site-in-town` : rule,
    });
  // Where something befell a named person (`Lena Marsh died at her home in Taos`, `he was
  // arrested in Orlin`): the first place named after the verb, before any other clause. The
  // person is the one the sentence names before the verb (besides its sources), or, for a
  // sentence opening on `He` or `She`, the one the sentence before names.
  for (let i = 0; i < d.sentences.length; i++) {
    const s = d.sentences[i]!;
    const from = view.fromOriginal(s.start);
    const text = view.text.slice(from, view.fromOriginal(s.end));
    const m = PLACE_EVENT.exec(text);
    if (!m) continue;
    const before = namedIn(i, s.start, s.start + m.index);
    const keys = before.length
      ? new Set(before.map(personOf))
      : i > 0 && /^\s*(?:He|She)\b/.test(text)
        ? subjectsOf(i - 1)
        : new Set<string>();
    if (keys.size !== 1) continue;
    const key = [...keys][0]!;
    // The place right after the verb and a prepositional phrase (`died Tuesday at her home in
    // Taos`): a place the entity finder knows, or capitalised words no other entity holds.
    const place = placeAt(s, text.slice(m.index + m[0].length), from + m.index + m[0].length);
    if (!place) continue;
    pushPlace(
      place,
      `${key}|${PLACE_ACT[m[1]!.toLowerCase().replace(/^(?:was|were|been)\s+/, '')] ?? 'befell'}`,
      read(firstMention.get(key)!),
      'fact:place-of-event',
    );
  }

  // A sentence opening on where its subject was born (`Born in Castelmar, Dunmore appeared in
  // 60 films`): the place of birth of the person named right after the comma, as `Dunmore was
  // born in Vell Harbour` gives it (rule `fact:place-of-birth-opening`).
  for (let i = 0; i < d.sentences.length; i++) {
    const s = d.sentences[i]!;
    const from = view.fromOriginal(s.start);
    const text = view.text.slice(from, view.fromOriginal(s.end));
    const m = BORN_OPENING.exec(text);
    if (!m) continue;
    const subjectAt = s.start + m[0].length;
    const subject = namedIn(i, subjectAt, s.end)[0];
    if (!subject || subject.start > subjectAt + 1) continue;
    const place = placeNamed(s, from + m[0].indexOf(m[1]!, m[0].search(/\bin\s/)), m[1]!);
    if (!place) continue;
    const key = personOf(subject);
    pushPlace(place, `${key}|born`, read(firstMention.get(key) ?? subject), 'fact:place-of-birth-opening');
  }

  // How long an agreement runs, written as an adjective (`a five-year contract`, `a four-year
  // deal`): one term, whichever word names the agreement, of the one person the sentence
  // names (besides its sources). A story often tells several people's deals (`signed Ray Dale
  // to a six-year deal`, `Tom Orr has a three-year deal`): a sentence naming no one, or
  // several, gives a term that is not compared.
  for (let i = 0; i < d.sentences.length; i++) {
    const s = d.sentences[i]!;
    const from = view.fromOriginal(s.start);
    const text = view.text.slice(from, view.fromOriginal(s.end));
    for (const m of patternMatches(AGREEMENT_TERM, text)) {
      const value = numberOf(m[1]!);
      if (!(value > 0)) continue;
      // The term alone (`four-year`), not a sum written between it and its noun.
      const span = spanAt(from + m.index!, m[1]!.length + 1 + m[2]!.length);
      if (covered(span)) continue;
      // A name after `the` (`to coach the Harriers`) is a team's or a family's, not a person
      // who signs.
      // Nor is a name a move is from or to (`completed a move to Hallam City from Porto Alba`): a
      // club's or a place's, read as a person's (rule `fact:agreement-term-not-from-to`).
      const fromTo = (p: EntityMention): boolean =>
        MOVE_END_BEFORE.test(read({ start: Math.max(0, p.start - 6), end: p.start }));
      const parties = new Set(
        namedIn(i, s.start, s.end)
          .filter((p) => !THE_BEFORE.test(read({ start: Math.max(s.start, p.start - 4), end: p.start })))
          .filter((p) => !fromTo(p))
          .map(personOf),
      );
      // Who `agreed to a five-year contract` is a party to it, though `agreed` is read as a cue
      // of saying (`agreed to explain`): that name is the one the term is of.
      if (parties.size === 0)
        for (const p of spansWithin(people, { start: s.start, end: s.end }))
          if (AGREED_TO.test(read({ start: p.end, end: Math.min(s.end, p.end + 30) })))
            parties.add(personOf(p));
      // A sentence naming no one whose subject is `He`, `She` or a description with an age (`The
      // 24-year-old has signed a four-year deal`) goes on about the person before it: the term is
      // that person's (rule `fact:agreement-term-of-subject`).
      if (parties.size === 0 && i > 0 && (PRONOUN_SUBJECT.test(text) || DEFINITE_AGE.test(text))) {
        const before = d.sentences[i - 1]!;
        const moved = new Set(
          namedIn(i - 1, before.start, before.end)
            .filter(fromTo)
            .map(personOf),
        );
        const kept = new Set(
          namedIn(i - 1, before.start, before.end)
            .filter((p) => !fromTo(p))
            .map(personOf),
        );
        for (const key of goesOnAbout(i)) if (!moved.has(key) || kept.has(key)) parties.add(key);
      }
      push({
        ...span,
        kind: 'duration',
        value,
        unit: m[2]!.toLowerCase(),
        qualifier: null,
        about: parties.size === 1 ? `during:agreement|${[...parties][0]}` : '',
        aboutText: m[3]!,
        decimals: 0,
        // With its sum (`a four-year, $20 million contract`) the term tells one deal (compare/figures.ts).
        rule:
          m[0].length > m[1]!.length + m[2]!.length + m[3]!.length + 3 && /[$€£]/.test(m[0])
            ? 'fact:agreement-term-with-sum'
            : 'fact:agreement-term',
      });
    }
  }
  for (let i = 0; i < d.sentences.length; i++) {
    const s = d.sentences[i]!;
    const from = view.fromOriginal(s.start);
    const text = view.text.slice(from, view.fromOriginal(s.end));
    // Where someone was arrested or killed, told in the active voice (`Police arrested actress
    // Nina Colbert, 36, in Beverly Hills`): the person named right after the verb, then,
    // past an apposition, the place.
    for (const m of matchesIn(ACTIVE_PLACE_EVENT, text)) {
      const verbEnd = from + m.index! + m[0].length;
      const who = namedIn(i, view.toOriginal(verbEnd), s.end)[0];
      if (
        !who ||
        read({ start: view.toOriginal(verbEnd), end: who.start })
          .trim()
          .split(/\s+/)
          .filter(Boolean).length > 2
      )
        continue;
      const afterWho = view.fromOriginal(who.end);
      const rest = view.text.slice(afterWho, view.fromOriginal(s.end));
      const skip = /^,\s*(?:\d{1,3}|[^,]{1,40}),/.exec(rest)?.[0].length ?? 0;
      const place = placeAt(s, rest.slice(skip), afterWho + skip);
      if (place)
        pushPlace(
          place,
          `${personOf(who)}|${PLACE_ACT[m[1]!.toLowerCase()] ?? 'befell'}`,
          read(firstMention.get(personOf(who))!),
          'fact:place-of-event-active',
        );
    }
    // Where a gathering was held (`unveiled the phone at an event in San Francisco`, `told a
    // news conference in Orlin`): the place of that kind of gathering.
    for (const m of matchesIn(GATHERING_PLACE, text)) {
      const restAt = from + m.index! + m[0].length - m[2]!.length;
      const place = placeAt(s, view.text.slice(restAt, view.fromOriginal(s.end)), restAt);
      if (place)
        pushPlace(
          place,
          `gathering:${m[1]!.toLowerCase().replace(/\s+/g, ' ')}`,
          m[1]!,
          'fact:place-of-gathering',
        );
    }
    // Where the story's incident happened (`The fire broke out at a warehouse in Leeds`, `the
    // crash happened near Tours`, `the storm hit Galway`): the first place the entity finder
    // knows after the verb, in the clause. A story may tell several fires: compared only between
    // two sentences that state one claim (compare/places.ts), and never in a sentence telling
    // another event (`a similar fire in 2015 broke out in York`).
    // (Whether the sentence tells an incident of the story: read once, by the three readers below.)
    const ofIncident = INCIDENT.test(text) && !OTHER_EVENT.test(text);
    const incident = ofIncident ? INCIDENT_HAPPENED.exec(text) : null;
    if (incident) {
      const restAt = from + incident.index + incident[0].length;
      // A wildfire or a bushfire is the fire another outlet tells.
      const what = lemma(incident[1]!.toLowerCase()).replace(/^(?:wild|bush)fire$/, 'fire');
      const clause = view.text.slice(restAt, view.fromOriginal(s.end)).split(/[,;:]|\s[-–—]\s/)[0]!;
      // The first name in the clause that the entity finder knows for a place.
      for (const at of clause.matchAll(INCIDENT_PLACE)) {
        const start = view.toOriginal(restAt + at.index + at[0].length - at[1]!.length);
        const known = spansWithin(d.entities, s).find((e) => e.start <= start && start < e.end);
        // A village the entity finder does not know, named as one (`near the village of
        // Carvelle`) or right after `near` (`started near Carvel`): the place as this document
        // writes it, and its name (one outlet may spell it another way).
        const village =
          !known && (/\bof\s+$/.test(at[0].slice(0, -at[1]!.length)) || /^\s?near\s/.test(at[0]))
            ? placeNamed(s, restAt + at.index + at[0].length - at[1]!.length, at[1]!)
            : null;
        if (village) {
          pushPlace(village, `incident:${what}`, `the ${incident[1]!}`, 'fact:place-of-incident');
          push({
            ...village.span,
            kind: 'name',
            value: at[1]!,
            qualifier: null,
            about: village.key,
            aboutText: at[1]!,
            decimals: 0,
            rule: 'fact:name-place',
          });
          break;
        }
        if (known?.kind !== 'place') continue;
        pushPlace(
          { key: known.key, span: { start: known.start, end: known.end } },
          `incident:${what}`,
          `the ${incident[1]!}`,
          'fact:place-of-incident',
        );
        break;
      }
    }
    // A numbered part of a place where the story's incident happened (`the crush happened at
    // gate 7`, `the fire started near platform 4`): where in it. Told with the incident's verb of
    // happening, it is that incident's, compared across the story's sentences (rule
    // `fact:numbered-part-of-incident`).
    if (ofIncident)
      for (const m of text.matchAll(NUMBERED_PART)) {
        const at = from + m.index + m[0].length - m[2]!.length;
        const part = m[3]!.toLowerCase();
        const what = lemma(m[1]!.toLowerCase()).replace(/^(?:wild|bush)fire$/, 'fire');
        pushPlace(
          {
            key: `part:${part}-${m[4]!.toUpperCase()}`,
            span: { start: view.toOriginal(at), end: view.toOriginal(at + m[2]!.length, 'end') },
          },
          `part-of:${what}:${part}`,
          `the ${part}`,
          'fact:numbered-part-of-incident',
        );
      }
    // The street of the story's incident and its house number (`the fire at 14 Mill Lane`):
    // places of the incident, compared only between two sentences of one claim, as its town
    // (rule `fact:street-of-incident`). The number is keyed by its street: `14 Mill Lane`
    // against `41 Mill Lane` disagree, `Mill Lane` against `14 Mill Lane` do not.
    const street = ofIncident ? INCIDENT_STREET.exec(text) : null;
    if (street) {
      const what = INCIDENT_CLASS[lemma(street[1]!.toLowerCase())] ?? lemma(street[1]!.toLowerCase());
      const name = street[3]!.replace(/\.$/, '');
      const kind = STREET_KIND[street[4]!.replace(/\.$/, '').toLowerCase()]!;
      const value = `street:${name.split(/\s+/).slice(0, -1).join(' ').toLowerCase()} ${kind}`;
      const nameAt = from + street.index + street[0].length - street[3]!.length;
      pushPlace(
        { key: value, span: spanAt(nameAt, name.length) },
        `street-of:${what}`,
        `the ${street[1]!.toLowerCase()}`,
        'fact:street-of-incident',
      );
      if (street[2]) {
        const numberAt =
          from + street.index + street[0].lastIndexOf(street[2], street[0].length - street[3]!.length);
        pushPlace(
          { key: street[2].toUpperCase(), span: spanAt(numberAt, nameAt + name.length - numberAt) },
          `street-of:${what}|number:${value}`,
          `the ${street[1]!.toLowerCase()}`,
          'fact:street-of-incident',
        );
      }
    }
    // A town written at view index `at` (`Talmere`; a full stop after two lower-case letters is
    // the sentence's) as the place of `about`: not a site or a calendar word, nor an entity of
    // another kind than a place (a town the entity finder took for a person's name is a town
    // after `plant in`).
    const townAt = (
      at: number,
      written: string,
      about: string,
      label: string,
      rule: Parameters<typeof pushPlace>[3],
    ): void => {
      const name = /\p{Ll}{2}\.$/u.test(written) ? written.slice(0, -1) : written;
      if (SITE.test(name) || calendarWord(name)) return;
      const span = { start: view.toOriginal(at), end: view.toOriginal(at + name.length, 'end') };
      const known = spansWithin(d.entities, s).find((e) => e.start <= span.start && span.start < e.end);
      if (known && known.kind !== 'place' && known.kind !== 'person') return;
      pushPlace(
        known?.kind === 'place'
          ? { key: known.key, span: { start: known.start, end: known.end } }
          : { key: `place:${name.toLowerCase().replace(/\s+/g, '-')}`, span },
        about,
        label,
        rule,
      );
    };
    // The town a named firm's works stand in (`the Brackenfield Foods plant in Talmere`, `Acme's
    // factory in Orlin`): the place of that firm's works of that kind, whichever sentence tells
    // it (rule `fact:place-of-facility`). An indefinite `a ... plant in` may be one of several
    // and is not read.
    for (const org of spansWithin(d.entities, s)) {
      if (org.kind !== 'organization') continue;
      const orgEnd = view.fromOriginal(org.end);
      const after = view.text.slice(orgEnd, view.fromOriginal(s.end));
      const f = FACILITY_OF_FIRM.exec(after);
      if (!f) continue;
      const orgStart = view.fromOriginal(org.start);
      if (!/^['’]/.test(after) && !/\bthe\s+$/i.test(view.text.slice(Math.max(from, orgStart - 4), orgStart)))
        continue;
      townAt(
        orgEnd + f[0].length - f[2]!.length,
        f[2]!,
        `facility:${org.key}|${f[1]!.toLowerCase()}`,
        `the ${read(org)} ${f[1]!}`,
        'fact:place-of-facility',
      );
    }
    // The town a named ground stands in (`at Calder Park in Brennport`, `at the Orvel Stadium in
    // Kessa`): the place of that ground, whichever sentence tells it (rule `fact:place-of-venue`).
    for (const venue of spansWithin(d.entities, s)) {
      if (venue.kind !== 'place' || !VENUE.test(read(venue))) continue;
      const vStart = view.fromOriginal(venue.start);
      if (!/\bat\s+(?:the\s+)?$/i.test(view.text.slice(Math.max(from, vStart - 8), vStart))) continue;
      const vEnd = view.fromOriginal(venue.end);
      const v = VENUE_TOWN.exec(view.text.slice(vEnd, view.fromOriginal(s.end)));
      if (v)
        townAt(
          vEnd + v[0].length - v[1]!.length,
          v[1]!,
          `venue:${venue.key}`,
          read(venue),
          'fact:place-of-venue',
        );
    }
    // A firm's works told by `its` (`Hallberg Werke will close its gearbox plant in Kirnau`):
    // `its` names the nearest name before it in the sentence, a firm however the entity finder
    // read it (`its` is never a person's), and the town is where that firm's works of that kind
    // stand, as after the firm's own name (rule `fact:place-of-own-facility`).
    for (const own of text.matchAll(OWN_FACILITY)) {
      const at = from + own.index;
      const firm = spansWithin(d.entities, s)
        .filter((e) => (e.kind === 'organization' || e.kind === 'person') && view.fromOriginal(e.end) <= at)
        .at(-1);
      if (!firm || at - view.fromOriginal(firm.end) > 90) continue;
      townAt(
        at + own[0].length - own[2]!.length,
        own[2]!,
        `facility:${firm.key}|${own[1]!.toLowerCase()}`,
        `the ${read(firm)} ${own[1]!}`,
        'fact:place-of-own-facility',
      );
    }
    // Where a journey began and was bound (`a ship sailing from Mombasa to Jeddah`).
    const j = NEEDS.get(JOURNEY)!.test(text) ? JOURNEY.exec(text) : null;
    if (j) {
      const goalAt = from + j.index + j[0].length - j[2]!.length;
      const originAt = from + j.index + j[0].lastIndexOf(j[1]!, j[0].length - j[2]!.length);
      const origin = placeNamed(s, originAt, j[1]!);
      const goal = placeNamed(s, goalAt, j[2]!);
      if (origin) pushPlace(origin, 'journey:from', 'the journey', 'fact:journey-from');
      if (goal) pushPlace(goal, 'journey:to', 'the journey', 'fact:journey-to');
    }
    // Where the story's shipment came from (`The shipment arrived from Guayaquil`, `a banana
    // shipment from Cartagena`, `a consignment of fruit from`): its origin, one place however an
    // outlet tells it (rule `fact:shipment-from`).
    const sh = j ? null : SHIPMENT_FROM.exec(text);
    if (sh) {
      const origin = placeNamed(s, from + sh.index + sh[0].length - sh[1]!.length, sh[1]!);
      if (origin) pushPlace(origin, 'shipment:from', 'the shipment', 'fact:shipment-from');
    }
    // Where a flight took off from (`shortly after take-off from Ostery`, `had taken off from
    // Ostrey for Kessin`): the journey's start, and, when no entity holds it, the town's name
    // as this document writes it (one outlet may spell it another way).
    const dep = j ? null : DEPARTURE.exec(text);
    if (dep) {
      const at = from + dep.index + dep[0].length - dep[1]!.length;
      const origin = placeNamed(s, at, dep[1]!);
      if (origin) {
        pushPlace(origin, 'journey:from', 'the journey', 'fact:departure-from');
        if (!spansWithin(d.entities, s).some((e) => e.start < origin.span.end && origin.span.start < e.end))
          push({
            ...origin.span,
            kind: 'name',
            value: dep[1]!,
            qualifier: null,
            about: origin.key,
            aboutText: dep[1]!,
            decimals: 0,
            rule: 'fact:name-place',
          });
      }
    }
  }

  /**
   * Sentence `i` matched by `re`, an age of someone the sentence names no one for: the match,
   * where the sentence starts in the view, and the one person the sentence before opens on.
   */
  const subjectAge = (
    i: number,
    re: RegExp,
  ): { m: RegExpExecArray; from: number; key: string; who: EntityMention } | null => {
    const s = d.sentences[i]!;
    const from = view.fromOriginal(s.start);
    const m = re.exec(view.text.slice(from, view.fromOriginal(s.end)));
    if (!m) return null;
    const keys = goesOnAbout(i);
    if (keys.size !== 1) return null;
    const key = [...keys][0]!;
    return { m, from, key, who: firstMention.get(key)! };
  };

  // A sentence opening on a definite description with an age (`Sam Ortiz has received an
  // offer. The 29-year-old right-hander was ...`) describes the one person the sentence
  // before names (besides its sources): that person's age.
  // `coach` is a vehicle's noun and a post's: in a document that writes it as a post (`head
  // coach`, `to coach the team`), `The 53-year-old coach` is the person the sentence before names.
  const coachIsPost = COACH_POST.test(view.text);
  for (let i = 1; i < d.sentences.length; i++) {
    const described = subjectAge(i, DEFINITE_AGE);
    const found = described ?? (coachIsPost ? subjectAge(i, DEFINITE_AGE_COACH) : null);
    if (!found) continue;
    const { m, from, key, who } = found;
    const at = from + m.index + m[0].indexOf(m[1]!, m[0].indexOf('The') + 3);
    const span = spanAt(at, m[1]!.length);
    if (covered(span)) continue;
    push({
      start: span.start,
      end: span.end,
      kind: 'age',
      value: numberOf(m[1]!),
      qualifier: null,
      about: key,
      aboutText: read(who),
      decimals: 0,
      rule: described ? 'fact:age-definite-description' : 'fact:age-definite-post',
    });
  }

  // Ages of people the text does not name but describes by what they are (`the 23-year-old
  // driver`, `the driver, 25,`, `the actress died aged 87`): the age of that noun, compared
  // only with the same noun's. Not before a name (`23-year-old Tom Reyes` is his age, above).
  // The noun is the first word for a person after the modifiers (`the 33-year-old hard-partying
  // actress`); who that is, the story's roles tell (findFacts).
  const roles = readRoles(view, d.entities);
  // A document may name later the person it first describes (`Police shot a 27-year-old man ...
  // The man, Davin Okoro, died in hospital`): a definite noun in apposition to a name names
  // that noun's holder. One such name for the noun in the document: the age is that person's.
  const namedLater = new Map<string, Set<string>>();
  for (const p of people) {
    const at = view.fromOriginal(p.start);
    const before = NAMED_AFTER_NOUN.exec(view.text.slice(Math.max(0, at - 32), at));
    if (!before || !/^\s*,/.test(view.text.slice(view.fromOriginal(p.end), view.fromOriginal(p.end) + 2)))
      continue;
    const noun = lemma(before[1]!.toLowerCase());
    if (!aged(noun)) continue;
    namedLater.set(noun, (namedLater.get(noun) ?? new Set()).add(personOf(p)));
  }
  for (const { from, text } of unitTexts()) {
    for (const m of patternMatches(UNNAMED_AGE, text)) {
      const words = (m[2] ?? m[3] ?? m[5] ?? m[7] ?? m[9] ?? m[11])!.toLowerCase().split(/\s+/);
      const k = words.findIndex((w) => aged(w));
      if (k === -1 || words.slice(0, k).some((w) => STOP.has(w) || /^(?:said|says|told)$/.test(w))) continue;
      const noun = words[k]!;
      const digits = (m[1] ?? m[4] ?? m[6] ?? m[8] ?? m[10] ?? m[12])!;
      const at = from + m.index! + m[0].indexOf(digits, m[1] ? 0 : m[0].indexOf(noun) + noun.length);
      // A word for anyone (`a 34-year-old man`) is told apart by what befell the person or what
      // they did: stabbed, arrested.
      const nounEnd = (): number => {
        const phrase = m.index! + m[0].lastIndexOf(m[2]!);
        return phrase + new RegExp(`\\b${noun}\\b`).exec(m[2]!.toLowerCase())!.index + noun.length;
      };
      // In apposition (`a man, 34, was charged`), what befell the person follows the age; a
      // headline drops the auxiliary, so its participle is what befell them (`Man, 34, charged`).
      const told = !ANYONE.has(noun)
        ? undefined
        : m[1]
          ? partIn(text, m.index!, nounEnd())
          : m[4] || m[8] || m[10]
            ? partIn(text, m.index!, m.index! + m[0].length)
            : undefined;
      // A word for anyone that an adjective before it says what befell (`the missing man, 23,`, `the
      // injured woman, 71,`) is told apart by it, whatever verb follows (`The search for the missing
      // man, 23, was suspended`: no suspension befell him; rule `fact:age-of-described-person`,
      // stop 53).
      const described = ANYONE.has(noun)
        ? words.slice(0, k).find((w) => BEFELL_ADJECTIVE[w] !== undefined)
        : undefined;
      const event = described ? BEFELL_ADJECTIVE[described] : m[8] ? told?.replace(/>$/, '') : told;
      if (covered({ start: view.toOriginal(at), end: view.toOriginal(at + digits.length, 'end') })) continue;
      const named = namedLater.get(noun);
      const holder = named?.size === 1 ? [...named][0]! : undefined;
      push({
        ...(event ? { event } : {}),
        start: view.toOriginal(at),
        end: view.toOriginal(at + digits.length, 'end'),
        kind: 'age',
        value: numberOf(digits),
        qualifier: null,
        about: holder ?? `noun:${noun}`,
        aboutText: holder ? read(firstMention.get(holder)!) : noun,
        decimals: 0,
        rule: holder
          ? 'fact:age-noun-named-later'
          : m[1]
            ? 'fact:age-adjective-noun'
            : m[4] || m[8]
              ? 'fact:age-apposition-noun'
              : m[10]
                ? 'fact:age-aged-noun'
                : m[12]
                  ? 'fact:age-apposition-head'
                  : 'fact:age-at-death-noun',
      });
    }
  }

  // The ages of a group told together (`The women, aged 22 and 24,`, `the two men, 19 and 21,`,
  // `The two activists, who are aged 22 and 24,`): the youngest's and the eldest's, keyed by the
  // group's noun, each set against another report's youngest or eldest in whichever order it lists
  // them (rule `fact:ages-of-group`, stop 56). Not ages of people each named.
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(GROUP_AGES, text)) {
      const plural = m[1]!.toLowerCase();
      const noun = PLURAL_PEOPLE[plural] ?? lemma(plural);
      if (!aged(noun)) continue;
      const ages = [2, 3, 4]
        .filter((g) => m[g])
        .map((g) => ({ value: numberOf(m[g]!), at: from + m.indices![g]![0], length: m[g]!.length }))
        .sort((a, b) => a.value - b.value);
      if (ages[0]!.value === ages.at(-1)!.value) continue;
      for (const [age, end] of [
        [ages[0]!, 'youngest'],
        [ages.at(-1)!, 'eldest'],
      ] as const) {
        const span = spanAt(age.at, age.length);
        if (covered(span)) continue;
        push({
          ...span,
          kind: 'age',
          value: age.value,
          qualifier: null,
          about: `noun:${noun}-${end}`,
          aboutText: `${end} ${noun}`,
          decimals: 0,
          rule: 'fact:ages-of-group',
        });
      }
    }

  // A sentence opening on an age alone (`The 55-year-old, a minister since 2046, denied
  // wrongdoing`, `The 18-year-old began training two years ago`): the age of the one person the
  // sentence before names, as news refers back (rule `fact:age-bare-subject`); none when that
  // sentence names no one or several.
  const sentenceTexts = unitTexts().slice(0, d.sentences.length);
  for (const [i, { from, text }] of sentenceTexts.entries()) {
    const m = BARE_AGE_OPENING.exec(text);
    if (!m || i === 0 || (m[2] && !BARE_AGE_VERB.test(m[2]))) continue;
    const prev = sentenceTexts[i - 1]!;
    const named = new Set(
      people
        .filter((p) => {
          const at = view.fromOriginal(p.start);
          return at >= prev.from && at < from;
        })
        .map(personOf),
    );
    // A sentence before that names no one but opens on one person's role (`The hiker attacked by a
    // bear is in a stable condition. The 45-year-old was airlifted`): the age is of that role, as
    // `a 54-year-old hiker` keys it (rule `fact:age-bare-subject-of-role`, stop 57).
    const role = named.size === 0 ? ROLE_OPENING.exec(prev.text) : null;
    if (named.size !== 1 && !(role && AGED.has(role[1]!))) continue;
    const at = from + m[0].indexOf(m[1]!);
    const span = { start: view.toOriginal(at), end: view.toOriginal(at + m[1]!.length, 'end') };
    if (covered(span)) continue;
    const holder = role && named.size === 0 ? `noun:${role[1]!}` : [...named][0]!;
    push({
      ...span,
      kind: 'age',
      value: numberOf(m[1]!),
      qualifier: null,
      about: holder,
      aboutText: role && named.size === 0 ? role[1]! : read(firstMention.get(holder)!),
      decimals: 0,
      rule: role && named.size === 0 ? 'fact:age-bare-subject-of-role' : 'fact:age-bare-subject',
    });
  }

  // A person's age written at `at` in the view, as digits.
  const pushAge = (at: number, digits: string, about: string, who: EntityMention, rule: string): void =>
    push({
      start: view.toOriginal(at),
      end: view.toOriginal(at + digits.length, 'end'),
      kind: 'age',
      value: Number(digits),
      qualifier: null,
      about,
      aboutText: read(who),
      decimals: 0,
      rule,
    });

  // An age at death (`Ann Lee died on Monday at the age of 85`, `died aged 85`, `dies at 85`,
  // a headline's `Dies At 85`): the age of the person named last before the verb in the sentence.
  for (const s of units) {
    const from = view.fromOriginal(s.start);
    const text = view.text.slice(from, view.fromOriginal(s.end));
    const m = AGE_AT_DEATH.exec(text);
    if (!m) continue;
    const verbAt = s.start + m.index;
    // The last person ending before the verb (people are in text order), inside this sentence.
    let lo = 0;
    let hi = people.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (people[mid]!.end <= verbAt) lo = mid + 1;
      else hi = mid;
    }
    const last = people[lo - 1];
    const who = last && last.start >= s.start ? last : undefined;
    if (!who) continue;
    pushAge(from + m.index + m[0].length - m[1]!.length, m[1]!, personOf(who), who, 'fact:age-at-death');
  }

  // An age said in a sentence of its own after the person's (`Ann Lee died on Monday. She was
  // 85.`): the age of the one person the sentence before names.
  for (let i = 1; i < d.sentences.length; i++) {
    const found = subjectAge(i, AGE_ALONE);
    if (!found) continue;
    const { m, from, key, who } = found;
    // The only digits of the sentence are the age.
    pushAge(from + m.index + m[0].search(/\d/), m[1]!, key, who, 'fact:age-alone');
  }

  // Times of day (`4: 30 a. m.` as tokenised text writes it, `4:30am`, `7 p.m.`).
  for (const { from, text } of unitTexts()) {
    // Noon and midnight are times too; midnight is the end of the day when the event came
    // before it (`shortly before midnight` is 23:50-ish), its start otherwise.
    for (const m of matchesIn(
      /\b(\d{1,2})(?:\s?[:.]\s?(\d{2}))?\s?([ap])(?:\.\s?m\b\.?|\s?m\b)|\b(midnight|noon|midday)\b/gi,
      text,
    )) {
      const qual =
        /\b(shortly after|just after|shortly before|just before|after|before|about|around|approximately|by|until)\s+$/i.exec(
          text.slice(Math.max(0, m.index! - 20), m.index!),
        );
      const h = Number(m[1]) % 12;
      const minutes = m[4]
        ? m[4].toLowerCase() !== 'midnight'
          ? 12 * 60
          : /before|by|until/i.test(qual?.[1] ?? '')
            ? 24 * 60
            : 0
        : (m[3]!.toLowerCase() === 'p' ? h + 12 : h) * 60 + Number(m[2] ?? 0);
      const start = view.toOriginal(from + m.index!);
      const end = view.toOriginal(from + m.index! + m[0].length, 'end');
      // What happened at that time, when a verb of its clause says (`the crash happened at
      // 4:30`, `struck a truck at 4:50`): times of one moment are compared whatever else their
      // sentences say; times of different moments (a call, an arrival, the end) never.
      // The hours a restriction runs (`The curfew runs from 9 p.m. to 6 a.m.` / `A curfew from 10
      // p.m. to 6 a.m.`): its start and its end, each compared with the other reports' (rule
      // `fact:time-restriction-span`, stop 46).
      const lead = text.slice(Math.max(0, m.index! - 70), m.index!);
      const opens = RESTRICTION_FROM.exec(lead);
      const closes = opens ? null : RESTRICTION_TO.exec(lead);
      const moment = opens
        ? `${opens[1]!.toLowerCase()}-start`
        : closes
          ? `${closes[1]!.toLowerCase()}-end`
          : momentOf(lead);
      push({
        start,
        end,
        kind: 'time',
        value: minutes,
        unit: 'min',
        qualifier: qual ? qual[1]!.toLowerCase() : null,
        about: moment ? `at:${moment}` : '',
        aboutText: moment ?? '',
        decimals: m[2] ? 1 : 0,
        rule:
          moment === 'sighting'
            ? 'fact:time-person-sighted'
            : moment
              ? 'fact:time-of-moment'
              : 'fact:time-of-day',
      });
    }
  }

  // A clock time written with no `a.m.` or `p.m.` after `at` (`at about 11:20 on Friday`, `at
  // 14:05`): a time of day, its hour read as written; an hour of 12 or less may be either half of
  // the day, which the comparison allows (rule `fact:time-bare-clock`). Not a race's time (`in
  // 2:01:33`) nor a score.
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(BARE_CLOCK, text)) {
      const h = Number(m[2]);
      const min = Number(m[3]);
      if (h > 23 || min > 59) continue;
      const at = from + m.index! + m[0].search(/\d/);
      const span = { start: view.toOriginal(at), end: view.toOriginal(from + m.index! + m[0].length, 'end') };
      if (covered(span)) continue;
      const moment = momentOf(text.slice(Math.max(0, m.index! - 70), m.index!));
      push({
        ...span,
        kind: 'time',
        value: h * 60 + min,
        unit: 'min',
        qualifier: m[1] ? m[1].toLowerCase().replace(/\s+/g, ' ') : null,
        about: moment ? `at:${moment}` : '',
        aboutText: moment ?? '',
        decimals: 1,
        rule: 'fact:time-bare-clock',
      });
    }

  // A part of the day an event is told in (`struck on Monday morning`, `early Tuesday
  // morning`, `in the late afternoon`): a time of that moment spanning the part, compared with
  // clock times and other parts of the same moment (`Monday morning` / `9 p.m.` differ). Only
  // for a moment a verb says: a part of the day alone (`said on Monday morning`) dates a report.
  for (const { from, text } of unitTexts()) {
    if (!/morning|afternoon|evening/i.test(text)) continue;
    for (const m of matchesIn(DAY_PART, text)) {
      const moment = momentOf(text.slice(Math.max(0, m.index! - 70), m.index!));
      if (!moment) continue;
      const part = m[2]!.toLowerCase();
      const side = (m[1] ?? '').toLowerCase();
      const [low, high] = DAY_PARTS[side ? `${side} ${part}` : part]!;
      const at = from + m.index!;
      push({
        start: view.toOriginal(at),
        end: view.toOriginal(at + m[0].length, 'end'),
        kind: 'time',
        value: high * 60,
        low: low * 60,
        unit: 'min',
        qualifier: null,
        about: `at:${moment}`,
        aboutText: moment,
        decimals: 0,
        rule: 'fact:time-part-of-day',
      });
    }
  }

  // A date fact, with the event its noun names (`the fire on Tuesday`; read at `eventAt`).
  const pushDate = (
    start: number,
    end: number,
    value: string,
    rule: string,
    qualifier: Fact['qualifier'] = null,
    eventAt = start,
    // Where the date's own clause starts, in the view's offsets (its event is read after it).
    clauseFrom = 0,
    // A weekday: the act its clause tells is its event when no dated verb is (`fact:date:weekday-of-act`).
    weekday = false,
  ): void => {
    // `HARLOW BAY, June 11 (Meridian Press) - `: the day a wire filed its copy dates the report,
    // not an event of the story (`fact:date-in-dateline`: no date fact).
    if (insideDateline(d.text, start)) return;
    const event =
      possessedEvent(view, end) ??
      votedAct(view, eventAt, end, clauseFrom) ??
      datedEvent(view, eventAt, clauseFrom) ??
      eventAfterDate(view, end) ??
      (weekday ? actBeforeDay(view, eventAt, clauseFrom) : undefined);
    push({
      ...(event ? { event } : {}),
      start,
      end,
      kind: 'date',
      value,
      qualifier,
      about: '',
      aboutText: '',
      decimals: 0,
      rule,
    });
  };

  // Calendar dates as written: a year, or a month with a day; weekdays and relative words need a reference and are left to the timeline.
  const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  for (const x of d.dates) {
    const written = read(x);
    // A month and day without a year (`on March 3`): kept as a year-less ISO date (`--03-03`),
    // comparable by month and day, whether or not a publication date places it in a year (the
    // year a reader infers is not what the outlet wrote).
    // The day may come first, as British and most other English news write it (`on 3 March`,
    // `the 3rd of March`).
    const yearless =
      /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b(?!\s*,?\s*(?:1[89]|20)\d\d)/i.exec(
        written,
      ) ??
      /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s*,?\s*(?:1[89]|20)\d\d)/i.exec(
        written,
      );
    if (yearless) {
      const dayFirst = /^\d/.test(yearless[1]!);
      const month = MONTHS.indexOf(yearless[dayFirst ? 2 : 1]!.toLowerCase()) + 1;
      const day = Number(yearless[dayFirst ? 1 : 2]);
      if (day >= 1 && day <= 31)
        pushDate(
          x.start,
          x.end,
          `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          'fact:date:month-day-without-year',
        );
      continue;
    }
    // A day told from publication (`yesterday`, `today`, `last night`) in a dated report: the
    // weekday it names, compared like a weekday (`W:<day>`, with the part of the day), so that
    // a night and the next morning, or two time zones, stay one moment.
    const today = x.value && x.relative ? FROM_TODAY.exec(written.trim()) : null;
    // Inside a quotation it is the speaker's day, which the report need not share (`they
    // chanted "how many will you arrest today"`): no date (rule `fact:date:quoted-today`, by its absence).
    if (today && d.quotes.some((q) => q.start <= x.start && x.end <= q.end)) continue;
    if (today && /^\d{4}-\d{2}-\d{2}$/.test(x.value!)) {
      const word = today[0].toLowerCase();
      pushDate(
        x.start,
        x.end,
        `W:${new Date(`${x.value}T12:00:00Z`).getUTCDay()}`,
        'fact:date:from-today',
        /night|evening/.test(word) ? 'late' : /morning/.test(word) ? 'early' : null,
      );
      continue;
    }
    // A year or month told from publication (`last year`, `two years ago`, `last month`) in a
    // dated report: the year (or month) it names, at that precision, compared like a written one.
    const deictic = x.value && x.relative ? FROM_PUBLICATION.exec(written.trim()) : null;
    // Unless left open (`12 years ago or more`): a bound, no date (`fact:date:open-bound`, none pushed).
    if (deictic && OPEN_BOUND.test(d.text.slice(x.end, x.end + 20))) continue;
    if (deictic) {
      pushDate(
        x.start,
        x.end,
        x.value!.slice(0, /month/i.test(deictic[0]) ? 7 : 4),
        'fact:date:from-publication',
      );
      continue;
    }
    if (!x.value || x.relative) continue;
    if (
      !/\b(1[89]|20)\d\d\b/.test(written) &&
      !/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(written)
    )
      continue;
    pushDate(x.start, x.end, x.value, `fact:date:${x.rule}`);
  }

  /** A year of four digits at `at` in the view, dated by its rule, unless a fuller date holds it. */
  const pushYearOf = (at: number, value: string, rule: string, event?: string): void => {
    const start = view.toOriginal(at);
    const end = view.toOriginal(at + 4, 'end');
    if (insideFixedDate({ start, end })) return;
    push({
      ...(event ? { event } : {}),
      start,
      end,
      kind: 'date',
      value,
      qualifier: null,
      about: '',
      aboutText: '',
      decimals: 0,
      rule,
    });
  };
  // Bare years after a preposition (`in 2009`), which the date layer leaves to the context.
  const insideDate = coveredBy(d.dates);
  const insideFixedDate = coveredBy(d.dates.filter((x) => x.value && !x.relative));
  for (const { from, text } of unitTexts()) {
    for (const m of matchesIn(/\b(?:in|since|during|until|by)\s+((?:1[89]|20)\d\d)\b(?![.,:]?\d)/gi, text)) {
      const at = from + m.index! + m[0].length - m[1]!.length;
      const start = view.toOriginal(at);
      const end = view.toOriginal(at + 4, 'end');
      if (insideDate({ start, end })) continue;
      if (SUPERLATIVE_SINCE.test(text.slice(0, at - from))) continue;
      pushDate(start, end, m[1]!, 'fact:year-after-preposition');
    }
    // The year a series of records reaches back to (`Records at the gauge go back to 1912`,
    // `records dating back to 1912`): the records' start, as `since records began in 1921` dates
    // it (rule `date:records-began`, event `records`).
    for (const m of matchesIn(RECORDS_BACK_TO, text))
      pushYearOf(from + m.index! + m[0].length - 4, m[1]!, 'date:records-began', RECORDS_BEGAN_EVENT);
    // A year before a work's noun (`her 1972 hit "Blue Harbour"`, `his 1998 debut album`): the
    // year the work came out, as `"Blue Harbour", released in 1974` dates it (rule
    // `fact:year-of-work`, event `release`).
    for (const m of matchesIn(WORK_YEAR, text))
      pushYearOf(from + m.index! + m[0].indexOf(m[1]!), m[1]!, 'fact:year-of-work', 'release');
  }

  // A year before an incident's noun (`lost his leg in a 1998 accident`, `the 2004 flood`): the
  // year the incident befell, as `in an accident in 1998` dates it; its event the noun's when it
  // names one (`the 2004 crash`: crash). Rule `fact:year-before-incident-noun`.
  for (const { from, text } of unitTexts()) {
    for (const m of matchesIn(INCIDENT_YEAR, text))
      pushYearOf(
        from + m.index! + m[0].indexOf(m[1]!),
        m[1]!,
        'fact:year-before-incident-noun',
        EVENT_NOUNS[m[2]!.toLowerCase()],
      );
  }

  // A month named without a year or a day (`resigned in March`, `in early February`): a
  // year-less month (`--03`), compared by month with whatever the other outlet gives. So is a
  // month a verb's `of` follows (`convicted in May of defrauding`, `found guilty in March of 14
  // charges`), where no year does (rule `dates:month-of-not-year`, stop 53).
  for (const { from, text } of unitTexts()) {
    for (const m of matchesIn(BARE_MONTH, text)) {
      const at = from + m.index! + m[0].length - m[1]!.length;
      const start = view.toOriginal(at);
      const end = view.toOriginal(at + m[1]!.length, 'end');
      if (insideFixedDate({ start, end })) continue;
      const month = MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1;
      pushDate(
        start,
        end,
        `--${String(month).padStart(2, '0')}`,
        'fact:month-without-year',
        null,
        view.toOriginal(from + m.index! + m[0].indexOf(m[0].trimStart())),
      );
    }
  }

  // A quarter of a year (`in the second quarter of 2032`, `in Q3 2032`): `2032-Q2`, compared
  // with a month or day by the quarter it falls in (`by the end of June 2032` is in it).
  for (const { from, text } of unitTexts()) {
    for (const m of matchesIn(QUARTER, text)) {
      const at = from + m.index!;
      const start = view.toOriginal(at);
      const end = view.toOriginal(at + m[0].length, 'end');
      if (insideFixedDate({ start, end })) continue;
      const n = m[1] ? ORDINAL_QUARTER[m[1].toLowerCase()]! : Number(m[2]);
      pushDate(start, end, `${m[3]}-Q${n}`, 'fact:date:quarter');
    }
  }

  // Weekdays: the day an event is told to have happened (`on Tuesday`, `late Wednesday`),
  // kept as `W:<day>` with the part of the day that lets a night meet the next morning
  // (`late Tuesday` is hours from `early Wednesday`). Only in sentences without a calendar date.
  const dated = new Set(out.filter((f) => f.kind === 'date').map((f) => unitOf(f)));
  for (const [i, s] of units.entries()) {
    const from = view.fromOriginal(s.start);
    const text = view.text.slice(from, view.fromOriginal(s.end));
    const found = matchesIn(WEEKDAY, text);
    if (dated.has(i)) continue;
    // Several weekdays in one sentence: each one that a clause of its own holds (`resigned on
    // Monday after the board met on Saturday`); none where nothing opens a clause between them
    // (`closed on Monday and Tuesday`).
    const dayEnd = (x: RegExpMatchArray): number => x.index! + x[0].length;
    const dayStart = (x: RegExpMatchArray): number => x.index! + x[0].length - x[2]!.length;
    // The breaks between each weekday and the next (a break between neighbours is one between
    // every pair across it: one reading per gap keeps a long sentence linear).
    const gaps = found.slice(1).map((m, k) => {
      const gap = text.slice(dayEnd(found[k]!), dayStart(m));
      const breaks = clauseBreaks(gap);
      // A relative clause closed between them (`Dorin Malek, who escaped on Sunday, appeared in
      // court on Wednesday`): each day is its own clause's.
      const closed = breaks.length ? null : relativeClauseEnd(text.slice(0, dayStart(found[k]!)), gap);
      return closed ? [closed] : breaks;
    });
    const statementDay = (x: RegExpMatchArray): boolean => STATEMENT_DAY.test(text.slice(0, dayStart(x)));
    for (const [k, m] of found.entries()) {
      // (A neighbour that is the day of a statement (`died on Tuesday, his family said in a
      // statement on Wednesday`) shares no event with it: the other weekday is the event's.)
      if (
        (k > 0 && gaps[k - 1]!.length === 0 && !statementDay(found[k - 1]!)) ||
        (k < gaps.length && gaps[k]!.length === 0 && !statementDay(found[k + 1]!))
      )
        continue;
      // Its event is read in its own clause: after the last break following the weekday before it.
      const last = k > 0 ? gaps[k - 1]!.at(-1)! : null;
      const clauseFrom = from + (last ? dayEnd(found[k - 1]!) + last[0] + last[1] : 0);
      const at = from + m.index! + m[0].length - m[2]!.length;
      const start = view.toOriginal(at);
      // The day of a statement (`a company official said on Wednesday`, `told reporters Tuesday`,
      // `the final count confirmed on Tuesday that ...`) is when it was said or announced, not
      // when the event happened.
      if (STATEMENT_DAY.test(text.slice(0, m.index! + m[0].length - m[2]!.length))) continue;
      // A weekday after `since` (`missing off Donegal since Tuesday`, `closed since early Monday`)
      // is where a state began, not the day of the story's event (rule `fact:date:since-weekday`).
      if (SINCE_WEEKDAY.test(text.slice(0, m.index!))) continue;
      // A weekday an act is told still going on (`Rescuers were still searching on Wednesday for
      // three hikers missing since the flood`, `was still burning on Monday`) is a day of the
      // aftermath, not the story's event's (rule `fact:date:still-weekday`).
      if (STILL_WEEKDAY.test(text.slice(0, m.index!))) continue;
      const around = (m[1] ?? '') + ' ' + text.slice(m.index! + m[0].length, m.index! + m[0].length + 20);
      const part = /\b(?:late|night|evening|overnight)\b/i.test(around)
        ? 'late'
        : /\b(?:early|morning|dawn)\b/i.test(around)
          ? 'early'
          : // The middle of the day something happened on (`on Tuesday afternoon`; not a state
            // reached `by Tuesday afternoon`), hours from either night.
            /^on\s/i.test(m[0]) && /\b(?:afternoon|midday|noon)\b/i.test(around)
            ? 'day'
            : // So is one told with a clock time of the day's middle right beside it (`burst on
              // Monday at about 3: 40 p. m.`, `at 11 a.m. on Monday`: rule `date:clock-daytime`,
              // stop 54).
              daytimeClock(
                  text.slice(m.index! + m[0].length, m.index! + m[0].length + 40),
                  DAYTIME_CLOCK_AFTER,
                ) || daytimeClock(text.slice(Math.max(0, m.index! - 40), m.index!), DAYTIME_CLOCK_BEFORE)
              ? 'day'
              : null;
      pushDate(
        start,
        view.toOriginal(at + m[2]!.length, 'end'),
        `W:${DAYS.indexOf(m[2]!.toLowerCase())}`,
        found.length > 1 ? 'fact:date:weekday-of-clause' : 'fact:date:weekday',
        part,
        start,
        clauseFrom,
        true,
      );
    }
    // A possessive weekday before an event's noun (`wounded in Tuesday's shooting`): that event's
    // day (rule `fact:date:possessive-weekday`; other possessives, `Sunday's meeting`, name no
    // event of the story's and stay unread).
    for (const m of matchesIn(POSSESSIVE_WEEKDAY, text)) {
      const at = from + m.index!;
      const end = view.toOriginal(at + m[1]!.length, 'end');
      if (!possessedEvent(view, end)) continue;
      pushDate(
        view.toOriginal(at),
        end,
        `W:${DAYS.indexOf(m[1]!.toLowerCase())}`,
        'fact:date:possessive-weekday',
      );
    }
  }

  // Titles and roles of named people (`Fire Chief Ann Lee`, `Ann Lee, an inspector with ...`):
  // the role as written, its head noun as unit, `former` when the text says it was held before.
  // A sentence telling a change of post (`was named police chief`, `took over as coach`) gives
  // the post before and the post after: its roles are marked `changing`, not set against others.
  const changing = (x: Span): boolean => {
    const i = sentenceOf(x);
    return i >= 0 && CHANGE_OF_POST.test(read(d.sentences[i]!));
  };
  for (const x of roles)
    push({
      start: x.start,
      end: x.end,
      kind: 'role',
      value: x.text,
      unit: x.head,
      qualifier: x.past ? 'former' : changing(x) ? 'changing' : null,
      about: personKey(x.person),
      aboutText: x.name,
      decimals: 0,
      rule: `fact:${x.rule}`,
    });

  // The rank of someone a story describes by what they did and does not name (`The officer who
  // fired, a sergeant with 12 years' service,`, `The officer who fired was a constable`): the
  // rank of that description (its noun and verb), compared with the rank another outlet gives it.
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(DESCRIBED_RANK, text)) {
      const at = m.index! + m[0].length - m[3]!.length;
      push({
        ...spanAt(from + at, m[3]!.length),
        kind: 'role',
        value: m[3]!,
        unit: m[3]!.toLowerCase(),
        qualifier: null,
        about: `described:${lemma(m[1]!.toLowerCase())}-who-${m[2]!.toLowerCase()}`,
        aboutText: `the ${m[1]!} who ${m[2]!}`,
        decimals: 0,
        rule: 'fact:rank-of-described',
      });
    }

  // Names as this document writes them: the first mention of each entity.
  const firstOf = new Map<string, EntityMention>();
  for (const e of d.entities) if (!firstOf.has(`${e.key}|${read(e)}`)) firstOf.set(`${e.key}|${read(e)}`, e);
  // A title the entity took in is not part of the name (`Deputy Hoyt Teasley` is Hoyt Teasley).
  for (const e of firstOf.values()) {
    const written = read(e);
    const bare = bareName(e, written);
    // The span of the name itself, inside the entity's.
    const at = view.fromOriginal(e.start) + (bare.name === written ? 0 : written.lastIndexOf(bare.name));
    push({
      start: bare.name === written ? e.start : view.toOriginal(at),
      end: bare.name === written ? e.end : view.toOriginal(at + bare.name.length, 'end'),
      kind: 'name',
      value: bare.name,
      qualifier: null,
      about: bare.key,
      aboutText: bare.key === e.key ? e.label : bare.name,
      decimals: 0,
      rule: `fact:name-${bare.kind}`,
    });
  }
  // The scientific name of an organism, which no entity is read from (`Listeria
  // monocytogenes`): a name, its spellings compared as a name's (rule `fact:name-organism`,
  // compare/names.ts). Not at a sentence's opening, where any word is capitalised, nor inside
  // an entity (`Acme employees`).
  for (const { from, text } of unitTexts())
    for (const m of matchesIn(ORGANISM, text)) {
      if (!/\p{Ll}[\p{L},;]*\s+$/u.test(text.slice(0, m.index!))) continue;
      const span = spanAt(from + m.index!, m[0].length);
      if (d.entities.some((e) => e.start < span.end && span.start < e.end)) continue;
      push({
        ...span,
        kind: 'name',
        value: m[0],
        qualifier: null,
        about: `organism:${m[1]!.toLowerCase()}`,
        aboutText: m[0],
        decimals: 0,
        rule: 'fact:name-organism',
      });
    }
  // A name after a title in a run of capitals no entity was read from (`Interior Minister
  // Paul Hadley said`): the entity layer leaves the whole run unread; its name is still a fact.
  for (const { from, text } of unitTexts()) {
    for (const m of matchesIn(NAME_AFTER_TITLE, text)) {
      const at = from + m.index! + m[0].length - m[2]!.length;
      const span = { start: view.toOriginal(at), end: view.toOriginal(at + m[2]!.length, 'end') };
      // Nor inside a name read whole, which may run on past it (`Deputy Mayor Ana Prell-Stroud`).
      if (
        spansWithin(d.entities, { start: span.start - 60, end: span.end + 60 }).some(
          (e) => e.end > span.start && e.start < span.end,
        )
      )
        continue;
      const words = m[2]!.split(/\s+/);
      if (words.some((w) => NOT_NAMES.has(w.toLowerCase()))) continue;
      push({
        ...span,
        kind: 'name',
        value: m[2]!,
        qualifier: null,
        about: `person:${slug(m[2]!)}`,
        aboutText: m[2]!,
        decimals: 0,
        rule: 'fact:name-after-title',
      });
    }
  }

  // A name of capitalised words joined by `of` or `for` that no entity was read from
  // (`Defenders of the Otters`, `Friends for Velmar Marsh`): its shape makes it a name,
  // whatever it names, and one outlet may write it another way. Not a title (`Minister of
  // Health`), nor a run opened by a word that is no name (`The`, `Most`).
  let lowerWords: Set<string> | undefined;
  for (const { from, text } of unitTexts()) {
    for (const m of matchesIn(OF_NAME, text)) {
      let value = m[0];
      let at = from + m.index!;
      // `The Defenders of Otters`: the name without its article.
      const article = /^(?:The|A|An)\s+/.exec(value);
      if (article) {
        value = value.slice(article[0].length);
        at += article[0].length;
      }
      const words = value.split(/\s+/).map((w) => w.toLowerCase());
      if (NOT_NAMES.has(words[0]!) || words.some((w) => TITLE.has(w))) continue;
      // Part of a longer run of capitals (`Velmar Friends of Otters` read from `Friends`).
      const before = text.slice(Math.max(0, m.index! - 30), m.index!);
      if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(before)) continue;
      // At a sentence's opening a capital may be the sentence's, not the name's: a word the
      // document also writes in lower case opens a sentence (`Residents of the Velmar Valley`).
      if (!/\p{L}/u.test(text.slice(0, m.index!))) {
        lowerWords ??= new Set(view.text.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
        if (lowerWords.has(words[0]!)) continue;
      }
      const span = spanAt(at, value.length);
      if (spansWithin(d.entities, { start: span.start - 200, end: span.end }).some((e) => e.end > span.start))
        continue;
      push({
        ...span,
        kind: 'name',
        value,
        qualifier: null,
        about: `name:${slug(value)}`,
        aboutText: value,
        decimals: 0,
        rule: 'fact:name-of-phrase',
      });
    }
  }

  // How long an act took or will last (read after every other span's reader, which it leaves
  // alone), keyed by the act or the thing it made, in any unit of time
  // (years too, which the quantity layer's counts leave to ages and terms): what took that long
  // (`a restoration that took six years to complete`, `took six years to build`), a passive told
  // over the span (`was built over seven years`), an act told for it or of it (`credit monitoring
  // for two years`, `a year of free credit monitoring`), what is to last it (`An internal review,
  // expected to last six months`, `the review would run for nine months`) and a named person's
  // stay in one place (`Marrow spent 187 days in orbit`). Rule `fact:duration-of-act`.
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(SPAN_OF_TIME, text)) {
      const g = m.groups!;
      const value = /^an?$|^one$/i.test(g.n!) ? 1 : numberOf(g.n!);
      if (!(value > 0)) continue;
      const before = text.slice(Math.max(0, m.index! - 120), m.index!);
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 80);
      const person = (): string | undefined =>
        scorersIn(from + m.index!, from + lastClauseStart(text.slice(0, m.index!)));
      // `over` after a passive is the span's preposition (`was built over seven years`), no bound.
      const over = /^over$/i.test(g.q ?? '') ? actOfSpan(`${before}over `, after, person) : undefined;
      const act = over ?? actOfSpan(before, after, person);
      if (!act) continue;
      const at = from + m.index! + m[0].length - g.n!.length - 1 - g.u!.length;
      const span = spanAt(at, g.n!.length + 1 + g.u!.length);
      // A bare span read before (`nine months`, no act) is this one: it replaces it.
      dropBareSpan(span.start);
      if (covered(span)) continue;
      push({
        ...span,
        kind: 'duration',
        value,
        unit: lemma(g.u!.toLowerCase()),
        qualifier: over ? null : (SPAN_QUALIFIER[(g.q ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? null),
        about: `during:${act}`,
        aboutText: act,
        decimals: 0,
        rule: 'fact:duration-of-act',
      });
    }

  // How long after another moment something was done (`were rescued nearly six hours after they
  // called for help`, `was found two days after the storm`): a span from that moment to the act,
  // keyed by the act's verb and the word that names the moment, compared with spans of the same
  // act from the same moment (rule `fact:elapsed-after`). A span already keyed is left as it is.
  for (const { from, text } of unitTexts())
    for (const m of patternMatches(ELAPSED_AFTER, text)) {
      const g = m.groups!;
      const value = /^an?$|^one$/i.test(g.n!) ? 1 : numberOf(g.n!);
      if (!(value > 0) || NOT_NOUN.has(g.w!.toLowerCase()) || STOP.has(g.w!.toLowerCase())) continue;
      const at = from + m.index! + m[0].indexOf(`${g.n!} ${g.u!}`);
      const span = spanAt(at, g.n!.length + 1 + g.u!.length);
      dropBareSpan(span.start);
      if (covered(span)) continue;
      // The act told after that span, by its verb in the clause before (`were rescued nearly six
      // hours after`): spans of other acts from one moment (`Protests broke out two days after the
      // election` / `results were announced three days after the election`) are apart.
      const clause = text.slice(lastClauseStart(text.slice(0, m.index!)), m.index!);
      const verbs = [...clause.matchAll(/\b(\p{Ll}{3,}ed)\b/gu)];
      const act = verbs.length ? lemma(verbs.at(-1)![1]!) : undefined;
      if (!act) continue;
      const anchor = lemma(g.w!.toLowerCase());
      push({
        ...span,
        kind: 'duration',
        value,
        unit: lemma(g.u!.toLowerCase()),
        qualifier: SPAN_QUALIFIER[(g.q ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? null,
        about: `during:${act}-after-${anchor}`,
        aboutText: g.w!,
        decimals: 0,
        rule: 'fact:elapsed-after',
      });
    }

  // The age of someone the lead describes (`A six-year-old boy missing for two nights was found
  // alive on Tuesday`) whose next sentence opens with a name doing something (`Leo Marsh was found
  // by a volunteer`, `Leo Marsh disappeared on Sunday`): that person's age, as `Leo Marsh, 7,`
  // gives it, when the document gives the person no age of its own (rule `fact:age-named-next`).
  // A speaker opening the next sentence (`Anna Berg said`, `Anna Berg, a spokeswoman,`) is not.
  for (let k = 0; k < out.length; k++) {
    const f = out[k]!;
    if (f.kind !== 'age' || !f.about.startsWith('noun:') || f.sentence < 0) continue;
    if (!ANYONE.has(f.about.slice(5)) || f.about === 'noun:person') continue;
    const next = d.sentences[f.sentence + 1];
    if (!next) continue;
    const opening = people.find(
      (p) =>
        p.start >= next.start &&
        /^\s*$/.test(view.text.slice(view.fromOriginal(next.start), view.fromOriginal(p.start))),
    );
    if (!opening) continue;
    const after = view.text.slice(view.fromOriginal(opening.end), view.fromOriginal(opening.end) + 40);
    if (!NAMED_DOING.test(after) || SPEAKING_AFTER.test(after)) continue;
    const key = personOf(opening);
    if (out.some((g) => g.kind === 'age' && g.about === key)) continue;
    out[k] = { ...f, about: key, aboutText: read(opening), rule: 'fact:age-named-next' };
  }

  // A level forecast (`Temperatures are forecast to reach 38C on Wednesday`, `the toll is
  // expected to rise to 20`) is what is to come, not what was measured: kept, keyed apart and
  // compared with nothing (rule `fact:forecast-level`). A plan (`will cut 4,500 jobs`, `the
  // tariff would fall to 15 per cent`) is no forecast.
  // A figure promised (`The minister promised to move 150 inmates`, `pledged to hire 300 nurses`,
  // `vowed to build 1,000 homes`) is a pledge, not what happened: keyed apart and set only against
  // other reports of the pledge (rule `fact:figure-pledged`, stop 56).
  for (const [k, f] of out.entries()) {
    if ((f.kind !== 'quantity' && f.kind !== 'count') || f.about === '' || f.about.endsWith(FORECAST))
      continue;
    const from = view.fromOriginal(f.start);
    const lead = (n: number): string => lastClause(view.text.slice(Math.max(0, from - n), from));
    const [suffix, word, rule] = FORECAST_LEVEL.test(lead(80))
      ? [FORECAST, 'forecast', 'fact:forecast-level']
      : PLEDGED_BEFORE.test(lead(60))
        ? ['-pledged', 'pledged', 'fact:figure-pledged']
        : [];
    if (!suffix) continue;
    out[k] = { ...f, about: `${f.about}${suffix}`, aboutText: `${word} ${f.aboutText}`, rule: rule! };
  }

  // A reading told at a point of the event (`Temperatures were 12C (54F) at the start`, `rose to
  // 18C by the finish`, `At kickoff, it was 9C`) is that point's: keyed by the point, set only
  // against readings at the same point (rule `fact:reading-at-point`).
  for (const [k, f] of out.entries()) {
    if (f.kind !== 'quantity' || f.about === '' || f.about.endsWith(FORECAST)) continue;
    const from = view.fromOriginal(f.start);
    const to = view.fromOriginal(f.end);
    const point =
      READING_POINT_AFTER.exec(view.text.slice(to, to + 60))?.[1] ??
      READING_POINT_BEFORE.exec(view.text.slice(Math.max(0, from - 80), from))?.[1];
    if (!point) continue;
    const at = readingPoint(point);
    out[k] = {
      ...f,
      about: `${f.about}-at-${at}`,
      aboutText: `${f.aboutText} at the ${at}`,
      rule: 'fact:reading-at-point',
    };
  }

  // A toll that rose to a figure, and in its sentence a smaller count of the same toll (`the
  // death toll rose to five after two injured residents died`): the smaller count is the rise.
  const risen = out.filter(
    (f) =>
      f.kind === 'count' &&
      f.about.startsWith('event:') &&
      /\b(?:rose|risen|climbed|increased|jumped|grew|reached)\s+to\s+(?:\p{Ll}+\s+){0,2}$/u.test(
        view.text.slice(Math.max(0, view.fromOriginal(f.start) - 40), view.fromOriginal(f.start)),
      ),
  );
  // The highest figure each toll rose to in each sentence (read once a fact, not once a pair).
  const highest = new Map<string, number>();
  for (const total of risen) {
    const k = `${total.sentence}|${total.about}`;
    highest.set(k, Math.max(highest.get(k) ?? -Infinity, total.value as number));
  }
  const rises = new Set<FactInContext>();
  if (highest.size)
    for (const f of out) {
      const top = f.kind === 'count' ? highest.get(`${f.sentence}|${f.about}`) : undefined;
      if (top !== undefined && (f.value as number) < top) rises.add(f);
    }
  const kept = dropped.size ? out.filter((f) => !dropped.has(f)) : out;
  return rises.size ? kept.map((f) => (rises.has(f) ? { ...f, rule: `${f.rule}-increment` } : f)) : kept;
}

/**
 * Plural nouns counted in millions (`2.3m customers`, `4m households`, `1.2m people`): people and
 * things counted one by one, never measured by a length (see `fact:million-glued-m`).
 */
const COUNTED_IN_MILLIONS = new Set(
  (
    'people customers users subscribers households homes accounts viewers listeners readers ' +
    'passengers voters residents visitors members patients students workers tourists followers ' +
    'downloads doses shares barrels copies devices phones vehicles cars'
  ).split(' '),
);
/** A sentence opening on the sayer's name: `Valvik said `, `Valvik, 34, said `, `Valvik told reporters `. */
const SAYER_OPENING = /^\s*(\p{Lu}\p{Ll}+)(?:,[^,]{1,30},)?\s+(?:said|says|told)\b/u;
/** The units a weight is compared in (see `fact:weight-lost`). */
const WEIGHT_UNIT = /^(?:kg|g|t|lb|stone)$/;
/** The subject right before `lost` and a weight: `she had lost `, `Ingrid lost about `, `Her partner lost `. */
const LOST_SUBJECT =
  /([\p{L}'’-]+)\s+(?:(?:had|has|have|also)\s+)*lost\s+(?:about |nearly |roughly |some |almost |more than |over )?$/u;
/** Words that count without a number, with the least and the most they allow. */
export const VAGUE: Readonly<Record<string, readonly [number, number]>> = {
  several: [3, 9],
  'a few': [2, 5],
  'a couple of': [2, 3],
  'a handful of': [2, 6],
  'dozens of': [24, 199],
  'scores of': [40, 199],
  'hundreds of': [200, 999],
  'thousands of': [2000, 9999],
};
const VAGUE_COUNT = new RegExp(
  String.raw`\b(several|a few|a couple of|a handful of|dozens of|scores of|hundreds of|thousands of)\s+((?:[\p{Ll}][\p{L}-]*\s+){0,2}[\p{Ll}][\p{L}-]*)`,
  'giu',
);

/** Plural nouns, regular and not: `families`, `people`, `children`. */
const IRREGULAR_PLURAL = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'staff',
  'crew',
  'feet',
  'teeth',
  'mice',
  'geese',
]);
const isPlural = (w: string): boolean =>
  IRREGULAR_PLURAL.has(w) ||
  // Compounds of `men` and `women`: `firemen`, `policemen`, `servicewomen`.
  (/[a-z]{3}(?:wo)?men$/.test(w) && !/(?:omen|amen|imen|umen)$/.test(w.replace(/women$/, ''))) ||
  (/[^su]s$/.test(w) && !/(ous|ics|news|less|ness)$/.test(w) && w.length > 3);

/** A counted noun's word family, so `two cars` and `two vehicles` count one kind of thing. */
const kindOf = (noun: string): string => COUNTED_AS[noun] ?? SYNONYMS.get(noun) ?? noun;
/**
 * Words for a whole body of staff a share is taken of (`8 percent of its workforce` / `10 percent
 * of its staff` / `of its employees`): one whole, whichever word an outlet uses (rule
 * `fact:share-of-workforce`, stop 50). Kept here, not in synonyms.ts, as sentences about staff
 * and about a workforce are not therefore one statement.
 */
const WORKFORCE = new Set([
  'workforce',
  'staff',
  'employees',
  'workers',
  'payroll',
  'headcount',
  'personnel',
]);
/**
 * Nouns counted as one group though their sentences' words stay apart (the word families of
 * synonyms.ts are for whole sentences): those who attack, by deed, weapon or trade (`Six pirates`
 * / `Eight attackers` / `six gunmen`; rule `fact:count-group-nouns`).
 */
const COUNTED_AS: Readonly<Record<string, string>> = {
  attacker: '~attacker',
  assailant: '~attacker',
  gunman: '~attacker',
  pirate: '~attacker',
};

/** The root of an activity word: `deliberated`, `deliberation` and `deliberating` are one. */
/** A verb or noun of orbiting before `every` right before a span: `orbits its star every `, `completes an orbit every `. */
const ORBIT_EVERY =
  /\b(?:orbits?|orbiting|circles|circling|revolves|goes\s+(?:a)?round|completes?\s+(?:an?|one|each)\s+(?:orbit|revolution|lap))\b[^.;:]{0,40}?\bevery\s+(?:about\s+|just\s+|nearly\s+|some\s+)?$/i;
/** An infinitive of orbiting after a span: ` to orbit`, ` to complete an orbit`, ` to circle`. */
const ORBIT_AFTER =
  /^\s+to\s+(?:orbit|circle|go\s+(?:a)?round|complete\s+(?:an?|one|each)\s+(?:orbit|revolution))\b/i;
/** An act told late right around a span (`opened ` before it, ` late` after it): `late-open`, or undefined. */
function lateAct(before: string, after: string): string | undefined {
  if (!/^\s+late\b/.test(after)) return undefined;
  const m = LATE_VERB.exec(before);
  return m ? `late-${activityRoot(m[1]!.split(/\s+/)[0]!)}` : undefined;
}
/** A verb of an act that may be late, right before its span: `opened `, `landed about `, `kicked off `. */
const LATE_VERB =
  /\b(opened|started|began|begun|arrived|landed|departed|left|kicked\s+off|took\s+off|finished|ended|closed|got\s+under\s+way|went\s+ahead)\s+(?:(?:about|nearly|almost|more\s+than|over|some|roughly|just|at\s+least)\s+)?$/i;

const activityRoot = (w: string): string => {
  const root = w
    .toLowerCase()
    .replace(/(ations?|itions?|ions?|ing|ed|es|s)$/, '')
    .slice(0, 6);
  return ACTIVITY_FAMILY[root] ?? root;
};
/** Roots of one state or act told with different words: lost is missing; held is in captivity, detention or custody (a prison term is another thing); fought is battled or tackled. */
const ACTIVITY_FAMILY: Readonly<Record<string, string>> = {
  lost: 'miss',
  captiv: 'held',
  // `holding them for 52 days` is `52 days in captivity`.
  hold: 'held',
  detent: 'held',
  custod: 'held',
  // `fought the blaze for six hours` is `battled the flames for four hours`, `tackled the fire`.
  fought: 'fight',
  battl: 'fight',
  // A gun battle is the fighting, however told (`after a two-hour gun battle` / `The assault
  // lasted about three hours`; stop 46).
  battle: 'fight',
  assaul: 'fight',
  tackl: 'fight',
  combat: 'fight',
  // A final or a game is the match it names (`a final that lasted two hours`, `the match took`).
  final: 'match',
  game: 'match',
  // A road, a line or a waterway closed, shut, blocked or sealed off is one closure (`closed for
  // nine hours` / `shut for nine hours` / `blocked the canal for 36 hours`; rule
  // `fact:duration-closed`).
  // A chase is a pursuit (`The chase ... lasted about 12 minutes` / `The pursuit lasted 12 minutes`).
  pursui: 'chase',
  // A journey or a ride is the trip (`The full journey takes 22 minutes` / `The full trip takes 26
  // minutes`; rule `fact:duration-journey-trip`, stop 55).
  journe: 'trip',
  ride: 'trip',
  // Trapped for a span is stranded for it (`riders were stranded for four hours` / `28 riders
  // trapped on the coaster for six hours`): one span, whichever word, as those counted trapped or
  // stranded are one group (rule `fact:duration-trapped-stranded`, stop 56).
  trapp: 'strand',
  // Surgery is the operation (`a 16-hour operation` / `The 14-hour surgery`; rule
  // `fact:duration-surgery-operation`).
  surger: 'oper',
  // A standoff with an armed man is the siege (`a six-hour standoff` / `the siege lasted seven hours`).
  stando: 'siege',
  // A walkout is a strike (`the strike would last three days` / `The walkout is due to last two
  // days`; rule `fact:duration-walkout-strike`).
  walkou: 'strike',
  clos: 'closure',
  shut: 'closure',
  // So is a show or play halted (`halted for three hours`, `resumed after two hours`; stop 45).
  halted: 'closure',
  block: 'closure',
  sealed: 'closure',
  // Traffic or service grounded, halted, suspended or disrupted is one stoppage (`ash clouds
  // disrupted air travel for six days` / `grounded flights for eight days`; rule
  // `fact:duration-stoppage`), a closure as a road's is. A suspension of months or years is a
  // ban (`was suspended for 18 months` / `received a 12-month ban`; rule
  // `fact:duration-suspension-ban`, see activityOf).
  ground: 'closure',
  halt: 'closure',
  suspen: 'closure',
  disrup: 'closure',
};

/**
 * The activity a span of time measures: the action noun after it (`30 hours of
 * deliberation`), or the verb before it whose `for` it completes (`deliberated the case for
 * 40 hours`, in the same clause).
 */
/** Early against a plan after a span: ` early`, ` earlier than planned`, ` ahead of schedule` (not ` early on`, ` early in`, ` early next week`). */
const EARLY_AFTER =
  /^\s+(?:early\b(?!\s+(?:on|in|next|this|last|morning|evening|hours|days|stages?|days?)\b)|earlier\s+than\s+(?:planned|scheduled|expected|originally\s+planned|first\s+planned)\b|ahead\s+of\s+(?:schedule|time)\b)/;
/** Nouns of a span itself, no act's (`a period of three days`, `a total of 12 hours`, `a maximum of`). */
const SPAN_NOUN =
  /^(?:period|periods|total|maximum|minimum|average|length|span|time|times|stretch|space|matter|couple|series|spell|duration|window|course|lifetime|lifespan|term|rest|part|half|quarter|third|fraction|record|best|limit|shift|notice|wait)$/;
/** A service put back right before a span and `later`: `was restored about `, `came back on `, `were reconnected `. */
const RESTORED_BEFORE =
  /\b(?:(?:was|were|had\s+been|has\s+been)\s+(?:fully\s+)?(?:restored|reconnected)|(?:came|was|were)\s+back(?:\s+on(?:line)?)?)\s+(?:about |nearly |more than |almost |some |roughly |just |over |around )?$/;
function activityOf(view: RepairedView, q: Span): string | undefined {
  const to = view.fromOriginal(q.end);
  const from = view.fromOriginal(q.start);
  // How late an act was (`the gates opened 45 minutes late`, `landed two hours late`): that act's
  // lateness, compared whatever its unit (rule `fact:duration-late`).
  const late = lateAct(
    view.text.slice(Math.max(0, from - 40), from),
    /\slate$/.test(view.text.slice(from, to)) ? ' late' : view.text.slice(to, to + 8),
  );
  if (late) return late;
  // How early the story's act came (`docked on Tuesday, two days earlier than planned` / `returned
  // on Monday, three days early`, `ahead of schedule`): one span, whichever verb (rule
  // `fact:duration-early`).
  const afterSpan = view.text.slice(to, to + 40);
  if (EARLY_AFTER.test(/\searly$/.test(view.text.slice(from, to)) ? ` early${afterSpan}` : afterSpan))
    return 'early';
  // A span after a moment its sentence gives (`had left at 9:12 a.m. and returned 18 minutes
  // later` / `took off at 9:12 a.m. and landed 25 minutes later`): the time elapsed since that
  // moment, keyed by it (rule `fact:elapsed-since-moment`).
  if (/^\s+(?:later|afterwards)\b/.test(view.text.slice(to, to + 14))) {
    // A service back a span later (`service was restored about 14 hours later`, `power came back
    // on six hours later`): how long the cut lasted, as `The outage lasted nine hours` tells it
    // (rule `fact:restored-later-outage`). Not any act a span later (`returned 18 minutes later`).
    if (RESTORED_BEFORE.test(view.text.slice(Math.max(0, from - 40), from))) return 'outage';
    // (`a.m.` ends no sentence: the clause back to the line's start, up to a sentence's end.)
    const clause = view.text
      .slice(Math.max(0, from - 160), from)
      .split('\n')
      .at(-1)!;
    const clock = [...clause.matchAll(CLOCK_TIME)].at(-1);
    if (clock && !/[.!?]["”’)]?\s+\p{Lu}/u.test(clause.slice(clock.index! + clock[0].length)))
      return `elapsed-since-${Number(clock[1])}:${clock[2]}${clock[3]!.toLowerCase()}m`;
  }
  // The time a body takes to go round another (`orbits its star every 12 days`, `completes an
  // orbit every 16 days`, `takes 12 days to orbit its star`): its orbital period, however told
  // (rule `fact:orbit-period`); not a time spent in orbit.
  if (
    ORBIT_EVERY.test(view.text.slice(Math.max(0, from - 60), from)) ||
    (/\btakes?\s+(?:about\s+|just\s+|nearly\s+|some\s+)?$/.test(
      view.text.slice(Math.max(0, from - 20), from),
    ) &&
      ORBIT_AFTER.test(view.text.slice(to, to + 40)))
  )
    return 'orbit-period';
  const after = /^\s+of\s+(\p{Ll}{4,}(?:ion|ions|ing|ment|ments|ance|ence))\b/u.exec(
    view.text.slice(to, to + 40),
  );
  if (after) return activityRoot(after[1]!);
  // A span of each day (`cut for 12 hours a day`, `open eight hours per day`): a daily schedule,
  // the story's rationing, curfew or cut however an outlet words what is done (rule
  // `fact:duration-each-day`).
  if (/^\s+(?:a|per|each|every)\s+day\b/.test(view.text.slice(to, to + 12))) return 'each-day';
  // The time someone is ordered to act within (`ordered the diplomats to leave the country within
  // 72 hours`): the deadline, as `fact:deadline` reads `has 90 days to change` and `must comply
  // within 60 days` (time to answer a decision, `to appeal within 30 days`, is another).
  // A modal tells the act as `to` does (`she would appeal to the court within 21 days`: rule
  // `fact:deadline-after-modal`).
  const within =
    /\b(?:to|will|would|could|can|may|must|should|shall)\s+(\p{Ll}{3,})\b[^.;:,]{0,40}?\bwithin\s+(?:the\s+next\s+)?$/u.exec(
      view.text.slice(Math.max(0, from - 70), from),
    );
  if (within && !STOP.has(within[1]!))
    return ANSWER_VERB.test(within[1]!) ? 'deadline-to-answer' : 'deadline';
  // A state it lasted in, after it: `after six days lost in the range`, `four days in captivity`;
  // systems down (`after nine days offline`: rule `fact:duration-state`, offline, stop 52).
  const unitEnd = /\b(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\b/.exec(
    view.text.slice(from, to),
  );
  const from2 = unitEnd ? from + unitEnd.index + unitEnd[0].length : to;
  const state =
    /^\s+(?:(lost|missing|trapped|stranded|adrift|offline)|in\s+(captivity|hiding|custody|detention))\b/u.exec(
      view.text.slice(from2, from2 + 30),
    );
  if (state) return activityRoot(state[1] ?? state[2]!);
  // A tenure, told before its span or after it (`had been in office for 14 months`, `leaves
  // office after 18 months`, `after 18 months in office`, `in power for six years`): the time in
  // that office, however told (rule `fact:duration-in-office`, h-disc63).
  if (
    /^\s+in\s+(?:office|power)\b/.test(view.text.slice(from2, from2 + 20)) ||
    /\b(?:in|leaves|left|leave|leaving)\s+(?:office|power)\s+(?:for|after)\s+(?:about |nearly |more than |almost |just |some )?$/.test(
      view.text.slice(Math.max(0, from - 50), from),
    )
  )
    return 'tenure';
  const ahead = view.text.slice(Math.max(0, from - 50), from);
  // What lasted that long: `the standoff lasted nine hours`, `a siege that lasted for 12 days`;
  // a clock time or a date between, as tokenised text writes them (`The operation began at 7 a.
  // m. on Sept. 26 and lasted 14 hours`), hides no sentence end (rule `fact:duration-lasted-past-date`).
  // What is to last that long: `The trial is expected to last three weeks`, `is due to last 14
  // days` (`fact:duration-expected-to-last`).
  const lasted =
    /\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+)??(\p{Ll}{4,})(?=\s+(?:at|in|on|of|near|outside|inside|that|which|began|started|erupted|would|will|could|may|lasted|lasting|lasts|last|(?:is|are|was|were)\s+(?:expected|due|scheduled|set|likely)\s+to\s+last)\b)(?:[^.;:]|\b[ap]\.\s?m\.|\d:\s?\d\d|\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.){0,70}?\b(?:lasted|lasting|lasts|(?<!\bthe\s)last|continu(?:e|es|ed|ing)\s+for)\s+(?:for\s+)?(?:about |nearly |more than |at least |almost |some |over |roughly )?$/u.exec(
      view.text.slice(Math.max(0, from - 110), from),
    );
  if (lasted && !STOP.has(lasted[1]!)) return activityRoot(lasted[1]!);
  // Or a bare noun opening the sentence (`Bidding lasted about 20 minutes`, `Fighting lasted
  // for three days`): a mass noun needs no article (`fact:duration-lasted-bare`).
  const lastedBare =
    /(?:^|\n|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}{3,})\s+(?:(?:has|had)\s+)?lasted\s+(?:for\s+)?(?:about |nearly |more than |at least |almost |some |over |roughly )?$/u.exec(
      view.text.slice(Math.max(0, from - 90), from),
    );
  if (lastedBare && !STOP.has(lastedBare[1]!.toLowerCase())) return activityRoot(lastedBare[1]!);
  // Or one a possessive names right before `lasted` (`Friday's game lasted five hours`, `Its
  // spacewalk lasted eight hours`, tokenised `Friday 's game`): that noun lasted, as `The game
  // lasted` tells (rule `fact:duration-lasted-possessive`).
  const possessiveLasted =
    /\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}[\p{L}-]*\s?['’]s)\s+(?:\p{Ll}+\s+)??(\p{Ll}{4,})\s+(?:(?:has|had)\s+)?lasted\s+(?:for\s+)?(?:about |nearly |more than |at least |almost |some |over |roughly |just )?$/u.exec(
      view.text.slice(Math.max(0, from - 90), from),
    );
  if (possessiveLasted && !STOP.has(possessiveLasted[1]!)) return activityRoot(possessiveLasted[1]!);
  // Or one a possessive or a pronoun names before a clause set off by a comma (`Tuesday's
  // spacewalk, which lasted 8 hours`, `its siege, which lasted 40 days`): that noun lasted
  // (rule `fact:duration-which-lasted`).
  const whichLasted =
    /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}[\p{L}-]*['’]s)\s+(?:\p{Ll}+\s+)??(\p{Ll}{4,}),\s+(?:which|that)\s+(?:(?:has|had)\s+)?lasted\s+(?:for\s+)?(?:about |nearly |more than |at least |almost |some |over |roughly |just )?$/u.exec(
      view.text.slice(Math.max(0, from - 90), from),
    );
  if (whichLasted && !STOP.has(whichLasted[1]!)) return activityRoot(whichLasted[1]!);
  // A span told as what an act measured (`a spacewalk of 8 hours and 14 minutes`, `after a
  // siege of 40 days`): that act lasted it, as `the spacewalk lasted` tells (rule
  // `fact:duration-noun-of`); a measure's own noun (`a period of`, `a total of`) names no act.
  const nounOf =
    /\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+)??(\p{Ll}{4,})\s+of\s+(?:about |nearly |more than |at least |almost |some |over |roughly |just |up to )?$/u.exec(
      view.text.slice(Math.max(0, from - 60), from),
    );
  if (nounOf && !STOP.has(nounOf[1]!) && !SPAN_NOUN.test(nounOf[1]!)) return activityRoot(nounOf[1]!);
  // What took that long: `The match took two hours and 47 minutes`, `the journey had taken 14
  // hours` (rule `fact:duration-took`); not what it took someone (`took firefighters six hours`).
  // A relative clause set off between them is passed over (`The operation, which ended on
  // Thursday, took 20 hours`: rule `fact:duration-took`).
  const took =
    /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}+\s+)??(\p{Ll}{4,})(?:,\s+(?:which|that)\s+[^,.;]{1,50},)?\s+(?:took|takes|(?:had|has)\s+taken)\s+(?:about |nearly |more than |at least |almost |some |over |roughly |just )?$/u.exec(
      ahead,
    );
  if (took && !STOP.has(took[1]!)) return activityRoot(took[1]!);
  // What is to take that long, told with a modal (`repairs could take up to two weeks`, `The
  // search is expected to take days`, `said the work would take about a month`): that work's
  // span, as `The repair took` tells a past one (rule `fact:duration-will-take`, stop 54).
  const willTake = WILL_TAKE.exec(ahead);
  if (willTake && !STOP.has(willTake[1]!.toLowerCase())) return activityRoot(willTake[1]!.toLowerCase());
  // The time a fire or a spill took to be brought under control (`was brought under control
  // after four hours` / `it took firefighters three hours to control the blaze`): one span, the
  // firefight's, whichever way it is told (rule `fact:duration-to-control`).
  if (
    /\b(?:brought|got|came|be|been)\s+under\s+control\s+(?:after|within|in)\s+(?:about |nearly |more than |at least |almost |some |over |roughly |just )?$/.test(
      ahead,
    ) ||
    (/\b(?:took|taken|takes|take)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:about |nearly |more than |at least |almost |some |over |roughly |just )?$/u.test(
      ahead,
    ) &&
      /^\s+to\s+(?:control|contain|bring\s+(?:[\p{Ll}-]+\s+){0,3}?under\s+control|get\s+(?:[\p{Ll}-]+\s+){0,3}?under\s+control)\b/u.test(
        view.text.slice(to, to + 60),
      ))
  )
    return 'control';
  // So is the time it took to put a fire out (`Firefighters needed four hours to put out the
  // flames` / `It took firefighters three hours to extinguish the blaze`, `was put out after five
  // hours`): the span to its end, another than the span to bring it under control (rule
  // `fact:duration-to-extinguish`, stop 55).
  if (
    /\b(?:put\s+out|extinguished|doused)\s+(?:after|within|in)\s+(?:about |nearly |more than |at least |almost |some |over |roughly |just )?$/.test(
      ahead,
    ) ||
    (/\b(?:took|taken|takes|take|needed|need|needs)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:about |nearly |more than |at least |almost |some |over |roughly |just )?$/u.test(
      ahead,
    ) &&
      /^\s+to\s+(?:put\s+out|extinguish|douse|put\s+(?:[\p{Ll}-]+\s+){1,3}?out\b)/u.test(
        view.text.slice(to, to + 60),
      ))
  )
    return 'extinguish';
  // A verb after `to` or a modal whose `for` the span completes (`plans to stay for 60 days`, `is
  // expected to stay for 90 days`, `will remain for a week`): that verb, not the one governing
  // it (`expected`), is what lasts (`fact:duration-of-infinitive`).
  const infinitive =
    /\b(?:to|will|would|could|may|might|must|should|can)\s+(\p{Ll}{3,})\b(?:\s+(?:there|here|home|abroad|away|on|in\s+\p{Ll}+))?\s+for\s+(?:about |nearly |more than |at least |almost |some |over |roughly |up to )?$/u.exec(
      ahead,
    );
  if (
    infinitive &&
    !/^(?:be|have|ask|call|pay|wait|look|account|care|stand|vote|apply|search|hope|prepare|run|sign|fight|plead|push)$/.test(
      infinitive[1]!,
    )
  )
    return activityRoot(infinitive[1]!);
  // A closure told by its end (`The road reopened after seven hours`, `The canal reopened on
  // Tuesday, 30 hours after two ships collided`): how long it was closed (rule `fact:duration-closed`).
  if (
    /\b(?:reopen(?:ed|s)?|resum(?:ed|es))\b[^.;:]{0,40}?\bafter\s+(?:about |nearly |more than |at least |almost |some |over |roughly |just )?$/.test(
      ahead,
    ) ||
    (/\b(?:reopen(?:ed|s)?|resum(?:ed|es))\b[^.;:]{0,40}?,\s*(?:about |nearly |more than |at least |almost |some |over |roughly |just )?$/.test(
      ahead,
    ) &&
      /^\s+after\b/.test(view.text.slice(to, to + 8)))
  )
    return 'closure';
  // Out of service for a span (`would stay offline for at least three weeks` / `will remain shut
  // for at least four weeks`): a closure's span, whatever state an outlet names (rule
  // `fact:duration-offline`, stop 46).
  if (
    /\b(?:offline|off\s+line|shut(?:\s+down)?|closed|out\s+of\s+(?:service|action|operation))\s+for\s+(?:about |nearly |more than |at least |almost |some |over |roughly |up to )?$/.test(
      ahead,
    )
  )
    return 'closure';
  // The margin a record was broken by (`breaking the record by 21 minutes`, `beat the previous
  // record, set in 2039 by Tom Brede, by 12 minutes`): one margin whichever verb tells it (rule
  // `fact:record-margin`, stop 45).
  if (recordBrokenBefore(view, from)) return 'record-margin';
  // The verb nearest the span (`was freed on Friday after being held for 14 months`: held).
  // A named thing inside the verb's object (`battled a blaze on the Meridian Starr for 12 hours`)
  // is no other clause: read without it (rule `fact:duration-object-named-place`).
  const before =
    VERB_FOR.exec(ahead) ??
    VERB_FOR.exec(view.text.slice(Math.max(0, from - 100), from).replace(NAMED_PLACE_PHRASE, ' '));
  // People held hostage for a span are a siege's span (`held nine people hostage for seven hours`
  // / `a six-hour standoff`, `the siege lasted seven hours`; rule `fact:duration-hostages`, stop 45).
  if (
    before &&
    /^(?:held|hold|holding|kept)$/.test(before[1]!) &&
    /\bhostages?\b/.test(before[0].slice(before.index + before[0].lastIndexOf(before[1]!)))
  )
    return 'siege';
  // Stuck for a span is stranded for it (`Passengers were stuck on board for 19 hours` / `were
  // stranded for 14 hours`): one span, whichever word (rule `fact:duration-stuck`, stop 54).
  const root = before ? (before[1] === 'stuck' ? 'strand' : activityRoot(before[1]!)) : undefined;
  // A suspension of months or years is a ban (`was suspended for 18 months` / `a 12-month ban`); one
  // of hours or days a halt (`The festival was suspended for three hours` / `Performances resumed
  // after two hours`; stop 45).
  return before && /^suspend/.test(before[1]!) && /\b(?:months?|years?)\b/.test(view.text.slice(from, to))
    ? 'ban'
    : root;
}

/** The verb nearest a span whose `for` the span completes (see activityOf). */
const VERB_FOR =
  /^(?:[\s\S]*\s)?(\p{Ll}{3,}(?:ed|ing)|held|kept|hid|fought|sat|stood|lay|shut|met|stuck)\b[^.,;:]{0,30}?\bfor\s+(?:about |nearly |more than |at least |almost |some |over |roughly )?$/u;
/** A prepositional phrase of a name: ` on the Meridian Starr`, ` at Port Halvard`. */
const NAMED_PLACE_PHRASE =
  /\s(?:on|at|in|aboard|near|off)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?=for\s)/gu;
/** An old record right before its figure: `The previous record of `, `the old record, `, `the former record was `. */
const PREVIOUS_RECORD =
  /\b(?:previous|old|former|earlier|existing|standing)\s+(?:[\p{Ll}-]+\s+)?record(?:\s+(?:of|was|stood\s+at|had\s+been|is)|,)\s+(?:about\s+|some\s+)?$/iu;
/**
 * A time in seconds read as a race's (`quantities:race-time`, `quantities:seconds`): a margin
 * when a word of winning comes before it with `by` or a word of standing after it (`won by 0.10
 * seconds`, `edging Lindt by one hundredth of a second`, `0.38 seconds behind`: rule
 * `fact:time-margin`), a record when the record is named before it (`fact:record-time`; the
 * broken one `fact:previous-record`), else the time a run took (`clocked 1:53.27`, `in a time of
 * 58.21 seconds`: rule `fact:race-time`). Whose it is: the person the sentence names first
 * before it, its subject (`Solheim ... 0.38 seconds back` is not the winner's margin). A run
 * other than the story's (`in Thursday's training run`, `in the heats`, `last year's race`) is
 * keyed by its round or held for its earlier time. A time in seconds with none of these (`lasted
 * 30 seconds`) is none.
 */
function raceTimeOf(
  view: RepairedView,
  q: Quantity,
  entities: readonly EntityMention[],
):
  | {
      noun: string;
      text: string;
      rule: string;
      holder?: string;
      asOf?: string;
      round?: string;
      runner?: EntityMention;
    }
  | undefined {
  const from = view.fromOriginal(q.start);
  const to = view.fromOriginal(q.end);
  const start = sentenceStart(view.text, from);
  const opening = view.text.slice(start, from);
  const lead40 = opening.slice(-40);
  const trail = view.text.slice(to, to + 40);
  const clause = view.text.slice(start, to + 80).split(/[.;!?](?:\s|$)/)[0]!;
  // The people the sentence names before the figure: the first its subject, the last the nearest.
  const before = entities.filter(
    (e) => e.kind === 'person' && view.fromOriginal(e.start) >= start && view.fromOriginal(e.end) <= from,
  );
  const person = before[0];
  const holder = person ? `person:${person.key.split('-').pop()}` : undefined;
  const margin =
    MARGIN_BEFORE.test(opening.slice(-120)) ||
    /\bby\s+(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+|barely\s+)?$/i.test(lead40) ||
    SECONDS_STANDING.test(trail);
  const round = ROUND_OF_RACE.exec(clause)?.[1]
    ?.toLowerCase()
    .replace(/[\s-]+/g, '');
  const earlier = EARLIER_RACE.test(clause) ? 'then earlier' : undefined;
  if (margin)
    return {
      noun: `margin-time${round ? `-${round}` : ''}`,
      text: 'margin',
      rule: 'fact:time-margin',
      ...(holder ? { holder } : {}),
      ...(earlier ? { asOf: earlier } : {}),
    };
  if (PREVIOUS_RECORD.test(lead40))
    return { noun: 'previous-record-time', text: 'previous record', rule: 'fact:previous-record' };
  if (q.rule !== 'quantities:race-time' && !/\.\d/.test(view.text.slice(from, to).replace(/\s/g, '')))
    return undefined;
  if (/\brecord\b/i.test(lead40))
    return {
      noun: 'record-time',
      text: 'record',
      rule: 'fact:record-time',
      ...(earlier ? { asOf: earlier } : {}),
    };
  // The runner is the person named nearest before the time (`Joss Arden won in 2:05:11`).
  const runner = before.at(-1);
  return {
    noun: 'race-time',
    text: 'time',
    rule: 'fact:race-time',
    ...(round ? { round } : {}),
    ...(runner ? { runner } : {}),
    ...(earlier ? { asOf: earlier } : {}),
  };
}
/** A round of a competition other than its final run, in the figure's clause: `training`, `heats`, `qualifying`, `semifinal`. */
const ROUND_OF_RACE =
  /\b(training|practice|qualifying|qualifier|heats?|semi-?finals?|quarter-?finals?|preliminar(?:y|ies)|warm-up)\b/i;
/** An earlier race in the figure's clause: `last year's race`, `a year ago`, `the previous season`. */
const EARLIER_RACE =
  /\b(?:last\s+(?:year|season|month|week)\s?['’]s|(?:a|one|two|three|\d+)\s+(?:years?|seasons?)\s+(?:ago|earlier|before)|(?:previous|last)\s+(?:year|season|edition|running)\b)/i;
/** Whether a record broken by, as {@link RECORD_BROKEN_BY} reads, ends at `at` in the view. */
const recordBrokenBefore = (view: RepairedView, at: number): boolean =>
  RECORD_BROKEN_BY.test(view.text.slice(Math.max(0, at - 130), at));
/** A record broken, then `by` right before a span: `breaking the record by `, `beat the previous record, set in 2039 by Tom Brede, by `. */
const RECORD_BROKEN_BY =
  /\b(?:break(?:ing|s)?|broke|broken|beat(?:ing|s)?|smash(?:ed|es|ing)|lower(?:ed|s|ing)|improv(?:ed|es|ing)|better(?:ed|s|ing))\s+(?:the|his|her|its|their|a)\s+(?:[\p{L}-]+\s+){0,2}?record\b(?:,[^,.;]{1,70},)?\s+by\s+(?:about |nearly |more than |almost |some |over |roughly |just )?$/u;

const MONTH_NAMES =
  'january february march april may june july august september october november december'.split(' ');
/** A time of day on the clock: `9:12 a.m.`, `11.40pm`. */
const CLOCK_TIME = /\b(\d{1,2})[:.](\d{2})\s*([ap])\.?\s?m\b/gi;
/** A month or a day, which follows `in` or `on` as a place would (`was arrested in May`). */
const calendarWord = (name: string): boolean => {
  const w = name.split(/\s/)[0]!.toLowerCase();
  return MONTH_NAMES.includes(w) || DAYS.includes(w);
};
/** A month after a preposition, with no day or year after it (`in March`, `in early February`; not `in March 2009`). */
/** A quarter of a year: `the second quarter of 2032`, `the 2nd quarter of 2032`, `Q2 2032`. */
const QUARTER =
  /\b(?:the\s+(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+of|Q([1-4]))\s+((?:19|20)\d\d)\b/gi;
/** A quarter's number by its ordinal; `final` and `last` are the fourth. */
const ORDINAL_QUARTER: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};

const BARE_MONTH =
  /\b(?:in|since|until|by)\s+(?:(?:early|late|mid)[- ])?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]*\d)(?!\s+of\s+(?:\d{4}|this|last|next|that|the\s+(?:same|following|previous)\s+year)\b)/g;

/**
 * What befell a thing on a date, from a closed list of the events news dates (`founded in
 * 1935`, `was born in 1926`, `died on March 3`): a founding is not a birth. Synonyms are one
 * event (`built` / `constructed`, `died` / `was killed`); other verbs name none.
 */
const DATED_EVENTS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'founded:found established:found created:found formed:found built:build constructed:build ' +
    // A present tense news uses for what is scheduled (`pre-orders open on 12 September`).
    'erected:build opened:open opens:open open:open closed:close shut:close born:birth died:death killed:death slain:death ' +
    'murdered:death married:marry elected:elect appointed:hire hired:hire named:hire fired:fire ' +
    'dismissed:fire sacked:fire ousted:fire arrested:arrest detained:arrest charged:charge ' +
    'indicted:charge sentenced:sentence convicted:convict released:release freed:release ' +
    'launched:launch retired:retire resigned:resign completed:build finished:build inaugurated:open ' +
    'failed:fail burst:fail ruptured:fail collapsed:fail crashed:crash exploded:explode signed:sign awarded:award ' +
    'approved:approve ratified:approve discovered:discover detected:discover uncovered:discover ' +
    // Articles, reports or books published on a date (`articles published in March 2024` / `in May
    // 2024`): one dated publication (stop 46).
    'published:publish ' +
    // A plan, a budget or a product shown to the public (`unveiled a $42 billion budget on
    // Wednesday` / `the budget was presented on Thursday`): one dated unveiling, whichever verb an
    // outlet chose (stop 53).
    'unveiled:unveil presented:unveil ' +
    'held:hold staged:hold conducted:hold found:discover located:discover began:begin started:begin ended:end struck:strike attacked:attack ' +
    'bombed:attack stabbed:stab shot:shoot robbed:rob sank:sink capsized:sink derailed:crash erupted:erupt ' +
    // People or a ship taken by force: one event whichever verb an outlet chose.
    'kidnapped:seize abducted:seize seized:seize snatched:seize hijacked:seize captured:seize ' +
    // A breakout, whichever verb an outlet chose (`escaped on Sunday`, `broke out on Saturday night`).
    'escaped:escape quit:resign ' +
    // Someone who vanished (`went missing on Friday`, `disappeared on Thursday afternoon`): one
    // disappearance, whichever words an outlet chose (stop 58).
    'disappeared:vanish vanished:vanish ' +
    // An end of a stoppage and what it cancelled (`returned to work on Wednesday`, `cancelled 800
    // flights on Monday`): not its start.
    'returned:return resumed:return cancelled:cancel canceled:cancel ' +
    // A resumption told ahead (`work would resume on Monday` / `will resume on Wednesday`): the
    // same return, dated before it comes (rule `date:resume-ahead`, stop 58).
    'resume:return resumes:return ' +
    // A ship run aground, whichever form an outlet chose (`ran aground on Saturday night`,
    // `after running aground ... on Sunday`, `grounded on Sunday`).
    'aground:aground grounded:aground ' +
    // An animal or a boat stranded is aground too, and one refloated or freed is rescued (`was
    // stranded on Sunday` / `was refloated early on Monday`: two events; stop 57).
    'stranded:aground beached:aground refloated:rescue ' +
    // A rescue, whichever verb an outlet chose (`was rescued on Sunday morning` / `was airlifted on
    // Sunday`): its own day, not the crash that led to it (stop 56).
    'rescued:rescue airlifted:rescue crashing:crash'
  )
    .split(' ')
    .map((x) => x.split(':') as [string, string]),
);

/** A change of post: `was named`, `has been appointed`, `was promoted`, `became`, `succeeded`, `replaces`, `took over as`. */
const CHANGE_OF_POST =
  /\b(?:(?:was|is|has been|have been|had been|will be|were)\s+(?:named|appointed|promoted|elevated|elected|sworn in)|became|becomes|succeed(?:s|ed)?|replac(?:es|ed)|t(?:ook|akes) over as)\b/i;

/** The words that tell a dated event in its sentence (`signed` for a signing; `went`, `sale` for the start of sales). */
const SALE_WORDS = new Set([
  'shipment',
  'shipments',
  'ship',
  'ships',
  'shipping',
  'delivery',
  'deliveries',
  'available',
  'sales',
  'start',
  'begin',
  'went',
  'goes',
  'go',
  'gone',
  'came',
  'come',
  'comes',
  'sale',
  'first',
  'initially',
  'sold',
  'marketed',
  'offered',
  'hit',
  'reached',
  'market',
  'shelves',
  'shops',
  'stores',
  'sell',
  'offer',
  'reach',
  'shelf',
  'shop',
  'store',
]);
/** Whether a word of a sentence's context (a lemma) is one that tells the dated event (`sign` for `sign`, `sale` for `on-sale`). */
export function tellsEvent(word: string, event: string): boolean {
  if (event === 'on-sale') return SALE_WORDS.has(word);
  // Records and their start tell the start of records: two sentences sharing no word but these
  // may tell two series (`the wettest March in Velmar since records began` / `Records at the
  // gauge go back to 1912`).
  if (
    event === RECORDS_BEGAN_EVENT &&
    /^(?:records?|begin|began|start|started|keep|kept|date|back)$/.test(word)
  )
    return true;
  if (event === RECORD_SET_EVENT && /^(?:records?|set|date|dated|stood|stand|back)$/.test(word)) return true;
  return (
    word === event ||
    DATED_EVENTS[word] === event ||
    // A sentence's words are kept by family (`died` as `~kill`): an event's verb in its family
    // tells the event too, and is no second word in common (rule `date:event-word-family`).
    (word.startsWith('~') && (EVENT_FAMILIES.get(event)?.has(word) ?? false)) ||
    DATED_EVENTS[`${word}ed`] === event ||
    DATED_EVENTS[`${word}d`] === event ||
    Object.entries(PHRASAL_DATED_EVENTS).some(([k, v]) => v === event && k.split(' ').includes(word))
  );
}

/** The word families of each dated event's verbs (`death`: `~kill`, the family of `died`). */
const EVENT_FAMILIES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  for (const [word, event] of Object.entries(DATED_EVENTS)) {
    const f = family(word);
    if (f.startsWith('~')) m.set(event, (m.get(event) ?? new Set()).add(f));
  }
  return m;
})();

/**
 * The words before a date telling when a product's sales began: `went on sale in`, `first sold
 * in`, `hit the market in`. The preposition may be the date's own (`goes on sale` before the date
 * `on 19 September`).
 */
const SALE_BEGAN =
  /\b(?:(?:went|goes|go|gone|came|come|comes)\s+on\s+sale|(?:first|initially)\s+(?:sold|marketed|offered)|(?:hit|reached)\s+(?:the\s+)?(?:market|shelves|shops|stores)|(?:will|to)\s+be\s+(?:sold|available|on\s+sale)|(?:shipments|deliveries|sales)\s+(?:will\s+)?(?:start|starts|begin|begins|started|began)|(?:ships|will\s+ship|shipping)|(?:released|available)\s+in\s+(?:shops|stores))\s+(?:(?:in|on|from)\s+(?:the\s+)?)?$/i;

/** The event of the day of a court appearance (see `date:court-appearance`). */
export const COURT_DATE = 'court-appearance';
/** A verb of appearing and the court right before a date: `due to appear at Holby Crown Court on`, `due in court on`. */
const COURT_APPEARANCE =
  /\b(?:appear|appears|appearing|due)\s+(?:(?:again|next|back)\s+)?(?:in|at|before)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’]*\s+){0,3}(?:court|magistrates|judge|tribunal)\b[^,;]{0,30}?\s(?:on|in)\s+(?:the\s+)?$/iu;
/** The text after the last clause mark. */
const lastClause = (text: string): string => text.split(/[,.;:!?()"“”]/).at(-1)!;

/** A sentence opening on a personal pronoun as its subject (`He appeared`, `She was`). */
const PRONOUN_SUBJECT = /^\s*(?:He|She)\b/;

/** The event of a date that tells when a figure moved to a level (see {@link FIGURE_CHANGE_BEFORE}). */
export const FIGURE_CHANGE = 'figure-change';
/**
 * A verb of a figure's change and the level it reached right before a date: `rose to 26 on`,
 * `had climbed to more than 40 by`, `reached 1,200 on`, `fell to 18 people in`, the level's
 * thousands written apart as tokenised text writes them (`grew to 11, 000 acres on`); or a share
 * of a task reached (`40 percent contained on`, `95 percent complete by`); a level written as a
 * word (`The death toll ... rose to six on Tuesday`, stop 52): when a running event's figure stood,
 * never the event's own day (stop 51).
 */
const FIGURE_CHANGE_BEFORE =
  /\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|increases|grew|grown|swelled|reached|reaches|fell|fallen|dropped|drops)\s+(?:to\s+)?(?:(?:about|around|nearly|almost|at\s+least|more\s+than|over|some)\s+)?(?:[\d][\d,.]*(?:,\s\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+\p{Ll}+)?\s+(?:on|by|in|as\s+of)\s+(?:the\s+)?$|\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:contained|complete|completed|counted)\s+(?:on|by|as\s+of)\s+$/u;

/**
 * A count, its noun (one to four words), a verb of being or remaining and a plight, right before
 * a date: `600, 000 homes and businesses were without power on`, `120, 000 homes were still
 * without power on`, `About 40 people remained missing as of` (see `date:figure-stood`).
 */
const FIGURE_STOOD_BEFORE =
  /\b\d[\d,.]*(?:,\s\d{3})*(?:\s+(?:and\s+)?\p{Ll}+){1,4}\s+(?:were|was|are|is|remained|remain|remains)\s+(?:still\s+)?(?:without\s+(?:power|electricity|water|heat|homes?|shelter)|missing|stranded|displaced|homeless|trapped|in\s+shelters)\s+(?:on|by|as\s+of)\s+(?:the\s+)?$/u;

/**
 * The dated event of a date written at `start`. A proceeding opened or launched began then (`The
 * probe opened in 2041`, `launched an investigation in 2041` / `The investigation began in 2042`):
 * one start, whatever verb an outlet chose (rule `date:proceeding-begins`); a building opened is
 * still an opening.
 */
function datedEvent(view: RepairedView, start: number, floor = 0): string | undefined {
  const event = verbEvent(view, start, floor);
  if (event !== 'open' && event !== 'launch') return event;
  const at = view.fromOriginal(start);
  const clause = view.text
    .slice(Math.max(0, floor, at - 70), at)
    .split(/[,.;:!?()"“”]/)
    .at(-1)!;
  return PROCEEDING.test(clause) ? 'begin' : event;
}
/**
 * The act a weekday dates when no verb of a dated event does: the past-tense verb of its clause
 * right before it, with the thing acted on between (`bought the winning ticket on Thursday`,
 * `bought it on Friday`), as `act:` and the verb's stem. Two days told for one act of one thing
 * are one event dated two ways (`bought` on Thursday / on Friday); another act is another event
 * (`sold` on Friday). Rule `fact:date:weekday-of-act`.
 */
function actBeforeDay(view: RepairedView, start: number, floor = 0): string | undefined {
  const at = view.fromOriginal(start);
  const m = ACT_BEFORE_DAY.exec(lastClause(view.text.slice(Math.max(0, floor, at - 70), at)));
  if (!m) return undefined;
  const verb = m[1]!.toLowerCase();
  return STOP.has(verb) ? undefined : `act:${IRREGULAR_PAST[verb] ?? activityRoot(verb)}`;
}
/** Past tenses of common verbs that do not end in `ed`, by their base (`bought` is `buy`). */
const IRREGULAR_PAST: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'bought:buy sold:sell paid:pay won:win lost:lose made:make took:take gave:give met:meet left:leave ' +
    'sent:send spent:spend found:find caught:catch wrote:write drove:drive flew:fly rode:ride ran:run ' +
    'got:get hit:hit put:put set:set sat:sit stood:stand saw:see heard:hear came:come went:go ' +
    'began:begin brought:bring built:build kept:keep led:lead fell:fall threw:throw stole:steal'
  )
    .split(' ')
    .map((x) => x.split(':') as [string, string]),
);
/** A past-tense verb, then what it acts on (a pronoun, or a noun phrase of up to three words), then `on`. */
const ACT_BEFORE_DAY = new RegExp(
  String.raw`(?:^|\s)(\p{Ll}{3,}ed|${Object.keys(IRREGULAR_PAST).join('|')})\s+(?:(?:it|them|one|(?:(?:the|a|an|his|her|their|its|our|my)\s+)?(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+)?(?:(?:early|late)\s+)?on\s+$`,
  'u',
);

/** A past participle opening a sentence, then the date's preposition: `Opened in `, `Founded in ` (rule `fact:date-of-opening-participle`). */
const OPENING_PARTICIPLE = /(?:^|[.!?]["”’]?\s+|\n\s*)(\p{Lu}\p{Ll}+ed)\s+(?:in|on|during)\s+(?:the\s+)?$/u;

/** A restriction, then `from` right before a time: `The curfew runs from `, `a curfew from `. */
const RESTRICTION = String.raw`\b(curfew|lockdown|closure|shutdown|blackout|ban)s?\b[^.;:]{0,30}?\bfrom\s+`;
const RESTRICTION_FROM = new RegExp(`${RESTRICTION}$`, 'i');
/** A restriction's span up to its end: `curfew from 10 p.m. to `, `closed from 9 a.m. until `. */
const RESTRICTION_TO = new RegExp(
  String.raw`${RESTRICTION}\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?\s?m\.?|midnight|noon)?\s+(?:to|until|till)\s+$`,
  'i',
);
/** The first case of an outbreak in the date's clause: `The first case was found on `, `since the first outbreak on `. */
const FIRST_CASE_BEFORE =
  /\b[Tt]he\s+first\s+(?:case|outbreak|infection)\b(?:\s+(?:was|had\s+been|has\s+been)\s+(?:found|confirmed|detected|reported|recorded))?\s+on\s+$/;
/** A departure from a named place, then the day's `on`: `left the port of Zuwan on`, `set off from Zuwan, in Kelria, on`, `left the Canaries on`; or a setting off with the place after the day (`set out on`; widened, stop 57). */
const DEPARTED_FROM_PLACE =
  /\bset\s+(?:off|out|sail)\s+(?:(?:early|late)\s+)?on\s+$|\b(?:left|departed(?:\s+from)?|set\s+(?:off|out|sail)\s+from|sailed\s+from)\s+(?:the\s+(?:(?:port|harbou?r|town|city|village|airport|base|camp|island|coast|shores?|beaches?)\s+of\s+)?)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:,?\s+in\s+(?:northern\s+|southern\s+|eastern\s+|western\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,?)?\s+(?:(?:early|late)\s+)?on\s+$/u;
/**
 * A body's next meeting or decision right before its date: `next meeting is on`, `will next meet
 * on`, `The next rate decision is due on`, `next policy meeting, scheduled for` (see
 * `fact:date:next-meeting`).
 */
const NEXT_MEETING_BEFORE =
  /\bnext\s+(?:[\p{Ll}-]+\s+){0,2}?(?:meeting|meetings|decision|review|session|vote)\b(?:\s+(?:is|was|will\s+be|is\s+due|is\s+scheduled|is\s+set|due|scheduled|set))?\s+(?:on|for)\s+(?:the\s+)?$|\bwill\s+next\s+(?:meet|decide|vote)\s+(?:on\s+)?(?:the\s+)?$/u;
/**
 * A storm's landfall and what follows it in its clause up to a day: `made landfall near Port Aldan
 * late`, `came ashore near Port Aldan late on`, `roared ashore as a Category 3 storm early on`
 * (see `fact:date:landfall`).
 */
const LANDFALL_BEFORE =
  /\b(?:(?:made|makes|making|make)\s+landfall|(?:came|comes|coming|come|roared|slammed|swept|crashed|barrell?ed|moved)\s+ashore)(?:\s+[^\s,;.]+){0,6}?\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:the\s+)?$/u;
/** The event of the year an earlier record was set (rule `date:record-set`). */
export const RECORD_SET_EVENT = 'record-set';
/** A record, then the verb of its setting or its standing, right before a year's preposition: `The previous record was set in Orlen in `, `The old record, 40.3C, dated from `, `had stood since `. */
const RECORD_SET_BEFORE =
  /\brecords?\b(?:[^.;:!?]|[.:]\s?\d){0,50}?\b(?:set|dated|dates|dating|stood|standing|stands)\b(?:\s+by\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?(?:\s+in\s+\p{Lu}[\p{L}'’-]*)?\s+(?:in|from|since|back\s+to)\s+(?:the\s+)?$/iu;
/** A rate named as a noun, then `of`, right before its level: `a turnout of `, `an unemployment rate of about `. */
const RATE_OF_BEFORE =
  /\b(?:a|an|the|its|their)\s+(?:record\s+|final\s+|overall\s+|official\s+)?(?:(unemployment|jobless|inflation|interest|vacancy|poverty|literacy|participation|approval|occupancy)\s+)?(turnout|rate)\s+of\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+|just\s+over\s+|just\s+under\s+)?$/i;
/** A point of an event a reading is told at (rule `fact:reading-at-point`). */
const READING_POINT = String.raw`(start|finish|end(?!\s+of\b)|kick-?off|noon|midday|dawn|dusk|nightfall|half-?time)`;
/** A point right after a figure, past a converted figure in brackets: `12C (54F) at the start`. */
const READING_POINT_AFTER = new RegExp(
  String.raw`^\s*(?:\([^()]{0,20}\)|\))?\s*(?:at|by)\s+(?:the\s+)?${READING_POINT}\b`,
  'iu',
);
/** A point opening the figure's sentence: `At the start, temperatures were `. */
const READING_POINT_BEFORE = new RegExp(
  String.raw`(?:^|[.;!?]\s+)(?:At|By)\s+(?:the\s+)?${READING_POINT}\b[^.;!?]*$`,
  'u',
);
/** One name for each point: `end` is the finish, `kick-off` the start, `midday` noon. */
const readingPoint = (word: string): string => {
  const w = word.toLowerCase().replace('-', '');
  if (w === 'end') return 'finish';
  if (w === 'kickoff') return 'start';
  if (w === 'midday') return 'noon';
  if (w === 'dusk') return 'nightfall';
  return w;
};
/** The key suffix of a level forecast (rule `fact:forecast-level`). */
const FORECAST = '-forecast';
/**
 * A forecast of a level right before a figure: `are forecast to reach `, `is expected to peak at
 * `, `forecasters expect it to hit `. (Not `will` or `would` alone: `the tariff would fall to 15
 * per cent` is a level a deal sets.) So is a number of users foreseen (`The line is expected to
 * carry 120,000 passengers a day`, `is expected to draw`, `serve`, `attract`, `handle`, `welcome`):
 * not those it carried (widened, stop 55).
 */
const FORECAST_LEVEL =
  /\b(?:(?:is|are|was|were|be|been)\s+(?:forecast|expected|predicted|projected|likely)\s+to|forecasters?\s+(?:expect|expected|predict|predicted)\s+(?:[\p{L}-]+\s+){0,3}?to)\s+(?:[\p{Ll}-]+\s+)?(?:reach|hit|top|climb|rise|soar|peak|exceed|fall|drop|dip|ease|stay|remain|be|approach|carry|serve|draw|attract|handle|welcome)(?:\s+(?:above|below|at|to|around|near|over|under|as\s+high\s+as|as\s+low\s+as))?\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$/iu;
/** A promise right before a figure: `promised to move `, `pledged to hire up to `, `a promise to build ` (rule `fact:figure-pledged`). */
const PLEDGED_BEFORE =
  /\b(?:promis(?:ed|es|ing|e)|pledg(?:ed|es|ing|e)|vow(?:ed|s|ing)?)\s+to\s+(?:\p{Ll}+\s+){1,2}(?:up\s+to\s+|about\s+|some\s+|more\s+than\s+|at\s+least\s+|another\s+|an\s+extra\s+)?$/u;
/** The event of the year a series of records starts (rule `date:records-began`). */
export const RECORDS_BEGAN_EVENT = 'records';
/** Records, then the verb of their start, right before a year's preposition: `since records began in `, `records were first kept in `. */
const RECORDS_BEGAN =
  /\brecords?\b(?:\s+[\p{L}-]+){0,4}?\s+(?:began|begin|start|started|were\s+first\s+(?:kept|taken))\s+(?:in|on)\s+(?:the\s+)?$/iu;
/** Records, then their reach back to a year: `Records at the gauge go back to 1912`, `records dating back to 1890`. */
const RECORDS_BACK_TO =
  /\brecords?\b(?:\s+[\p{L}-]+){0,4}?\s+(?:go|goes|went|going|date|dates|dated|dating|stretch|stretches|stretching|reach|reaches)\s+back\s+to\s+((?:1[89]|20)\d\d)\b(?![.,:]?\d)/giu;
/** A proceeding news dates the start of: an investigation, a probe, an inquiry, a trial, talks. */
const PROCEEDING =
  /\b(?:investigations?|probes?|inquiry|inquiries|enquiry|enquiries|inquests?|trials?|hearings?|talks)\b/i;

/** The dated event of a date written at `start`: the verb right before it and its preposition. */
function verbEvent(view: RepairedView, start: number, floor = 0): string | undefined {
  const at = view.fromOriginal(start);
  // The day a product's sales began (`went on sale in March`, `was first sold in 2020`, `hit the
  // market in May`): one dated event, whoever tells it.
  if (SALE_BEGAN.test(view.text.slice(Math.max(0, floor, at - 40), at))) return 'on-sale';
  // The day someone is to appear in court (`is due to appear at Holby Magistrates' Court on`,
  // `was bailed to appear before magistrates on`, `will appear in court on`): one dated hearing,
  // whichever verb brings him there (rule `date:court-appearance`).
  if (COURT_APPEARANCE.test(lastClause(view.text.slice(Math.max(0, floor, at - 80), at)))) return COURT_DATE;
  // The day a figure moved to a level (`the death toll rose to 26 on Tuesday`, `had climbed to
  // 40 by Monday`): when the figure was, not when the story's event befell (rule
  // `date:figure-change`, an event of its own the date compare leaves out).
  if (FIGURE_CHANGE_BEFORE.test(view.text.slice(Math.max(0, floor, at - 50), at))) return FIGURE_CHANGE;
  // So is the day a count of those left in a plight stood (`600, 000 homes were without power on
  // Monday`, `120, 000 homes were still without power on Wednesday`, `40 people remained missing
  // on`): what is left is counted day by day, and its day is not the event's (rule
  // `date:figure-stood`).
  if (FIGURE_STOOD_BEFORE.test(lastClause(view.text.slice(Math.max(0, floor, at - 90), at))))
    return FIGURE_CHANGE;
  // A departure from a named place (`had left the port of Zuwan on Sunday`, `set off from Zuwan,
  // in Kelria, on Saturday`, `which left Zuwan on Sunday`): the journey's start, whatever verb
  // tells it; the place's name between the verb and the day hides no verb (rule
  // `fact:date:departure-from-place`).
  if (DEPARTED_FROM_PLACE.test(view.text.slice(Math.max(0, floor, at - 90), at))) return 'depart';
  // A body's next meeting or decision (`The committee's next meeting is on July 26`, `will next
  // meet on July 26`, `The next rate decision is due on July 19`): one date to come, whichever
  // words tell it (rule `fact:date:next-meeting`).
  if (NEXT_MEETING_BEFORE.test(lastClause(view.text.slice(Math.max(0, floor, at - 60), at))))
    return 'next-meeting';
  // A storm's landfall (`made landfall near Port Aldan late Sunday`, `came ashore near Port Aldan
  // late Saturday`): one event, whichever phrase tells it, the place's name and the storm's
  // strength between hiding no verb (rule `fact:date:landfall`).
  if (LANDFALL_BEFORE.test(lastClause(view.text.slice(Math.max(0, floor, at - 90), at)))) return 'landfall';
  // The day of an outbreak's first case (`The first case was found on January 6` / `since the first
  // outbreak on January 8`): one dated event, whichever verb or none tells it (rule
  // `date:first-case`, stop 46).
  if (FIRST_CASE_BEFORE.test(view.text.slice(Math.max(0, floor, at - 60), at))) return 'first-case';
  // The year an earlier record was set (`The previous record was set in Orlen in 2039`, `The old
  // record, 40.3C, dated from 2039`, `had stood since 2041`): that record's setting, one event
  // however told (rule `date:record-set`).
  if (
    RECORD_SET_BEFORE.test(
      view.text
        .slice(Math.max(0, floor, at - 90), at)
        .split(/[.!?]\s(?!\d)/)
        .at(-1)!,
    )
  )
    return RECORD_SET_EVENT;
  // The start of a series of records (`the highest since records began in 1921`): when the
  // records start, not the story's event (rule `date:records-began`).
  if (RECORDS_BEGAN.test(lastClause(view.text.slice(Math.max(0, floor, at - 70), at))))
    return RECORDS_BEGAN_EVENT;
  // A plant or a line put to work (`went into service in 1987` / `began operating in 1985`,
  // `entered service`): its start, as `began` tells (rule `date:into-service`, stop 46); and its
  // opening, as `opened in 1985` tells, in service since then (`in service since 1984`: rule
  // `date:into-service-opens`, stop 56).
  if (
    /\b(?:went|came|entered|put|brought)\s+(?:into\s+)?(?:service|operation)\s+(?:in|on)\s+(?:the\s+)?$|\bbegan\s+(?:operating|operations|operation|running)\s+(?:in|on)\s+(?:the\s+)?$|\b(?:in\s+(?:service|operation|use)|operating|operated|open)\s+since\s+(?:the\s+)?$/.test(
      view.text.slice(Math.max(0, floor, at - 50), at),
    )
  )
    return 'open';
  // A bound on the date (`closed until at least Sunday`, `not before May`) leaves its verb the
  // date's (rule `date:bound-of-verb`).
  const m =
    /\b(?:(\p{Ll}+)\s+)?(?!(?:in|on|at|during|since|by|until|the)\s)(\p{Ll}+)\s+(?:(?:in|on|at|during|since|by|until)\s+)?(?:the\s+)?$/u.exec(
      view.text
        .slice(Math.max(0, floor, at - 50), at)
        .replace(/\s(?:at\s+(?:the\s+)?(?:least|earliest)|no\s+earlier\s+than|not\s+before)\s+$/, ' '),
    );
  const right = m
    ? ((m[1] ? PHRASAL_DATED_EVENTS[`${m[1]} ${m[2]}`] : undefined) ?? DATED_EVENTS[m[2]!])
    : undefined;
  if (right) return right;
  // A participle opening its sentence (`Opened in 2033, the arena ...`, `Founded in 1990, the
  // firm ...`): its capital hides no verb (rule `fact:date-of-opening-participle`).
  const from = Math.max(0, floor, at - 40);
  const opening = OPENING_PARTICIPLE.exec(view.text.slice(from, at));
  if (opening && (opening.index > 0 || from === floor || from === 0)) {
    const event = DATED_EVENTS[opening[1]!.toLowerCase()];
    if (event) return event;
  }
  // A date set off by commas right after the event's noun (`The raid, on Tuesday, followed a
  // six-month investigation`): that event's day (rule `fact:date:appositive-of-event`, stop 58).
  const appositive = /\b(\p{Ll}{3,}),\s+(?:(?:late|early)\s+)?(?:on|in)\s+(?:the\s+)?$/u.exec(
    view.text.slice(Math.max(0, floor, at - 40), at),
  );
  if (appositive && EVENT_NOUNS[appositive[1]!] && /^[^,.;]{0,12},/.test(view.text.slice(at, at + 14)))
    return EVENT_NOUNS[appositive[1]!];
  // The verb of the date's clause further back, with its object between (`signed the three
  // contracts with Orla Supply in March`): the nearest such verb, no clause mark between.
  const clause = view.text
    .slice(Math.max(0, floor, at - 70), at)
    .split(/[,.;:!?()"“”]/)
    .at(-1)!;
  const wordMatches = [...matchesIn(/\b(\p{Ll}+)\b/gu, clause)];
  const words = wordMatches.map((x) => x[1]!);
  // A verb and its particle count as the event they tell together (`a steamer that went down off
  // Hest in 1932`: sink; stop 45).
  // (`found guilty` is a verdict, no discovery.)
  // A participle right after a determiner describes a thing (`Oil from the stranded tanker reached
  // the beaches on Tuesday`, `the burst dam`): it tells no dated act of the clause (rule
  // `fact:date:attributive-participle`, stop 58).
  const isAttributive = (i: number): boolean =>
    i > 0 &&
    // (A phrase of an event is none: `made a hard landing`, `a crash landing`.)
    !PHRASAL_DATED_EVENTS[`${words[i]} ${words[i + 1]}`] &&
    /^\p{Ll}+(?:ed|en|st|wn)$/u.test(words[i]!) &&
    /^(?:the|a|an|its|their|his|her|this|that)$/.test(words[i - 1]!) &&
    /^\s+$/.test(clause.slice(wordMatches[i - 1]!.index! + words[i - 1]!.length, wordMatches[i]!.index!)) &&
    /^\s+\p{L}/u.test(clause.slice(wordMatches[i]!.index! + words[i]!.length));
  const describing = words.map((_, i) => isAttributive(i));
  const attributive = (i: number): boolean => describing[i]!;
  const verbs = words
    .map((w, i) =>
      (w === 'found' && /^(?:guilty|not|innocent|liable|responsible|unfit)$/.test(words[i + 1] ?? '')) ||
      attributive(i)
        ? undefined
        : // (`broke out of` a place is an escape, read below.)
          ((words[i + 2] === 'of' ? undefined : PHRASAL_DATED_EVENTS[`${w} ${words[i + 1]}`]) ??
          DATED_EVENTS[w]),
    )
    .filter(Boolean);
  // A past participle of another act right before the date, after a dated verb of the same
  // clause (`opened in 2044 and was inspected in May`): the date is that act's, not the
  // opening's; so is the date of an act told as repeated (`was last inspected in May`), which
  // then excuses no other event's date (rule `fact:date-of-nearest-act`). The second act may
  // have its own subject, a noun after a determiner (`opened in 2031 and its roof was repaired
  // in 2046`).
  const nearest = m?.[2];
  if (
    nearest &&
    /^\p{Ll}{3,}ed$/u.test(nearest) &&
    !STOP.has(nearest) &&
    ((verbs.length &&
      /\band\s+(?:(?:its|his|her|their|the)\s+\p{Ll}+\s+)?(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?)?(?:\p{Ll}+\s+)?\p{Ll}+\s+(?:(?:in|on|during)\s+(?:the\s+)?)?$/u.test(
        clause,
      )) ||
      // Or a repeated act told by `last` or `first` (`was last inspected in May`), no dated verb before.
      (!verbs.length &&
        /\b(?:was|were)\s+(?:last|first)\s+\p{Ll}+\s+(?:(?:in|on|during)\s+(?:the\s+)?)?$/u.test(clause))) &&
    (/\b(?:in|on|during)\s+(?:the\s+)?$/.test(clause) ||
      /^(?:in|on|during)\s/.test(view.text.slice(at, at + 8)))
  )
    return `act:${activityRoot(nearest)}`;
  // So is the date of a second act with its object, after a dated verb of the same clause (`opened
  // in 2041 and passed a safety audit on May 3`, `was founded in 1990 and won the contract in
  // March`): the object's act, not the first verb's (rule `fact:date-of-second-act-object`).
  const second = verbs.length
    ? /\band\s+(\p{Ll}{3,}ed)\s+(?:an?|the|its|their|his|her)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:(?:in|on|during)\s+(?:the\s+)?)?$/u.exec(
        clause,
      )
    : null;
  if (second && !STOP.has(second[1]!) && !DATED_EVENTS[second[1]!]) return `act:${activityRoot(second[1]!)}`;
  // The infinitive of a task after the clause's last dated verb (`picked Juno Marsh, 42, to host the awards on
  // 13 March`): the date is the task's, not the choosing's (rule `fact:date-of-infinitive`).
  const task = [...matchesIn(TASK_INFINITIVE, clause)].at(-1);
  const lastVerb = wordMatches.filter((x) => DATED_EVENTS[x[1]!]).at(-1);
  if (task && (!lastVerb || lastVerb.index! < task.index!)) return `to:${task[1]}`;
  const preposition =
    /\b(?:in|on|during)\s+(?:the\s+)?$/.test(clause) ||
    /^(?:in|on|during)\s/.test(view.text.slice(at, at + 8));
  if (!preposition) return undefined;
  // No verb of a dated event: a noun of one the date follows (`charged him with murder over the
  // shooting of a man outside a bar on Saturday`: the date is the shooting's, not the charge's).
  // `broke out of` a place is an escape (`broke out` alone is how a fire begins).
  if (!verbs.length && BROKE_OUT_OF.test(clause)) return 'escape';
  // A describing participle set aside (above), the clause's own verb after it is the date's act
  // (`Oil from the stranded tanker reached the beaches on Tuesday`: reaching).
  if (!verbs.length && describing.includes(true)) {
    for (let i = words.length - 1; i >= 0; i--)
      if (/^\p{Ll}{3,}ed$/u.test(words[i]!) && !attributive(i) && !STOP.has(words[i]!))
        return `act:${activityRoot(words[i]!)}`;
  }
  return (
    verbs.at(-1) ??
    words
      .map((w) => EVENT_NOUNS[w])
      .filter(Boolean)
      .at(-1)
  );
}

/**
 * The dated event told by the verb right after its date, when none comes before it: news puts
 * the day between a subject and its verb (`A jury on Tuesday convicted ...`, `Police on Friday
 * arrested ...`), so that verb is the date's event, a conviction not a sentencing.
 */
function eventAfterDate(view: RepairedView, end: number): string | undefined {
  const at = view.fromOriginal(end);
  const m = /^\s+(\p{Ll}+)\b/u.exec(view.text.slice(at, at + 30));
  return m ? DATED_EVENTS[m[1]!] : undefined;
}

/**
 * The event a possessive date names (`Tuesday's shooting`, `Tuesday 's crash` as tokenised text
 * writes it, `Sunday's deadly blast`): the day is that event's, whatever the clause's verb
 * (`was charged over Tuesday's shooting`). Rule `fact:date:possessive-weekday`.
 */
function possessedEvent(view: RepairedView, end: number): string | undefined {
  const at = view.fromOriginal(end);
  const m = POSSESSED_EVENT.exec(view.text.slice(at, at + 40));
  return m ? (EVENT_NOUNS[m[1]!] ?? (m[2] ? EVENT_NOUNS[m[2]] : undefined)) : undefined;
}
/** A possessive's ending, then an event's noun or an adjective and the noun (`'s deadly blast`). */
const POSSESSED_EVENT = /^\s?['’]s\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;

/**
 * The act a vote decided, when a date sits in the vote's clause (`The board voted 5-2 on
 * Wednesday night to fire its director`, `Trustees voted 4-3 to dismiss her late Wednesday`):
 * the day of the vote is the day of the act it decided, as `fired her on Tuesday` tells it
 * (rule `fact:date:vote-is-act`). Only a dated event's verb is read (`voted to approve`,
 * `to fire`); a vote to study or to delay names none.
 */
function votedAct(view: RepairedView, start: number, end: number, floor = 0): string | undefined {
  const [at, to] = [view.fromOriginal(start), view.fromOriginal(end)];
  const before = lastClause(view.text.slice(Math.max(0, floor, at - 80), at));
  if (!/\bvot(?:ed|es)\b/.test(before)) return undefined;
  const clause = before + view.text.slice(at, to) + view.text.slice(to, to + 80).split(/[,.;:!?()"“”]/)[0]!;
  const m = /\bvot(?:ed|es)\b.*?\bto\s+(\p{Ll}+)\b/u.exec(clause);
  if (!m) return undefined;
  const verb = m[1]!;
  return DATED_EVENTS[`${verb}ed`] ?? DATED_EVENTS[`${verb}d`];
}

/** An infinitive that takes an object (`to host the awards`, `to lead Orlin`), not a place (`to the board`). */
const TASK_INFINITIVE =
  /\bto\s+(?!(?:the|a|an|his|her|its|their)\b)(\p{Ll}+)\s+(?:the|a|an|its|his|her|their|\p{Lu})/gu;

/** Nouns of events a date may follow (`the shooting … on Saturday`), by the event they name. */
const EVENT_NOUNS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'shooting:shoot stabbing:stab attack:attack attacks:attack bombing:attack crash:crash collision:crash ' +
    'explosion:explode blast:explode blaze:burn robbery:rob heist:rob raid:raid murder:death killing:death ' +
    'earthquake:quake quake:quake derailment:crash collapse:fail'
  )
    .split(' ')
    .map((x) => x.split(':') as [string, string]),
);

/** A breakout told by its phrasal verb: `broke out of Kessany prison`. */
const BROKE_OUT_OF = /\b(?:broke|breaks|break)\s+out\s+of\b/;

/** Dated events told by a verb and its particle (`stepped down in March` is a resignation). */
const PHRASAL_DATED_EVENTS: Readonly<Record<string, string>> = {
  'stepped down': 'resign',
  'stood down': 'resign',
  'shut down': 'close',
  'took office': 'hire',
  'passed away': 'death',
  'set up': 'found',
  'took place': 'hold',
  // What will take place is held too (`The resit will take place on June 21` / `would be held on
  // June 18`; stop 57).
  'take place': 'hold',
  'takes place': 'hold',
  // A verdict of guilty is a conviction (`was found guilty in March` / `was convicted in May`;
  // stop 53).
  'found guilty': 'convict',
  // What was done on a date (`The census, carried out in March 2049` / `was carried out in April
  // 2049`, `conducted`): held, as `took place` (stop 45).
  'carried out': 'hold',
  // A ship that went down sank (`a steamer that went down off Hest in 1932`; stop 45).
  'went down': 'sink',
  // A machine switched off is shut down (`was switched off in 2032`; stop 45).
  'switched off': 'close',
  'turned off': 'close',
  'broke out': 'begin',
  // A gunman who opened fire shot (`opened fire inside a depot on Tuesday` / `shot three clerks
  // at the depot on Wednesday`): the idiom tells a shooting, never an opening (rule
  // `date:opened-fire-shoots`).
  'opened fire': 'shoot',
  'gunned down': 'shoot',
  // A firm, a person or a couple filing for something (`filed for Chapter 11 protection on
  // Monday`, `filed for bankruptcy on Sunday`, `filed for divorce`): one filing whatever its
  // object's words (rule `date:filed-for`).
  'filed for': 'file',
  // An aircraft or a balloon brought down hard crashed (`made a hard landing near Olvern on
  // Saturday` / `crash-landed on Sunday`): one incident whichever words an outlet chose (rule
  // `date:hard-landing`, stop 57). (An emergency landing is no crash: it is left unread.)
  'hard landing': 'crash',
  'crash landing': 'crash',
  // Someone who went missing vanished (`who went missing near Bremma on Friday` / `disappeared on
  // Thursday`; stop 58).
  'went missing': 'vanish',
  'gone missing': 'vanish',
};

/** A day told from the date of writing: `yesterday`, `today`, `last night`, `this morning`. */
// (A part of yesterday too, `yesterday afternoon`, `yesterday evening`: the day, with its part;
// left unread, its sentence's other weekday stood alone for the act it tells, rule
// `fact:date:from-today`, widened in stop 54.)
const FROM_TODAY =
  /^(?:yesterday(?: (?:morning|afternoon|evening))?|today|tonight|last night|this (?:morning|afternoon|evening))$/i;
/** Words before a number of passengers or people a vessel, vehicle or hall may hold (`licensed to carry`, `a capacity of`). */
// (Or built or meant for them, its year between: `The prison, built in 1961 for 800 inmates,`,
// `designed to house 500`: rule `fact:count-capacity`, widened in stop 52.)
// (Or a present tense of carrying up to a bound: `The line's two cabins each carry up to 35
// people`, `The boat holds as many as 80`: what it may carry on any trip, not on the story's;
// rule `fact:count-capacity`, widened in stop 54.)
const CAPACITY_BEFORE =
  /\b(?:(?:carry|carries|hold|holds|seat|seats|take|takes)(?=\s+(?:up\s+to|as\s+many\s+as)\s+$)|(?:licensed|designed|built|certified|rated|allowed|permitted|approved|able)\s+to\s+(?:carry|hold|seat|take|transport|house|accommodate)|(?:built|designed|intended|meant|planned)\s+(?:in\s+(?:1[89]|20)\d\d\s+)?for|(?:can|could)\s+(?:carry|hold|seat|take)|capacity\s+(?:of|for))\s+(?:up\s+to\s+|as\s+many\s+as\s+)?$/i;
/** Words before a number a place holds or is home to (`the prison holds about 900`, `is home to some`). */
const HELD_BEFORE =
  /\b(?:holds|houses|accommodates|(?:is|was)\s+home\s+to)\s+(?:(?:about|some|nearly|around|roughly|almost|more\s+than|over|fewer\s+than|under)\s+)?$/i;
/** `carrying` right before a count of people (`was carrying 312 passengers`, `carrying about 40 people`). */
const CARRYING_BEFORE =
  /\bcarrying\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+|over\s+)?$/i;
/** A verb of carrying right before passengers, a cargo between: `was carrying coal and `, `had `. */
const PASSENGERS_CARRIED =
  /\b(?:carrying|carried|had)\s+(?:[\p{Ll}-]+\s+and\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+|more\s+than\s+|over\s+)?$/iu;
/** Travellers a craft carries, named by who they are: `pilgrims`, `tourists`, `students`, `migrants`, a ride's `riders` (h-disc49). */
const TRAVELLERS =
  /^noun:(?:pilgrims?|tourists?|students?|pupils?|schoolchildren|children|migrants?|refugees?|holidaymakers?|commuters?|fans?|worshippers?|soldiers?|workers?|travell?ers?|visitors?|riders?)$/;
/** A verb right after such an age (`began`, `was`, `denied`): the age is the sentence's subject, no noun follows. */
const BARE_AGE_VERB =
  /^(?:is|was|has|had|will|would|could|can|may|must|says|said|told|began|became|won|left|joined|faces|remains|lives|works|\p{Ll}{2,}ed)$/u;
/** A sentence opening on one person's role: `The hiker attacked by a bear`, `The driver was` (group 1 the role). */
const ROLE_OPENING = /^\s*["“‘']?The\s+(\p{Ll}+)\b(?!\s*-)/u;
/** A sentence opening on an age and no noun after it: `The 55-year-old,`, `The 18-year-old began` (the word after, `2`, is checked). */
const BARE_AGE_OPENING = /^\s*["“‘']?The\s+(\d{1,3})-year-old\b(?!-)(?:\s*,|\s+(\p{Ll}+))/u;
/** Words after a count of people that put them aboard (`250 people were aboard the ferry`, `on board`). */
const ABOARD_AFTER = /^\s+(?:(?:were|was|had\s+been)\s+(?:\p{Ll}+ly\s+)?)?(?:aboard|on\s+board)\b/iu;
/** Words after `N years ago` that leave it open (`or more`, `or longer`, `or earlier`): a bound, no date. */
export const OPEN_BOUND = /^\s+or\s+(?:more|longer|earlier|before)\b/i;
/**
 * A superlative before `since` in its clause (`the worst ferry disaster on the river since`,
 * `for the first time since`): the year after it is the benchmark, when the last such thing
 * happened, not the date of the clause's event (`fact:date:since-superlative`, none pushed).
 */
export const SUPERLATIVE_SINCE =
  /\b(?:worst|deadliest|bloodiest|costliest|biggest|largest|greatest|highest|lowest|strongest|heaviest|longest|first|best|fewest|the\s+(?:most|least))\b[^.;:!?,]{0,80}\bsince\s+$/i;
/** A year or month told from the date of writing: `last year`, `two years ago`, `last month`, `next month`. */
const FROM_PUBLICATION =
  /^(?:(?:last|next) (?:year|month)|(?:a|one|two|three|four|five|\d{1,2}) years? ago)$/i;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday an event is placed on, with the part of the day before it (`late on Tuesday`); not `Tuesday's meeting`. */
const WEEKDAY =
  /\b(?:(early|late)\s+(?:on\s+)?|on\s+|(?<=\s))(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?![’']s)/g;
/** `since` right before a weekday (`since Tuesday`, `since early Monday`). */
const SINCE_WEEKDAY = /\bsince\s+$/i;
/** `still` and one verb right before a weekday (`were still searching on`, `still missing late`, `still being treated on`). */
const STILL_WEEKDAY = /\bstill\s+(?:being\s+)?\p{L}+\s+$/iu;
/** A weekday written as a possessive (`Tuesday's`), the tokenised `Tuesday 's` being read by {@link WEEKDAY}. */
const POSSESSIVE_WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?=['’]s\b)/g;
/** A saying verb (and whom it was told to) right before a weekday: the day of the statement. */
const STATEMENT_DAY =
  /\b(?:said|says|told(?:\s+(?:the\s+)?[\p{L}'’-]+){0,3}?|added|stated|wrote|explained|testified|confirmed|announced|declared|reported)\s+(?:in\s+(?:a|an|the|his|her|its|their)\s+(?:(?:brief|short|written|joint|separate|later)\s+)?(?:statement|post|interview|message|letter|e-?mail|(?:news\s+|press\s+)?release)\s+)?(?:(?:early|late)\s+)?(?:on\s+)?$/u;
/** Nouns of buildings and works whose year of building news gives (a mountain hut, cabin or lodge too; stop 56). */
const BUILDING_NOUNS =
  'buildings?|structures?|warehouses?|houses?|homes?|churche?s?|cathedral|chapel|mosque|temple|synagogue|schools?|hotels?|mill|factory|plant|tower|bridge|stadium|arena|theat(?:re|er)|hall|barns?|station|library|museum|hospital|castle|palace|dam|pier|lighthouse|mansion|courthouse|jail|prison|depot|terminal|landmark|block|apartments?|chimneys?|huts?|cabins?|chalets?|refuges?|lodges?';
/** Works of art a year may be told of: `painting`, `canvas`, `sculpture`. */
const WORK_NOUNS =
  'paintings?|canvas(?:es)?|portraits?|masterpieces?|sculptures?|artworks?|murals?|frescoe?s?|triptychs?|altarpieces?';
/** One work of art, then in its clause `valued at` or `worth` right before a sum (`fact:sum-value-of-work`). */
const WORK_VALUED = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\p{L}\d'’-]+\s+){0,2}(?:painting|canvas|portrait|masterpiece|sculpture|artwork|mural|fresco|triptych|altarpiece)\b[^.;:!?]{0,100}?\b(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:valued\s+at|worth)\s+(?:an?\s+)?(?:estimated\s+|about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$`,
  'u',
);
/** A year a work was made: `painted in 1911` (`1`, `2`), `completed in 1911` after a work (`3`, `4`), `the 1913 canvas` (`5`, `6`). */
const YEAR_MADE = new RegExp(
  String.raw`\b(painted|sculpted|carved)\s+in\s+((?:1[3-9]|20)\d\d)\b|\b(completed|finished|created|made)\s+in\s+((?:1[3-9]|20)\d\d)\b|\b(?:the|a|an|his|her|their|its)\s+((?:1[3-9]|20)\d\d)\s+(${WORK_NOUNS}|works?(?!\s+(?:programmes?|programs?|plans?|permits?|visas?|schedules?|force|places?|experience|week|day)\b))\b`,
  'giu',
);
/** A work of art, then `, dated` or `, from` or `is dated` and a year (`fact:year-made-dated`). */
const WORK_DATED = new RegExp(
  String.raw`\b(${WORK_NOUNS})\s*(?:,\s*(?:dated|from)|\s+(?:is|was)\s+(?:dated|from))\s+(?:to\s+)?((?:1[3-9]|20)\d\d)\b(?!\s*(?:to|until|through|-)\s)`,
  'giu',
);
/** A work of art named in the clause before a verb of making (`The painting, completed in`). */
const WORK_BEFORE = new RegExp(
  String.raw`\b(?:${WORK_NOUNS})\b[^.;:!?]{0,40}?(?:,\s*|\s+(?:was|were|is|had\s+been)\s+)$`,
  'iu',
);
/** `built in 1935`, `constructed in the 1930s`, `dates back to the mid 1930's`, `dating from about 1900`. */
const BUILT_IN =
  /\b(?:built|constructed|erected|dat(?:es|ed|ing)(?:\s+back)?\s+(?:to|from))\s+(?:in\s+)?(?:(about|around|circa|c\.)\s+)?(?:the\s+)?(?:(early|mid|late)[\s-]+)?((?:1[5-9]|20)\d[0-9])(['’]?s)?(?!\d)/giu;
/** A building with its year before it, then its verb or a comma: `The 1966 chimney was`, `the 1902 prison,` (rule `fact:year-built-adjective`). */
const YEAR_BUILT_BEFORE = new RegExp(
  `\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+((?:1[5-9]|20)\\d\\d)\\s+(${BUILDING_NOUNS})\\b(?=\\s*[,.;:]|\\s+(?:was|is|were|are|had|has|which|that|stood|stands|still|remains)\\b)`,
  'gu',
);
/** A building named in the clause before the verb (`the warehouse, built in`, `The building dates to`). */
const BUILDING_BEFORE = new RegExp(
  `\\b(${BUILDING_NOUNS})\\b(?:(?!\\b(?:and|but|while|when|after|before)\\b)[^.;:!?])*?(?:,\\s*|\\s+(?:was|were|is|are|had\\s+been|has\\s+been|originally|first)\\s+)*(?:originally\\s+)?$`,
  'iu',
);
/** The building a fronted participle's clause is about, after its comma: `, the bridge`, `, the old stone church`. */
const BUILDING_AFTER_COMMA = new RegExp(
  `^\\s*,\\s*(?:the|its|this|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(${BUILDING_NOUNS})\\b`,
  'iu',
);
/** `It was built in`, `which was built in`, `, built in` right after the clause's start. */
const PRONOUN_BEFORE =
  /(?:^|[.;]\s*|\b)(?:it|which|that)\s+(?:was|is|had\s+been|has\s+been)?\s*(?:originally\s+|first\s+)?$/i;
/** `the 86-year-old structure`, `a 120-year-old stone church`. */
const AGED_BUILDING = new RegExp(
  `\\b(\\d{1,3})-year-old\\s+(?:[\\p{L}-]+\\s+){0,2}?(${BUILDING_NOUNS})\\b`,
  'giu',
);

/** Nouns of craft whose age news gives: aircraft, ships and boats, trains. */
const CRAFT_NOUNS =
  'aircraft|planes?|jets?|airliners?|helicopters?|ships?|vessels?|ferry|ferries|boats?|trawlers?|tankers?|freighters?|trains?|locomotives?';
/**
 * An aircraft's model named for the craft (`The A320 is 14 years old`, `the Boeing 737-800`, `the
 * ATR 72`): a maker's name or one to three capitals, then its number (rule `fact:age-of-craft`).
 */
const CRAFT_MODEL = String.raw`(?:(?:Airbus|Boeing|Embraer|Bombardier|Antonov|Tupolev|Ilyushin|Sukhoi)\s+)?[A-Z]{1,3}[- ]?\d{2,3}(?:-\d{1,3})?|(?:Boeing|Airbus)\s+\d{3}(?:-\d{1,3})?`;
/** `the 23-year-old aircraft`, `a 31-year-old passenger ferry`; not a person it names (`train driver`). */
const AGED_CRAFT = new RegExp(
  String.raw`\b(?<age>\d{1,3})-year-old\s+(?:[\p{L}-]+\s+){0,2}?(?<noun>${CRAFT_NOUNS})\b(?!\s+(?:\p{Ll}+(?:er|or|man|woman|men|women|ist)s?|captain|crew|pilot)\b)`,
  'giu',
);
/** `The plane, which was 19 years old`, `the hall is 150 years old`: a thing's age told after it. */
const AGE_OF_THING_SAID = new RegExp(
  String.raw`\b(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?<noun>${CRAFT_NOUNS}|${BUILDING_NOUNS}|${CRAFT_MODEL})(?:\s*,\s*(?:which|that)\s+(?:was|is)|\s+(?:was|is))\s+(?<age>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+years?\s+old\b`,
  'giu',
);

/**
 * A blood-alcohol level and the figure after its phrase (`blood-alcohol level of 0.14`,
 * `blood alcohol content was .15 percent`, `put his blood-alcohol level at 0.14`), or the legal
 * limit's (`the legal limit of 0.08`, `the 0.08 legal limit`).
 */
const BLOOD_ALCOHOL =
  /\b(?:blood[- ]alcohol\s+(?:level|content|concentration|reading)|(?:legal|drink-driving|drunk-driving)\s+limit)\s+(?:(?:was|is|of|at|measured|registered|stood\s+at|came\s+back\s+at)\s+){1,2}(0?\.\d{2,3})(?!\d)|\b(0?\.\d{2,3})\s+(?:percent\s+)?(?:legal\s+limit|blood[- ]alcohol)\b/gi;

/**
 * The tremor a magnitude belongs to: the noun right after its phrase (`a magnitude 5.2
 * aftershock`, `the 6.1-magnitude quake`), else the last one before it in its clause (`an
 * aftershock of magnitude 4.9`, `aftershocks have followed, the strongest of magnitude 5.4`,
 * `The aftershock measured 5.1`).
 */
function tremorOf(text: string, start: number, end: number): 'aftershock' | 'quake' | null {
  const after =
    /^[\s-]*(?:(?:strong|powerful|major|minor|shallow|deep|undersea|large|small)\s+)?(aftershocks?|foreshocks?|quakes?|earthquakes?|tremors?|temblors?)\b/i.exec(
      text.slice(end, end + 40),
    )?.[1];
  const before = after
    ? undefined
    : [
        ...text
          .slice(Math.max(0, start - 120), start + 12)
          .split(/[.;:!?]\s|\band\s+(?=\p{Lu})/u)
          .at(-1)!
          .matchAll(/\b(aftershocks?|foreshocks?|quakes?|earthquakes?|tremors?|temblors?)\b/gi),
      ].at(-1)?.[1];
  const noun = (after ?? before)?.toLowerCase();
  return !noun ? null : /^(?:after|fore)shock/.test(noun) ? 'aftershock' : 'quake';
}

/**
 * A quake's magnitude: `magnitude 6.1`, `magnitude-6.1`, `a magnitude of 6.6`, `6.4-magnitude`,
 * `6.4 magnitude`, `5.8 on the Richter scale`.
 */
const MAGNITUDE =
  /\b[Mm]agnitude(?:[- ]|\s+(?:of|at|to|as)\s+)(\d(?:\.\s?\d{1,2})?)\b|\b(\d\.\s?\d{1,2}|\d)(?:[- ][Mm]agnitude\b|\s+on the Richter scale)|\b(?:[Qq]uake|[Ee]arthquake|[Tt]remor|[Tt]emblor|[Aa]ftershock)\s+(?:measured|measuring|registered|registering)\s+(\d\.\s?\d{1,2})\b(?!\s*(?:%|percent|per\s*cent|metres|meters|km|kilometres|miles|feet|seconds))/g;
const MEASURES = new Set([
  'm',
  'km',
  'foot',
  'mile',
  'acre',
  'hectare',
  'inch',
  'cm',
  'mm',
  'megapixel',
  'kg',
  'tonne',
  'gram',
]);
/** A body's size as an adjective: `eight-member jury`, `12-member board`, `six-man crew`, `three-person panel` (group 1 the number, 2 the body). */
const SIZE_OF_BODY =
  /\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[- ](?:member|person|man|woman)\s+(jury|board|panel|committee|commission|council|crew|team|delegation|cabinet|court|bench|tribunal|squad|group|coalition)\b/gi;
/** A number joined to the noun it measures, before another noun: `four-alarm`, `12-storey`, `three-car`, `30-metre`. */
const NUMBER_ADJECTIVE_NOUNS =
  'alarm|storey|story|floor|lane|car|vehicle|bedroom|room|seat|bed|track|song|episode|game|match|metre|meter|kilometre|kilometer|km|foot|ft|mile|acre|hectare|inch|centimetre|centimeter|cm|millimetre|millimeter|mm|megapixel|kilogram|kg|tonne|ton|gram';
// (A figure in thousands is written with its commas: `a 300,000-tonne tanker`, `a 12,000-seat arena`.)
// What a thing is made of, between a measure and the thing (`a 40-metre steel bridge`, `a 12-metre
// wooden boat`): the measure is the thing's, not the material's (`fact:number-adjective`).
const MATERIALS =
  '(?:steel|wooden|wood|concrete|stone|iron|glass|brick|timber|metal|aluminium|aluminum|plastic|rubber|granite|marble|earthen|fibreglass|fiberglass)';
/** Number adjectives of things a story counts one by one, parts of a series or vehicles in a crash (`fact:number-adjective-count`). */
const COUNTED_IN_SERIES: ReadonlySet<string> = new Set([
  'car',
  'vehicle',
  'song',
  'episode',
  'game',
  'match',
]);
/**
 * Number adjectives of the rooms a building has (`the 160-room hotel`, `a 300-bed hospital`): a
 * count of them, as `The hotel has 140 rooms` is (rule `fact:number-adjective-rooms`).
 */
const ROOMS_OF_BUILDING: ReadonlySet<string> = new Set(['room', 'bed']);
/** The word after a number adjective that makes it a run of results: `three-game losing streak`, `five-match winless run`. */
const RECORD_RUN = /^(?:streak|skid|winning|losing|win|unbeaten|winless|undefeated)$/i;
const NUMBER_ADJECTIVE = new RegExp(
  // (Tokenised text sets the hyphen apart: `a four - storey building`, which the quantities
  // layer leaves uncounted for this, rule `quantities:number-adjective-spaced`; its thousands
  // apart too, `the 114, 500 - tonne ship`, not a 500-tonne one: rule `fact:thousands-apart`.)
  String.raw`\b(\d{1,3}(?:, ?\d{3})+|\d{1,3}(?:\.\s?\d{1,2})?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:-| - )(${NUMBER_ADJECTIVE_NOUNS})(?=\s+(?:${MATERIALS}\s+)?([a-z]+)(?:\s+([a-z]+))?)`,
  'giu',
);
/**
 * A word that describes, between a measure and the thing measured (`a 7.6-inch folding screen`,
 * `a 40-foot fishing boat`, `a 30-metre high wall`): the measure is the noun's after it
 * (rule `fact:number-adjective-head`).
 */
const MEASURE_MODIFIER =
  /^(?:inner|outer|upper|lower|main|front|rear|central|long|high|wide|deep|tall|thick|new|old|large|small|big|\p{Ll}{3,}ing)$/u;
/** A mountain by any of its words, a height's thing: `mountain`, `peak`, `summit`, `Mount`. */
const LANDFORM = /^(?:mountains?|peaks?|summits?|mounts?)$/i;
/**
 * Words that are no compound's head (`a 30-metre wall fell on`, `a 2,000-acre fire burning near`):
 * a participle, an adverb, a verb or a plural ending in `s`, a verb of the past no `-ed` marks, a
 * modal (`fact:number-adjective-compound`).
 */
const NOT_COMPOUND_HEAD =
  /^(?:\p{Ll}+(?:ing|ly|s)|fell|sank|hit|struck|broke|rose|tore|swept|ran|came|went|stood|lay|made|took|got|left|flew|drove|shot|bit|blew|burst|caught|froze|grew|held|hung|kept|led|lit|lost|met|paid|put|sat|saw|set|shook|slid|split|spread|sprang|stuck|swam|swung|threw|won|sent|spent|built|found|told|sold|may|might|must|should|shall|did|does|do|be|been|being|now|then|also|still|just|only|here|there|nearby|away)$/u;
/** What may follow a noun phrase's end: punctuation, the text's end, a preposition or a relative word. */
const PHRASE_END =
  /^\s*(?:$|[,.;:!?)]|(?:off|in|on|at|near|from|with|of|into|along|across|outside|inside|under|over|that|which|who|whose|was|were|is|are|had|has|have)\b)/u;
/** A word that rounds the figure after it (`some 27,000 miles`): no head of a phrase before it. */
const APPROXIMATELY =
  /^(?:some|about|around|nearly|almost|roughly|over|under|more|less|just|only|approximately)$/;
/** Words that end a noun phrase rather than head it: a verb's past form, a function word, a number or a time word (`the 34-km crossing two years ago`). */
const NOT_HEAD =
  /^(?:\p{Ll}+ed|is|was|were|are|has|had|have|will|would|can|could|and|or|but|of|in|on|at|to|for|from|by|with|that|which|who|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|last|this|next|ago|alone|again|also|too|now|today|yesterday|once|twice)$/u;
const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(
  ' ',
);
/** The subject of a rate given at a level: `Unemployment in Velmar rose to `, `the turnout was `, `inflation stood at `. */
/** Nouns of a price: `toll`, `fare`, `fee`, `rent`, `tariff`. */
const PRICE_NOUN = String.raw`(toll|fare|price|fee|charge|rent|tariff|premium|levy|subscription)s?`;
/** A price, the words after it, then its change to a level: `The toll for cars ... will rise from £5 to `. */
const PRICE_CHANGED_TO = needing(
  new RegExp(
    String.raw`\b${PRICE_NOUN}\b[^.;:!?]{0,60}?\b(?:will\s+|would\s+|is\s+to\s+|are\s+to\s+|(?:is|are)\s+(?:set|due)\s+to\s+)?(?:rise|rises|rising|rose|go\s+up|goes\s+up|went\s+up|increase|increases|increased|climb|climbs|jump|jumps|fall|falls|fell|drop|drops|dropped|be\s+(?:cut|raised|increased|lowered))\s+(?:from\s+[£$€]\s?[\d.,]+\s+)?to\s+$`,
    'iu',
  ),
  /\sto\s+$/iu,
);
/** A change of a price named after it: `a rise in the Harlow Bridge car toll to `. */
const PRICE_RISE_IN = needing(
  new RegExp(
    String.raw`\b(?:rise|increase|hike|cut|reduction)\s+in\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?${PRICE_NOUN}\s+to\s+$`,
    'iu',
  ),
  /\sto\s+$/iu,
);
/**
 * The subject of a change and the change up to the `to` of the level it reaches (`net profit fell
 * 18% to `, `Revenue fell 4% from a year earlier to `, `profit was said to have fallen to `): a sum
 * after it is that subject's level (see `nounOf`). A change from another figure (`from €350
 * million to `) is not read.
 */
const CHANGE_REACHES = needing(
  /\b([A-Za-z][\p{L}-]+)\s+(?:(?:has|have|had|(?:was|were|is|are)\s+said\s+to\s+have)\s+)?(?:rose|risen|fell|fallen|climbed|dropped|jumped|declined|increased|decreased|grew|grown|shrank|shrunk|slid|slipped|plunged|tumbled|soared|surged|sank|sunk)(?:\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent))?(?:\s+(?:from|on|in|compared\s+with)\s+[^,.;:%\d]{1,30}?)?\s+to\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/u,
  /\sto\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/u,
);
/**
 * Analysts, economists or a consensus expecting or forecasting (`Analysts polled by the agency had
 * expected `, `economists had forecast `, `the consensus forecast was `) before a figure in its
 * sentence: the figure is their forecast (see `findFacts`).
 */
const ANALYSTS_FORECAST =
  /\b(?:analysts?|economists?|consensus|forecasters?)\b[^.;:!?]{0,60}?\b(?:expected|expect|expects|forecast|forecasts|predicted|predict|predicts|estimated|anticipated|projected)\b[^.;:!?]*$/i;
/** The text of a sentence before `at` (an offset in the original text). */
function sentenceBefore(view: RepairedView, at: number): string {
  const from = view.fromOriginal(at);
  return view.text
    .slice(Math.max(0, from - 200), from)
    .split(/[.!?]\s|\n/)
    .at(-1)!;
}
const RATE_AT =
  /\b(?!(?:would|could|should|might|must|shall|will|cannot|expected|likely|going|seen|forecast)\b)(\p{L}{4,}|tax|fee|pay|oil|gas)(?:\s+rate)?(?:\s+(?:in|among|for|at|of)\s+[^,.;:]{1,30}?)?(?:,\s+(?:which|that)\s+[^,.;:]{1,50},)?\s+(?:(?:has|have|had)\s+)?(?:(?:will|would|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?!.*\b(?:to|at)\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$))?((?:eased|eases|slowed|slows|cooled|cools|accelerated|accelerates|quickened|quickens|edged\s+(?:up|down)|ticked\s+(?:up|down))(?=\s+to\s)|(?:were|was|is|are)\s+(?:up|down)|(?:go|goes|went|gone)\s+(?:up|down)|risen|fallen|grown|shrunk|rose|fell|climbed|dropped|jumped|declined|increased|decreased|grew|shrank|reached|hit|was|is|stood at|stands at|remained|remains|rises|falls|climbs|drops|jumps|declines|increases|decreases|grows|shrinks|reaches|hits|tops|topped|rise|fall|climb|drop|jump|decline|grow|shrink|reach|soared|soars|soar|surged|surges|surge|plunged|plunges|plunge|tumbled|tumbles|tumble|slid|slides|slide|slipped|slips|slip|sank|sinks)\s+(?:by\s+(?=(?:about\s+|nearly\s+|almost\s+|some\s+)?$))?(to\s+|at\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?$/u;
/**
 * The subject of a rate given at the level a verb sets (`cut the tariff on steel to `, `raised
 * its main rate to `, with the change between: `raised its key rate by 25 basis points to `), a
 * change takes it to (`the increase took its key rate to `), or a change will reach (`the tariff
 * would fall to `, `turnout is expected to rise to `): the figure after it is the rate's level,
 * as after {@link RATE_AT}.
 */
const RATE_SET_TO = needing(
  /\b(?:(?:cut|cuts|cutting|raised|raises|raising|raise|lowered|lowers|lowering|lower|reduced|reduces|reducing|reduce|increased|increases|increasing|increase|set|sets|setting|lifted|lifts|lift|slashed|slashes|slash|hiked|hikes|hike)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\p{Ll}-]+\s+)?(\p{L}{4,})(?:\s+rate)?(?:\s+(?:on|for|in|of)\s+[^,.;:]{1,30}?)?(?:\s+by\s+[^,.;:]{1,30}?)?|(?:took|takes|taking|brought|brings|bringing|pushed|pushes|pushing)\s+(?:the\s+|its\s+|their\s+)(?:[\p{Ll}-]+\s+)?(\p{L}{4,})(?:\s+rate)?|(\p{L}{4,})(?:\s+rate)?(?:\s+(?:on|in|among|for)\s+[^,.;:]{1,30}?)?\s+(?:will|would|could|should|is\s+to|is\s+expected\s+to|was\s+expected\s+to|is\s+set\s+to|was\s+set\s+to)\s+(?:rise|fall|drop|climb|increase|decrease|go\s+up|go\s+down))\s+to\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/u,
  /\sto\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/u,
);
/** The word before `rate` of a bank's rate: `interest rate`, `benchmark rate`, `policy rate`. */
const BANK_RATE = /^(?:interest|benchmark|policy|base|lending|key)$/i;
/** Land an area is of (`of forest and farmland`, `of dry bush`): what any area measures. */
const LAND_OF =
  /^\s+of\s+(?:(?:dry|dense|native|private|public|state|open|rural|protected|ancient|pine|farm)\s+)?(?:land|forest|forests|farmland|woodland|woodlands|bush|bushland|scrub|scrubland|grassland|grasslands|heath|heathland|moorland|pasture|countryside|vegetation|terrain|parkland|wilderness|brush)\b/u;
/** A participle right after a percentage (`35 per cent contained`, `80 percent built`), not a verb's object. */
const PARTICIPLE_AFTER =
  /^\s+(?:[a-z]+ed|built|done|complete|finished|written|grown|sold|won|rebuilt)\b(?!\s+(?:by|to|from|in|at|on)\s+\d)/u;
/** A change named after a percentage and the thing it changes: `drop in deaths`, `rise in the number of cases`. */
const CHANGE_IN =
  /^\s+(rise|increase|jump|gain|growth|surge|drop|fall|decline|decrease|cut|reduction|slump|plunge)\s+in\s+(?:the\s+|its\s+|their\s+)?(?:number\s+of\s+|rate\s+of\s+)?([a-z][\p{L}-]+)/u;
const RISE_NOUN = /^(?:rise|increase|jump|gain|growth|surge)$/;
/** A verb of devaluing, then `by` right before a percentage: `devalued the crown by `. */
const DEVALUED_BY = /\bdevalu(?:ed|es|ing)\b[^.;:!?]{0,40}?\bby\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/;
/**
 * A verb that changes a thing by a percentage: `cut deaths by `, `raised prices by `; the verb may
 * be bare after `will` or `to` (`will raise the national minimum wage by `), the thing's noun have
 * two words before it (rule `fact:percent-change-of`).
 */
const CHANGE_BY =
  /\b(cut|cuts|reduce|reduced|reduces|lower|lowered|lowers|slash|slashed|slashes|raise|raised|raises|increase|increased|increases|boost|boosted|boosts)\s+(?:the\s+|its\s+|their\s+)?(?:number\s+of\s+|rate\s+of\s+)?(?:[a-z][\p{L}-]+\s+){0,2}?([a-z][\p{L}-]+)\s+by\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more than\s+)?$/u;
const RISE_BY = /^(?:raise|raised|raises|increase|increased|increases|boost|boosted|boosts)$/;
/**
 * A change sized after its clause, between a comma and the percentage (`closed at 31.20 crowns, up
 * about 45 percent`, `will rise to 14.20 an hour in January, an increase of 7.2 percent`): group 1
 * a word of the direction, or group 2 the change's noun (rule `fact:percent-change-after-clause`).
 */
const CHANGE_AFTER_CLAUSE =
  /,\s+(?:(up|down)|an?\s+(increase|rise|jump|gain|climb|drop|fall|decline|decrease|cut|loss)\s+of)\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|around\s+)?$/i;
/** The subject of the clause's change: `Shares of Orsolo rose`, `the stock ended`, `the minimum wage will rise`. */
const CHANGED_SUBJECT =
  /\b(\p{L}{4,})(?:\s+(?:of|in)\s+[^,.;:]{1,30}?)?\s+(?:(?:will|would|is\s+to|is\s+set\s+to|has|have|had)\s+)?(?:rise|rises|rose|risen|fall|falls|fell|fallen|climb|climbs|climbed|jump|jumps|jumped|increase|increases|increased|decrease|decreases|decreased|go\s+up|went\s+up|go\s+down|went\s+down|ended|closed|finished|settled)\b/u;
/** The words for a company's shares a change is told of: one thing. */
const SHARE_WORDS: Readonly<Record<string, string>> = { stock: 'share', stocks: 'share', shares: 'share' };

/** A kind of prices or inflation right before its noun: `Food prices`, `core inflation`, `energy costs`. */
const PRICE_KIND =
  /\b(food|energy|fuel|petrol|gas|electricity|housing|house|home|rent|rental|services|goods|import|export|producer|consumer|core|wholesale|property)\s+$/i;
/** Verbs of a change upwards: with no `to`, their percentage is the size of a rise. */
const RISE_VERB =
  /^(?:(?:were|was|is|are)\s+up|(?:go|goes|went|gone)\s+up|risen|grown|rose|climbed|jumped|increased|grew|rises|climbs|jumps|increases|grows|rise|climb|jump|grow|soared|soars|soar|surged|surges|surge)$/;
/** Verbs of a change downwards: with no `to`, their percentage is the size of a fall. */
const FALL_VERB =
  /^(?:(?:were|was|is|are)\s+down|(?:go|goes|went|gone)\s+down|fallen|shrunk|fell|dropped|declined|decreased|shrank|falls|drops|declines|decreases|shrinks|fall|drop|decline|shrink|plunged|plunges|plunge|tumbled|tumbles|tumble|slid|slides|slide|slipped|slips|slip|sank|sinks)$/;
/** Set scores joined by commas (`6-4, 3-6, 7-5`, `7-6 (4), 6-3`): a match of several sets. */
const SET_RUN =
  /(?<![\d-])\d{1,2}\s?[-–]\s?\d{1,2}(?:\s?\(\d{1,2}\))?(?:\s?,\s?\d{1,2}\s?[-–]\s?\d{1,2}(?:\s?\(\d{1,2}\))?)+(?![\d-])/g;

/** A vote, a score or a record written as two numbers (see where it is read). */
/** Nouns of a runner by its betting odds: `a 40-1 outsider`, `the 5-2 favourite`, `a 50-1 shot`. */
const ODDS_NOUNS = String.raw`outsider|shot|chance|(?:joint[- ]|second[- ])?favou?rite`;
/** A runner's name, up to three capitalised words. */
const RUNNER = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
/**
 * Betting odds and the runner they are of (`fact:odds-of-runner`): the name before
 * (`Quillon, a 40-1 outsider`), after (`the 50-1 shot Quillon`), or as the subject of a start at
 * odds (`Quillon started at odds of 40-1`, `went off at 5-2`).
 */
const ODDS = new RegExp(
  [
    String.raw`(?<before>${RUNNER}),\s+(?:a|an|the)\s+(?<a1>\d{1,3})\s?[-/]\s?(?<b1>\d{1,2})\s+(?:${ODDS_NOUNS})\b`,
    String.raw`\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?<a2>\d{1,3})\s?[-/]\s?(?<b2>\d{1,2})\s+(?:${ODDS_NOUNS})\s+(?<after>${RUNNER})`,
    String.raw`(?<subject>${RUNNER})\s+(?:started|went\s+off|was\s+sent\s+off)\s+at\s+(?:odds\s+of\s+)?(?<a3>\d{1,3})\s?[-/]\s?(?<b3>\d{1,2})\b`,
  ].join('|'),
  'gu',
);
const RESULT = new RegExp(
  [
    String.raw`\b(?:voted|deadlocked|split|divided)\s+(?<vote1>\d{1,3})\s?[-–]\s?(?<voteB1>\d{1,3})\b`,
    String.raw`\b(?<vote2>\d{1,3})\s?[-–]\s?(?<voteB2>\d{1,3})\s+(?:vote|verdict|decision|majority)\b`,
    String.raw`\b(?:beat|beats|defeated|defeats|won|wins|lost|loses|edged|routed|thrashed|downed|drew|tied|beating|defeating|winning|losing|edging|routing|thrashing|downing|drawing|tying)\b[^.,;:]{0,30}?\s(?<score1>\d{1,2})\s?[-–]\s?(?<scoreB1>\d{1,2})\b(?!\s?[-–]\s?\d)(?!\s+(?:${ODDS_NOUNS})\b)`,
    String.raw`\b(?<score2>\d{1,2})\s?[-–]\s?(?<scoreB2>\d{1,2})\s+(?:win|victory|defeat|loss|draw|tie|triumph|rout)\b`,
    String.raw`\b(?<rec1>\d{1,3})\s?[-–]\s?(?<recB1>\d{1,3})\s+(?:record|start|mark|season)\b`,
    // `went 40-42`, `finished last season 40-42`, `opened the season 7-16`, `started 3-9`.
    String.raw`\b(?:went|finished|record of|opened|started)\s+(?:(?:last|this|the|that|the\s+previous)\s+(?:season|year)\s+)?(?<rec2>\d{1,3})\s?[-–]\s?(?<recB2>\d{1,3})\b(?!\s?[-–]\s?\d|\s+(?:up|down|ahead|behind|lead|win|victory|defeat|loss)\b)`,
    // Where a game left a team: `left them at 12-21`, `dropped the Harriers to 9-14`, `with the team at 12-20`.
    String.raw`\b(?:left|leaves|leaving|dropped|drops|dropping|put|puts|putting|moved|moves|moving|improved|improves|improving|with)\s+(?:them|it|the\s+(?:team|club|side|franchise)|the\s+\p{Lu}[\p{L}'’-]*)\s+(?:(?:at|to)\s+)?(?<rec3>\d{1,3})\s?[-–]\s?(?<recB3>\d{1,3})\b(?!\s?[-–]\s?\d|\s+(?:win|victory|defeat|loss|lead|draw|tie|up|down|ahead|behind)\b)`,
  ].join('|'),
  'gu',
);
/** A season a holder counts by its place: `in his first season`, `their second year`, `her rookie campaign`. */
const NTH_SEASON =
  /\b(?:his|her|their|its)\s+(first|second|third|fourth|fifth|rookie|debut|final|last)\s+(?:full\s+)?(?:season|year|campaign)\b/i;
/** A record over several seasons: `in four seasons`, `in three-plus seasons`, `over five years`, `career`. */
const RECORD_SPAN =
  /\b(?:in|over|across)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:-plus)?|parts\s+of\s+(?:two|three|four|five|\d{1,2}))\s+(?:full\s+)?(?:seasons|years|campaigns)\b|\bcareer\b/i;
/** Words telling another season than the story's: `last season`, `a year earlier`, `the 2029-30 season`. */
const OTHER_SEASON =
  /\b(?:last|previous|prior|past)\s+(?:season|year|campaign)\b|\ba\s+(?:season|year)\s+(?:ago|earlier|before)\b|\b(?:19|20)\d\d(?:[-–]\d\d)?\s+(?:season|campaign)\b|\bin\s+(?:19|20)\d\d\b/i;
/** `on the fifth floor`, `from the 12th floor`. */
const FLOOR = new RegExp(
  String.raw`\b(?:on|from|to|at|off) the (${ORDINALS.join('|')}|\d{1,3}(?:st|nd|rd|th)) (floor|storey|story)\b|\b(?:a|an|the) (${ORDINALS.join('|')}|\d{1,3}(?:st|nd|rd|th))-(floor|storey|story) (?=\p{Ll})`,
  'gu',
);
/** A fire and its start earlier in the floor's clause: `The fire started `, `the blaze broke out in a flat `. */
const FIRE_BEGAN_BEFORE =
  /\b(?:fire|blaze|flames?)\s+(?:(?:had|has|first|apparently|reportedly)\s+)?(?:started|broke\s+out|began|erupted|originated|ignited)\b(?:\s+(?:in|inside)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:flat|apartment|unit|kitchen|room|bedroom|office|home))?\s+$/iu;
/** A move from one floor to another whose noun is left out: `from the 23rd floor to the 14th` (the second ordinal in 3). */
const FLOOR_ELIDED = new RegExp(
  String.raw`\bfrom the (${ORDINALS.join('|')}|\d{1,3}(?:st|nd|rd|th)) (floor|storey|story) (?:down |up )?to the (${ORDINALS.join('|')}|\d{1,3}(?:st|nd|rd|th))\b(?![\s-]*(?:floors?|storey|story|stories)\b)`,
  'gu',
);
/** `for the third time`. */
/** A share given back: a percentage or a fraction word, of what was paid. */
const REFUND_SHARE_WORD = String.raw`\d{1,3}(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)|half|(?:a|one)[ -](?:third|quarter)|two[ -]thirds|three[ -]quarters`;
const REFUND_PAID = String.raw`(?:their|the|its|his|her|your)\s+(?:money|fares?|ticket\s+prices?|costs?|deposits?|fees?)`;
/**
 * The share of what was paid given back: `refunds of 40 percent`, `a 40 percent refund`, `half
 * their money back`, `refunded two-thirds of the fare` (groups p1, p2: percentages; s1, s2: shares).
 */
const SHARE_REFUNDED = new RegExp(
  String.raw`\b(?:(?:refunds?|reimbursements?)\s+of\s+(?<p1>\d{1,3}(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b))|(?<p2>\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s+cent))[\s-]+(?:refunds?|reimbursements?)\b|(?:refund(?:s|ed|ing)?|reimburs(?:e|es|ed|ing)|repa(?:y|ys|id|ying))\s+(?:only\s+|just\s+)?(?<s1>${REFUND_SHARE_WORD})\s+(?:of\s+)?${REFUND_PAID}\b|(?<s2>${REFUND_SHARE_WORD})\s+(?:of\s+)?${REFUND_PAID}\s+(?:back|refunded|returned|repaid)\b)`,
  'giu',
);
/** The percentage a fraction word of a refund names. */
const REFUND_FRACTIONS: Readonly<Record<string, number>> = {
  half: 50,
  'a third': 100 / 3,
  'one third': 100 / 3,
  'a quarter': 25,
  'one quarter': 25,
  'two thirds': 200 / 3,
  'three quarters': 75,
};
/**
 * An event's ordinal in a period: `the third attack this year`, `a second shark attack on the
 * coast in two months`, `the fourth such fire since March` (the ordinal, the event's noun).
 */
const ORDINAL_IN_PERIOD = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa])\s+(${ORDINALS.slice(1).join('|')})\s+(?:(?:such|[\p{Ll}-]+)\s+){0,2}?(\p{Ll}{4,})\s+(?:(?:on|in|at|off|near|along)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+|\p{Ll}{3,}\s+){1,2})?(?:(?:so\s+far\s+|earlier\s+)?this\s+(?:year|month|week|season|summer|winter|spring|autumn)|of\s+the\s+(?:(?:(?:19|20)\d\d|current|hurricane|storm|typhoon|fire|flu)\s+)?(?:year|season)|of\s+(?:19|20)\d\d|in\s+(?:the\s+(?:past|last)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:years|months|weeks|days)|since\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|last\s+(?:year|month|week)))\b`,
  'gu',
);
/** An ordinal among all of a kind who did an act: `the fourth woman to receive`, `the sixth gorilla born at` (`fact:ordinal-of-kind`). */
const ORDINAL_OF_KIND = new RegExp(
  String.raw`\b[Tt]he\s+(${ORDINALS.slice(1).join('|')})\s+(\p{Ll}{3,})\s+(?:(?:ever\s+)?to\s+(?:win|receive|be\s+(?:awarded|honou?red|given))\b|born\s+(?:at|in)\b)`,
  'gu',
);
/** An ordinal result among attempts after its owner: `the company 's second failure in 14 launches` (`fact:ordinal-in-attempts`). */
const ORDINAL_IN_ATTEMPTS = new RegExp(
  String.raw`(?:\b[Tt]he|\b[Ii]ts|\b[Tt]heir|\p{L}\s?['’]s)\s+(${ORDINALS.slice(1).join('|')})\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{4,})\s+in\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:launch(?:es)?|flights?|attempts?|missions?|tries)\b`,
  'gu',
);
/** Nouns an ordinal in a period does not count events of: spans, rounds and times of one event. */
const NOT_OCCURRENCE =
  /^(?:day|week|month|year|time|night|round|stage|leg|half|quarter|hour|minute|season|term|place|row|straight|consecutive)$/;
/** The first of its kind in a count, right before the count: `for the first time in `, `the first rise in `, `its first win in nearly `. */
const FIRST_IN =
  /\b(?:for\s+the\s+first\s+time|(?:the|its|his|her|their)\s+first\s+\p{Ll}+)\s+in\s+(?:(?:his|her|its|their|a|about|nearly|almost|more\s+than|over|some)\s+)*$/u;
const ORDINAL_TIME = new RegExp(String.raw`\b[Ff]or the (${ORDINALS.join('|')}) time\b`, 'gu');
/** How long an event lasted, before its noun: `a six-hour standoff`, `the 12-day-long search`. */
/** The head of an event's compound after its first noun (`hostage standoff`, `police siege`). */
const SPAN_COMPOUND_HEAD = /^\s+(standoff|siege|manhunt|blockade|lockdown|strike|walkout|blackout|outage)\b/i;
const SPAN_ADJECTIVE = new RegExp(
  String.raw`\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(hour|minute|day)(?:-long)?\s+(?:gun\s+|fire\s+)?(\p{Ll}{4,})\b`,
  'giu',
);
/** Time spent held: `has spent nine months in jail`, `had served 11 years in the Corlow State Prison` (number, unit, place). */
/**
 * A rate's change in points: `by a quarter point`, `by half a percentage point`, `by 0.5
 * percentage points`, `25 basis points`, `a half-point increase`, `a quarter-point cut`.
 */
const RATE_CHANGE_POINTS =
  /\bby\s+(a\s+quarter|half\s+a|a\s+half|three\s+quarters\s+of\s+a|\d+(?:\.\d+)?|one|two|three)\s+(?:of\s+a\s+)?(?:percentage\s+)?points?\b|\b(\d{1,3})\s+basis\s+points?\b|\b(quarter|half|three-quarter)[- ](?:percentage[- ])?point\s+(?:increase|rise|cut|hike|reduction)\b|\b(\d+(?:\.\d+)?)[- ]percentage[- ]points?\s+(?:increase|rise|cut|hike|reduction)\b/giu;
/** The percentage points a fraction of a point names. */
const POINT_FRACTIONS: Readonly<Record<string, number>> = {
  'a quarter': 0.25,
  quarter: 0.25,
  'half a': 0.5,
  'a half': 0.5,
  half: 0.5,
  'three quarters of a': 0.75,
  'three quarter': 0.75,
};
/**
 * Whom a period is given to: a pronoun or a name of one word, or a noun phrase of up to three
 * words after a determiner (`gave the town council seven days to pay`, `have given the company 30
 * days`; rule `fact:deadline`).
 */
const PARTY = String.raw`(?:(?:the|its|their|his|her|our)\s+(?:\p{L}+\s+){0,2}\p{L}+|\p{L}+)`;
/** A period given to do something: `has 90 days to change`, `was given two weeks to`, `must comply within 60 days`. */
const DEADLINE = new RegExp(
  String.raw`\b(?:has|have|had|was\s+given|were\s+given|been\s+given|gave\s+${PARTY}|giv(?:e|es|ing)\s+${PARTY}|given(?:\s+${PARTY})?)\s+(?:only\s+|just\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours|days|weeks|months)\s+to\s+(?!the\b|a\b|an\b)(\p{Ll}+)|\b(?:must|should|has\s+to|have\s+to|had\s+to|was\s+ordered\s+to|is\s+required\s+to|was\s+required\s+to)\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}?\s+within\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours|days|weeks|months)\b`,
  'giu',
);
/** Verbs of answering a decision: time to do so is another deadline than the decision's own. */
const ANSWER_VERB = /^(?:appeal|respond|reply|object|contest|challenge)$/i;
/** A supply and the span it lasts: `enough oxygen for 96 hours`, `food to last three weeks`. */
const SUPPLY_LASTS = new RegExp(
  String.raw`\b(oxygen|air|food|water|fuel|supplies|rations|power)\s+(?:to\s+last\s+|for\s+|that\s+would\s+last\s+)((?:about|around|some|roughly|nearly|almost|up\s+to)\s+)?(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours|days|weeks|months)\b`,
  'giu',
);
/** A place going without power for a span: `lost power for `, `electricity was cut for ` (rule `fact:outage-span`; 1 qualifier, 2 number, 3 unit). */
const OUTAGE_SPAN = new RegExp(
  String.raw`\b(?:(?:lost|losing|loses|lose|without|cut\s+off\s+from)\s+(?:power|electricity)|(?:power|electricity|the\s+power\s+supply|power\s+supplies)\s+(?:was|were|had\s+been|has\s+been)\s+(?:cut|off|out|down|interrupted))\s+for\s+((?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over)\s+)?(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(minutes|hours|days|weeks)\b`,
  'giu',
);
/** Words of going without what follows: `refusing food`, `went without water`, `deprived of oxygen` (rule `fact:supply-refused`). */
const GOING_WITHOUT =
  /\b(?:refus\p{Ll}*|rejected|rejecting|without|deprived\s+of|denied|no)\s+(?:all\s+|any\s+|solid\s+)?$/iu;
const CUSTODY_SPAN = new RegExp(
  String.raw`\b(?:has|have|had)\s+(?:already\s+)?(?:spent|served)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days|weeks|months|years)\s+in\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+){0,3}(jail|prison|custody|detention)\b`,
  'giu',
);
/** A year before the noun of a work put out: `1972 hit`, `1998 debut album`, `2003 film`. */
/** A year between a determiner and an incident's noun, a kind of the incident between (`a 1998 car accident`): the year in 1, the noun in 2. */
const INCIDENT_YEAR =
  /\b(?:a|an|the|his|her|its|their|that)\s+((?:19|20)\d\d)\s+(?:(?:car|road|traffic|workplace|industrial|mining|boating|plane|train|house|fatal|deadly)\s+)?(accident|crash|collision|fire|blaze|flood|explosion|blast|shooting|stabbing|attack|bombing|robbery|earthquake|quake|derailment|collapse)\b/giu;
const WORK_YEAR =
  /\b((?:19|20)\d\d)\s+(?:(?:debut|first|second|third|last|final|solo|studio|live|hit|chart-topping|best-selling|bestselling)\s+)?(?:hit|single|song|album|LP|record|film|movie|novel|book|memoir|play|musical|opera|symphony|series|documentary|bestseller|best-seller)s?\b/gu;
/** A time in hours and minutes (and seconds, when told: `won in 2 hours 18 minutes 40 seconds`) after a verb of finishing: `completed the crossing in 14 hours and 22 minutes`, `finishing in 9 hours and 21 minutes`, `swam the strait in a record 9 hours and 12 minutes` (rule `fact:finish-time-words`). */
const FINISH_WORDS =
  /\b(?:completed|completing|finished|finishing|swam|ran|rowed|cycled|crossed|crossing|covered|walked|won)\b[^.;:]{0,80}?\bin\s+(?:an?\s+(?:(?:new|record|best|personal[- ]best|course[- ]record|world[- ]record|record-breaking)\s+){1,2})?((\d{1,3})\s+hours?,?\s+(?:and\s+)?(\d{1,2})\s+minutes?(?:,?\s+(?:and\s+)?(\d{1,2})\s+seconds?)?)\b/giu;
/** A finishing time after the words that give one: `in 2:04:12`, `of 2:04:21`, `clocked 1:52.31`, `a time of 3:45.2`. */
const FINISH_TIME =
  /\b(?:in|of|clocked|timed|time\s+of|finished\s+in|won\s+in)\s+(\d{1,2}:\d{2}:\d{2}(?:\.\d{1,2})?|\d{1,2}:\d{2}\.\d{1,2})(?![\d:])(?!\s*(?:a\.?m\.?|p\.?m\.?|am\b|pm\b|GMT|UTC|local))/giu;
/** A ban's length: `banned for four years`, `suspended for two years`, `a three-year ban`, `a two-year doping suspension`. */
/** A multiple of a limit: `eight times the legal limit`, `more than 3.5 times the safe level`, `twice the limit` (the number in 1, the limit's noun in 2). */
const TIMES_THE_LIMIT =
  /(?:(?:about|around|nearly|almost|some|roughly|more than|over)\s+)?\b((?:\d{1,3}(?:\.\d)?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?=\s+times\b)|twice)\s+(?:times\s+)?(?:the|a)\s+(?:(?:legal|safe|permitted|allowed|recommended|maximum|official|national|EU|WHO|statutory)\s+)*(limit|level|threshold|maximum)\b/gi;
/** Ordinals up to the tenth, by the number each names. */
const ORDINAL_NUMBER: Readonly<Record<string, number>> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
/** `arrested a third suspect`, `a second man has been detained` (the ordinal and the noun in groups 1-2 or 3-4). */
const ORDINAL_ARREST = new RegExp(
  String.raw`\b(?:arrested|detained)\s+a\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(suspect|man|woman|person|teenager|youth|boy|girl)\b` +
    String.raw`|\b[Aa]\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(suspect|man|woman|person|teenager|youth|boy|girl)\s+(?:has|had|have)?\s*(?:been\s+|was\s+|is\s+)(?:arrested|detained)\b`,
  'gi',
);
const BAN_TERM = new RegExp(
  String.raw`\b(?:banned|suspended|barred)\s+(?:from\s+[^.,;]{1,40}?\s+)?for\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(years?|months?)\b` +
    String.raw`|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s?-\s?(year|month)\s+(?:(?:doping|competition|driving|playing|racing|coaching|worldwide|global|lifetime)\s+)?(?:ban|suspension)\b`,
  'giu',
);
/** A death and the age it came at: `died … at the age of 85`, `died aged 85`, `dies at 85`. */
const AGE_AT_DEATH =
  /\b(?:[Dd]ied|[Dd]ies|[Pp]assed [Aa]way)\b[^.;:]{0,40}?\b(?:at the age of|[Aa]ged|[Aa]t)\s+(\d{1,3})\b(?!\s*(?:[:.]\s?\d|a\.?\s?m\b|p\.?\s?m\b|%|percent|years? ago|o'clock))/;
/** An age as a sentence of its own: `She was 85.`, `He was 36 years old.` */
/** A clock time right after a weekday: ` at about 3: 40 p. m.`, `, shortly after 11 a.m.` (hour, minutes, a or p). */
const DAYTIME_CLOCK_AFTER =
  /^,?\s+(?:at\s+)?(?:(?:about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?(\d{1,2})(?:[:.]\s?\d\d)?\s?([ap])\.?\s?m\b/iu;
/** A clock time right before a weekday: `at about 3: 40 p. m. on `, `at 11 a.m. `. */
const DAYTIME_CLOCK_BEFORE =
  /\bat\s+(?:(?:about|around|approximately)\s+)?(\d{1,2})(?:[:.]\s?\d\d)?\s?([ap])\.?\s?m\.?,?\s+(?:on\s+)?$/iu;
/** Whether `re` finds beside a weekday a clock time of the day's middle, 7 a.m. to 6:59 p.m. */
function daytimeClock(text: string, re: RegExp): boolean {
  const m = re.exec(text);
  if (!m) return false;
  const hour = Number(m[1]) % 12;
  return m[2]!.toLowerCase() === 'a' ? hour >= 7 : hour < 7;
}
/**
 * An age the copula states right after a name (`Bracht is 39 and`, `, is 39.`, `, who is 39,`),
 * ending its clause (`fact:age-copula`).
 */
const AGE_COPULA =
  /^(?: ?,\s?who)?(?: ?,)?\s+is\s+(?:aged\s+)?(\d{1,3})(?:\s+years?\s+old)?(?=\s?(?:,|;|\.(?:\s|$))|\s+and\s)/u;
const AGE_ALONE = /^\s*(?:He|She)\s+(?:was|is)\s+(\d{1,3})(?:\s+years?\s+old)?\s*\.\s*$/;
/** Facts are indexed by where they start, in buckets of this many characters; none is longer than MAX_FACT. */
const BUCKET = 64;
const MAX_FACT = 400;

/** A number with a scale word after it (`7.6 million` is 7,600,000), or as `numberOf` reads it. */
const scaledNumber = (w: string): number => {
  const scaled = /^(\d+(?:\.\d+)?)\s+(million|billion)$/.exec(w);
  return scaled ? Math.round(Number(scaled[1]) * (scaled[2] === 'million' ? 1e6 : 1e9)) : numberOf(w);
};
/** A number written in digits (`1,200`) or as a small word (`twelve`); -1 when it is neither. */
export const numberOf = (w: string): number => {
  if (/^\d/.test(w)) return Number(w.replace(/,\s?/g, ''));
  const [tens, unit] = w.toLowerCase().split('-');
  const t = TENS.indexOf(tens!);
  if (t === -1) return unit === undefined ? SMALL_NUMBERS.indexOf(tens!) : -1;
  const u = unit === undefined ? 0 : SMALL_NUMBERS.indexOf(unit);
  return u >= 0 && u <= 9 ? 20 + 10 * t + u : -1;
};

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Tens written as words, from twenty (`twenty-three`, `forty`). */
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A number written in words up to ninety-nine, either case (`Twenty-three`). */
const NUMBER_WORDS_TO_99 = String.raw`(?:${TENS.join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_NUMBERS.slice(1).join('|')}`;

/** A count of a named group and `and` right before a toll's figure: `284 passengers and `, `12 pupils and `. */
const AND_COUNT_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])((?:\d{1,3}(?:,\s?\d{3})*|${NUMBER_WORDS_TO_99})\s+(?:members\s+of\s+(?:the\s+)?)?\p{Ll}{3,})\s+and\s+$`,
  'iu',
);

/**
 * Words after a count that tell the search for more goes on: `and were searching for up to eight
 * more`, `and are still looking for others`, `with two more still missing`.
 */
const MORE_SOUGHT = new RegExp(
  String.raw`^[^.;!?
]{0,50}?(?:\band\s+(?:(?:were|are|was|is|had\s+been|have\s+been)\s+)?(?:still\s+)?(?:searching|looking|hunting|digging)\s+for\s+(?:(?:up\s+to|at\s+least|about|around|some|another)\s+)?(?:\d{1,3}|${NUMBER_WORDS_TO_99}|a\s+few)?\s*(?:more|others)\b` +
    String.raw`|,?\s+with\s+(?:(?:up\s+to|at\s+least|about|some|another)\s+)?(?:\d{1,3}|${NUMBER_WORDS_TO_99}|several)\s+(?:more|others)\s+(?:still\s+)?(?:missing|unaccounted\s+for|buried|trapped)\b)`,
  'iu',
);

/** Rescue and salvage jobs begun (`began towing`, `started pumping`): an act's start, no moment of the event (`fact:time-began-doing`). */
const NOT_A_JOB_BEGUN = String.raw`(?!\s+(?:towing|pumping|repairing|hauling|draining|winching|salvaging)\b)`;
/**
 * A clause telling a person spotted or sighted: a pronoun or one or two capitalised names (no
 * article, no word for a thing seen: `Smoke`, `Flames`) right before `was spotted`, `were
 * sighted` (a dateline or an attribution may open the clause: `HARLOW - Jerome Pike was spotted`).
 */
const PERSON_SIGHTED =
  /(?:^|[\s(-])(?:[Hh]e|[Ss]he|[Tt]hey|(?!(?:The|A|An|This|That|Smoke|Flames?|Fire|Debris|Wreckage)\b)\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:later|again|reportedly|first|also)\s+)?(?:spotted|sighted)\b/u;
/**
 * The moment a time of day is given for, from the last verb of its clause before it: the
 * event itself (it happened, struck, broke out), a departure (a plane took off, a ship
 * left port), a call for help, an arrival, a stop by police, a discovery, a loss of contact,
 * the end. Other verbs name no moment.
 */
const MOMENTS: ReadonlyArray<[RegExp, string]> = [
  // An alarm going off is a moment of its own, whatever verb tells it (`the alarm went off`,
  // `sounded`, `an intruder tripped the alarm`): not the event it warned of (moment `at:alarm`).
  [
    /\balarms?\s+(?:(?:had|has)\s+)?(?:went|gone|go(?:es)?|going)\s+off\b|\balarms?\s+(?:(?:had|has)\s+)?(?:sounded|rang|rung|was\s+(?:triggered|tripped|raised|set\s+off)|were\s+(?:triggered|tripped|set\s+off))\b|\b(?:triggered|tripped|set\s+off|raised)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+)?alarm\b/u,
    'alarm',
  ],
  // A warning given is a moment of its own (`the warning came at 4:30 p.m.`, `The flood warning
  // was issued at 5 p.m.`, `issued an evacuation order at 6 a.m.`): not the event it warned of
  // (moment `at:warning`, rule `fact:time-of-moment`; stop 45).
  [
    /\b(?:warnings?|alerts?|evacuation\s+orders?)\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:issued|sent(?:\s+out)?|given|raised|came|went\s+out)\b|\b(?:issued|sent(?:\s+out)?|gave|raised)\s+(?:an?|the|its)\s+(?:[\p{L}-]+\s+)?(?:warning|alert|evacuation\s+order)\b/u,
    'warning',
  ],
  // How a structure failed is the event too (`the dam gave way at 2:30 a.m.`, `burst`, `was
  // breached`), as `collapsed` is.
  // How a vehicle left the road is the accident itself (`veered off the road at about 6 p.m.`,
  // `overturned`, `ran aground`, `left the road at 4:50 p.m.`, `came off the rails`): moment
  // `at:event`, as `crashed` is (`left the road`: rule `fact:time-left-road`, stop 51).
  // Whales or a ship stranding is the event (`beached on Sunday afternoon`, `came ashore`).
  // A storm making landfall is its strike (`made landfall at around 5:30 a.m.` / `came ashore at
  // about 4:30 a.m.`; rule `fact:time-landfall`, stop 50).
  // An animal's attack is the event (`He was attacked at about 9:30 a.m.`, `mauled`, `the bear
  // charged them at around 8:30 a.m.`; not `charged him with`: h-disc46).
  // A hole, a crack or flames appearing is the incident's moment (`the hole appeared shortly
  // before 6 a.m.`, `a sinkhole opened up at 4:30 a.m.`); a person appearing somewhere (`appeared
  // in court at 9 a.m.`, `at a news conference`) is not (rule `fact:time-appeared`).
  // A birth and a death are moments of their own (`was born at 4:21 a.m.`, `gave birth to a boy
  // at 4:12 a.m.`, `was pronounced dead at 11:05 p.m.`): moments `at:birth`, `at:death`.
  // A newborn's arrival is its birth (`The baby arrived at 5:40 a.m.`, `the cub was delivered at
  // 4:50 a.m.`): not an arrival at a place (rule `fact:time-newborn-arrived`, h-disc69).
  // A mother who delivered a newborn gave birth (`Mei delivered the first cub at 4:15 a.m.`, `she
  // delivered a baby girl`): not a parcel delivered (rule `fact:time-delivered-newborn`, stop 56).
  [
    /\b(?:was|were)\s+born\b|\bg(?:ave|iving)\s+birth\b|\b(?:baby|babies|infant|newborn|cub|calf|foal|twins|triplets)\s+(?:(?:was|were)\s+delivered|arrived)\b|\bdeliver(?:ed|ing)\s+(?:the|a|an|her|its|their)\s+(?:(?:first|second|third|last|healthy|baby)\s+)?(?:baby|babies|infant|newborn|cubs?|calf|calves|foal|twins|triplets|boy|girl|son|daughter)\b/,
    'birth',
  ],
  [/\b(?:died|passed\s+away|(?:was|were)\s+(?:pronounced|declared)\s+dead)\b/, 'death'],
  [
    new RegExp(
      String.raw`\b(?:happen(?:ed|ing)|occurr(?:ed|ing)|t(?:ook|aking) place|str(?:uck|iking)|hit(?:ting)?|shook|shaking|erupt(?:ed|ing)|br(?:oke|eaking) out|began${NOT_A_JOB_BEGUN}|beginning|start(?:ed|ing)${NOT_A_JOB_BEGUN}|explod(?:ed|ing)|crash(?:ed|ing)|collaps(?:ed|ing)|g(?:ave|iving) way|burst(?!\s+in)|breach(?:ed|ing)|went off|going off|(?:went|going|came|coming) down|(?:broke|breaking|broken) loose|sw(?:ept|eeping) down|plung(?:ed|ing)|sank|sinking|collid(?:ed|ing)|derail(?:ed|ing)|capsiz(?:ed|ing)|veer(?:ed|ing)\s+off|(?:left|leaving|(?:went|going|ran|running|came|coming)\s+off)\s+the\s+(?:road|track|tracks|rails|runway|carriageway)\b|swerv(?:ed|ing)|skidd(?:ed|ing)|overturn(?:ed|ing)|(?:flipp(?:ed|ing)|roll(?:ed|ing))\s+over|r(?:an|unning)\s+aground|caught\s+fire|strand(?:ed|ing)|beach(?:ed|ing)|c(?:ame|oming)\s+ashore|(?:made|making|makes?)\s+landfall|[Ll]andfall\s+(?:came|was)|wash(?:ed|ing)\s+(?:up|ashore)|appeared(?!\s+(?:in|before|on|at|to|as|with|alongside)\b)|opened\s+up|entered|burst (?:in|into)|stormed|raided|opened fire|ambushed|attacked|mauled|charged\s+(?:at\s+)?(?:them|him|her|us)\b(?!\s+with\b)|(?:broke|broken|breaking|break) in(?:to)?)\b`,
    ),
    'event',
  ],
  // Someone who began or started doing something (`A tug began towing the ferry at 7 a. m.`,
  // `crews started pumping at 6 a.m.`) tells that act's start, not the event's: no moment (rule
  // `fact:time-began-doing`, stop 54); `the fire began at 2 a.m.`, `started shortly after`, stay
  // the event's.
  // A structure that failed or broke down is the event too (`the footbridge failed at 4:10 p.m.`,
  // `the lift malfunctioned at about 9 a.m.`), as `gave way` is; a plan or a talk that failed is
  // no structure (rule `fact:time-structure-failed`).
  [
    /\b(?:escalators?|lifts?|elevators?|bridges?|footbridges?|cranes?|roofs?|dams?|levees?|dikes?|walls?|ceilings?|floors?|stands?|balcon(?:y|ies)|scaffolding|walkways?|gantr(?:y|ies)|rides?|cable\s+cars?|gondolas?)\s+(?:(?:had|has|suddenly|then)\s+)?(?:failed|malfunctioned|broke\s+down|fell\s+apart)\b/,
    'event',
  ],
  // A part of a structure that fell is the incident too (`plaster fell onto the stalls at about
  // 8: 45 p. m.`, `a section of the ceiling fell at 9 p.m.`, `the tree fell on the bus at`): moment
  // `at:event`, as `collapsed` is (rule `fact:time-part-fell`, stop 56). Not a level that fell
  // (`temperatures fell to 2C at`) nor a person.
  [
    /\b(?:ceilings?|roofs?|plaster|debris|masonry|rubble|trees?|branch(?:es)?|walls?|rocks?|boulders?|scaffolding|chunks?|sections?|parts?|pieces?|panels?|beams?|cranes?|balcon(?:y|ies)|facades?|façades?)\s+(?:of\s+(?:the\s+|its\s+)?(?:[\p{Ll}-]+\s+){0,2}?)?(?:had\s+|suddenly\s+|then\s+)?(?:fell|came\s+crashing)\b/u,
    'event',
  ],
  // A vessel's or a vehicle's engine that failed, cut out or broke down, or a craft that lost
  // power, is the incident too (`The engine failed at 21: 30`, `The engine cut out at about 9: 30
  // p. m.`, `The ferry lost power at 11: 30 p. m.`): moment `at:event`, as `malfunctioned` is
  // (rule `fact:time-engine-failed`, stop 54). Not a town or a home that lost power in a storm
  // (`homes lost power`), nor an engine started.
  [
    /\b(?:engines?|motors?|propulsion|propellers?)\s+(?:(?:had|has|suddenly|then|both|all)\s+)?(?:failed|cut\s+out|broke\s+down|stalled|seized(?:\s+up)?|died|shut\s+down)\b|\b(?:ferry|ship|vessel|boat|ferries|ships|vessels|boats|plane|aircraft|train|bus|it|they)\s+(?:(?:had|has|suddenly|then)\s+)?lost\s+(?:all\s+)?(?:engine\s+|main\s+)?(?:power|propulsion)\b/,
    'event',
  ],
  // A machine that carries people and stopped, halted or fell is the incident too (`the Ferris
  // wheel stopped at 4:10 p.m.`, `The lift halted at about 9 a.m.`, `the elevator plunged`, `the
  // gondola came to a sudden halt`): moment `at:event`, as `malfunctioned` is; not a stop by
  // police (rule `fact:time-machine-stopped`).
  [
    /\b(?:escalators?|lifts?|elevators?|rides?|[Ww]heels?|roller\s+coasters?|coasters?|cable\s+cars?|gondolas?|chairlifts?)\s+(?:(?:had|has|suddenly|then|abruptly)\s+)?(?:stopped|halted|stalled|jammed|fell|dropped|plunged|came\s+to\s+(?:an?\s+)?(?:sudden\s+|abrupt\s+)?(?:halt|stop))\b/,
    'event',
  ],
  // Going out of an airlock or a hatch begins the outing it opens (`left the airlock at 7:12
  // a.m.` / `The walk began at 7:21 a.m.`): the event's moment, not a departure (rule
  // `fact:time-airlock-exit`).
  [
    /\b(?:left|leaving|exited|exiting|emerged\s+from|(?:came|climbed|floated|stepped)\s+out\s+of|opened)\s+(?:the|their|its|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:airlocks?|hatch(?:es)?)\b/u,
    'event',
  ],
  [
    // `after lifting off at 7:42 p.m.` as `lifted off at` (rule `fact:time-lifting-off`).
    /\b(?:t(?:ook|aking) off|depart(?:ed|ing)|lift(?:ed|ing) off|set sail|left\s+(?:[\p{L}'’-]+\s+){0,2}(?:airport|port|station|harbou?r|terminal))\b/u,
    'departure',
  ],
  // A tornado touching down is its strike, not a landing (`The twister touched down at 6:40
  // p.m.` / `struck at around 7:40 p.m.`; rule `fact:time-of-moment`, moment `at:event`).
  [
    /\b(?:tornado(?:e?s)?|twisters?|funnel\s+clouds?|waterspouts?)\s+(?:(?:had|has|have|first|finally|then)\s+)?touched\s+down\b/,
    'event',
  ],
  // A plane's landing (`landed safely at 11:42 a.m.`, `touched down at 11:55`): moment `at:landing`.
  // The noun of it is the landing too (`Touchdown came at 10:15 a.m.`; h-disc45).
  [/\b(?:landed|landing|touched\s+down|touching\s+down|[Tt]ouchdown)\b/, 'landing'],
  // The noun of the call is the call too (`The call came in at 10:12 a.m.`, `after the call at
  // 10:21 a.m.`, `sent a distress call at 3:40 a.m.`; h-disc46, rule `fact:time-of-moment`).
  [
    // An incident reported to the authorities at a time is its call too (`The blaze was
    // reported at 11:50 p.m.`, `The fire, first reported at about 1 a.m.`; rule `fact:time-reported`).
    /\b(?:called|alerted|received (?:a|the) call)\b|(?:^\s*|\b(?:was|were|been|first)\s+)reported\s+(?:(?:at|around|about|shortly|just|after|before)\s+)*$|\b(?:distress|emergency|mayday|hoax|999|911|112)\s+calls?\b|\b[Tt]he\s+call\s+(?:came\s+in|was\s+(?:made|received|logged|placed))\b|\b(?:the|a)\s+call\s+(?:at|around|about|shortly|just)\b/,
    'call',
  ],
  [/\b(?:arrived|reached the scene)\b/, 'arrival'],
  // Going aboard is a moment of its own (`Inspectors boarded the vessel at 9:30 a.m.` / `went
  // aboard at 11:30 a.m.`), and so is crossing a race's line (`crossed the finish line at 3:15
  // p.m.` / `crossed the line at 5:15 p.m.`; h-disc48, moments `at:boarding`, `at:finish`).
  [/\b(?:boarded|(?:went|came|climbed)\s+(?:on\s+)?(?:aboard|on\s+board))\b/, 'boarding'],
  [/\bcross(?:ed|es|ing)\s+the\s+(?:finish(?:ing)?\s+)?line\b/, 'finish'],
  // Traffic or a service halted is a moment of its own (`Air traffic was halted at 7:30 p.m.`,
  // `Flights were suspended from 7:30 p.m.`, `Flights were stopped at 7 p.m.`; h-disc46), not
  // a stop by police (moment `at:halt`).
  [
    /\b(?:flights?|(?:air\s+)?traffic|services?|trains?|departures|operations|production|play|work)\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:halted|suspended|stopped|grounded)\b/i,
    'halt',
  ],
  [/\b(?:stopped|pulled (?:\w+ )?over)\b/, 'stop'],
  // A rescue is a moment of its own, whatever verb of lifting tells it (`A helicopter winched the
  // men aboard at 7: 20 a. m.` / `The four were lifted to safety by helicopter at 9: 05 a. m.`,
  // `airlifted`, `pulled from the water`): not their sighting (moment `at:rescue`, rule
  // `fact:time-rescued`, stop 55).
  [
    /\b(?:rescued|airlifted|refloated|re-floated|freed|winched\s+(?:[\p{L}'’-]+\s+){0,3}?(?:aboard|on\s+board|to\s+safety|up|out|from)|(?:lifted|hoisted|plucked|pulled)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to\s+safety|from\s+the\s+(?:water|sea|raft|life\s+raft|rubble|debris|wreckage)))\b/u,
    'rescue',
  ],
  // A person spotted or sighted, told by name or pronoun (`Pike was spotted at 9:30 p.m. at a
  // motel`, `He was sighted at about 11 p.m.`), is where someone sought was seen, a moment of its
  // own: not the discovery of the event (the escape found at a 5 a.m. head count; moment
  // `at:sighting`, rule `fact:time-person-sighted`, stop 58). A thing spotted (`the leak was
  // spotted`, `Smoke was spotted`) is still found.
  [PERSON_SIGHTED, 'sighting'],
  // Detected or spotted is found too (`a breach detected at about 3 a.m.`, `the leak was spotted
  // at 6:10 a.m.`: moment `at:discovery`, rule `fact:time-detected`, h-disc63).
  [/\b(?:discovered|noticed|found|detected|spotted)\b/, 'discovery'],
  // Contact lost, told in the passive too (`Contact was lost at 8:47 a.m.`, `contact with the
  // craft was lost`; h-disc49).
  [
    /\b(?:lost contact|[Cc]ontact\b(?:\s+with\s+(?:the\s+|its\s+)?[\p{L}-]+)?\s+(?:was|had\s+been|has\s+been)\s+lost|disappeared|vanished|went missing)\b/u,
    'lost',
  ],
  // A service running again is a moment of its own (`Trains resumed at 3 p.m.`, `were allowed to
  // run again at 3 p.m.`, `power was restored at 6 a.m.`): not the event's end told by a fire
  // put out (moment `at:resume`, rule `fact:time-resumed`, stop 56).
  [
    /\b(?:resumed|restarted|(?:run|ran|running|move|moved|moving)\s+again|back\s+in(?:to)?\s+service|(?:was|were|been)\s+restored|(?:[Pp]ower|[Ee]lectricity|[Ss]uppl(?:y|ies)|[Ss]ervices?|[Ww]ater|[Gg]as|[Hh]eating|[Ii]nternet)\s+(?:was|were|had\s+been|is|are)\s+(?:\p{Ll}+ly\s+)?back(?:\s+on)?)\b/u,
    'resume',
  ],
  [/\b(?:ended|extinguished|put out|brought under control|contained|reopened)\b/, 'end'],
];
function momentOf(before: string): string | undefined {
  // The clause: back to the last clause mark.
  // A qualifier of the time itself (`opened fire shortly before midnight`) closes no clause.
  // An age set off by commas (`Officers stopped Kallis, 46, at about 2:15 a.m.`) closes no clause
  // either (rule `fact:time-past-age`, stop 47).
  const clause =
    before
      .replace(/,\s*\d{1,3}\s*,/g, ' ')
      // Nor does a figure's thousands mark (`started at 2,700 metres at about 1:30 p.m.`, `2, 700`
      // as tokenised text writes it; rule `fact:time-past-figure`).
      .replace(/(\d),\s?(?=\d{3}\b)/g, '$1')
      .replace(/\b(?:(?:shortly|just|right|soon|minutes|moments)\s+)?(?:before|after)\s*$/, '')
      // Nor does a moment the time is told from (`hit power lines shortly after take-off at about
      // 6:15`): the clause is the verb's (rule `fact:time-after-phase`).
      .replace(AFTER_PHASE, ' ')
      .split(/[,;:.!?]|\b(?:and|but|when|after|before|while|as)\b/)
      .at(-1) ?? '';
  // A machine named earlier in the sentence and then told by a pronoun (`The lift was carrying 11
  // people when it fell at about 9: 50 a. m.`): the pronoun's clause is the machine's, read as if
  // it named it (rule `fact:time-machine-stopped`, widened, stop 53).
  const machine = PRONOUN_CLAUSE.test(clause) ? MACHINE_NAMED.exec(before) : null;
  const read = machine ? clause.replace(PRONOUN_CLAUSE, `${machine[1]!.toLowerCase()} `) : clause;
  for (const [re, moment] of MOMENTS) if (re.test(read)) return moment;
  return undefined;
}

/** A clause opening with `it` or `they`: `it fell at about `. */
const PRONOUN_CLAUSE = /^\s*(?:it|they)\s+/;
/** What an adjective before a word for anyone says befell them, as the event its verb would give (`missing`: `miss`). */
const BEFELL_ADJECTIVE: Readonly<Record<string, string>> = {
  missing: 'miss',
  injured: 'injur',
  wounded: 'wound',
  dead: 'dead',
  rescued: 'rescu',
  arrested: 'arrest',
};
/** Machines that carry people, singular or plural. */
const MACHINES = String.raw`(?:escalators?|lifts?|elevators?|(?:roller\s+)?coasters?|cable\s+cars?|gondolas?|chairlifts?)`;
/** A machine that carries people, named in a sentence (the last one named; as it is written). */
const MACHINE_NAMED = new RegExp(String.raw`\b(${MACHINES})\b(?![^.!?]*\b${MACHINES}\b)`, 'i');

/** A phase of a flight or a day a time is told from: `shortly after take-off`, `just before landing`, `soon after dawn`. */
const AFTER_PHASE =
  /\b(?:(?:shortly|just|right|soon|minutes|moments|seconds)\s+)?(?:after|before)\s+(?:(?:its|the)\s+)?(?:take-?off|landing|departure|lift-?off|dawn|sunrise|daybreak)\b/gi;
/** A part of the day, with `early` or `late` before it or before its weekday: `early Monday morning`, `in the late afternoon`. */
const DAY_PART =
  /\b(?:(early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|the\s+)?(morning|afternoon|evening)\b(?!\s+(?:news|paper|show|service|prayers?|rush|commute|session|edition|briefing|star|post)\b)/giu;
/**
 * The hours a part of the day spans, as news uses them. A morning holds its early morning: an
 * hour after midnight is told as `early Thursday morning` or as `Thursday morning` (`3: 40 a. m.`;
 * rule `fact:morning-holds-early-morning`, stop 53).
 */
const DAY_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  morning: [0, 12],
  'early morning': [0, 9],
  'late morning': [9, 12.5],
  afternoon: [12, 18.5],
  'early afternoon': [12, 15.5],
  'late afternoon': [14.5, 19],
  evening: [17, 23.5],
  'early evening': [16.5, 20.5],
  'late evening': [20, 24],
};

/** Measures compared in another unit: unit -> [unit compared in, factor]. */
const CONVERSIONS: Readonly<Record<string, readonly [string, number]>> = {
  mi: ['km', 1.609344],
  ft: ['m', 0.3048],
  mph: ['km/h', 1.609344],
  // Pounds of weight in kilograms (`45 kilograms (99 pounds)`; stop 45).
  lb: ['kg', 0.45359237],
  // Grams in kilograms (`6,200 grams` / `6.2 kilograms`; rule `quantities:grams`, h-disc61).
  g: ['kg', 0.001],
  kn: ['km/h', 1.852],
  // Rain, snow and small lengths: `18 cm` and `7 inches` are compared in millimetres.
  cm: ['mm', 10],
  in: ['mm', 25.4],
  // A plant's power in megawatts (`1.2 GW` / `1,200 MW`; rule `quantities:power`, stop 56).
  GW: ['MW', 1000],
  kW: ['MW', 0.001],
};

/** A deal refused before its sum: `turned down a four-year, `, `rejected an `, `declined a $`. */
const DEAL_REFUSED =
  /\b(?:turned\s+down|turning\s+down|rejected|rejecting|declined|declining|spurned|refused|refusing)\s+(?:an?|the|their|his|her|its)\s+(?:[\p{L}\d-]+,?\s+){0,3}$/u;
/** A player's offer told by its verb, its term before the sum: `offered him four years and ` (a bid's `offered $4.2 billion for` keeps its price). */
const OFFERED_BEFORE =
  /\boffered\s+(?:(?:him|her|them|[\p{Lu}][\p{L}'’-]+)\s+)?(?:a|an|\w+)\s+(?:years?|seasons?)\s+and\s+$/u;

/** Degrees Fahrenheit in Celsius. */
const toCelsius = (f: number): number => ((f - 32) * 5) / 9;

/** Words before a temperature that make it the size of a change (`warmed by about `, `a rise of `). */
const TEMPERATURE_CHANGE =
  /\b(?:(?:rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|dropped|drop|drops|warmed|warms|cooled|cools|climbed|increased|decreased|jumped)\s+(?:by\s+)?|(?:rise|increase|drop|fall|warming|cooling)\s+of\s+)(?:about\s+|nearly\s+|almost\s+|around\s+|some\s+|more than\s+|up to\s+)?$/i;

/** Words before a temperature that make it a day's low (`lows of 12C`, `a minimum of 3C`). */
const TEMPERATURE_LOW = /\b(?:lows?|minimum|minimums|overnight|night-time|nighttime)\b[^,.;:]{0,20}$/i;

/**
 * What a temperature is about: a temperature (one story's air), or a day's low (`lows of
 * 12C`): highs and lows are two figures. Water, a body, an oven are named by the noun before
 * (`water temperatures of 28C`), a temperature of theirs.
 */
function temperatureOf(view: RepairedView, q: Span): { noun: string; text: string } {
  const before = view.text.slice(Math.max(0, view.fromOriginal(q.start) - 40), view.fromOriginal(q.start));
  if (TEMPERATURE_LOW.test(before)) return { noun: 'temperature-low', text: 'low' };
  // A rise or fall by some degrees (`rose by 3C`, `has warmed by about 1.5C`, `a rise of 2C`) is
  // the size of a change, not a temperature.
  if (TEMPERATURE_CHANGE.test(before)) return { noun: 'temperature-change', text: 'change' };
  const of = /\b(water|sea|ocean|body|core|surface|oven|engine)\s+temperatures?\b[^,.;:]{0,15}$/i.exec(
    before,
  );
  if (of) return { noun: `temperature-of-${of[1]!.toLowerCase()}`, text: `${of[1]} temperature` };
  return { noun: 'temperature', text: 'temperature' };
}

/** Spans of time compared in a smaller unit that holds a whole number of them: unit -> [unit, factor]. */
const SPAN_CONVERSIONS: Readonly<Record<string, readonly [string, number]>> = {
  week: ['day', 7],
  decade: ['year', 10],
  hour: ['minute', 60],
};

/** A verb of wrongful taking right before a sum: `embezzling`, `stole`, `siphoned off`, `misappropriated`. */
const SUM_TAKEN_BEFORE =
  /\b(?:embezzl(?:e|ed|es|ing)|st(?:ole|olen|eal|eals|ealing)|misappropriat(?:e|ed|es|ing)|misus(?:e|ed|es|ing)|(?:mis)?use\s+of|misappropriation\s+of|siphon(?:ed|s|ing)?(?:\s+off)?|swindl(?:e|ed|es|ing)|launder(?:ed|s|ing)?|loot(?:ed|s|ing)?)\s+(?:(?:an\s+estimated|about|around|nearly|roughly|some|almost|more\s+than|at\s+least|up\s+to|over)\s+)?$/i;

/** Nouns that head a compound after a sum (`emergency aid`, `military assistance`, `frozen assets`). */
/** Adjectives news puts before what a sum or a measure is of: `false`, `illegal`, `unpaid`, `fraudulent`. */
const DESCRIBING =
  /^(?:false|fake|bogus|fraudulent|illegal|illicit|unpaid|undeclared|unlawful|improper|wrongful|disputed|outstanding|additional|extra|new|total|annual|monthly|public|private|foreign|state|federal|emergency)$/;
const COMPOUND_HEAD = new Set(
  (
    'aid assistance assets funds funding relief damages damage losses revenue revenues sales profits debt debts loans loan grants grant spending investment investments contracts contract bonds securities reserves payments compensation oil fuel ' +
    // Goods seized or traded, their kind before them (`3.2 tonnes of elephant ivory`, `rhino horn`,
    // `raw gold`; stop 46).
    'ivory horn horns tusks cocaine heroin cannabis gold silver timber waste grain wheat'
  ).split(' '),
);

/** A sum's purpose after it: `for road repairs`, `for a new bridge` (up to two words, in lower case). */
const PURPOSE =
  /^\s+for\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:new\s+)?([a-z][\p{L}-]+(?:\s+[a-z][\p{L}-]+)?)(?=\s*(?:[,.;:]|$|\s(?:on|in|at|and|but|after|before|from|to|by|with|which|that|was|is)\b))/u;

/** Words after a count that tell those counted were at the place: ` were working`, ` were underground`, ` were on duty`. */
const PRESENT_AFTER =
  /^\s+(?:were|was)\s+(?:(?:still|already)\s+)?(?:working|underground|present|inside|on\s+(?:duty|shift|site)|at\s+work)\b/;
/** A verb of cheating someone, up to the sum they lost: `cheated elderly people out of `, `a fraud that cost pensioners `. */
const DEFRAUDED = needing(
  /\b(?:(?:cheat|swindl|defraud|conn|trick|scamm|fleec|dup)(?:ed|ing)|cheats?|defrauds?|swindles?)\s+(?:[\p{L}\p{N},'’-]+\s+){0,5}?(?:out\s+)?of\s+(?:about |nearly |roughly |some |almost |more than |an estimated |up to )?$|\b(?:fraud|scam|swindle|scheme)s?\s+(?:that|which)\s+(?:had\s+|has\s+)?cost\s+(?:[\p{L}'’-]+\s+){0,4}?(?:about |nearly |roughly |some |almost |more than |an estimated |up to )?$/iu,
  /(?:of\s+|cost\s+(?:[\p{L}'’-]+\s+){0,4}?)(?:about |nearly |roughly |some |almost |more than |an estimated |up to )?$/iu,
);
/** The period a rate's adjective names (`monthly` -> month). */
const RATE_PERIOD: Readonly<Record<string, string>> = { monthly: 'month', weekly: 'week', daily: 'day' };
/** A rate's adjective before its noun of one or two words and `of`, right before a figure (`monthly child support of `). */
const RATE_BEFORE =
  /\b(monthly|weekly|daily)\s+(?:[\p{Ll}-]+\s+){1,2}of\s+(?:about\s+|around\s+|some\s+|nearly\s+|up\s+to\s+)?$/iu;

/** A plight still lasting right after a count: ` were still without`, ` remain missing`, ` are still trapped` (rule `fact:period-still`). */
const STILL_AFTER =
  /^(?:\s+[\p{Ll}-]+){0,2}?\s+(?:(?:were|was|are|is)\s+still|remain(?:s|ed)?(?:\s+still)?)\s+(?:without|missing|stranded|trapped|homeless|displaced|cut\s+off|unaccounted|in\s+(?:shelters|hospital))\b/u;

/** Words that make a sum each one's: `each of`, `apiece`, `per person`. */
const EACH = /\b(?:each|apiece|per person|per head|a head)\b/;

/** Words that make a figure a running total: `this season`, `so far this year`, `to date`. */
const RUNNING_TOTAL = String.raw`((?:so\s+far\s+)?this\s+(?:season|year|campaign)|so\s+far|to\s+date|in\s+all\s+competitions)`;
/** Such words right after a figure, perhaps past one word (`19 goals so far`). */
const TO_DATE = new RegExp(String.raw`^(?:\s+[\p{Ll}-]+)?\s+${RUNNING_TOTAL}\b`, 'u');
/** Such words ending the figure's own span (`19 goals this season`, read as one quantity). */
const TO_DATE_WITHIN = new RegExp(String.raw`\s${RUNNING_TOTAL}$`, 'u');

/**
 * `last year` in a dated report is the year before its publication: a figure `last year` in a
 * 2047 report and one `in 2046` are figures of one year (rule `fact:period-last-year`).
 */
function yearOfLastYear(asOf: string | undefined, published: string | null | undefined): string | undefined {
  if (asOf !== 'then last year' || !published || !/^\d{4}-\d{2}/.test(published)) return undefined;
  return `in ${Number(published.slice(0, 4)) - 1}`;
}

/** The month or year a figure is given for, right after it (`in March`, `during 2023`), lower case; or undefined. */
function periodOf(view: RepairedView, q: Span, count = false): string | undefined {
  const partial = partialCount(view, q);
  if (partial) return partial;
  const to = view.fromOriginal(q.end);
  // A rate (`$8 million a year`, `300 calls per day`) is a figure per its unit,
  // never a total; the figure a change is measured from (`up from $2 million`, `compared with
  // 40 last year`) is the earlier one. Either is compared only with a figure of its own kind.
  // (Past the figure's conversion in brackets, or out of the brackets it converts in: `120
  // litres (32 gallons) a day`, rule `fact:rate-past-brackets`.)
  const rate = RATE_PER.exec(
    view.text
      .slice(to, to + 70)
      .replace(/^\s*(?:\([^()]{1,40}\)|\))/, '')
      .slice(0, 24),
  );
  if (rate) return `per ${(rate[1] ?? 'year').toLowerCase()}`;
  // (Or in each of several: `in each of the next two seasons`, rule `fact:rate-each-of-periods`.)
  const eachPeriod = count ? null : eachOfPeriods(view.text.slice(to, to + 60));
  if (eachPeriod) return `per ${eachPeriod}`;
  const from = view.fromOriginal(q.start);
  // `annual savings of $350 million`, `yearly sales of 2 million cars`: a rate told before its
  // noun, as `$400 million a year` tells it after (rule `fact:rate-before`). A firm's result for
  // its whole year (`expects full-year profit of $5 billion`, `full-year net sales of`) is the
  // year's too, not the quarter's the report gives (rule `fact:period-full-year`).
  if (
    /\b(?:(?:annual|yearly)\s+[\p{L}-]+|(?:full|whole|fiscal)[- ]year\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/u.test(
      view.text.slice(Math.max(0, from - 40), from),
    )
  )
    return 'per year';
  // So for the other periods, past two words of its noun (`the monthly child support of 45,000
  // dollars`; rule `fact:rate-before-period`).
  const rateBefore = RATE_BEFORE.exec(view.text.slice(Math.max(0, from - 50), from));
  if (rateBefore) return `per ${RATE_PERIOD[rateBefore[1]!.toLowerCase()]}`;
  if (CHANGED_FROM.test(view.text.slice(Math.max(0, from - 30), from))) return 'before';
  // The sentence's words before the figure, which may set its time (read once).
  const opening = view.text.slice(sentenceStart(view.text, from), from);
  // A figure of a sentence telling an outbreak's first case (`The first case was found on January
  // 6 at a farm near Lent, where 40,000 hens were killed`) is that case's, not the latest's (rule
  // `fact:period-first-case`, stop 46).
  if (/^\s*(?:["“‘']\s*)?[Tt]he\s+first\s+(?:case|outbreak|infection)\b/.test(opening))
    return 'then first case';
  // An earlier occasion named by its year counts too (`a majority of 9,800 at the 2049 general
  // election`: rule `fact:period-occasion-year`).
  const m =
    /^(?:\s+[\p{Ll}-]+){0,2}?\s+(?:in|during|for|at\s+the|in\s+the)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:1[89]|20)\d\d)\b/u.exec(
      view.text.slice(to, to + 40),
    );
  if (m) return `in ${m[1]!.toLowerCase()}`;
  // A year set off by a comma at the end of the figure's sentence (`The longest spacewalk lasted
  // 8 hours and 56 minutes, in 2041.`) dates the figure: that year's, not the story's (rule
  // `fact:period-year-set-off-after`).
  const setOffAfter = /^[^.;:!?\n]{0,40}?,\s+in\s+((?:1[89]|20)\d\d)\s*[.;!?]/u.exec(
    view.text.slice(to, to + 60),
  );
  if (setOffAfter) return `then ${setOffAfter[1]!}`;
  // A figure in a clause hung on a year before it (`last erupted in 2038, when two people were
  // killed`, `in 2038, killing three people`): that year's (rule `fact:period-year-clause`).
  // So is one whose subject has its year set off by commas or after it (`The last deadly tornado
  // in the county, in 2031, killed nine people`, `A pile-up on the same stretch in 2039 involved
  // 14 vehicles`; not after a participle, `founded in 1998 employs`, `The building, built in 1972,
  // had 54 flats`).
  // Not a year inside a clause told of the subject by another actor (`The piano that Mira Sollen
  // played on her first album in 1998 went for $2.4 million`: the playing is 1998's, the sale the
  // story's; rule `fact:period-year-object-clause`).
  const clause = YEAR_CLAUSE.exec(opening);
  if (clause && !(clause[2] && OBJECT_CLAUSE_YEAR.test(opening))) return `then ${clause[1] ?? clause[2]!}`;
  // Further into such a clause, no comma between (`in 2038, when ash clouds disrupted air travel
  // for six days`, `The last eruption, in 2038, grounded flights for eight days`: rule
  // `fact:period-year-set-off`).
  const setOff = YEAR_SET_OFF.exec(opening);
  if (setOff) return `then ${setOff[1] ?? setOff[2]!}`;
  // So is a figure in what led up to an act dated by a year (`died in 2039 after refusing food for
  // 61 days`, `was freed in 2041 following nine months in custody`): the span before that act
  // (rule `fact:period-year-after`).
  const led = YEAR_AFTER_CLAUSE.exec(opening);
  if (led) return `then ${led[1]!}`;
  // A figure in the clause of an earlier event the story is set after (`The crash came six months
  // after a medical helicopter went down near Calder, killing three`): that event's, compared with
  // nothing of the story's own (rule `fact:period-came-after-event`). The earlier event is
  // indefinite (`a`, `an`, `another`): `came two days after the storm` names the story's own.
  if (CAME_AFTER_EVENT.test(opening)) return 'then earlier event';
  if (count) {
    // What still remained in a plight when a report was written (`2, 500 homes were still without
    // water`, `40 people remain unaccounted for`): the count of a later moment than the story's
    // first toll of it, set only against another such count where its report gives that first
    // toll too (rule `fact:period-still`, stop 54; `stillBesideFirst`).
    if (STILL_AFTER.test(view.text.slice(to, to + 50))) return STILL;
    // A count of earlier ones (`Gray has four prior arrests`, `two previous convictions`): a
    // record before the story, not a figure of its event (rule `fact:count-prior`).
    if (/^\S+\s+(?:prior|previous|earlier)\s+\p{Ll}/u.test(view.text.slice(from, to + 20)))
      return 'then prior';
    // A count of an event its clause dates by a month with no day after it (`three people died
    // in a crash in March`): that month's, not the story's dated act (rule `fact:count-in-month`).
    const month = IN_MONTH_AFTER.exec(view.text.slice(to, to + 90));
    if (month) return `then ${month[1]!.toLowerCase()}`;
    // A count over several days or nights (`arrested in two nights of protests`): a total,
    // compared only with a total over as many (rule `fact:occasion-span`).
    const span = SPAN_OF_OCCASIONS.exec(view.text.slice(to, to + 60));
    if (span) return `over ${span[1]!.toLowerCase()} ${span[2]!.toLowerCase()}`;
    // So is a count in a clause about a stoppage of several days (`a two-day strike that forced
    // the cancellation of 1,450 flights`, `the three-day festival, which drew 200,000 people`).
    const spanned = SPANNED_BEFORE.exec(opening);
    if (spanned) return `over ${spanned[1]!.toLowerCase()} ${spanned[2]!.toLowerCase()}s`;
    // A count of one day or night its clause names (`arrested 23 people on Tuesday night`, `On
    // Monday night, 11 people were arrested`): that occasion's; a story of several nights gives
    // each its own figures (rule `fact:occasion-weekday`).
    const day = WEEKDAY_AFTER.exec(view.text.slice(to, to + 70)) ?? WEEKDAY_OPENING.exec(opening);
    // A day's count told against another day's (`About 350 flights were cancelled on Saturday, down
    // from 640 on Friday`): a figure of a daily series, compared only with its own day's (rule
    // `figure:day-against-day`).
    const fromDay = day && DAY_AGAINST_DAY.exec(view.text.slice(to, to + 120).split(/[.;]\s/)[0]!);
    if (day && fromDay) return `on ${day[1]!.toLowerCase()} (changed from ${fromDay[1]!.toLowerCase()})`;
    if (day) return `on ${day[1]!.toLowerCase()}`;
  }
  // A figure of an earlier period its clause names after it (`cut 900 jobs last year`, `won 44
  // games the previous season`, `40 a year earlier`): that period's (rule `fact:period-before`).
  // Up to six words may stand between, a place's name among them (`400 hives died in the Orvale
  // valley last week`, widened stop 54), as a month is read six words on (`fact:count-in-month`).
  const before =
    EARLIER_PERIOD_AFTER.exec(view.text.slice(to, to + 50)) ??
    EARLIER_PERIOD_WITHIN.exec(view.text.slice(from, to));
  if (before) return `then ${before[1]!.toLowerCase().replace(/\s+/g, ' ')}`;
  // A running total (`has now scored 19 goals this season`, `12 wins so far`) is the tally to
  // date, not the figure of the story's one match or day (rule `fact:tally-to-date`).
  const toDate = TO_DATE.exec(view.text.slice(to, to + 40)) ?? TO_DATE_WITHIN.exec(view.text.slice(from, to));
  if (toDate) return `to date ${toDate[1]!.toLowerCase().replace(/\s+/g, ' ')}`;
  // `Last year, a fire near Brenmoor burned 3,200 hectares`, `Two years ago, ...`: an earlier
  // period the sentence opens with (rule `fact:period-opening-last`).
  // `In 2009 it paid $1.4 billion for Petrel`: a year opening the sentence, no comma after it
  // (rule `fact:period-opening-year`, stop 47).
  const opened = PAST_OPENING.exec(opening) ?? LAST_OPENING.exec(opening) ?? YEAR_OPENING.exec(opening);
  return opened ? `then ${opened[1]!.toLowerCase().replace(/\s+/g, ' ')}` : undefined;
}

/** Words after a count's noun that tell it left the rails: ` of a train came off the rails`, ` derailed`, ` left the tracks`. */
const DERAILED_AFTER =
  /^(?:\s+of\s+(?:the\s+|a\s+|an\s+)?[^,.;:]{1,40}?)?\s+(?:derailed|(?:left|jumped)\s+the\s+(?:tracks?|rails?|line)|came\s+off\s+the\s+(?:tracks?|rails?|line))\b/i;
/** Words after homes or customers that tell they lost power: `and businesses in X lost power`, `affected by the blackout`. */
const LOST_POWER =
  /^(?:\s+and\s+(?:businesses|offices|shops|firms))?(?:\s+(?:in|across|of)\s+[^.,;:]{1,40}?)?\s+(?:(?:(?:have|had)\s+)?lost\s+(?:power|electricity)\b|(?:affected|hit)\s+by\s+(?:[\p{L}'’-]+\s+){0,2}(?:blackout|outage|power\s+(?:cut|failure|outage)))/iu;
/** A year a clause hangs on, right before a figure: `in 2038, when `, `since 2044, when a truck crash killed `, `in 2038, killing at least `. */
const YEAR_CLAUSE =
  /\b(?:in|since)\s+((?:1[89]|20)\d\d)\s*,\s*(?:when\s+(?:[\p{L}'’-]+\s+){0,5}|(?:killing|leaving|injuring|wounding|claiming)\s+(?:(?:about|some|at\s+least|nearly|almost|more\s+than|over)\s+)?)$|(?:,|\b(?!(?:built|made|born|set|held|run|won|sold|bought|begun|done|shut|put|cut|hit|dug|led|laid|paid|told|kept|left|lost|met|sent|spent|found|based)\b)\p{Ll}+(?<!ed|en))\s+in\s+((?:1[89]|20)\d\d)\s*,?\s+(?:\p{Ll}+\s+){1,2}$/u;
/**
 * A relative clause whose own subject acts on the noun before it (`that Mira Sollen played`,
 * `which he bought`), holding a year after its verb: the clause's year (`fact:period-year-object-clause`).
 */
const OBJECT_CLAUSE_YEAR =
  /\b(?:that|which)\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}|(?:he|she|they|we|I|you)\s+|(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){1,2})(?:had\s+|has\s+|have\s+|once\s+|first\s+)?\p{Ll}+\b[^,.;:!?]*?\bin\s+(?:1[89]|20)\d\d\s+(?:\p{Ll}+\s+){1,2}$/u;
/** A year a `when` clause hangs on, or one set off by commas after its subject, then the rest of its clause before a figure (`fact:period-year-set-off`). */
const YEAR_SET_OFF =
  /(?:\b(?:in|since)\s+((?:1[89]|20)\d\d)\s*,\s*when\s+|\p{Ll},\s+in\s+((?:1[89]|20)\d\d)\s*,\s+)[^,.;:!?]{0,60}$/u;
/** An act dated by a year, then what led up to it (`died in 2039 after refusing food for`; rule `fact:period-year-after`). */
const YEAR_AFTER_CLAUSE = /\bin\s+((?:1[89]|20)\d\d)\s+(?:after|following)\s+[^,;:]*$/u;
const WEEKDAY_NAME = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A weekday in a count's clause after it: `23 people in Delvin on Tuesday night`, `12 on Monday`. */
const WEEKDAY_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:and|but|or|as|when|while|after|before|since|because|where|who|which|that|said|says)\b)[\p{L}'’-]+){0,5}?\s+(?:on\s+|late\s+|early\s+|late\s+on\s+|early\s+on\s+)?${WEEKDAY_NAME}(?:\s+(?:night|morning|afternoon|evening))?\b(?!['’]s)`,
  'u',
);
/** A change from another day's figure after a count: `, down from 640 on Friday`, `up from 300 the day before on Monday`. */
const DAY_AGAINST_DAY = new RegExp(
  String.raw`\b(?:down|up)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+)?[\d,.]+(?:\s+[\p{Ll}-]+){0,3}?\s+on\s+${WEEKDAY_NAME}\b`,
  'u',
);
/** A sentence opening with a weekday before the count: `On Monday night, 11 people were arrested`. */
const WEEKDAY_OPENING = new RegExp(
  String.raw`^(?:(?:Late|Early)\s+)?(?:[Oo]n\s+)?${WEEKDAY_NAME}(?:\s+(?:night|morning|afternoon|evening))?\s*,[^,;]*$`,
  'u',
);
/** A clause about something of several days before a count: `a two-day strike that forced`. */
const SPANNED_BEFORE =
  /\b(two|three|four|five|six|seven|\d+)-(day|night)\s+[\p{L}-]+,?\s+(?:that|which)\b[^.;]*$/iu;
/** A count over several days or nights: `in two nights of protests`, `over three days`. */
const SPAN_OF_OCCASIONS =
  /^(?:\s+[\p{L}-]+){0,5}?\s+(?:in|over|during|across)\s+(?:the\s+(?:past|last)\s+)?(two|three|four|five|six|seven|\d+)\s+(nights|days)\b/u;
/**
 * A count's share done, in the figure's sentence (`with 60 per cent of ballots counted`, `with
 * 80% of precincts reporting`), or results it calls early (`partial results`, `preliminary
 * returns`): the figures there hold for a count not yet over, and are compared only with
 * figures of that same point of the count, never with the final ones. `with 95 percent of the
 * vote in Sunday's election` is a result: `in` only when it ends the clause (`with 60% of the
 * vote in, ...`).
 */
/** Words of a sentence told as coming some time after an earlier, other event, before a figure in that event's clause (`fact:period-came-after-event`). */
const CAME_AFTER_EVENT =
  /\b(?:came|comes|happened|occurred|follows|followed)\s+(?:just\s+|only\s+|barely\s+|less\s+than\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|since)\s+(?:a|an|another)\s+[^;]*$/u;
/** An earlier period after a figure, within its clause: `last year`, `the previous season`, `a year earlier`, `two years ago`. */
const EARLIER_PERIOD_AFTER =
  /^(?:\s+(?!(?:and|but|while|when|as|after|before|since)\b)[\p{L}-]+){0,6}?\s+((?:last|the\s+previous|the\s+prior)\s+(?:year|season|month|week|quarter)|(?:a|one|two|three|four|five|ten)\s+(?:years?|seasons?|months?|weeks?)\s+(?:ago|earlier|before))\b/u;
/** The same inside a count's own span, which may run over it (`900 jobs last year`). */
const EARLIER_PERIOD_WITHIN = /\s((?:last|previous|prior)\s+(?:year|season|month|week|quarter))$/u;
const PARTIAL_COUNT =
  /\bwith\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+over\s+)?(\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|all\s+)?(?:ballots?|votes?|precincts|polling\s+(?:stations|places)|districts|constituencies|returns)\s+(?:counted|reporting|reported|tallied|processed|declared)\b|\bwith\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|all\s+)?(?:ballots?|votes?|precincts|returns)\s+in\s*(?=[,.;)]|$)|\b(?:partial|preliminary|provisional|incomplete)\s+(?:results|returns|count|tally)\b/i;
function partialCount(view: RepairedView, q: Span): string | undefined {
  const from = view.fromOriginal(q.start);
  const start = sentenceStart(view.text, from);
  // The sentence's end within 300 characters, as its start (a long unbroken text is read in a window: linear).
  const end = /[.!?](?:\s|$)|\n/.exec(view.text.slice(from, from + 300));
  const sentence = view.text.slice(start, end ? from + end.index : from + 300);
  const m = PARTIAL_COUNT.exec(sentence) ?? shareBefore(view.text, start, sentence);
  if (!m) return undefined;
  const share = m[1] ?? m[2];
  return share ? `partial ${share.replace(',', '.')}%` : 'partial';
}

/** A year of a staged rise, right after its percentage: ` this year`, ` next year`, ` pay rise in the second year`. */
const STAGED_YEAR_WORDS = String.raw`\s+(?:(?:pay\s+)?(?:rise|increase)\s+)?(?:in\s+)?(this|next|the\s+following|the\s+(?:first|second|third|fourth|final))\s+year\b`;
const STAGED_YEAR_AFTER = new RegExp(`^${STAGED_YEAR_WORDS}`, 'i');
/** A percentage with its year of a staged rise: `4 percent this year`, `3% next year`. */
const STAGED_YEAR = new RegExp(String.raw`(?:percent|per\s?cent|%)${STAGED_YEAR_WORDS}`, 'gi');
/**
 * The year a percentage is a step of, when its sentence stages a rise or a forecast over years,
 * two percentages each told with its own year (`has offered 4 percent this year and 3 percent
 * next year`, `growth of 2 percent this year and 2. 5 percent next year`): each that year's
 * figure, set only against the same year's step (`per year (next year)`), never against the
 * whole (`a 7 percent offer spread over two years`) nor a figure told with no year (rule
 * `fact:percent-staged-year`, stop 57).
 */
function stagedYear(view: RepairedView, q: Span): string | undefined {
  const from = view.fromOriginal(q.start);
  const to = view.fromOriginal(q.end);
  const m = STAGED_YEAR_AFTER.exec(view.text.slice(to, to + 40));
  if (!m) return undefined;
  const start = sentenceStart(view.text, from);
  const end = /[.!?](?:\s+\D|$)|\n/.exec(view.text.slice(to, to + 200));
  const sentence = view.text.slice(start, end ? to + end.index : to + 200);
  const years = new Set([...sentence.matchAll(STAGED_YEAR)].map((x) => x[1]!.toLowerCase()));
  return years.size >= 2 ? `per year (${m[1]!.toLowerCase().replace(/\s+/g, ' ')})` : undefined;
}

/**
 * The share of a count done that the sentence before gives (`With 62 percent of precincts
 * reporting, Adeyemi led ...`), for a sentence that goes on with the votes of that point of the
 * count (`Adeyemi had 29, 810 votes and Bellweather 27, 460.`): its figures hold for that point too
 * (rule `fact:partial-count-sentence-before`). Not a sentence that tells a final or full count
 * (`With all precincts reporting`, `final results`, `certified`), nor one of no votes or ballots.
 */
function shareBefore(text: string, start: number, sentence: string): RegExpExecArray | null {
  if (start < 2 || !VOTES_NAMED.test(sentence) || FULL_COUNT.test(sentence)) return null;
  const before = text.slice(sentenceStart(text, start - 1), start);
  const m = PARTIAL_COUNT.exec(before);
  return m && (m[1] ?? m[2]) ? m : null;
}
/** Votes or ballots named. */
const VOTES_NAMED = /\b(?:votes?|ballots?)\b/i;
/** A count told as over: `final`, `all precincts`, `certified`, `complete results`. */
const FULL_COUNT =
  /\b(?:final|all\s+(?:the\s+)?(?:precincts|ballots|votes)|certified|complete\s+(?:results|returns|count))\b/i;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A month with no day after it, in a count's clause after the count: ` people died in a crash in March` (`fact:count-in-month`). */
const IN_MONTH_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:and|but|while|when|as|after|before|since|said|says|told|on)\b)[\p{L}'’-]+){0,6}?\s+in\s+(?:early\s+|late\s+|mid-?\s*)?(${MONTH})\b(?!\s*\d)`,
  'u',
);
/**
 * A clause opened by a past period before the figure (`In March, an airstrike on a market
 * killed 18 people`, `In 2019, a ferry sank`, `Last year, ...`): background, another event than
 * the story's; the figure holds for that period and is compared only with figures of it. No
 * day or other date word between the opening and the figure.
 */
// An earlier occasion of a year opens it too (`At the 2049 general election, `: rule
// `fact:period-occasion-year`).
const PAST_OPENING = new RegExp(
  String.raw`^(?:In|During|Back in|(?=(?:At|In|During)\s+the\s+(?:1[89]|20)\d\d\s+\p{Ll})(?:At|In|During)\s+the)\s+((?:(?:early|late|mid-?)\s*)?${MONTH}(?:\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)(?:\s+[\p{Ll}-]+){0,3}?\s*,(?![^]*\b(?:today|yesterday|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH})\b)[^]*$`,
  'u',
);
/** A sentence opening on a year with no comma after it (`In 2009 it paid`, `Back in 2009 the firm sold`), not one that goes on to today. */
const YEAR_OPENING =
  /^\s*(?:In|Back\s+in)\s+((?:1[89]|20)\d\d)\s+(?=[\p{L}])(?![^]*\b(?:today|yesterday|tonight|this\s+week|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[^,;]*$/u;
/**
 * A sentence opening with an earlier period before a figure: `Last year, `, `Two years ago, `,
 * `The previous season, `; news often leaves the comma out (`Last year Carvell recalled 1.2
 * million vehicles`, rule `fact:period-opening-no-comma`).
 */
const LAST_OPENING =
  /^((?:Last|The\s+previous|The\s+year\s+before)\s+(?:year|month|season|summer|winter|spring|autumn|fall|decade)|(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+(?:years?|months?|decades?)\s+(?:ago|earlier|before))(?:\s*,|\s+(?=\p{L}))[^;]*$/u;
/** Where the sentence holding `at` opens: after the last `. `, `! `, `? ` or line break before it. */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 300), at);
  let start = Math.max(0, at - 300);
  for (const m of before.matchAll(/[.!?]["”’)]?\s+|\n/g))
    start = Math.max(0, at - 300) + m.index! + m[0].length;
  return start;
}

/** A rate's unit after its figure: `a year`, `per day`, `each month`, `annually` (a year); not `a day after`. */
const RATE_PER =
  /^\s+(?:(?:a|an|per|each)\s+(year|month|week|day|hour|game|season)\b(?!\s+(?:after|before|later|earlier|ago|into|of|since|from|in|on|when|that|and)\b)|annually\b|yearly\b)/i;
/** Words before the figure a change is measured from: `up from`, `down from`, `compared with`, `versus`. */
const CHANGED_FROM =
  /\b(?:(?:up|down|rising|falling|climbing|dropping|increasing|decreasing|an?\s+(?:increase|decrease|rise|drop|fall))\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?$/i;

/** How many of each unit a larger unit of time holds. */
const SMALLER_UNIT: Readonly<Record<string, readonly [string, number]>> = {
  hour: ['minutes?', 60],
  day: ['hours?', 24],
  minute: ['seconds?', 60],
  year: ['months?', 12],
};
/**
 * The smaller unit joined to a span of time (`three hours and 20 minutes`, `two days and six
 * hours`): its end in the original text and its value in the larger unit.
 */
function partOfDuration(
  view: RepairedView,
  q: Span,
  unit: string,
): { end: number; value: number } | undefined {
  const smaller = SMALLER_UNIT[unit];
  if (!smaller) return undefined;
  const to = view.fromOriginal(q.end);
  const m = new RegExp(
    String.raw`^,?\s+and\s+(\d{1,2}|${SMALL_NUMBERS.slice(1).join('|')})\s+${smaller[0]}\b`,
    'iu',
  ).exec(view.text.slice(to, to + 40));
  if (!m) return undefined;
  const n = numberOf(m[1]!);
  return n > 0 ? { end: view.toOriginal(to + m[0].length, 'end'), value: n / smaller[1] } : undefined;
}

/** A pair's ages told together: `Two hikers, aged 27 and 31`, `the two climbers, aged 19 and 23` (`fact:age-of-pair`). */
const PAIR_AGES =
  /\b(?:[Tt]wo|[Tt]he\s+two|[Bb]oth)\s+(?<noun>\p{Ll}{3,}s),\s+aged\s+(?<x>\d{1,2})\s+and\s+(?<y>\d{1,2})\b(?!\s*(?:years?\s+ago|[%:.]\d))/gu;
/** A pair's noun: `Two hikers`, `the two climbers`. */
const PAIR_NOUN = /\b(?:[Tt]wo|[Tt]he\s+two|[Bb]oth)\s+(\p{Ll}{3,}s)\b/gu;
/** The age of one of a pair: `One of them, 29,`. */
const ONE_OF_PAIR = /\b[Oo]ne\s+of\s+them,\s+(\d{1,2}),/gu;

/**
 * An outing's place in its holder's series, told as what it was or as what they made: `It was
 * her fourth spacewalk`, `The outing was Oduya's third spacewalk`, `made his second flight`
 * (`fact:ordinal-of-outing`; `first` is left: `his first day`, `her first name`).
 */
/** Nouns of one outing counted under another's name: a victory or a triumph is a win (`his fourth victory` / `his third win`). */
const OUTING_FAMILY: Readonly<Record<string, string>> = { victory: 'win', triumph: 'win' };
const OUTING_ORDINAL = new RegExp(
  String.raw`(?:\b(?:It|This|That|[Tt]he\s+\p{Ll}+)\s+(?:was|is|marked|became)|\b(?:made|makes|making|completed|conducted|performed|celebrated|celebrating|claimed|claiming|clinched|clinching|captured|earned|earning|secured|notched|recorded|collected|won|winning|took|taking)|\b(?:on|for))\s+(?:(?<pron>his|her|their)|(?<owner>\p{Lu}[\p{L}'’-]+)\s?['’]s)\s+(?<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?:(?:career|professional|\p{Lu}[\p{L}-]*)\s+){0,3}(?<noun>(?!(?:for|and|the|with|since|this|that|after|before|from|into|over|under|at|in|on|of|by|to)\b)\p{Ll}{3,})\b(?!\s+(?:(?:in|during|back\s+in)\s+(?:1[89]|20)\d\d|last\s+(?:year|month|week)|\d+\s+years?\s+ago))`,
  'gu',
);

/** An ordinal place in a line (`fourth in line to the throne`, `5th in line for`). */
const ORDINAL_IN_LINE = new RegExp(
  String.raw`\b(${ORDINALS.join('|')}|\d{1,3}(?:st|nd|rd|th))\s+in\s+line\s+(?:to|for)\s+(?:the\s+)?(\p{L}+)`,
  'giu',
);

/**
 * An ordinal of a holder's wins, titles or terms: `her third Oscar`, `a second term`, `his fourth
 * Grand Slam title`; not one dated in a past year (`her first Oscar in 2025`: an earlier event).
 */
const ORDINAL_OF_HOLDER =
  /\b(?:his|her|their|its|\p{Lu}[\p{L}'’-]*['’]s|an?)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive|career|major|Grand\s+Slam|world|league)\s+)?(term|title|championship|award|Oscar|Grammy|Emmy|victory|marriage|album|stint|mandate|medal|trophy)s?\b(?!\s+(?:in|during|back\s+in)\s+(?:1[89]|20)\d\d)/gu;

/** How often someone scored: `scored twice`, `netted a hat-trick`, `scores three times`. */
const SCORED = new RegExp(
  String.raw`\b(scored|scores|scoring|netted|nets|netting)\s+(once|twice|a\s+brace|a\s+hat-?\s?trick|(\d{1,2}|${SMALL_NUMBERS.slice(1).join('|')})\s+times)\b`,
  'giu',
);

/** A storm's category: `Category 4`. */
const CATEGORY =
  /\b(?:((?:down|up)grad(?:ed|es|ing)|weaken(?:ed|s|ing)|strengthen(?:ed|s|ing)|intensif(?:ied|ies|ying)|(?:fell|dropped|rose|grew)(?=\s+to\b)|lowered|raised)\s+(?:to\s+|into\s+)?(?:an?\s+|the\s+)?)?[Cc]ategory[ -](\d)\b/g;
/** The edition of a named event: `the 82nd Corvel Film Awards`, `the fifth Orlin Marathon`. */
const EDITION =
  /\b[Tt]he\s+(\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?:annual\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)/gu;
/** An edition told by a word for the event, not its name: `the 87th running of the race`, `the 12th edition of the festival`. */
const UNNAMED_EDITION =
  /\b[Tt]he\s+(\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?:running|edition|staging|renewal)\s+of\s+(?:the|this)\s+(?:race|event|tournament|contest|festival|ceremony|marathon|classic|competition|awards|fair|show)\b/g;
/** A named event: capitalised words ending in a word for a race, a tournament or a festival (`the Calloway Derby`, `the Tarn Film Festival`; group 1). */
const NAMED_EVENT =
  /\b(?:[Tt]he\s+)(?:\d{1,3}(?:st|nd|rd|th)\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Derby|Stakes|Cup|Marathon|Open|Festival|Awards|Games|Championships?|Grand\s+Prix|Classic|Rally|Regatta|Trophy|Prize|Fair|Show|Triathlon))\b/gu;
/** A tornado's rating on the (Enhanced) Fujita scale: `an EF3 tornado`, `rated EF-4`, `an F5`. */
const FUJITA = /\bE?F-?([0-5])\b(?=\s+tornado|\s+twister|[,.;]|\s+on\b)|\brated\s+E?F-?([0-5])\b/g;

/** Acts counted in times, by the family they are compared in. */
const TIMES_ACT: Readonly<Record<string, string>> = {
  shot: 'shot',
  fired: 'shot',
  stabbed: 'stabbed',
  struck: 'struck',
  hit: 'struck',
  punched: 'struck',
  kicked: 'struck',
  married: 'married',
  arrested: 'arrested',
  convicted: 'convicted',
  // How often a prize or title was won (`won the national film prize three times` / `twice`;
  // rule `fact:times-done`, stop 46).
  won: 'won',
};
/** A fact a pattern reads (see `byPattern` in {@link documentFacts}), at `at` of its match for `length`. */
type PatternFact = Pick<Fact, 'kind' | 'value' | 'unit' | 'about' | 'aboutText' | 'rule'> & {
  at: number;
  length: number;
  /** Digits after the decimal point as written (`4.3-inch`: 1); none when left out. */
  decimals?: number;
  /** The bound a qualifier before the figure sets (`about`, `at least`); none when unqualified. */
  qualifier?: string;
  /** What befell the counted things, as a participle (`dead`, `refloated`); none when the text does not say. */
  event?: string;
};
/** The facts a pattern's reader gave for one match: none, one or several. */
const factsRead = (x: PatternFact | readonly PatternFact[] | null): readonly PatternFact[] =>
  x === null ? [] : Array.isArray(x) ? x : [x as PatternFact];

/**
 * A vote's tally: a word of voting or passing, then the votes for and against (`approved the
 * deal on Monday by 212 votes to 198`, `voted 7 to 2`, `the vote was 54-46`, `passed by a vote of
 * 9 to 4`), the second number followed by nothing that makes it a measure (`by 5 to 10 per cent`,
 * `from 2 to 3 p.m.`). A ratio with no vote (`outnumbered by 3 to 1`) is no tally.
 */
const TALLY = new RegExp(
  String.raw`\b(?:[Vv]oted|[Vv]ote\s+was|[Vv]ote\s+of|(?:[Dd]eadlocked|[Ss]plit|[Dd]ivided)(?=\s+(?:\d{1,3}|[a-z]+)\s+to\s)|(?:[Ss]urviv(?:ed|ing)|[Ww]on|[Ww]inning|[Ll]ost|[Ll]osing)\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:vote|motion|ballot)\b[^,.;]{0,60}?(?:,?\s(?:by|in)|,)|(?:[Pp]assed|[Aa]pproved|[Rr]ejected|[Dd]efeated|[Bb]acked|[Aa]dopted|[Ee]lected|[Cc]onfirmed|[Rr]atified|[Uu]pheld|[Oo]verturned|[Vv]oted)(?:\b[^,.;]{0,80}?\s(?:by|in)|\s+(?:the|a|an|its|their|his|her)(?:\s+[\p{L}'’-]+){1,5}(?=\s+\d{1,3}\s?[-–]\s?\d))?)\s+(?:a\s+(?:vote|margin)\s+of\s+|a\s+(?=\d{1,3}\s?[-–]\s?\d{1,3}\s+vote))?(\d{1,3}(?:,\s?\d{3}(?!\d))*|${SMALL_NUMBERS.slice(1).join('|')})(?:\s+votes?)?\s*(?:to|-|–)\s*(\d{1,3}(?:,\s?\d{3}(?!\d))*|${SMALL_NUMBERS.slice(1).join('|')})\b(?=\s*(?:votes?\b|in\s+favou?r\b|against\b|with\b|on\b|in\b|at\b|after\b|to\s+(?!\d)\p{Ll}{2,}\b|(?:late|early)\s+(?:on|in|last|this)\b|overnight\b|yesterday\b|today\b|tonight\b|,|\.(?!\d)|;|\)|$))`,
  'gu',
);
/** A count of those who voted against: `72 voting against`, `40 members voted against the bill`. */
const VOTED_AGAINST = new RegExp(
  String.raw`\b(\d{1,3}(?:,\s?\d{3}(?!\d))*|${SMALL_NUMBERS.slice(1).join('|')})(?=\s+(?:(?:lawmakers|legislators|members|MPs|deputies|senators|councillors|councilors|delegates|shareholders|representatives)\s+)?(?:voting|voted|who\s+voted)\s+against\b)`,
  'gu',
);
/** The votes against after those for (`27 councillors voted in favour and 14 against`): group 1. */
const FOR_AND_AGAINST = new RegExp(
  String.raw`(?<=\b(?:voted|voting)\s+(?:in\s+favou?r|for\s+(?:it|the\s+\p{L}+))\s*,?\s+(?:and|with|while)\s+)(\d{1,3}(?:,\s?\d{3}(?!\d))*|${SMALL_NUMBERS.slice(1).join('|')})(?=\s+(?:voted\s+|voting\s+|were\s+)?against\b)`,
  'gu',
);
const TIMES_DONE = new RegExp(
  String.raw`\b(${Object.keys(TIMES_ACT).join('|')})\b(?:\s+[\p{L}\p{N}'’.-]+){0,4}?\s+(once|twice|thrice|(\d{1,3}|${SMALL_NUMBERS.slice(1).join('|')})\s+times)\b`,
  'giu',
);

/**
 * How often an act was done, `times` ending the match (`twice`, `17 times`, its number in `digits`):
 * a count of the act `about`; none when the number is not positive.
 */
function timesFact(
  m: RegExpMatchArray,
  times: string,
  digits: string | undefined,
  about: string,
  aboutText: string,
  rule: string,
): PatternFact | null {
  const word = times.toLowerCase();
  const value = word === 'once' ? 1 : word === 'twice' ? 2 : word === 'thrice' ? 3 : numberOf(digits ?? '');
  if (!(value > 0)) return null;
  return {
    at: m[0].length - times.length,
    length: times.length,
    kind: 'count',
    value,
    unit: 'times',
    about,
    aboutText,
    rule,
  };
}

/** A past participle, perhaps with its particle, right before how often (`rolled over 22 times`, `postponed twice`). */
const TIMES_VERB = new RegExp(
  String.raw`\b(\p{Ll}{3,}ed)(?:\s+(over|up|out|down|back|off))?\s+(once|twice|thrice|(\d{1,3}|${SMALL_NUMBERS.slice(1).join('|')})\s+times)\b`,
  'gu',
);
/** Verbs whose `five times` is a multiple of a change, not how often (`increased five times`). */
const CHANGE_MULTIPLE =
  /^(?:increased|decreased|multiplied|expanded|doubled|tripled|reduced|raised|lowered|boosted|inflated|magnified|exceeded|outnumbered|outsold|outspent)$/;

/** `the` right before a name: a team, a band or a family (`the Harriers`), not one person. */
const THE_BEFORE = /\bthe\s+$/i;
/** The word before a name a move is from or to (`from Porto Alba`, `to Hallam`). */
const MOVE_END_BEFORE = /\b(?:from|to)\s+$/i;

/** Agreeing to an agreement right after a name: `agreed to a`, `has agreed to terms on a`. */
const AGREED_TO = /^\s+(?:has\s+|had\s+)?agreed\s+(?:to\s+)?(?:terms\s+on\s+)?(?:a|an|the)\s/;

/** A noun, a name's complement perhaps (`Prize in Medicine`), then `, worth` right before a sum. */
const WORTH_SET_OFF = needing(
  /(?<![\p{L}])([A-Za-z][\p{L}-]+)(?:\s+(?:in|of|for)\s+(?:\p{Lu}[\p{L}-]*\s*){1,3})?,\s+worth\s+(?:about |nearly |roughly |some |almost |more than |up to )?$/u,
  /,\s+worth\s+(?:about |nearly |roughly |some |almost |more than |up to )?$/u,
);
/** A noun, its verb and `worth` right before a sum: `contract is worth`, `deal was now worth`. */
const WORTH_SUBJECT = needing(
  /\b([A-Za-z][\p{L}-]+)\s+(?:was|were|is|are|has been|had been|have been|would be|will be)\s+(?:now\s+)?worth\s+(?:about |nearly |roughly |some |almost |more than |up to )?$/u,
  /\sworth\s+(?:about |nearly |roughly |some |almost |more than |up to )?$/u,
);

/** A sum written between an agreement's term and its noun: `$20 million`, `€3.5m`, `£120,000`. */
const TERM_SUM = String.raw`(?:US|C|A)?[$€£]\s?\d{1,3}(?:[,.]\d{1,3})*(?:\s?(?:million|billion|m|bn))?(?:-a-year)?`;

/** Number words and digits a term is written with. */
// A number of a term, `and a half` after it allowed (`four and a half years` is 4.5 years).
const TERM_NUMBER = `(?:${[String.raw`\d{1,3}`, ...SMALL_NUMBERS.slice(1)].join('|')})(?:\\s+and\\s+a\\s+half)?`;
/** Words of a sentencing: a document without them tells no term received. */
const SENTENCING = /\b(?:sentenced|sentencing|jailed|imprisoned|prison|jail)\b/i;
/** A prison sentence imposed: `sentenced him to 12 years`, `12 years in prison`, `a 10-year prison term`, `jailed for six months`. */
const TERM = new RegExp(
  String.raw`\b(?:(?:sentenced|jailed|imprisoned)\b[^.;:]{0,40}?\b(?:to|for)\s+(?<n1>${TERM_NUMBER})\s+(?<u1>years?|months?|weeks?|days?)\b` +
    String.raw`|(?<n2>${TERM_NUMBER})\s+(?<u2>years?|months?|weeks?|days?)\s+(?:in (?:prison|jail)|behind bars|of imprisonment)\b` +
    // A term received (`His co-defendant received four years`): read only in a document that
    // tells of a sentencing (rule `fact:term-received`).
    String.raw`|\b(?:received|receives|got|gets|was\s+given|were\s+given)\s+(?<n5>${TERM_NUMBER})\s+(?<u5>years?|months?)\b(?![’'\s]*(?:of|old|ago|earlier|later|before|after|probation|in\s+(?:a|the)\s+row))` +
    // A term asked for by the prosecution, no word of prison after it (`Prosecutors had asked for
    // eight years`, `had sought 10 years`, `demanded a 12-year term` is read below): read only in
    // a document that tells of a sentencing, a demand (rule `fact:term-sought`).
    String.raw`|\b(?:[Pp]rosecut\p{L}*|[Tt]he\s+prosecution|[Pp]ublic\s+prosecutors?)\s+(?:had\s+|have\s+|has\s+)?(?:asked\s+for|sought|demanded|requested|called\s+for)\s+(?<n6>${TERM_NUMBER})\s+(?<u6>years?|months?)\b(?![’'\s]*(?:of|old|ago|earlier|later|before|after|probation))` +
    // Its hyphens written apart in tokenised text (`a two - year prison sentence`), and
    // `suspended` before its noun (`a two - year suspended prison term`: rule
    // `fact:term-sentence`, widened, stop 55).
    // A sentence told by its length after `of` (`a suspended sentence of 21 months`, `a prison
    // term of 12 years`; rule `fact:term-sentence`, widened, stop 55).
    String.raw`|\b(?:(?:prison|jail)\s+(?:sentence|term)|sentence)\s+of\s+(?<n7>${TERM_NUMBER})\s+(?<u7>years?|months?|weeks?|days?)\b` +
    String.raw`|(?<n3>${TERM_NUMBER})\s?-\s?(?<u3>year|month|week|day)(?:\s?-\s?long)?\s+(?:suspended\s+)?(?:prison\s+|jail\s+)?(?:sentence|term)\b` +
    // A life sentence's minimum term: `life in prison with the possibility of parole after 35
    // years`, `life, with no chance of parole for 25 years`, `eligible for parole after 20 years`.
    String.raw`|\blife\b(?:\s+(?:in prison|imprisonment|behind bars))?,?\s+(?:with(?:\s+the)?\s+(?:possibility|chance|prospect)\s+of\s+parole\s+after|with\s+no\s+(?:possibility|chance)\s+of\s+parole\s+(?:for|before)|(?:and\s+)?(?:will be\s+)?eligible\s+for\s+parole\s+after)\s+(?<n4>${TERM_NUMBER})\s+(?<u4>years?)\b)`,
  'dgiu',
);
/**
 * The day a term was imposed, when its sentence names one (`was sentenced on Wednesday to 12
 * years`, `on Monday as the judge sentenced him to 25 years`): the last weekday before the
 * term's end, else the first within 30 characters after it, read as the latest such day on or
 * before publication (`on 2031-05-14`; `on wednesday` when the publication date is unknown).
 * Terms imposed on two days are two sentencings (two defendants, or one resentenced), not one
 * figure told two ways.
 */
function termDay(text: string, end: number, published: string | null | undefined): string | undefined {
  const day = /\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
  const before = [...text.slice(0, end).matchAll(day)].pop();
  const after = before ? undefined : day.exec(text.slice(end, end + 30));
  const name = (before ?? after)?.[1]?.toLowerCase();
  if (!name) return undefined;
  const iso = published?.slice(0, 10);
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return `on ${name}`;
  const p = new Date(`${iso}T00:00:00Z`);
  const back = (p.getUTCDay() - DAYS.indexOf(name) + 7) % 7;
  return `on ${new Date(p.getTime() - back * 864e5).toISOString().slice(0, 10)}`;
}
/**
 * A term faced: the most a conviction could bring. The month (`was sentenced in May to seven
 * years`, `on May 4`) is no modal `may` (rule `fact:may-the-month`).
 */
const FACED =
  /\b(?:faces?|facing|could|would|might|(?<!\b(?:in|of|on|since|until|by|from|early|late|mid|last|next|this)\s)may(?!\s+\d)|maximum|up to|possible|potential|carries|carrying)\b[^.;:,]{0,25}$/i;
/** The prosecution as the one asking: `Prosecutors`, `the state`, `the Crown`, `the district attorney`. */
const PROSECUTION_ASKS =
  /\b(?:prosecut\p{L}*|(?:the|a)\s+(?:state|government|Crown)\b|(?:district|U\.\s?S\.|state|federal)\s+attorneys?\b|attorney\s+general)/iu;
/**
 * The defence as the one asking: its lawyers (`his lawyers asked for`, `the defence sought`), or
 * the one sentenced asking for himself (`Holt, who is 61, had asked for`, `He had asked for`): a
 * name or a pronoun, an aside between commas allowed, right before the verb of asking.
 */
const DEFENCE_ASKS = new RegExp(
  String.raw`\b(?:defen[cs]e|(?:his|her|their)\s+(?:lawyers?|attorneys?|counsel|legal\s+team))\b` +
    String.raw`|(?:^|[.;]\s+)(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(?:\p{Lu}[\p{L}'’-]+|[Hh]e|[Ss]he)(?:,[^,.;]{1,60},)?\s+(?:had\s+|has\s+)?(?:asked|sought|requested|pleaded)\b`,
  'u',
);
/**
 * Who asked for a term: a demand of the prosecution is not one of the defence (`Prosecutors had
 * asked for 20 years` / `Holt had asked for a sentence of five years`), so the two are never set
 * against each other as one figure (rule `fact:term-sought-side`, stop 57); unsaid, undefined.
 */
function askingSide(before: string): string | undefined {
  if (PROSECUTION_ASKS.test(before)) return 'side:prosecution';
  if (DEFENCE_ASKS.test(before)) return 'side:defence';
  return undefined;
}
/** A term asked for (`faced`, past, is read with it: what was faced then is no term now). */
const SOUGHT = /\b(?:faced|seek\w*|sought|ask\w*|recommend\w*|request\w*)\b[^.;:,]{0,25}$/i;
/**
 * A term described as not the one imposed now, by a word right before it (`his previous 10-year
 * term`); `a former bank manager was sentenced` describes the manager. A term someone `is
 * serving` (not `already`) is the one he is held on now, read as imposed (rule
 * `fact:term-serving`); one served before (`had served`, `was serving`) is not.
 */
const NOT_IMPOSED_NOW =
  /\b(?:previous|former|old|last|original|earlier|expired?|remaining)\s+(?:[\p{L}\d-]+\s+)?$|\b(?:had|has|have|was)\s+(?:already\s+)?serv(?:ed|ing)\b[^.;:,]{0,30}$|\b(?:is|are)\s+already\s+serving\b[^.;:,]{0,30}$/iu;
/** Small numbers in words, lower case or capitalised (`six`, `Six`), as a pattern's alternatives. */
const SMALL_NUMBER_WORDS_ANY_CASE = SMALL_NUMBERS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join(
  '|',
);
/** A kill or injure verb and the number of its victims, with no noun after it. */
const TOLL_VERB = new RegExp(
  String.raw`\b([Kk]ill(?:s|ed|ing)?|[Ii]njur(?:es|ed|ing)|[Ww]ound(?:s|ed|ing)?)\s+((?:at least|more than|about|nearly|up to)\s+)?(\d{1,3}(?:,\s?\d{3}(?!\d))*|${SMALL_NUMBER_WORDS_ANY_CASE})\b` +
    // Not when a noun follows the number (`kills 12 people` is read as a count already, `kills
    // 12 cattle` is no toll of people); a preposition may (`kills 12 in Velmar`).
    String.raw`(?!\s*(?:%|percent)|\s+(?!(?:in|at|on|as|after|near|during|when|while|across|and|but|from|since)\b)\p{Ll})`,
  'gu',
);

/** The condition an adverb of a part's hurt tells: `two of them seriously`. */
const CONDITION_OF_ADVERB: Readonly<Record<string, string>> = {
  seriously: 'serious',
  critically: 'critical',
  gravely: 'grave',
};
/** A verb of being before a condition, and the condition: `remain in critical condition`, `are listed in serious condition`. */
const BE_VERB = String.raw`(?:are|were|remain|remained|is|was|have\s+been|had\s+been)`;
// The condition may take an article, the British way (`remain in a serious condition`; rule
// `fact:count-in-condition`).
const CONDITION = String.raw`(?:listed\s+|still\s+|now\s+)?in\s+(?:a\s+)?(critical|serious|grave|stable|fair|satisfactory)\s+condition\b`;
/** A condition after a count of people: `remain in critical condition`, `are listed in serious condition`. */
const IN_CONDITION_AFTER = new RegExp(String.raw`^\s+(?:${BE_VERB}\s+)?${CONDITION}`, 'i');
/**
 * A number and a condition, no noun of its own (`seven were in critical condition`, `Seven of the
 * injured are in serious condition`); the part may be told who they are between commas (`Two of
 * the guests, a woman of 19 and a man of 22, were in serious condition`: rule
 * `fact:count-in-condition`).
 */
const IN_CONDITION = new RegExp(
  String.raw`(?<![\d,.$€£-])\b((?:at least|more than|about|nearly|some|up to|almost)\s+)?(\d{1,3}|${SMALL_NUMBER_WORDS_ANY_CASE})\s+(?:of\s+(?:the|them|those)(?:\s+\p{Ll}+){0,2}(?:,\s+[^,;:.]{3,80}?,)?\s+)?${BE_VERB}\s+${CONDITION}`,
  'gu',
);
const TOLL_NUMBER = String.raw`(\d{1,3}(?:,\s?\d{3}(?!\d))*|${SMALL_NUMBERS.join('|')})`;
const TOLL_QUALIFIER = String.raw`((?:at least|more than|about|nearly|some|up to|almost)\s+)?`;
/**
 * A number and what befell the people, no noun between (`three dead and 20 injured`, `left two
 * missing`, `at least 12 were killed`), not before a noun (`20 injured workers` is a count of workers); or a death toll at a
 * figure (`the death toll rose to 45`, `a death toll of 45`, `the death toll stood at 45`).
 */
const TOLL_ADJECTIVE = new RegExp(
  String.raw`(?<![\d,.$€£-])\b${TOLL_QUALIFIER}${TOLL_NUMBER}\s+(?:(?:were|have been|had been|are|remain|remained)\s+)?(dead|killed|injured|wounded|hurt|missing|arrested|detained|rescued|evacuated|hospitali[sz]ed|admitted\s+to\s+hospital|in\s+hospital)\b(?!\s+(?!(?:and|or|in|at|on|as|after|near|during|when|while|by|from|since|so|including|people|persons|off|aboard|amid|following|outside|inside|across|along|around|over)\b)\p{Ll})` +
    // (A bare `toll` after a death its sentence tells is the death toll: `A third guest has died,
    // bringing the toll to three`, rule `fact:toll-after-death`; a bridge's toll tells no death.)
    String.raw`|(?:\b[Dd]eath\s+toll|\b(?:died|killed|dead)\b[^.;:]{0,80}?\btoll)\b[^.;:]{0,60}?\b(?:to|at|of|reached|hit|passed|topped|exceeded)\s+${TOLL_QUALIFIER}${TOLL_NUMBER}\b(?!\s*(?:%|percent))`,
  'giu',
);

/**
 * A part after `Of those,` at a sentence's start: `Of those, 23 were taken to hospital`, `Of them, two have died`.
 * So after those aboard told by their number (`Of the 86 aboard, 31 survived and 55 died`, `Of the
 * 86 people aboard, 55 died`), the survivors told first passed over (rule
 * `fact:toll-of-those-opening`, widened stop 55).
 */
const THOSE_TOLL_OPENING = new RegExp(
  String.raw`^\s*Of\s+(?:those|them|these|the\s+\d{1,3}(?:,\s?\d{3})*(?:\s+(?:people|passengers|crew))?\s+(?:aboard|on\s+board))(?:\s+\p{Ll}+)?,\s+(?:(?:\d{1,3}(?:,\s?\d{3})*|${SMALL_NUMBERS.join('|')})\s+(?:survived|were\s+rescued|were\s+saved)\s+(?:and|but|while)\s+)?${TOLL_QUALIFIER}${TOLL_NUMBER}\s+(?:(?:have|has|had)\s+(?:since\s+|now\s+|later\s+)?(?:been\s+)?|(?:were|are|was|remain|remained)\s+)?(died|dead|killed|injured|wounded|hurt|missing|arrested|detained|rescued|evacuated|hospitali[sz]ed|(?:taken|rushed|admitted|flown)\s+to\s+(?:a\s+|the\s+)?hospital|treated\s+in\s+hospital)\b`,
  'iu',
);
/**
 * A sentence opening with a part of the hurt, told by what befell the part (`Four of the injured,
 * including a boy of 9, were taken to Ardley Hospital`, `Two of the wounded later died`): those
 * taken to a hospital, named or not, are hospitalised, as `Four people were taken to hospital`
 * tells; an apposition set off by commas may come between (rule `fact:part-of-the-hurt-opening`).
 */
const HURT_PART_OPENING = new RegExp(
  String.raw`^\s*${TOLL_QUALIFIER}${TOLL_NUMBER}\s+of\s+the\s+(?:injured|wounded|hurt)\s*(?:,[^.;:]{1,90}?,\s*)?(?:(?:have|has|had)\s+(?:since\s+|now\s+|later\s+)?(?:been\s+)?|(?:were|are|was|remain|remained|later)\s+)?(died|dead|killed|hospitali[sz]ed|(?:taken|rushed|admitted|flown|airlifted)\s+to\s+(?:a\s+|the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*\s+(?:['’]s\s+)?){0,5}(?:Hospital|Medical\s+Cent(?:er|re)|Infirmary)|(?:local\s+|nearby\s+)?hospitals?))\b`,
  'iu',
);
/** A sentence opening with a toll of `them`: `Four of them have died.`, `Two of them were killed`. */
const THEM_TOLL_OPENING = new RegExp(
  String.raw`^\s*${TOLL_QUALIFIER}${TOLL_NUMBER}\s+of\s+them\s+(?:(?:have|has|had)\s+(?:since\s+|now\s+|later\s+)?(?:been\s+)?|(?:were|are|was|remain|remained)\s+)?(died|dead|killed|injured|wounded|hurt|missing|arrested|detained|rescued|evacuated|hospitali[sz]ed)\b`,
  'iu',
);
/**
 * A death told by its ordinal, at a sentence's start or after `a` or `the`: `A fourth worker died`,
 * `Fourth worker dies`, `the second injured climber has died`, `a third person was killed`.
 */
const TOLL_ORDINAL = new RegExp(
  String.raw`(?:^\s*|\b[Aa]\s+|\b[Tt]he\s+)(${ORDINALS.slice(1).join('|')})\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+(?:(?:has|had|have)\s+(?:since\s+|now\s+|later\s+)?)?(?:died|dies|succumbed|succumbs|been\s+killed|was\s+killed|is\s+dead)\b`,
  'giu',
);
/**
 * A failure of a craft in flight and the time since it took off: `exploded 94 seconds after
 * lifting off`, `broke apart about 110 seconds after launch`, `blew up 40 seconds into its flight`.
 */
/**
 * A round's score in golf's words: `a final-round 68`, `a closing 67`, `68 in the final round`,
 * `a final round of 70`, `opened with a 71` (a score of two digits, not a range or a score line).
 */
const ROUND_SCORE =
  /\b(?:(?:a|an|her|his|their)\s+(?<r1>final|closing|last|opening|first|second|third)[- ]round\s+(?<s1>\d{2})|(?:a|an|her|his|their)\s+(?<r2>closing|opening)\s+(?<s2>\d{2})|(?<s3>\d{2})\s+in\s+(?:the|her|his|their)\s+(?<r3>final|closing|last|opening|first|second|third)\s+round|(?<r4>final|closing|last|opening|first|second|third)\s+round\s+of\s+(?<s4>\d{2})|opened\s+with\s+(?:a|an)\s+(?<s5>\d{2}))\b(?![-–.,:]\d)/giu;
/** The round each word tells: a closing round is the final one, an opening round the first. */
const ROUND_OF: Readonly<Record<string, string>> = {
  final: 'final',
  closing: 'final',
  last: 'final',
  opening: 'first',
  first: 'first',
  second: 'second',
  third: 'third',
};
/** Where the last clause of a text starts: after its last clause mark. */
const lastClauseStart = (text: string): number => {
  const m = /[,;:!?()"“”][^,;:!?()"“”]*$/.exec(text);
  return m ? m.index + 1 : 0;
};
/** A span of time: a qualifier, a number (in digits, words, or `a`), a unit. */
const SPAN_OF_TIME = new RegExp(
  String.raw`(?<![\p{L}\d,.-])(?:(?<q>about|around|some|roughly|approximately|nearly|almost|just\s+under|under|less\s+than|more\s+than|over|at\s+least)\s+)?(?<n>\d{1,4}|${NUMBER_WORDS_TO_99}|an?|one)\s+(?<u>years?|months?|weeks?|days?|hours?|minutes?)\b`,
  'giu',
);
/**
 * A span after a moment: `nearly six hours after they called for help`, `two days after the
 * storm` (groups q: qualifier, n: number, u: unit, w: the word naming the moment).
 */
const ELAPSED_AFTER = new RegExp(
  String.raw`(?<![\p{L}\d,.-])(?:(?<q>about|around|some|roughly|approximately|nearly|almost|just\s+under|under|less\s+than|more\s+than|over|at\s+least)\s+)?(?<n>\d{1,3}|${NUMBER_WORDS_TO_99}|an?|one)\s+(?<u>hours?|minutes?|days?|weeks?)\s+after\s+(?:(?:the|a|an|they|he|she|it|we|their|his|her|its)\s+)?(?:(?:had|was|were|first)\s+)?(?<w>\p{Ll}{3,})\b`,
  'giu',
);
/** The bound each qualifier of a span sets. */
const SPAN_QUALIFIER: Readonly<Record<string, string>> = {
  about: 'about',
  around: 'about',
  some: 'about',
  roughly: 'about',
  approximately: 'about',
  nearly: 'nearly',
  almost: 'nearly',
  'just under': 'nearly',
  under: 'fewer than',
  'less than': 'fewer than',
  'more than': 'more than',
  over: 'more than',
  'at least': 'at least',
};
/** Verbs of an act that say only that it was done (`took six years to complete`, `was carried out over`). */
const GENERIC_ACT =
  /^(?:complete|completed|finish|finished|carried|done|undertaken|do|carry|make|made|get|be|come|reach|happen)$/;
/** An act's noun: its suffix says it is one (`restoration`, `monitoring`, `treatment`, `maintenance`). */
const ACT_NOUN = String.raw`\p{Ll}{3,}(?:ion|ions|ing|ment|ments|ance|ence)`;
/**
 * What took the span: `The restoration took`, `a restoration that took`, `the hall, which took`;
 * what is to take it (`The repair is expected to take`, `expect the repair to take`, `the work
 * could take`; `fact:duration-of-act`, widened, stop 56).
 */
const TOOK_BEFORE =
  /\b(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{4,})\s*,?\s+(?:(?:that|which)\s+)?(?:took|takes|had\s+taken|has\s+taken|will\s+take|(?:(?:is|are|was|were)\s+(?:expected|due|likely|set|estimated)\s+)?to\s+take|(?:could|may|might|would|should)\s+take)\s+$/iu;
/** A passive told over the span: `was built over`, `were carried out over the course of`. */
const PASSIVE_OVER_BEFORE =
  /\b(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{4,})\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+(\p{Ll}+)\s+(?:out\s+)?(?:over|across)\s+(?:the\s+course\s+of\s+)?$/iu;
/** An act told for the span: `credit monitoring for`, `treatment for up to`. */
const ACT_FOR_BEFORE = new RegExp(String.raw`\b(${ACT_NOUN})\s+for\s+(?:up\s+to\s+)?$`, 'u');
/** An act told of the span, after it: `of free credit monitoring`, `of negotiations` (not `of his sentence`). */
const ACT_OF_AFTER = new RegExp(
  String.raw`^\s+of\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that)\b)(?:[\p{Ll}-]+\s+){0,2}?(${ACT_NOUN})\b`,
  'u',
);
/** What is to last the span: `An internal review, expected to last`, `a review of the bank's security would run for`. */
const TO_LAST_BEFORE =
  /\b(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{4,})\b(?:\s+of\s+[^,.;:]{1,40}?)?\s*,?\s+(?:(?:which|that)\s+)?(?:(?:is|are|was|were)\s+)?(?:(?:expected|due|scheduled|set|likely|planned)\s+to|will|would|could|may|might)\s+(?:last|run|continue)\s+(?:for\s+)?$/iu;
/** A stay told by the span: `spent 187 days in orbit`, `after 186 days aboard the station`. */
const STAY_BEFORE = /\b(?:spent|spending|spend|spends|after)\s+$/i;
const STAY_AFTER =
  /^\s+(?:in|aboard|on\s+board|inside)\s+(?:(?:the|a|an|its|their|his|her)\s+)?((?:[\p{Ll}-]+\s+){0,2}\p{Ll}{3,})\b(?!\s+\p{Ll})/u;
/** An act told by its participle right after a span spent on it: `spent three hours dropping water` (`fact:duration-spent-doing`). */
const SPENT_DOING_AFTER = /^\s+(\p{Ll}{3,}ing)\s+(?!(?:in|at|on|inside|aboard|with)\b)\p{Ll}/u;
/** What lasted the span: `The restoration lasted`, `the siege had lasted for`. */
const LASTED_BEFORE =
  /\b(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{4,})\s+(?:(?:has|had)\s+)?(?:lasted|lasts|continued)\s+(?:for\s+)?$/iu;

/**
 * The act a span of time is told for, from the words before and after it (see the rule
 * `fact:duration-of-act`): an act's verb, else the thing or act its subject names; a stay as the
 * place's noun and the person named first in the clause (`stay-orbit-marrow`).
 */
function actOfSpan(before: string, after: string, person: () => string | undefined): string | undefined {
  const took = TOOK_BEFORE.exec(before);
  if (took && !STOP.has(took[1]!.toLowerCase())) {
    const verb = /^\s+to\s+(\p{Ll}{3,})\b/u.exec(after)?.[1];
    return verb && !GENERIC_ACT.test(verb) ? activityRoot(verb) : activityRoot(took[1]!);
  }
  const passive = PASSIVE_OVER_BEFORE.exec(before);
  if (passive && !STOP.has(passive[1]!.toLowerCase()))
    return GENERIC_ACT.test(passive[2]!)
      ? activityRoot(passive[1]!)
      : activityRoot(IRREGULAR_PAST[passive[2]!] ?? passive[2]!);
  const forAct = ACT_FOR_BEFORE.exec(before);
  if (forAct) return activityRoot(forAct[1]!);
  // (Not a phase before the story's event: `clashes broke out following a day of demonstrations`.)
  const ofAct = /\b(?:after|following|before|since|amid|during)\s+$/i.test(before)
    ? null
    : ACT_OF_AFTER.exec(after);
  if (ofAct) return activityRoot(ofAct[1]!);
  const lasted = LASTED_BEFORE.exec(before);
  if (lasted && !STOP.has(lasted[1]!.toLowerCase())) return activityRoot(lasted[1]!);
  const toLast = TO_LAST_BEFORE.exec(before);
  if (toLast && !STOP.has(toLast[1]!.toLowerCase())) return activityRoot(toLast[1]!);
  // A span spent doing an act, its object after the participle (`A helicopter crew spent three
  // hours dropping water on the flames`): that act's span, as `dropped water for four hours` is
  // (rule `fact:duration-spent-doing`, stop 56).
  const doing =
    STAY_BEFORE.test(before) && !/\bafter\s+$/i.test(before) ? SPENT_DOING_AFTER.exec(after) : null;
  if (doing && !STOP.has(doing[1]!)) return activityRoot(doing[1]!);
  const stay = STAY_BEFORE.test(before) ? STAY_AFTER.exec(after) : null;
  const who = stay ? person() : undefined;
  // The place is the last word of its phrase (`aboard the orbiting station`: station).
  const place = stay?.[1]!.trim().split(/\s+/).at(-1);
  if (place && who) return `stay-${lemma(place)}-${who}`;
  return undefined;
}
const ELAPSED_TO_FAILURE =
  /\b(explod(?:e|es|ed|ing)|bl(?:ew|ow|ows|owing)\s+up|br(?:oke|eak|eaks|eaking)\s+(?:apart|up)|disintegrat(?:e|es|ed|ing)|crash(?:es|ed|ing)?|(?:went|go|goes|going)\s+down|plung(?:e|es|ed|ing))\s+((?:about|around|some|nearly|almost|roughly|just|only)\s+)?(\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+(seconds?|minutes?)\s+(?:after\s+(?:its\s+|the\s+)?(?:launch|liftoff|lift-off|lifting\s+off|takeoff|take-off|taking\s+off|launching)|into\s+(?:its\s+|the\s+)?flight)\b/giu;
/** A flight's failure, then (within its clause) a span after take-off or launch, its number optional. */
const ELAPSED_TO_FAILURE_LOOSE = new RegExp(
  String.raw`\b(?:explod(?:e|es|ed|ing)|bl(?:ew|ow|ows|owing)\s+up|br(?:oke|eak|eaks|eaking)\s+(?:apart|up)|disintegrat(?:e|es|ed|ing)|crash(?:es|ed|ing)?|(?:went|go|goes|going|came|come|comes|coming)\s+down|plung(?:e|es|ed|ing))\b[^.;:,]{0,60}?\s(?:(?<q>about|around|some|nearly|almost|roughly)\s+)?(?:(?<n>\d{1,4}|an?|one|${NUMBER_WORDS_TO_99})\s+)?(?<u>seconds?|minutes?|hours?)\s+after\s+(?:its\s+|the\s+)?(?:launch|liftoff|lift-off|lifting\s+off|takeoff|take-off|taking\s+off|departure)\b`,
  'giu',
);
/**
 * A departure told in the past perfect with the time since it (`had taken off from Port Venn 12
 * minutes earlier`, `had left the base about 20 minutes before the crash`): how long the journey
 * lasted before the accident the sentence tells.
 */
const ELAPSED_SINCE_DEPARTURE =
  /\bhad\s+(?:only\s+|just\s+)?(taken\s+off|left|departed|set\s+off|set\s+out|lifted\s+off|set\s+sail|sailed)\s+(?:(?:from\s+)?[^.;:,]{1,40}?\s+)?((?:about|around|some|nearly|almost|roughly|just|only)\s+)?(\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+(seconds?|minutes?|hours?)\s+(?:earlier|before(?:\s+(?:the|it)\s+(?:crash(?:ed)?|accident|explosion|collision|capsiz(?:ing|ed)|sinking|sank|went\s+down|came\s+down))?(?=[\s.,;:]|$))/giu;
/** A verb that moves a toll to a figure or says where it stands. */
const TOLL_TO = String.raw`(?:has\s+|had\s+|have\s+)?(?:rose|rises|risen|climbed|climbs|jumped|jumps|increased|increases|reached|reaches|hit|hits|stands|stood)\s+(?:to\s+|at\s+)?`;
/** A toll moved to a figure, `the toll rose to 23`: a bare toll only with such a verb (`a toll road` is none). */
const TOLL_MOVES = new RegExp(
  String.raw`\b[Tt]oll(?:\s+(?:from|of|in)\s+[^.;:]{0,80}?)?\s+${TOLL_TO}${TOLL_QUALIFIER}${TOLL_NUMBER}\b(?!\s*(?:%|percent)|\s+(?!(?:in|at|on|as|after|when|while|across|and|but|from|since|by|people|persons|dead)\b)\p{Ll})`,
  'gu',
);

/**
 * A plural noun of what befell people as the subject of a verb that moves it to a figure
 * (`Arrests rise to 146`, `deaths have climbed to 40`, `detentions reached 300`), with no noun
 * after the figure (`arrests rose to 146 people` is read as a count of people already).
 */
const TALLY_NOUN_MOVES = new RegExp(
  String.raw`\b([Aa]rrests|[Dd]etentions|[Dd]eaths|[Ff]atalities|[Ii]njuries|[Cc]asualties)\s+(?:(?:has|have|had)\s+)?(?:rise|rises|rose|risen|climb|climbs|climbed|jump|jumps|jumped|reach|reaches|reached|hit|hits|top|tops|topped|pass|passes|passed)\s+(?:to\s+)?${TOLL_QUALIFIER}${TOLL_NUMBER}\b(?!\s*(?:%|percent|[.,]\d)|\s+(?!(?:in|at|on|as|after|when|while|across|and|but|from|since|by|over|amid|following)\b)\p{Ll})`,
  'gu',
);

/** Ages written in words (`a four-year-old boy`, `Five-year-old Ann Lee`), either case. */
const AGE_WORDS = SMALL_NUMBERS.slice(1)
  .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])
  .join('|');

/** A group's size before it: `the 40-strong crew`, `a 300-strong force`. */
const STRONG_GROUP = new RegExp(
  String.raw`\b(\d{1,3}(?:,\s?\d{3}(?!\d))*|${AGE_WORDS})-strong\s+(\p{Ll}{3,})\b`,
  'giu',
);
/** A group and its size after it: `a crew of 25`, `a population of 5,000` (with no qualifier), not before a noun (`a crew of 25 sailors` is read as a count of sailors); a preposition, `and`, `who` or a verb may follow (`its crew of 25 on Monday`). */
const GROUP_NOUN = String.raw`(crew|fleet|population|staff|workforce|convoy|garrison|congregation|squad|delegation|crowd|audience|attendance)`;
/** What may follow a group's size: not a noun it counts, a share or a decimal. */
const GROUP_SIZE_END = String.raw`\b(?!\s*(?:%|percent|[.,]\d|(?!(?:on|in|at|aboard|from|to|for|and|who|was|were|had|has|have|is|are)\b|\p{Ll}+ed\b)\p{L}))`;
const GROUP_OF = new RegExp(
  String.raw`\b${GROUP_NOUN}\s+of\s+(\d{1,3}(?:,\s?\d{3}(?!\d))*|${AGE_WORDS})${GROUP_SIZE_END}`,
  'giu',
);
/**
 * The same with a qualifier before the size (`The crowd of about 58,000 surged toward a gate`,
 * `a crew of at least 20`): the size as the qualifier bounds it (rule
 * `fact:count-of-group-qualified`).
 */
const GROUP_OF_QUALIFIED = new RegExp(
  String.raw`\b${GROUP_NOUN}\s+of\s+(about|approximately|around|roughly|nearly|almost|some|an\s+estimated|at\s+least|more\s+than|over|up\s+to|as\s+many\s+as)\s+(\d{1,3}(?:,\s?\d{3}(?!\d))*|${AGE_WORDS})${GROUP_SIZE_END}`,
  'giu',
);

/**
 * A lead told after its count and noun (`eight points clear`, `3,000 votes ahead`; `ahead of`
 * or `behind` a rival only after a verb of standing: `are eight points ahead of Marlow`), not
 * `50 people ahead of the summit`; a shortfall (`two wins shy of`, `three votes short of`) or a
 * head start (`four rounds sooner than`) likewise (rule `fact:count-margin`).
 */
function marginAfter(view: RepairedView, q: Quantity, lead40: string): boolean {
  const trail = view.text.slice(view.fromOriginal(q.start), view.fromOriginal(q.start) + 60);
  return (
    MARGIN_AFTER.test(trail) ||
    SHORT_OF_AFTER.test(trail) ||
    (STANDING_BEFORE.test(lead40) && MARGIN_AFTER_OF.test(trail))
  );
}
/** A shortfall or a head start told after its count: `two wins shy of the playoffs`, `three votes short of a majority`, `four rounds sooner than`. */
const SHORT_OF_AFTER = /^\S+\s+\p{L}+\s+(?:shy|short)\s+of\b|^\S+\s+\p{L}+\s+sooner\s+than\b/u;
const MARGIN_WORD = String.raw`^\S+\s+\p{L}+\s+(?:clear|adrift|ahead|behind)`;

const MARGIN_AFTER = new RegExp(
  String.raw`${MARGIN_WORD}(?=\s+(?:of|at|on|in|with|after|going|into)\b|\s*[.,;]|\s*$)(?!\s+of\b)`,
  'u',
);
const MARGIN_AFTER_OF = new RegExp(String.raw`${MARGIN_WORD}\s+of\b`, 'u');
const STANDING_BEFORE =
  /\b(?:are|is|was|were|sit|sits|sat|stand|stands|stood|remain|remains|remained|move|moves|moved|went|go|goes|finished|finish|finishes)\s+(?:(?:now|still|just|only)\s+)?$/i;

/** A margin before a count: `beating Reyes by about`, `won by`, `a margin of`, `ahead by`, `by a margin of`. */
/** A rival's votes after the winner's: `14,212 votes to 11,780 for ` (group 1 the rival's). */
const RIVAL_VOTES_TO =
  /\b\d{1,3}(?:,\d{3})+\s+votes?\s+to\s+(\d{1,3}(?:,\d{3})+)\s+(?:votes?\s+)?for\s+(?=\p{Lu})/gu;
/** A rival's votes after `ahead of` the rival: `ahead of Tomas Brede with 11,870` (group 1). */
const RIVAL_VOTES_AHEAD =
  /\bahead\s+of\s+[^,.;]{2,60}?\s+(?:with|on)\s+(\d{1,3}(?:,\d{3})+)(?![\d.,]\d)(?!\s*(?:%|percent\b|per\s+cent\b))/gu;
/** A majority's figure without a noun after it: `with a majority of 2,432 in` (group 1). */
const MAJORITY_OF =
  /\bmajority\s+of\s+(\d{1,3}(?:,\d{3})+|\d{2,})(?![\d.,]\d)(?!\s*(?:%|percent\b|per\s+cent\b|-))/gu;
/** Words of a vote: `votes`, `election`, `by-election`, `ballot`, `polls`. */
const VOTE_WORD = /\b(?:votes?|voters|(?:by-)?elections?|ballots?|polls?)\b/i;
const MARGIN_BEFORE =
  /(?:\bmajority\s+of|\b(?:won|wins|winning|win|beat|beats|beating|defeated|defeats|defeating|led|leads|leading|lead|trailed|trails|trailing|edged|edging|ahead|behind)\b[^,.;]{0,60}?(?:,[^,.;]{1,40},[^,.;]{0,10}?)?\s+by|\bmargin\s+of|\blead\s+of)\s+(?:(?:about|around|nearly|almost|some|roughly|just|only|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?$/i;

/** A crowd's size after a verb of being: `the attendance at Castle Park was 18,040`, `the crowd numbered 4,000`. */
const GROUP_WAS =
  /\b(crowd|attendance|audience)\s+(?:at\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:was|is|stood\s+at|reached|numbered|totall?ed)\s+(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d|\s*(?:%|percent|per\s+cent))\b/gu;

/**
 * A crowd's size as its estimator puts it: `Police put the crowd at 20,000`, `organisers
 * estimated the turnout at 85 000`, `police placed the number of marchers at about 5,000`.
 */
const CROWD_PUT_AT =
  /\b(\p{L}+)\s+(?:put|puts|estimated|estimates|estimate|placed|places)\s+(?:the\s+)?(crowd|turnout|attendance|number\s+of\s+(?:protesters|demonstrators|marchers|participants))(?:\s+size)?\s+at\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?(\d{1,3}(?:(?:,\s?|[\u00a0 ])\d{3})+|\d+)(?![\d.,]\s?\d)/gu;

/**
 * A verb setting a level, its noun and the level it is set to, with the level it starts from
 * between (`raise the retirement age from 62 to 64`, `lowering the voting age to 16`): group 1
 * the noun (one to three words, no `of`), group 3 the target, a plain number not followed by a
 * noun of its own (`to 5,000 troops` is a count) nor a percentage.
 */
const CHANGED_TO =
  /\b(?:rais(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing))\s+(?:the|its|their)\s+((?:(?!(?:of|from|to|by)\b)\p{Ll}[\p{Ll}-]*\s+){0,2}(?!(?:of|from|to|by)\b)\p{Ll}[\p{Ll}-]*)\s+(from\s+\d[\d,.]*(?:\s\d{3})*\s+)?to\s+(\d{1,3}(?:,\s?\d{3})*(?:\.\s?\d+)?)(?=\s*(?:[,.;:)]|$)|\s+(?:by|in|on|from|over|within|starting|after|before|and|as|at|next|this|under|until)\b)/gu;

/** A verb of change and `from` before a figure: `will rise from £`, `was cut from `. */
const CHANGE_FROM =
  /\b(?:rise|rises|rising|rose|risen|fall|falls|falling|fell|fallen|increase[sd]?|increasing|decrease[sd]?|decreasing|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|drop(?:s|ped|ping)?|cut|raised?|lowered|go(?:es)?\s+up|went\s+up|gone\s+up)\s+from\s+(?:about\s+|some\s+|nearly\s+|around\s+)?[£$€]?\s?$/i;
/** The lower end of a range before a figure (`between 10 and `, `10 to `, `two or `). */
const LOWER_END = new RegExp(
  String.raw`(?:\bbetween\s+(\d[\d,]*|${AGE_WORDS})\s+and|\b(\d[\d,]*|${AGE_WORDS})\s*(?:to|or|-|–))\s*$`,
  'i',
);

/**
 * The term of an agreement: `a five-year contract`, `a 10-year lease`, `a two-year extension`;
 * also with the agreement's sum between (`a four-year, $20 million contract`): one deal, told by
 * its length and its sum, each a figure of its own kind.
 */
const AGREEMENT_TERM = new RegExp(
  String.raw`\b(\d{1,2}|${AGE_WORDS})-(year|month)(?:,?\s+${TERM_SUM})?\s+(?:[a-z]+\s+)?(contract|deal|agreement|extension|lease|pact)\b`,
  'giu',
);
/** An apposition right after a name that gives an age: `, a 39-year-old neurosurgeon,`, `, the 41-year-old mother of three`. */
const AGE_IN_APPOSITION = new RegExp(
  // (Capitalised words or a figure may come before the noun: `, the 28-year-old Olympic 100
  // metres champion,`; rule `fact:age-in-apposition`, widened in stop 52.)
  String.raw`^,\s+(?:a|an|the)\s+(\d{1,3}|${AGE_WORDS})\s?-\s?year\s?-\s?old\s+(?:(?:\p{Lu}[\p{L}'’-]*|\d+)\s+){0,3}(?:[a-z][a-z-]*|MPs?\b|MEP\b|MSP\b)`,
  'u',
);
/**
 * An apposition right after a name (or its age) that gives a home town as an adjective of a
 * person's noun: `, a Dunmore man,`, `, 36, a Kelvale woman,`, `, a Velmar resident,` (group 1
 * the town, one or two capitalised words).
 */
const TOWNSMAN_APPOSITION =
  /^(?:,\s?\d{1,3})?,\s+an?\s+(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+)?)\s+(?:man|woman|resident|native|teenager|boy|girl|youth)\b(?=[,.;]|\s+(?:who|was|is|and|of|in)\b)/u;
/** A capitalised adjective of a person that is no town: a people's, a faith's, a party's. */
const NOT_A_TOWN =
  /(?:an|ese|ish|ic|i|ch|ean)$|^(?:Muslim|Hindu|Sikh|Jew|Black|White|Native|Democrat|Tory|Green|Latino|Latina|Aboriginal|Indigenous|Inuit|Maori)$/u;
/** After a figure and its place or day, a second figure with the noun left out: ` on Thursday and 250 on Friday`. */
const ELIDED_SECOND = new RegExp(
  String.raw`^\s+(?:on|in|at|during)\s+[^,.;:]{1,30}?\s+and\s+(\d{1,3}(?:,\d{3})+|\d+|${AGE_WORDS})(\s+(?:on|in|at|during)\b)`,
  'iu',
);
/** `the number of survivors found had risen to 17`: the noun, then the level it is at. */
/** What befell people, as the noun of `the number of` (`the number of dead`). */
const TOLL_WORD = /^(?:dead|killed|injured|wounded|missing)$/;
/**
 * What befell them, right after `people` (`the number of people killed`), or after a word of how
 * it is known (`the number of people confirmed dead has risen to 11`, `the number of people who
 * have fallen ill`; rule `fact:toll-number-of`).
 */
const TOLL_AFTER =
  /^\s+(?:(?:who|that)\s+(?:(?:have|has|had)\s+)?)?(?:(?:confirmed|reported|known\s+to\s+be|now|so\s+far)\s+)?(?:(?:fallen|fell|become|became|been\s+taken)\s+)?(killed|dead|died|injured|wounded|hurt|missing|ill|sick)\b/i;
/** What befell those counted, in a relative clause after the noun: `that died`, `who were rescued`, `which had been refloated`. */
const RELATIVE_VERB =
  /^\s+(?:that|which|who)\s+(?:(?:have|has|had)\s+)?(?:(?:were|was|been)\s+)?(died|\p{Ll}+(?:ed|en)|hurt|missing)\b/u;
/** The plural a word after `the number of` is a kind of (`cholera cases`), not a verb of the figure's (`cases rises`). */
const COUNTED_AFTER =
  /^\s+(?!(?:rises|stands|climbs|jumps|reaches|hits|grows|increases|has|was|is|remains)\b)([a-z]{2,}s)\b/;
/** Cases or infections that move to a figure, a place between (`cases in Marvo province now stand at 310`). */
const CASES_MOVE = new RegExp(
  String.raw`\b([Cc]ases|[Ii]nfections)\s+(?:in\s+[^.;:,]{1,40}?\s+)?(?:(?:has|have|had)\s+)?(?:now\s+)?(?:rose|risen|climbed|jumped|reached|stand\s+at|stands\s+at|stood\s+at)\s+(?:to\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:%|percent|per\s*cent|[.,]\d))`,
  'gu',
);
/** A population and its level: `population fell to 8.2 million`, `population of Valdoria stood at 8.1 million`, `a population of 8.2 million`. */
const POPULATION_LEVEL = new RegExp(
  String.raw`\b[Pp]opulation\s+(?:of\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:(?:has|have|had)\s+)?(?:now\s+)?(?:rose|risen|climbed|increased|grew|grown|jumped|reached|fell|fallen|dropped|declined|decreased|shrank|shrunk|stood\s+at|stands\s+at|was|is)\s+(?:to\s+|at\s+)?|(?:(?:has|have|had)\s+)?(?:now\s+)?(?:rose|risen|climbed|increased|grew|grown|jumped|reached|fell|fallen|dropped|declined|decreased|shrank|shrunk|stood\s+at|stands\s+at|was|is)\s+(?:to\s+|at\s+)?|of\s+)(\d{1,3}(?:,\s?\d{3})+|\d+(?:\.\s?\d+)?\s+(?:million|billion)|\d+)\b(?!\s*(?:%|percent|per\s*cent|[.,]\s?\d))`,
  'gu',
);
/** A verb of falling to a level (`has fallen to`, `dropped to`). */
/** `bringing the number of victims in Pellaro to 17`, `bringing to four the number of rhinos killed`: a level a figure is brought to. */
const NUMBER_BROUGHT_TO = new RegExp(
  String.raw`\b(?:bringing|brought|brings|taking|took|takes|pushing|pushed)\s+(?:the\s+(?:total\s+)?number\s+of\s+([a-z]{3,})\b[^.;:]{0,60}?\bto\s+(\d{1,3}(?:,\s?\d{3})+(?!\d)|\d+|${AGE_WORDS})\b(?!\s*(?:%|percent|[.,]\d))|to\s+(\d{1,3}(?:,\s?\d{3})+(?!\d)|\d+|${AGE_WORDS})\s+the\s+(?:total\s+)?number\s+of\s+([a-z]{3,})\b(?:\s+\p{Ll}+){0,3})`,
  'gu',
);
const FALLS_TO = /\b(?:fell|fallen|dropped|declined|decreased|eased)\s+to\s+\S+$/;
// (Thousands tokenised text writes apart, `rose to 18, 000`, are the whole level, not 18: rule
// `fact:thousands-apart`.)
const NUMBER_OF = new RegExp(
  String.raw`\b[Tt]he\s+(?:total\s+)?number\s+of\s+([a-z]{3,})\b(?:[^.;:]|\.(?=\s+\p{Ll})){0,60}?\b(?:(?:rose|risen|climbed|increased|reached|stood at|stands at|was|is|grew|jumped|hit)\s+(?:to\s+)?|(?:fell|fallen|dropped|declined|decreased|eased)\s+to\s+)(\d{1,3}(?:,\s?\d{3})+(?!\d)|\d+(?:\.\s?\d+)?\s+(?:million|billion)|\d+|${AGE_WORDS})\b(?!\s*(?:%|percent|[.,]\s?\d))`,
  'gu',
);
/** A rank before a name: `world number nine Mira Lenko`, `world No. 3 Ana Tell`, `second seed Ana Tell`. */
const RANK_BEFORE_NAME = new RegExp(
  String.raw`\b(?:[Ww]orld|[Ss]eeded)\s+(?:[Nn]umber|No\.)\s*(\d{1,3}|${SMALL_NUMBERS.slice(1).join('|')})\s+$`,
  'u',
);
/** A rank after a name: `Lenko, who is ranked 10th`, `Lenko, ranked ninth in the world`. */
const RANK_AFTER_NAME = new RegExp(
  String.raw`^,\s+(?:who\s+is\s+|currently\s+)?ranked\s+(?:(?:[Nn]umber|No\.)\s*)?(\d{1,3}(?:st|nd|rd|th)?|${ORDINALS.join('|')}|${SMALL_NUMBERS.slice(1).join('|')})\b`,
  'u',
);
/**
 * A finishing place told right after a name, past an apposition: `finished fourth`, `came in
 * second`, `was third,`, `took third place`, `faded to fifth`, `placed 12th` (group 1 the place).
 * Not a rank in a line or a command (`second in line`, `second in command`), a streak (`third
 * straight`) nor `was first to`.
 */
const FINISHING_PLACE = new RegExp(
  String.raw`^(?:\s?,[^,.;]{1,60},|,)?\s+(?:finished|finishes|finishing|came(?:\s+in)?|placed|ended\s+up|crossed\s+the\s+line|was|took|faded\s+to|slipped\s+to|dropped\s+to|fell\s+to|climbed\s+to|rallied\s+to)\s+(?:in\s+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))(?:\s+place)?(?=\s*[,.;]|\s+(?:in|at|on|after|behind|with|overall|,)\b)(?!\s+in\s+(?:line|command|charge)\b)`,
  'iu',
);
/** A rank's number, written as digits, an ordinal or a number word. */
const rankNumber = (w: string): number => {
  const lower = w.toLowerCase();
  if (/^\d/.test(lower)) return parseInt(lower, 10);
  const ordinal = ORDINALS.indexOf(lower);
  return ordinal >= 0 ? ordinal + 1 : SMALL_NUMBERS.indexOf(lower);
};

/**
 * An age before a name, perhaps through a role (`41-year-old Maria Lopez`, `four-year-old Ann
 * Lee`, `28-year-old forward Leon Abara`); not through a verb (`a 34-year-old man stabbed Tom
 * Reyes`), a preposition or a conjunction (`arrested a 32-year-old man after Owen Marsh, 27, was
 * stabbed`: the man is not Marsh; rule `fact:age-adjective`).
 */
const AGE_BEFORE_NAME = new RegExp(
  String.raw`(\d{1,3}|${AGE_WORDS})\s?-\s?year\s?-\s?old\s+(?:(?!(?:and|or|was|is|who|that|with|by|to|of|in|at|on|after|before|as|when|while|since|because|from|for|near|outside|following|during|over|than|but|if)\s)[a-z][a-z-]*(?<!ed|ing)\s+){0,2}$`,
);

/** Words for anyone of a crowd (`a neighbour, 45,`): aged people (AGED), told apart by what befell them (ANYONE). */
const CROWD =
  'neighbour neighbor customer shopper visitor spectator fan bystander commuter patient ' +
  'protester demonstrator migrant refugee villager pensioner tenant';

/** Words for a person that say nothing of their part in the story (`a 34-year-old man`). */
/** A verb right after a name opening a sentence: `was found`, `had been missing`, `disappeared`, `went missing`. */
const NAMED_DOING =
  /^\s+(?:(?:was|were|had|has)\s+(?:been\s+)?(?:\p{Ll}+ed|missing|found|seen|taken|held|born)\b|\p{Ll}{3,}ed\b|(?:went|ran|fell|left|got)\b)/u;
/** A speaking verb after a name: `said`, `told`, `added`. */
const SPEAKING_AFTER =
  /^\s+(?:said|says|told|added|explained|stated|announced|confirmed|reported|warned|noted)\b/;
export const ANYONE: ReadonlySet<string> = new Set(
  `man woman boy girl person child teenager teen youth adult baby infant resident local male female ${CROWD}`.split(
    ' ',
  ),
);

/** A toll, then the one aged named among its members: `have died, including a `, `deaths were confirmed, among them a `. */
const TOLL_MEMBER =
  /\b(died|dead|deaths|killed|injured|wounded|hurt)\b[^.;:,]{0,60},\s+(?:including|among\s+them|among\s+whom)\s+(?:an?|the)\s+$/;

/**
 * The part a person described at `from`-`to` of a sentence plays in its event: the verb whose
 * object the phrase is (`arrested a 19-year-old man`, `was stabbed`), or, with `>` after it,
 * the verb it is the subject of (`a 34-year-old man stabbed`). Undefined when no verb is next to it.
 */
function partIn(text: string, from: number, to: number): string | undefined {
  const stem = (w: string): string => w.toLowerCase().replace(/(ed|en)$/, '');
  const object = /\b(\p{Ll}{3,}ed)\s+(?:an?|the)\s+$/u.exec(text.slice(Math.max(0, from - 30), from));
  if (object) return stem(object[1]!);
  // A member of a toll named after it (`Four people died, among them a 9-year-old boy`, `were
  // hurt, including a ...`): what befell those counted befell the person (rule `fact:age-toll-member`).
  const member = TOLL_MEMBER.exec(text.slice(Math.max(0, from - 100), from));
  if (member) return /^(?:died|dead|deaths|killed)$/.test(member[1]!) ? 'die>' : stem(member[1]!);
  const after = text.slice(to, to + 40);
  const passive = /^\s+(?:who\s+)?(?:was|were|is|has been|had been)\s+(\p{Ll}{3,}(?:ed|en))\b/u.exec(after);
  if (passive) return stem(passive[1]!);
  // A name given after it (`a male called Tashi`, `named Bo`) tells no act of the one aged.
  const active = /^\s+(?:who\s+)?(?!(?:called|named|nicknamed|dubbed)\b)(\p{Ll}{3,}ed|died)\b/u.exec(after);
  // `died` is too short for the pattern of a past verb: what befell the person, as `killed` is
  // (`a 67-year-old patient died` / `a patient aged 63 died`: rule `fact:age-died`).
  if (active?.[1] === 'died') return 'die>';
  return active ? `${stem(active[1]!)}>` : undefined;
}

/**
 * An unnamed person's age: `the 23-year-old driver` (not before a capitalised name), `the
 * driver, 25,`, `the actress died ... aged 87`.
 */
/** What befell a person somewhere, by the family its place is compared in. */
const PLACE_ACT: Readonly<Record<string, string>> = {
  died: 'died',
  'found dead': 'died',
  killed: 'died',
  'shot dead': 'died',
  born: 'born',
  arrested: 'arrested',
  detained: 'arrested',
  buried: 'buried',
  'checked into': 'admitted',
  'admitted to': 'admitted',
  entered: 'admitted',
};
/** A sentence opening on a birthplace, to the comma before its subject (`Born in Castelmar, `, `Born in 1955 in Castelmar, `). */
const BORN_OPENING =
  /^\s*Born\s+(?:(?:in|on)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?\d{4}\s+)?in\s+(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})(?:\s+in\s+\d{4})?,\s*/u;
const PLACE_EVENT =
  /\b((?:was|were)\s+(?:found dead|killed|shot dead|born|arrested|detained|buried)|died|checked into|(?:was|were|been)\s+admitted to|entered(?=\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:facility|center|centre|clinic|hospital|rehab)\b))(?=\s)/u;

/** A verb of buying or selling, what changed hands, then `for` right before a sum. */
/** A sum and the opening bracket of its conversion, at the end of the text before a figure (`€3.9 billion (`). */
const CONVERTED_FROM = needing(
  /(?:[$€£¥]\s?|\b)\d[\d.,]*(?:\s*-?\s*(?:thousand|million|billion|trillion|bn|m))?(?:\s+(?:euros|dollars|pounds|yen|francs|kronor|crowns))?\s*\(\s*(?:about\s+|some\s+|roughly\s+)?$/iu,
  /\(\s*(?:about\s+|some\s+|roughly\s+)?$/iu,
);

/** A verb of paying right before a sum (`agreed to pay`, `offered`). */
const PAY_BEFORE =
  /\b(?:pay|pays|paid|paying|offer|offers|offered|offering|bid|bids)\s+(?:an? )?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to )?$/;
/** What a sum is paid for, named after it (`... for Orsolo Robotics`, `in cash for the Velmar Lines`). */
const PAID_FOR =
  /^\s+(?:in\s+cash\s+|in\s+stock\s+)?for\s+(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)*)/u;

/** A thing paid for, by its common noun, right after a sum: ` for the painting` (group 1 the noun; `fact:price-of-thing-bought`). */
const THING_PAID_FOR =
  /^\s+for\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})(?=\s*[.,;]|\s+(?:in|at|on|from|by|with|and|last|this|when|after|before)\b)/u;
/** A thing bought, then who bought it, right before a sum: `A painting the museum bought for `, `the villa, which she bought for ` (group 1 the noun). */
const THING_BOUGHT_BEFORE =
  /\b(?:[Aa]n?|[Tt]he)\s+(\p{Ll}{3,}),?\s+(?:that\s+|which\s+)?(?:(?:the|its|a|his|her|their)\s+)?(?:[\p{L}'’-]+\s+){1,4}?(?:had\s+)?(?:bought|acquired|purchased)\s+for\s+(?:an?\s+)?(?:estimated\s+|about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more\s+than\s+)?$/u;
/** A work, then a modal and `take`, right before a span: `and repairs could take up to `, `said the work would take about ` (group 1 the work; `fact:duration-will-take`). */
const WILL_TAKE =
  /(?:^|[.!?]\s+|\b(?:and|said|says|that|the|its|their)\s+)(\p{L}{4,})\s+(?:could|would|will|may|might|should|can|(?:is|are)\s+(?:expected|likely|set|due)\s+to)\s+take\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+|some\s+|roughly\s+|several\s+)?$/u;
/** Words right before a sum that make it the price a thing sells at (`will cost `, `priced at `, `retails for `). */
/** The verb a sale's price follows: `sold for`, `went for`, `fetched`, `was auctioned for`, `went under the hammer for`. */
const SOLD_FOR =
  /\b(?:(?:was|were|been)\s+)?(?:sold|auctioned|went|goes|go|gone)(?:\s+under\s+the\s+hammer)?\s+for\s+(?:an?\s+)?(?:record\s+|estimated\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|more\s+than\s+)?$|\bfetch(?:ed|es|ing)?\s+(?:an?\s+)?(?:record\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$/;
/** A project whose cost a sentence tells (`The mission cost`, `the stadium, which cost`): `fact:sum-cost-of-project`. */
const PROJECT_NOUN =
  /\b(?:mission|project|programme|program|probe|spacecraft|satellite|telescope|rocket|stadium|arena|bridge|tunnel|building|renovation|refurbishment|restoration|construction|dam|railway|pipeline|scheme|expedition|excavation|dig|search|operation|clean-?up|rescue|repair|rebuilding|reconstruction)s?\b/i;
/** Works whose bill is their cost: `repair`, `clean-up`, `rebuilding` (rule `fact:sum-bill-of-work`). */
const WORK = String.raw`(?:repairs?|clean\s?-?\s?up|rebuilding|reconstruction|restoration|demolition|rescue|salvage)`;
/** A work's bill, then at most three words, right before a sum: `the repair bill at `, `the bill for the repairs came to `. */
const WORK_BILL_BEFORE = new RegExp(
  String.raw`\b(?:${WORK}\s+bill|bill\s+for\s+(?:the\s+)?${WORK})(?:\s+[a-z]+){0,3}\s+(?:an?\s+)?(?:estimated\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$`,
  'u',
);
/** What a calamity's damage is put at, right before a sum: `the damage at `, `put the losses at `, `damage was estimated at ` (rule `fact:sum-of-damage`). */
const DAMAGE_BEFORE =
  /(?<!\b[Ii]nsured\s|\b[Ii]nsurance\s)\b(?:damage\s+(?:(?:was|were|is|are|has\s+been|have\s+been|could\s+be|will\s+be)\s+)?(?:(?:estimated|put|valued|assessed|calculated|initially\s+estimated)\s+)?(?:at|to|of|totall?ing|reached|could\s+reach)|(?:estimated|put|valued|assessed)\s+(?:the\s+)?(?:(?!insured\b|insurance\b)\p{L}+\s+){0,2}losses\s+at|losses\s+(?:were|are|have\s+been|could\s+be)\s+(?:estimated|put|valued|assessed)\s+at)\s+(?:an?\s+)?(?:estimated\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+)?$/u;
/** Damage a sum was caused in, right after it: ` in damage`, ` of damage`, ` worth of storm damage` (rule `fact:sum-of-damage`). */
const DAMAGE_AFTER = /^\s+(?:in|of|worth\s+of)\s+(?:\p{L}+\s+)?damage\b/u;
/** What a sum after `cost` was spent on making: ` to build`, ` to develop` (rule `fact:sum-cost-to-build`). */
const COST_TO_MAKE = /^\s+to\s+(?:build|make|develop|construct|produce|design|complete|restore|repair)\b/;
/** The noun `cost` right after a sum, no part or change of a cost after it (rule `fact:sum-before-cost`). */
const COST_AFTER =
  /^\s+cost\b(?!\s*-|\s+(?:overruns?|savings?|cuts?|cutting|increases?|rises?|estimates?|of\s+living)\b)/;
const PRICE_BEFORE =
  /\b(?:(?:costs?|costing)(?:\s+(?:the\s+(?:state|government|taxpayers?|treasury|country|city|council|company|firm|airline|economy)|taxpayers|it|them))?|sells? for|selling for|retails? (?:for|at)|retailing (?:for|at)|priced at|at a price of|a price tag of|starts? at|starting at)\s+(?:an? )?(?:estimated |about |around |roughly |some |just |only )?$/;

// (What a measure will cost whoever pays is its cost too: `will cost the state about 2.4 billion
// crowns` / `would cost 2.8 billion crowns`; stop 45.)
/** A move told by its verb and who moved or where, then `for` right before a sum (see nounOf). */
const SIGNED_FOR =
  /\b(?:signed|signs|joined|joins|moved\s+to|transferred\s+to)\s+(?:for\s+)?(?:the\s+[\p{Ll}-]+\s+)?\p{Lu}[^.;:!?]{0,80}?\bfor\s+(?:an?\s+)?(?:(?:reported|estimated|about|around|nearly|some|almost)\s+)?$/u;
/** A year written out (`in 2037`). */
export const A_YEAR = /\b(?:1[89]|20)\d\d\b/;

const BOUGHT_FOR =
  /\b(buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|sell|sells|sold|selling|take over|takes over|took over|taking over)\s+((?:[\p{L}'’&.-]+\s+){1,6}?)for\s+(?:an? )?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to )?$/u;

/** Verbs of arrest or death in the active voice, with whom they befell after them. */
const ACTIVE_PLACE_EVENT = /(?<!\b(?:was|were|been|be|being)\s+)\b(arrested|detained|killed)\s+/gu;

/** Words by which a sentence tells another event than the story's. */
export const OTHER_EVENT = /\b(?:another|similar|earlier|previous|prior|separate|unrelated)\b/i;

/** Nouns of a news incident. */
const INCIDENT_NOUNS =
  'fire|wildfire|bushfire|blaze|crash|collision|explosion|blast|shooting|attack|accident|earthquake|quake|storm|flood|flooding|stabbing|robbery|derailment|landslide|avalanche|riot|protest|clash|clashes|crush|stampede';
/** Any noun of an incident (cheap test before {@link INCIDENT_HAPPENED}). */
const INCIDENT = new RegExp(String.raw`\b(?:${INCIDENT_NOUNS})\b`, 'iu');
/**
 * An incident, its verb of happening and a numbered part of a place after a preposition (`crush
 * happened at gate 7`, `fire started on Platform 4`, `crash occurred near Terminal 2`).
 */
const NUMBERED_PART = new RegExp(
  String.raw`\b(${INCIDENT_NOUNS})\s+(?:(?:had|has)\s+)?(?:happened|began|started|occurred|broke\s+out|took\s+place|erupted|unfolded)\s+(?:\p{Ll}+\s+){0,2}?(?:at|on|near|by|outside|inside)\s+(?:the\s+)?((gate|entrance|exit|platform|terminal|pier|berth|runway|stand|door|ward|hall)\s+(\d{1,3}[A-Za-z]?))\b`,
  'giu',
);

/** An incident told with its verb of happening: `The fire broke out`, `the crash happened`, `the storm hit`. */
const INCIDENT_HAPPENED = new RegExp(
  String.raw`(?:^|[,;]\s+|\s[-–—]\s+|\b(?:when|after|where|as)\s+)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ll]ast\s+\p{L}+['’]s|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?(${INCIDENT_NOUNS})\s+(?:(?:that|which)\s+(?:\p{Ll}+\s+){0,4}?)?(?:broke out|happened|occurred|took place|started|erupted|began|struck|hit|rocked|unfolded)\b`,
  'u',
);
/** Nouns of one incident: a blaze or a wildfire is the fire, a blast the explosion, a quake the earthquake. */
const INCIDENT_CLASS: Readonly<Record<string, string>> = {
  blaze: 'fire',
  wildfire: 'fire',
  bushfire: 'fire',
  blast: 'explosion',
  quake: 'earthquake',
  flooding: 'flood',
  clashes: 'clash',
};
/** A street's kind words and the one each abbreviation stands for (`St.` is `Street`). */
const STREET_KIND: Readonly<Record<string, string>> = {
  street: 'street',
  st: 'street',
  road: 'road',
  rd: 'road',
  avenue: 'avenue',
  ave: 'avenue',
  lane: 'lane',
  drive: 'drive',
  boulevard: 'boulevard',
  blvd: 'boulevard',
  terrace: 'terrace',
  crescent: 'crescent',
};
/**
 * The street an incident happened on, right after its noun: `the fire at 14 Mill Lane`, `a
 * shooting on Carver Street`, `Fire destroyed a warehouse on Harlan Street`, `The blaze broke
 * out on Tuesday at a store on Dunn Road`: the noun, a verb of happening or of what it did to
 * a building, a day or an hour, the building, then `on`, `at` or `in` and the street (with its
 * house number). Not `near` a street, nor a street another verb leads to (`spread to homes on`).
 */
const INCIDENT_STREET = new RegExp(
  String.raw`\b(${INCIDENT_NOUNS.split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join(
      '|',
    )})\s+(?:(?:that|which)\s+)?(?:(?:broke out|happened|occurred|took place|started|erupted|began|struck|hit|tore through|ripped through|swept through|gutted|destroyed|engulfed|damaged)\s+)?(?:(?:early\s+|late\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:(?:shortly\s+|just\s+)?(?:before|after|around|at)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?\s+)?(?:(?:(?:at|in|inside)\s+)?(?:a|an|the|its)\s+(?:(?!(?:near|off|by|behind|opposite|beside|to|from|and|or)\b)[\p{L}'’-]+\s+){1,3}?)?(?:on|at|in)\s+(?:(\d{1,5}[A-Za-z]?)\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){1,3}(Street|St\b\.?|Road|Rd\b\.?|Avenue|Ave\b\.?|Lane|Drive|Boulevard|Blvd\b\.?|Terrace|Crescent)\b)`,
  'u',
);
/** A place after an incident's verb: `in Leeds`, `near Tours`, or the place it hit right after it (`hit Galway`). */
const INCIDENT_PLACE =
  /(?:^|\s(?:in|near|outside|at|across))\s+(?:the\s+(?:village|town|city|hamlet|suburb)\s+of\s+)?(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})/gu;

/** A gathering and the place it was held at (`at a launch event in Cupertino`). */
const GATHERING_PLACE =
  /\b(?:[Aa]t|to|told|addressed)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(event|ceremony|news conference|press conference|conference|rally|summit|meeting|concert|gala|briefing|launch)(\s+in\s+)(?=\p{Lu})/gu;

/** A journey from one place to another, told by a verb of travel (`sailing from Mombasa to Jeddah`). */
const JOURNEY =
  /\b(?:sail\w*|travel\w*|fl(?:y|ying|ew|ight)|head\w*|bound|en route|driv\w*|drove|transport\w*|transferr?\w*|flee\w*|fled|carrying|on its way|journey\w*)\s+(?:\w+\s+){0,3}?from\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+to\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)/u;

/** A shipment and the place it came from: `shipment arrived from Guayaquil`, `banana shipment from`, `consignment of fruit from`. */
const SHIPMENT_FROM =
  /\b(?:shipments?|consignments?|cargo)\s+(?:of\s+\p{Ll}+\s+)?(?:(?:had\s+)?(?:arrived|came|come|was\s+shipped|was\s+sent|originated)\s+)?from\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*)?)/u;

/** A take-off and the town it left: `take-off from Ostery`, `had taken off from Ostrey`, `departed from Velmar`. */
const DEPARTURE =
  /\b(?:t(?:ook|aken|aking|akes?)\s+off|take-?offs?|depart(?:ed|ing|ure|s)?|lifted\s+off)\s+from\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*)?)\b(?!\s+(?:Airport|International|Station|Harbou?r|Port)\b)/u;

/** After the verb: a day, then `in`/`at`/`near` a place, perhaps through a home or a hospital (`at her home in Taos`). */
const PLACE_AFTER =
  /^(?:\s+\p{L}+day)?(?:\s+(?:on|late|early)\s+\S+)?(?:\s+(?:in|at|near|outside)\s+(?:(?:the|a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:in|at|near|of)\s+)?|\s+(?:the|a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}(?:in|at|near)\s+)(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})/u;

/**
 * Right after a firm's name (or its possessive), the works it runs and the town they stand in:
 * ` plant in Talmere`, `'s factory near Orlin`, ` processing plant in Velmar`.
 */
const FACILITY_OF_FIRM =
  /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}?(plant|factory|mill|facility|works|warehouse|refinery|abattoir|slaughterhouse|bakery|dairy|smelter|depot)\s+(?:in|at|near|outside)\s+(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})/u;

/** A firm's works told by `its`, and the town they stand in: `its gearbox plant in Kirnau`. */
const OWN_FACILITY =
  /\bits\s+(?:[\p{Ll}-]+\s+){0,2}?(plant|factory|mill|facility|works|warehouse|refinery|abattoir|slaughterhouse|bakery|dairy|smelter|depot)\s+(?:in|at|near|outside)\s+(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})/gu;

/**
 * A scientific name: a capitalised genus and a lower-case species of seven letters or more with
 * a Latin ending (`Listeria monocytogenes`, `Vibrio cholerae`, `Clostridium botulinum`).
 */
const ORGANISM = /\b(\p{Lu}\p{Ll}{3,})\s+(\p{Ll}{4,}(?:us|um|is|es|ae|ii|ica|ensis|oides))\b/gu;

/** Right after a site's name, the town it stands in (` in Brenmoor`, `, in Brenmoor`). */
const SITE_IN_TOWN = /^,?\s+in\s+(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})/u;
/** A named ground: a place whose name ends in a word for a sports ground. */
const VENUE = /\s(?:Park|Stadium|Arena|Ground|Field|Bowl|Dome|Oval|Velodrome|Racecourse)$/;
/** The town right after a named ground: ` in Brennport`. */
const VENUE_TOWN = /^\s+in\s+(\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2})/u;
const SITE =
  /\b(?:Hospital|Center|Centre|Clinic|Home|Church|School|University|College|Prison|Jail|Hotel|Park|Street|Road|Avenue|Airport|Station|Stadium|Arena|Hall|House|Building|Court|Courthouse|Mall|Store)$/;

/** What a percentage right before it sizes: a change or a part, perhaps of something (`pay rise`). */
/** A comparative right after a percentage: `thinner`, `more expensive`, `less likely`. */
const COMPARATIVE_AFTER = /^\s+((?:more|less)\s+\p{Ll}{3,}|\p{Ll}{3,}er)\b(?!\s+of\b)/u;
/** Words in -er after a percentage that are no comparative: `a 20 percent owner`, `percent water`. */
const NOT_COMPARATIVE = new Set(
  'owner owners member members partner partners leader user users customer customers voter voters number quarter water other under over after never either whether per'.split(
    ' ',
  ),
);
const PERCENT_SIZES =
  /^\s+(?:([a-z]+)\s+)?(rise|rises|increase|increases|raise|raises|hike|hikes|cut|cuts|reduction|reductions|decrease|decreases|discount|discounts|premium|premiums|stake|stakes|tariff|tariffs|devaluation|devaluations)\b/;
/**
 * A verb or noun of offering or demanding right before a percentage, through the change it sizes
 * (`has offered 4.5 percent`, `an offer of 3 percent`, `demanding a 9 percent`, `want a rise of
 * 9 percent`): the verb (rule `fact:percent-offered`).
 */
const BARGAIN_BEFORE =
  /\b(offer(?:ed|ing|s)?|propos(?:ed|ing|al|es)|demand(?:ed|ing|s)?|wants?|wanted|seek(?:ing|s)?|sought|asking\s+for|calling\s+for)\s+(?:of\s+)?(?:(?:a|an|the|its|their)\s+)?(?:(?:pay|wage|salary)\s+)?(?:(?:rise|raise|increase|hike)\s+of\s+)?(?:(?:about|around|nearly|roughly|some|up\s+to|at\s+least)\s+)?$/i;
/** The same verb as a participle after the percentage and the change it sizes: ` offered by the government`, ` pay rise demanded by`. */
const BARGAIN_AFTER =
  /^\s+(?:(?:pay|wage|salary)\s+)?(?:(?:rise|raise|increase|hike)\s+)?(offered|proposed|demanded|sought)\s+by\b/i;
/** A change or a part named before its percentage, through `of` (`a premium of 32%`, `a pay rise of 5 percent`). */
const PERCENT_SIZED_BEFORE =
  /\b(?:([a-z]+)\s+)?(rise|increase|raise|hike|cut|reduction|decrease|discount|premium|stake|tariff)s?\s+of\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?$/;
/**
 * A change of pay: `a pay rise`, `a wage increase`, `a salary hike`, or a raise alone (`a 12%
 * raise`: a raise is of pay), so `a 9% pay rise` and `a 12% raise` are one figure's two values.
 */
const payWord = (sized: { word?: string; noun: string }): boolean =>
  sized.word ? /^(?:pay|wage|wages|salary|salaries)$/i.test(sized.word) : /^raises?$/i.test(sized.noun);
/** Words for one change: a raise is a rise, a reduction a cut. */
const SIZED_FAMILY: Readonly<Record<string, string>> = {
  rises: 'rise',
  increase: 'rise',
  increases: 'rise',
  raise: 'rise',
  raises: 'rise',
  hike: 'rise',
  hikes: 'rise',
  cuts: 'cut',
  reduction: 'cut',
  reductions: 'cut',
  decrease: 'cut',
  decreases: 'cut',
  devaluations: 'devaluation',
};

/** A sentence opening on `The 29-year-old` and a noun phrase in lower case (`right-hander`, `mother of three`). */
/** Nouns of vehicles and craft, whose age news gives as a person's (`the 12-year-old aircraft`). */
const VEHICLE_NOUNS =
  'aircraft|(?:air|aero)?planes?|airliners?|jets?|jetliners?|helicopters?|ships?|vessels?|ferr(?:y|ies)|boats?|yachts?|tankers?|trawlers?|submarines?|cars?|vehicles?|trucks?|lorr(?:y|ies)|vans?|bus(?:es)?|coach(?:es)?|trains?|locomotives?|trams?|engines?';
const DEFINITE_AGE = new RegExp(
  String.raw`^\s*(?:["“]\s*)?The\s+(\d{1,3}|${AGE_WORDS})\s?-\s?year\s?-\s?old\s+` +
    // Not a thing's age (`The 12-year-old aircraft had been inspected`, `The 86-year-old church`).
    String.raw`(?!(?:[\p{Ll}-]+\s+){0,2}?(?:${BUILDING_NOUNS}|${VEHICLE_NOUNS})\b)\p{Ll}`,
  'u',
);

/** `The 53-year-old coach`, read as a person's age only where coaching is a post (`COACH_POST`). */
const DEFINITE_AGE_COACH = new RegExp(
  String.raw`^\s*(?:["“]\s*)?The\s+(\d{1,3}|${AGE_WORDS})\s?-\s?year\s?-\s?old\s+(?:(?:head|assistant|new|former|interim|veteran)\s+)?coach\b(?!\s+(?:was|is|had|has)\s+(?:carrying|travelling|traveling|driven|built))`,
  'u',
);
/** Coaching as someone's post: `head coach`, `assistant coach`, `coach of the`, `to coach`, `coached`. */
const COACH_POST =
  /\b(?:head|assistant|associate|interim|caretaker|defensive|offensive|national|team)\s+coach(?:es)?\b|\bcoach(?:es)?\s+of\s+the\s+\p{Lu}|\bto\s+coach\b|\bcoached\b/u;

const UNNAMED_AGE = new RegExp(
  String.raw`\b(\d{1,3}|${AGE_WORDS})\s?-\s?year\s?-\s?old\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+)\b(?!\s+\p{Lu})` +
    // (Or after a possessive: `Its captain, 45,`, `The ship's captain, 45,`: the same rule,
    // `fact:age-apposition-noun`, widened in stop 52.)
    String.raw`|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{L}+['’]s)\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+),\s(?:aged\s)?(\d{1,3}),` +
    String.raw`|\b[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+)\s+(?:died|dies|passed away)\b[^.;:]{0,40}?\b(?:at the age of|aged)\s+(\d{1,3})\b` +
    // A headline's bare noun (`Man, 34, charged over stabbing`).
    String.raw`|^(\p{Lu}\p{Ll}+),\s(?:aged\s)?(\d{1,3}),` +
    // `aged` right after the noun (`a woman aged 74`, `two men aged 19 and 20`: the first); the
    // noun may follow where the person is from (`a German man aged 65`: rule `fact:age-aged-noun`).
    String.raw`|\b(?:[Tt]he|[Aa]n?)\s+((?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+\s+){0,2}\p{Ll}+)\s+aged\s+(\d{1,3})\b` +
    // A definite noun, then an apposition giving the age (`The tanker's captain, a 54-year-old
    // Greek national,`): the apposition describes the noun before it, whose age it is (rule
    // `fact:age-apposition-head`).
    String.raw`|\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{L}+['’]s)\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+),\s+an?\s+(\d{1,3}|${AGE_WORDS})\s?-\s?year\s?-\s?old\b`,
  'gu',
);

/**
 * Words every match of a pattern holds, tested before it (with its flags: the same letters
 * match): a unit without them holds no match. The costly patterns try a list of numbers at
 * every word and end in words most units lack (`-year`, `times`, `dead`).
 */
const NEEDS: ReadonlyMap<RegExp, RegExp> = new Map([
  [
    TOLL_ADJECTIVE,
    /dead|died|killed|injured|wounded|hurt|missing|arrested|detained|rescued|evacuated|hospitali|death\s+toll/iu,
  ],
  [TERM, /year|month|week|day/iu],
  [AGREEMENT_TERM, /-(?:year|month)/iu],
  [NUMBER_ADJECTIVE, new RegExp(`-\\s?(?:${NUMBER_ADJECTIVE_NOUNS})`, 'iu')],
  [SPAN_ADJECTIVE, /-(?:hour|minute|day)/iu],
  [STRONG_GROUP, /-strong/iu],
  [TIMES_DONE, /once|twice|thrice|times/iu],
  // Two numbers with a dash between, in each of its readings.
  [RESULT, /\d\s?[-–]\s?\d/u],
  [JOURNEY, /from\s+\p{Lu}/u],
  // `-year-old`; `, 45,` or `, aged 45,`; `at the age of` or `aged`.
  [UNNAMED_AGE, /year|age|,\s\d/u],
  // A span of time names its unit; one after a moment, `after` too.
  [SPAN_OF_TIME, /year|month|week|day|hour|minute/iu],
  [ELAPSED_AFTER, /after/iu],
  // Betting odds are two numbers with a dash or a slash between, in each of its readings.
  [ODDS, /\d\s?[-/]\s?\d/u],
  [ORDINAL_IN_ATTEMPTS, /launch|flight|attempt|mission|tries/u],
  [CROWD_PUT_AT, /crowd|turnout|attendance|number\s+of/u],
  [BAN_TERM, /banned|suspended|barred|ban|suspension/iu],
]);

/** The matches of a pattern in a text (see `matchesIn`), none when the text lacks what it {@link NEEDS}. */
function patternMatches(re: RegExp, text: string): readonly RegExpExecArray[] {
  return NEEDS.get(re)?.test(text) === false ? NO_MATCHES : matchesIn(re, text);
}
const NO_MATCHES: readonly RegExpExecArray[] = [];

/** A definite description by a deed and its rank: `The officer who fired, a sergeant`, `the officer who fired was a constable`. */
const DESCRIBED_RANK =
  /\b[Tt]he\s+(officer|soldier|policeman|policewoman|guard)\s+who\s+(\p{Ll}+)(?:\s+(?:the\s+)?(?:shots?|him|her|them))?(?:,\s+|\s+(?:was|is)\s+)an?\s+(private|corporal|sergeant|lieutenant|captain|constable)\b/gu;

/** A definite noun right before a name in apposition to it: `The man, ` in `The man, Davin Okoro, died`. */
const NAMED_AFTER_NOUN =
  /\b[Tt]he\s+(\p{Ll}+),\s*(?:(?:who\s+was\s+|who\s+has\s+been\s+)?(?:named|identified)\s+(?:locally\s+|by\s+police\s+)?as\s+)?$/u;

/** Nouns for one person of a story that the text may give an age without a name. */
const AGED = wordSet(
  'driver victim suspect gunman shooter attacker assailant pilot motorist pedestrian cyclist ' +
    'passenger actress actor singer musician author writer artist teacher student boy girl man woman ' +
    'mother father son daughter wife husband officer deputy firefighter soldier worker employee ' +
    'defendant inmate prisoner survivor hostage climber swimmer hiker boxer player ' +
    'engineer conductor captain nurse doctor guard farmer fisherman miner mechanic operator ' +
    'owner tourist teenager toddler baby infant grandmother grandfather ' +
    // Trades, offices and kin a story names people by (`the caretaker, 61,`, `a 58-year-old clerk`).
    'caretaker janitor cleaner manager director clerk cashier bartender waiter waitress chef cook ' +
    'lawyer attorney judge priest pastor journalist reporter photographer athlete mayor ' +
    'councillor executive banker accountant builder carpenter electrician plumber welder trucker ' +
    'courier paramedic medic surgeon dentist pharmacist scientist researcher professor lecturer ' +
    'pupil schoolboy schoolgirl sailor skipper diver jockey rider motorcyclist biker robber burglar ' +
    'thief intruder kidnapper killer murderer arsonist fugitive detainee convict widow widower ' +
    'grandson granddaughter brother sister uncle aunt nephew niece cousin girlfriend boyfriend ' +
    'fiancee fiance veteran retiree witness instructor trainer ' +
    // Trades of the traffic and smuggling news tells (`a 45-year-old shipping agent`, `his
    // 38-year-old assistant`; stop 46).
    'agent assistant aide broker dealer smuggler trafficker ranger guide ' +
    // People named by what they were doing or where they live (`a 34-year-old surfer`, `a
    // resident, 71,`): the victims and helpers of outdoor news.
    'surfer skier snowboarder runner jogger camper kayaker canoeist mountaineer hunter walker rambler ' +
    'resident homeowner backpacker traveller traveler volunteer rescuer ' +
    // Animals a story names by kind or sex (`the six-year-old male`, `a 12-year-old elephant`):
    // an escaped, rescued or stranded animal's age is told as a person's (rule `fact:age-of-animal`).
    'male female animal tiger tigress lion lioness leopard cheetah jaguar panther bear elephant ' +
    'gorilla chimpanzee orangutan monkey giraffe rhino rhinoceros hippo zebra wolf horse pony ' +
    'stallion mare dog cat whale dolphin orca seal penguin ' +
    CROWD,
);

/** A group's noun and its ages after it: `The women, aged 22 and 24`, `two men, 19, 21 and 24` (rule `fact:ages-of-group`). */
const GROUP_AGES =
  /\b(?:[Tt]he|[Tt]wo|[Tt]hree|[Bb]oth)\s+(?:(?:two|three|four)\s+)?(\p{Ll}{3,}s|men|women|children|people),\s+(?:who\s+(?:are|were)\s+)?(?:aged\s+)?(\d{1,2}),?\s+(?:(\d{1,2}),?\s+)?and\s+(\d{1,2})\b(?!\s*(?:%|per\s*cent|percent|years\s+ago))/dgu;
/** Plurals of words for people that do not end in `s`. */
const PLURAL_PEOPLE: Readonly<Record<string, string>> = {
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'person',
};
/**
 * Whether a word names a person aged in the text: {@link AGED}, or a compound of `-man`,
 * `-woman`, `-person` (`watchman`, `chairwoman`, `spokesperson`), not an object's name.
 */
const aged = (w: string): boolean =>
  AGED.has(w) || (/^\p{Ll}{3,}(?:man|woman|person)$/u.test(w) && !NOT_PEOPLE.has(w));
// Demonyms ending in `-man` are where someone is from (`a German man aged 65`), not the person.
const NOT_PEOPLE = wordSet('human talisman ottoman caiman doberman superman snowman walkman german norman');

/** People counted by what befell them. */
const PEOPLE = new Set([
  // (Babies by any word: `14 infants fell ill` / `17 babies fell ill`, one group; stop 46.)
  'baby',
  'babies',
  'infant',
  'infants',
  'newborn',
  'newborns',
  'people',
  'person',
  'man',
  'men',
  'woman',
  'women',
  'child',
  'children',
  'resident',
  'passenger',
  'victim',
  'worker',
  'civilian',
  'soldier',
  'student',
  'patient',
  'casualty',
  'fisherman',
  'fishermen',
  'miner',
  'tourist',
  'migrant',
  'refugee',
  'protester',
  'officer',
  'firefighter',
  'crew',
  'member',
  'adult',
  'teenager',
  'villager',
  'suspect',
  'pirate',
  'gunman',
  'gunmen',
  'militant',
  'rebel',
  'hostage',
  'prisoner',
  'inmate',
  'demonstrator',
  'journalist',
  'sailor',
  // (A ship's crew by any word: `Four of his crewmates were pulled from a life raft`; stop 53.)
  'crewmate',
  'crewman',
  'crewmen',
  'seaman',
  'seamen',
  'driver',
  'guest',
  // People named by their post or part (`11 guards injured` / `nine guards were hurt`).
  'guard',
  'policeman',
  'policemen',
  'nurse',
  'doctor',
  'pilot',
  'fan',
  'player',
  // `killing two and injuring 14 others`: the others are people.
  'other',
]);
/**
 * A second verb of a sentence right before `N more` (`and injured 15 more`, `, wounding 14 more`):
 * the count is that verb's, its noun the sentence's count before (`fact:count-more-elided`).
 */
const MORE_ELIDED_BEFORE =
  /(?:\band|,)\s+\p{Ll}+(?:ed|ing)\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?$/u;
/** A break-in told right after a count's noun, hedged or not (`broke into`, `were said to have broken in`). */
/** A hedge before what befell those counted or what they did: `were said to`, `are feared to`. */
const HEDGED_TO = String.raw`(?:were|was|are|is)\s+(?:said|reported|believed|thought|feared|understood|known)\s+to\s+`;
const BROKE_IN_AFTER = new RegExp(
  String.raw`^\s+(?:${HEDGED_TO}have\s+|(?:had|have)\s+|reportedly\s+|allegedly\s+)?(?:broke|broken)\s+in(?:to)?\b`,
  'i',
);
/** Words for those who break in, beside the words for people (`fact:count-broke-in`). */
const INTRUDERS =
  /^(?:thie(?:f|ve|ves)|robbers?|burglars?|raiders?|intruders?|gunm[ae]n|assailants?|attackers?|suspects?)$/;
/** What befell them, by the word that says it (a participle, a noun or an adjective), to one event. */
const TOLL: ReadonlyArray<[RegExp, string]> = [
  [/^(kill|dead$|deaths?$|die[ds]?$|dying|fatalit|lives?$|slain$)/, 'killed'],
  [/^(injur|wound|hurt|treat)/, 'injured'],
  // `missing` (its light stem `miss`), not `missiles` or `missions`.
  [/^(missing|miss$|unaccount)/, 'missing'],
  [/^(arrest|detain|detention)/, 'arrested'],
  [/^(rescu|sav)/, 'rescued'],
  // Those trapped (`23 miners were trapped underground`, `12 trapped workers`): one group, as
  // those rescued are (rule `fact:count-trapped`).
  // So are those stranded or stuck, whichever word an outlet chose (`14 hikers trapped by a sudden
  // snowstorm` / `A group of 17 hikers was stranded by heavy snow`: rule `fact:stranded-trapped`,
  // stop 55).
  [/^(trapp|strand)/, 'trapped'],
  [/^(evacu)/, 'evacuated'],
  // `seven survivors`, `Nine people survived`: those who lived through it, one group.
  [/^(surviv)/, 'survived'],
  [/^(hospitali|admitted to hospital$|in hospital$)/, 'hospitalised'],
  // Those who fell ill (`37 people have fallen ill`, `reported stomach illness`, `were taken ill`):
  // one group, whichever words tell it (rule `fact:fell-ill`, stop 46).
  [/^(ill$|sick)/, 'ill'],
  // Those who marched are the protesters: `10,000 people marched`, `100,000 protesters`.
  [/^(march|protest|demonstrat|rallie[sd]$|rally)/, 'protested'],
];

function casualty(noun: string, event: string | undefined): string | undefined {
  const of = (w: string): string | undefined => TOLL.find(([re]) => re.test(w))?.[1];
  // Whoever broke in, people or thieves, is counted as those who broke in.
  if (event === 'break-in' && (PEOPLE.has(noun) || INTRUDERS.test(noun))) return 'break-in';
  const byNoun = of(noun);
  const byEvent = event ? of(event) : undefined;
  // Protesters killed or arrested are counted by what befell them.
  if (byNoun === 'protested' && byEvent) return byEvent;
  if (byNoun) return byNoun;
  if (PEOPLE.has(noun)) return byEvent;
  // A word for people by what they do (`skiers`, `climbers`, `pedestrians`) counts people
  // when something befell them that befalls the living.
  return byEvent && byEvent !== 'missing' && AGENT.test(noun) && !NOT_AGENT.has(noun) ? byEvent : undefined;
}

/** Nouns naming a person by what they do: `skier`, `climber`, `visitor`, `cyclist`, `pedestrian`, `participant`. */
const AGENT = /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent)$/u;
/** Such words for things. */
const NOT_AGENT = wordSet(
  'number water paper computer container trailer tractor reactor monitor generator elevator ' +
    'helicopter counter tower corner center order motor sector factor meter liter dollar member ' +
    'percent cent event agent component segment apartment department equipment document',
);

/** Verbs before a figure that report it rather than act on it: their subject is a source, not the figure's holder. */
const REPORTING = new Set(
  'said says told reported reports announced announces confirmed confirms estimated estimates added stated claimed claims counted counts listed lists put puts gave gives'.split(
    ' ',
  ),
);

/**
 * Whose figure it is: a person or organisation ending right before the verb that governs the
 * figure (`the Green Party won 45 seats`, `Ann Lee has scored 12 goals`), not a source that
 * reports it (`police said 12`). A person is keyed by surname, so `Lee` and `Ann Lee` are one.
 */
function holderOf(
  view: RepairedView,
  endingAt: ReadonlyMap<number, EntityMention>,
  q: Span,
): string | undefined {
  const from = view.fromOriginal(q.start);
  const before = view.text.slice(Math.max(0, from - 60), from);
  // The subject before the verb (`the Green Party won 45 seats`), or the name a relative clause
  // follows (`Ostrow, who has spent 17 seasons with the club`: rule `fact:holder-who`).
  const m = HOLDER_VERB.exec(before);
  if (!m || STOP.has(m[2]!) || REPORTING.has(m[2]!)) return undefined;
  const e = endingAt.get(from - before.length + m.index);
  if (!e) return undefined;
  return e.kind === 'person' ? `person:${e.key.split('-').pop()}` : e.key;
}

const HOLDER_VERB =
  /(,\s+who)?\s+(?:(?:has|have|had|was|were|will|would|is|are|also)\s+)*(\p{Ll}+)\s+(?:(?:at least|more than|about|nearly|some|up to|almost|only|just|a total of)\s+)?$/u;

/**
 * The lower end of a range written before a figure: `between 10 and 12 people`, `10 to 12
 * people`, `10-12 people`, `two or three people`. Only a lower end below the figure counts.
 */
function lowerEnd(view: RepairedView, q: Span, value: number): number | undefined {
  const from = view.fromOriginal(q.start);
  const m = LOWER_END.exec(view.text.slice(Math.max(0, from - 30), from));
  if (!m) return undefined;
  // A change from one level to another (`will rise from £5 to £6.50`) is no range: the figure is
  // the new level (rule `fact:change-from-to`).
  const start = Math.max(0, from - 30) + m.index;
  if (CHANGE_FROM.test(view.text.slice(Math.max(0, start - 60), start))) return undefined;
  const low = numberOf((m[1] ?? m[2])!);
  return low >= 0 && low < value ? low : undefined;
}

/**
 * A length that is a depth (`at a depth of 10 km`, `35 kilometres deep`, `6 miles below the
 * surface`): a quake's focus, a mine, a dive. Compared in the unit written.
 */
function depthOf(
  view: RepairedView,
  q: { kind: string; start: number; end: number },
): { noun: string; text: string } | null {
  if (q.kind !== 'measure') return null;
  const from = view.fromOriginal(q.start);
  const to = view.fromOriginal(q.end);
  const before = /\bdepth\s+of\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$/i.test(
    view.text.slice(Math.max(0, from - 40), from),
  );
  // `sits 86 metres down` is a depth (rule `fact:depth-down`), not `fell 20 metres down a cliff`.
  const after =
    /^\s+(?:deep|underground|underwater|(?:below|beneath|under) (?:the )?(?:surface|ground|seabed|sea floor|sea bed|waves|water)|down\b(?!\s+(?:a|an|the|into|to|from|on|onto|in)\b))\b/i.test(
      view.text.slice(to, to + 30),
    );
  // A wreck or a diver `in 68 metres of water` is at that depth (rule `fact:depth-of-water`, stop 45).
  const water =
    /^\s+of\s+water\b/i.test(view.text.slice(to, to + 15)) &&
    /\b(?:in|under|beneath|at)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?$/i.test(
      view.text.slice(Math.max(0, from - 20), from),
    );
  return before || after || water ? { noun: 'depth', text: 'depth' } : null;
}

/**
 * A sum for each thing counted (`compensation of €150 a sheep` / `€200 for each sheep killed`,
 * `$5 per tonne`): a rate per that thing, compared only with another of it (rule
 * `fact:sum-per-thing`, stop 46). Not a span of time (`a year`: `fact:rate`) nor a share's price.
 */
function perThingOf(
  view: RepairedView,
  q: { kind: string; end: number },
): { noun: string; text: string; rule: string } | null {
  if (q.kind !== 'money') return null;
  const to = view.fromOriginal(q.end);
  const m = /^\s+(?:a|an|per|for\s+each|for\s+every)\s+([a-z]{3,})\b/.exec(view.text.slice(to, to + 30));
  if (!m || PER_NOT_THING.test(m[1]!)) return null;
  return { noun: `per-${lemma(m[1]!)}`, text: m[1]!, rule: 'fact:sum-per-thing' };
}
/** Words after `a` or `per` that are no thing counted: spans of time, a share, a head's count words. */
const PER_NOT_THING =
  /^(?:year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|night|nights|season|game|share|shares|total|further|record|new|lot|few|bit|fee|fine|sum|piece|time|person|head)$/;

/**
 * The height of waves or a surge, the clause's subject (`sending waves up to 3 metres high`,
 * `Waves reached 3 metres`, `Waves of up to 5 metres were recorded`, `a storm surge of 2
 * metres`): one height of the story's waves, however told (rule `fact:wave-height`).
 */
function waveHeightOf(
  view: RepairedView,
  q: { kind: string; unit?: string; start: number; end: number },
): { noun: string; text: string; rule: string } | null {
  if (q.kind !== 'measure' || !/^(?:m|foot|cm)$/.test(q.unit ?? '')) return null;
  const from = view.fromOriginal(q.start);
  return WAVE_BEFORE.test(view.text.slice(Math.max(0, from - 50), from))
    ? { noun: 'wave-height', text: 'waves', rule: 'fact:wave-height' }
    : null;
}
/** `altitude of `, `elevation of `, or a bare `at ` right before a length (`at about `). */
const ALTITUDE_BEFORE =
  /(?:\b(?:altitude|elevation)\s+of|\bat\s+a\s+height\s+of|(?<![\p{L}])at)\s+(?:about |around |some |nearly |almost |roughly |more than |just over |just under )?$/iu;
/** A weather reading right before `at` and a height: `Temperatures at `, `winds at about `, `the freezing level at `. */
const READING_AT_BEFORE =
  /\b(?:temperatures?|winds?|gusts?|readings?|snowfall|rainfall|(?:freezing|snow)\s+level|wind\s+speeds?|pressure|visibility)\s+at\s+(?:about |around |some |nearly |almost |roughly |more than |just over |just under )?$/i;
/** Words after a length that make it a distance, a depth or a size, no altitude. */
const NOT_ALTITUDE_AFTER =
  /^\s+(?:from|away|off|offshore|inland|below|beneath|under|underground|deep|down|long|wide|high|tall|apart|behind|ahead|short|of|into|per|north|south|east|west|up|above\s+(?!sea\b))\b/iu;
/** Waves or a surge, then what they reached, right before a height: `waves up to `, `Waves reached `, `a surge of `. */
const WAVE_BEFORE =
  /\b(?:waves?|swells?|surges?|tsunami)\s+(?:(?:of|reached|reaching|that\s+reached|were|was|measuring|measured|topped|topping|rose\s+to|rising\s+to|as\s+high\s+as|up\s+to|(?:about|some|nearly|around|roughly|more\s+than|over)\b)\s*)*$/iu;
/**
 * A length right before the thing it measures (`the 8.4 km bridge`, `a 30 m wall`): the thing's
 * length, keyed by the thing as `the 8.4-kilometre bridge` is (rule `fact:length-of-thing`); not a
 * distance to somewhere (`12 km from`) nor a part of a thing (`a 5 km stretch of`). A length told
 * after its thing (`The Harlan bridge, 8.2 kilometres long,`, `the bridge is 8.2 km long`) is that
 * thing's too (rule `fact:length-of-subject`).
 */
function lengthBeforeThing(
  view: RepairedView,
  q: { kind: string; start: number; end: number; unit?: string },
): { noun: string; text: string; rule: string } | null {
  if (q.kind !== 'measure' || !/^(?:m|km|mi|ft)$/.test(q.unit ?? '')) return null;
  const to = view.fromOriginal(q.end);
  // The height above the sea something happened at (`broke loose at an altitude of 2,400 metres`,
  // `The slide started at 2,700 metres`, `at an elevation of 8,000 feet`, `stuck on the ledge at a
  // height of 1,900 metres`, stop 56): the altitude of the
  // story's event, one figure whichever words an outlet chose (rule `fact:altitude-at`); not a
  // distance, a depth or a size told after it (`at 300 metres from the shore`, `at 40 metres deep`).
  const lead = view.text.slice(Math.max(0, view.fromOriginal(q.start) - 40), view.fromOriginal(q.start));
  // A height water rose or peaked at (`The river peaked at 5.8 metres`) is its level, read by
  // `fact:water-level-reached`, not an altitude (rule `fact:water-level-not-altitude`).
  const at = view.fromOriginal(q.start);
  if (WATER_REACHED_BEFORE.test(view.text.slice(Math.max(0, at - 70), at))) return null;
  if (
    /^(?:m|ft)$/.test(q.unit ?? '') &&
    ALTITUDE_BEFORE.test(lead) &&
    !NOT_ALTITUDE_AFTER.test(view.text.slice(to, to + 30))
  )
    // A weather reading's height (`Temperatures at 2,000 metres fell to minus 12`, `winds at 3,000
    // metres`) is where the reading was taken, no altitude of the story's event: keyed apart (rule
    // `fact:altitude-of-reading`, stop 55).
    return READING_AT_BEFORE.test(lead)
      ? { noun: 'altitude-of-reading', text: 'altitude of a reading', rule: 'fact:altitude-of-reading' }
      : { noun: 'altitude', text: 'altitude', rule: 'fact:altitude-at' };
  const m = /^\s+(\p{Ll}{3,})\b(?!\s+of\b)/u.exec(view.text.slice(to, to + 30));
  if (m && !STOP.has(m[1]!) && !NOT_A_THING.test(m[1]!))
    return { noun: m[1]!, text: m[1]!, rule: 'fact:length-of-thing' };
  const after = /^\s+(long|high|tall)\b/.exec(view.text.slice(to, to + 8));
  if (!after) return null;
  const from = view.fromOriginal(q.start);
  const s = LENGTH_SUBJECT.exec(view.text.slice(Math.max(0, from - 50), from));
  if (!s || STOP.has(s[1]!)) return null;
  // A height told after its thing (`The volcano, 2,140 metres high,`, `the tower is 300 m tall`) is
  // that thing's size as `the 2,410-metre volcano` gives it (rule `fact:height-of-subject`); what
  // rises into the air (`sending ash nine kilometres high`) is read by `fact:height-of-plume`.
  if (after[1] !== 'long' && PLUME.test(s[1]!)) return null;
  return {
    noun: s[1]!,
    text: s[1]!,
    rule: after[1] === 'long' ? 'fact:length-of-subject' : 'fact:height-of-subject',
  };
}
/** A width as one adjective: `15-metre-wide`, `3-km-wide`, `50-foot-wide`. */
const WIDE_ADJECTIVE = /\b(\d+(?:\.\d+)?)-(metres?|meters?|m|km|kilomet(?:re|er)s?|foot|feet|ft)-wide\b/gi;
/** A span told with an article, right before `late`: `an hour late`, `about half an hour late`. */
const LATE_BY_ARTICLE =
  /(?<=\s)(?:(half)\s+)?(?:(about|nearly|almost|more\s+than|over|some|roughly|just)\s+)?(?:an?|one)\s+(hour|minute|day)(\s+late)\b/gi;
/** A bare number after `a capacity of` (no noun after it), or before `-capacity` and a noun. */
const CAPACITY_BARE =
  /\bcapacity\s+(?:of|for)\s+(?:(about|some|nearly|around|roughly|almost|more\s+than|over|up\s+to)\s+)?(\d{1,3}(?:,\s?\d{3})+|\d{2,})(?![\d,.]*\d)(?!,\s\d{3}\b)(?!\s*(?:-|\p{Ll}{3,}(?<!and|but|was|were|has|had|who|which)\b))|\b(\d{1,3}(?:,\s?\d{3})+|\d{2,})[-\s]capacity\s+(?!crowds?\b)(?=\p{Ll})/gu;
/** The qualifier a pattern's word before its figure gives (`about`, `more than`), as the quantities layer reads it. */
const qualifierOf = (word: string | undefined): { qualifier?: string } => {
  const q = word ? qualifierBefore(`${word} `, word.length + 1) : null;
  return q ? { qualifier: q } : {};
};
/**
 * A width told after a distance (`a sinkhole about 12 metres wide`, `The hole, 12 metres across`,
 * `20 metres in diameter`): the width of what the story is about, one figure however worded, as
 * `a 15-metre-wide hole` gives it (rule `fact:width`).
 */
function widthOf(
  view: RepairedView,
  q: { kind: string; end: number; unit?: string },
): { noun: string; text: string; rule: string } | null {
  if (q.kind !== 'measure' || !/^(?:m|km|mi|ft)$/.test(q.unit ?? '')) return null;
  const to = view.fromOriginal(q.end);
  return /^\s+(?:wide|across|in\s+diameter)\b/.test(view.text.slice(to, to + 16))
    ? { noun: 'wide', text: 'width', rule: 'fact:width' }
    : null;
}

/**
 * People or homes before `within` a length (`residents within 5 kilometres of the site`, `People
 * living within 3 km`, `homes within about a mile`): the zone told to act, its radius.
 */
const WITHIN_ZONE_BEFORE =
  /\b(?:residents|people|homes|households|families|villagers|inhabitants|anyone|everyone|schools|businesses)(?:\s+(?:living|who\s+live|who\s+lived))?\s+within\s+(?:(?:about|some|roughly|around|nearly|almost|a)\s+)?$/i;

/**
 * The radius of a zone whose people were told to act (`Authorities told residents within 5
 * kilometres of the site to keep windows shut` / `People living within 3 kilometres of the
 * warehouse were told to stay indoors`): one figure of the story, whatever else the sentences tell
 * (rule `fact:zone-radius`, stop 55). Never a distance of a place (`within 200 metres of the
 * station`) with no people before it.
 */
function zoneRadiusOf(
  view: RepairedView,
  q: { kind: string; start: number; end: number; unit?: string },
): { noun: string; text: string; rule: string } | null {
  if (q.kind !== 'measure' || !/^(?:m|km|mi|ft)$/.test(q.unit ?? '')) return null;
  const from = view.fromOriginal(q.start);
  return WITHIN_ZONE_BEFORE.test(view.text.slice(Math.max(0, from - 60), from))
    ? { noun: 'zone-radius', text: 'radius', rule: 'fact:zone-radius' }
    : null;
}

/** Things that rise into the air from a fire or a volcano: `ash`, `plume`, `smoke`, `column`. */
const PLUME_WORDS = 'ash|ashes|plume|plumes|smoke|column|columns|cloud|clouds|steam|flames|debris';
const PLUME = new RegExp(`^(?:${PLUME_WORDS})$`);
/** Such a thing right before its height: `ash `, `a plume of smoke about `. */
const PLUME_BEFORE = new RegExp(
  String.raw`\b(?:${PLUME_WORDS})(?:\s+of\s+(?:ash|smoke|steam))?\s+(?:(?:up\s+to|about|some|nearly|almost|around|more\s+than|over)\s+)?$`,
);
/** Words after a length that make it no thing's size: a dimension, a direction, a distance. */
const NOT_A_THING =
  /^(?:long|wide|across|high|deep|tall|away|north|south|east|west|off|from|down|inland|offshore|below|above|under|over|further|farther|short|more|less)$/;
/** The thing before a length told after it: `bridge, ` or `bridge is about ` right before the figure. */
const LENGTH_SUBJECT =
  /\b(\p{Ll}{3,})(?:\s*,|\s+(?:is|was|are|were|will\s+be|stretches|runs))(?:\s+(?:about|some|nearly|almost|roughly|around|just\s+over|more\s+than))?\s+$/u;

/**
 * A length right after a verb of falling (`fell 200 metres`, `after falling about 300 metres`,
 * `plunged 40 feet`): how far someone or something fell (rule `fact:distance-fallen`); or after
 * `measures`, how long the thing is.
 */
function measuredLengthOf(
  view: RepairedView,
  q: { kind: string; start: number; end: number; unit?: string },
): { noun: string; text: string; rule: string } | null {
  if (q.kind !== 'measure' || !/^(?:mm|cm|in|m|km|mi|ft)$/.test(q.unit ?? '')) return null;
  const from = view.fromOriginal(q.start);
  const fell =
    /\b(?:fell|falling|fallen|falls|plunged|plunging|plummeted|plummeting|tumbled|tumbling)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$/i.test(
      view.text.slice(Math.max(0, from - 40), from),
    );
  if (fell) return { noun: 'fall', text: 'fall', rule: 'fact:distance-fallen' };
  // A length after `measures` (`the frog measures just 11 millimetres`) is how long the thing is,
  // as `13 millimetres long` is (rule `fact:length-measures`); not one of two sides (`by`).
  const measures =
    /\bmeasur(?:es|ed|ing)\s+(?:just\s+|only\s+|about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$/i.test(
      view.text.slice(Math.max(0, from - 40), from),
    ) && !/^\s*(?:by|x|×)\s/i.test(view.text.slice(view.fromOriginal(q.end), view.fromOriginal(q.end) + 5));
  return measures ? { noun: 'long', text: 'long', rule: 'fact:length-measures' } : null;
}

/**
 * A weight told after a verb of weighing (`The crane, which weighed 18 tonnes,`, `weighing about
 * 900 kilograms`): the thing's weight, as `the 22-tonne crane` gives it (rule `fact:weight`).
 */
function weightOf(
  view: RepairedView,
  q: { kind: string; start: number; end: number; unit?: string },
): { noun: string; text: string; rule: string } | null {
  // (Grams too, and a weight told as a sum: `weighing a combined 6.2 kilograms`, `weighed a total
  // of 6,200 grams`; rule `fact:weight-combined`, h-disc61.)
  if (q.kind !== 'measure' || !/^(?:t|kg|g)$/.test(q.unit ?? '')) return null;
  const from = view.fromOriginal(q.start);
  const m =
    /\bweigh(?:s|ed|ing)?\s+(a\s+(?:combined|total(?:\s+of)?)\s+)?(?:just\s+|only\s+|about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+|an\s+estimated\s+)?$/i.exec(
      view.text.slice(Math.max(0, from - 40), from),
    );
  return m ? { noun: 'weight', text: 'weight', rule: m[1] ? 'fact:weight-combined' : 'fact:weight' } : null;
}

/** A title word and the two or three capitalised words of a name after it (`Minister Paul Hadley`). */
const NAME_AFTER_TITLE = new RegExp(
  String.raw`\b(${[...TITLE].map((t) => t[0]!.toUpperCase() + t.slice(1)).join('|')})\.?\s+((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)\b(?![\p{L}'’])`,
  'gu',
);

/** One to three capitalised words, `of` or `for` (and `the`), one to three capitalised words. */
const OF_NAME =
  /(?<![\p{L}\p{N}'’-])(?:\p{Lu}\p{Ll}[\p{Ll}'’-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{Ll}'’-]*){0,2}(?![\p{L}'’-])/gu;

/**
 * A number and `of the` right before a count: the part the sentence counts (`54 of the 100
 * seats`, `Twenty-three of the train's 96 cars`), or `of` alone (`hold 27 of 40 seats`: rule
 * `fact:part-of-bare-whole`).
 */
const PART_OF = new RegExp(
  String.raw`\b(\d{1,3}(?:,\s?\d{3}(?!\d))*|${NUMBER_WORDS_TO_99})\s+of\s+(?:(?:the|its|their|his|her)\s+(?:\p{L}[\p{L}-]*(?:'s|’s)\s+)?|\p{Lu}[\p{L}-]*(?:'s|’s)\s+)?(?:(?:more|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+)?$`,
  'iu',
);

/** A part told after its count in the same clause: `, 12 of them`, `, three of whom`. */
const OF_THEM = new RegExp(
  String.raw`^[^.;:!?]{0,60}?,\s+(\d{1,3}(?:,\s?\d{3}(?!\d))*|${NUMBER_WORDS_TO_99})(\s+of\s+(?:them|whom))\b`,
  'iu',
);

/** A part in a clause joined by `and` after its count: `, and 11 of them` (see {@link THEM_BEFELL}). */
const OF_THEM_JOINED = new RegExp(
  String.raw`^[^.;:!?]{0,60}?,\s+and\s+(\d{1,3}(?:,\d{3})*|${NUMBER_WORDS_TO_99})(\s+of\s+them)\b`,
  'iu',
);
/** What befell such a part, right after it: `were taken to hospital`, `were hospitalised`, `died`. */
const THEM_BEFELL =
  /^\s+(?:(?:were|was|have\s+been|had\s+been|are|later)\s+)?(died|killed|hospitali[sz]ed|(?:taken|rushed|admitted|flown|airlifted)\s+to\s+(?:a\s+|the\s+)?(?:local\s+|nearby\s+)?hospitals?|kept\s+in\s+hospital)\b/i;

/** A part with no noun of its own after its count: `21 goals this season, including two on Sunday`. */
const INCLUDING_SOME = new RegExp(
  String.raw`^[^.;:!?]{0,60}?,\s+including\s+(\d{1,3}(?:,\s?\d{3}(?!\d))*|${NUMBER_WORDS_TO_99})()(?=\s+(?:on|in|at|during|last|this|from|against|for|by)\b|\s*[,.;])`,
  'iu',
);

/**
 * A fraction or a quantifier of a total before its figure: `half of the`, `most of its`; fifths
 * and tenths too (`About a fifth of the site's 1,100 staff`: the whole, not the part; rule
 * `fact:share-fifths-tenths`, stop 57).
 */
const SHARE_OF =
  /\b(half|a third|one[- ]third|a quarter|one[- ]quarter|two[- ]thirds|three[- ]quarters|(?:a|one|two|three|four)[- ]fifths?|(?:a|one|three|seven|nine)[- ]tenths?|most|some|many|several|few|none)\s+of\s+(?:(?:the|its|their|his|her)\s+(?:\p{L}[\p{L}-]*(?:'s|’s)\s+)?|\p{Lu}[\p{L}-]*(?:'s|’s)\s+)$/iu;
/** A qualifier before a share (`more than half of`, `nearly a third of`): the part is not that fraction. */
const SHARE_QUALIFIED =
  /\b(?:(?:more|less|fewer)\s+than|over|under|nearly|almost|about|around|roughly|some|at\s+least|at\s+most|close\s+to|well\s+over)\s+$/i;
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'a quarter': 1 / 4,
  'one quarter': 1 / 4,
  'two thirds': 2 / 3,
  'three quarters': 3 / 4,
  'a fifth': 1 / 5,
  'one fifth': 1 / 5,
  'two fifths': 2 / 5,
  'three fifths': 3 / 5,
  'four fifths': 4 / 5,
  'a tenth': 1 / 10,
  'one tenth': 1 / 10,
  'three tenths': 3 / 10,
  'seven tenths': 7 / 10,
  'nine tenths': 9 / 10,
};

/**
 * The part of a total (`54 of the 100 seats` is 54 seats; `half of the 40 passengers` is 20),
 * as a count spanning both; `unsaid` when a quantifier leaves the part without a figure
 * (`most of the 40 passengers were rescued`: 40 were not).
 */
/** A count, its noun, then a clause with its own subject and a verb of the noun: `2,500 jobs Norvik Motors is cutting`. */
const CONTACT_CLAUSE =
  /^\S+\s+(?:[\p{Ll}-]+\s+){1,2}?(?:(?:the|its|their|his|her)\s+[\p{Ll}-]+|(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*|it|they|he|she|we)\s+(?:is|are|was|were|has|have|had|will|would)\s+(?:been\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ing|ed|en)\b/u;
/** Parts read with their whole (`shot down 35 of the 40 drones fired`: both figures tell). */
const WHOLE_TOO = new WeakSet<Quantity>();

function partOf(view: RepairedView, q: Quantity): Quantity | 'unsaid' | null {
  const from = view.fromOriginal(q.start);
  const before = view.text.slice(Math.max(0, from - 40), from);
  const share = SHARE_OF.exec(before);
  // A quantifier of an owner's whole after a preposition (`queues formed at many of its 43
  // branches`, `in some of the group's 12 plants`): the place of the act, and the whole what the
  // owner has, read as a count of its own (rule `fact:owner-whole-after-preposition`).
  if (
    share &&
    FRACTIONS[share[1]!.toLowerCase().replace('-', ' ')] === undefined &&
    /\b(?:its|their|his|her|\p{Lu}[\p{L}-]*(?:'s|’s))\s+$/u.test(share[0]) &&
    /\b(?:at|in|across|from|to)\s+$/i.test(before.slice(0, before.length - share[0].length))
  )
    return null;
  if (share) {
    const fraction = FRACTIONS[share[1]!.toLowerCase().replace('-', ' ')];
    // `more than half of the 140 candidates`, `nearly a third of the 90 staff`: a part no figure
    // gives (rule `fact:share-qualified`, by its absence).
    const qualified = SHARE_QUALIFIED.test(before.slice(0, before.length - share[0].length));
    const value = fraction === undefined || qualified ? NaN : q.value * fraction;
    if (!Number.isInteger(value)) return 'unsaid';
    const at = from - share[0].length + share[0].indexOf(share[1]!);
    return { ...q, start: view.toOriginal(at), value, qualifier: null };
  }
  const m = PART_OF.exec(before);
  if (!m) return null;
  // One of a bare whole (`a ticket, one of 38 million sold`) singles a thing out of the figure,
  // which is what the sentence gives (rule `fact:part-of-bare-whole`).
  if (/\bof\s+$/.test(m[0]) && /^(?:one|1)$/i.test(m[1]!)) return null;
  // `One of the three people injured died`: a whole named by what befell it (a participle after
  // its noun) is that figure; the part is told of another event, read only when a verb governs
  // the part (`shot down 35 of the 40 drones fired at the port`: 35 shot down, 40 fired), and
  // then with the whole.
  // So is a whole a relative clause names (`Two of the three inmates who escaped on Sunday were
  // captured`: the three escaped; rule `fact:whole-named-by-clause`).
  const named =
    /\s\p{Ll}+(?:ed|en)$|\s(?:hurt|dead|missing|held)$/u.test(
      view.text.slice(from, view.fromOriginal(q.end)),
    ) ||
    /^\s+(?:who|that)\s+(?:(?:had|have|were|was)\s+(?:been\s+)?)?\p{Ll}+(?:ed|en)\b/u.test(
      view.text.slice(view.fromOriginal(q.end), view.fromOriginal(q.end) + 40),
    ) ||
    // Or a relative clause with no `that`, its own subject first (`About 1,800 of the 2,500 jobs
    // Norvik is cutting will go at Garrow`, `of the 40 drones the army had fired`): the whole is
    // what that clause tells, the part another event's (rule `fact:whole-named-by-contact-clause`).
    CONTACT_CLAUSE.test(view.text.slice(from, from + 100));
  // Not a verb with its object after it (`Only 15 of the 34 runners finished the race`): the
  // sentence's verb, which the part did (rule `fact:part-verb-with-object`).
  const withObject =
    named &&
    /^\s+(?:the|a|an|its|their|his|her)\s/u.test(
      view.text.slice(view.fromOriginal(q.end), view.fromOriginal(q.end) + 12),
    );
  const governed =
    named &&
    !withObject &&
    /\b(?:\p{Ll}{3,}ed|shot down)\s+$/u.test(before.slice(0, before.length - m[0].length));
  if (named && !withObject && !governed) return null;
  const value = numberOf(m[1]!);
  if (!(value >= 0) || value >= q.value) return null;
  const at = from - m[0].length + m[0].indexOf(m[1]!);
  const part = { ...q, start: view.toOriginal(at), value, qualifier: null };
  if (governed) WHOLE_TOO.add(part);
  return part;
}

/**
 * The power of ten a figure's digits are scaled by, when a scale word follows them (`$4.2
 * billion` is 4.2 written in billions: 9), else 0. The figure's precision is its last digit at
 * that scale (`$4.2 billion` allows $4.15 to $4.25 billion, so `$4.19 billion` agrees with it).
 */
function scaleOf(written: string, value: number): number {
  const m =
    /(\d[\d,]*(?:\.\d+)?)\s*-?\s*(?:thousand|million|billion|trillion|mln|mn|bln|bn|tn|[kmb])\b/i.exec(
      written,
    );
  // A whole number of millions (`a $2 million bond`) is as often the exact sum as a rounded one:
  // only a decimal at the scale (`$4.2 billion`) signals rounding there. Three digits or more at
  // the scale (`a £212m jackpot`) are rounded to the scale as surely: what it leaves out is under
  // a two-hundredth of the figure (`£212.4 million`; rule `figure:scale-three-digits`).
  if (m && !m[1]!.includes('.') && Number(m[1]!.replace(/,\s?/g, '')) < 100) return 0;
  const digits = m ? Number(m[1]!.replace(/,\s?/g, '')) : NaN;
  if (!(digits > 0) || !(value > digits)) return 0;
  const k = Math.round(Math.log10(value / digits));
  return k >= 3 && Math.abs(value - digits * 10 ** k) <= 1e-6 * value ? k : 0;
}

/** Words after a figure that make it a whole's: `worldwide`, `nationwide`, `across the country`. */
const SCOPE =
  /^\s*(?:in\s+total\s+)?(worldwide|globally|around the world|across the (?:world|globe)|nationwide|countrywide|across the country|statewide|across the state)\b/i;

/**
 * A whole opening a sentence, then a comma, before a figure of that sentence: `Worldwide,
 * customs agencies seized `, `Across the country, `. A decimal written apart (`4. 2`) is no end of
 * the sentence.
 */
const SCOPE_OPENING =
  /(?:^|[.!?]\s+|\n)(worldwide|globally|around the world|across the (?:world|globe)|nationwide|countrywide|across the country|statewide|across the state)\s*,(?:[^.!?\n]|\.\s?\d)*$/iu;

/** The height of an event later in the figure's clause: `fought the blaze at its height`, `at the peak of the storm`. */
const AT_PEAK_AFTER =
  /^[^.;:!?]{0,60}?\bat\s+(?:its|their|the)\s+(?:height|peak)\b(?!\s+of\s+(?:about\s+|some\s+)?\d)/i;
/** The height of an event opening the figure's sentence: `At its height, `, `At the peak of the fire, `. */
const AT_PEAK_OPENING =
  /(?:^|[.!?]\s+|\n)At\s+(?:its|their|the)\s+(?:height|peak)\b(?!\s+of\s+(?:about\s+|some\s+)?\d)(?:[^.!?\n]|\.\s?\d)*$/u;

/**
 * A record holder opening the figure's sentence: a superlative said to be known, recorded or the
 * world's (`The smallest known frog`, `The world's largest tanker`, `The previous tallest
 * recorded wave`). `latest`, `nearest`, `closest` hold no record.
 */
const RECORD_HOLDER_OPENING =
  /(?:^|[.!?]\s+|\n)(?:The|A)\s+(?:(?:previous|former|current)\s+)?(?:world['’]s\s+(?!(?:lat|near|clos)est\b)\p{Ll}+est\b|(?!(?:lat|near|clos)est\b)\p{Ll}+est\s+(?:known|recorded|ever\s+recorded)\b)(?:[^.!?\n]|\.\s?\d)*$/u;

/** A percentage above or below a price (`27 per cent above Orsolo's last closing price`). */
const PRICE_AGAINST =
  /^\s+(above|over|below|under|more\s+than|higher\s+than|less\s+than|lower\s+than)\s+(?:the\s+|its\s+|their\s+|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?\s+)[^.;:!?]{0,40}?\b(?:price|close|closing price|value|valuation)\b/u;
/** A verb of change right before a percentage (`shares rose 27 per cent above`): a change, not a premium. */
const RISE_OR_FALL_BEFORE =
  /\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|climbed|jumped|dropped|gained|lost|surged|slid|soared|traded|trading|closed|ended|up|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+)?$/i;

/** Words after a percentage that measure it from an average (`a premium of 41% over the 30-day average`). */
const OVER_AVERAGE = /^[^.;:!?]{0,30}?\b(?:over|above|below|to|on)\s+[^.;:!?]{0,50}?\baverage\b/i;

/** Words after a figure that make it one site's: `at its plant`, `at the Selby factory`. */
const AT_SITE =
  /^\s*(?:who\s+work\s+|working\s+|employed\s+)?at\s+(?:its|the|their|a|one|that|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:plants?|factory|factories|mills?|mines?|warehouses?|depots?|refinery|works|sites?|facility|shipyard|smelter)\b/iu;

/** A verb of need right before a figure (`needs 61 seats`, `would require at least 41 votes`). */
const NEEDED_BEFORE =
  /\b(?:needs?|needed|requires?|required|takes)\s+(?:at\s+least\s+|only\s+|just\s+|a\s+minimum\s+of\s+)?$/i;
/** Words of need after a figure's noun (`61 seats needed for`, `61 seats are required to`). */
const NEEDED_AFTER =
  /^\s*(?:(?:are|is|were|was|would\s+be)\s+)?(?:needed|required|necessary)\s+(?:for|to)\b/i;

/** A relative clause of place right after a figure's noun (`districts where`, `cases in which`). */
const WHERE_AFTER = /^\s+(?:where|in\s+which)\b/i;

/** The whole a figure is given for, when the words after it say (`45,000 workers worldwide`, `21 goals in all competitions`). */
function scopeOf(view: RepairedView, q: Span, noun: string, kind: string): string | undefined {
  const from = afterNoun(view, q, noun);
  const m = SCOPE.exec(view.text.slice(from, view.fromOriginal(q.end) + 40));
  // A player's goals in all competitions, said further on in the clause (`21 goals for Port
  // Alder in all competitions`).
  if (!m && /^[^.;:!?]{0,60}?\b(?:in|across)\s+all\s+competitions\b/i.test(view.text.slice(from, from + 90)))
    return 'all-competitions';
  // The people at one site (`2,300 people at its plant in Tarvik`) are a part of a company's
  // whole staff, not another count of it.
  if (!m && AT_SITE.test(view.text.slice(from, from + 60))) return 'site';
  // What is needed (`A party needs 61 seats for a majority`, `61 seats are needed to govern`) is
  // a threshold, no count of what anyone holds.
  const at = view.fromOriginal(q.start);
  if (
    !m &&
    (NEEDED_BEFORE.test(view.text.slice(Math.max(0, at - 30), at)) ||
      NEEDED_AFTER.test(view.text.slice(from, from + 40)))
  )
    return 'needed';
  // Those a relative clause of place picks out (`the 14 districts where no candidate won a
  // majority`) are a part the clause names, not another count of the whole.
  // (People are no place: `studies of 1,420 patients in which the drug cut` ties the clause to the
  // studies, and counts all the patients; rule `fact:where-not-people`, h-disc62.)
  if (
    !m &&
    WHERE_AFTER.test(view.text.slice(from, from + 20)) &&
    !PEOPLE.has(noun.toLowerCase()) &&
    !PEOPLE.has(lemma(noun.toLowerCase()))
  )
    return 'where';
  // A whole opening the figure's sentence (`Worldwide, customs agencies seized a record 2, 000
  // tonnes`) gives the whole's figure, as one after the noun does (rule
  // `fact:scope-opening-clause`).
  const opened = m ? undefined : SCOPE_OPENING.exec(view.text.slice(Math.max(0, at - 160), at));
  // A count told at the height of the event (`About 120 firefighters fought the blaze at its
  // height`, `At its peak, 40, 000 people were without power`) is its peak's, not the figure of
  // the whole event nor of its start (rule `fact:figure-at-peak`). A measure so told (`rose to 5.6
  // metres at its peak`) is the peak of what it measures, as `peaked at` tells it: left as it is.
  if (
    kind === 'count' &&
    !m &&
    !opened &&
    (AT_PEAK_AFTER.test(view.text.slice(from, from + 80)) ||
      AT_PEAK_OPENING.test(view.text.slice(Math.max(0, at - 160), at)))
  )
    return 'peak';
  // A figure of a record holder the sentence opens with (`The smallest known frog, from Papua New
  // Guinea, is about 7. 7 mm long`, `The world's tallest building is 828 metres tall`) is that
  // holder's, set beside the story's to measure it, never another value of the story's (rule
  // `fact:record-holder`).
  if (!m && !opened && RECORD_HOLDER_OPENING.test(view.text.slice(Math.max(0, at - 160), at)))
    return 'record';
  const w = (m ?? opened)?.[1]?.toLowerCase();
  if (!w) return undefined;
  return /world|glob/.test(w) ? 'worldwide' : /state/.test(w) ? 'statewide' : 'nationwide';
}

/** Words that number the thing they name (`Flight 370`, `Highway 9`), even at a sentence's start. */
const LABEL_NOUN = wordSet(
  'highway route interstate road flight gate terminal platform runway room building floor level ' +
    'ward block district precinct channel chapter section article game round week stage page line ' +
    'bus train pier lane exit unit reactor',
);
const MONTHS_AND_DAYS = wordSet(
  'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday',
);

/** `number` or `No.` right before a figure: what follows is a rank or a label. */
const NUMBER_WORD_BEFORE = /\b(?:[Nn]umber|No\.)\s*$/;

/**
 * A proportion after a count: a noun perhaps, `in` or `out of`, perhaps `every`, and a larger
 * number (group 1 the noun, group 2 the number): ` resident in five`, ` in every ten`, ` out of four`.
 */
const PROPORTION_AFTER =
  /^(\s+\p{Ll}+)?\s+(?:in|out\s+of)\s+(?:every\s+)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred)\b/u;
/** What may follow a proportion's larger number when a noun sits before it: a stop or a verb (`in five is`). */
const PROPORTION_END =
  /^(?:\s*(?:[,.;:)]|$)|\s+(?:is|are|was|were|has|have|had|now|say|says|said|will|would|could|can|live|lives|own|owns|do|does|did)\b)/u;
/** A smaller number right before a count that makes it a proportion's larger side (`one in `, `three out of every `). */
const PROPORTION_BEFORE = /\b(one|two|three|four|five|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?$/iu;

/**
 * Whether count `q` is a side of a proportion (`One resident in five is now over 65`: neither one
 * resident nor five are counted; `one in ten adults`; rule `fact:count-proportion`). The smaller
 * number comes first; with a noun between (`resident`) the larger one ends the phrase, so `three
 * people in 12 villages` stays a count of three people.
 */
function inProportion(view: RepairedView, q: Span): boolean {
  const from = view.fromOriginal(q.start);
  const to = view.fromOriginal(q.end);
  const words = view.text.slice(from, to).split(/\s+/);
  const value = numberOf(words[0]!);
  const after = PROPORTION_AFTER.exec(view.text.slice(to, to + 40));
  if (after && value > 0) {
    const large = /hundred/.test(after[2]!) ? 100 : numberOf(after[2]!);
    const rest = view.text.slice(to + after[0].length, to + after[0].length + 12);
    const noun = after[1] !== undefined || words.length > 1;
    if (large > value && (!noun || PROPORTION_END.test(rest))) return true;
  }
  const before = PROPORTION_BEFORE.exec(view.text.slice(Math.max(0, from - 40), from));
  const small = before ? numberOf(before[1]!) : -1;
  return small > 0 && small < value;
}

/** A figure `TALLY_NOUN_MOVES` reads: a noun of what befell people moved to it (`Arrests rise to 146`). */
function movedTallyAt(view: RepairedView, q: Span): boolean {
  const from = view.fromOriginal(q.start);
  const before = Math.max(0, from - 60);
  const text = view.text.slice(before, view.fromOriginal(q.end) + 40);
  for (const m of text.matchAll(TALLY_NOUN_MOVES))
    if (before + m.index + m[0].lastIndexOf(m[3]!) === from) return true;
  return false;
}

function labelsThing(view: RepairedView, q: Span): boolean {
  const from = view.fromOriginal(q.start);
  const [number, ...next] = view.text.slice(from, from + 60).split(/[^\p{L}\d-]*\s+/u);
  if (!/^\d+$/.test(number!)) return false;
  // A capitalised word that numbers things right before it names the thing, whatever follows:
  // a headline's verb ends in an s as a plural does (`Route 9 crash kills driver`, `Tanker blast
  // on Route 9 kills two`; rule `fact:label-noun-number`).
  const label = /(?<![\p{L}\d-])(\p{Lu}\p{Ll}+)\s$/u.exec(view.text.slice(Math.max(0, from - 30), from));
  if (label && LABEL_NOUN.has(label[1]!.toLowerCase())) return true;
  // A number joined by a hyphen to one capital letter (`F-16 crashes at air show`, `two F-16 jets`,
  // `B-52 bombers`) is a model's name, before a plural too (rule `fact:code-hyphen-number`).
  if (/(?<![\p{L}\d-])\p{Lu}-$/u.test(view.text.slice(Math.max(0, from - 30), from))) return true;
  // A plural right after it, or one word on, is what it counts (`Captures 23 Pirates`, `23
  // Somali pirates`; not `a Category 4 storm with winds`).
  // (`was`, `has`, `its` end in an s and count nothing: `the SEA-LINK 4 cable was cut`.)
  if (
    next
      .slice(0, 2)
      .some(
        (w) => (/^\p{L}+s$/u.test(w) && !STOP.has(w.toLowerCase())) || IRREGULAR_PLURAL.has(w.toLowerCase()),
      )
  )
    return false;
  // A number joined to a capitalised word by a hyphen is part of the name (`an Aurel-2 rocket
  // exploded`, `the Vega-3 launcher`): it counts nothing, as `Flight 370` does not (rule
  // `fact:name-hyphen-number`). Not before a plural: a dash written as a hyphen (`under the
  // Act-409 animals`) leaves a count.
  if (/(?<![\p{L}\d-])\p{Lu}\p{L}*-$/u.test(view.text.slice(Math.max(0, from - 30), from))) return true;
  const m = /(\S*)(\s+)(\p{Lu}[\p{L}-]*)\s$/u.exec(view.text.slice(Math.max(0, from - 60), from));
  if (!m) return false;
  const word = m[3]!.toLowerCase();
  if (MONTHS_AND_DAYS.has(word)) return false;
  if (LABEL_NOUN.has(word)) return true;
  // A word before the capitalised one, on its line, shows it is not the first of its sentence.
  return m[1] !== '' && !m[2]!.includes('\n') && !/[.!?:;"“”'‘’]$/u.test(m[1]!);
}

/**
 * Where the words after a figure's noun start, in the view: the figure's span may run past its
 * noun (`three people died`, `45,000 workers worldwide`), so it is read from the noun; a part's
 * noun follows its figure (`Twelve of the whales had died`).
 */
function afterNoun(view: RepairedView, q: Span, noun?: string): number {
  const from = view.fromOriginal(q.start);
  const to = view.fromOriginal(q.end);
  const at = noun ? view.text.slice(from, to).lastIndexOf(noun) : -1;
  // `members` after a body's noun is part of it (`Two crew members were injured`, `three staff
  // members`): the verb is after it.
  if (at >= 0) {
    const end = from + at + noun!.length;
    return end + (/^\s+members?\b/.exec(view.text.slice(end, end + 10))?.[0].length ?? 0);
  }
  const part = noun ? PARTITIVE.exec(view.text.slice(to, to + 60)) : null;
  return part && part[1] === noun ? to + part[0].length : to;
}

/** A number that may open a part told by its whole (`Twelve` of `Twelve of the whales`). */
const PART_OF_WHOLE = new RegExp(String.raw`\b(\d{1,3}(?:,\s?\d{3}(?!\d))*|${AGE_WORDS})(?=\s+of\s)`, 'giu');
/**
 * A count after a count of its sentence, its noun left out, then its verb: `, and 15 have since
 * died`, ` but two were missing`.
 */
const ELIDED_SUBJECT = new RegExp(
  String.raw`^[^.;:!?]{0,80}?,?\s+(?:and|but|while)\s+(\d{1,3}(?:,\s?\d{3}(?!\d))*|${AGE_WORDS})(?=\s+(?:(?:had|have|has|were|was|are|is)\b|died\b))`,
  'iu',
);
/**
 * A passive verb after a count, then `and` and a number whose auxiliary and noun are left out:
 * ` were diverted and 21 cancelled` (group 1 the number).
 */
const ELIDED_AUXILIARY = new RegExp(
  String.raw`^\s+(?:were|had\s+been|have\s+been)\s+\p{Ll}+(?:ed|en)\b[^.;:!?,]{0,40}?,?\s+and\s+(\d{1,3}(?:,\s?\d{3}(?!\d))*|${AGE_WORDS})(?=\s+\p{Ll}+(?:ed|en)\b)`,
  'u',
);
/**
 * The whole a part is told of, after `of` (`of the whales`, `of his crewmates`; 1: its words, 2:
 * its plural noun, one with no `s` too, `of the children`: `fact:count-partitive`, widened, stop
 * 56): no superlative or ordinal (`of the best`, `of the first`), nor the words in
 * `also` (`more|`), nor a noun of another (`of the members of`).
 */
function wholeAfterOf(also: string): string {
  return String.raw`^\s+of\s+(?:(?:the|those|these|its|their|his|her|our)\s+|(?=(?:\d{1,3}|${NUMBER_WORDS_TO_99})\s))((?:\d{1,3}\s+)?(?!(?:\p{Ll}+est|most|${also}best|worst|first|last|other)\b)(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,}s|children|people|men|women))\b(?!\s+of\b)`;
}
/**
 * The whole a part is told of, right after its number: `of the whales`, `of those injured
 * climbers` (group 1 the phrase, group 2 its plural noun), not a superlative (`of the largest
 * quakes`) nor a noun of another (`of the members of`). A headline leaves the article out before
 * the whole's number (`Four of five escaped inmates recaptured`, `Two of 12 climbers found`).
 */
const PARTITIVE = new RegExp(
  String.raw`${wholeAfterOf('')}(?=\s+(?:had|have|has|were|was|are|is|died|remain|remained|\p{Ll}+ed)\b)`,
  'u',
);

/** A verb's object told as a part of a whole: ` of the whales`, ` of the hostages` (no verb after). */
const PARTITIVE_OBJECT = new RegExp(
  String.raw`${wholeAfterOf('more|')}(?!\s+(?:had|have|has|were|was|are|is)\b)`,
  'u',
);
/** A past-tense verb right before a number: `refloated `, `freed `. */
const VERB_ED_BEFORE = /\b\p{Ll}{2,}ed\s+$/u;

/** Those counted took part in a protest: `took to the streets`, `joined the march`, `took part in the rally`. */
const CROWD_JOINED =
  /^\s+(?:(?:had|have|has|were|are)\s+)?(?:took\s+to\s+the\s+streets|(?:joined|took\s+part\s+in|marched\s+in)\s+(?:the|a|an|that|this)\s+(?:[\p{Ll}-]+\s+)?(?:march|protest|rally|demonstration|strike))\b/u;
/** A protest that drew those counted: `The march drew 100,000 people`, `the rally attracted some 5,000`. */
const CROWD_DRAWN =
  /\b(?:march|protest|rally|demonstration)s?\s+(?:drew|draws|attracted|attracts|brought\s+out)\s+(?:(?:at\s+least|about|around|nearly|some|more\s+than|over|up\s+to|almost|roughly|an\s+estimated)\s+)?$/iu;

/** A group of animals and the words giving its size, right before a count: `a swarm of some `, `The herd, estimated at ` (1: the group's noun). */
const SWARM_BEFORE =
  /\b(swarm|flock|herd|shoal|colony|pack|pod)\s*(?:,\s+)?(?:of|(?:estimated|put|reckoned)\s+at|numbering|(?:now\s+)?numbers|numbered)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|an\s+estimated\s+)?$/i;
/**
 * How far in from a tunnel's, a cave's or a mine's way in (`about 2 km from the northern entrance`
 * / `3 km inside the northern portal`, `500 metres into the tunnel`): one distance, whichever word
 * an outlet chose (rule `fact:distance-inside`, stop 55).
 */
function distanceInsideOf(view: RepairedView, q: Span): { noun: string; text: string; rule: string } | null {
  if (!('kind' in q) || q.kind !== 'measure') return null;
  const to = view.fromOriginal(q.end);
  return DISTANCE_UNIT.test(view.text.slice(view.fromOriginal(q.start), to)) &&
    DISTANCE_INSIDE.test(view.text.slice(to, to + 50))
    ? { noun: 'distance-inside', text: 'distance inside', rule: 'fact:distance-inside' }
    : null;
}
/** After a distance: from a way in, or inside or into an enclosed place (`from the northern entrance`, `inside the portal`, `into the mine`). */
const DISTANCE_INSIDE =
  /^\s+(?:from\s+(?:the|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:entrance|portal|mouth)|(?:inside|into)\s+(?:the|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:tunnel|portal|entrance|cave|cavern|mine|shaft))\b/u;
/** A unit of length or area counted as a noun (`a swarm of one square kilometre`): a measure, no member of a group. */
const MEASURE_WORD = /\b(?:kilomet(?:re|er)s?|met(?:re|er)s?|miles?|acres?|hectares?|feet|foot|yards?)\b/i;
/** A participle of estimating a size right before a count: `, estimated at about `, `, thought to number ` (rule `fact:estimated-size`). */
const ESTIMATED_SIZE_BEFORE =
  /\p{L},\s+(?:(?:estimated|put|reckoned|thought|believed)\s+(?:at|to\s+number|to\s+be)|numbering)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+)?$/u;
/** Vessels and vehicles a blockage may hold up (`fact:held-up`). */
const HELD_UP_VEHICLE =
  /^(?:ships?|vessels?|boats?|barges?|tankers?|freighters?|lorries|lorry|trucks?|cars?|vehicles?|trains?)$/i;
/** After a count of vessels or vehicles: `were waiting`, `were stuck`, `were queuing`, `were held up`. */
const HELD_UP_AFTER =
  /^\s+(?:were|are|had\s+been|have\s+been)\s+(?:left\s+|still\s+)?(?:waiting|stuck|queuing|queueing|queued|held\s+up|backed\s+up)\b/i;
/** Vehicles one rides or drives: `motorbikes`, `cars`, `a van` (see `fact:vehicles-travelled`). */
const TRAVEL_VEHICLE =
  /^(?:motorbikes?|motorcycles?|scooters?|mopeds?|cars?|vans?|trucks?|boats?|speedboats?|jet\s?skis?|bicycles?|bikes?|quad\s?bikes?|horses?)$/i;
/** A verb of arriving or getting away right before the count: `arrived on `, `fled in `, `sped off on `. */
const TRAVELLED_ON_BEFORE =
  /\b(?:arrived|arrive|came|fled|flee|escaped|escape|sped\s+(?:off|away)|drove\s+(?:off|away)|rode\s+(?:off|away)|made\s+off|got\s+away|left)\s+(?:on|in|aboard)\s+$/i;
/**
 * Police, rescuers or medics as the verb's subject, a few words before it (`Police arrived in three
 * cars`, `Firefighters quickly came in two boats`): their own vehicles, not the story's
 * travellers'. (Not `Police said the men fled on two motorbikes`: more words between.)
 */
const RESPONDERS_BEFORE =
  /\b(?:police|officers?|firefighters?|firemen|paramedics|ambulances?|rescuers?|troops|soldiers|coastguards?|medics)(?:\s+[\p{L}'-]+){0,2}?\s+(?:arrived|arrive|came|fled|flee|escaped|escape|sped|drove|rode|made|got|left)(?:\s+(?:off|away))?\s+(?:on|in|aboard)\s+$/iu;

/** `were left stranded`, `spent the night stuck`: after a count and its noun (rule `fact:left-stranded`). */
const LEFT_STRANDED_AFTER =
  /^\s+(?:(?:were|was|had\s+been|have\s+been|are|got)\s+(?:all\s+)?left|(?:have\s+|had\s+)?spent\s+(?:the|a|an|two|three|several)\s+(?:night|nights|day|days|hours)(?:\s+\p{Ll}+)?)\s+(?:stranded|stuck)\b/u;
/** `, which is now eight strong`, `, which now numbers 12`: after a count and its noun (rule `fact:count-before-now`). */
const COUNT_BEFORE_NOW =
  /^(?:\s+[\p{Ll}-]+){0,2}?,\s+which\s+(?:(?:is|are)\s+now\s+[\p{L}\d,-]+\s+strong|now\s+(?:numbers?|totals?|stands?\s+at)\s+[\p{L}\d-]+)\b/u;
/**
 * What happened to counted things, read next to the figure: a participle after it (`six
 * workers were injured`, `40 workers evacuated`) or a verb or action noun before it (`killed
 * 12 people`, `the evacuation of 40 workers`). A light stem, so `evacuated` meets `evacuation`.
 */
function eventOf(view: RepairedView, q: Span, noun?: string): string | undefined {
  const from = view.fromOriginal(q.start);
  const noun_ = afterNoun(view, q, noun);
  // An apposition between the noun and its verb (`two men, aged 34 and 41, were arrested`), a
  // list of three ages too (`Three men, aged 34, 41 and 52, were arrested`: rule
  // `fact:apposition-age-list`), and a noun phrase naming them before an auxiliary (`Two men, a
  // shipping agent and his assistant, were arrested`: rule `fact:apposition-before-verb`).
  // A part named inside the whole's apposition (`three people, including two children, died`):
  // the whole's verb, after the apposition's closing comma, tells what befell the part too.
  const included =
    /,\s+including\s+$/i.test(view.text.slice(Math.max(0, from - 20), from)) &&
    /^,(?=\s)/.test(view.text.slice(noun_, noun_ + 2));
  const to =
    noun_ +
    (included
      ? 1
      : (APPOSITION.exec(view.text.slice(noun_, noun_ + 80))?.[0].length ??
        MODIFYING_PARTICIPLE.exec(view.text.slice(noun_, noun_ + 80))?.[0].length ??
        reducedRelative(view.text.slice(noun_, noun_ + 90)) ??
        PLACE_PHRASE.exec(view.text.slice(noun_, noun_ + 90))?.[0].length ??
        ARMED_PHRASE.exec(view.text.slice(noun_, noun_ + 70))?.[0].length ??
        SECOND_COUNT_BEFORE_VERB.exec(view.text.slice(noun_, noun_ + 60))?.[0].length ??
        0));
  // The vehicles those the story is about came or went on (`The men arrived on two motorbikes` /
  // `The gang fled on three motorbikes`, `escaped in a stolen van`): how they travelled, one
  // figure whichever way of the journey an outlet tells; not vehicles counted otherwise (`found
  // two motorbikes abandoned`). Police or rescuers arriving so came in their own: their vehicles
  // are another count (rule `fact:vehicles-travelled`, stop 55).
  if (
    noun &&
    TRAVEL_VEHICLE.test(noun) &&
    TRAVELLED_ON_BEFORE.test(view.text.slice(Math.max(0, from - 40), from))
  )
    return RESPONDERS_BEFORE.test(view.text.slice(Math.max(0, from - 90), from))
      ? 'responders-travel'
      : 'travel';
  // Vessels or vehicles waiting, stuck or queuing behind the story's blockage (`About 30 ships were
  // waiting on both sides of the bridge` / `Some 40 vessels were stuck on the river`, `lorries
  // were queuing at the border`): those held up, one count whichever word tells it (rule
  // `fact:held-up`, stop 55). Not people waiting (`200 passengers were waiting`: read as before).
  if (noun && HELD_UP_VEHICLE.test(noun) && HELD_UP_AFTER.test(view.text.slice(to, to + 40)))
    return 'held-up';
  // Those who broke in (`Four thieves broke in through a window`, `three men broke into the
  // shop`, `were said to have broken into`): one group, whatever noun an outlet gives them.
  if (BROKE_IN_AFTER.test(view.text.slice(to, to + 60))) return 'break-in';
  // Those who fell ill (`37 people have fallen ill`, `fell ill`, `have reported stomach illness`,
  // `were taken ill`): one group, whichever words tell it (rule `fact:fell-ill`, stop 46).
  if (ILL_AFTER.test(view.text.slice(to, to + 70))) return 'ill';
  // Those told to leave (`Residents of 24 homes were told to leave`, `300 people were ordered to
  // flee`): evacuated, as `were evacuated` tells (rule `fact:told-to-leave`, stop 53). So are those
  // moved to shelters or to safety (`60,000 were moved to shelters`; widened, stop 58).
  if (TOLD_TO_LEAVE_AFTER.test(view.text.slice(to, to + 60))) return 'evacuat';
  // Those pulled, plucked or winched out of danger (`Four of his crewmates were pulled from a life
  // raft`, `were winched to safety`): rescued, as `were rescued` tells (rule
  // `fact:pulled-from-is-rescue`, stop 53).
  if (PULLED_OUT_AFTER.test(view.text.slice(to, to + 60))) return 'rescu';
  // Those left stranded or stuck (`213 passengers were left stranded overnight`, `were left stuck
  // on board`) and those who spent a night or hours so (`300 passengers spent the night stranded
  // at sea`) are stranded, as `were stranded` tells: no one who left (rule `fact:left-stranded`,
  // stop 54). Not `were left behind`, `left the ship`, `spent the night in a hotel`.
  if (LEFT_STRANDED_AFTER.test(view.text.slice(to, to + 40))) return 'strand';
  // Those still in hospital (`Six people remain in hospital`, `five are in hospital`, `Seven
  // people are now in hospital`): hospitalised, as `were taken to hospital` tells (rule
  // `fact:in-hospital`, stop 46; `now` widened, stop 58).
  if (IN_HOSPITAL_AFTER.test(view.text.slice(to, to + 50))) return 'hospitalis';
  // Those still free after an escape (`three inmates still at large`, `two prisoners remain on
  // the run`): the ones not yet caught, a count of its own, not the whole that escaped (rule
  // `fact:count-still-at-large`, stop 58).
  if (AT_LARGE_AFTER.test(view.text.slice(to, to + 40))) return 'at-large';
  // Those at a place when it happened (`About 60 miners were working in the mine`, `64 workers
  // were underground at the time`): present, not what then befell some of them (`seven miners
  // trapped`; rule `fact:count-present`).
  if (PRESENT_AFTER.test(view.text.slice(to, to + 40))) return 'present';
  // A protest's crowd told by an idiom (`35,000 people took to the streets`, `joined the march`,
  // `The march drew 100,000 people`): those who marched (rule `fact:crowd-of-protest`).
  if (
    CROWD_JOINED.test(view.text.slice(to, to + 60)) ||
    CROWD_DRAWN.test(view.text.slice(Math.max(0, from - 50), from))
  )
    return 'march';
  // Had or received injuries, wounds or burns (`two crew members had minor injuries`) is injured,
  // as `suffered minor injuries` is (rule `fact:suffered-injuries`, widened, stop 53).
  const had = /^\s+(?:had|received)(?=\s)/.exec(view.text.slice(to, to + 20));
  if (had && SUFFERED_INJURIES.test(view.text.slice(to + had[0].length, to + had[0].length + 60)))
    return 'injured';
  // Needed, required or received hospital treatment (`31 spectators needed hospital treatment`)
  // is a hospital's care, hospitalised as `treated in hospital` is: no count of the crowd they
  // came from (rule `fact:needed-hospital-treatment`, stop 54). Not treatment alone (a first
  // version read `needed treatment` as injured: it moved half B).
  const care = NEEDED_TREATMENT_AFTER.exec(view.text.slice(to, to + 60));
  if (care) return 'hospitalis';
  const next = AFTER_COUNT.exec(view.text.slice(to, to + 40));
  // A participle, or a past tense that says what befell them (`died`, `were shot dead`).
  // Taken, rushed or flown to hospital is hospitalised.
  // So is taken to a hospital named (`were taken to Mercy Dale Hospital`, `to Ardley Children 's
  // Hospital`): one hospital of the many an outlet may not name (rule `fact:taken-to-named-hospital`).
  const toHospital =
    next &&
    (/^\s+to\s+(?:a\s+|the\s+)?(?:local\s+|nearby\s+)?hospitals?\b/i.test(
      view.text.slice(to + next[0].length, to + next[0].length + 30),
    ) ||
      (/^(?:taken|rushed|flown|airlifted|admitted)$/.test(next[1]!) &&
        NAMED_HOSPITAL.test(view.text.slice(to + next[0].length, to + next[0].length + 80))));
  // Treated or kept in hospital is hospitalised too (`HOSPITAL_STAY`), not injured.
  const inHospital =
    next &&
    HOSPITAL_STAY_VERB.test(next[1]!) &&
    HOSPITAL_STAY.test(view.text.slice(to + next[0].length, to + next[0].length + 30));
  // Suffered or sustained injuries, wounds or burns is injured (rule `fact:suffered-injuries`).
  const wounded =
    next &&
    /^(?:suffered|sustained)$/.test(next[1]!) &&
    SUFFERED_INJURIES.test(view.text.slice(to + next[0].length, to + next[0].length + 60));
  // Suffered, developed or experienced an ailment is fallen ill, whatever the ailment is called
  // (`14 patients suffered liver damage` / `12 patients developed liver problems`: rule
  // `fact:developed-ailment`).
  const ailing =
    next &&
    /^(?:suffered|developed|experienced)$/.test(next[1]!) &&
    AILMENT.test(view.text.slice(to + next[0].length, to + next[0].length + 60));
  // Taken or lifted off a craft (`All 25 crew were taken off the vessel`, `lifted off the rig`)
  // is evacuated, as `the evacuation of 23 crew members` tells (rule `fact:taken-off-craft`).
  const offCraft =
    next &&
    /^(?:taken|lifted|airlifted|winched)$/.test(next[1]!) &&
    TAKEN_OFF_CRAFT.test(view.text.slice(to + next[0].length, to + next[0].length + 50));
  if (offCraft) return 'evacuat';
  // Moved to safety is rescued, whatever the verb (`Its 23 crew were airlifted to safety`,
  // `48 people were winched to safety` / `24 crew members were rescued`; rule
  // `fact:moved-to-safety`, stop 45).
  const toSafety =
    next &&
    /^\s+(?:out\s+|off\s+)?to\s+safety\b/i.test(
      view.text.slice(to + next[0].length, to + next[0].length + 20),
    );
  // Led, moved or ushered out of a place (`2,500 visitors were ushered out of the zoo`, `350
  // passengers were led out of a train`): evacuated, whatever verb an outlet chose (rule
  // `fact:led-out`). Not `carried out`, `found out`: those name no one moved.
  const ledOut =
    next &&
    LED_OUT_VERB.test(next[1]!) &&
    /^\s+out\s+(?:of|from)\b/i.test(view.text.slice(to + next[0].length, to + next[0].length + 12));
  const after =
    next && toSafety
      ? 'rescued'
      : next && !NOT_PARTICIPLE.has(next[1]!)
        ? ledOut
          ? 'evacuat'
          : toHospital || inHospital
            ? 'hospitalised'
            : wounded
              ? 'injured'
              : ailing
                ? 'ill'
                : next[2] || next[1] === 'died'
                  ? 'dead'
                  : next[1]!
        : undefined;
  const preceding = view.text.slice(Math.max(0, from - 40), from);
  // What an organisation runs (`Dunmore Health, which runs 12 hospitals`, `operates 15
  // hospitals`, `owns 40 stores`): one holding, whichever verb an outlet chose (rule
  // `fact:event-runs`).
  if (RUNS_BEFORE.test(preceding)) return 'run';
  // A verb before the figure, regular or one of the irregular pasts news tells people moved or
  // found with (`brought nine miners to the surface`, `found 12 survivors`).
  const before =
    /\b(\p{Ll}+(?:ed|ing|ion|ions)|shot down|brought|found|caught|sent|took)\s+(?:(?:of|at least|about|nearly|some|more than|up to|almost|the|last|remaining|final|other)\s+)*$/u.exec(
      preceding,
    );
  // Brought, pulled or hoisted to the surface or to safety (`have brought 16 miners to the
  // surface`): rescued, as `moved to safety` is (rule `fact:brought-to-surface`).
  if (
    before &&
    /^(?:brought|pulled|hoisted|lifted|winched|carried|led)$/.test(before[1]!) &&
    /^\s+(?:out\s+)?to\s+(?:the\s+surface|safety)\b/i.test(view.text.slice(noun_, noun_ + 30))
  )
    return 'rescued';
  // Pulled or plucked out of danger, told in the active voice (`Rescuers pulled 32 people from
  // the water`): rescued, as `were pulled from the water` tells (rule `fact:pulled-from-is-rescue`,
  // widened, stop 56). Not bodies pulled out: those are recovered.
  if (
    before &&
    /^(?:pulled|plucked|hauled|dragged|winched)$/.test(before[1]!) &&
    !/^~?(?:bod|corpse|remain)/.test(noun ?? '') &&
    PULLED_FROM_AFTER_NOUN.test(view.text.slice(noun_, noun_ + 60))
  )
    return 'rescu';
  // `shot dead two gunmen`, `claimed the lives of 12 people`: deaths.
  const died =
    /\b(?:shot dead|lives of)\s+(?:(?:at least|about|nearly|some|more than|up to|almost)\s+)?$/.test(
      preceding,
    );
  // Homes cut off (`cut power to 85,000 homes`, `40,000 households were without electricity`)
  // befell that, whatever else the sentence tells: not homes flooded or destroyed.
  if (
    /\b(?:power|electricity)\s+(?:supplies?\s+)?(?:to|for)\s+(?:(?:at least|about|around|nearly|some|more than|over|up to|almost|roughly)\s+)?$/i.test(
      preceding,
    ) ||
    /^\s+(?:(?:were|was|are|is|remain|remained|had been|have been)\s+)?(?:left\s+|still\s+)?without\s+(?:power|electricity)\b/i.test(
      view.text.slice(noun_, noun_ + 60),
    ) ||
    // `homes and businesses in the city lost power`, `customers affected by Monday's blackout`
    // (rule `fact:customers-cut-off`).
    LOST_POWER.test(view.text.slice(noun_, noun_ + 90))
  )
    return 'power-cut';
  // Carriages or wagons that left the rails (`Five of the train's eight carriages left the
  // tracks`, `six carriages of a train came off the rails`, `derailed`): one event, whichever
  // words an outlet chose (rule `fact:derailed`).
  if (DERAILED_AFTER.test(view.text.slice(noun_, noun_ + 90))) return 'derail';
  // `a ferry with 120 passengers capsized`, `a bus with 40 children overturned`: after `with`,
  // the verb is the head noun's, not the counted one's, unless it says what befell those
  // counted (`with 12 people killed`, `with 40 dock workers evacuated`).
  if (
    after &&
    /\bwith\s+(?:(?:at least|about|around|nearly|some|more than|up to|almost)\s+)?$/i.test(preceding) &&
    !TOLL.some(([re]) => re.test(after))
  )
    return undefined;
  // A past tense right before the figure takes it as its object (`downed 30 drones fired at the
  // port`): what was done to them, not the participle that tells of them after (a reduced
  // relative), unless that participle says what befell them (`treated 40 people injured`).
  const governs =
    after &&
    before &&
    !died &&
    /ed$|^shot down$/.test(before[1]!) &&
    !/\b(?:of|the)\s+$/.test(preceding) &&
    !TOLL.some(([re]) => re.test(after)) &&
    !LIGHT_VERBS.has(before[1]!.replace(/ed$/, ''));
  // People made to leave (`forced 3,000 residents to leave their homes`, `ordered 500 people to
  // flee`) were evacuated, whatever verb an outlet chose (rule `fact:forced-to-leave`).
  if (
    before &&
    /^(?:forc(?:ed|ing|es)|order(?:ed|ing|s)|told|prompt(?:ed|ing|s)|caus(?:ed|ing|es)|compell(?:ed|ing)|urg(?:ed|ing|es))$/.test(
      before[1]!,
    ) &&
    /^\s+to\s+(?:leave|flee|evacuate|abandon|quit)\b/i.test(view.text.slice(noun_, noun_ + 20))
  )
    // Made to leave a country (`ordered five diplomats to leave the country`) they were
    // expelled, not evacuated (rule `fact:ordered-out-of-country`).
    return /^\s+to\s+leave\s+the\s+country\b/.test(view.text.slice(noun_, noun_ + 40)) &&
      /^order|^told/.test(before[1]!)
      ? 'expell'
      : 'evacuat';
  // Things that went into water (`sending four cars into the water`, `Five cars plunged into
  // the river`, `a lorry toppled into the canal`): one fall, whichever verb an outlet chose and
  // wherever it stands (rule `fact:into-water`).
  if (INTO_WATER.test(view.text.slice(noun_, noun_ + 60))) return 'into-water';
  const word = (governs ? before[1] : (after ?? (died ? 'dead' : before?.[1])))?.replace(
    /^shot down$/,
    'intercept',
  );
  if (!word) return undefined;
  // `carried` and `carrying` meet at `carry` (a consonant and `ied` is a `y` verb's past;
  // not `died` or `tied`).
  const stem = (word.length >= 6 ? word.replace(/([^aeiou])ied$/, '$1y') : word).replace(
    /(ions|ion|ing|ed|en)$/,
    '',
  );
  // A light verb before the figure says nothing of what befell it (`needed 14 stitches` is
  // `received 41 stitches`; `reported 12 cases`).
  if (!after && !died && LIGHT_VERBS.has(stem)) return undefined;
  // Goods pulled or withdrawn from shelves or from sale are recalled (`is pulling 370,000 jars
  // of puree from shelves` / `has recalled 340,000 jars`; rule `fact:withdrawn-from-sale`), not
  // bodies pulled from rubble.
  if (
    /^(?:pull|withdr[ae]w|withdrawn|remov)$/.test(stem) &&
    FROM_SALE.test(view.text.slice(noun_, noun_ + 80))
  )
    return 'recall';
  return EVENT_FAMILY.get(stem) ?? stem;
}

/** Whether the words right after a count's noun read `re` (within `length` characters). */
const afterNounReads = (view: RepairedView, q: Span, noun: string, re: RegExp, length: number): boolean => {
  const at = afterNoun(view, q, noun);
  return re.test(view.text.slice(at, at + length));
};
/** Whether the people counted at `q` were at a show, a match or a festival (see {@link ATTENDING}). */
const attending = (view: RepairedView, q: Span, noun: string): boolean =>
  afterNounReads(view, q, noun, ATTENDING, 60);
/** Whether the people counted at `q` searched (see {@link SEARCHING}). */
const searching = (view: RepairedView, q: Span, noun: string): boolean =>
  afterNounReads(view, q, noun, SEARCHING, 90);
/**
 * Searching after a count of people, an apposition between: `had searched`, `took part in the
 * search`, `joined the hunt`, `were involved in the search`.
 */
const SEARCHING =
  /^(?:,[^,.;]{1,60},)?\s+(?:(?:had|have|has)\s+)?(?:searched\b|(?:were|are)\s+searching\b|(?:joined|join|took\s+part\s+in|take\s+part\s+in|were\s+involved\s+in|helped\s+(?:in|with))\s+the\s+(?:search|hunt)\b)/;
/**
 * Being at a show, a match or a festival after a count of people: `were at the site`,
 * `attended`, `were watching the display`, `had gathered` ending its clause (h-disc49).
 */
const ATTENDING =
  /^\s+(?:(?:had\s+)?attended\b|(?:were|was)\s+(?:attending\b|watching\s+(?:the\s+)?(?:display|show|fireworks|festival|concert|parade|match|game|race|performance)\b|(?:at|inside|in)\s+(?:the\s+)?(?:site|venue|festival|concert|stadium|ground|arena|match|game|show|gig)\b)|(?:had\s+)?gathered(?:\s+(?:to\s+watch\b|for\s+the\s+(?:display|show|fireworks|festival|concert|parade)\b)|(?=\s*[.,;])))/;
/** Who fills a place's seats: `people`, `spectators`, `fans`, `seats`. */
const CAPACITY_NOUN = /^(?:people|person|spectators?|fans?|seats?|guests?)$/;
/** A verb or noun of holding right before a count: `holds`, `can hold`, `seats`, `a capacity of`. */
const HOLDS =
  /\b(?:holds|(?:can|could|will|would)\s+hold|seats|seating|(?:seating\s+)?capacity\s+(?:of|for))\s+(?:about |some |nearly |more than |around |roughly |almost |over |up to )?$/i;
/** People a company may lay off: `workers`, `employees`, `staff`, `people`. */
/** Words after a count of workers that tell they lose their jobs: ` will lose their jobs`, ` are set to lose their jobs`. */
const LOSE_JOBS =
  /^(?:\s+(?:at|in)\s+[^.,;]{1,30}?)?\s+(?:will|would|could|may|are\s+(?:set|expected|due)\s+to|are\s+to|stand\s+to|face\s+losing|are\s+losing|lost|have\s+lost)\s+(?:lose\s+)?(?:their\s+)?jobs\b/;
const LAID_OFF_NOUN = /^(?:workers?|employees?|staff|people|person|staffers?)$/;
/** A verb of laying off right before a count, on its line: `lay off`, `laid off`, `dismissed`, `fired` (not the noun `fire`), `let go of`, `shed`, `cut`. */
const LAYS_OFF =
  /\b(?:lay(?:ing|s)?\s+off|laid\s+off|dismiss(?:es|ed|ing)?|fir(?:ed|ing)|let\s+go(?:\s+of)?|shed(?:s|ding)?|cut(?:s|ting)?)[^\S\n]+(?:about |some |nearly |more than |around |roughly |almost |over |up to |another )?$/i;
/** A verb of employing right before a figure. */
const EMPLOYS =
  /\b(?:employs?|employed|employing|employer of|workforce of|staff of)\s+(?:about |some |nearly |more than |around |roughly |almost |over )?$/i;

/** A present participle phrase between a counted noun and its passive verb: `300 people living within two miles were evacuated`. */
const MODIFYING_PARTICIPLE =
  /^\s+\p{Ll}+ing\b[^,.;]{0,50}?(?=\s+(?:were|was|have been|had been|has been)\s)/u;

/**
 * A past participle's phrase after a counted noun before the sentence's own passive verb
 * (`Eleven hostages seized from a bus were freed on Friday`): a reduced relative telling who
 * they are; the verb after it tells what befell them. Not when the participle is itself a toll
 * (`two people injured in the blast were taken to hospital` were injured). Its length, or
 * undefined.
 */
function reducedRelative(after: string): number | undefined {
  const m = REDUCED_RELATIVE.exec(after);
  return m && !TOLL.some(([re]) => re.test(m[1]!)) ? m[0].length : undefined;
}
const REDUCED_RELATIVE =
  /^\s+(\p{Ll}+ed)\s+(?:from|in|at|on|near|by|during|off|outside|inside)\b[^,.;]{0,50}?(?=\s+(?:were|was|have been|had been|has been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b)/u;

/**
 * Where those counted were, between the noun and the sentence's own passive verb (`Fourteen guests
 * at a youth hostel in Brenn were taken to hospital`, `40 houses in the village were
 * destroyed`): the verb after it tells what befell them (rule `fact:event-after-place-phrase`).
 */
// (And a ship or a body the counted belong to, `Three crew members of the container ship were
// injured`, and a participle not in `-ed`, `were hurt`: rule `fact:count-noun-phrase-before-verb`,
// stop 53.)
const PLACE_PHRASE =
  /^\s+(?:at|in|on|inside|aboard|of)\s+(?:the|a|an|his|her|its|their)\s+[^,.;:]{1,50}?(?=\s+(?:were|was|have been|had been|has been)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|en)|hurt|hit|struck|shot|caught|held)\b)/u;

/**
 * What those counted held or wore, between the noun and the sentence's own verb (`Four men armed
 * with hammers robbed the shop`, `two men wearing balaclavas stormed the bank`): a participle
 * telling who they are, not what they did; the verb after it does (rule `fact:armed-before-verb`,
 * stop 55). Only with a past-tense verb after it: `Four men armed with knives.` tells no act.
 */
const ARMED_PHRASE =
  /^\s+(?:armed\s+with|wearing|dressed\s+in|wielding|brandishing)\s[^,.;]{1,40}?(?=\s+\p{Ll}{3,}ed\b)/u;

/**
 * A second count of people joined to the first before their one verb (`All 31 guests and four
 * staff were evacuated`): the verb tells what befell both (rule `fact:count-and-count-verb`, stop
 * 56). Only a plain noun after the second figure and an auxiliary after it.
 */
const SECOND_COUNT_BEFORE_VERB = new RegExp(
  String.raw`^\s+and\s+(?:\d{1,3}|${NUMBER_WORDS_TO_99})\s+(?:members\s+of\s+)?\p{Ll}{3,}(?=\s+(?:were|was|have\s+been|had\s+been)\s)`,
  'u',
);
/** An apposition after a counted noun: `, aged 34 and 41,`, `, both from Velmar,`, `, all of them minors,`. */
const APPOSITION =
  /^,\s+(?:(?:aged|ages)\s+\d{1,3}(?:\s*,\s*\d{1,3})+,?\s+and\s+\d{1,3}\s*,|(?:aged|ages|both|all|each|who|whose|from|of|including)\b[^,.;]{0,60},)/u;

/** A verb of holding or taking right before a count of hostages: `held`, `took`, `was holding`, `seized` (`fact:hostages-taken`). */
const HOSTAGES_TAKEN_BEFORE =
  /\b(?:held|hold|holds|holding|took|take|takes|taking|taken|seized|seizing|kept|keeping)\s+(?:(?:at\s+least|about|around|nearly|some|more\s+than|up\s+to|almost|as\s+many\s+as)\s+)?$/i;

/** Stems of verbs that only have, get or tell a figure. */
const LIGHT_VERBS = new Set([
  'need',
  'receiv',
  'requir',
  'gett',
  'includ',
  'involv',
  'us',
  'report',
  'confirm',
  'record',
]);

/**
 * Verbs news uses for one thing done to counted things, by light stem: 120 homes destroyed are
 * 85 houses razed; 14 bodies recovered are 17 bodies pulled from the rubble.
 */
const EVENT_FAMILY: ReadonlyMap<string, string> = new Map(
  Object.entries({
    destroy: ['destroy', 'raz', 'level', 'levell', 'flatten', 'gutt', 'demolish', 'wreck', 'destruct'],
    // (Things collected or gathered from where they fell are things recovered: `recovered 17
    // fragments` / `have collected 27 fragments`, rule `fact:event-collected-recovered`, stop 54.)
    recover: ['recover', 'retriev', 'pull', 'dug', 'recovery', 'collect', 'gather'],
    // Goods found in a search are the goods seized (`officers found 40 kilograms of heroin` /
    // `seized 45 kilograms`), as confiscated or impounded ones are (rule `fact:event-found-seized`).
    seize: ['seiz', 'captur', 'hijack', 'seizure', 'found', 'confiscat', 'impound'],
    // Drones and missiles shot down, downed or intercepted.
    intercept: ['intercept', 'down', 'interception'],
    damage: ['damag'],
    // Taken hostage or captive (`took 14 people hostage` / `had been taken hostage`).
    take: ['tak', 'took'],
    // Things seen, spotted or reported (`two drones had been seen` / `three drones had been
    // reported`): one sighting, however an outlet tells it (h-disc46, rule `fact:event-sighted`).
    sight: ['se', 'spott', 'sight', 'observ', 'report'],
    // People a place holds, however an outlet tells it (`a wing holding 310 prisoners` / `a wing
    // housing 130 prisoners`, `accommodating`; rule `fact:event-held`).
    hold: ['hold', 'hous', 'accommodat'],
  }).flatMap(([family, stems]) => stems.map((x) => [x, family] as const)),
);

/** A verb of running what an organisation holds, right before its count: `which runs `, `operates `, `owns more than `. */
const RUNS_BEFORE =
  /\b(?:runs|ran|operates|operated|owns|owned|manages|managed)\s+(?:(?:about|around|nearly|almost|some|more\s+than|at\s+least)\s+)?$/u;

/** Where goods are withdrawn from, after their noun: ` of puree from shelves`, ` from sale`, ` off supermarket shelves`. */
const FROM_SALE =
  /^[^.;:]{0,50}?\b(?:from|off)\s+(?:(?:the|its|their|store|shop|supermarket|retail)\s+)*(?:shelves|sale|stores|shops|supermarkets|the\s+market)\b/;
/** A craft people are taken off: ` off the vessel`, ` off the burning ship`, ` from the rig`. */
const TAKEN_OFF_CRAFT =
  /^\s+(?:off|from)\s+(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:ship|vessel|boat|ferry|tanker|freighter|trawler|yacht|rig|platform|plane|aircraft|train|liner)s?\b/u;
/** Whether a count's noun names works of art: `paintings`, `canvases`, `artworks`, or `works` by a maker or of art (`fact:count-artworks`). */
function artworks(view: RepairedView, q: Span, noun: string): boolean {
  if (/^(?:painting|artwork|canvas|canvase)$/.test(noun)) return true;
  if (noun !== 'work') return false;
  const at = view.fromOriginal(q.end);
  // Works said to be a maker's (`73 fake works attributed to modern masters`) are works of art
  // too (widened, stop 57).
  return (
    /^\s+(?:by\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}|of\s+art\b)/u.test(view.text.slice(at, at + 60)) ||
    /\bworks\s+(?:(?:were|are)\s+)?(?:wrongly\s+|falsely\s+)?attributed\s+to\s/.test(
      view.text.slice(view.fromOriginal(q.start), at + 20),
    )
  );
}
/** Irregular participles news counts things by (`38 million sold`, `12 built`): no noun (`fact:count-one-of`). */
const IRREGULAR_PARTICIPLE =
  /^(?:sold|built|made|bought|won|held|sent|taken|given|seen|found|lost|left|kept|drawn|shown|grown|flown|thrown|known|written|struck|hit|cut|set|put)$/;
/** The subject of `was one of` right before a count: `The ticket was one of ` (`fact:count-one-of`). */
const ONE_OF_SUBJECT =
  /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,})\s+(?:was|is|had\s+been|has\s+been)\s+(?:just\s+|only\s+)?one\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|an\s+estimated)\s+)?(?:the\s+)?$/u;
/** Water right after a counted noun, or after its verb of falling: ` into the water`, ` plunged into the river` (`fact:into-water`). */
const INTO_WATER =
  /^\s+(?:(?:were|was|had|have)\s+(?:been\s+)?)?(?:(?:plunged|fell|fallen|tumbled|toppled|dropped|crashed|slid|careered|sank|went|were\s+sent|sent|hurled|thrown|swept|dragged)\s+)?into\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:[Ww]ater|[Rr]iver|[Ss]ea|[Ll]ake|[Cc]anal|[Hh]arbou?r|[Ee]stuary|[Rr]eservoir|[Rr]avine|[Gg]orge)\b/u;
/** Verbs of leading people out of a place, before `out of` (`fact:led-out`). */
const LED_OUT_VERB =
  /^(?:ushered|led|moved|escorted|brought|taken|guided|walked|hurried|shepherded|helped|pulled)$/;
/** Injuries after `suffered` or `sustained`: `minor injuries`, `serious head wounds`, `burns`. */
const SUFFERED_INJURIES =
  /^\s+(?:(?:minor|serious|severe|critical|life-threatening|non-life-threatening|multiple|head|gunshot|stab|leg|back|burn|smoke-inhalation)\s+)*(?:injuries|injury|wounds|wound|burns)\b/i;
/** An ailment after `suffered`, `developed` or `experienced`: `liver damage`, `serious side effects`, `heart problems`. */
const AILMENT =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:damage|problems|complications|side[\s-]effects|symptoms|reactions|infections?|illness|poisoning)\b/iu;
/**
 * What follows a counted noun: an auxiliary, an adverb, then a participle or past tense,
 * regular (`injured`, `taken`, `have died`) or one of the irregular ones news tells casualties
 * with (`hurt`, `shot`, `slain`); `dead` after it (`shot dead`, `found dead`, `left three people
 * dead`) is a death, `missing` a person missing. A hedge may stand before it (`were said to have
 * been killed`, `are feared to have died`, `were reported to be missing`), and a relative
 * pronoun (`47 whales that stranded on the beach`, `12 people who were hurt`).
 */
const AFTER_COUNT = new RegExp(
  String.raw`^\s+(?:(?:that|which|who)\s+)?(?:${HEDGED_TO}(?:have\s+been|have|be)\s+|(?:were|was|(?:have|had|has)\s+(?:(?:still|now|all|also|since|just|already|so far)\s+)?been|are|is|being|been|have|has|had|remain|remains|remained)\s+(?:being\s+)?)?(?:(?:still|now|all|since)\s+)?(?:\p{L}+ly\s+)?(\p{Ll}+(?:ed|en)|hurt|shot|slain|struck|hit|found|left|dead|missing)\b(\s+dead\b)?`,
  'u',
);
/**
 * Where people are kept and cared for, after a count and its participle (`Sixteen people were
 * being treated in hospital`, `kept in hospital`): those people are hospitalised, as those `taken
 * to hospital` are, not injured (`treated` alone reads so). Not `died in hospital`.
 */
/** Told to leave after a count: ` were told to leave`, ` have been ordered to flee their homes`. */
const TOLD_TO_LEAVE_AFTER =
  /^\s+(?:(?:were|have\s+been|had\s+been|are\s+being|were\s+being)\s+)(?:(?:told|ordered|forced|asked|urged|advised)\s+to\s+(?:leave|flee|evacuate|get\s+out)\b|(?:moved|taken|relocated|bussed|sent)\s+to\s+(?:\p{Ll}+\s+){0,2}?(?:shelters?|evacuation\s+(?:centres?|centers?)|safety|safer\s+ground|higher\s+ground)\b)/u;
/** Out of a danger, after a verb of pulling: `alive from the water`, `out of the rubble`. */
const FROM_DANGER = String.raw`(?:alive\s+)?(?:from|out\s+of)\s+(?:the|a|an|their|his|her)\s+(?:[\p{Ll}-]+\s+)?(?:water|sea|river|raft|life\s+raft|liferaft|rubble|wreckage|debris|ice|mud|surf)\b`;
/** Pulled out of danger after a count: ` were pulled from a life raft`, ` have been winched to safety`. */
const PULLED_OUT_AFTER = new RegExp(
  String.raw`^\s+(?:(?:were|have\s+been|had\s+been)\s+)(?:pulled|plucked|winched|airlifted|lifted|dragged|hauled)\s+(?:${FROM_DANGER}|to\s+safety\b)`,
  'u',
);
/** Out of danger right after the noun of those an active verb pulled (` from the water`; stop 56). */
const PULLED_FROM_AFTER_NOUN = new RegExp(String.raw`^\s+${FROM_DANGER}`, 'u');
/**
 * A place phrase after a count's noun, then a verb of falling ill: ` on the research ship Aurora
 * Crest have fallen ill`, ` aboard the ferry fell sick`, ` at the school were taken ill` (rule
 * `fact:ill-across-place`). The phrase holds no comma, no clause and at most eight words.
 */
const ILL_ACROSS_PLACE =
  /^(?:\s+(?:on|aboard|in|at|inside)(?:\s+board)?)?\s+(?:the|a|an|its|their)\s+(?:[\p{L}'’-]+\s+){0,7}?(?:(?:have|has|had)\s+(?:since\s+|now\s+|all\s+)?(?:fallen|become|been\s+taken)|fell|became|were\s+taken|got)\s+(?:seriously\s+)?(?:ill|sick)\b/u;
/** Falling ill after a count: ` have fallen ill`, ` fell sick`, ` have reported stomach illness`, ` were taken ill`; `ill` right after the noun (`with 396 people ill with norovirus`: rule `fact:fell-ill`, stop 49). */
const ILL_AFTER =
  /^\s+(?:ill|sick)\b(?!\s+(?:of|and|or)\b)|^\s+(?:(?:have|has|had)\s+)?(?:(?:since|now|also|all)\s+)?(?:(?:fallen|fell|become|became|been\s+taken|were\s+taken|was\s+taken|gone|went|got)\s+(?:seriously\s+)?(?:ill|sick)\b|sickened\b|(?:reported|suffered|developed)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:illness|illnesses|symptoms|sickness)\b)/u;
/** Still free after a count: ` still at large`, ` remain on the run`, ` are still on the loose`. */
const AT_LARGE_AFTER =
  /^\s+(?:(?:are|were|remain|remained|is|was)\s+)?(?:still\s+)?(?:at\s+large|on\s+the\s+(?:run|loose))\b/i;
/** Still in hospital after a count: ` remain in hospital`, ` are still in hospital`, ` are now in hospital`. */
const IN_HOSPITAL_AFTER =
  /^\s+(?:remain|remains|remained|are|were|is|was|stay|stayed|stays)\s+(?:still\s+|now\s+)?in\s+(?:a\s+|the\s+)?hospitals?\b/i;
/** A hospital named after `to`: capitalised words (a possessive's ending set apart or not), then `Hospital`, `Medical Center` or `Infirmary`. */
const NAMED_HOSPITAL =
  /^\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+(?:['’]s\s+)?){1,5}(?:Hospital|Medical\s+Cent(?:er|re)|Infirmary)\b/u;
/** A hospital's care after a count: ` needed hospital treatment`, ` had required hospital treatment`. */
const NEEDED_TREATMENT_AFTER =
  /^\s+(?:(?:have|has|had)\s+)?(?:needed|required|received)\s+hospital\s+treatment\b/u;
const HOSPITAL_STAY_VERB = /^(?:treated|kept|held)$/;
const HOSPITAL_STAY = /^\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:local\s+|nearby\s+)?hospitals?\b/i;
/** Words ending like participles that are not (`three people died when…`, `six women`). */
const NOT_PARTICIPLE = new Set([
  'when',
  'then',
  'even',
  'often',
  'between',
  'seven',
  'eleven',
  'ten',
  'women',
  'men',
  'children',
  'open',
  'again',
]);

/**
 * The noun a figure counts or measures: for a count, the counted noun of the quantity layer
 * when the text writes it as a common noun; for money and measures, the common noun right
 * after the figure (`a $3 million bond`) or, failing that, the one it is the object of
 * (`an offer of $3 million`, `a bond worth $3 million`).
 */
/** A figure in a unit of length (`450 nautical miles`, `12 km`, `3.5 kilometres`). */
const DISTANCE_UNIT =
  /^[\d.,\s]+(?:nautical\s+miles?|miles?|km|kilomet(?:re|er)s?|metres?|meters?|m|feet|ft|yards?)$/i;
/** A distance in digits or in words (`nine kilometres`, `12 km`): a height's figure however written. */
const DISTANCE_WRITTEN =
  /(?:^|[\d\s])(?:nautical\s+miles?|miles?|km|kilomet(?:re|er)s?|metres?|meters?|m|feet|ft|yards?)$/i;
/** Units of a load: `tonnes`, `tons`, `kg`, `barrels`, `litres`, `gallons`. */
const LOAD_UNIT =
  /^[\d.,\s]+(?:(?:thousand|million|billion)\s+)?(?:tonnes?|tons?|kg|kilograms?|barrels?|lit(?:re|er)s?|gallons?)$/i;
/** Animals a vehicle carries as its load: `noun:sheep`, `noun:cattle`, `noun:pig`. */
const LIVESTOCK =
  /^noun:(?:sheep|cattle|cows?|calf|calves|pigs?|hogs?|horses?|goats?|lambs?|bulls?|chickens?|hens?|poultry|turkeys?|animals?|livestock)$/;
/** Words before a measure that make it a load carried: `carrying`, `loaded with`, `a cargo of`. */
const CARGO_BEFORE =
  /\b(?:carrying|carried|carries|transporting|transported|hauling|(?:loaded|laden)\s+with|(?:a|its|the)\s+cargo\s+of)\s+(?:(?:about|some|nearly|around|roughly|more\s+than|up\s+to|almost|over|an\s+estimated)\s+)?$/i;
/** Words after a length that make it a height reached in the air: `into the sky`, `into the air`, `high into the atmosphere`. */
const INTO_AIR = /^\s+(?:high\s+)?into\s+the\s+(?:sky|air|atmosphere|stratosphere)\b/i;
/** Words after a length that make it a height above the ground: `above the ground`, `above a forest`, `up` ending a clause. */
const ABOVE_GROUND =
  /^\s+(?:above\s+(?:the\s+|a\s+|an\s+)?(?!sea\b|mean\b)(?:ground|forest|valley|floor|river|street|road|gorge|ravine|canyon|trees|treetops|slope|rocks|water)\b|(?:high\s+)?up(?=\s*(?:[,.;]|$|\b(?:in|on|at|when|and|as|before|after|for)\b))|off\s+the\s+ground\b)/i;
/** Units of area: `acres`, `hectares`, `square kilometres`. */
const AREA_UNIT = /^[\d.,\s]+(?:hectares?|acres?|ha|square\s+(?:kilomet(?:re|er)s|km|miles|metres|meters))$/i;
/** Verbs before an area a fire, a flood or a slick has reached: `burned`, `scorched`, `has grown to`, `spread over`, `covers`. */
const AREA_REACHED =
  /\b(?:burn(?:ed|t|s|ing)?|scorch(?:ed|es|ing)?|char(?:red|ring|s)?|blacken(?:ed|s|ing)?|consum(?:ed|es|ing)|torch(?:ed|es|ing)|(?:grown|grew|grows|growing|spread|spreads|spreading|expanded|expands|swelled|swollen)\s+(?:to|over|across)|cover(?:ed|s|ing)?|flood(?:ed|s|ing)|inundat(?:ed|es|ing)|swept\s+(?:through|across|over))\s+(?:(?:an\s+estimated|about|nearly|almost|some|roughly|around|more\s+than|over|at\s+least|close\s+to)\s+)?$/i;
/** Words after a length that put it out to sea: `offshore`, `off the coast`, `from the shore`. */
const OFFSHORE =
  /^\s*(?:offshore\b|off\s+(?:the\s+)?(?:coast|shore|beach|coastline|shoreline)\b|from\s+(?:the\s+)?(?:shore|beach|coast|shoreline|coastline)\b)/;
/** Words after a length that make it a distance from a place (`off the coast`, `north of`, `away`). */
const PLACE_AFTER_DISTANCE =
  /^(?:off|offshore|from|away|inland|outside|beyond|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/;

/** Plural nouns of prizes, capitalised in a prize's name (`Halvard Awards`, `Golden Globes`). */
const PRIZE_NOUN = /^(?:Awards|Prizes|Medals|Trophies|Globes|Cups|Titles)$/;

/** A word read before a sum that can be the noun it is about: no function word, participle or adverb. */
const isSubjectNoun = (w: string | undefined): w is string =>
  !!w && !NOT_NOUN.has(w) && !STOP.has(w) && !/(ed|ing|ly)$/.test(w);

/**
 * A noun, then a participle of estimating (`damage estimated at`, `losses put at`) or a verb of
 * amounting, maybe after `that` or a modal (`damage that could reach`, `losses totalled`, `costs
 * will top`), right before a sum; group 1 is the noun.
 */
/** A change told as a noun, what changed and `to` before a sum: `an 11 percent rise in quarterly revenue to `. */
const RISE_IN_REACHES =
  /\b(?:rise|increase|jump|gain|fall|drop|decline|decrease)\s+in\s+(?:(?:its|their|the)\s+)?(?:[a-z][\p{L}-]+\s+)?([a-z][\p{L}-]+)\s+to\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/u;
/** A noun, its period and a verb of being before a sum: `Net profit for the quarter was about `, `revenue in the first half came to `. */
const SUM_OF_PERIOD_WAS =
  /\b([A-Za-z][\p{L}-]+)\s+(?:for|in)\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:quarter|year|period|half|months|season)\s+(?:was|were|came\s+to|stood\s+at|totalled|totaled|reached)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?$/u;
const SUM_AMOUNTS = needing(
  /\b([a-z][\p{L}-]+)\s+(?:(?:that|which)\s+)?(?:(?:estimated|put|valued|pegged|assessed)\s+at|(?:(?:could|may|might|would|will|is expected to|are expected to|is likely to|are likely to)\s+)?(?:reach(?:ed|es)?|top(?:ped|s)?|exceed(?:ed|s)?|total(?:l?ed|s)?|amount(?:ed|s)? to|r[au]n(?:s)? to|hit))\s+(?:an? )?(?:estimated |about |nearly |roughly |some |almost |more than |up to |over )?$/u,
  /(?:(?:estimated|put|valued|pegged|assessed)\s+at|reach(?:ed|es)?|top(?:ped|s)?|exceed(?:ed|s)?|total(?:l?ed|s)?|amount(?:ed|s)? to|r[au]n(?:s)? to|hit)\s+(?:an? )?(?:estimated |about |nearly |roughly |some |almost |more than |up to |over )?$/u,
);

/** A preposition right after a sum or a measure is no noun of it (`$350 million within three years`, `12,000 acres near Pine Hollow`). */
const PREPOSITION =
  /^(?:within|before|after|during|since|until|by|over|under|from|to|into|through|across|against|among|between|without|per|near|around|outside|inside|along|beyond|throughout|toward|towards|amid|beside|behind|above|below|via|aboard)$/;
/**
 * Nouns of a kind of payment, which name a sum before what it is paid in (`a ransom of $1 million
 * in cryptocurrency`); an act's noun does not (`the theft of 4.2 million euros in jewels` is
 * jewels), nor a word that only says it is a sum (`a total of`).
 */
const MONEY_KIND =
  /^(?:ransom|fine|bail|bonus|fee|salary|wage|grant|payment|loan|donation|reward|settlement|penalty|compensation|payout|refund|subsidy|bribe|dividend|pension)$/;
/**
 * The next one of a count's kind after it, by the count (`and a fifth`, with up to four words after
 * it in group 1), not of another kind (`and a fifth day`).
 */
const NEXT_ONE: ReadonlyArray<RegExp | undefined> = ORDINALS.map(
  (next) =>
    new RegExp(
      String.raw`\band\s+an?\s+${next}\b(?!\s+(?:time|day|night|round|floor|place|year|season|term)\b)((?:\s+[\p{L}-]+){0,4})`,
      'iu',
    ),
);
/** More of what befell a count (`and a man was arrested`), by the event's stem, compiled once each. */
const moreOfRead = new Map<string, RegExp>();
function moreOf(event: string): RegExp {
  let re = moreOfRead.get(event);
  if (!re)
    moreOfRead.set(
      event,
      (re = new RegExp(
        String.raw`\band\s+(?:an?|one|another)\s+(?:\p{L}+\s+){0,3}?(?:was|is|has\s+been)\s+(?:also\s+|later\s+)?${escapeRegExp(event)}\p{L}*`,
        'iu',
      )),
    );
  return re;
}
/** An auxiliary verb right after a number: `three was aboard`, `five were freed`. */
const AUXILIARY = /^(?:was|were|is|are|has|have|had|will|would|could|did|do|does)$/i;
/** The nouns of a deal whose sum is told with its term (`a four-year, $48 million contract`). */
const DEAL_NOUN = /^(?:contract|deal|agreement|extension|pact)$/;
/** Words after a speed that make it a road's limit: `a 55 mph zone`, `the 30 km/h limit`. */
const SPEED_LIMIT_AFTER = /^(?:[\s-]*(?:speed\s+)?(?:zone|limit)\b)/i;
/** Words before a speed that make it a road's limit: `the speed limit of`, `a limit is`. */
const SPEED_LIMIT_BEFORE = /\b(?:speed\s+)?limit\s+(?:of|is|was|was\s+just|is\s+just)\s+$/i;

/** A noun the sum after it is `of` (`a ransom of `, `damage of about `): the noun. */
const NOUN_OF_BEFORE = needing(
  /(?<![\p{L}])([a-z][\p{L}-]+)\s+of\s+(?:an? )?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to )?$/u,
  /\sof\s+(?:an? )?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to )?$/u,
);
/** A verb of stealing, then up to six words, then `worth`: `stole jewellery worth about `, `made off with cash worth ` (`fact:sum-of-loot`). */
const LOOT_WORTH_BEFORE = needing(
  /\b(?:(?:stole|steal|steals|stealing|took|snatched|snatching|grabbed|grabbing|looted|looting)|(?:made|making|got|getting|escaped|escaping|fled|fleeing)\s+(?:off\s+|away\s+)?with|(?:haul|loot))\s+(?:[\p{L}'-]+\s+){0,6}?(?:worth|valued\s+at)\s+(?:an?\s+)?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to |at least |around )?$/u,
  /\s(?:worth|valued\s+at)\s+(?:an?\s+)?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to |at least |around )?$/u,
);
/** A verb of stealing right before a sum told with what it was in: `stole $2 million in jewels`, `made off with 3 million euros of goods` (`fact:sum-of-loot`). */
const LOOT_VERB_BEFORE =
  /\b(?:stole|steal|steals|stealing|snatched|grabbed|looted|(?:made|making|got|getting|escaped|escaping|fled|fleeing)\s+(?:off\s+|away\s+)?with|(?:theft|robbery|heist)\s+of)\s+(?:an?\s+)?(?:estimated |about |nearly |roughly |some |almost |more than |up to |around )?$/;
/** Things told stolen, then their worth: `the stolen jewels were worth `, `the stolen paintings are valued at ` (`fact:sum-of-loot`). */
const STOLEN_NOUN_WORTH =
  /\bstolen\s+(?:[\p{L}'-]+\s+){1,3}?(?:were|was|are|is|had\s+been|have\s+been)\s+(?:worth|valued\s+at)\s+(?:an?\s+)?(?:estimated |about |nearly |roughly |some |almost |more than |up to |around )?$/u;
/**
 * Cash thieves took, told by its sum alone, the clause ending after it (`escaped with about 3
 * million euros, police said`, `The gang took about 2 million euros`): the loot, as `stole
 * jewels worth` tells it. `took` only in a clause of a theft (`robbed`, `the gang`, `thieves`),
 * never a firm's `took $3 million in losses` (`fact:sum-of-loot`, widened, stop 56).
 */
const cashTaken = (view: RepairedView, from: number, to: number, cased: (t: string) => string): boolean => {
  if (!/^(?:\s*[,.;:!?]|\s*$|\s+(?:and|before|after|from)\b)/.test(view.text.slice(to, to + 16)))
    return false;
  const before = cased(view.text.slice(Math.max(0, from - 40), from));
  if (LOOT_VERB_BEFORE.test(before)) return true;
  return (
    /\b(?:took|taking|take|takes)\s+(?:an?\s+)?(?:estimated |about |nearly |roughly |some |almost |more than |up to |around )?$/.test(
      before,
    ) && THEFT_NEAR.test(view.text.slice(Math.max(0, from - 120), from))
  );
};
/** Words of a theft or its culprits in the words before a sum (`cashTaken`). */
const THEFT_NEAR =
  /\b(?:robb(?:ed|ers?|ery|ing)|thie(?:f|ves)|gang|raid(?:ers)?|heist|gunmen|burglars?|looters?)\b/i;
/** The key of what thieves took (`fact:sum-of-loot`). */
const LOOT = { noun: 'loot', text: 'value stolen', rule: 'fact:sum-of-loot' } as const;
/** A sum told `worth` or `valued at` before a participle of stealing: `Jewels worth €4.2 million were stolen`, `... stolen from` (`fact:sum-of-loot`). */
const stolenWorth = (view: RepairedView, q: Span, from: number, to: number): boolean =>
  'kind' in q &&
  q.kind === 'money' &&
  PLAIN_WORTH_BEFORE.test(view.text.slice(Math.max(0, from - 30), from)) &&
  STOLEN_AFTER.test(view.text.slice(to, to + 50));
/** `worth ` or `valued at ` right before a sum (its qualifier between). */
const PLAIN_WORTH_BEFORE =
  /\s(?:worth|valued\s+at)\s+(?:an?\s+)?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to |at least |around )?$/u;
/** A verb of stealing after a sum, passive or a bare participle (`were stolen`, `had been taken`, a headline's `stolen from`), a conversion in brackets between. */
const STOLEN_AFTER =
  /^(?:\s*\([^()]{1,30}\))?\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:stolen|taken|snatched|grabbed|looted)\b/i;
/** A plural noun a sum is `worth` (`cigarettes worth `, `jewels worth an estimated `): the noun. */
const PLURAL_WORTH_BEFORE = needing(
  /(?<![\p{L}])([a-z][\p{L}-]*s)\s+worth\s+(?:an?\s+)?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to |at least )?$/u,
  /\sworth\s+(?:an?\s+)?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to |at least )?$/u,
);
/** A noun and the word tying a sum to it right before the sum (`damage of `, `shares worth `, `assets valued at `). */
const NOUN_BEFORE_SUM = needing(
  /(?<![\p{L}])([a-z][\p{L}-]+)\s+(?:of|worth|at|for|totaling|totalling|valued at)\s+(?:an? )?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to )?$/u,
  /\s(?:of|worth|at|for|totaling|totalling|valued at)\s+(?:an? )?(?:estimated |about |nearly |roughly |some |almost |more than |less than |up to )?$/u,
);
/** A subject set or put at a sum (`bail was set at `, `the damage was estimated at about `). */
const SUBJECT_SET_AT = needing(
  /\b([A-Za-z][\p{L}-]+)(?:\s+(?:from|to|of|in|at|on)\s+(?:(?:the|a|an)\s+)?\p{Ll}[\p{L}-]*)?\s+(?:was|were|is|are|has been|had been|have been)\s+(?:set|put|fixed|estimated|valued|capped|pegged|priced)\s+at\s+(?:about |nearly |roughly |some |almost |more than |up to )?$/u,
  /\s(?:set|put|fixed|estimated|valued|capped|pegged|priced)\s+at\s+(?:about |nearly |roughly |some |almost |more than |up to )?$/u,
);

/** After a sum, the verb giving it to a purpose and that purpose's noun: ` will go to repairs`, ` is earmarked for housing`. */
const GOES_TO =
  /^\s+(?:will\s+go|goes|went|is\s+to\s+go|are\s+to\s+go|(?:is|was|will\s+be)\s+(?:earmarked|set\s+aside|spent))\s+(?:to|for|on|towards)\s+(?:the\s+)?(\p{Ll}[\p{Ll}-]+)\b/u;

/**
 * The purpose a sum goes to, its noun right after the verb giving it (`Of that, 300 million euros
 * will go to repairs to farm buildings`): about that noun, as `€350 million for repairs` is (rule
 * `fact:sum-goes-to`).
 */
function sumGoesTo(
  view: RepairedView,
  q: Span,
  kind: string,
): { noun: string; text: string; rule: string } | null {
  if (kind !== 'money') return null;
  const to = view.fromOriginal(q.end);
  const m = GOES_TO.exec(view.text.slice(to, to + 60));
  return m ? { noun: lemma(m[1]!), text: m[1]!, rule: 'fact:sum-goes-to' } : null;
}

function nounOf(
  view: RepairedView,
  q: Span,
  counted: string | null,
  heading = false,
): { noun: string; text: string; rule?: string } | null {
  const from = view.fromOriginal(q.start);
  const to = view.fromOriginal(q.end);
  // A Title Case headline capitalises the nouns it counts (`$2 Million In Jewels`): read it in lower case.
  const cased = (t: string): string => (heading ? t.toLowerCase() : t);
  const written = cased(view.text.slice(from, to));
  if (counted !== null) {
    // A speed is a speed whatever moves (`winds of 140 mph`, `150 mph winds`).
    if (/^[\d.,\s]+(?:mph|km\/h|kph|knots?)\b/i.test(written)) return { noun: 'speed', text: 'speed' };
    // `N people hostage` counts hostages.
    const ws = `${written} ${/^\s+(hostages?)\b/.exec(cased(view.text.slice(to, to + 12)))?.[1] ?? ''}`
      .trim()
      .split(/\s+/);
    const hostage = ws.findIndex((w, k) => k > 0 && /^hostages?$/i.test(w));
    if (hostage > 0 && PEOPLE.has(lemma(ws[hostage - 1]!))) return { noun: 'hostage', text: ws[hostage]! };
    // The number itself, when written in words (`six injured`), is not the noun.
    const all = (written.match(new RegExp(WORD, 'gu')) ?? []).filter(
      (w, k) => k > 0 || numberOf(w.replace(/-.*$/, '')) < 0,
    );
    // People counted by their nationality (`including 14 Filipinos`, `15 Filipinos aboard`, `three
    // Britons were hurt`): a count of that country's nationals (rule `fact:count-nationals`).
    const nationals =
      all[0] && /^\p{Lu}\p{Ll}+s$/u.test(all[0]) ? GAZETTEER_INDEX.get(all[0].toLowerCase()) : undefined;
    if (nationals?.via === 'demonym')
      return { noun: `national-${slug(nationals.entry.label)}`, text: all[0]!, rule: 'fact:count-nationals' };
    // The counted noun heads the phrase: the first plural after the number (`120 families
    // temporary housing`, `two other vehicles`), else the phrase's last word before a verb.
    let plural = all.findIndex((w) => w === w.toLowerCase() && isPlural(w));
    // A collective plural before another plural modifies it (`12 police officers`, `40 staff
    // nurses`): the last one is counted.
    while (
      plural >= 0 &&
      IRREGULAR_PLURAL.has(all[plural]!) &&
      all[plural + 1] &&
      all[plural + 1] === all[plural + 1]!.toLowerCase() &&
      isPlural(all[plural + 1]!) &&
      // Its members are the group (`six crew members` are six crew).
      all[plural + 1] !== 'members'
    )
      plural++;
    // A number right before a verb's auxiliary (`a crew of three was aboard`, `all five were
    // freed`) has its noun before it, or none: it names no noun after it (rule
    // `fact:count-before-verb`).
    if (all[0] && AUXILIARY.test(all[0])) return null;
    const verb = all.findIndex((w) => /ed$/.test(w));
    // A participle right after the number (`40 killed as ferry sinks`, a headline's words in
    // lower case) says what befell them; the toll readers take it.
    if (plural < 0 && verb === 0) return null;
    const words = plural >= 0 ? all.slice(0, plural + 1) : verb > 0 ? all.slice(0, verb) : all;
    const last = words[words.length - 1];
    // A prize named by its giver (`two Halvard Awards`, `three Grammy Awards`, `four Golden
    // Globes`): the capitalised plural of a prize noun after a name counts prizes (rule
    // `fact:count-named-prize`).
    if (
      last &&
      words.length >= 2 &&
      /^\p{Lu}/u.test(last) &&
      PRIZE_NOUN.test(last) &&
      /^\p{Lu}/u.test(words[words.length - 2]!)
    )
      return {
        noun: lemma(last.toLowerCase()),
        text: words.slice(-2).join(' '),
        rule: 'fact:count-named-prize',
      };
    // A thing told as one of a number (`The ticket was one of 38 million sold`, `the jet is one of
    // 12 built`): the number counts the subject's noun, which the participle after it does not
    // repeat (rule `fact:count-one-of`).
    if (!last || /(ed|ing)$/.test(last) || IRREGULAR_PARTICIPLE.test(last)) {
      const one = ONE_OF_SUBJECT.exec(view.text.slice(Math.max(0, from - 60), from));
      if (one && !NOT_NOUN.has(one[1]!))
        return { noun: lemma(one[1]!), text: one[1]!, rule: 'fact:count-one-of' };
    }
    // A participle is what the counted did, not what they are (`nine voting`, `six injured`).
    if (!last || last !== last.toLowerCase() || NOT_NOUN.has(last.toLowerCase()) || /(ed|ing)$/.test(last))
      return null;
    // `3,000 job cuts`, `200 job losses`: jobs, cut.
    const cut = words.length >= 2 && /^(?:cuts|losses)$/.test(last) ? words[words.length - 2]! : null;
    if (cut && cut === cut.toLowerCase() && !NOT_NOUN.has(cut)) return { noun: lemma(cut), text: cut };
    // The word as written decides (`people`, where the quantity layer's lemma says `person`).
    return { noun: lemma(last), text: last };
  }
  // A speed is a speed whatever moves (`travelling at 190 km/h`, `going 60 mph`); a speed limit
  // is the road's, not a speed anyone went (`92 mph in a 55 mph zone`, `the speed limit of 50
  // km/h`, rule `fact:speed-limit`).
  if (
    /^[\d.,\s]+(?:km\/h|kph|mph|knots?|miles per hour|kilomet(?:re|er)s per hour)$/i.test(written) ||
    (/^[\d.,\s]+(?:km|kilomet(?:re|er)s|miles)$/i.test(written) &&
      /^\s*(?:\/\s?h\b|an hour\b|per hour\b)/.test(view.text.slice(to, to + 12)))
  )
    return SPEED_LIMIT_AFTER.test(view.text.slice(to, to + 24)) ||
      SPEED_LIMIT_BEFORE.test(view.text.slice(Math.max(0, from - 30), from))
      ? { noun: 'speed-limit', text: 'speed limit', rule: 'fact:speed-limit' }
      : { noun: 'speed', text: 'speed' };
  // A sum each one gets (`each of the four winners will receive $250,000`, `$5,000 apiece`)
  // is not a total.
  const clause = (
    view.text
      .slice(Math.max(0, from - 80), from)
      .split(/[.!?;]\s/)
      .at(-1)! +
    ' ' +
    view.text.slice(to, to + 20).split(/[.!?;,]/)[0]!
  ).toLowerCase();
  // A sum paid in each of several periods (`$5.8 million in each of the next two seasons`) is a
  // sum per period, as `$5.4 million a season` is (rule `fact:rate-each-of-periods`, count-runs.ts).
  const eachPeriod = eachOfPeriods(view.text.slice(to, to + 60));
  if (eachPeriod) return { noun: `per-${eachPeriod}`, text: `each ${eachPeriod}` };
  if (EACH.test(clause)) return { noun: 'per-each', text: 'each' };
  // A price per thing (`$38 a share`, `$36 per share`, `$80 a barrel`) is a price of that thing,
  // also in a purchase (`to buy Kelpie Systems for $48 a share`): not the price of the whole.
  const per = /^\s+(?:a|an|per|each)\s+([a-z][\p{L}-]+)/u.exec(cased(view.text.slice(to, to + 30)));
  if (per && !NOT_NOUN.has(per[1]!)) return { noun: `per-${lemma(per[1]!)}`, text: per[0].trim() };
  // A rate told before its noun (`the monthly child support of 45,000 dollars`, `a weekly rent of
  // $400`): a sum per that period, as `45,000 dollars a month` tells it after (rule
  // `fact:rate-before-period`).
  const rateBefore = RATE_BEFORE.exec(view.text.slice(Math.max(0, from - 50), from));
  if (rateBefore)
    return { noun: `per-${RATE_PERIOD[rateBefore[1]!.toLowerCase()]}`, text: rateBefore[0].trim() };
  // The price of a purchase (`agreed to buy software maker Kelpie Systems for $4.2 billion`):
  // what was bought, by its name (else its last word), is what the sum is about.
  // A sum in brackets after another (`for €3.9 billion ($4.2 billion)`) is its conversion: what
  // the sum before it is about.
  const lead = view.text.slice(Math.max(0, from - 110), from).replace(CONVERTED_FROM, '');
  // The fee of a player's or a manager's move (`signed the striker Kwame Osei-Bonsu, 23, from FC
  // Merlin for €62 million`, `signed for Real Ostravia on Friday for €58 million`): one fee,
  // whichever side an outlet tells it from; not a move of another year (`joined Merlin in 2037
  // for €8 million`, rule `fact:sum-of-signing`).
  const signing = SIGNED_FOR.exec(lead);
  if (signing && !A_YEAR.test(`${signing[0]} ${view.text.slice(to, to + 40).split(/[.;]/)[0]}`))
    return { noun: 'transfer-fee', text: 'fee', rule: 'fact:sum-of-signing' };
  // What a thing fetched when sold (`sold for $4.2 million`, `went for $4.5 million`, `fetched
  // $4.2 million`, `was auctioned for`, `went under the hammer for`): its price, whichever verb an
  // outlet chose, not the price of a purchase told in an earlier sentence (rule `fact:price-sold-for`).
  if (SOLD_FOR.test(cased(lead.slice(-40))))
    return { noun: 'price', text: 'price', rule: 'fact:price-sold-for' };
  const bought = BOUGHT_FOR.exec(cased(lead.slice(-80)));
  if (bought) {
    const thing = bought[2]!.trim();
    const name = /(\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)*)$/u.exec(thing)?.[1];
    const last = thing.split(/\s+/).at(-1)!.toLowerCase();
    const what = name ? name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-') : lemma(last);
    if (name || (!NOT_NOUN.has(last) && !STOP.has(last)))
      return { noun: `price-of-${what}`, text: bought[0].trim() };
  }
  // Or a price paid for it (`agreed to pay $4.19 billion for Orsolo Robotics`): what it is paid
  // for, by its name.
  const paid = PAID_FOR.exec(cased(view.text.slice(to, to + 80)))?.[1]!.replace(/[.'’-]+$/u, '');
  if (paid && PAY_BEFORE.test(cased(lead.slice(-40))))
    return { noun: `price-of-${paid.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`, text: paid };
  // A thing bought told by its common noun on either side of the sum (`paid 2. 4 million euros for
  // the painting`, `A painting the museum bought for 4. 2 million euros`, `the villa, which she
  // bought for`): the price of that thing, as `bought the painting for` is (rule
  // `fact:price-of-thing-bought`, stop 54).
  const thingPaid = PAY_BEFORE.test(cased(lead.slice(-40)))
    ? THING_PAID_FOR.exec(cased(view.text.slice(to, to + 60)))?.[1]
    : undefined;
  const thingBought = thingPaid ?? THING_BOUGHT_BEFORE.exec(cased(lead.slice(-90)))?.[1];
  if (thingBought && !NOT_NOUN.has(thingBought) && !STOP.has(thingBought))
    return { noun: `price-of-${lemma(thingBought)}`, text: thingBought, rule: 'fact:price-of-thing-bought' };
  // A sum victims were cheated of (`cheated elderly people out of 3.2 million euros`, `swindled
  // 320 pensioners out of €3.2m`, `a phone fraud that cost pensioners €2.3 million`): what they
  // lost, however an outlet words it (rule `fact:sum-defrauded`).
  if (DEFRAUDED.test(cased(lead.slice(-90))))
    return { noun: 'sum-defrauded', text: 'sum lost', rule: 'fact:sum-defrauded' };
  // What a thing is sold for (`will sell for $799`, `will cost $699`, `priced at $799`, `starts
  // at $499`): its price, whichever verb an outlet chose.
  // What a thing cost to make (`cost $420 million to build`, `costs $2 billion to develop`) is its
  // cost, as `built at a cost of $380 million` tells, not a price it sells at (rule
  // `fact:sum-cost-to-build`).
  if (
    /\bcost(?:s|ing)?\s+(?:an?\s+)?(?:estimated\s+|about\s+|around\s+|roughly\s+|some\s+)?$/.test(
      cased(lead.slice(-40)),
    ) &&
    COST_TO_MAKE.test(view.text.slice(to, to + 30))
  )
    return { noun: 'cost', text: 'cost', rule: 'fact:sum-cost-to-build' };
  // What a project cost (`The mission cost $870 million`, `The probe ... weighs 610 kg and cost
  // $870 million`): its cost, as `cost $780 million to build and launch` tells, not a price a
  // thing sells at (rule `fact:sum-cost-of-project`, stop 52).
  if (
    /\bcost\s+(?:an?\s+)?(?:estimated\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+)?$/.test(
      cased(lead.slice(-40)),
    ) &&
    PROJECT_NOUN.test(
      lead
        .slice(-120)
        .split(/[.!?]\s/)
        .at(-1)!,
    )
  )
    return { noun: 'cost', text: 'cost', rule: 'fact:sum-cost-of-project' };
  // What a work's bill comes to (`the repair bill at $8.1 million`, `The clean-up bill could reach
  // $3 million`, `the bill for the repairs came to`) is that work's cost, as `Repairs will cost $1.8
  // million` tells it (rule `fact:sum-bill-of-work`, stop 53).
  if (WORK_BILL_BEFORE.test(cased(lead.slice(-80))))
    return { noun: 'cost', text: 'cost', rule: 'fact:sum-bill-of-work' };
  // What a calamity's damage is put at (`estimated the damage at €45 million`, `put the losses at
  // €54 million`, `The damage was estimated at`, `caused €45 million in damage`): one figure,
  // whichever word an outlet chose; not a firm's losses (`posted losses of`, `a net loss of`) nor
  // insured losses, which are a part of the damage (rule `fact:sum-of-damage`, stop 54).
  if (DAMAGE_BEFORE.test(cased(lead.slice(-60))) || DAMAGE_AFTER.test(view.text.slice(to, to + 40)))
    return { noun: 'damage', text: 'damage', rule: 'fact:sum-of-damage' };
  if (PRICE_BEFORE.test(cased(lead.slice(-40)))) return { noun: 'price', text: 'price' };
  // A sum told before the noun `cost` (`Its 3. 8 billion euros cost has been criticised`, `the $2
  // billion cost of the line`) is what the thing cost, as `It cost 3. 1 billion euros` tells it; not
  // a cost's part or change (`cost overrun`, `cost savings`; rule `fact:sum-before-cost`, stop 55).
  if (COST_AFTER.test(view.text.slice(to, to + 30)))
    return { noun: 'price', text: 'price', rule: 'fact:sum-before-cost' };
  const after = /^\s*(?:-\s*)?([a-z][\p{L}-]+)/u.exec(cased(view.text.slice(to, to + 30)));
  // A deal turned down is an offer, whichever noun an outlet chose (`turned down a four-year, $60
  // million offer`, `rejected a four-year, $64 million extension`), and so is what a side
  // offered (`The Reds offered him four years and $60 million`): one figure, not the deal he signed
  // (rule `fact:sum-of-offer`, stop 47).
  if (
    (after && DEAL_NOUN.test(after[1]!) && DEAL_REFUSED.test(cased(lead.slice(-70)))) ||
    OFFERED_BEFORE.test(cased(lead.slice(-60)))
  )
    return { noun: 'offer', text: 'offer', rule: 'fact:sum-of-offer' };
  // A sum told between a deal's term and its noun (`a four-year, $48 million contract extension`,
  // `a four-year, $44 million extension`): the contract's sum, whichever noun an outlet chose
  // (rule `fact:sum-of-deal`).
  if (
    after &&
    DEAL_NOUN.test(after[1]!) &&
    new RegExp(String.raw`\b(?:\d{1,2}|${AGE_WORDS})-(?:year|month),?\s+$`, 'iu').test(lead)
  )
    return { noun: 'contract', text: after[1]!, rule: 'fact:sum-of-deal' };
  // A length before a word of place is a distance (`45 km off the coast`, `12 km north of the
  // city`): keyed by that word as before, shown as the distance it is.
  // How far out to sea is one distance however an outlet words it (`100 metres offshore`, `50
  // metres from the shore`, `40 km off the coast`, rule `fact:distance-offshore`).
  // An area a fire, a flood or a slick has reached (`has burned about 12,000 acres`, `has grown to
  // 15,000 acres`, `covers 30 square kilometres`) is one figure, whatever verb an outlet chose
  // (rule `fact:area-affected`); an area no such verb tells (`a 300-acre farm`) is read as before.
  // An area of something else than land (`12,000 hectares of rice`) is that thing's.
  if (
    AREA_UNIT.test(written) &&
    AREA_REACHED.test(cased(lead.slice(-50))) &&
    (!/^\s+of\s/.test(view.text.slice(to, to + 5)) || LAND_OF.test(cased(view.text.slice(to, to + 60))))
  )
    return { noun: 'area-affected', text: 'area affected', rule: 'fact:area-affected' };
  // What a ship, a truck or a plane was carrying (`was carrying 80,000 tonnes of oil`, `laden with
  // 30 tonnes of fuel`) is its cargo, not what it spilled or lost (`spilled 2,000 tonnes of oil`):
  // one figure whatever noun follows (rule `fact:cargo`).
  if (LOAD_UNIT.test(written) && CARGO_BEFORE.test(cased(lead.slice(-50))))
    return { noun: 'cargo', text: 'cargo', rule: 'fact:cargo' };
  // A height reached in the air (`sent ash 8 kilometres into the sky`, `10 km into the air`):
  // one figure whichever verb an outlet chose (rule `fact:height-into-air`).
  if (DISTANCE_WRITTEN.test(written) && INTO_AIR.test(view.text.slice(to, to + 40)))
    return { noun: 'height-in-air', text: 'height in the air', rule: 'fact:height-into-air' };
  // So is one told `high` right after what rose (`sending ash nine kilometres high`, `a plume of
  // smoke 3 km high`): the height it reached (rule `fact:height-of-plume`); a thing's own height
  // (`the volcano, 2,140 metres high`) is read by `fact:height-of-subject`.
  if (
    DISTANCE_WRITTEN.test(written) &&
    /^\s+(?:high|tall)\b/.test(view.text.slice(to, to + 8)) &&
    PLUME_BEFORE.test(cased(lead.slice(-40)))
  )
    return { noun: 'height-in-air', text: 'height in the air', rule: 'fact:height-of-plume' };
  // A height above the ground (`left hanging 80 metres above the ground`, `some 120 metres above
  // a forest`, `about 80 metres up`): one figure whatever lies below (rule
  // `fact:height-above-ground`); a height above the sea is a place's altitude, read as before.
  if (DISTANCE_UNIT.test(written) && ABOVE_GROUND.test(view.text.slice(to, to + 40)))
    return { noun: 'height-above-ground', text: 'height above the ground', rule: 'fact:height-above-ground' };
  if (after && DISTANCE_UNIT.test(written) && PLACE_AFTER_DISTANCE.test(after[1]!))
    return OFFSHORE.test(cased(view.text.slice(to, to + 40)))
      ? { noun: 'off', text: 'distance offshore' }
      : { noun: lemma(after[1]!), text: 'distance' };
  // (A sum told `worth` before a participle of stealing, `Jewels worth €4.2 million stolen from`, is
  // the loot, as below: `stolen` is no noun of it.)
  if (after && stolenWorth(view, q, from, to)) return LOOT;
  if (after && !NOT_NOUN.has(after[1]!) && !PREPOSITION.test(after[1]!) && !/(ed|ly)$/.test(after[1]!))
    return { noun: lemma(after[1]!), text: after[1]! };
  // An area of land (`12,000 hectares (29,650 acres) of forest and farmland`, `300 acres of
  // bush`) names no other thing than an area alone does: land is what hectares measure.
  if (
    /^[\d.,\s]+(?:hectares?|acres?|ha)$/i.test(written) &&
    LAND_OF.test(cased(view.text.slice(to, to + 60)).replace(/^\s*\([^()]{1,30}\)|^\)/, ''))
  )
    return { noun: '', text: '' };
  // A payment's noun the sum is `of` names it before what it is paid in (`a ransom of $1 million
  // in cryptocurrency`, `a fine of $5,000 in cash`: a ransom, a fine; rule
  // `fact:sum-of-noun-first`); an act's does not (`the theft of 4.2 million euros in jewels`).
  const ofNoun = NOUN_OF_BEFORE.exec(cased(view.text.slice(Math.max(0, from - 50), from)))?.[1];
  if (ofNoun && MONEY_KIND.test(ofNoun) && /^\s+(?:in|worth of)\s/.test(view.text.slice(to, to + 12)))
    return { noun: lemma(ofNoun), text: ofNoun, rule: 'fact:sum-of-noun-first' };
  // A price a change takes to a new level (`The toll for cars will rise from £5 to £6.50`, `a
  // rise in the bridge's car toll to £6`): the price's new level, whatever stands between the
  // price and its change (rule `fact:price-changed-to`).
  const priced =
    'kind' in q && q.kind === 'money'
      ? (PRICE_CHANGED_TO.exec(view.text.slice(Math.max(0, from - 110), from)) ??
        PRICE_RISE_IN.exec(view.text.slice(Math.max(0, from - 80), from)))
      : null;
  if (priced)
    return { noun: lemma(priced[1]!.toLowerCase()), text: priced[1]!, rule: 'fact:price-changed-to' };
  // A sum a verb of wrongful taking governs, told with the money it was in (`misused $14 million
  // in state funds`, `misusing $14m of public money`): the sum taken, as `the misuse of $15
  // million` tells (rule `fact:sum-taken`, stop 46).
  if (
    'kind' in q &&
    q.kind === 'money' &&
    SUM_TAKEN_BEFORE.test(cased(view.text.slice(Math.max(0, from - 50), from))) &&
    /^\s+(?:in|of)\s+(?:[a-z][\p{L}-]+\s+)?(?:funds|money|cash|assets)\b/u.test(
      cased(view.text.slice(to, to + 40)),
    )
  )
    return { noun: 'sum-taken', text: 'sum taken', rule: 'fact:sum-taken' };
  // What thieves took, told by its worth (`escaping with watches and rings worth about 400,000
  // euros` / `took goods worth 400,000 euros` / `stole jewellery worth 600,000 euros`, `a haul
  // worth`, `Jewels worth 2 million euros were stolen`): the loot's value, one figure whatever
  // noun an outlet gives the things taken (rule `fact:sum-of-loot`, stop 55). Not what was
  // seized or bought (`police seized cigarettes worth $2 million`: the noun's, below).
  if (
    'kind' in q &&
    q.kind === 'money' &&
    (LOOT_WORTH_BEFORE.test(cased(view.text.slice(Math.max(0, from - 90), from))) ||
      (LOOT_VERB_BEFORE.test(cased(view.text.slice(Math.max(0, from - 40), from))) &&
        /^\s+(?:in|of)\s+\p{Ll}/u.test(cased(view.text.slice(to, to + 12)))) ||
      STOLEN_NOUN_WORTH.test(cased(view.text.slice(Math.max(0, from - 80), from))) ||
      stolenWorth(view, q, from, to) ||
      cashTaken(view, from, to, cased))
  )
    return LOOT;
  // A sum a noun is worth, told right after it (`seized cigarettes worth $2 million in a raid`,
  // `jewels worth €4 million at the port`): the noun's value; what follows tells where or when,
  // not what the sum is in (rule `fact:sum-noun-worth`).
  const worthAfter =
    'kind' in q && q.kind === 'money'
      ? PLURAL_WORTH_BEFORE.exec(cased(view.text.slice(Math.max(0, from - 50), from)))
      : null;
  const worthOf = worthAfter?.[1]!.toLowerCase();
  if (isSubjectNoun(worthOf) && !/^\s+worth\s+of\b/.test(view.text.slice(to, to + 12)))
    return { noun: lemma(worthOf), text: worthAfter![1]!, rule: 'fact:sum-noun-worth' };
  // A length water rose to (`The water in the reservoir had risen to 48 metres`, `the river
  // peaked at 8.2 metres`, `the lake reached 12 feet`): the water's level, as `a level of 46
  // metres` says it (rule `fact:water-level-reached`). A rise by a length (`rose 3 metres`) is no level.
  if (
    DISTANCE_UNIT.test(written) &&
    WATER_REACHED_BEFORE.test(cased(view.text.slice(Math.max(0, from - 70), from)))
  )
    return { noun: 'level', text: 'level', rule: 'fact:water-level-reached' };
  // A sum a verb of demanding governs (`had demanded $2 million and a car`, `demanding $3 million
  // in cash`): the demand, whatever it was to be paid in (rule `fact:sum-demanded`).
  if (
    'kind' in q &&
    q.kind === 'money' &&
    SUM_DEMANDED_BEFORE.test(cased(view.text.slice(Math.max(0, from - 30), from)))
  )
    return { noun: 'demand', text: 'demand', rule: 'fact:sum-demanded' };
  // What a sum is in (`$40 million in jewels`, `$2 million worth of drugs`) is what it is about.
  // A conversion in brackets between them (`$52 million (€48 million) in contracts`) is passed over.
  const made = /^\s+(?:in|of|worth of)\s+([a-z][\p{L}-]+)(?:\s+([a-z][\p{L}-]+))?/u.exec(
    cased(view.text.slice(to, to + 60)).replace(/^\s*\([^()]{1,30}\)|^\)/, ''),
  );
  if (made && !NOT_NOUN.has(made[1]!) && !/(ed|ly|ing)$/.test(made[1]!)) {
    // A compound's head is its last noun (`$20 million in emergency aid` is aid, read `emergency aid`;
    // `3,000 tonnes of crude oil` is oil: rule `fact:compound-head`, stop 45).
    const head = made[2];
    if (head && COMPOUND_HEAD.has(head))
      return { noun: lemma(head), text: `${made[1]} ${head}`, rule: 'fact:compound-head' };
    // An adjective of falsehood or kind before the noun is not the noun (`48,000 crowns of false
    // expense claims`: claims; rule `fact:compound-head`).
    if (head && DESCRIBING.test(made[1]!)) {
      const rest = /^\s+(?:in|of|worth of)\s+[a-z][\p{L}-]+\s+([a-z][\p{L}-]+)(?:\s+([a-z][\p{L}-]+))?/u.exec(
        cased(view.text.slice(to, to + 60)),
      );
      const last =
        rest?.[2] && !NOT_NOUN.has(rest[2]) && !PREPOSITION.test(rest[2]) && !/(ed|ly|ing)$/.test(rest[2])
          ? rest[2]
          : head;
      if (!NOT_NOUN.has(last) && !PREPOSITION.test(last) && !/(ed|ly|ing)$/.test(last))
        return {
          noun: lemma(last),
          text: last === head ? `${made[1]} ${head}` : `${made[1]} ${head} ${last}`,
          rule: 'fact:compound-head',
        };
    }
    return { noun: lemma(made[1]!), text: made[1]! };
  }
  // So is what it is for (`$5 million for road repairs`, `$3 million for a new bridge`): the head
  // of the phrase, its last word before a verb or a clause mark.
  const purpose = PURPOSE.exec(cased(view.text.slice(to, to + 40)));
  const head = purpose?.[1]!.split(/\s+/).at(-1);
  if (head && !NOT_NOUN.has(head) && !/(ed|ly|ing)$/.test(head)) return { noun: lemma(head), text: head };
  const preceding = cased(view.text.slice(Math.max(0, from - 50), from));
  // A sum a verb of wrongful taking governs (`accused of embezzling 340 million euros`, `he
  // embezzled 430 million euros`, `stole $2 million`): the sum taken, whichever verb an outlet
  // chose (rule `fact:sum-taken`).
  if ('kind' in q && q.kind === 'money' && SUM_TAKEN_BEFORE.test(preceding))
    return { noun: 'sum-taken', text: 'sum taken', rule: 'fact:sum-taken' };
  const before = NOUN_BEFORE_SUM.exec(preceding);
  // A sum a change reaches is the level of the change's subject (`net profit fell 18% to €310
  // million`, `Revenue rose 4% from a year earlier to €4.8 billion`, `was said to have fallen to`),
  // as `rose to 7.2 percent` is a rate's level (rule `fact:sum-change-reaches`).
  // A measure is not read so (`the fire had grown to 18,500 hectares` is the fire's area).
  const money = 'kind' in q && q.kind === 'money';
  const reached = money ? CHANGE_REACHES.exec(view.text.slice(Math.max(0, from - 90), from)) : null;
  const reachedNoun = reached?.[1]!.toLowerCase();
  if (isSubjectNoun(reachedNoun))
    return { noun: lemma(reachedNoun), text: reached![1]!, rule: 'fact:sum-change-reaches' };
  // So is a sum a change told as a noun reaches (`reported an 11 percent rise in quarterly revenue
  // to $4. 6 billion`, `a 9% fall in its net profit to $88 million`): the level of what rose (rule
  // `fact:sum-rise-in-reaches`, stop 51).
  const riseIn = money ? RISE_IN_REACHES.exec(cased(view.text.slice(Math.max(0, from - 90), from))) : null;
  const riseInNoun = riseIn?.[1]!.toLowerCase();
  if (isSubjectNoun(riseInNoun))
    return { noun: lemma(riseInNoun), text: riseIn![1]!, rule: 'fact:sum-rise-in-reaches' };
  // So is a sum a period's figure is told to be (`Net profit for the quarter was about $610
  // million`, `Net profit in the July-September quarter was $680 million`): the noun's, the period
  // between (rule `fact:sum-of-period-was`, stop 51).
  const ofPeriod = money ? SUM_OF_PERIOD_WAS.exec(preceding) : null;
  const ofPeriodNoun = ofPeriod?.[1]!.toLowerCase();
  if (isSubjectNoun(ofPeriodNoun))
    return { noun: lemma(ofPeriodNoun), text: ofPeriod![1]!, rule: 'fact:sum-of-period-was' };
  // A sum one work of art is valued at or worth (`The painting , valued at 52 million euros ,`,
  // `The 1665 canvas is worth an estimated $46 million`, `was completed in 1661 and is valued at
  // 40 million euros`): the work's value, whichever noun an outlet gives it, as its year is one
  // (`fact:year-made`); a work not of art (`a sketch valued at`) keeps its own noun (rule
  // `fact:sum-value-of-work`).
  if (money && WORK_VALUED.test(cased(view.text.slice(Math.max(0, from - 120), from))))
    return { noun: 'work-of-art-value', text: 'value', rule: 'fact:sum-value-of-work' };
  // A participle before `at` is no noun (`was located at about 2,100 metres`).
  // A sum set or put at a figure is the subject's (`bail was set at $50,000`).
  const subject = SUBJECT_SET_AT.exec(preceding);
  const subjectNoun = subject?.[1]!.toLowerCase();
  if (subjectNoun && !NOT_NOUN.has(subjectNoun) && !STOP.has(subjectNoun))
    return { noun: lemma(subjectNoun), text: subject![1]! };
  // So is a sum a noun is estimated at or amounts to, told by a participle or a verb of
  // amounting (`caused damage estimated at $4 million`, `damage could reach $4 million`, `losses
  // totalled $2 million`): the noun's sum, whichever verb an outlet chose (rule `fact:sum-noun-amounts`).
  const amounts = SUM_AMOUNTS.exec(preceding);
  const amountsNoun = amounts?.[1]!.toLowerCase();
  if (isSubjectNoun(amountsNoun))
    return { noun: lemma(amountsNoun), text: amounts![1]!, rule: 'fact:sum-noun-amounts' };
  // So is a sum a thing is worth (`her four-year contract is worth $22 million`, `the stolen
  // jewels were worth €4.8 million`: the jewels' value, as `valued at` says it).
  // So is a sum set off after a thing by `, worth` (`won the Aurelian Prize in Medicine, worth 1.5
  // million euros`, `a five-year contract, worth $85 million`): the value of the phrase's head, a
  // name's complement passed over (rule `fact:sum-worth-set-off`, h-disc62).
  const setOff = 'kind' in q && q.kind === 'money' ? WORTH_SET_OFF.exec(preceding) : null;
  const setOffNoun = setOff?.[1]!.toLowerCase();
  if (isSubjectNoun(setOffNoun))
    return { noun: lemma(setOffNoun), text: setOff![1]!, rule: 'fact:sum-worth-set-off' };
  const worth = WORTH_SUBJECT.exec(preceding);
  const worthNoun = worth?.[1]!.toLowerCase();
  if (isSubjectNoun(worthNoun)) return { noun: lemma(worthNoun), text: worth![1]! };
  // `four contracts with Velden Medical, worth a total of €84 million`: the total of the things
  // counted before it.
  if (before?.[1] === 'total') {
    const counted =
      /\b(?:\d[\d,]*|[a-z]+)\s+([a-z][\p{L}-]*s)\b[^.;:]{0,50}?\bworth\s+a\s+total\s+of\s+$/u.exec(
        cased(view.text.slice(Math.max(0, from - 100), from)),
      );
    if (counted && !NOT_NOUN.has(counted[1]!)) return { noun: lemma(counted[1]!), text: counted[1]! };
  }
  if (before && !NOT_NOUN.has(before[1]!) && !/(ed|ing)$/.test(before[1]!))
    return { noun: lemma(before[1]!), text: before[1]! };
  // A sum after a verb that names it: `fined him $15,000` is a fine.
  // So is a sum saved: `would save $400 million a year` is a saving, as `savings of` says it.
  const named =
    /\b(fined|save|saves|saved|saving)\s+(?:[\p{L}'’.-]+\s+){0,4}(?:about |nearly |roughly |some |almost |more than |up to )?$/u.exec(
      preceding,
    );
  if (named)
    return named[1] === 'fined' ? { noun: 'fine', text: named[1]! } : { noun: 'saving', text: named[1]! };
  // So is a sum paid (`ordered Orvel to pay $368 million`, `must pay Brisk $386 million`), or paid
  // back (`ordered Lang to repay $210 million` / `to pay back $120 million`; stop 53): the
  // payment, as `a payment of` says it; and a sum lost (`it lost $212 million in the quarter`):
  // the loss, as `a net loss of` and `a $212 million loss` say it (rule `fact:sum-paid-or-lost`).
  // (A sum paid for a thing, `paid Port Alder £52 million for Okafo`, is its price, read by
  // the sentence's statement: not a payment here.)
  const paidOrLost = /^\s+for\s/.test(view.text.slice(to, to + 6)) ? null : PAID_OR_LOST.exec(preceding);
  if (paidOrLost)
    return paidOrLost[2]
      ? { noun: 'loss', text: paidOrLost[2], rule: 'fact:sum-paid-or-lost' }
      : { noun: 'payment', text: paidOrLost[1]!, rule: 'fact:sum-paid-or-lost' };
  return null;
}

/** Water, a river or a lake, then a verb of reaching a level right before a length (`the river had risen to `). */
const WATER_REACHED_BEFORE =
  /\b(?:water|waters|river|reservoir|lake|flood\s+waters?|floodwaters?)\b[^.;:,]{0,40}?\s(?:(?:risen|rose|rises|rising|climbed|peaked|crested)\s+(?:to|at)|reached|hit)\s+(?:about |nearly |roughly |some |almost |more than |a record )?$/iu;
/** Games after a tally (` in 88 appearances`, ` in 40 starts`, ` in 112 games for the club`). */
const IN_GAMES_AFTER =
  /^\s+in\s+(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[a-z]+\s+)?(?:appearances|games|matches|starts|outings|caps|internationals|innings|races)\b/iu;
/** People a study counts (`patients`, `participants`, `volunteers`), as count keys. */
const ENROLLED_PEOPLE = /^noun:(?:patient|participant|volunteer|adult|subject|people|child|woman|man)$/;
/** A verb of enrolling right before a count (`enrolled `, `recruited about `). */
const ENROLLED_BEFORE =
  /\b(?:enrolled|enrolling|enrols|enrolls|recruited|recruiting)\s+(?:about |nearly |roughly |some |almost |more than )?$/iu;
/** Taking part after a count, where they were from between (`in 21 countries took part`). */
const ENROLLED_AFTER =
  /^(?:\s+(?:in|from|at|across)\s+[^.;:,]{1,40}?)?\s+(?:took\s+part|take\s+part|participated|were\s+(?:enrolled|recruited|randomi[sz]ed))\b/iu;
/** A verb of demanding right before a sum (`demanded `, `demanding about `). */
const SUM_DEMANDED_BEFORE =
  /\b(?:demand|demands|demanded|demanding)\s+(?:about |nearly |roughly |some |almost |more than |up to )?$/u;
/** A verb of paying before a sum, its object between (`to pay `, `must pay Brisk `), or of losing right before it (`lost `). */
const PAID_OR_LOST =
  /\b(?:(pay|pays|paid|paying|repay|repays|repaid|repaying)\s+(?:[\p{L}'’.-]+\s+){0,3}|(lost|loses|lose|losing)\s+)(?:about |nearly |roughly |some |almost |more than |up to )?$/u;
