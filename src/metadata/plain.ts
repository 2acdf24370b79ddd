import { DATELINE } from '../text/dateline.js';
import { escapeRegExp } from '../text/regexp.js';
import { chronoCasual, type chronoEn } from '../mentions/chrono.js';
import type { Block, FieldEvidence } from '../model/document.js';
import type { RepairedView } from '../repair/view.js';
import { isMastheadLine, isNameLine } from '../blocks/masthead.js';
import { outletName, outletOfUrl, readUrl } from './outlets.js';

const NAME = String.raw`((?:The\s+)?\p{Lu}[\p{L}&.’'\-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}&.’'\-]*){0,4})`;

/** Patterns in page furniture that name the publishing outlet. */
const OUTLET_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'metadata:copyright-line',
    new RegExp(
      String.raw`(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)(?:by\s+)?` + NAME,
      'iu',
    ),
  ],
  [
    'metadata:copyright-line',
    new RegExp(String.raw`(?:©|copyright)\s*(?:by\s+)?` + NAME + String.raw`\s*,?\s*\d{4}`, 'iu'),
  ],
  [
    'metadata:supported-by-line',
    new RegExp(
      String.raw`\bthe work of\s+` + NAME + String.raw`\s+is\s+(?:supported|funded|made possible)`,
      'iu',
    ),
  ],
  [
    'metadata:self-reference',
    new RegExp(String.raw`\b(?:journalists|editors|team|staff|newsroom|readers)\s+(?:of|at)\s+` + NAME, 'u'),
  ],
  ['metadata:self-reference', new RegExp(NAME + String.raw`,\s+an?\s+independent\s+(?:news|media)`, 'u')],
  [
    'metadata:self-reference',
    new RegExp(
      String.raw`\b(?:hyperlink|link)\s+to\s+(?:the\s+)?` +
        NAME +
        String.raw`\s+(?:material|article|story|website)`,
      'u',
    ),
  ],
];

/** A headline: letters, and no full stop at the end (a sentence of body text ends with one). */
const HEADLINE_LIKE = /\p{L}.*[^.;,:]$/u;

const BYLINE_CUE = /^(by|from|written by|words by|reporting by|authors?)\s*:?\s+/i;

/** The fields the text can show. */
export type TextField = 'title' | 'byline' | 'outlet' | 'published';
export const TEXT_FIELDS: ReadonlySet<TextField> = new Set(['title', 'byline', 'outlet', 'published']);

export interface PlainMetadata {
  readonly title: string | null;
  readonly byline: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** The clock time the date line gives with `published` (see `Document.publishedTime`). */
  readonly publishedTime?: string | null;
  readonly canonical: string | null;
  readonly evidence: FieldEvidence[];
}

/**
 * Title, byline, outlet and publication date as the text shows them: the
 * title block, the byline block, copyright / 'supported by' / self-reference
 * lines in page furniture, date lines. Null when the text does not show it:
 * never guessed. Only the `wanted` fields are looked for (the others stay null,
 * without evidence): a page's markup may declare them already.
 */
