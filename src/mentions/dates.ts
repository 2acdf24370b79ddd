import type { ParsedComponents } from 'chrono-node';
import { chronoCasual, type chronoEn } from './chrono.js';
import type { DateMention, Sentence } from '../model/document.js';
import type { RepairedView } from '../repair/view.js';

export const DATE_HINT =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(today|yesterday|tomorrow|tonight|ago|last|next|earlier this|this (week|month|year))\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b(19|20)\d{2}\b/i;

/**
 * The sentences chrono reads: DATE_HINT with, for its words that begin like a month or a
 * weekday, only the words chrono itself reads (its month and weekday names, `month`, `months`,
 * and the time zones MART, NOVT, NOVST it reads after a time). A date kept below has a DATE_HINT
 * match in chrono's text, which is made of chrono's words: `market`, `money`, `mayor`,
 * `decided`, `friends` are none of them, and a sentence with no other hint is not read (the
 * costliest reading of the per-article pipeline). A test checks the list against chrono's
 * dictionaries and the gated dates against the ungated.
 */
export const CHRONO_HINT =
  /\b(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|mon|monday|months?|tue|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|mart|novst|novt)\b|\b(today|yesterday|tomorrow|tonight|ago|last|next|earlier this|this (week|month|year))\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b(19|20)\d{2}\b/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Words that put what a clause tells after the time of writing: a date the clause holds is the
 * coming one (`crews hope to stop the leak by Thursday`, `the shelter will stay open until
 * Wednesday`, `the hearing is scheduled for May`). Read in the date's clause only, so a future
 * in another clause (`the fire began on Thursday and will be investigated`) does not move it.
 */
