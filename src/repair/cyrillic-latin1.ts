import type { Repair } from '../model/document.js';
import { decodeByte } from './charmaps.js';

/**
 * (2026-12-06, h-moji16) Russian or Ukrainian text written in windows-1251 and read as windows-1252 or
 * Latin-1, one byte per letter (`Ïðèâåò` for `Привет`): no UTF-8 is involved, so no sequence rule sees it.
 * windows-1251 puts `А`..`я` on C0..FF, where windows-1252 has `À`..`ÿ`, `×` and `÷`; `ё Ё` on B8 A8
 * (`¸ ¨`), Ukrainian `і ї є ґ` and capitals on `³ ¿ º ´ ² ¯ ª ¥`.
 *
 * Evidence, all of it needed: the line's words with non-ASCII letters are all made of those characters
 * alone (no ASCII letter in them), there are two or more of three letters or more, each is cased as words
 * are (lowercase, a capital then lowercase, or all capitals), each of two letters or more read in windows-1251 holds a vowel, and
 * most letters of those words are lowercase, no word opens with a sign or `ы` or puts a sign after a
 * vowel, and no word is a row of letters in their order (`àáâãäå`). Correct Latin-1 text writes no such words: its words mix
 * ASCII letters with accented ones (`Þórður`, `æði`), and a row of accented capitals (`ÀÁÂÃ`) is no
 * lowercase text.
 */
export function cyrillicReadAsLatin1(text: string): Repair[] {
  return readAsLatin1(text, CYRILLIC);
}

/**
 * (2026-12-06, h-moji18) Greek text written in ISO-8859-7 or windows-1253 and read as Latin-1 or
 * windows-1252, one byte per letter (`ÁèÞíá` for `Αθήνα`): the same evidence as {@link cyrillicReadAsLatin1}'s,
 * Greek's vowels (with tonos) asked of each word of two letters or more, and final sigma `ς` only at a word's
 * end. Both charsets put `Α`..`ω` on C1..FE, where Latin-1 has `Á`..`þ`; the capitals with tonos on A2 (windows-1253)
 * or B6 (ISO-8859-7) and B8..BF. Tried where no line reads as Cyrillic.
 */
export function greekReadAsLatin1(text: string): Repair[] {
  return readAsLatin1(text, greek());
}

/** A script written one byte per letter in a legacy charset, and what its words must be. */
interface Legacy {
  readonly charset: string;
  readonly rule: string;
  /** windows-1252's (or Latin-1's) character for a byte -> the script's letter for it. */
  readonly letters: ReadonlyMap<string, string>;
  readonly word: RegExp;
  readonly lower: RegExp;
  readonly vowel: RegExp;
  /** A letter where no word of the script puts it. */
  readonly misplaced: RegExp;
}

function readAsLatin1(text: string, script: Legacy): Repair[] {
  const out: Repair[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) out.push(...inLine(line[0], line.index!, script));
  return out;
}

/** The script's letters for the bytes A0..FF of `charsets`, by the character windows-1252 reads for each. */
function lettersOf(charsets: readonly string[], letter: RegExp): Map<string, string> {
  const out = new Map<string, string>();
  for (const charset of charsets)
    for (let b = 0xa0; b <= 0xff; b++) {
      const ch = decodeByte(b, charset);
      if (letter.test(ch) && !out.has(decodeByte(b, 'windows-1252')))
        out.set(decodeByte(b, 'windows-1252'), ch);
    }
  return out;
}

/** windows-1251's byte for a windows-1252 (or Latin-1) character of a Cyrillic letter, by character. */
const TO_CYRILLIC: ReadonlyMap<string, string> = lettersOf(['windows-1251'], /^[\u0400-\u04ff]$/u);
const MIN_WORDS = 2;
/**
 * A soft or hard sign or `ы` opening a word, or a sign after a vowel: no Russian or Ukrainian word writes
 * them so (`üôè`, MacRoman's misreading of 🙏, would be `ьфи`).
 */
const SIGN_MISPLACED = /(?<![\p{L}])[ьъыЬЪЫ]|[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ][ьъЬЪ]/u;