export function plainMetadata(
  view: RepairedView,
  blocks: readonly Block[],
  wanted: ReadonlySet<TextField> = TEXT_FIELDS,
): PlainMetadata {
  const evidence: FieldEvidence[] = [];
  const textOf = (b: Block): string =>
    view.text.slice(view.fromOriginal(b.start), view.fromOriginal(b.end)).trim();
  // A scraped article often opens with its address (`http: / / www. example. com / ...`, tokenised in
  // some corpora): read as an address, it names the outlet, and it is no headline.
  const first = wanted.has('title') || wanted.has('outlet') ? blocks.find((b) => textOf(b).length > 0) : null;
  const url = first ? readUrl(textOf(first)) : null;
  // h-who20's `masthead-address-line`: a first line that is the outlet's name and its address
  // (`Alpine Herald, Postgasse 4, Davrin`) or its host and a section or date
  // (`airnewsdaily.net | Aviation | 15 May 2031`) is page furniture naming the outlet, as an
  // address opening the article is: no headline.
  const addressed = first && !url ? mastheadAddress(textOf(first)) : null;
  const urlBlock = url || addressed ? first! : null;
  let titleBlock = wanted.has('title')
    ? blocks.find((b) => b.label === 'title' && b !== urlBlock && !readUrl(textOf(b)))
    : undefined;
  let titleRule = titleBlock?.rule ?? '';
  if (!titleBlock && urlBlock && wanted.has('title')) {
    // The headline is the first short line after the address that does not end like a sentence
    // (a headline of four words or fewer is labelled furniture, as a menu item would be:
    // `Kallis arrested`, above a date line).
    titleBlock = blocks.slice(blocks.indexOf(urlBlock) + 1, blocks.indexOf(urlBlock) + 4).find(
      (b) =>
        (['title', 'deck', 'body', 'subhead'].includes(b.label) || b.rule === 'blocks:before-article') &&
        // (The length first: HEADLINE_LIKE tries each letter of a paragraph ending in a stop.)
        textOf(b).split(/\s+/).length <= 25 &&
        HEADLINE_LIKE.test(textOf(b)),
    );
    titleRule = 'metadata:title-after-url-line';
  }
  const title = titleBlock ? textOf(titleBlock) : null;
  if (titleBlock)
    evidence.push({ field: 'title', start: titleBlock.start, end: titleBlock.end, rule: titleRule });

  const bylineBlock = wanted.has('byline') ? blocks.find((b) => b.label === 'byline') : undefined;
  let byline: string | null = null;
  if (bylineBlock) {
    const raw = textOf(bylineBlock);
    byline = raw.replace(BYLINE_CUE, '').trim() || null;
    const cut = raw.length - raw.replace(BYLINE_CUE, '').length;
    evidence.push({
      field: 'byline',
      start: bylineBlock.start + cut,
      end: bylineBlock.end,
      rule: 'metadata:byline-block',
    });
  }

  // The walks over the blocks for the outlet and the date are functions of their own: a page
  // taking a path not taken before makes V8 compile again only that walk (issue 16).
  const outletEvidence = wanted.has('outlet') ? outletInFurniture(blocks, view, textOf) : null;
  let outlet: string | null = null;
  if (outletEvidence) {
    // `© 2031 The Harbour Times Company`: the company's outlet is `The Harbour Times`.
    outlet = outletName(outletNameOf(outletEvidence, view));
    const at = view.fromOriginal(outletEvidence.start ?? 0);
    evidence.push({ ...outletEvidence, ...view.spanToOriginal({ start: at, end: at + outlet.length }) });
  } else if (addressed && urlBlock && wanted.has('outlet')) {
    outlet = addressed.name;
    const at = view.text.indexOf(addressed.name, view.fromOriginal(urlBlock.start));
    evidence.push({
      field: 'outlet',
      ...view.spanToOriginal({ start: at, end: at + addressed.name.length }),
      rule: addressed.rule,
    });
  } else if (url && urlBlock && wanted.has('outlet')) {
    const found = outletOfUrl(url);
    if (found) {
      outlet = found.name;
      evidence.push({ field: 'outlet', start: urlBlock.start, end: urlBlock.end, rule: found.rule });
    }
  }

  if (!outlet && wanted.has('outlet')) {
    const found = mastheadOf(blocks, textOf, urlBlock ?? titleBlock ?? null);
    if (found) {
      const masthead = found.block;
      outlet = textOf(masthead);
      const at = view.fromOriginal(masthead.start);
      const from = view.text.indexOf(outlet, at);
      evidence.push({
        field: 'outlet',
        ...view.spanToOriginal({ start: from, end: from + outlet.length }),
        rule: found.rule,
      });
    }
  }

  if (!outlet && wanted.has('outlet')) {
    const found = addressUnderHeadline(blocks, textOf, titleBlock ?? null);
    if (found) {
      outlet = found.name;
      evidence.push({ field: 'outlet', start: found.block.start, end: found.block.end, rule: found.rule });
    }
  }

  const date = wanted.has('published') ? dateLineDate(blocks, view, textOf) : null;
  if (date) evidence.push(date.evidence);
  const published = date?.published ?? null;
  const publishedTime = date?.time ?? null;
  return { title, byline, outlet, published, publishedTime, canonical: null, evidence };
}

/**
 * The outlet the page furniture names most (copyright, `supported by`, self-reference lines):
 * the evidence of its first mention that led the vote.
 */