const FUTURE_CUE =
  /\b(will|shall|won['’]t|going to|must|has to|have to|needs? to|hopes? to|expects?|expected to|plans? to|planned for|aims? to|intends? to|is set to|are set to|set for|scheduled|to be held|due to (?:be|begin|start|open|close|end|resume|arrive|return|reopen|appear|meet|vote)|(?:is|are)\s+due\s+(?:in|on|by|at|for)|next|tomorrow|coming|upcoming|would)\b|\w['’]ll\b/i;

/**
 * A verb in the present tense that news uses for what is scheduled, right before the date
 * (`pre-orders open on Friday`, `the phone goes on sale on 19 September`, `the trial begins
 * Monday`, `the phone ships on 26 September`): the date is the coming one (rule `dates:chrono-future`). Not a noun (`the start on
 * Sunday`, after a determiner) nor a state (`the road was open on Tuesday`, after `be`).
 */
const SCHEDULED_PRESENT =
  /(?<!\b(?:the|a|an|its|their|his|her|this|that|is|are|was|were|be|been|being|remains?|remained|stays?|stayed)\s+)\b(?:opens?|go(?:es)? on sale|begins?|starts?|kicks? off|takes? effect|resumes?|ships|launches|debuts|premieres|airs)\s+(?:on\s+|from\s+)?$/i;

/**
 * A modal of what may come, before its verb (`the release could slip to October`, `prices may
 * rise in January`): the date is the coming one. Not a past one (`may have died`), a negation
 * (`could not be reached`) nor a passive (`could be seen`).
 */
const MAY_COME = /\b(?:could|may|might)\s+(?!(?:not|never|have|be|also|still|only|well)\b)\p{Ll}+/u;

/** Past-tense words in a clause: a deadline word (`by`, `until`) before a date is then of the past (`the road was closed until Wednesday`). */
const PAST_CUE = /\b(was|were|had|did|remained|stayed|lasted|ended)\b/i;

/** Present-tense words: a deadline in their clause (`the road is closed until Wednesday`) may lie on either side of publication. */
const PRESENT_CUE = /\b(is|are|am|remains?|stays?|keeps?|continues?)\b|\w['’]s\b/i;

/**
 * A date right after a deadline word (`by Thursday`, `until at least Wednesday`, `before
 * March`): it names a limit, and only the tense of its clause says whether it has passed. Not
 * a moment told by how near it was (`shortly before 3 a.m. on Sunday`, `just before dawn`).
 */
const DEADLINE_BEFORE =
  /\b(by|until|till|(?<!\b(?:shortly|just|right|soon|minutes|moments|seconds|hours)\s+)before|through)\s+(?:at (?:least|the latest)\s+|the end of\s+|early\s+|late\s+|mid-?)?$/i;

/** Verbs of saying whose date is a statement's date (`officials said Tuesday`, `the company on Monday announced`). */
const STATEMENT_VERBS =
  'said|says|told|announced|reported|confirmed|added|stated|declared|denied|wrote|tweeted|posted|testified|warned|acknowledged|disclosed|revealed|explained';
/** A statement's date: one of {@link STATEMENT_VERBS} right before or after it. */
const STATEMENT_CUE = new RegExp(String.raw`\b(${STATEMENT_VERBS})$`, 'i');
const STATEMENT_AFTER = new RegExp(String.raw`^(?:,\s*)?(${STATEMENT_VERBS})\b`, 'i');

/** Where a clause begins or ends: a punctuation mark or a word that joins two clauses. */
const CLAUSE_BREAK =
  /[,;:()\u2014\u2013]|\s-\s|\b(?:and|but|while|whereas|although|though|because|so|then|after|when|that|who|which|where)\b/gi;

/** The clause of `s` holding `[start, end)`: from the last break before it to the first after it. */
export function clauseAround(s: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = s.length;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    const at = m.index!;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { start: from, end: to };
}

/** Characters read on each side of a date for the tense of its clause. */
const TENSE_WINDOW = 240;

/**
 * A person chosen for what is to come, the date after the infinitive of the task (`has picked
 * Juno Marsh, 42, to host the awards on 13 March`, `was named to lead the team from 1 July`): the
 * date is the task's, the coming one (rule `dates:chrono-future`). The infinitive's verb takes an
 * object (a determiner or a name after it), so a place (`named to the board`) is none.
 */
const CHOSEN_TO =
  /\b(?:picked|chosen|chose|selected|tapped|named)\b[^.;]*?\bto\s+(?!(?:the|a|an|his|her|its|their)\b)\p{Ll}+\s+(?:the|a|an|its|his|her|their|\p{Lu})[^.;,]*$/u;

/**
 * Someone bailed, summoned or ordered to appear, attend or return on a date (`was bailed to
 * appear before magistrates on October 22`, `was summoned to attend court on`): the date is the
 * appearance's, to come, though the bail is told in the past (rule `dates:ordered-to-appear`).
 */
const ORDERED_TO_APPEAR =
  /\b(?:bailed|summoned|summonsed|ordered|remanded|released|told)\b[^.;]*?\bto\s+(?:appear|attend|return|report)\b[^.;,]*$/i;

/**
 * Which way from publication the event a date of `s` at `[start, end)` lies, by its clause:
 * `statement` (a date of saying: past), `future` (a future cue in the clause, and not a
 * statement), `unsure` (a deadline word before the date, and no cue of either tense),
 * else `past`, the default of news.
 */
export function dateTense(
  sentence: string,
  dateStart: number,
  dateEnd: number,
): 'past' | 'future' | 'statement' | 'unsure' {
  // Read within a window around the date: a clause is shorter, and a long run-on sentence full of dates stays linear.
  const from = Math.max(0, dateStart - TENSE_WINDOW);
  const s = sentence.slice(from, Math.min(sentence.length, dateEnd + TENSE_WINDOW));
  const start = dateStart - from;
  const end = dateEnd - from;
  const before = s.slice(0, start).replace(/\s+(?:on|late|early)?\s*$/i, '');
  if (STATEMENT_CUE.test(before) || STATEMENT_AFTER.test(s.slice(end).trimStart())) return 'statement';
  const c = clauseAround(s, start, end);
  const clause = s.slice(c.start, start) + ' ' + s.slice(end, c.end);
  if (
    FUTURE_CUE.test(clause) ||
    SCHEDULED_PRESENT.test(s.slice(c.start, start)) ||
    MAY_COME.test(clause) ||
    CHOSEN_TO.test(s.slice(0, start)) ||
    ORDERED_TO_APPEAR.test(s.slice(0, start))
  )
    return 'future';
  if (!DEADLINE_BEFORE.test(s.slice(c.start, start)) || PAST_CUE.test(clause)) return 'past';
  // `is closed until Wednesday`: a state that may end before or after publication.
  if (PRESENT_CUE.test(clause)) return 'unsure';
  return /\b\w{3,}ed\b/i.test(clause) ? 'past' : 'unsure';
}

/**
 * A span of time chrono reads as a day counted from publication (`for five months`, `over two
 * years`, `within three weeks`): how long something lasted, not a date. (`five months ago`, `in
 * five months` are dates; `months` passes DATE_HINT as a word that begins like `Mon`.)
 */
const SPAN_OF_TIME =
  /^(?:for|over|during|throughout|within)\s+(?:(?:about|nearly|almost|some|around|roughly|more than|less than|at least|up to)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|many)\s+(?:minute|hour|day|week|month|year|decade)s?$/i;

/**
 * The last stretch of minutes or hours of something (`for the last half hour`, `in the final 20
 * minutes`, `the last hour`): a part of an event, counted back from its end, that chrono reads as
 * a time before publication. A span, not a date.
 */
const LAST_STRETCH =
  /^(?:the\s+)?(?:last|final|past)\s+(?:half\s+(?:an\s+)?hour|quarter\s+(?:of\s+an\s+)?hour|hour|minute|(?:\d+|a few|few|two|three|four|five|ten|fifteen|twenty|thirty|forty|several)\s+(?:minutes|hours))$/i;

/**
 * A date read without its year or week (`in January`, `Thursday`) in a report of the past
 * is the last such date on or before publication: chrono may pick the next one. Moved back
 * by its period (a year, a week) when it lands after publication and its clause does not
 * speak of the future; when it does, the next such date on or after publication.
 */
function pastReading(c: ParsedComponents, ref: Date, future: boolean): Date {
  let d = c.date();
  const loose = !c.isCertain('year') && (c.isCertain('month') || c.isCertain('day'));
  const weekday = c.isCertain('weekday') && !c.isCertain('day');
  if (future) {
    // Said of what is to come: the next such date on or after publication.
    if (loose)
      while (d.getTime() < ref.getTime() - 12 * 3_600_000)
        d = new Date(d.getFullYear() + 1, d.getMonth(), d.getDate());
    else if (weekday)
      while (d.getTime() < ref.getTime() - 12 * 3_600_000) d = new Date(d.getTime() + 7 * 86_400_000);
    return d;
  }
  if (d.getTime() <= ref.getTime() + 86_400_000) return d;
  // A day and month a few days after publication (`discovered on May 19` in a report of May 18)
  // is a slip or a time zone, not the same day a year before: read as written, ahead of the report.
  if (loose && !weekday && c.isCertain('day') && d.getTime() <= ref.getTime() + 7 * 86_400_000) return d;
  if (loose) {
    while (d.getTime() > ref.getTime() + 86_400_000)
      d = new Date(d.getFullYear() - 1, d.getMonth(), d.getDate());
  } else if (weekday) {
    while (d.getTime() > ref.getTime() + 86_400_000) d = new Date(d.getTime() - 7 * 86_400_000);
  }
  return d;
}

/**
 * chrono's reading of a sentence against a reference instant (ms; null: none). Syndicated
 * copies repeat sentences word for word and chrono is the costliest reader of a sentence, so
 * the readings of a story's worth of recent short sentences are kept; they are only read,
 * never changed.
 */
function parsed(sentence: string, ref: number | null): ReturnType<ChronoEn['casual']['parse']> {
  const key = `${ref ?? ''}\u0000${sentence}`;
  let results = readings.get(key);
  if (!results) {
    results = chronoCasual().parse(sentence, ref !== null ? { instant: new Date(ref) } : new Date(0), {
      forwardDate: false,
    });
    if (sentence.length <= READ_KEPT_CHARS) {
      if (readings.size >= READINGS_KEPT) readings.clear();
      readings.set(key, results);
    }
  }
  return results;
}

/**
 * A month then a comma and two digits, all chrono read (`June, 41`), or then `of` and what it
 * governs (`in March of 14 fraud charges`, `in May of defrauding`): group 1 the month's words.
 */
const MONTH_GLUED =
  /^((?:in\s+)?(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?:\s*,\s*\d{2}|\s+of(?:\s+\d{1,2})?)$/i;
type ChronoEn = ReturnType<typeof chronoEn>;
const readings = new Map<string, ReturnType<ChronoEn['casual']['parse']>>();
const READINGS_KEPT = 10_000;
/** Longer sentences are not kept (a bound on the memory the readings hold). */
const READ_KEPT_CHARS = 1_000;

/**
 * Dates in the sentences, by chrono-node. Resolved against `published` when the
 * expression is relative or leaves out the year; left unresolved (value null)
 * when there is nothing to resolve it against.
 */
export function findDates(
  view: RepairedView,
  sentences: readonly Sentence[],
  published: string | null,
  gate: RegExp = CHRONO_HINT,
): DateMention[] {
  const out: DateMention[] = [];
  const ref = published ? new Date(published) : null;
  const refOk = ref !== null && !Number.isNaN(ref.getTime());
  for (const sent of sentences) {
    const vs = view.fromOriginal(sent.start);
    const s = view.text.slice(vs, view.fromOriginal(sent.end));
    if (!gate.test(s)) continue;
    const results = parsed(s, refOk ? ref!.getTime() : null);
    for (const read0 of results) {
      let r = read0;
      // A month, a comma, then a count (`In June, 41 people drowned`): chrono reads `June, 41` as
      // June 2041; the number counts the noun after it. Read the month alone (rule
      // `dates:month-before-count`, stop 52). So with `of` after a verb's month (`found guilty in
      // March of 14 fraud charges`, `convicted in May of defrauding`): `of` is the verb's, the
      // number no year (rule `dates:month-of-not-year`, stop 53).
      const glued = MONTH_GLUED.exec(r.text);
      if (glued && /^\s+\p{Ll}/u.test(s.slice(r.index + r.text.length))) {
        const end = r.index + glued[1]!.length;
        const alone = parsed(s.slice(0, end), refOk ? ref!.getTime() : null).find(
          (x) => x.index + x.text.length === end,
        );
        if (!alone) continue;
        r = alone;
      }
      const c = r.start;
      if (!c.isCertain('year') && !c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday'))
        continue;
      if (/^\d{1,2}(:\d\d)?$/.test(r.text.trim())) continue; // a bare number is not a date
      if (!DATE_HINT.test(r.text)) continue; // `within an hour` is a duration, not a date
      // `held them for five months`, `for the last half hour`: how long, or a stretch of an event, not when.
      const read = r.text.trim();
      if (SPAN_OF_TIME.test(read) || LAST_STRETCH.test(read)) continue;
      // `in the year to September`, `the 12 months to March`: a period ending in that month, no year
      // of its own (chrono read a year ahead; rule `dates:year-to-month`, stop 46).
      if (/^(?:in\s+)?the\s+(?:year|12\s+months|twelve\s+months)\s+to\b/i.test(read)) continue;
      const deictic =
        /\b(ago|before|after|last|next|this|yesterday|today|tomorrow|tonight|earlier|later|previous|coming|past)\b/i.test(
          r.text,
        );
      // chrono takes the comma after a weekday (`late Monday, spilling`) into its text: not the date's.
      const length = r.text.replace(/[\s,;:]+$/, '').length;
      if (deictic && !refOk) {
        const o = view.spanToOriginal({ start: vs + r.index, end: vs + r.index + length });
        out.push({
          start: o.start,
          end: o.end,
          value: null,
          relative: true,
          rule: 'dates:chrono-unresolved',
        });
        continue;
      }
      const certainYear = c.isCertain('year') && !deictic;
      const relative = !certainYear;
      // A year-less date's year (or a weekday's week) is read from the tense of its clause; a
      // deadline (`by Thursday`) in a clause of no clear tense is left unresolved.
      const tense = relative && refOk && !deictic ? dateTense(s, r.index, r.index + length) : 'past';
      let value: string | null = null;
      if ((certainYear || refOk) && tense !== 'unsure') {
        const past = relative && refOk && !deictic ? pastReading(c, ref!, tense === 'future') : null;
        const y = past ? past.getFullYear() : c.get('year')!;
        const month = past ? past.getMonth() + 1 : c.get('month')!;
        const day = past ? past.getDate() : c.get('day')!;
        // A month alone (`in January`) keeps month precision; a weekday or a relative word names a day.
        if (
          c.isCertain('day') ||
          (relative && refOk && (c.isCertain('weekday') || deictic || !c.isCertain('month')))
        )
          value = `${y}-${pad(month)}-${pad(day)}`;
        else if (c.isCertain('month')) value = `${y}-${pad(month)}`;
        else value = String(y);
      }
      const o = view.spanToOriginal({ start: vs + r.index, end: vs + r.index + length });
      out.push({
        start: o.start,
        end: o.end,
        value,
        relative,
        rule:
          tense === 'unsure'
            ? 'dates:chrono-unsure'
            : !relative
              ? 'dates:chrono-absolute'
              : tense === 'future'
                ? 'dates:chrono-future'
                : 'dates:chrono-relative',
      });
    }
  }
  return out;
}
