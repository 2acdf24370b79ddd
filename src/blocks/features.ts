import {
  BYLINE_LINE,
  CALL_TO_ACTION,
  CREDIT_PATTERNS,
  JUNK_PATTERNS,
  NAVIGATION_LINE,
  NAVIGATION_LINE_INTL,
  READER_PROMPTS_INTL,
} from './lexicon.js';

/** Layout and lexical features of one non-empty line. */
export interface LineFeatures {
  /** 0-based line number in the document. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: number;
  /** Share of letters that are upper case, 0..1. */
  readonly capsRatio: number;
  /** Ends like a sentence: `.`, `!`, `?`, `…`, possibly followed by a closing quote or bracket. */
  readonly endsSentence: boolean;
  /** First-person plural and second-person words outside quotation marks. */
  readonly readerAddress: number;
  /** Ids of the junk patterns the line matches. */
  readonly junk: readonly string[];
  readonly navigation: boolean;
  readonly credit: boolean;
  readonly byline: boolean;
  readonly callToAction: boolean;
  /** Normalised text for duplicate detection. */
  readonly key: string;
}

const QUOTED = /“[^”]*(”|$)|"[^"]*("|$)|``.*?(''|$)|‘[^’]*’(?!\p{L})|^[^“”]*”/gu;
/** First-person plural and second person, in English, German, French, Spanish and Italian. */
const ADDRESS =
  /\b(we|our|ours|us|you|your|yours|wir|uns|unser|unsere|unseren|unserem|unserer|du|dich|dir|dein|deine|deinen|euch|euer|eure|nous|notre|nos|vous|votre|vos|nosotros|nuestro|nuestra|nuestros|usted|ustedes|vosotros|noi|nostro|nostra|voi|vostro|vostra)\b/gi;
/** German formal address, capitalised mid-sentence (lower-case `sie`, `ihr` mean she, they, her). */
const ADDRESS_FORMAL = /(?<!^|[.!?]\s)\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihnen)\b/g;

/**
 * A line ending a sentence: a full stop, question or exclamation mark or ellipsis (also the
 * CJK ones), then any closing quotes or brackets (`.”`, German `.“`, French `. »`, `。」`).
 */
export const SENTENCE_END = /[.!?…。！？]\s*(["'”’“»«›‹」』）)\]]\s*|''\s*)*$/;

/** Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/** Thai, Lao, Myanmar, Khmer and CJK blocks: only text with one of these can hold words written without spaces. */
const MAYBE_UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u2e80-\u9fff\uf900-\ufaff]/;

/** White space as `\s` matches it (a UTF-16 code unit). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Words in a line: runs between spaces, where a run in a script written without spaces
 * counts a word per two of its letters (about the length of a Chinese or Japanese word), so
 * a sentence of Chinese is as long in words as its translation, not one word.
 */
export function countWords(text: string): number {
  if (!MAYBE_UNSPACED.test(text)) {
    // The runs between white space (`\s`), counted without splitting.
    let n = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // ASCII tested here: commands run with V8's inlining off, and a call a character was most of the count.
      const space = c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : isSpace(c);
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  }
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    const unspaced = token.match(UNSPACED)?.length ?? 0;
    n += unspaced >= 2 ? Math.max(1, Math.round(unspaced / 2)) : 1;
  }
  return n;
}

/** A letter (`\p{L}`) and an upper-case letter (`\p{Lu}`), for one character outside ASCII. */
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** Letters and upper-case letters of a text, counted by code point (as `/\p{L}/gu` matches them). */
function caseCounts(text: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) letters++;
      else if (c >= 0x41 && c <= 0x5a) {
        letters++;
        upper++;
      }
      continue;
    }
    let ch = text[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        ch = text.slice(i, i + 2);
        i++;
      }
    }
    if (LETTER.test(ch)) {
      letters++;
      if (UPPER.test(ch)) upper++;
    }
  }
  return { letters, upper };
}

/**
 * The features of one line, each worked out when first read: the labellers read a few
 * of them for most lines (an HTML page's lines inside the article need no byline test).
 */
class Features implements LineFeatures {
  readonly end: number;
  private w?: number;
  private caps?: number;
  private ends?: boolean;
  private address?: number;
  private junkIds?: readonly string[];
  private nav?: boolean;
  private isCredit?: boolean;
  private isByline?: boolean;
  private cta?: boolean;
  private k?: string;

  constructor(
    readonly line: number,
    readonly start: number,
    readonly text: string,
  ) {
    this.end = start + text.length;
  }

  get words(): number {
    return (this.w ??= countWords(this.text));
  }
  get capsRatio(): number {
    if (this.caps === undefined) {
      const { letters, upper } = caseCounts(this.text);
      this.caps = letters ? upper / letters : 0;
    }
    return this.caps;
  }
  get endsSentence(): boolean {
    return (this.ends ??= SENTENCE_END.test(this.text));
  }
  get readerAddress(): number {
    if (this.address === undefined) {
      const unquoted = this.text.replace(QUOTED, ' ');
      this.address = (unquoted.match(ADDRESS) ?? []).length + (unquoted.match(ADDRESS_FORMAL) ?? []).length;
    }
    return this.address;
  }
  get junk(): readonly string[] {
    return (this.junkIds ??= [
      ...JUNK_PATTERNS.filter((p) => (!p.gate || p.gate.test(this.text)) && p.pattern.test(this.text)).map(
        (p) => p.id,
      ),
      ...(READER_PROMPTS_INTL.test(this.text) ? ['reader-address'] : []),
    ]);
  }
  get navigation(): boolean {
    return (this.nav ??=
      this.text.length <= 80 &&
      (NAVIGATION_LINE.test(this.text.trim()) || NAVIGATION_LINE_INTL.test(this.text.trim())));
  }
  get credit(): boolean {
    return (this.isCredit ??= CREDIT_PATTERNS.some((p) => p.test(this.text)));
  }
  get byline(): boolean {
    return (this.isByline ??= this.words <= 14 && BYLINE_LINE.test(this.text.trim()));
  }
  get callToAction(): boolean {
    return (this.cta ??= CALL_TO_ACTION.test(this.text.trim()));
  }
  get key(): string {
    return (this.k ??= this.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim());
  }
}

export function lineFeatures(line: number, start: number, text: string): LineFeatures {
  return new Features(line, start, text);
}