function outletInFurniture(
  blocks: readonly Block[],
  view: RepairedView,
  textOf: (b: Block) => string,
): FieldEvidence | null {
  const votes = new Map<string, number>();
  let outletEvidence: FieldEvidence | null = null;
  for (const b of blocks) {
    if (b.label === 'body' || b.label === 'subhead' || b.label === 'title' || b.label === 'deck') continue;
    const t = textOf(b);
    for (const [rule, re] of OUTLET_PATTERNS) {
      const m = re.exec(t);
      if (!m) continue;
      const name = m[1]!
        .split(/[.,]\s/)[0]!
        .replace(/[.,]$/, '')
        .trim();
      if (name.split(/\s+/).length > 5 || /^(All|Rights|Reserved|The)$/i.test(name)) continue;
      votes.set(name, (votes.get(name) ?? 0) + 1);
      if (!outletEvidence || votes.get(name)! > (votes.get(outletNameOf(outletEvidence, view)) ?? 0)) {
        const at = view.text.indexOf(name, view.fromOriginal(b.start) + m.index);
        const o = view.spanToOriginal({ start: at, end: at + name.length });
        outletEvidence = { field: 'outlet', start: o.start, end: o.end, rule };
      }
    }
  }
  return outletEvidence;
}

/** The first full date (year, month and day) of a date line or byline, with its evidence. */
function dateLineDate(
  blocks: readonly Block[],
  view: RepairedView,
  textOf: (b: Block) => string,
): { published: string; time: string | null; evidence: FieldEvidence } | null {
  for (const b of blocks) {
    if (b.label !== 'dateline' && b.label !== 'byline') continue;
    const t = textOf(b);
    // A full date names its year in digits; a line without one ("By Ada Quill, yesterday") would
    // only resolve against the clock of the run, not the article's day. Skipping it also spares
    // commands that never meet a date the loading of chrono-node. (No digit-free date line in the
    // development corpora: 0 of 172 date-line dates.)
    if (!/\d/.test(t)) continue;
    const found = fullDate(t, view.fromOriginal(b.start), view, 'metadata:date-line');
    if (found) return found;
  }
  // `ORLEN, Maravia, March 3, 2031 (Wire) - ` or `March 4, 2031 - ` opening the first paragraph:
  // the day the copy was filed, when it names its year (`metadata:dateline-filed`).
  const lead = blocks.find((b) => b.label === 'body');
  const t = lead ? textOf(lead) : '';
  const dateline = lead && /\d{4}/.test(t) ? DATELINE.exec(t) : null;
  // textOf trims the block: the dateline starts at the block's first non-space character.
  return lead && dateline
    ? fullDate(
        dateline[0],
        view.text.indexOf(t, view.fromOriginal(lead.start)),
        view,
        'metadata:dateline-filed',
      )
    : null;
}

/**
 * The first full date (year, month and day) chrono reads in `text`, which starts at `at` in the
 * view: the ISO day and its evidence under `rule`.
 */
function fullDate(
  text: string,
  at: number,
  view: RepairedView,
  rule: string,
): { published: string; time: string | null; evidence: FieldEvidence } | null {
  const r = plainDateReading(text) ?? chronoFullDate(text);
  if (!r) return null;
  const published = `${r.year}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
  const o = view.spanToOriginal({ start: at + r.index, end: at + r.index + r.length });
  const time =
    r.hour !== null
      ? `${String(r.hour).padStart(2, '0')}:${String(r.minute).padStart(2, '0')}`
      : clockTime(text);
  return { published, time, evidence: { field: 'published', start: o.start, end: o.end, rule } };
}

/**
 * A full date read in a line: where it stands (`index`, `length`), its day, and its time of day
 * when the reading states an hour (`hour` null when it does not).
 */
export interface DateReading {
  readonly index: number;
  readonly length: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number | null;
  readonly minute: number;
}

/**
 * The first reading chrono makes of `text` that is a full date: a time of day before it
 * (`4: 10 p. m. Aug. 14, 2010`) may be read on its own first (rule `metadata:date-line`, stop 47).
 */
export function chronoFullDate(text: string): DateReading | null {
  // A reading must name its day in digits: a relative word before the date (`today, 3 March
  // 2031`) is read by chrono as a full date of the run's own day, and is skipped (stop 57).
  const r = parseDateLine(text).find(
    (x) =>
      x.start.isCertain('year') &&
      x.start.isCertain('month') &&
      x.start.isCertain('day') &&
      /\d/.test(x.text) &&
      !/\bago\b/i.test(x.text),
  );
  if (!r) return null;
  const c = r.start;
  return {
    index: r.index,
    length: r.text.length,
    year: c.get('year')!,
    month: c.get('month')!,
    day: c.get('day')!,
    hour: c.isCertain('hour') ? c.get('hour')! : null,
    minute: c.get('minute') ?? 0,
  };
}

