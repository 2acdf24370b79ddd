/**
 * A wire dateline opening a sentence: a place in capitals, maybe its country or state, maybe the
 * day it was filed, an agency in brackets, a dash (`KELSING - `, `ORLEN, Maravia — `, `CORVEL
 * (Norvane) - `, `CORVEL, June 11 (Norvane) - `, `ORLEN, Maravia, Jan. 5 - `), then the story.
 */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const FILED = String.raw`(?:,\s+${MONTH}\s+\d{1,2}(?:,\s+\d{4})?)?`;
const REST_BEFORE = String.raw`(?:,\s+\p{Lu}[\p{L}.'’ ]*?)?${FILED}(?:\s+\([^)]{1,40}\))?\s+[-–—]+\s+`;
const REST = String.raw`${REST_BEFORE}(?=\p{Lu}|["“])`;

/** What follows a dateline's place: its country or state, an agency in brackets, a dash. */
export const DATELINE_REST = new RegExp(`^${REST}`, 'u');

/**
 * A date line opening a story with no place (`March 4, 2031 - `, `Tuesday, 4 March 2031 — `):
 * the day the copy was filed, maybe with its weekday, then a dash.
 */
const DATE_ONLY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:${MONTH}\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)\s+[-–—]+\s+(?=\p{Lu}|["“])`;

/**
 * A whole dateline opening a sentence: its place in capitals and what follows it, or a date
 * alone before the dash (`March 4, 2031 - `).
 */
export const DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}` + REST + '|' + DATE_ONLY + ')',
  'u',
);

/**
 * A dateline with a place before a story that may open on a figure too (`KESSEL, June 3, 2031 -
 * 12 people`): what the mentions layer leaves out when it reads counts.
 */
export const DATELINE_BEFORE_FIGURE = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}` + REST_BEFORE + String.raw`(?=\p{Lu}|["“]|\d)`,
  'u',
);

/**
 * Whether offset `at` of `text` lies inside a dateline opening its line (`KESSEL, May 3 (Northwire)
 * - `, `May 4, 2031 - `): the day there dates the report, not an event of the story.
 */
export function insideDateline(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const dateline = DATELINE.exec(text.slice(lineStart, lineStart + 160));
  return !!dateline && at < lineStart + dateline[0].length;
}
