import type { Attribution, Document } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { TimelineEntry, TimelineEvent, TimelineKind } from '../model/dossier.js';
import { dateTense } from '../mentions/dates.js';
import { repairedView } from '../repair/view.js';
import { cosine } from '../text/similarity.js';
import { STOP, stem } from '../text/words.js';
import { clauseBreaks, relativeClauseEnd } from '../text/clause-break.js';
import { DATELINE as WIRE_DATELINE, insideDateline } from '../text/dateline.js';
import type { AlignedClaims } from './claims.js';
import { OPEN_BOUND } from './facts.js';

/** The timeline stage's thresholds, each named (as `DEFAULT_ALIGN` names align's). */
const DEFAULT_TIMELINE = {
  /**
   * Two clauses of one date tell one event when their content words are this alike (cosine
   * of stems, date words left out): `a freight train derailed near the town on Monday night`
   * and `more than 20 rail cars derailed near this town on Monday night` share the verb, the
   * place and the thing; `two crew members were released on Tuesday morning` and `the zone
   * covered one mile on Tuesday morning` share nothing but the date.
   */
  alike: 0.3,
  /** Two clauses of one date in one claim tell one event from this cosine on. */
  alikeInClaim: 0.15,
  /** An attribution's content holding the date is the event's clause when it is at least this much longer than the date (chars): not `said Tuesday` read as content `Tuesday`. */
  contentBeyondDate: 15,
  /** Characters of a clause kept on each side of its date: a clause is shorter; a run-on sentence of many dates stays linear. */
  clauseReach: 400,
  /** A word in more entries of one date than this finds no candidates to merge (every clause would meet every other). */
  commonWord: 400,
} as const;

/** A month's name alone written in lower case (`march`, `may`): never the month on the timeline. */
const LOWER_CASE_MONTH =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)[\s,;:.]*$/;

/** The timeline as the stage writes it: dated mentions and the events they tell. */
export interface TimelineLayer {
  readonly entries: TimelineEntry[];
  readonly events: TimelineEvent[];
}

/**
 * A year a sentence places something in (`In 2027, a derailment on the same line …`, `the
 * 2019 flood`, `since 2020`): chrono reads no bare year, and a background event dated only by
 * its year belongs on the timeline. Not a year in a range or a figure (`2020-2024`, `2,027`).
 */
const YEAR =
  /\b(?:in|since|during|early|late|mid-?|of|the|a|its|their|spring|summer|autumn|fall|winter)\s+((?:19|20)\d{2})\b(?![-–/,.]\d|['’]?s\b|\s*(?:%|percent|to\s+\d)|\s+(?:dollars|prices|terms|levels|values?)\b)/gi;

/**
 * A day told relative to another event, not to publication (`she died the next day`, `on
 * the same day`, `the day before`, `two months before the escape`, `a week later`): chrono reads it against publication, which is wrong as
 * often as not, so the timeline leaves it out (unresolved when unsure).
 */
const ANAPHORIC =
  /\b(?:next|following|previous|same|that|preceding)\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b|\b(?:days?|nights?|weeks?|months?|years?)\s+(?:before|after|later|earlier)\b/i;

/**
 * The noun phrase after a possessive day (`'s earthquake in northern Kaldoria`), to the verb or
 * punctuation that ends it (at most five words; a name's number is part of its word: `'s crash
 * of Tarnic Airways Flight 412`).
 */
const POSSESSIVE_PHRASE =
  /^['’]s(?:\s+(?!(?:rose|rises|risen|fell|was|were|is|are|has|had|have|will|would|could|said|says|killed|left|hit|struck)\b)(?:\p{Lu}[\p{L}-]*\s+\d{1,5}(?![\d,.:]\d)|[\p{L}-]+)){1,5}/u;

/**
 * A date used as an adjective before its noun (`the 2029 killing of a store clerk`, `a March
 * verdict`): a determiner right before the date, and the noun phrase after it (at most seven
 * words, to a verb or punctuation).
 */
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|his|her|its|their|this)\s+$/i;
const ATTRIBUTIVE_STOP =
  'rose|rises|risen|fell|was|were|is|are|has|had|have|will|would|could|said|says|killed|left|hit|struck|that|which|who|whom|where|when|while|and|or|but|to|for|as|with|during|after|before|because|since|than';
const ATTRIBUTIVE_PHRASE = new RegExp(
  String.raw`^\s+(?!(?:${ATTRIBUTIVE_STOP})\b)\p{Ll}[\p{L}-]*(?:\s+(?!(?:${ATTRIBUTIVE_STOP})\b)[\p{L}-]+){0,6}`,
  'u',
);
/** Words a noun phrase cut at its length does not end on (`the 1973 law to be used as a`). */
const DANGLING = /(?:\s+(?:a|an|the|of|at|in|on|by|from|into|its|his|her|their))+$/i;

/** The noun phrase a date used as an adjective describes (after the date), if it is one. */
function attributivePhrase(text: string, sentence: Span, start: number, end: number): string | undefined {
  if (!ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(sentence.start, start - 8), start))) return undefined;
  // The date itself opens with a capital or a digit (`2029`, `March`), not a preposition (`on Saturday`).
  if (!/^[\p{Lu}\d]/u.test(text.slice(start, end))) return undefined;
  const phrase = ATTRIBUTIVE_PHRASE.exec(text.slice(end, Math.min(sentence.end, end + 80)))?.[0];
  return phrase?.replace(DANGLING, '') || undefined;
}

