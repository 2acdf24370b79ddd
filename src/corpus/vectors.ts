import { TOWN_RULE } from '../mentions/town-rule.js';
import type { DateMention, Document } from '../model/document.js';
import { repairedView } from '../repair/view.js';
import { STOP, stem } from '../text/words.js';
import { cosine } from '../text/similarity.js';

// The text maths shared with the story level lives in text/; re-exported for the corpus's callers.
export { STOP, stem, cosine };

/** A year from 1800 to 2099 written in the text. */
export const YEAR = /\b(1[89]|20)\d\d\b/g;

/** Weights of the feature kinds in story vectors. */
export interface VectorWeights {
  /** Entity keys (people, organisations, places). */
  readonly entity: number;
  /** Years mentioned: two similar events are often years apart. */
  readonly year: number;
  /** Normalised quantities (`$9M` and `9 million dollars` meet). */
  readonly quantity: number;
  /** Days of the year an undated article names (`Dec. 14`, `December 14, 2008`): reports of one event share them. */
  readonly date: number;
}

export const DEFAULT_WEIGHTS: VectorWeights = { entity: 4, year: 8, quantity: 1, date: 2 };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})\b/i;

/**
 * The day of the year (`MM-DD`) a date mention names: from its resolved value when that is a
 * full date, else from a month and day written out (`Dec.14` with no year), so two undated
 * reports of one event meet however they write the day. Null for months, years, weekdays.
 */
function dayOfYear(x: DateMention, text: string): string | null {
  if (x.value && /^\d{4}-\d\d-\d\d$/.test(x.value)) return x.value.slice(5);
  const m = MONTH_DAY.exec(text.slice(x.start, x.end));
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 31) return null;
  return `${String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

/** Raw term counts of a document's article text: stemmed content words, entity keys, years, quantities, and the days of the year an undated article names. */
export function termCounts(d: Document, w: VectorWeights = DEFAULT_WEIGHTS): Map<string, number> {
  const view = repairedView(d.text, d.repairs);
  const m = new Map<string, number>();
  const add = (t: string, n: number): void => {
    if (n > 0) m.set(t, (m.get(t) ?? 0) + n);
  };
  const text = d.blocks
    .filter((b) => b.label === 'body' || b.label === 'subhead' || b.label === 'title' || b.label === 'deck')
    .map((b) => view.text.slice(view.fromOriginal(b.start), view.fromOriginal(b.end)))
    .join(' ');
  for (const word of text.toLowerCase().match(/\p{L}[\p{L}'’-]+/gu) ?? [])
    if (word.length > 2 && !STOP.has(word)) add(stem(word), 1);
  // A town read from its context (`from Huntsville to Beaumont`) is already in the words; one
  // story often names several (where it began, where it ended), so its key adds nothing here.
  for (const e of d.entities) if (e.rule !== TOWN_RULE) add(`@${e.key}`, w.entity);
  for (const y of text.match(YEAR) ?? []) add(`#year:${y}`, w.year);
  for (const q of d.quantities) add(`#${q.kind}:${q.value}:${q.unit}`, w.quantity);
  // An article without a publication date is placed in time by the days its text names.
  // Dated articles are held within a week of each other by their dates instead: in a busy
  // stream hundreds of unrelated stories name the same day, which would only blur them.
  if (!d.published) {
    for (const x of d.dates) {
      const day = dayOfYear(x, d.text);
      if (day) add(`#day:${day}`, w.date);
    }
  }
  return m;
}

/** Sparse, L2-normalised TF-IDF vectors; `idfPower` above 1 favours rare terms (names, places, numbers). */
export function tfidf(
  counts: ReadonlyArray<ReadonlyMap<string, number>>,
  idfPower = 2,
  /** Pseudo-documents in which every term is rare: keeps terms that all of a small input shares weighty. */
  prior = 200,
): Array<Map<string, number>> {
  const df = new Map<string, number>();
  for (const c of counts) for (const k of c.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return counts.map((c) => weigh(c, df, counts.length, idfPower, prior));
}

/** One document's L2-normalised TF-IDF vector against document frequencies `df` over `n` documents. */
export function weigh(
  counts: ReadonlyMap<string, number>,
  df: ReadonlyMap<string, number>,
  n: number,
  idfPower = 2,
  prior = 200,
): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [k, tf] of counts) {
    const idf = Math.log((n + prior) / ((df.get(k) ?? 0) + 0.5));
    const weight = (1 + Math.log(tf)) * Math.pow(Math.max(0, idf), idfPower);
    if (weight > 0) {
      v.set(k, weight);
      norm += weight * weight;
    }
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}
