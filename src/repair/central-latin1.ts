import type { Repair } from '../model/document.js';
import { decodeByte } from './charmaps.js';

/**
 * (2026-12-06, h-moji18) Polish, Slovak or Czech text written in windows-1250 or ISO-8859-2 and read as
 * windows-1252 or Latin-1, one byte per letter (`Pawe³ otworzy³ ksiêgarniê` for `Paweł otworzył
 * księgarnię`, `¦roda` for `Środa`): no UTF-8 is involved, so no sequence rule sees it, and most of the
 * letters stay Latin ones (`ó`, `ê`, `æ`), so the Cyrillic rule's whole words of changed letters do not hold.
 *
 * Evidence: a symbol no word writes between its letters, which the Central European charset reads as a
 * letter (`³` ł, `¹` ą or š, `¿` ż, `±` ą, `¶` ś, `¼` ź or Ľ, `¾` ž or ľ, `¦` Ś, `¬` Ź, `¯` Ż, `¥` Ą, and
 * `Ÿ` ź after a lowercase letter, `œ` ś after a vowel, `¦` `¯` opening a lowercase word), inside a word: a
 * letter either side, or ending a word of four letters or more (`wieœ`; not a unit, `m³`; and not a
 * superscript, a footnote's mark: `Städte³`). Every non-ASCII character of the line must have a byte in
 * windows-1252 (a line holding `ł` or `’` written right was not read so), and reads as the charset that
 * makes more of the signs letters (windows-1250 on a tie). Each word with a character that changes is
 * repaired.
 */
export function centralReadAsLatin1(text: string): Repair[] {
  const out: Repair[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) out.push(...inLine(line[0], line.index!));
  return out;
}

const CHARSETS = ['windows-1250', 'iso-8859-2'] as const;
type Central = (typeof CHARSETS)[number];

/** windows-1252's byte for each of its characters (80..FF; undefined bytes as their C1 control). */
const BYTE_1252: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 0x80 }, (_, k) => 0x80 + k).map((b): [string, number] => {
    const ch = decodeByte(b, 'windows-1252');
    return [ch.length === 1 && ch !== '\uFFFD' ? ch : String.fromCharCode(b), b];
  }),
);

const SIGNS = new Set([...'³¹¿±¶¼¾¦¬¯¥Ÿœ']);
const LETTER = /\p{L}/u;

/** The character `charset` reads for the byte windows-1252 shows as `ch` (itself for ASCII). */
function read(ch: string, charset: Central): string {
  const b = BYTE_1252.get(ch);
  if (b === undefined) return ch;
  const got = decodeByte(b, charset);
  return got.length === 1 && got !== '\uFFFD' ? got : ch;
}

/** A sign inside a word at `i`: a letter before it, and a letter after it or four letters before it. */
function signAt(chars: readonly string[], i: number): boolean {
  const ch = chars[i]!;
  if (ch === 'ø' || ch === 'ì' || ch === 'ù') return czechAt(chars, i);
  // `¦` or `¯` opening a word of lowercase letters (`¦roda`, `¯ona`: Ś, Ż).
  if ((ch === '¦' || ch === '¯') && !LETTER.test(chars[i - 1] ?? '') && /\p{Ll}/u.test(chars[i + 1] ?? ''))
    return /\p{Ll}/u.test(chars[i + 2] ?? '') || SIGNS.has(chars[i + 2] ?? '');
  // Not after a two-byte lead as windows-1252 shows it (`Ã±`, `Ã¼`, `ÅŸ` are UTF-8's ñ, ü, ş).
  if (!SIGNS.has(ch) || !LETTER.test(chars[i - 1] ?? '') || /[\u00c0-\u00df]/u.test(chars[i - 1]!))
    return false;
  if (ch === 'Ÿ' && !/\p{Ll}/u.test(chars[i - 1]!)) return false;
  // `œ` after a vowel (`Wiœniewski`, ś): French writes it after a consonant or opening a word (`cœur`, `œil`).
  if (ch === 'œ' && !/[aeiouyAEIOUY]/.test(chars[i - 1]!)) return false;
  if (LETTER.test(chars[i + 1] ?? '')) return true;
  // A superscript ending a word is a footnote's mark (`Städte³`), `œ` ending one French (`cœ`…).
  if (ch === '¹' || ch === '³' || ch === 'œ') return false;
  let n = 0;
  for (let k = i - 1; k >= 0 && LETTER.test(chars[k]!); k--) n++;
  return n >= 4;
}