/**
 * The reading chrono makes of a date line that is only an absolute date, without chrono: an ISO
 * day (`2031-03-04`), an ISO day and time (`2031-03-04T09:15`, seconds, fractions, `Z` or an
 * offset `+05:30` allowed), `March 4, 2031` or `4 March 2031`, alone or after `Published`,
 * `Updated` or `Posted` (a colon allowed), a full stop allowed after it. chrono spends about
 * 0.13 ms on such a line, a tenth of the per-article stages' CPU on bench-scale's articles
 * (docs/measured.md, stop 57); this reads the same date, span and time. Anything else (another
 * lead-in, `on`, a weekday, a time or zone name after the date, a relative word, a year outside
 * 1900–2099, a day the month does not have) is null, left to chrono (`chronoFullDate`); a test
 * checks the readings against chrono's.
 */
export function plainDateReading(text: string): DateReading | null {
  const m = PLAIN_DATE_LINE.exec(text);
  if (!m) return null;
  const g = m.groups!;
  const year = Number(g.isoYear ?? g.mdYear ?? g.dmYear);
  const month = g.isoMonth ? Number(g.isoMonth) : MONTH_NUMBER.get(g.mdMonth ?? g.dmMonth!)!;
  const day = Number(g.isoDay ?? g.mdDay ?? g.dmDay);
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  let hour: number | null = null;
  let minute = 0;
  if (g.hour !== undefined) {
    hour = Number(g.hour);
    minute = Number(g.minute);
    if (hour > 23 || minute > 59 || (g.second !== undefined && Number(g.second) > 59)) return null;
  }
  return { index: g.lead!.length, length: g.date!.length, year, month, day, hour, minute };
}
const MONTH_NAMES = 'January February March April May June July August September October November December';
const MONTH_NUMBER = new Map(MONTH_NAMES.split(' ').map((name, i) => [name, i + 1]));
const MONTH_NAME = MONTH_NAMES.replaceAll(' ', '|');
const PLAIN_DATE_LINE = new RegExp(
  '^(?<lead>(?:(?:Published|Updated|Posted):? )?)(?<date>' +
    '(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})' +
    '(?:T(?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d{1,3})?)?(?:Z|[+-](?:0\\d|1[0-4]):(?:00|15|30|45))?)?' +
    `|(?<mdMonth>${MONTH_NAME}) (?<mdDay>\\d{1,2}), (?<mdYear>\\d{4})` +
    `|(?<dmDay>\\d{1,2}) (?<dmMonth>${MONTH_NAME}) (?<dmYear>\\d{4})` +
    ')\\.?$',
);

/**
 * A clock time in a date line, tokenised or not (`6: 30 a. m.`, `1:05 PM`, `13: 05`): a colon
 * between the hour and two digits of minutes, then its half of the day when it names one.
 * `HH:MM` on a 24-hour clock; null when the line gives none, or more than one (which is the
 * publication's is not said), or an hour no clock shows (rule `metadata:date-line-time`, stop 56).
 */
export function clockTime(text: string): string | null {
  const found = [...text.matchAll(CLOCK_TIME)];
  if (found.length !== 1) return null;
  const [, h, m, half] = found[0]!;
  let hour = Number(h);
  if (Number(m) > 59 || hour > 23 || (half && (hour < 1 || hour > 12))) return null;
  if (half) hour = (hour % 12) + (/p/i.test(half) ? 12 : 0);
  return `${String(hour).padStart(2, '0')}:${m}`;
}
const CLOCK_TIME = /(?<![\d:.])(\d{1,2})\s?:\s?(\d{2})(?![\d:])(?:\s?([ap])\.?\s?m\b\.?)?/gi;

