import type { ParsedComponents } from 'chrono-node';
import { chronoEn } from './chrono.js';
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

/** Words that put an event after the time of writing: a date they govern may lie ahead. */
const FUTURE =
  /\b(will|shall|next|tomorrow|coming|upcoming|scheduled|expected|due|plans?|planned|to be held|set to|would)\b/i;

/**
 * A date read without its year or week (`in January`, `Thursday`) in a report of the past
 * is the last such date on or before publication: chrono may pick the next one. Moved back
 * by its period (a year, a week) when it lands after publication and nothing in the
 * sentence speaks of the future; when something does, the next such date on or after
 * publication.
 */
function pastReading(c: ParsedComponents, ref: Date, sentence: string): Date {
  let d = c.date();
  const loose = !c.isCertain('year') && (c.isCertain('month') || c.isCertain('day'));
  const weekday = c.isCertain('weekday') && !c.isCertain('day');
  if (FUTURE.test(sentence)) {
    // Said of what is to come: the next such date on or after publication.
    if (loose)
      while (d.getTime() < ref.getTime() - 12 * 3_600_000)
        d = new Date(d.getFullYear() + 1, d.getMonth(), d.getDate());
    else if (weekday)
      while (d.getTime() < ref.getTime() - 12 * 3_600_000) d = new Date(d.getTime() + 7 * 86_400_000);
    return d;
  }
  if (d.getTime() <= ref.getTime() + 86_400_000) return d;
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
    results = chronoEn().casual.parse(sentence, ref !== null ? { instant: new Date(ref) } : new Date(0), {
      forwardDate: false,
    });
    if (sentence.length <= READ_KEPT_CHARS) {
      if (readings.size >= READINGS_KEPT) readings.clear();
      readings.set(key, results);
    }
  }
  return results;
}

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
    for (const r of results) {
      const c = r.start;
      if (!c.isCertain('year') && !c.isCertain('month') && !c.isCertain('day') && !c.isCertain('weekday'))
        continue;
      if (/^\d{1,2}(:\d\d)?$/.test(r.text.trim())) continue; // a bare number is not a date
      if (!DATE_HINT.test(r.text)) continue; // `within an hour` is a duration, not a date
      const deictic =
        /\b(ago|before|after|last|next|this|yesterday|today|tomorrow|tonight|earlier|later|previous|coming|past)\b/i.test(
          r.text,
        );
      if (deictic && !refOk) {
        const o = view.spanToOriginal({ start: vs + r.index, end: vs + r.index + r.text.length });
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
      let value: string | null = null;
      if (certainYear || refOk) {
        const past = relative && refOk && !deictic ? pastReading(c, ref!, s) : null;
        const y = past ? past.getFullYear() : c.get('year')!;
        const month = past ? past.getMonth() + 1 : c.get('month')!;
        const day = past ? past.getDate() : c.get('day')!;
        if (c.isCertain('day') || (relative && refOk)) value = `${y}-${pad(month)}-${pad(day)}`;
        else if (c.isCertain('month')) value = `${y}-${pad(month)}`;
        else value = String(y);
      }
      const o = view.spanToOriginal({ start: vs + r.index, end: vs + r.index + r.text.length });
      out.push({
        start: o.start,
        end: o.end,
        value,
        relative,
        rule: relative ? 'dates:chrono-relative' : 'dates:chrono-absolute',
      });
    }
  }
  return out;
}
