import type { Repair } from '../model/document.js';

/**
 * Text written as tokens (corpora made for NLP, some scrapes) sets apart what belongs to a word.
 * In a document that shows itself tokenised (its web address written apart, `http: / / www.
 * example. com`, or at least `MIN_SIGNS` signs: contractions written apart, closing quotation
 * marks set apart from their words, `` ` `` `` and `''` quotes), what a full stop or a comma holds
 * together is joined as its ordinary form, each a recorded repair that maps back to the original
 * like every repair: initials (`U. S.`, `L. A.`: read apart, a person `U. S.` instead of the
 * country; `tokens:initials-apart`) and a number's thousands (`1, 300 people`: 300 people;
 * `tokens:thousands-apart`). One sign alone (a typo in a tweet) changes nothing.
 *
 * Contractions and possessives written apart (`the state ’ s official`, `couldn ’ t`) are no
 * repair: joining them as one (`tokens:apostrophe-apart`, stop 32) moved half A's claims only
 * and was dropped under the halves rule (docs/story-level.md). The stages that a possessive
 * written apart would mislead read it joined themselves (`joinApart`: an apposition, a label).
 */
export function tokenRepairs(text: string, others: readonly Repair[]): Repair[] {
  if (!tokenised(text)) return [];
  const found: Repair[] = [];
  for (const join of JOINS) {
    join.pattern.lastIndex = 0;
    for (let m = join.pattern.exec(text); m; m = join.pattern.exec(text)) {
      const r = join.repair(m, text);
      if (r) found.push(r);
    }
  }
  found.sort((a, b) => a.start - b.start);
  const out: Repair[] = [];
  let k = 0;
  let last = -1;
  for (const r of found) {
    // Another repair's span is left as that repair reads it; of two joins over one span, the first.
    while (k < others.length && others[k]!.end <= r.start) k++;
    if (k < others.length && others[k]!.start < r.end) continue;
    if (r.start < last) continue;
    out.push(r);
    last = r.end;
  }
  return out;
}

/** The repairs of a text: mojibake's and the joins of tokenised text, in text order. */
export function withTokenRepairs(text: string, repairs: readonly Repair[]): Repair[] {
  const joins = tokenRepairs(text, repairs);
  if (!joins.length) return [...repairs];
  return [...repairs, ...joins].sort((a, b) => a.start - b.start);
}

/**
 * A text with each contraction or possessive written apart joined (`the state ’ s` -> `the
 * state’s`), for text read outside the repaired view (a label taken from the original).
 */
export const joinApart = (text: string): string =>
  text.replace(APART, (_, mark: string, end: string) => mark.trim() + end);

/** How many signs of tokenised text a document shows before anything in it is joined. */
export const MIN_SIGNS = 2;

interface Join {
  readonly pattern: RegExp;
  /** The repair of one match, or null when the match is not what the rule joins. */
  readonly repair: (m: RegExpExecArray, text: string) => Repair | null;
}

/** The repair joining what match `m` covers into `replacement`. */
const joined = (m: RegExpExecArray, replacement: string, rule: string, what: string): Repair => ({
  start: m.index,
  end: m.index + m[0].length,
  replacement,
  rule,
  reason: `${what} in tokenised text (${JSON.stringify(m[0])} read as ${JSON.stringify(replacement)})`,
});

/**
 * A contraction or possessive written apart after a letter: white space before or after the
 * apostrophe (or both), then the ending, and no letter after it. The match starts at the first
 * space and ends at the ending, so the join keeps the word before it as it is.
 */
const APART = /(?<=\p{L})(\s+[’']\s*|[’']\s+)(s|t|re|m|ll|d|ve)(?![\p{L}\p{N}])/gu;

/**
 * Initials written apart: two or more capital letters, each with its full stop, one space
 * between them (`U. S.`, `L. A.`, `N. Y.`), no letter or digit on either side. One initial
 * before a name (`George W. Bush`) is no run and stays as it is.
 */
const INITIALS_APART = /(?<![\p{L}\p{N}.])\p{Lu}\.(?: \p{Lu}\.)+(?![\p{L}\p{N}])/gu;

/**
 * A number with its thousands written apart: one to three digits, then groups of a comma, a
 * space and three digits (`1, 300`, `1, 300, 000`), no digit, comma or full stop on either side
 * (nor a decimal written apart before it, `2. 1, 300`).
 */
