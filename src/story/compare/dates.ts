import { dateTense } from '../../mentions/dates.js';
import type { Document } from '../../model/document.js';
import {
  FIGURE_CHANGE,
  OTHER_EVENT,
  RECORD_SET_EVENT,
  RECORDS_BEGAN_EVENT,
  tellsEvent,
  type FactInContext,
} from '../facts.js';
import { leadSentence } from '../align.js';
import { contextOverlap, sameSubject, subjectGroups } from './align-facts.js';
import { sentenceReads, type Finding, type Reader } from './values.js';

/** A count of a further round of an act: `14 more people`, `a further 30 homes`, `two more suspects`. */
const FURTHER_ROUND =
  /\b(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+(?:more|further|additional)|a\s+further\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten))\s+\p{Ll}+/iu;

export { OTHER_EVENT };

const KINDS = new Set(['date']);

/**
 * Whether two facts' sentences state one claim; with `claimsOf`, the claims a fact's sentence
 * is a member of (the test is never true for two facts that share none), so that only pairs
 * sharing a claim need be asked.
 */
export type StatementTest = ((a: FactInContext, b: FactInContext) => boolean) & {
  readonly claimsOf?: (f: FactInContext) => Iterable<number> | undefined;
};

/**
 * The pairs `[i, j]` of `facts` (`facts[i].doc < facts[j].doc`) that `statement` may hold for,
 * in the order of a loop over every `i` and, inside it, every `j`: every such pair, or with
 * `claimsOf` only the pairs sharing a claim (each once), so a story of many documents is not
 * read pair by pair.
 */
function statementPairs(
  facts: readonly FactInContext[],
  statement: StatementTest,
): Iterable<[number, number]> {
  const n = facts.length;
  if (!statement.claimsOf) return everyPair(facts);
  const out: Array<[number, number]> = [];
  const byClaim = new Map<number, number[]>();
  facts.forEach((f, i) => {
    for (const c of statement.claimsOf!(f) ?? []) {
      const list = byClaim.get(c);
      if (list) list.push(i);
      else byClaim.set(c, [i]);
    }
  });
  // Each pair as one number, i * n + j: sorted, they come in the loop's order.
  const keys: number[] = [];
  for (const list of byClaim.values())
    for (const i of list) for (const j of list) if (facts[i]!.doc < facts[j]!.doc) keys.push(i * n + j);
  keys.sort((x, y) => x - y);
  for (let k = 0; k < keys.length; k++)
    if (k === 0 || keys[k] !== keys[k - 1]) out.push([Math.floor(keys[k]! / n), keys[k]! % n]);
  return out;
}

/** The pairs `[i, j]` of `facts` of two documents, `facts[i].doc < facts[j].doc`, one at a time. */
function* everyPair(facts: readonly FactInContext[]): Generator<[number, number]> {
  for (let i = 0; i < facts.length; i++)
    for (let j = 0; j < facts.length; j++) if (facts[i]!.doc < facts[j]!.doc) yield [i, j];
}

/** Two written dates disagree when they differ at the coarser of their precisions (`2009` vs `2010-05`; a year-less `--01-15` against `2023-11` by its month). */
export function datesDisagree(a: string, b: string): boolean {
  // Weekdays are compared with weekdays only (see {@link weekdaysDisagree}).
  if (a.startsWith('W:') || b.startsWith('W:')) return a.startsWith('W:') && b.startsWith('W:') && a !== b;
  // A quarter (`2032-Q2`) holds its three months: against another quarter it is itself, against
  // a month or day the quarter that month falls in, against a year its year.
  const quarter = (x: string): string =>
    /^\d{4}-\d{2}/.test(x) ? `${x.slice(0, 4)}-Q${Math.ceil(Number(x.slice(5, 7)) / 3)}` : x;
  // A year-less date has no quarter to compare.
  if (/^\d{4}-Q/.test(a) || /^\d{4}-Q/.test(b)) {
    if (a.startsWith('--') || b.startsWith('--')) return false;
    const [x, y] = [quarter(a), quarter(b)];
    const n = Math.min(x.length, y.length);
    return x.slice(0, n) !== y.slice(0, n);
  }
  // A year-less date (`--01-15`) is compared by month and day with whatever the other gives.
  if (a.startsWith('--') || b.startsWith('--')) {
    const md = (x: string): string => (x.startsWith('--') ? x.slice(2) : x.slice(5));
    const [x, y] = [md(a), md(b)];
    if (!x || !y) return false;
    const n = Math.min(x.length, y.length);
    return x.slice(0, n) !== y.slice(0, n);
  }
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) !== b.slice(0, n);
}

/**
 * Dates that differ: calendar dates written out (a year, or a month) in sentences that tell
 * the same event (most of their words, or two members of one claim alike enough to be one
 * statement), which differ at the precision both give. Weekdays and relative words
 * (`Thursday`, `last year`) are not compared: they need a reference date to mean anything.
 */
