import type { Repair } from '../model/document.js';
import { CHARMAPS, decodeByte } from './charmaps.js';
import { plausible } from './plausible.js';

/**
 * Decomposed text misread (issue 15; ftfy's fix_encoding followed by its NFC normalisation): text
 * stored decomposed (NFD, as macOS writes names and some editors save) holds `e` and U+0301 for
 * `é`; U+0300..U+036F are CC 80..CD AF in UTF-8, so read in windows-1252 the mark is `Ì` or `Í`
 * and a continuation character (`eÌ\u0081`, `uÌˆ`, `cÌŒ`), in MacRoman `Ã` or `Õ` and one
 * (`eÃÅ`). The whole-stretch repair declines them (a combining mark is no plausible character
 * alone). Here the letter before and its misread marks are repaired together into the one
 * composed letter NFC makes of them, only where they compose into one letter that is a plausible
 * repair (`plausible.ts`): a mark that composes with nothing is left.
 */

interface MarkCharset {
  /** The name in the rule id (`mojibake:decomposed-utf8-as-<name>`). */
  readonly name: string;
  /** The two characters a combining mark's two bytes read as -> the mark. */
  readonly marks: ReadonlyMap<string, string>;
  /** A strict decoder drops bytes this charset leaves undefined (windows-1252's 81, 8D, 8F, 90, 9D). */
  readonly dropped: readonly number[];
}

/** The bytes windows-1252 leaves undefined. */
const UNDEFINED_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

const markOf = (lead: number, b: number): string => String.fromCharCode(((lead & 0x1f) << 6) | (b & 0x3f));

function markCharset(name: string, iconvName: string, withC1: boolean): MarkCharset {
  const marks = new Map<string, string>();
  const read = (b: number): string => {
    const ch = decodeByte(b, iconvName);
    return ch.length === 1 && ch !== '\uFFFD' ? ch : String.fromCharCode(b);
  };
  for (const lead of [0xcc, 0xcd]) {
    for (let b = 0x80; b <= (lead === 0xcc ? 0xbf : 0xaf); b++) {
      marks.set(read(lead) + read(b), markOf(lead, b));
      // A Latin-1 decoder reads every byte 80..9F as its C1 control.
      if (withC1 && b <= 0x9f) marks.set(read(lead) + String.fromCharCode(b), markOf(lead, b));
    }
  }
  return { name, marks, dropped: withC1 ? UNDEFINED_1252 : [] };
}

let CHARSETS: readonly MarkCharset[] | undefined;
const charsets = (): readonly MarkCharset[] =>
  (CHARSETS ??= [
    markCharset('windows-1252', 'windows-1252', true),
    markCharset('macroman', 'macintosh', false),
  ]);

/** Cheap pre-test: the lead characters of a misread mark in windows-1252 (`Ì Í`) or MacRoman (`Ã Õ`). */
const MARK_LEAD = /[\u00cc\u00cd\u00c3\u00d5]/;

