import type { Repair } from '../model/document.js';
import { decodeByte } from './charmaps.js';

/**
 * (2026-12-06, h-moji19) Turkish written in windows-1254 or ISO-8859-9 and read as windows-1252 or Latin-1,
 * one byte per letter (`Baþkan açýkladý` for `Başkan açıkladı`, `Ýzmir'de yaðmur` for `İzmir'de yağmur`):
 * no UTF-8 is involved, and the six letters the charsets put elsewhere (`Ğ İ Ş ğ ı ş` on D0 DD DE F0 FD FE)
 * are Icelandic's `Ð Ý Þ ð ý þ`, so the line must be told from Icelandic.
 *
 * Evidence: every non-ASCII character of the line has a windows-1252 byte, every non-ASCII letter is one
 * Turkish writes read so (`ç ö ü â î û` and the six: no `á é í ó ú æ`, which Icelandic and Faroese write in
 * nearly every line), two words or more hold one of the six, none opens with `ð` (no word of either language
 * does), and one word is Turkish's shape, not Icelandic's: ending in `ý` after two letters or more (ı of a
 * suffix: `açýkladý`; Icelandic's words in `ý` are short, `ný`, `bý`), or holding `ý` and a `þ` inside it
 * (`Kýrþehir`: Icelandic writes `þ` inside a word only where a compound joins, and `Þý` opens `Þýskaland`),
 * or two words are: `ý` with Turkish's back vowels only (`Yarýn açýklanacak`, vowel harmony).
 * Each word with one of the six is repaired.
 */
export function turkishReadAsLatin1(text: string): Repair[] {
  const out: Repair[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) out.push(...inLine(line[0], line.index!));
  return out;
}

/** The six letters and what windows-1254 reads for their bytes. */
const SIX: ReadonlyMap<string, string> = new Map(
  [0xd0, 0xdd, 0xde, 0xf0, 0xfd, 0xfe].map((b): [string, string] => [
    decodeByte(b, 'windows-1252'),
    decodeByte(b, 'windows-1254'),
  ]),
);
/** Non-ASCII letters Turkish writes, read in windows-1252. */
const TURKISH = new Set([...'çÇöÖüÜâÂîÎûÛ', ...SIX.keys()]);
/** windows-1252's characters (80..FF). */
const IN_1252 = new Set(Array.from({ length: 0x80 }, (_, k) => decodeByte(0x80 + k, 'windows-1252')));
const SIXES = /[ÐÝÞðýþ]/u;

/** A word of Turkish's shape: `ý` ending a word of three letters or more, or `ý` with a `þ` inside the word. */
const turkishShape = (word: string): boolean =>
  /\p{L}{2}ý$/u.test(word) || (word.includes('ý') && /\p{L}þ/u.test(word));

/**
 * A word of four letters or more with `ý` and only Turkish's back vowels (`a ı o u`: `Yarýn`, `Yýlmaz`,
 * `açýklanacak`), as vowel harmony writes ı: two such words make a line Turkish (Icelandic writes a word so
 * now and then, `sýna`, two in a line without `á é í ó ú æ ö` hardly).
 */
const backHarmony = (word: string): boolean =>
  word.length >= 4 && word.includes('ý') && !/[eiöüEİÖÜéíóúáæ]/u.test(word) && /^[\p{L}]+$/u.test(word);

/**
 * (2026-12-07, h-moji20) The same in capitals (`BAÞKAN AÇIKLADI: ÝZMÝR’DE SU KESÝNTÝSÝ`), where Turkish
 * writes ı as `I` and İ as `Ý`: a word of four letters or more ending in `Ý` (a suffix's i: `KESÝNTÝSÝ`,
 * `YENÝ`; Icelandic's words in `Ý` are short, `NÝ`), or `Ý` in a word with `Þ` inside it (`ÞÝÞLÝ`; not opening it, `ÞÝSKALAND`), or two words
 * with `Ý` and only front vowels (`E Ý Ö Ü`: vowel harmony; Icelandic's `ÝMIS`, `SÝNA` hold `I`, `A`).
 */
const turkishCapsShape = (word: string): boolean =>
  /\p{L}{3}Ý$/u.test(word) || (word.includes('Ý') && /\p{L}Þ/u.test(word));
const frontHarmonyCaps = (word: string): boolean =>
  word.length >= 4 && word.includes('Ý') && !/[AIOUaıou]/u.test(word) && /^\p{Lu}+$/u.test(word);

/**
 * (2026-12-07, h-moji25) A letter Turkish writes and Icelandic never does (`ç ü â î û`): with two words holding
 * one of the six, the line is Turkish whatever its words' shape (`Ýzmit’te doðalgaz … gün sürecek`, where no
 * word holds `ý`).
 */
const NOT_ICELANDIC = /[çÇüÜâÂîÎûÛ]/u;

function inLine(line: string, from: number): Repair[] {
  if (!SIXES.test(line)) return [];
  for (const ch of line) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (!IN_1252.has(ch)) return [];
    if (/\p{L}/u.test(ch) && !TURKISH.has(ch)) return [];
  }
  const words = [...line.matchAll(/\p{L}+/gu)];
  const marked = words.filter((m) => SIXES.test(m[0]));
  if (marked.length < 2 || marked.some((m) => /^[ðÐ]/u.test(m[0]))) return [];
  const caps = marked.every((m) => !/\p{Ll}/u.test(m[0]));
  const [shape, harmony] = caps ? [turkishCapsShape, frontHarmonyCaps] : [turkishShape, backHarmony];
  if (
    !marked.some((m) => shape(m[0])) &&
    marked.filter((m) => harmony(m[0])).length < 2 &&
    !NOT_ICELANDIC.test(line)
  )
    return [];
  return marked.map((m) => {
    const fixed = [...m[0]].map((ch) => SIX.get(ch) ?? ch).join('');
    return {
      start: from + m.index!,
      end: from + m.index! + m[0].length,
      replacement: fixed,
      rule: 'mojibake:windows-1254-as-windows-1252',
      reason: `'${m[0]}' is windows-1254 text ('${fixed}') read as windows-1252, one byte per letter; its line writes only Turkish's letters, and a word of Turkish's shape (ı ending a word, or with ş inside it)`,
    };
  });
}