/**
 * A price or a level a figure is measured against, right before the date it was read on (`over
 * Orsolo's closing price on`, `up from the close on`, `above its level of`): the date is the
 * reading's, the figure's clause another time.
 */
const READING_ON =
  /\b(?:over|above|below|from|than|on)\s+(?:the\s+|its\s+|their\s+|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?\s+)(?:[\p{Ll}-]+\s+){0,2}(?:price|prices|close|level|value|valuation)\s+(?:(?:on|of|at)\s+)?$/u;

/** An opening bracket and a clock time in universal time right before a date (`(2340 GMT on`, `(23:40 UTC on`). */
const UNIVERSAL_ASIDE = /\(\s*(?:at\s+)?\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)\s*(?:on\s+)?$/i;

/** The precision a date phrase has: `last year` names a year, `last month` a month, whatever day chrono gives it. */
function precise(date: string, written: string): string {
  if (/\byears?\b/i.test(written)) return date.slice(0, 4);
  if (/\bmonths?\b/i.test(written)) return date.slice(0, 7);
  return date;
}

/**
 * A clause that is a date and little else (`Aug 7, 2012 at 9`, `Updated on Monday`, a
 * dateline left in the body) tells no event; who did what (`Brandt resigned on Monday`) does.
 */
const FEW_WORDS = 2;

/** Words of a date itself, left out when two clauses are compared (every clause of one date shares them). */
const DATE_WORD =
  /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$|^(?:morning|afternoon|evening|night|late|early|today|yesterday|tonight|week|month|last|next|\d+)$/;

/** The part of a day a date names (`on Tuesday morning`). */
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night|overnight|noon|midnight)\b/i;

/**
 * The side of a night a date is told from: `late` (`late on Monday`, `Monday night`, `on
 * Monday evening`) or `early` (`early on Tuesday`, `Tuesday morning`, `before dawn on Tuesday`).
 */
function nightSide(around: string): 'late' | 'early' | undefined {
  if (/\b(?:late|night|evening|overnight)\b/i.test(around)) return 'late';
  if (/\b(?:early|morning|dawn)\b/i.test(around)) return 'early';
  return undefined;
}

/** The ISO day after an ISO day. */
function nextDay(day: string): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** Content words of a clause, stemmed, as a unit vector. */
function wordVector(text: string): Map<string, number> {
  const v = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (STOP.has(w) || DATE_WORD.test(w) || w.length < 3) continue;
    const s = stem(w);
    v.set(s, (v.get(s) ?? 0) + 1);
  }
  const norm = Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0)) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

