import type { Repair } from '../model/document.js';
import { decodeByte } from './charmaps.js';

/**
 * Latin ligatures misread (issue 15; ftfy's fix_latin_ligatures): text copied from a PDF keeps the
 * font's ligatures (`ﬁ` for fi), which no one types, and misread they are `ï¬` and a continuation
 * character (ﬁ is EF AC 81: `ï¬` and the C1 control U+0081, or `ï¬` alone through a strict
 * windows-1252 decoder, which drops 81). A misread ligature is repaired to its letters, which
 * search and comparison need; of the bytes a strict decoder drops only 81 completes a Latin
 * ligature (8D, 8F, 90 are unassigned there, 9D is Hebrew), so `ï¬` inside a Latin word is `fi`.
 * Ligatures that were not misread are correct characters of the page and are left.
 */

/** The letters of U+FB00..U+FB06, by the third byte of their UTF-8 (EF AC 80..86); ﬅ (long s) is left. */
const LETTERS: ReadonlyMap<number, string> = new Map([
  [0x80, 'ff'],
  [0x81, 'fi'],
  [0x82, 'fl'],
  [0x83, 'ffi'],
  [0x84, 'ffl'],
  [0x86, 'st'],
]);

/** A Latin ligature in a repair's replacement. */
export const LIGATURE = /[\ufb00-\ufb04\ufb06]/g;
/** The letters of one of {@link LIGATURE}. */
export const lettersOf = (ch: string): string => LETTERS.get(0x80 + ch.charCodeAt(0) - 0xfb00) ?? ch;

interface LigatureCharset {
  readonly name: string;
  /** `ï¬` in windows-1252. */
  readonly lead: string;
  /** The third byte's character (and, for windows-1252, its C1 control) -> the letters. */
  readonly third: ReadonlyMap<string, string>;
  readonly strict: boolean;
}

function ligatureCharset(name: string, iconvName: string, windows: boolean): LigatureCharset {
  const read = (b: number): string => {
    const ch = decodeByte(b, iconvName);
    return ch.length === 1 && ch !== '\uFFFD' ? ch : String.fromCharCode(b);
  };
  const third = new Map<string, string>();
  for (const [b, letters] of LETTERS) {
    third.set(read(b), letters);
    if (windows) third.set(String.fromCharCode(b), letters);
  }
  return { name, lead: read(0xef) + read(0xac), third, strict: windows };
}

let CHARSETS: readonly LigatureCharset[] | undefined;
const charsets = (): readonly LigatureCharset[] =>
  (CHARSETS ??= [
    ligatureCharset('windows-1252', 'windows-1252', true),
    ligatureCharset('macroman', 'macintosh', false),
  ]);

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /^[\p{L}\p{N}]$/u.test(ch);
const isLatinLetter = (ch: string | undefined): boolean => ch !== undefined && /^\p{Script=Latin}$/u.test(ch);

/** Repairs of misread Latin ligatures inside Latin words, outside the spans `taken` covers. */
export function ligatureRepairs(text: string, taken: (start: number, end: number) => boolean): Repair[] {
  const out: Repair[] = [];
  for (const cs of charsets()) {
    for (let i = text.indexOf(cs.lead); i >= 0; i = text.indexOf(cs.lead, i + 1)) {
      const after = text[i + 2];
      let letters = after === undefined ? undefined : cs.third.get(after);
      let end = i + 3;
      if (letters === undefined) {
        if (!cs.strict) continue;
        letters = 'fi';
        end = i + 2;
      }
      // Inside a Latin word, or a word of its own (Romanian `fi`); not beside letters of other mojibake.
      const before = text[i - 1];
      const next = text[end];
      if (!isLatinLetter(before) && !isLatinLetter(next) && (isLetter(before) || isLetter(next))) continue;
      if (taken(i, end)) continue;
      out.push({
        start: i,
        end,
        replacement: letters,
        rule: `mojibake:ligature-utf8-as-${cs.name}`,
        reason:
          `'${text.slice(i, end)}' is the Latin ligature of '${letters}' encoded as UTF-8 and read as ${cs.name}` +
          (end === i + 2 ? ', its byte 81 dropped by a strict decoder' : '') +
          `; given as its letters`,
      });
    }
  }
  return out;
}

/**
 * A repair whose replacement holds a Latin ligature (the whole-stretch repair restored `ﬁ`) with
 * the ligature given as its letters, its rule `mojibake:ligature-utf8-as-<charset>`.
 */
export function spellLigatures(r: Repair): Repair {
  if (!/[\ufb00-\ufb04\ufb06]/.test(r.replacement)) return r;
  const charset = /^mojibake:(?:lossy-)?utf8-as-(.+)$/.exec(r.rule)?.[1];
  return {
    ...r,
    replacement: r.replacement.replace(LIGATURE, lettersOf),
    rule: charset ? `mojibake:ligature-utf8-as-${charset}` : r.rule,
    reason: `${r.reason}; its Latin ligatures given as their letters`,
  };
}