/**
 * chrono-node's parsers of spans counted from now (`3 days ago`, `two weeks later`) hold
 * regular expressions so large that V8's first run of each takes about 0.1 s, paid by every
 * process that reads a date line (two of the 0.6 s `extract` of the 922 trafilatura-eval pages
 * spent in chrono for its 222 date lines). Each can only match a line holding one of the words
 * its expression ends on (the same case-insensitive test), so a line without them is read by a
 * copy of the English parser without it: the same results. (`chronoCasual` compiles them
 * case-sensitively since stop 53, about a quarter of that cost.)
 */
const NEEDS_WORD: ReadonlyArray<readonly [parser: string, words: RegExp]> = [
  ['ENTimeUnitAgoFormatParser', /ago|before|earlier/i],
  ['ENTimeUnitLaterFormatParser', /later|after|from now|henceforth|forward|out/i],
];

type ChronoParser = ReturnType<typeof chronoEn>['casual'];
/** chrono's English parser less the parsers a line cannot match, by the set left out. */
const chronoWithout = new Map<string, ChronoParser>();

export function parseDateLine(text: string): ReturnType<ChronoParser['parse']> {
  const casual = chronoCasual();
  const left = NEEDS_WORD.filter(([, words]) => !words.test(text)).map(([name]) => name);
  if (left.length === 0) return casual.parse(text);
  const key = left.join(' ');
  let chrono = chronoWithout.get(key);
  if (!chrono) {
    chrono = casual.clone();
    chrono.parsers = chrono.parsers.filter((p) => !left.includes(p.constructor.name));
    chronoWithout.set(key, chrono);
  }
  return chrono.parse(text);
}

/**
 * Plain text whose outlet the text does not show takes it from the address the article came
 * from (a JSON Lines record's `url`, a fetched page served as text), as an HTML page does;
 * the evidence names `source.location`, since the address is not in the text.
 */