const THOUSANDS_APART = /(?<![\p{N},.]|\p{N}[.,] )\p{N}{1,3}(?:, \p{N}{3})+(?![\p{N}]|,\s?\p{N})/gu;

/**
 * A decimal written apart: one to three digits, a full stop, a space and digits (`$ 2. 5
 * million`, `0. 12 percent`, `$ 28. 40`), no digit, comma or full stop before it and no second
 * point after it (`1. 2. 3` is a list). A year before a full stop (`in 2009. 12 people`) has four
 * digits and is no decimal; nor is one before a thousands comma (`2. 1, 300`), which cannot be read.
 */
const DECIMAL_APART = /(?<![\p{N},.]|\p{N}[.,] )\p{N}{1,3}\. \p{N}+(?!\p{N}|[.,]\s?\p{N})/gu;

/** A date's day before a number (`May 3, 300 people`): that comma ends the date, not thousands. */
const DAY_BEFORE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/i;

const JOINS: readonly Join[] = [
  {
    pattern: DECIMAL_APART,
    repair: (m) => joined(m, m[0].replace(/ /g, ''), 'tokens:decimal-apart', 'a decimal written apart'),
  },
  {
    pattern: INITIALS_APART,
    repair: (m) => joined(m, m[0].replace(/ /g, ''), 'tokens:initials-apart', 'initials written apart'),
  },
  {
    pattern: THOUSANDS_APART,
    repair: (m, text) =>
      DAY_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
        ? null
        : joined(
            m,
            m[0].replace(/ /g, ''),
            'tokens:thousands-apart',
            'a number with its thousands written apart',
          ),
  },
];

/**
 * Signs of tokenised text: contractions written apart, a closing quotation mark set apart from
 * its words (`old, ”`), PTB quotes. An opening `“` before a space is no sign: German closes a
 * quotation with it (`„Motiv“ Das`), and some writers set it apart.
 *
 * Read at each quotation mark or apostrophe (found by a plain scan) rather than by one regular
 * expression over the whole text: a look-behind tried at every position of a long page made this
 * test most of the repair stage's time.
 */
function signAt(text: string, i: number): number {
  const c = text[i]!;
  if ((c === '`' || c === "'") && text[i + 1] === c) return 2;
  if (c === '”') {
    let j = i - 1;
    while (j >= 0 && SPACE.test(text[j]!)) j--;
    if (j === i - 1 || j < 0) return 0;
    if ('.,!?'.includes(text[j]!) && j > 0 && LETTER.test(text[j - 1]!)) return 1;
    return LETTER.test(text[j]!) ? 1 : 0;
  }
  if (c !== '’' && c !== "'") return 0;
  let j = i - 1;
  while (j >= 0 && SPACE.test(text[j]!)) j--;
  const spaceBefore = j < i - 1;
  if (j < 0 || !LETTER.test(text[j]!)) return 0;
  let k = i + 1;
  while (k < text.length && SPACE.test(text[k]!)) k++;
  if (!spaceBefore && k === i + 1) return 0;
  const ending = ENDING.exec(text.slice(k, k + 3));
  return ending ? 1 : 0;
}

const SPACE = /\s/;
const LETTER = /\p{L}/u;
/** A contraction's or possessive's ending, with no letter or digit after it. */
const ENDING = /^(?:s|t|re|m|ll|d|ve)(?![\p{L}\p{N}])/u;
/** Where a sign may stand: a quotation mark or an apostrophe. */
const MARK = /[’'`”]/g;

/**
 * Whether a text shows itself tokenised: an address written apart (`http: / / www.`), which
 * ordinary text never holds, or at least `MIN_SIGNS` signs (see {@link signAt}).
 */
function tokenised(text: string): boolean {
  if (!MAY_SHOW.test(text)) return false;
  if (ADDRESS_APART.test(text)) return true;
  let signs = 0;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const width = signAt(text, m.index);
    if (!width) continue;
    if (++signs >= MIN_SIGNS) return true;
    MARK.lastIndex = m.index + width;
  }
  return false;
}

/** A web address written apart, as tokenisers write it: `http: / / www. example. com`. */
const ADDRESS_APART = /\bhttps?: \/ \//;

/** What every tokenised text holds (a cheap test before the scans). */
const MAY_SHOW = /\s[’']|[’']\s|``|''|\s”|: \/ \//;