export function dateDiscrepancies(
  facts: readonly FactInContext[],
  r: Reader,
  sameStatement: StatementTest = () => false,
): Finding[] {
  const out: Finding[] = [];
  // A sentence with several dates tells a period or several events (`played from 1978 to
  // 1983`, `built in 1935, burned in 2003`): which date goes with which event is not read, so
  // such dates are not compared.
  // A relative clause set off by commas (`The hospital, which opened in 1964, failed an
  // inspection last year`) tells its own event: its date is counted apart from the sentence's
  // other dates (rule `date:relative-clause`).
  const clauses = new Map<FactInContext, string>();
  const clause = (f: FactInContext): string => {
    let k = clauses.get(f);
    if (k === undefined) {
      // The start of a series of records (`the highest since records began in 1921`) is a side
      // remark, its date counted apart too (rule `date:records-began`).
      k = `${f.doc}:${f.sentence}${f.event === RECORDS_BEGAN_EVENT ? ':records' : inRelativeClause(f, r) ? ':which' : ''}`;
      clauses.set(f, k);
    }
    return k;
  };
  const perSentence = new Map<string, number>();
  for (const f of facts)
    if (KINDS.has(f.kind)) perSentence.set(clause(f), (perSentence.get(clause(f)) ?? 0) + 1);
  // Unless each of its dates follows the verb of a different event (`was born in 1923 and died
  // on December 11`): then each date is that event's.
  const events = new Map<string, Array<string | undefined>>();
  for (const f of facts) {
    if (!KINDS.has(f.kind)) continue;
    const k = clause(f);
    const list = events.get(k);
    if (list) list.push(f.event);
    else events.set(k, [f.event]);
  }
  const ownEvents = (k: string): boolean => {
    const list = events.get(k) ?? [];
    return list.every((e) => e !== undefined) && new Set(list).size === list.length;
  };
  // The day a figure moved (`the toll rose to 26 on Tuesday`) is when the figure was, an update
  // the figures compare reads: never set against the day of the story's event, nor against the
  // day the figure moved before (rule `date:figure-change`).
  const dated = facts.filter(
    (f) =>
      KINDS.has(f.kind) &&
      f.event !== FIGURE_CHANGE &&
      (perSentence.get(clause(f)) === 1 || ownEvents(clause(f))),
  );
  const statement = sameStatement;
  // Facts connected by their sentences' words, or by two sentences that state one claim.
  const groups = subjectGroups(dated, KINDS);
  // The group of each fact (a fact is in one group at most).
  const groupOf = new Map<FactInContext, FactInContext[]>();
  const join = (g: FactInContext[], fs: readonly FactInContext[]): void => {
    for (const f of fs) groupOf.set(f, g);
  };
  for (const g of groups) join(g, g);
  // Pairs of two documents whose sentences state one claim, in the order of a loop over all pairs.
  // Two dates of one dated event (`signed in January` / `signed the contracts in March`) whose
  // sentences share a word besides the verb: one event dated two ways.
  // (A word besides the words telling the event: `went on sale in March` / `was first sold in
  // 2020` tell one event in no common word, and share the product's name.)
  const sameEvent = (a: FactInContext, b: FactInContext): boolean =>
    !!a.event &&
    a.event === b.event &&
    a.doc !== b.doc &&
    (contextOverlap(a, b).shared >= 2 ||
      [...a.context].some((w) => b.context.has(w) && !tellsEvent(w, a.event!)));
  // Two verbs of the story's one incident (`overturned and exploded early on Monday` /
  // `overturned and burst into flames early on Sunday`) in sentences alike besides: one incident
  // told two ways (rule `date:one-incident-two-verbs`).
  const incident = (a: FactInContext, b: FactInContext): boolean =>
    !!a.event &&
    !!b.event &&
    a.event !== b.event &&
    a.doc !== b.doc &&
    ONE_INCIDENT.has(a.event) &&
    ONE_INCIDENT.has(b.event) &&
    contextOverlap(a, b).shared >= INCIDENT_SHARED;
  // Each document's lead, read once a document (see {@link storyLead}).
  const leads = new Map<string, number>();
  const leadOf = (doc: string): number => {
    let l = leads.get(doc);
    if (l === undefined) {
      const d = r.byId.get(doc);
      leads.set(doc, (l = d ? storyLead(d, r) : -1));
    }
    return l;
  };
  // One act told in two reports' leads (`A fired worker opened fire inside a depot on Tuesday` /
  // `A former clerk shot three co-workers at the depot on Wednesday`): the act each report is
  // news of, told once, its two days two accounts of it, as an incident's (rule
  // `date:lead-act`).
  const leadAct = (a: FactInContext, b: FactInContext): boolean =>
    sameEvent(a, b) && a.sentence === leadOf(a.doc) && b.sentence === leadOf(b.doc);
  const eventPairs: Array<[number, number]> = [];
  const byEvent = new Map<string, number[]>();
  dated.forEach((f, i) => {
    if (!f.event) return;
    const l = byEvent.get(f.event);
    if (l) l.push(i);
    else byEvent.set(f.event, [i]);
  });
  for (const l of byEvent.values())
    if (l.length <= 200)
      for (let x = 0; x < l.length; x++)
        for (let y = x + 1; y < l.length; y++)
          if (sameEvent(dated[l[x]!]!, dated[l[y]!]!)) eventPairs.push([l[x]!, l[y]!]);
  const incidents = dated.flatMap((f, i) => (f.event && ONE_INCIDENT.has(f.event) ? [i] : []));
  if (incidents.length <= 200)
    for (let x = 0; x < incidents.length; x++)
      for (let y = x + 1; y < incidents.length; y++)
        if (incident(dated[incidents[x]!]!, dated[incidents[y]!]!))
          eventPairs.push([incidents[x]!, incidents[y]!]);
  for (const [i, j] of [...statementPairs(dated, statement), ...eventPairs]) {
    const a = dated[i]!;
    const b = dated[j]!;
    if (!statement(a, b) && !sameEvent(a, b) && !incident(a, b)) continue;
    const ga = groupOf.get(a);
    const gb = groupOf.get(b);
    if (ga && ga === gb) continue;
    if (ga && gb) {
      for (const x of gb) ga.push(x);
      join(ga, gb);
      groups.splice(groups.indexOf(gb), 1);
    } else if (ga) {
      ga.push(b);
      join(ga, [b]);
    } else if (gb) {
      gb.push(a);
      join(gb, [a]);
    } else {
      groups.push([a, b]);
      join(groups.at(-1)!, [a, b]);
    }
  }
  // A sentence that tells another event than the story's (`a similar fire at the plant in
  // 2015`, `in 2011, another plant exploded`) is background: its date is not set against the
  // story's, nor against another background date (two earlier events are rarely one).
  // (Read once a sentence, and kept once a fact: every pair of a group asks, and the key is long.)
  const backgroundOf = new Map<string, boolean>();
  const backgroundOfFact = new Map<FactInContext, boolean>();
  const background = (f: FactInContext): boolean => {
    let b = backgroundOfFact.get(f);
    if (b !== undefined) return b;
    const k = `${f.doc}:${f.sentence}`;
    b = backgroundOf.get(k);
    if (b === undefined) {
      const s = r.byId.get(f.doc)?.sentences[f.sentence];
      backgroundOf.set(k, (b = !!s && f.sentence >= 0 && OTHER_EVENT.test(r.text(f.doc, s))));
    }
    backgroundOfFact.set(f, b);
    return b;
  };
  // An incident the reports clock in the daytime (`left the tracks at 8: 15 a. m.`, every clock
  // time of the event between 7 a.m. and 8 p.m.) happened in no night: two weekdays a day apart
  // are then two days, not one night told from its two sides (rule `date:clocked-in-daytime`,
  // stop 57). A clock time in the night, or none, leaves the night's excuse as it was.
  const clocks = facts.filter(
    (f) =>
      f.kind === 'time' &&
      f.about === 'at:event' &&
      f.rule !== 'fact:time-part-of-day' &&
      typeof f.value === 'number',
  );
  const daytime =
    clocks.length > 0 && clocks.every((f) => (f.value as number) >= 7 * 60 && (f.value as number) <= 20 * 60);
  // Which way from publication each date's clause points, read once a fact (see `dateTense`).
  const tenses = new Map<FactInContext, ReturnType<typeof dateTense> | null>();
  const tense = (f: FactInContext): ReturnType<typeof dateTense> | null => {
    if (!tenses.has(f)) tenses.set(f, tenseOf(f, r));
    return tenses.get(f)!;
  };
  // Dates of two different events (a founding, a birth) are never one date told two ways; nor
  // are a date of what is to come and a date of what happened (`will be repaired from May 5` /
  // `the crack was found on April 10`: rule `date:tense-apart`).
  // Nor are the day a source spoke and the day of what is to come (`the agency reported
  // September 26` / `elections scheduled for December 15`: rule `date:statement-against-plan`).
  const spokeAndPlanned = (a: FactInContext, b: FactInContext): boolean => {
    const [ta, tb] = [tense(a), tense(b)];
    return (ta === 'statement' && tb === 'future') || (ta === 'future' && tb === 'statement');
  };
  // A sentence telling a further round of an act (`charged 14 more people`, `a further 30
  // homes were evacuated`) dates that round: set only against another such date, never against
  // the first round's (rule `date:further-round`).
  const further = sentenceReads(r, FURTHER_ROUND);
  // A date of a birth (`one other offspring, born in 2026`) is set only against another birth's:
  // a sentence dating someone's birth says `born`, and a date whose event is not read (`came to
  // the zoo from Ohio in 2022`) is another event's (rule `date:birth-only-birth`).
  const linked = (a: FactInContext, b: FactInContext): boolean =>
    !(a.event && b.event && a.event !== b.event && !incident(a, b)) &&
    (a.event === 'birth') === (b.event === 'birth') &&
    further(a) === further(b) &&
    !spokeAndPlanned(a, b) &&
    !tensesApart(a, tense(a), b, tense(b), (f) =>
      (f.value as string).startsWith('W:') ? weekday(f) : calendarDay(f),
    ) &&
    // (Two years an earlier record was set are one background event's, told twice: rule
    // `date:record-set`.)
    ((!background(a) && !background(b)) || (a.event === RECORD_SET_EVENT && b.event === RECORD_SET_EVENT)) &&
    !dayOfEvent(a, r) &&
    !dayOfEvent(b, r) &&
    spanEnd(a, r) === spanEnd(b, r) &&
    tallySince(a, r) === tallySince(b, r) &&
    !namesAsBaseline(a, b, r) &&
    !namesAsBaseline(b, a, r) &&
    (sameSubject(a, b) || statement(a, b) || sameEvent(a, b) || incident(a, b));
  // The day each weekday names, read once a fact (its clause's tense is the costly part).
  const weekdays = new Map<FactInContext, number | null>();
  const weekday = (f: FactInContext): number | null => {
    if (!weekdays.has(f)) weekdays.set(f, weekdayDay(f, r));
    return weekdays.get(f)!;
  };
  // Whether a date's clause tells what is to come (`goes on sale on 19 September` in a report
  // of 9 September): a day and month without a year is then the coming one (rule
  // `date:day-month-ahead`; its clause's tense read once a fact, as `tense` above).
  const ahead = (f: FactInContext): boolean =>
    /^--\d\d-\d\d$/.test(f.value as string) && tense(f) === 'future';
  // A day of an event that befalls one person once (`died on Tuesday` / `died on Sunday` of one
  // named man): one event however the sentences differ, its weekdays compared as the days they
  // name (see {@link onceOfOnePerson}).
  const once = (a: FactInContext, b: FactInContext): boolean => sameEvent(a, b) && onceOfOnePerson(a, b);
  for (const group of groups) {
    const involved = new Set<FactInContext>();
    // The facts each disagreeing fact was set against: dates of two events one subject links
    // (`opened in 2031` / `in 2033`, the roof `repaired in 2046` / `in 2045`) are an entry each
    // (rule `date:entry-per-event`).
    const against = new Map<FactInContext, FactInContext>();
    const root = (f: FactInContext): FactInContext => {
      let x = f;
      while (against.get(x) && against.get(x) !== x) x = against.get(x)!;
      return x;
    };
    for (const a of group)
      for (const b of group) {
        // (Whether they disagree first: most dates of a group agree, and that is read faster.)
        if (a.doc >= b.doc || !factsDisagree(a, b, weekday, ahead) || !linked(a, b)) continue;
        // A weekday is compared only between two sentences that state one claim in most of the
        // same words, and two days in a row may be one moment (see nightAndMorning).
        const [wa, wb] = [(a.value as string).startsWith('W:'), (b.value as string).startsWith('W:')];
        if (wa && wb && once(a, b)) {
          const [da, db] = [weekday(a), weekday(b)];
          if (da === null || db === null ? !weekdaysApart(a, b, 2) : Math.abs(da - db) < 2) continue;
        } else if (
          wa &&
          wb &&
          (sameEvent(a, b) || incident(a, b)) &&
          (((ONE_INCIDENT.has(a.event ?? '') || leadAct(a, b)) &&
            (daytime || !nightAndMorning(a, b, true))) ||
            // An act told with no part of the day (`bought it on Thursday` / `on Friday`) is no
            // night told from its two sides (rule `date:weekday-of-act`).
            ((actOfOnePerson(a, b) ||
              decisionOfOneBody(a, b) ||
              (leadAct(a, b) && OFFICE_ACTS.has(a.event ?? ''))) &&
              !a.qualifier &&
              !b.qualifier))
        ) {
          // Two weekdays of one incident told in the same part of the day (`escaped late on
          // Sunday` / `broke out on Saturday night`), as the days they name from each report's
          // publication: a day apart is another day, where no night meets a morning (rule
          // `date:one-incident-weekdays`).
          const [da, db] = [weekday(a), weekday(b)];
          if (da === null || db === null ? !weekdaysApart(a, b, 1) : da === db) continue;
        } else if (
          wa &&
          wb &&
          sameEvent(a, b) &&
          a.asOf === b.asOf &&
          tense(a) === 'future' &&
          tense(b) === 'future'
        ) {
          // Two weekdays of one event to come, told the same day (`will stay closed until Sunday` /
          // `will remain shut until Monday`): each the next such day, two days when they differ
          // (rule `date:weekday-ahead-same-day`).
          if (a.value === b.value) continue;
        } else if (
          (wa || wb) &&
          !(wa !== wb && once(a, b)) &&
          (!statement(a, b) || !sameSubject(a, b) || (wa && wb && nightAndMorning(a, b)))
        )
          continue;
        // A date of another event (a birth against a death) excuses nothing.
        // (Of an event that befalls a person once, only a date of that event of that person
        // excuses: a year of his career, or his brother's death, says nothing of the day he died.)
        const onceOf = once(a, b);
        // (The start of records is excused only by another start of records: the day of the
        // story's event says nothing of it.)
        const excuses = (x: FactInContext, y: FactInContext): boolean =>
          !(x.event && y.event && x.event !== y.event) &&
          (x.event === RECORDS_BEGAN_EVENT) === (y.event === RECORDS_BEGAN_EVENT) &&
          (!onceOf || once(x, y)) &&
          // (Nor does a year excuse a weekday set against a weekday: `in office since 2041` is no
          // account of the day a budget was unveiled; rule `date:year-excuses-no-weekday`, stop 53.)
          !(wa && wb && /^\d{4}$/.test(x.value as string)) &&
          // (Nor a day and month set against a day and month: `in 2022 an English paper was shared`
          // is no account of the day a resit will be held; rule `date:year-excuses-no-day`, stop
          // 57.)
          !(dayMonth(a) && dayMonth(b) && /^\d{4}$/.test(x.value as string)) &&
          !factsDisagree(x, y, weekday, ahead);
        if (group.some((x) => x.doc === a.doc && excuses(x, b))) continue;
        if (group.some((x) => x.doc === b.doc && excuses(x, a))) continue;
        involved.add(a).add(b);
        for (const f of [a, b]) if (!against.has(f)) against.set(f, f);
        const [ra, rb] = [root(a), root(b)];
        if (ra !== rb) against.set(rb, ra);
      }
    if (involved.size < 2) continue;
    const parts = new Map<FactInContext, FactInContext[]>();
    for (const f of involved) {
      const k = root(f);
      const l = parts.get(k);
      if (l) l.push(f);
      else parts.set(k, [f]);
    }
    for (const part of parts.values()) {
      const facts = part.sort((x, y) => x.doc.localeCompare(y.doc) || x.start - y.start);
      out.push({
        kind: 'date',
        note: `outlets date this event differently: ${agreeingSides(facts, weekday, ahead)}`,
        values: facts.map((f) => r.value(f.doc, f, f.value)),
      });
    }
  }
  return out;
}