/** The letters of the word around `i`. */
function wordAt(chars: readonly string[], i: number): string {
  let a = i;
  let b = i + 1;
  while (a > 0 && LETTER.test(chars[a - 1]!)) a--;
  while (b < chars.length && LETTER.test(chars[b]!)) b++;
  return chars.slice(a, b).join('');
}

const between = (chars: readonly string[], i: number): boolean =>
  LETTER.test(chars[i - 1] ?? '') && LETTER.test(chars[i + 1] ?? '');

/**
 * Czech read so (`Jiøí Dvoøák`, `úpìl`, `kùò`): `ø` (ř) between the letters of a word that writes Czech's acute
 * `í ý á ú` too (Danish and Norwegian write no such word), or `ì`, `ù` (ě, ů) between letters in a line with such an
 * `ø` between letters (Italian and French write them at a word's end, Gaelic in lines without `ø`).
 */
function czechAt(chars: readonly string[], i: number): boolean {
  if (!between(chars, i)) return false;
  if (chars[i] === 'ø') return /[íýáú]/u.test(wordAt(chars, i));
  return chars.some((ch, k) => ch === 'ø' && between(chars, k));
}

function inLine(line: string, from: number): Repair[] {
  const chars = [...line];
  if (!chars.some((ch) => SIGNS.has(ch) || ch === 'ø')) return [];
  // Every non-ASCII character has a byte in windows-1252.
  if (!chars.every((ch) => ch.charCodeAt(0) < 0x80 || BYTE_1252.has(ch))) return [];
  const signs = chars.flatMap((_, i) => (signAt(chars, i) ? [i] : []));
  // Two of them: one may be a symbol a correct line glues to a word.
  if (signs.length < 2) return [];
  // Signs read as letters whose case fits: not a capital after a lowercase letter (`d¼` is `dź`, not `dĽ`).
  // On a tie, every sign after a letter tells (`£ód¼:` ends a word of two letters in `dź`, not `dĽ`).
  const after = chars.flatMap((ch, i) => (SIGNS.has(ch) && LETTER.test(chars[i - 1] ?? '') ? [i] : []));
  const fits = (cs: Central, at: readonly number[]): number =>
    at.filter((i) => {
      const got = read(chars[i]!, cs);
      return LETTER.test(got) && !(/\p{Lu}/u.test(got) && /\p{Ll}/u.test(chars[i - 1] ?? ''));
    }).length;
  const score = (cs: Central): number => fits(cs, signs);
  const d =
    score('iso-8859-2') - score('windows-1250') || fits('iso-8859-2', after) - fits('windows-1250', after);
  const charset = d > 0 ? 'iso-8859-2' : 'windows-1250';
  if (score(charset) === 0) return [];
  const out: Repair[] = [];
  for (const m of line.matchAll(/[^\s]+/gu)) {
    const word = m[0];
    // A letter, a sign or a C1 control (Latin-1's reading of windows-1250's `ť`, 9D) gives a letter (or
    // stays); other symbols (`«`, `©`, `°`) are kept as they are.
    const fixed = [...word]
      .map((ch) =>
        LETTER.test(ch) || SIGNS.has(ch) || /[£\u0080-\u009f]/u.test(ch) ? letterOr(ch, charset) : ch,
      )
      .join('');
    if (fixed === word) continue;
    out.push({
      start: from + m.index!,
      end: from + m.index! + word.length,
      replacement: fixed,
      rule: `mojibake:${charset}-as-windows-1252`,
      reason: `'${word}' is ${charset} text ('${fixed}') read as windows-1252, one byte per letter; its line writes a sign between letters that ${charset} reads as a letter`,
    });
  }
  return out;
}

/** What `charset` reads for `ch` where that is a letter, else `ch`. */
function letterOr(ch: string, charset: Central): string {
  const got = read(ch, charset);
  return LETTER.test(got) ? got : ch;
}