/**
 * A dateline before the first words (`BRENMOOR (State Wire) — `, `BRENMOOR—`) is not part of
 * what happened; the wire's own (`ORLEN, Maravia - `) is read first (text/dateline.ts).
 */
const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'’-]+(?:\([^)]*\))?\s*[—–-]+\s*/u;

/**
 * The clause of `doc` a date at `[start, end)` in `sentence` belongs to (`attributions`: at
 * least those whose cue is in the sentence): the content of an
 * attribution holding it (`two crew members were released on Tuesday morning`, of `…, Akers
 * said`), else the sentence cut before an attribution that follows the date (`…, county
 * officials said Tuesday`), without a dateline or the closing stop.
 */
function eventClause(
  doc: Pick<Document, 'text'>,
  attributions: readonly Attribution[],
  sentence: Span,
  start: number,
  end: number,
): Span {
  const cues = attributions
    .filter((a) => sentence.start <= a.cue.start && a.cue.end <= sentence.end)
    .map((a) => a.cue.start);
  // Cut before the comma that opens an attribution following the date (`…, Akers said`).
  const cut = (span: Span): Span => {
    const cue = cues.filter((at) => at >= end).sort((x, y) => x - y)[0];
    if (cue === undefined) return span;
    // The last comma (not one inside a figure, `2,000`), semicolon or dash before the cue.
    const at = Math.max(-1, ...[...doc.text.slice(end, cue).matchAll(/[;—–]|,(?!\d)/g)].map((m) => m.index!));
    return at >= 0 && end + at < span.end ? { start: span.start, end: end + at } : span;
  };
  const content = attributions
    // A plan or a hope (`divers hope to reach the wreck by Friday`): who hopes is part of what is told.
    .map((a) =>
      /^to\s/i.test(doc.text.slice(a.content.start, a.content.end))
        ? { start: Math.min(a.source?.start ?? a.cue.start, a.cue.start), end: a.content.end }
        : a.content,
    )
    .filter(
      (c) =>
        c.start <= start &&
        end <= c.end &&
        sentence.start <= c.start &&
        c.end <= sentence.end &&
        c.end - c.start >= end - start + DEFAULT_TIMELINE.contentBeyondDate,
    )
    .map(cut)
    .sort((x, y) => y.end - y.start - (x.end - x.start))[0];
  let { start: from, end: to } = content ?? cut(sentence);
  const text = doc.text.slice(from, to);
  const dateline = WIRE_DATELINE.exec(text) ?? DATELINE.exec(text);
  if (dateline && from + dateline[0].length <= start) from += dateline[0].length;
  while (to > end && /[\s.,;:!?"'”’]/.test(doc.text[to - 1]!)) to--;
  while (from < start && /\s/.test(doc.text[from]!)) from++;
  return clip({ start: from, end: to }, start, end);
}

/**
 * The clause of one date without the clauses of the other dates of its sentence (`others`):
 * cut at the first break after the date before a later date (not the later date's own
 * preposition), and after the last break before it following an earlier one. A clause with no
 * break between its dates is left whole.
 */
function ownClause(text: string, clause: Span, start: number, end: number, others: readonly Span[]): Span {
  let { start: from, end: to } = clause;
  for (const o of others) {
    if (o.start < end && start < o.end) continue;
    // (Or the comma closing a relative clause that holds the earlier date: `Dorin Malek, who
    // escaped on Sunday, appeared in court on Wednesday`.)
    if (o.start >= end && o.start < to) {
      const gap = text.slice(end, o.start);
      const first = clauseBreaks(gap)[0] ?? relativeClauseEnd(text.slice(clause.start, start), gap);
      if (first) to = end + first[0];
    } else if (o.end <= start && o.end > from) {
      const gap = text.slice(o.end, start);
      const last = clauseBreaks(gap).at(-1) ?? relativeClauseEnd(text.slice(clause.start, o.start), gap);
      if (last) from = o.end + last[0] + last[1];
    }
  }
  while (to > end && /[\s,;:—–-]/.test(text[to - 1]!)) to--;
  while (from < start && /[\s,;:—–-]/.test(text[from]!)) from++;
  return { start: from, end: to };
}

/**
 * A clause telling what should or would have happened (`the board should have acted a year
 * ago`, `he would have turned 40 on Friday`): a date of what did not happen is no event.
 */
const COUNTERFACTUAL =
  /\b(?:should|ought\s+to|would)(?:\s+not|n['’]t)?\s+have\s+(?:been\s+)?\p{L}+(?:ed|en|wn|ne|t)\b/iu;

/** A clause no longer than {@link DEFAULT_TIMELINE.clauseReach} on each side of its date (a run-on sentence of many dates stays linear). */
function clip(clause: Span, start: number, end: number): Span {
  return {
    start: Math.max(clause.start, start - DEFAULT_TIMELINE.clauseReach),
    end: Math.min(clause.end, end + DEFAULT_TIMELINE.clauseReach),
  };
}

/** Years the date reader leaves out (`In 2027, …`) in one sentence, as timeline entries. */
function yearEntries(
  text: string,
  sentence: Span,
  dates: readonly Span[],
): Array<Span & { date: string; rule: string }> {
  const out: Array<Span & { date: string; rule: string }> = [];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(YEAR)) {
    const start = sentence.start + m.index! + m[0].length - m[1]!.length;
    const end = start + 4;
    if (dates.some((x) => x.start < end && start < x.end)) continue;
    out.push({ start, end, date: m[1]!, rule: 'timeline:year' });
  }
  // `the following year` after a year the sentence names (`made his debut in 1978; the
  // following year he released his first album`): the year after it (1979), not a year from
  // publication; `the year before` the year before it.
  const named: Array<{ end: number; year: number }> = [
    ...out.map((y) => ({ end: y.end, year: Number(y.date) })),
    ...dates.flatMap((x) => {
      const v = (x as { value?: unknown }).value;
      return typeof v === 'string' && /^\d{4}(?:-|$)/.test(v)
        ? [{ end: x.end, year: Number(v.slice(0, 4)) }]
        : [];
    }),
  ];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(YEAR_FROM_NAMED)) {
    const start = sentence.start + m.index!;
    const before = named.filter((y) => y.end <= start).sort((a, b) => b.end - a.end)[0];
    if (!before) continue;
    const step = m[1] ? 1 : -1;
    out.push({
      start,
      end: start + m[0].length,
      date: String(before.year + step),
      rule: 'timeline:year-after-named-year',
    });
  }
  return out;
}

/** A year told from a year named before it: the one after (group 1) or the one before. */
const YEAR_FROM_NAMED =
  /\b(the\s+(?:following|next)\s+year|a\s+year\s+later)\b|\b(?:the\s+(?:previous|preceding)\s+year|a\s+year\s+(?:earlier|before))\b/gi;

/** The index of the span of `spans` (sorted, not overlapping) holding `at`, or -1. */
function holding(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The attributions of `sorted` (by cue start) whose cue starts within `[from, to]`. */
function near(sorted: readonly Attribution[], from: number, to: number): Attribution[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.cue.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Attribution[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.cue.start <= to; i++) out.push(sorted[i]!);
  return out;
}

/** Items grouped by the sentence holding the offset `at` gives (items outside every sentence left out). */
function bySentence<T>(
  sentences: readonly Span[],
  items: readonly T[],
  at: (x: T) => number,
): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of items) {
    const i = holding(sentences, at(x));
    if (i < 0) continue;
    const list = out.get(i);
    if (list) list.push(x);
    else out.set(i, [x]);
  }
  return out;
}

/**
 * The timeline stage: each resolved date of a document's sentences (and each year a sentence
 * places something in) with the clause it belongs to and whether it dates an event or a
 * statement (`officials said Tuesday`); then the entries of one date that tell one event —
 * members of one claim, or clauses alike in their words — merged into events across
 * documents. Entries and events are ordered by date, then by document order.
 */
export function buildTimeline(documents: readonly Document[], aligned: AlignedClaims): TimelineLayer {
  const docIndex = new Map(documents.map((d, i) => [d.id, i]));
  // Each document's claim members, in claim order: the first holding a span names its claim.
  const membersOf = new Map<string, Array<{ start: number; end: number; claim: string }>>();
  for (const c of aligned.claims)
    for (const m of c.members) {
      const list = membersOf.get(m.doc);
      if (list) list.push({ start: m.start, end: m.end, claim: c.id });
      else membersOf.set(m.doc, [{ start: m.start, end: m.end, claim: c.id }]);
    }

  type Draft = TimelineEntry & {
    kind: TimelineKind;
    clause: Span;
    text: string;
    vector: Map<string, number>;
    part: string | undefined;
    night: 'late' | 'early' | undefined;
  };
  const drafts: Draft[] = [];
  for (const d of documents) {
    const view = repairedView(d.text, d.repairs);
    const members = bySentence(d.sentences, membersOf.get(d.id) ?? [], (m) => m.start);
    const attributions = bySentence(d.sentences, d.attributions, (a) => a.cue.start);
    for (const list of attributions.values()) list.sort((a, b) => a.cue.start - b.cue.start);
    const dates = bySentence(d.sentences, d.dates, (x) => x.start);
    const dated: Array<Span & { date: string; rule: string; sentence: number }> = [];
    d.sentences.forEach((s, i) => {
      const here = dates.get(i) ?? [];
      for (const x of here)
        if (x.value !== null)
          dated.push({ start: x.start, end: x.end, date: x.value, rule: x.rule, sentence: i });
      for (const y of yearEntries(d.text, s, here)) dated.push({ ...y, sentence: i });
    });
    // Every date span of each sentence (resolved or not, and the years read here): another
    // date's clause is not this date's.
    const otherDates = new Map<number, Span[]>();
    const addDate = (i: number, x: Span): void => {
      const list = otherDates.get(i);
      if (list) list.push(x);
      else otherDates.set(i, [x]);
    };
    for (const x of dated) addDate(x.sentence, x);
    for (const [i, list] of dates) for (const x of list) if (x.value === null) addDate(i, x);
    for (const x of dated) {
      const written = d.text.slice(x.start, x.end);
      if (ANAPHORIC.test(written) && x.rule !== 'timeline:year-after-named-year') continue;
      // A span back from now left open (`installed 12 years ago or more`, `two years ago or
      // earlier`) bounds a date, names none (`timeline:open-bound`).
      if (/\bago$/i.test(written) && OPEN_BOUND.test(d.text.slice(x.end, x.end + 20))) continue;
      // A relative day written capitalised after a capitalised word is part of a name (`Osk
      // told Maravia Today`, an outlet), not a day.
      if (
        /^(?:Today|Tonight|Tomorrow|Yesterday)$/.test(written) &&
        /\p{Lu}[\p{L}'’.-]*\s+$/u.test(
          d.text.slice(Math.max(d.sentences[x.sentence]!.start, x.start - 30), x.start),
        )
      )
        continue;
      // A month's name alone in lower case (`organised the march`, `would march again`) is a noun
      // or a verb: news text capitalises the month (`timeline:lower-case-month-word`).
      if (LOWER_CASE_MONTH.test(written)) continue;
      // The day in a dateline (`KESSEL, May 3, 2031 (Northwire) - `, `May 4, 2031 - `) dates the
      // report, not an event of the story: the article's publication date, no timeline entry.
      if (insideDateline(d.text, x.start)) continue;
      const sentence = d.sentences[x.sentence]!;
      // A date in brackets after a clock time in universal time (`at 2:40 a.m. local time (2340
      // GMT on Saturday)`) is the same moment told for another time zone, not a second date.
      if (UNIVERSAL_ASIDE.test(d.text.slice(Math.max(sentence.start, x.start - 40), x.start))) continue;
      const claim = (members.get(x.sentence) ?? []).find((m) => m.start <= x.start && x.end <= m.end)?.claim;
      // The tense is read within a window of the date (dateTense's own), so a slice around it will do.
      const from = Math.max(sentence.start, x.start - DEFAULT_TIMELINE.clauseReach);
      const said = d.text.slice(from, Math.min(sentence.end, x.end + DEFAULT_TIMELINE.clauseReach));
      const kind: TimelineKind =
        dateTense(said, x.start - from, x.end - from) === 'statement' ? 'statement' : 'event';
      const clause =
        kind === 'statement'
          ? clip(sentence, x.start, x.end)
          : eventClause(
              d,
              near(
                attributions.get(x.sentence) ?? [],
                x.start - DEFAULT_TIMELINE.clauseReach,
                x.end + DEFAULT_TIMELINE.clauseReach,
              ),
              sentence,
              x.start,
              x.end,
            );
      // A possessive day (`Sunday's earthquake in northern Kaldoria rose to 67 on Monday`)
      // dates its noun, not the clause's verb: its clause is the noun phrase.
      // So does a date used as an adjective (`The getaway driver in the 2029 killing of a clerk was
      // sentenced on Wednesday`): the killing, not the sentencing, is of 2029.
      const possessive = POSSESSIVE_PHRASE.exec(d.text.slice(x.end, Math.min(sentence.end, x.end + 80)))?.[0];
      const attributive = possessive ? undefined : attributivePhrase(d.text, sentence, x.start, x.end);
      const owner = possessive ?? attributive;
      // So does a day a price or a level is read on (`a premium of 27 per cent over Orsolo's
      // closing price on Friday`): the reading is Friday's, not the offer (its clause starts
      // after the preposition of the comparison).
      const reading = owner
        ? undefined
        : READING_ON.exec(d.text.slice(Math.max(sentence.start, x.start - 60), x.start))?.[0].replace(
            /^\S+\s+/,
            '',
          );
      const own = owner
        ? { start: x.start, end: x.end + owner.length }
        : reading
          ? { start: x.start - reading.length, end: x.end }
          : ownClause(d.text, clause, x.start, x.end, otherDates.get(x.sentence) ?? []);
      if (COUNTERFACTUAL.test(d.text.slice(own.start, x.start))) continue;
      const text = view.text.slice(view.fromOriginal(own.start), view.fromOriginal(own.end)).trim();
      const rest = d.text.slice(own.start, x.start) + ' ' + d.text.slice(x.end, own.end);
      // (A noun a date describes is an event in one word: `the Saturday shooting`.)
      if (
        !attributive &&
        (rest.match(/\p{L}{2,}/gu) ?? []).filter((w) => !DATE_WORD.test(w.toLowerCase())).length < FEW_WORDS
      )
        continue;
      drafts.push({
        date: precise(x.date, written),
        doc: d.id,
        start: x.start,
        end: x.end,
        ...(claim ? { claim } : {}),
        kind,
        clause: own,
        rule: x.rule,
        text,
        vector: wordVector(text),
        part: PART_OF_DAY.exec(written)?.[0].toLowerCase(),
        night: nightSide(d.text.slice(Math.max(sentence.start, x.start - 12), x.end + 12)),
      });
    }
  }
  drafts.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (docIndex.get(a.doc) ?? 0) - (docIndex.get(b.doc) ?? 0) ||
      a.start - b.start,
  );

  // Entries of one date and kind telling one event: one claim, one clause, or alike words.
  const parent = drafts.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) [i, parent[i]] = [parent[i]!, r];
    return r;
  };
  // Candidates to merge share a word of their clause that is not in every clause of the date.
  for (let from = 0; from < drafts.length; ) {
    let to = from;
    while (to < drafts.length && drafts[to]!.date === drafts[from]!.date) to++;
    const postings = new Map<string, number[]>();
    for (let i = from; i < to; i++)
      for (const w of drafts[i]!.vector.keys()) {
        const list = postings.get(w);
        if (list) list.push(i);
        else postings.set(w, [i]);
      }
    for (let i = from; i < to; i++) {
      const a = drafts[i]!;
      const seen = new Set<number>();
      for (const w of a.vector.keys()) {
        const list = postings.get(w)!;
        if (list.length > DEFAULT_TIMELINE.commonWord) continue;
        for (const j of list) {
          if (j <= i || seen.has(j)) continue;
          seen.add(j);
          const b = drafts[j]!;
          if (a.kind !== b.kind) continue;
          // `on Tuesday morning` and `on Tuesday evening` are two moments of one day.
          if (a.part && b.part && a.part !== b.part) continue;
          const alike = cosine(a.vector, b.vector);
          const one =
            (a.doc === b.doc && a.clause.start === b.clause.start && a.clause.end === b.clause.end) ||
            alike >= DEFAULT_TIMELINE.alike ||
            // Members of one claim need fewer words in common (claims gather loosely: not on their own).
            (a.claim !== undefined && a.claim === b.claim && alike >= DEFAULT_TIMELINE.alikeInClaim);
          if (one) parent[root(j)] = root(i);
        }
      }
    }
    from = to;
  }
  // One event told as late on one day and early on the next (`late on Monday` / `early on
  // Tuesday, Ostravan time`: a night, or two time zones) by members of one claim is one event.
  const nightEvent = (x: Draft): boolean =>
    x.claim !== undefined && x.kind === 'event' && /^\d{4}-\d\d-\d\d$/.test(x.date);
  // The early entries of each claim and day; each late entry looks up its claim's next day.
  const earlyOn = new Map<string, number[]>();
  drafts.forEach((x, i) => {
    if (x.night !== 'early' || !nightEvent(x)) return;
    const key = `${x.claim}|${x.date}`;
    earlyOn.set(key, [...(earlyOn.get(key) ?? []), i]);
  });
  drafts.forEach((a, i) => {
    if (a.night !== 'late' || !nightEvent(a)) return;
    for (const j of earlyOn.get(`${a.claim}|${nextDay(a.date)}`) ?? [])
      if (cosine(a.vector, drafts[j]!.vector) >= DEFAULT_TIMELINE.alikeInClaim) parent[root(j)] = root(i);
  });
  const groups = new Map<number, number[]>();
  drafts.forEach((_, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const events: TimelineEvent[] = [];
  const eventOf = new Map<number, string>();
  for (const members of groups.values()) {
    const first = drafts[members[0]!]!;
    const id = `t${events.length + 1}`;
    for (const i of members) eventOf.set(i, id);
    const seen = new Set<string>();
    events.push({
      id,
      date: first.date,
      kind: first.kind,
      text: first.text,
      docs: [...new Set(members.map((i) => drafts[i]!.doc))].sort(
        (a, b) => (docIndex.get(a) ?? 0) - (docIndex.get(b) ?? 0),
      ),
      claims: [...new Set(members.flatMap((i) => (drafts[i]!.claim ? [drafts[i]!.claim!] : [])))],
      members: members
        .map((i) => drafts[i]!)
        .filter((x) => {
          const key = `${x.doc}:${x.clause.start}:${x.clause.end}`;
          return !seen.has(key) && seen.add(key);
        })
        .map((x) => ({ doc: x.doc, start: x.clause.start, end: x.clause.end })),
    });
  }
  const entries = drafts.map(
    ({ text: _t, vector: _v, part: _p, night: _n, ...e }, i): TimelineEntry => ({
      ...e,
      event: eventOf.get(i)!,
    }),
  );
  return { entries, events };
}