/** Whether a date is a day and a month with no year (`--06-18`: `June 18`). */
const dayMonth = (f: FactInContext): boolean => /^--\d\d-\d\d$/.test(f.value as string);

/**
 * Whether a fact sits in a relative clause set off by commas, inside its sentence (`The ride,
 * which opened in 2045, was last inspected in May`: `2045`, not `May`).
 */
function inRelativeClause(f: FactInContext, r: Reader): boolean {
  const s = r.byId.get(f.doc)?.sentences[f.sentence];
  if (!s || f.start < s.start || f.end > s.end) return false;
  const before = r.text(f.doc, { start: s.start, end: f.start });
  const after = r.text(f.doc, { start: f.end, end: s.end });
  return /,\s*(?:which|who)\s[^,;]*$/i.test(before) && /^[^,;]*,\s*\p{L}/u.test(after);
}

/**
 * The lead of a report: its first sentence that states something (`leadSentence`) and is no
 * headline, neither its title nor a line of fewer than eight words with no end mark (a
 * tokenised page's headline line reads as its first sentence).
 */
function storyLead(d: Document, r: Reader): number {
  const title = (d.title ?? '').trim().toLowerCase();
  for (let i = leadSentence(d); i < d.sentences.length; i++) {
    const text = r.text(d.id, d.sentences[i]!).trim();
    if (text.toLowerCase() === title) continue;
    if (text.split(/\s+/).length < 8 && !/[.!?]["”’']*$/.test(text)) continue;
    return i;
  }
  return -1;
}

/** Words besides the facts' own two sentences of one incident told by two verbs share at least (`date:one-incident-two-verbs`). */
const INCIDENT_SHARED = 3;

/**
 * Incidents a story tells once (a breakout, a collapse, a crash, a sinking, a blast): two days of
 * one are two accounts of it, where an arrest or a charge may befall several people on several days.
 */
const ONE_INCIDENT: ReadonlySet<string> = new Set([
  'escape',
  'fail',
  'crash',
  'explode',
  'sink',
  'erupt',
  'quake',
  'burn',
  'rob',
  // An attack the story tells (`a rabid dog attacked 14 people on Sunday` / `The stray attacked
  // people near the station on Friday`): another attack is told as such (`another`, `a separate
  // incident`: background). Rule `date:one-attack`, h-disc61.
  'attack',
  // A journey's departure from a named place (facts.ts, `fact:date:departure-from-place`): the
  // boat left once, `on Sunday` / `on Saturday` two accounts of it.
  'depart',
  // A storm's landfall (facts.ts, `fact:date:landfall`): it comes ashore once, `late Sunday` /
  // `late Saturday` two accounts of it.
  'landfall',
  // A person's disappearance (facts.ts: `went missing`, `disappeared`): someone goes missing once,
  // `on Friday` / `on Thursday` two accounts of it (rule `date:one-disappearance`, stop 58).
  'vanish',
]);

/**
 * Acts done by decision or on paper, in a day's working hours (a filing, a firing, a hiring, a
 * signing, a charge, a sentence): told with no part of the day, two days in a row are two days,
 * never one night told from its two sides (rule `date:office-act-days`, read for two reports'
 * leads).
 */
const OFFICE_ACTS: ReadonlySet<string> = new Set([
  'file',
  'fire',
  'hire',
  'sign',
  'approve',
  'award',
  'launch',
  'publish',
  'unveil',
  'resign',
  'retire',
  'elect',
  'charge',
  'sentence',
  'convict',
  'found',
]);

/**
 * One act of one person on one thing (`Ada Quillon bought the winning ticket on Thursday` /
 * `Quillon said she bought the ticket on Friday`): a weekday's act read from its verb (`act:`,
 * facts.ts), in sentences naming the same person by surname. Done once, its two days are two
 * accounts of it, as an incident's are (rule `date:weekday-of-act`); another act (`sold` on
 * Friday) is another event.
 */
function actOfOnePerson(a: FactInContext, b: FactInContext): boolean {
  if (!a.event?.startsWith('act:') || a.event !== b.event) return false;
  const surnames = (f: FactInContext): string[] =>
    [...f.context]
      .filter((w) => w.startsWith('@person:'))
      .map((w) =>
        w
          .split('-')
          .pop()!
          .replace(/^@person:/, ''),
      );
  const sb = surnames(b);
  return surnames(a).some((k) => sb.includes(k));
}

/**
 * One decision on one thing (`The Food and Drug Administration on Friday approved Orlix` /
 * `Regulators approved Carrane's Orlix on Thursday`): an approval dated by a weekday, in sentences
 * naming the same organisation (`@org:` in both contexts). A thing is approved once; its two days
 * are two accounts of it, as an act of one person's are (rule `date:weekday-of-decision`, h-disc62).
 */
function decisionOfOneBody(a: FactInContext, b: FactInContext): boolean {
  if (a.event !== 'approve' || b.event !== 'approve') return false;
  for (const w of a.context) if (w.startsWith('@org:') && b.context.has(w)) return true;
  return false;
}

/** Events that befall a person once: a day of each, for one person, is one day. */
const ONCE_EVENTS: ReadonlySet<string> = new Set(['death', 'birth']);

/**
 * Two dates of an event that befalls a person once (a death, a birth), in sentences naming the
 * same person (`@person:` in both contexts): one event, however else the sentences differ
 * (rule `date:once-of-one-person`). Their weekdays are compared as the days they name from
 * each report's publication (`on Tuesday` of a Wednesday report, `on Sunday` of a Thursday
 * one: the 7th against the 5th), two days apart or more, as a weekday and a calendar day are.
 */
function onceOfOnePerson(a: FactInContext, b: FactInContext): boolean {
  if (!a.event || a.event !== b.event || !ONCE_EVENTS.has(a.event)) return false;
  for (const w of a.context) if (w.startsWith('@person:') && b.context.has(w)) return true;
  return false;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** An ISO day as days since 1970. */
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** `last` right before a weekday (`last Thursday`). */
const LAST_BEFORE = /\blast\s+$/i;

/**
 * The day a weekday of a dated report names, when its clause tells the past: the last such day
 * on or before publication (`on Tuesday` in a report of Thursday 6 March is 4 March).
 */
function weekdayDay(f: FactInContext, r: Reader): number | null {
  const v = f.value as string;
  if (!v.startsWith('W:') || !f.asOf || !DAY.test(f.asOf)) return null;
  const s = r.byId.get(f.doc)?.sentences[f.sentence];
  if (!s) return null;
  const text = r.text(f.doc, s);
  const at = r.text(f.doc, { start: s.start, end: f.start }).length;
  if (dateTense(text, at, at + (f.end - f.start)) !== 'past') return null;
  const published = dayNumber(f.asOf);
  const back = (new Date(published * 86_400_000).getUTCDay() - Number(v.slice(2)) + 7) % 7;
  // `last Thursday` in a report of a Thursday is a week before, not the day of the report.
  return published - (back === 0 && LAST_BEFORE.test(text.slice(Math.max(0, at - 8), at)) ? 7 : back);
}

/** The tense of a date fact's clause (see `dateTense`), or null when its sentence is not found. */
/**
 * A day told as a later day of an event (`on Wednesday, on the third day of the king's visit`,
 * `on Tuesday, the second day of the strike`): the date of that day, not of the event, whose
 * start another outlet dates (rule `date:nth-day-of-event`).
 */
/**
 * Whether a date is the end a period runs to (`Her ban runs until June 2064`, `closed till
 * March 3`): never set against a date its period starts from (`runs from June 14, 2060`,
 * `backdated to June 14`) or any other event's, only against another end (rule
 * `date:span-end-apart`).
 */
function spanEnd(f: FactInContext, r: Reader): boolean {
  const s = r.byId.get(f.doc)?.sentences[f.sentence];
  if (!s) return false;
  const before = r.text(f.doc, { start: s.start, end: f.start });
  // `was not found until March 4` dates the finding: no period runs to it.
  return SPAN_END_BEFORE.test(before.slice(-24)) && !NOT_UNTIL.test(before);
}
/** A negation earlier in the clause of an `until`: `did not reopen until`, `wasn't found till`. */
const NOT_UNTIL = /\b(?:not|never|n['’]t)\b[^,;:]*\b(?:until|till)\s+\S*\s*$/i;
/** `until`, `till`, `through`, an adverb between (`until at least`, `until early`). */
const SPAN_END_BEFORE =
  /\b(?:until|till|untill|through)\s+(?:(?:at\s+least|early|late|mid|the\s+end\s+of)\s+)?$/i;

/**
 * A year after `since` in a clause that counts what has been done (`The museum has described 31
 * new species from the park since 2030`, `has won 12 titles since 2001`): the start of the
 * tally, no day of an act, set only against another tally's start (rule `date:tally-since`). A
 * state told since a year (`has been closed since 2030`) counts nothing: its year is compared
 * as before.
 */
function tallySince(f: FactInContext, r: Reader): boolean {
  const s = r.byId.get(f.doc)?.sentences[f.sentence];
  if (!s) return false;
  const before = r.text(f.doc, { start: s.start, end: f.start });
  if (!SINCE_BEFORE.test(before.slice(-24))) return false;
  const clause = before.slice(0, before.search(SINCE_BEFORE));
  return TALLY_COUNT.test(clause.slice(clause.search(/[^;:]*$/)));
}
/** `since` right before a year: `since 2030`, `since early 2030`. */
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid)\s+)?$/i;
/** A count of a plural in the clause, no year: `31 new species`, `a dozen titles`, `hundreds of cases`. */
const TALLY_COUNT =
  /\b(?:(?!(?:1[89]|20)\d\d\b)\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s+(?:of\s+)?(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]{2,}s\b/iu;

/**
 * Whether `f`'s sentence names `other`'s year as the year its figure is measured from (`Last
 * year, 240 people were treated for dog bites, up 12 percent from 2040` / `In 2040, 214 people
 * were treated for dog bites`): the two years are two years of one tally, and the first report
 * gives both; its year does not disagree with the second's (rule `date:baseline-named`). Only a
 * change told from a year (`up`, `down`, `rose`, `fell`... then `from`, `compared with`,
 * `on`), never a year the sentence's act happened in.
 */
function namesAsBaseline(f: FactInContext, other: FactInContext, r: Reader): boolean {
  const year = /^(\d{4})/.exec(String(other.value))?.[1];
  if (!year) return false;
  const s = r.byId.get(f.doc)?.sentences[f.sentence];
  if (!s) return false;
  const text = r.text(f.doc, s);
  for (const m of text.matchAll(BASELINE_YEAR)) if (m[1] === year) return true;
  return false;
}
/** A change from a year: `up 12 percent from 2040`, `down from 2038`, `rose 5 percent compared with 2040`. */
const BASELINE_YEAR =
  /\b(?:up|down|higher|lower|more|fewer|less|rose|rise|risen|fell|fall|fallen|increased|decreased|dropped|climbed)\b[^.;:]{0,40}?\b(?:from|compared\s+(?:with|to)|on|than(?:\s+in)?)\s+((?:1[89]|20)\d\d)\b/gi;

function dayOfEvent(f: FactInContext, r: Reader): boolean {
  const s = r.byId.get(f.doc)?.sentences[f.sentence];
  if (!s) return false;
  const after = r.text(f.doc, { start: f.end, end: Math.min(s.end, f.end + 40) });
  return NTH_DAY_OF.test(after) || SPAN_AFTER_EVENT.test(after);
}
/**
 * `, three days after`, `, a day after`, `, two weeks after` right after a date: the day of a
 * later act told by its distance from the story's event (`brought the last miners to the
 * surface on Thursday, three days after a tunnel collapsed`), never the event's own day (rule
 * `date:days-after-event`).
 */
const SPAN_AFTER_EVENT =
  /^\s*,\s*(?:just\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?)\s+after\b/i;
/** `, on the third day of`, `, the 12th day of`, right after a date (not `the first day`: the start). */
const NTH_DAY_OF =
  /^\s*,?\s*(?:on\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|\d+(?:st|nd|rd|th))\s+day\s+of\b/i;

function tenseOf(f: FactInContext, r: Reader): ReturnType<typeof dateTense> | null {
  const s = r.byId.get(f.doc)?.sentences[f.sentence];
  if (!s) return null;
  const text = r.text(f.doc, s);
  const at = r.text(f.doc, { start: s.start, end: f.start }).length;
  return dateTense(text, at, at + (f.end - f.start));
}

/**
 * A date of what is to come against a date of what happened before the coming one was told:
 * two events (rule `date:tense-apart`; `will be repaired from May 5` of the 14th, `the crack was
 * found on April 10`). What happened after the other report may be the same event, planned for
 * one day and held on another (`goes on sale on 19 May` of the 9th, `went on sale on Friday` the
 * 23rd). With no day for what happened, its report's day stands for it.
 */
function tensesApart(
  a: FactInContext,
  ta: string | null,
  b: FactInContext,
  tb: string | null,
  dayOf: (f: FactInContext) => number | null,
): boolean {
  const [coming, past] =
    ta === 'future' && tb === 'past' ? [a, b] : ta === 'past' && tb === 'future' ? [b, a] : [];
  if (!coming?.asOf || !DAY.test(coming.asOf)) return false;
  const told = dayNumber(coming.asOf);
  const happened = dayOf(past!) ?? (past!.asOf && DAY.test(past!.asOf) ? dayNumber(past!.asOf) : null);
  return happened !== null && happened < told;
}

/**
 * The day a date fact names, in days since 1970: a calendar day as written, or a day and month
 * without a year (`March 1`) in the year of its report's publication (the year before, when
 * that lands more than a week after publication); of an undated report, in the year that puts
 * it nearest the day `near` (days since 1970) another report dates, when given.
 */
function calendarDay(f: FactInContext, near: number | null = null, ahead = false): number | null {
  const v = f.value as string;
  if (DAY.test(v)) return dayNumber(v);
  const m = /^--(\d\d)-(\d\d)$/.exec(v);
  if (!m) return null;
  // An undated report's day and month, set against a day another report dates: in the year
  // that puts it nearest that day (`March 1` beside a Tuesday of March 2031 is 1 March 2031).
  if ((!f.asOf || !DAY.test(f.asOf)) && near !== null) {
    const year = new Date(near * 86_400_000).getUTCFullYear();
    const on = (y: number): number => Date.UTC(y, Number(m[1]) - 1, Number(m[2])) / 86_400_000;
    return [on(year - 1), on(year), on(year + 1)].sort((x, y) => Math.abs(x - near) - Math.abs(y - near))[0]!;
  }
  if (!f.asOf || !DAY.test(f.asOf)) return null;
  const published = dayNumber(f.asOf);
  const year = Number(f.asOf.slice(0, 4));
  const on = (y: number): number => Date.UTC(y, Number(m[1]) - 1, Number(m[2])) / 86_400_000;
  // Said of what is to come (see `ahead` in dateDiscrepancies): the next such day on or after publication.
  if (ahead) return on(year) < published - 1 ? on(year + 1) : on(year);
  return on(year) > published + 7 ? on(year - 1) : on(year);
}

/**
 * The values of a date entry as its sides: the texts of dates that agree with one another
 * joined by ` / ` (`on 3 March / last Thursday`, one day told two ways), the sides by ` vs `.
 */
function agreeingSides(
  facts: readonly FactInContext[],
  weekday: (f: FactInContext) => number | null,
  ahead: (f: FactInContext) => boolean = () => false,
): string {
  const sides: FactInContext[][] = [];
  for (const f of facts) {
    const side = sides.find((g) => g.every((x) => !factsDisagree(x, f, weekday, ahead)));
    if (side) side.push(f);
    else sides.push([f]);
  }
  return sides.map((g) => [...new Set(g.map((f) => f.text))].join(' / ')).join(' vs ');
}

/**
 * Two date facts disagree: as written (see {@link datesDisagree}), or a weekday of a dated
 * report against a calendar day (`on Tuesday` / `on March 6`) two days apart or more (a night
 * and the next morning, or two time zones, are one moment told from two sides).
 */
function factsDisagree(
  a: FactInContext,
  b: FactInContext,
  weekday: (f: FactInContext) => number | null,
  ahead: (f: FactInContext) => boolean = () => false,
): boolean {
  const [va, vb] = [a.value as string, b.value as string];
  const [wa, wb] = [va.startsWith('W:'), vb.startsWith('W:')];
  if (wa !== wb) {
    const [w, other] = wa ? [a, b] : [b, a];
    const named = weekday(w);
    const day = calendarDay(other, named, ahead(other));
    if (named !== null && day !== null) return Math.abs(named - day) >= 2;
    // An undated report's weekday against a date with its year (`on Friday` / `on 9 May 2031`,
    // a Tuesday): the date is a day of the week too, and the weekday of one event must be it,
    // or a day on either side (a night and the next morning, two time zones).
    if ((w.asOf && DAY.test(w.asOf)) || day === null) return false;
    const apart =
      (((new Date(day * 86_400_000).getUTCDay() - Number((w.value as string).slice(2))) % 7) + 7) % 7;
    return apart >= 2 && apart <= 5;
  }
  return datesDisagree(va, vb);
}

/**
 * Two weekdays of one event in reports that carry no date (scraped text): the days of the week
 * they name are at least `least` days apart either way round the week (`Sunday` / `Friday` are two
 * apart). A week apart is no reading of one incident's or one death's day told by reports of it
 * (rule `date:undated-weekdays`).
 */
function weekdaysApart(a: FactInContext, b: FactInContext, least: number): boolean {
  const day = (f: FactInContext): number => Number((f.value as string).slice(2));
  const apart = (((day(a) - day(b)) % 7) + 7) % 7;
  return Math.min(apart, 7 - apart) >= least;
}

/**
 * Two days in a row may be one moment told from two sides: a night and the next morning
 * (`late Tuesday` / `early Wednesday`), or two time zones of a wire story. They disagree only
 * when both place the event in the same part of the day (`Tuesday morning` / `Wednesday morning`).
 */
function nightAndMorning(a: FactInContext, b: FactInContext, oneEvent = false): boolean {
  const day = (f: FactInContext): number => Number((f.value as string).slice(2));
  const [first, next] = (day(a) + 1) % 7 === day(b) ? [a, b] : (day(b) + 1) % 7 === day(a) ? [b, a] : [];
  if (!first || !next) return false;
  // Of one event, a night told from its two sides is the evening of the first day and the early
  // hours of the next: the first day's morning, or the next day's night, is no side of it
  // (`opened fire on Tuesday morning` / `on Wednesday` are two days; rule
  // `date:night-runs-forward`). (Of two sentences only alike, a morning and the next day may
  // still be two events' days, and are left.)
  if (oneEvent && (first.qualifier === 'early' || next.qualifier === 'late')) return false;
  // A day told in its middle (`Tuesday afternoon`, qualifier `day`) is hours from either night:
  // no moment of the next or the day before (`date:daytime-not-overnight`).
  return !(a.qualifier && a.qualifier === b.qualifier) && a.qualifier !== 'day' && b.qualifier !== 'day';
}