const CYRILLIC: Legacy = {
  charset: 'windows-1251',
  rule: 'mojibake:windows-1251-as-windows-1252',
  letters: TO_CYRILLIC,
  word: /[\p{L}\u00aa\u00b2\u00b3\u00b4\u00ba\u00bf\u00a5\u00a8\u00b8\u00af\u00d7\u00f7]+/gu,
  lower: /^[\u0430-\u045f\u0491]$/u,
  vowel: /[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ]/u,
  misplaced: SIGN_MISPLACED,
};

let GREEK: Legacy | undefined;
/** Built when first needed (ISO-8859-7's table loads iconv-lite). */
function greek(): Legacy {
  return (GREEK ??= {
    charset: 'iso-8859-7',
    rule: 'mojibake:iso-8859-7-as-windows-1252',
    letters: lettersOf(['iso-8859-7', 'windows-1253'], /^[\u0386-\u03ce]$/u),
    word: /[\p{L}\u00a2\u00b6\u00b8\u00b9\u00ba\u00bc\u00be\u00bf\u00d7\u00f7]+/gu,
    lower: /^[\u03ac-\u03ce]$/u,
    vowel: /[αεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏΪΫ]/u,
    // Final sigma inside a word or opening it; a dialytika (`ϊ`, `Ϋ`) opening a word (it marks a vowel after
    // another); two accents in one word (Greek writes one tonos a word).
    misplaced: /ς(?=\p{L})|(?<!\p{L})[ςΪΫϊϋΐΰ]|[άέήίόύώΐΰΆΈΉΊΌΎΏ]\p{L}*[άέήίόύώΐΰΆΈΉΊΌΎΏ]/u,
  });
}

/**
 * Four characters or more of consecutive code points (`àáâã`): a row of a charset's letters, no word (three
 * are Russian words: `ãäå`, где; `îïð` of вопрос).
 */
function inOrder(chars: readonly string[]): boolean {
  let run = 1;
  for (let k = 1; k < chars.length; k++) {
    run = chars[k]!.codePointAt(0) === chars[k - 1]!.codePointAt(0)! + 1 ? run + 1 : 1;
    if (run >= 4) return true;
  }
  return false;
}

function inLine(line: string, from: number, script: Legacy): Repair[] {
  const words: Array<{ start: number; text: string; cyr: string }> = [];
  let lower = 0;
  let letters = 0;
  for (const m of line.matchAll(script.word)) {
    const w = m[0];
    if (/^[A-Za-z]+$/.test(w)) continue; // an ASCII word (a name, a brand) beside the text
    const chars = [...w];
    if (!chars.every((ch) => script.letters.has(ch))) return [];
    // (2026-12-06, h-moji18) Glued to no other non-ASCII character but punctuation and spaces (`\uF8FFüôè`,
    // MacRoman's misreading of 🙏, is no Greek word `ότθ`).
    const [before, after] = [line[m.index! - 1] ?? ' ', line[m.index! + w.length] ?? ' '];
    if (![before, after].every((ch) => ch < '\u0080' || /[\p{P}\p{Zs}]/u.test(ch))) return [];
    const cyr = chars.map((ch) => script.letters.get(ch)!).join('');
    const cased = [...cyr];
    const low = cased.filter((ch) => script.lower.test(ch)).length;
    const shape =
      low === cased.length || low === 0 || (low === cased.length - 1 && !script.lower.test(cased[0]!));
    if (
      !shape ||
      (cased.length > 1 && !script.vowel.test(cyr)) ||
      inOrder(chars) ||
      script.misplaced.test(cyr)
    )
      return [];
    lower += low;
    letters += cased.length;
    words.push({ start: m.index!, text: w, cyr });
  }
  if (words.filter((w) => w.text.length >= 3).length < MIN_WORDS || lower * 2 <= letters) return [];
  return words.map((w) => ({
    start: from + w.start,
    end: from + w.start + w.text.length,
    replacement: w.cyr,
    rule: script.rule,
    reason: `'${w.text}' is ${script.charset} text ('${w.cyr}') read as windows-1252, one byte per letter; every word of its line with non-ASCII letters reads as ${script === CYRILLIC ? 'Cyrillic' : 'Greek'} so`,
  }));
}