export function withSourceAddress(found: PlainMetadata, location: string): PlainMetadata {
  if (found.outlet || !/^https?:\/\//i.test(location)) return found;
  const o = outletOfUrl(location);
  if (!o) return found;
  return {
    ...found,
    outlet: o.name,
    evidence: [...found.evidence, { field: 'outlet', rule: o.rule, markup: 'source.location' }],
  };
}

/**
 * The masthead of a copied article: before its body, a line that is only a name of one to four
 * capitalised words ending on a word news outlets are named by (`Valley Courier`, `Metro
 * Times`), not a menu or section line (`World News`). Read only when nothing else names the
 * outlet.
 */
function mastheadOf(
  blocks: readonly Block[],
  textOf: (b: Block) => string,
  skip: Block | null,
): { block: Block; rule: string } | undefined {
  const lines: Block[] = [];
  const top: Block[] = [];
  for (const b of blocks) {
    if (b.label === 'body') break;
    if (!textOf(b)) continue;
    top.push(b);
    if (b !== skip) lines.push(b);
  }
  const masthead = lines.slice(0, 4).find((b) => isMastheadLine(textOf(b)));
  if (masthead) return { block: masthead, rule: 'metadata:masthead' };
  const named =
    // A name line right under the headline and right above the byline stands where the outlet's
    // name stands (`Market View` between `Opinion: …` and `By Sara Holm`).
    top.find((b, i) => {
      const above = top[i - 1];
      const below = top[i + 1];
      return (
        b.label !== 'title' && above?.label === 'title' && below?.label === 'byline' && isNameLine(textOf(b))
      );
    });
  if (named) return { block: named, rule: 'metadata:name-above-byline' };
  // A one-word line right under the headline is the outlet when the body names it as one
  // (`Marquee` above `By Owen Tressel`, and `..., his publicist told Marquee.` below): one word
  // alone is no name by position, but an outlet told something or reporting it is.
  const body = blocks
    .filter((b) => b.label === 'body')
    .map(textOf)
    .join('\n');
  const oneWord = top.find((b, i) => {
    const above = top[i - 1];
    const word = textOf(b);
    return (
      b.label !== 'title' &&
      above?.label === 'title' &&
      ONE_WORD_OUTLET.test(word) &&
      !SECTION_LINE.test(word) &&
      outletNamedIn(body, word)
    );
  });
  return oneWord ? { block: oneWord, rule: 'metadata:one-word-outlet-named-in-text' } : undefined;
}

/** A one-word name line: a capitalised word, or a name in capitals (`Marquee`, `NEWSLINE`). */
const ONE_WORD_OUTLET = /^\p{Lu}[\p{L}'’&-]{2,}$/u;
/** Section and menu words that stand alone on a line (`Entertainment`, `Obituaries`). */
const SECTION_LINE =
  /^(?:World|Breaking|Latest|Local|More|Related|Trending|Sports?|Business|Politics|Entertainment|Health|Science|Tech|Technology|Live|Opinion|Analysis|News|Home|Menu|Culture|Arts|Obituaries|Features?|Video|Photos?|Advertisement|Advertising|Sponsored|Updated|Exclusive|Music|Film|Movies|Television|TV|Lifestyle|Travel|Weather)$/i;

/**
 * The body names `word` as an outlet: told it, according to it, reported by it, an interview with
 * it, or it reported; or a wire's credit in a dateline, `FENNICK, March 8 (Tidewire) -`.
 */
function outletNamedIn(body: string, word: string): boolean {
  const w = escapeRegExp(word);
  return new RegExp(
    String.raw`\b(?:told|according\s+to|reported\s+by|interview\s+with|statement\s+to)\s+(?:the\s+)?${w}\b|\b${w}\s+(?:reported|has\s+learned|learned|understands|revealed)\b|^\p{Lu}{2,}[^\n]{0,60}\(${w}\)\s*[-–—]`,
    'mu',
  ).test(body);
}

/**
 * A bare web address on its own line right under the headline (`www.showbeat-news.com`) names
 * the outlet, as an address opening the article does: a page copied with its masthead as the
 * site's address.
 */
function addressUnderHeadline(
  blocks: readonly Block[],
  textOf: (b: Block) => string,
  title: Block | null,
): { block: Block; name: string; rule: string } | undefined {
  if (!title) return undefined;
  const at = blocks.indexOf(title);
  for (const b of blocks.slice(at + 1, at + 3)) {
    if (b.label === 'body') break;
    const line = textOf(b).trim();
    // A host name alone (`dailyloop.net`), with no scheme or `www.`, names it too.
    const bare = BARE_HOST.test(line);
    const url = readUrl(line) ?? (bare ? `http://${line}` : null);
    const found = url ? outletOfUrl(url) : null;
    if (found)
      return {
        block: b,
        name: found.name,
        rule: bare ? 'metadata:bare-host-under-headline' : 'metadata:address-under-headline',
      };
  }
  return undefined;
}

/** A street address: a number and a capitalised word (`Postgasse 4`, `12 Harbour Street`). */
const STREET =
  /^(?:\d{1,5}[a-z]?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+\d{1,5}[a-z]?)$/u;
/** Parts of a furniture line after a host: a section, a date, a place (no sentence). */
const FURNITURE_PART = /^[\p{L}\d ,.'’-]{1,40}$/u;

/**
 * h-who20's `masthead-address-line`: the outlet named by a first line that is its masthead and its
 * street address (`Alpine Herald, Postgasse 4, Davrin`: a masthead name, a comma, a street with
 * its number, a place), or its host and parts of page furniture after a bar
 * (`airnewsdaily.net | Aviation | 15 May 2031`). Null for a headline or a sentence.
 */
function mastheadAddress(line: string): { name: string; rule: string } | null {
  const parts = line.split(/\s*,\s*/);
  if (
    parts.length >= 2 &&
    parts.length <= 4 &&
    isMastheadLine(parts[0]!) &&
    STREET.test(parts[1]!) &&
    parts.slice(2).every((p) => /^(?:\d{3,6}\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(p))
  )
    return { name: parts[0]!, rule: 'metadata:masthead-address-line' };
  const bars = line.split(/\s+[|·•]\s+/);
  if (bars.length >= 2 && BARE_HOST.test(bars[0]!) && bars.slice(1).every((p) => FURNITURE_PART.test(p))) {
    const found = outletOfUrl(`http://${bars[0]!}`);
    if (found) return { name: found.name, rule: 'metadata:host-furniture-line' };
  }
  return null;
}

/**
 * A host name written alone on a line: lower-case labels and an ending of news sites
 * (`dailyloop.net`, `tidewatch-news.co.uk`), not a file name or a sentence.
 */
const BARE_HOST =
  /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|news|info|co\.uk|com\.au|co\.nz|co\.za|co|tv|media)$/;

function outletNameOf(e: FieldEvidence, view: RepairedView): string {
  return view.text.slice(view.fromOriginal(e.start ?? 0), view.fromOriginal(e.end ?? 0));
}
