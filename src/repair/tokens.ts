import type { Repair } from '../model/document.js';

/**
 * Text written as tokens (corpora made for NLP, some scrapes) sets apart what belongs to a word:
 * `the state ’ s official`, `didn ’ t confirm`, `they ’ re`. Read apart, a possessive looks like a
 * closing quotation mark (an apposition `, the state ’ s official,` seems to end a quotation) and
 * a negation is missed (`couldn ’ t confirm`). In a document that shows itself tokenised (at
 * least `MIN_SIGNS` signs: contractions written apart, quotation marks set apart from their
 * words, `` ` `` `` and `''` quotes), each contraction or possessive written apart is joined, a
 * recorded repair (`tokens:apostrophe-apart`) that maps back to the original like every repair.
 * One sign alone (a typo in a tweet) changes nothing.
 */
export function tokenRepairs(text: string, others: readonly Repair[]): Repair[] {
  if (!MAY_HOLD.test(text)) return [];
  let signs = 0;
  SIGN.lastIndex = 0;
  while (SIGN.exec(text) && ++signs < MIN_SIGNS);
  if (signs < MIN_SIGNS) return [];
  const out: Repair[] = [];
  let k = 0;
  APART.lastIndex = 0;
  for (let m = APART.exec(text); m; m = APART.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Another repair's span is left as that repair reads it.
    while (k < others.length && others[k]!.end <= start) k++;
    if (k < others.length && others[k]!.start < end) continue;
    out.push({
      start,
      end,
      replacement: m[1]!.trim() + m[2]!,
      rule: 'tokens:apostrophe-apart',
      reason: `a contraction or possessive written apart in tokenised text (${JSON.stringify(m[0])} read as ${JSON.stringify(m[1]!.trim() + m[2]!)})`,
    });
  }
  return out;
}

/** The repairs of a text: mojibake's and the joins of tokenised text, in text order. */
export function withTokenRepairs(text: string, repairs: readonly Repair[]): Repair[] {
  const joins = tokenRepairs(text, repairs);
  if (!joins.length) return [...repairs];
  return [...repairs, ...joins].sort((a, b) => a.start - b.start);
}

/** How many signs of tokenised text a document shows before its apostrophes are joined. */
export const MIN_SIGNS = 2;

/**
 * A contraction or possessive written apart after a letter: white space before or after the
 * apostrophe (or both), then the ending, and no letter after it. The match starts at the first
 * space and ends at the ending, so the join keeps the word before it as it is.
 */
const APART = /(?<=\p{L})(\s+[’']\s*|[’']\s+)(s|t|re|m|ll|d|ve)(?![\p{L}\p{N}])/gu;

/** Signs of tokenised text: contractions written apart, quotation marks set apart, PTB quotes. */
const SIGN =
  /(?<=\p{L})\s+[’']\s*(?:s|t|re|m|ll|d|ve)(?![\p{L}\p{N}])|(?<=\p{L})[’']\s+(?:s|t|re|m|ll|d|ve)(?![\p{L}\p{N}])|“\s+\p{L}|\p{L}[.,!?]?\s+”|``|''/gu;

/** What every text with a contraction written apart holds (a cheap test before the scans). */
const MAY_HOLD = /\s[’']|[’']\s/;