/** Composed as one plausible letter, or null. */
function composed(base: string, marks: string): string | null {
  const c = (base + marks).normalize('NFC');
  const cp = c.codePointAt(0)!;
  return c.length === 1 && plausible(cp) ? c : null;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /^\p{L}$/u.test(ch);
const isUpper = (ch: string | undefined): boolean => ch !== undefined && /^\p{Lu}$/u.test(ch);
const isLower = (ch: string | undefined): boolean => ch !== undefined && /^\p{Ll}$/u.test(ch);

/** A decomposed letter misread: the base at `start`, its marks' misreading up to `end`. */
export interface DecomposedLetter {
  readonly start: number;
  readonly end: number;
  /** Where the misread marks start (after the base, written or misread). */
  readonly marksStart: number;
  /** The composed letter (NFC). */
  readonly letter: string;
  readonly charset: string;
  /** The byte a strict decoder dropped, if any (`81`). */
  readonly lost: string;
  readonly marks: string;
}

/**
 * Decomposed letters misread in `text`: a letter and the misreading of the marks after it, where
 * they compose into one plausible letter. Through a strict windows-1252 decoder U+0301 (CC 81) is
 * `Ì` alone; after a lowercase letter (`cafeÌ`: no language writes a capital Ì after a lowercase
 * letter), or after a capital and before a lowercase ASCII letter (`IÌsafjörður`; ASCII, which no repair
 * changes, so a second repair decides as the first), it is read back where exactly one of the dropped bytes composes.
 */
export function decomposedLetters(text: string): DecomposedLetter[] {
  if (!MARK_LEAD.test(text)) return [];
  const out: DecomposedLetter[] = [];
  const leads = new RegExp(MARK_LEAD.source, 'g');
  for (let found = leads.exec(text); found !== null; found = leads.exec(text)) {
    const i = found.index;
    if (i === 0) continue;
    // The base is a letter as written, or (in windows-1252) a letter misread itself (`Ð¸Ì†`: и, then U+0306).
    // Written, it is ASCII: a byte read alike in every charset, where its marks' bytes were misread. A
    // non-ASCII letter would be misread too, and decomposed text holds no letter NFD splits (`ÂÃÄ` in a
    // row of capitals is no Â with MacRoman's U+0300).
    const written =
      isLetter(text[i - 1]) && text.charCodeAt(i - 1) < 0x80 ? { start: i - 1, ch: text[i - 1]! } : null;
    const misread = written ? null : misreadLetterBefore(text, i);
    if (!written && !misread) continue;
    for (const cs of charsets()) {
      const b = written ?? (cs.name === 'windows-1252' ? misread : null);
      if (!b) continue;
      const base = b.ch;
      let j = i;
      let marks = '';
      for (
        let m = cs.marks.get(text.slice(j, j + 2));
        m !== undefined;
        m = cs.marks.get(text.slice(j, j + 2))
      ) {
        marks += m;
        j += 2;
      }
      let lost = '';
      if (
        marks === '' &&
        text[i] === '\u00cc' &&
        cs.dropped.length > 0 &&
        (isLower(base) || (isUpper(base) && /^[a-z]$/.test(text[i + 1] ?? '')))
      ) {
        const fits = cs.dropped.filter((b) => composed(base, markOf(0xcc, b)) !== null);
        if (fits.length !== 1) continue;
        marks = markOf(0xcc, fits[0]!);
        lost = fits[0]!.toString(16).toUpperCase();
        j = i + 1;
      }
      if (marks === '') continue;
      if (cs.name === 'macroman' && lost === '' && otherLetterIn1252(text.slice(i, j), base)) continue;
      const letter = composed(base, marks);
      if (letter === null) continue;
      out.push({ start: b.start, marksStart: i, end: j, letter, charset: cs.name, lost, marks });
      leads.lastIndex = j;
      break;
    }
  }
  return out;
}

const WINDOWS_1252 = CHARMAPS[0]!;

/**
 * (2026-12-07, h-moji20) Every two characters of `pairs` (MacRoman's reading of combining marks) read in
 * windows-1252 as the UTF-8 of a letter whose own base is not `base` (`SÃ£O`: windows-1252's `ã` of São
 * uppercased, not MacRoman's S with a dot below, `Ṣ`): the commoner charset's precomposed letter, left to the
 * windows-1252 reading. Not where the letter is `base` with a mark (`aÃ£`: ã, or ạ decomposed).
 */
function otherLetterIn1252(pairs: string, base: string): boolean {
  for (let k = 0; k < pairs.length; k += 2) {
    const bytes = [...pairs.slice(k, k + 2)].map((ch) => WINDOWS_1252.byteOf[ch.charCodeAt(0)]!);
    if (bytes[0] !== 0xc3 || bytes[1]! < 0x80 || bytes[1]! > 0xbf) return false;
    const ch = String.fromCharCode(0xc0 + (bytes[1]! - 0x80));
    if (!isLetter(ch) || ch.normalize('NFD')[0]!.toLowerCase() === base.toLowerCase()) return false;
  }
  return pairs.length > 0;
}
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A letter misread in windows-1252 ending just before `i` (`Ð¸` for и), with where it starts. */
function misreadLetterBefore(text: string, i: number): { start: number; ch: string } | null {
  for (let len = 2; len <= 4 && i - len >= 0; len++) {
    const bytes: number[] = [];
    for (let k = i - len; k < i; k++) {
      const b = WINDOWS_1252.byteOf[text.charCodeAt(k)]!;
      if (b < 0x80) return null;
      bytes.push(b);
    }
    const lead = bytes[0]!;
    if (
      (len === 2 && (lead & 0xe0) !== 0xc0) ||
      (len === 3 && (lead & 0xf0) !== 0xe0) ||
      (len === 4 && (lead & 0xf8) !== 0xf0)
    )
      continue;
    try {
      const ch = STRICT_UTF8.decode(Uint8Array.from(bytes));
      return ch.length === 1 && isLetter(ch) ? { start: i - len, ch } : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Repairs of the decomposed letters outside the spans `taken` covers: each replaced by the composed letter. */
export function decomposedRepairs(text: string, taken: (start: number, end: number) => boolean): Repair[] {
  return decomposedLetters(text)
    .filter((d) => !taken(d.start, d.end))
    .map((d) => ({
      start: d.start,
      end: d.end,
      replacement: d.letter,
      rule: `mojibake:decomposed-utf8-as-${d.charset}`,
      reason: reasonOf(text, d),
    }));
}

/** Why a decomposed letter was composed. */
export function reasonOf(text: string, d: DecomposedLetter): string {
  const codes = [...d.marks].map((m) => `U+${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return (
    `'${text.slice(d.marksStart, d.end)}' is the combining ${codes.join(' ')} of decomposed text (NFD) encoded as UTF-8 and read as ${d.charset}` +
    (d.lost ? `, its byte ${d.lost} dropped by a strict decoder` : '') +
    `; with '${d.letter.normalize('NFD')[0]}' before it, composed (NFC) '${d.letter}'`
  );
}

/** Text with each decomposed letter misread written as its composed letter misread, and where each code unit came from. */
export interface Recomposed {
  readonly text: string;
  /** Per code unit of `text`: start and end in the original of what it stands for. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly letters: readonly DecomposedLetter[];
}

/**
 * `text` with each of `letters` written as its composed letter's UTF-8 read in the same charset
 * (`oÌˆ` -> `Ã¶`), so the charset readings judge the word as the misreading of composed text,
 * which they know; null when there is none.
 */
export function recompose(text: string, letters: readonly DecomposedLetter[]): Recomposed | null {
  if (letters.length === 0) return null;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let o = 0;
  for (const d of letters) {
    for (let k = o; k < d.start; k++) {
      starts.push(k);
      ends.push(k + 1);
    }
    out += text.slice(o, d.start);
    const iconvName = d.charset === 'macroman' ? 'macintosh' : d.charset;
    let misread = '';
    for (const b of new TextEncoder().encode(d.letter)) {
      const ch = b < 0x80 ? String.fromCharCode(b) : decodeByte(b, iconvName);
      misread += ch.length === 1 && ch !== '\uFFFD' ? ch : String.fromCharCode(b);
    }
    for (let k = 0; k < misread.length; k++) {
      starts.push(d.start);
      ends.push(d.end);
    }
    out += misread;
    o = d.end;
  }
  for (let k = o; k < text.length; k++) {
    starts.push(k);
    ends.push(k + 1);
  }
  out += text.slice(o);
  return { text: out, starts, ends, letters };
}
