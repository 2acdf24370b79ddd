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

/**
 * Words in a line: runs between spaces, where a run in a script written without spaces
 * counts a word per two of its letters (about the length of a Chinese or Japanese word), so
 * a sentence of Chinese is as long in words as its translation, not one word.
 */
export function countWords(text: string): number {
  if (!MAYBE_UNSPACED.test(text)) return text.split(/\s+/).filter(Boolean).length;
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (!token) continue;
    const unspaced = token.match(UNSPACED)?.length ?? 0;
    n += unspaced >= 2 ? Math.max(1, Math.round(unspaced / 2)) : 1;
  }
  return n;
}

export function lineFeatures(line: number, start: number, text: string): LineFeatures {
  const words = countWords(text);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = letters ? (text.match(/\p{Lu}/gu)?.length ?? 0) : 0;
  const unquoted = text.replace(QUOTED, ' ');
  return {
    line,
    start,
    end: start + text.length,
    text,
    words,
    capsRatio: letters ? upper / letters : 0,
    endsSentence: SENTENCE_END.test(text),
    readerAddress: (unquoted.match(ADDRESS) ?? []).length + (unquoted.match(ADDRESS_FORMAL) ?? []).length,
    junk: [
      ...JUNK_PATTERNS.filter((p) => p.pattern.test(text)).map((p) => p.id),
      ...(READER_PROMPTS_INTL.test(text) ? ['reader-address'] : []),
    ],
    navigation:
      text.length <= 80 && (NAVIGATION_LINE.test(text.trim()) || NAVIGATION_LINE_INTL.test(text.trim())),
    credit: CREDIT_PATTERNS.some((p) => p.test(text)),
    byline: words <= 14 && BYLINE_LINE.test(text.trim()),
    callToAction: CALL_TO_ACTION.test(text.trim()),
    key: text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  };
}
