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
  const out: Repair[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) out.push(...inLine(line[0], line.index!));
  return out;
}

/** windows-1251's byte for a windows-1252 (or Latin-1) character of a Cyrillic letter, by character. */
const TO_CYRILLIC: ReadonlyMap<string, string> = new Map(
  Array.from({ length: 0x100 - 0xa0 }, (_, k) => 0xa0 + k)
    .map((b): [string, string] => [decodeByte(b, 'windows-1252'), decodeByte(b, 'windows-1251')])
    .filter(([, cyr]) => /^[\u0400-\u04ff]$/u.test(cyr)),
);
const LOWER = /^[\u0430-\u045f\u0491]$/u;
const VOWEL = /[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ]/u;
const WORD = /[\p{L}\u00aa\u00b2\u00b3\u00b4\u00ba\u00bf\u00a5\u00a8\u00b8\u00af\u00d7\u00f7]+/gu;
const MIN_WORDS = 2;
/**
 * A soft or hard sign or `ы` opening a word, or a sign after a vowel: no Russian or Ukrainian word writes
 * them so (`üôè`, MacRoman's misreading of 🙏, would be `ьфи`).
 */
const SIGN_MISPLACED = /(?<![\p{L}])[ьъыЬЪЫ]|[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ][ьъЬЪ]/u;

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

function inLine(line: string, from: number): Repair[] {
  const words: Array<{ start: number; text: string; cyr: string }> = [];
  let lower = 0;
  let letters = 0;
  for (const m of line.matchAll(WORD)) {
    const w = m[0];
    if (/^[A-Za-z]+$/.test(w)) continue; // an ASCII word (a name, a brand) beside the text
    const chars = [...w];
    if (!chars.every((ch) => TO_CYRILLIC.has(ch))) return [];
    const cyr = chars.map((ch) => TO_CYRILLIC.get(ch)!).join('');
    const cased = [...cyr];
    const low = cased.filter((ch) => LOWER.test(ch)).length;
    const shape = low === cased.length || low === 0 || (low === cased.length - 1 && !LOWER.test(cased[0]!));
    if (!shape || (cased.length > 1 && !VOWEL.test(cyr)) || inOrder(chars) || SIGN_MISPLACED.test(cyr))
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
    rule: 'mojibake:windows-1251-as-windows-1252',
    reason: `'${w.text}' is windows-1251 text ('${w.cyr}') read as windows-1252, one byte per letter; every word of its line with non-ASCII letters reads as Cyrillic so`,
  }));
}
