import type { Repair } from '../model/document.js';
import { badness, caseOrSpaceOddities, scriptOf } from './badness.js';
import { ONE_ROUND, STRETCH_CHARMAPS, type Charmap } from './charmaps.js';
import { macRomanPair } from './macroman.js';
import { plausible, plausibleBeside } from './plausible.js';

/**
 * Whole-stretch repair, ftfy's main idea: a stretch of text that a
 * single-byte charset can encode, whose bytes are then valid UTF-8 (allowing
 * for what sloppy decoders do: CESU-8 surrogate pairs, a no-break space's A0
 * byte turned into a space or dropped, a byte lost as `?` or U+FFFD), is
 * UTF-8 misread in that charset. It is repaired when the decoded text is less
 * bad ({@link badness}) than the stretch: the whole stretch when every
 * non-ASCII character of it is explained, otherwise each word that is.
 */

/** One UTF-8 character found in the stretch. Offsets are UTF-16 code units of the text. */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly decoded: string;
  /** A byte of the character was lost (`?`, U+FFFD): it decodes to U+FFFD; `sure` when that alone is evidence. */
  readonly lossy: boolean | 'sure';
  /** How the no-break space's A0 byte was restored, if it was. */
  readonly a0: 'space' | 'dropped' | null;
  readonly cesu: boolean;
  /** A byte windows-1252 leaves undefined (81, 8D, 8F, 90, 9D) was dropped: this one. */
  readonly droppedUndefined?: number;
  /** The soft hyphen (AD) that ended the character was dropped (`polÃtica`). */
  readonly softHyphen?: boolean;
  /** (h-moji21) The bytes are U+FFFD's own (`ï¿½`): a decoder had replaced the character before the misreading. */
  readonly replacement?: boolean;
  /** Correct characters in its word, typed or mended after the misreading (`é` of `élÃ¨ve`, `…`). */
  readonly typedBeside?: string;
}

/** What a run decodes to: characters found, and offsets of non-ASCII characters nothing explains. */
interface Decoded {
  readonly found: Found[];
  readonly leftovers: number[];
}

const LOST = new Set(['?', '\uFFFD']);

function length(lead: number): number {
  return lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

/** The second byte's allowed range for leads with narrowed ranges (no overlongs, <= U+10FFFF); ED admits surrogates for CESU-8. */
function secondOk(lead: number, b: number): boolean {
  if (b < 0x80 || b > 0xbf) return false;
  if (lead === 0xe0) return b >= 0xa0;
  if (lead === 0xf0) return b >= 0x90;
  if (lead === 0xf4) return b <= 0x8f;
  return true;
}

function codePoint(bytes: readonly number[]): number {
  const n = bytes.length;
  let cp = bytes[0]! & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
  for (let k = 1; k < n; k++) cp = (cp << 6) | (bytes[k]! & 0x3f);
  return cp;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

interface DecodeOptions {
  /** The charset leaves bytes undefined that a strict decoder drops (windows-1252). */
  readonly lostUndefined?: boolean;
  /** The text is Vietnamese, where à stands inside words: `Ã ` is à with its A0 turned into a space. */
  readonly midWordAGrave: boolean;
}

/** Vietnamese letters (ơ, ư and the Latin Extended Additional block) among the decoded characters. */
const VIETNAMESE = /[\u01a1\u01b0\u1ea0-\u1ef9]/u;

/** Decodes `text[a, b)` read as `charmap`: every character of it must be ASCII or in the charmap. */
function decodeStretch(
  text: string,
  a: number,
  b: number,
  charmap: Charmap,
  options: DecodeOptions = { midWordAGrave: false, lostUndefined: charmap.dropsUndefined },
): Decoded {
  const byteAt = (j: number): number => {
    const c = text.charCodeAt(j);
    return c < 0x80 ? c : (charmap.byteOf[c] ?? -1);
  };
  const found: Found[] = [];
  const leftovers: number[] = [];
  for (let i = a; i < b; i++) {
    const lead = byteAt(i);
    if (lead < 0x80) continue;
    const dropped =
      options.lostUndefined && lead === 0xc2 ? droppedAfterQuoteStart(i, b, found, byteAt) : null;
    if (dropped) {
      found.push(dropped);
      continue;
    }
    const f = lead >= 0xc2 && lead <= 0xf4 ? sequenceAt(text, i, b, lead, byteAt, options, found) : null;
    if (!f) {
      // A character cut at the end of the text or line (a length limit) is no evidence against the rest,
      // nor Spanish `¿` `¡` opening a word (`¿QuÃ© tal?`): misread, they would follow `Â`.
      // (The cut character's continuation bytes go with it: `ã€` ending a line is no `€` left over.)
      if (cutAtEnd(text, i, b, lead, byteAt)) i = b - 1;
      else if (!openingMark(text, i)) leftovers.push(i);
      continue;
    }
    // CESU-8: a high surrogate's three bytes, then the low surrogate's.
    if (f.cesu) {
      const low = sequenceAt(text, f.end, b, byteAt(f.end), byteAt, options);
      const hi = f.decoded.charCodeAt(0);
      const lo = low?.decoded.charCodeAt(0) ?? 0;
      if (low && low.cesu && hi < 0xdc00 && lo >= 0xdc00) {
        found.push({ ...f, end: low.end, decoded: String.fromCharCode(hi, lo), cesu: true });
        i = low.end - 1;
      } else leftovers.push(i);
      continue;
    }
    // `Ã’s`: a right single quote before a contraction is an apostrophe, not a byte; a space is an A0
    // byte only when that gives an acceptable character (`Militärgruß für` holds none).
    if (
      apostrophe(text, f) ||
      (f.a0 !== null && !acceptable(f)) ||
      aGraveInCapitals(text, f.start, f.decoded)
    ) {
      leftovers.push(i);
      continue;
    }
    found.push(f);
    i = f.end - 1;
  }
  if (
    !options.midWordAGrave &&
    found.some((f) => f.a0 === 'dropped') &&
    found.some((f) => VIETNAMESE.test(f.decoded))
  )
    return decodeStretch(text, a, b, charmap, { midWordAGrave: true, lostUndefined: charmap.dropsUndefined });
  return { found, leftovers };
}

/** `¿` or `¡` opening a word: typed text, never a continuation byte (which follows its lead). */
function openingMark(text: string, i: number): boolean {
  return (text[i] === '¿' || text[i] === '¡') && (i === 0 || /[\s("'“‘«]/.test(text[i - 1]!));
}

/**
 * `résumÃ` at the end of a text or line: the lead of a character and fewer
 * continuation bytes than it needs, then nothing (the text was cut to a
 * length inside the character's bytes). The piece stays as it is.
 */
function cutAtEnd(text: string, i: number, b: number, lead: number, byteAt: (j: number) => number): boolean {
  if (lead < 0xc2 || lead > 0xf4 || (b < text.length && text[b] !== '\n' && text[b] !== '\r')) return false;
  if (b - i >= length(lead)) return false;
  for (let j = i + 1; j < b; j++) if (byteAt(j) < 0x80 || byteAt(j) > 0xbf) return false;
  return true;
}

/**
 * `Ã¢â‚¬Â` then no continuation byte: a right double quote misread twice whose
 * last byte, 9D, windows-1252 leaves undefined and a strict decoder dropped in
 * the second round (or misread three times, `Ã¢â€šÂ¬Ã‚Â`, and dropped in the third). The lead `Â` after `â€` (or `â` and U+0080) is U+009D, so
 * the next round reads `”` (not a no-break space from the following space,
 * which would give `†` and eat the space).
 */
function droppedAfterQuoteStart(
  i: number,
  b: number,
  found: readonly Found[],
  byteAt: (j: number) => number,
): Found | null {
  const next = i + 1 < b ? byteAt(i + 1) : -1;
  if (next >= 0x80 && next <= 0xbf) return null;
  // The characters just before, touching: `â€` (misread twice) or `â‚¬Â` (three times: `Ã¢â€šÂ¬Ã‚Â`).
  let k = found.length;
  let at = i;
  const touching: string[] = [];
  while (k > 0 && touching.length < 4 && found[k - 1]!.end === at) {
    touching.unshift(found[--k]!.decoded);
    at = found[k]!.start;
  }
  const twice = touching.slice(-2);
  const thrice = touching.join('');
  if (!(twice[0] === 'â' && (twice[1] === '€' || twice[1] === '\u0080')) && thrice !== 'â‚¬Â') return null;
  return {
    start: i,
    end: i + 1,
    decoded: '\u009d',
    lossy: false,
    a0: null,
    cesu: false,
    droppedUndefined: 0x9d,
  };
}

/**
 * `SÃ ` with a no-break space in a line in capitals (`CAPITAL SÃ\u00a0 PAULO`) is a capital Ã and a
 * no-break space as written, not a lowercase à: text in capitals misread in windows-1252 shows `Ã€`
 * for À. Capitals: the ASCII letters within 40 characters either side are all capitals, three or more.
 */
export function aGraveInCapitals(text: string, start: number, decoded: string): boolean {
  if (decoded !== '\u00e0' || text[start] !== '\u00c3') return false;
  // `Ã` standing alone as a word is à (no language writes a word `Ã`): `LE 30 JANVIER Ã\u00a020:51`.
  if (!/\p{L}/u.test(text[start - 1] ?? '')) return false;
  const around = text.slice(Math.max(0, start - 40), start + 42);
  if (/[a-z]/.test(around) || (around.match(/[A-Z]/g)?.length ?? 0) < 3) return false;
  // Beside lowercase mojibake (`RÃ©VÃ¨LE`), the line was uppercased after the misreading: `LÃ\u00a0` is là.
  // A change of case is done to a whole line, so its evidence anywhere in the line counts: `Ã¨` a sentence
  // away, or a three-byte lead uppercased (`Â€¦` is `â€¦`, …; written in capitals and then misread, … stays
  // `â€¦`, and `Â€` would be the C1 control U+0080).
  if (UPPERCASED_AFTER.test(around)) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  return (
    !UPPERCASED_AFTER.test(text.slice(lineStart, lineEnd)) &&
    !LEAD_UPPERCASED.test(text.slice(lineStart, lineEnd))
  );
}

/** A two-byte lead and a continuation byte giving a lowercase Latin-1 letter (`Ã©`, `Ã¨`), uppercase bytes. */
const UPPERCASED_AFTER = /\u00c3[\u00a1-\u00bf]/u;

/** `â€` and a continuation byte, uppercased (`Â€¦`, `Â€™`, `Â€œ`): punctuation of U+2000..U+203F misread, then uppercased. */
const LEAD_UPPERCASED =
  /\u00c2\u20ac[\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u2122\u0153\u0161\u00a0-\u00bf]/u;

function apostrophe(text: string, f: Found): boolean {
  const last = text[f.end - 1];
  return (
    (last === '\u2019' || last === "'") && /^(s|t|d|ll|re|ve|m)(?!\p{L})/u.test(text.slice(f.end, f.end + 3))
  );
}

/** An A0 byte as the last byte must give a letter or a no-break space (`â€ ` is not a dagger). */
function a0Fits(bytes: readonly number[], n: number): boolean {
  if (bytes.length < n - 1) return true;
  const ch = String.fromCodePoint(codePoint([...bytes, 0xa0]));
  return ch === '\u00a0' || isLetter(ch);
}

/** windows-1252's bytes, to read a first round's characters as the bytes of the next. */
const WINDOWS_1252 = STRETCH_CHARMAPS[0]!.toByte;

/**
 * `â€` and a space after characters that need one more byte to make a UTF-8
 * character (`Ã¥Â°` then `â€ `: 将 misread twice, the no-break space of the
 * second round's `†` turned into a space): the space is the A0 byte, and the
 * dagger the first round's byte 86 (the next round reads `å°†` as 将).
 */
function daggerOfTwoRounds(
  text: string,
  i: number,
  j: number,
  bytes: readonly number[],
  earlier: readonly Found[],
): boolean {
  if (bytes.length !== 2 || bytes[0] !== 0xe2 || bytes[1] !== 0x80) return false;
  const before: number[] = [];
  let at = i;
  for (let k = earlier.length - 1; k >= 0 && before.length < 3; k--) {
    const f = earlier[k]!;
    const b = WINDOWS_1252.get(f.decoded);
    if (f.end !== at || b === undefined) break;
    before.unshift(b);
    at = f.start;
  }
  // The last lead among them, with fewer continuation bytes after it than its character needs; the
  // bytes it needs after the dagger must follow, misread again (`Ã­â€ Âµ`: 통 is ED 86 B5), and the
  // character they make must be a plausible one (`ÃŸâ€ ` is `ß” `, not ß and a dagger: DF 86 is NKo).
  for (let k = before.length - 1; k >= 0; k--) {
    const b = before[k]!;
    if (b >= 0x80 && b <= 0xbf) continue;
    if (b < 0xc2 || b > 0xf4) return false;
    const bytes = [...before.slice(k), 0x86];
    let p = j + 1;
    while (bytes.length < length(b)) {
      const next = continuationMisread(text, p);
      if (!next) return false;
      bytes.push(next.byte);
      p += next.chars;
    }
    const cp = codePoint(bytes);
    return bytes.length === length(b) && plausible(cp) && cp >= (bytes.length === 2 ? 0x80 : 0x800);
  }
  return false;
}

/**
 * A continuation byte (80..BF) of a first round at `p`, misread again in
 * windows-1252: `Â` and A0..BF (or a space, its A0 turned into one); `Å`,
 * `Æ`, `Ë` and one more (Œ, Š, ƒ, ˆ); `â` and two more (€, ‚, „, †, ™…).
 * The byte, and how many characters stand for it; null when none does.
 */
function continuationMisread(text: string, p: number): { byte: number; chars: number } | null {
  const c = text[p];
  if (c === 'Â' && text[p + 1] === ' ') return { byte: 0xa0, chars: 2 };
  const n = c === 'Â' || c === 'Å' || c === 'Æ' || c === 'Ë' ? 2 : c === 'â' ? 3 : 0;
  if (n === 0) return null;
  const raw: number[] = [];
  for (let k = 0; k < n; k++) {
    const b = WINDOWS_1252.get(text[p + k] ?? '');
    if (b === undefined) return null;
    raw.push(b);
  }
  const ch = new TextDecoder('utf-8', { fatal: false }).decode(Uint8Array.from(raw));
  const byte = ch.length === 1 ? WINDOWS_1252.get(ch) : undefined;
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf ? { byte, chars: n } : null;
}

/** Punctuation that closes, glued to a word's last letter (`voilÃ.`). */
const CLOSING = /^[,.;:!)\]»”’]$/u;

/** Punctuation that opens, after which a space stands (`à (`). */
const OPENS: ReadonlySet<string> = new Set([...'([«“‘"¿¡']);

/**
 * Punctuation that opens at `k`, as written or misread in windows-1252 (`Â«` before a letter or a space:
 * `Â«â€¹` is the second round of a Gujarati character, `à«‹`; `â€œ`, `â€˜`).
 */
function opensAt(text: string, k: number): boolean {
  if (OPENS.has(text[k] ?? '')) return true;
  if (text[k] === 'Â')
    return (
      '«¿¡'.includes(text[k + 1] ?? '_') &&
      /[\p{L} \u00a0]/u.test(text[k + 2] ?? '') &&
      !'ÂÃâ'.includes(text[k + 2]!)
    );
  return text[k] === 'â' && text[k + 1] === '€' && (text[k + 2] === 'œ' || text[k + 2] === '˜');
}

/**
 * (2026-12-06, h-moji16) `Â` at `i`, a word of its own before a space and a letter, in a line that writes a
 * letter windows-1252 cannot (`Le Â est une lettre roumaine: Âncuța`): the letter named in correct text,
 * not a no-break space whose A0 became the space (no misreading in windows-1252 writes `ț`).
 */
function namedCapital(text: string, i: number): boolean {
  if ((i > 0 && !/\s/.test(text[i - 1]!)) || !isLetter(text[i + 2])) return false;
  const from = text.lastIndexOf('\n', i) + 1;
  const nl = text.indexOf('\n', i);
  const line = text.slice(from, nl < 0 ? text.length : nl);
  return BEYOND_1252.test(line) || (WRITTEN_LOWERCASE.test(line) && !MISREAD_PAIR.test(line));
}
/**
 * (2026-12-07, h-moji25) A lowercase letter of Latin-1's E0..FF no continuation byte follows (`România`,
 * `château`): no misreading of UTF-8 shows one so (their bytes are leads of three-byte characters, each followed by a
 * continuation's character: `â€™`). In a line with no misread pair, a lone `Â` is the letter named there too (`The
 * letter Â appears in Romanian words such as România`).
 */
const WRITTEN_LOWERCASE =
  /[\u00e0-\u00ff](?![\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122])/u;
/**
 * (2026-12-06, h-moji19) `Ã` at `i`, a word of its own opening a line or a sentence before a word of ASCII
 * letters (`Ã is a Portuguese capital letter`, `… vowels. Ã and Õ are`): the letter named, not à whose A0 was lost, since a sentence
 * opening with à writes it in capitals, À (`Ã€`).
 */
function namedAtSentenceStart(text: string, i: number): boolean {
  let k = i - 1;
  // Before a space and a word of letters but the leads: `Ã Â¤` opens Devanagari misread twice, its A0 turned into the space.
  if (text[i + 1] !== ' ' || !/^(?:(?![ÂÃâÅ])\p{L})+(?!\p{L})/u.test(text.slice(i + 2, i + 40))) return false;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || '"\'“‘«'.includes(text[k]!))) k--;
  if (!(k < 0 || text[k] === '\n' || ('.!?'.includes(text[k]!) && k < i - 1))) return false;
  // In a line that holds a misreading elsewhere (`Ã demain, Ã bientÃ´t`), it is à of a line written in
  // lowercase (a chat's `à demain`), whose A0 was lost as the others' bytes were misread.
  const from = text.lastIndexOf('\n', i) + 1;
  const nl = text.indexOf('\n', i);
  const line = text.slice(from, i) + ' ' + text.slice(i + 1, nl < 0 ? text.length : nl);
  return !MISREAD_PAIR.test(line);
}
/**
 * (Stop 57, h-moji27) `Ã` or `Â` at `i`, a word of its own (a space or the line's start before it) before a space
 * and an English function word (`He wrote Ã and Â on the board`, `Â is a Romanian letter`): the letter named in
 * correct text. à opens a French, Portuguese or Italian phrase, whose next word is none of these; a no-break space
 * misread (`12Â euros`) follows a word, not a space.
 */
function namedBeforeEnglish(text: string, i: number): boolean {
  if (i > 0 && !/[ \t\n]/.test(text[i - 1]!)) return false;
  return text[i + 1] === ' ' && ENGLISH_NEXT.test(text.slice(i + 2, i + 8));
}
const ENGLISH_NEXT = /^(?:and|or|is|are|was|were|on|in|with|has|have|to|the|of|for|from|by)(?!\p{L})/u;

/** A two-byte lead as windows-1252 shows it before a continuation byte's character (`Ã©`, `Â°`, `Ã¼`). */
const MISREAD_PAIR =
  /[ÂÃÄÅ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€/u;

/** A letter windows-1252 does not write (U+0100 and above, but `Œ œ Š š Ž ž Ÿ ƒ`). */
const BEYOND_1252 = /(?![\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192])[\u0100-\uffff](?<=\p{L})/u;

function sequenceAt(
  text: string,
  i: number,
  b: number,
  lead: number,
  byteAt: (j: number) => number,
  options: DecodeOptions,
  earlier: readonly Found[] = [],
): Found | null {
  if (lead < 0xc2 || lead > 0xf4) return null;
  const prev = earlier[earlier.length - 1];
  const n = length(lead);
  const bytes = [lead];
  let j = i + 1;
  let a0: Found['a0'] = null;
  // A skin tone whose last byte (8F, undefined in windows-1252) a strict decoder dropped.
  const lostTone = (): Found | null => {
    const tone = skinTone(bytes);
    return tone
      ? { start: i, end: j, decoded: tone, lossy: false, a0: null, cesu: false, droppedUndefined: 0x8f }
      : null;
  };
  while (bytes.length < n && j < b) {
    const byte = byteAt(j);
    const first = bytes.length === 1;
    if (options.lostUndefined && n === 4 && bytes.length === 3 && !(byte >= 0x80 && byte <= 0xbf)) {
      const tone = lostTone();
      if (tone) return tone;
    }
    if (first ? secondOk(lead, byte) : byte >= 0x80 && byte <= 0xbf) {
      bytes.push(byte);
      j++;
    } else if (
      text[j] === ' ' &&
      a0 === null &&
      (first ? secondOk(lead, 0xa0) : true) &&
      (a0Fits(bytes, n) || (options.lostUndefined && daggerOfTwoRounds(text, i, j, bytes, earlier))) &&
      // `â° ` is ⏰ whose 8F was dropped, not a Glagolitic letter whose A0 became the space.
      !(
        options.lostUndefined &&
        lead === 0xe2 &&
        bytes.length === 2 &&
        droppedSecond(text, i, j, bytes[1]!, prev)
      )
    ) {
      // `Ã le` (voilà le): before a word, à's A0 was dropped (à ends words, except in Vietnamese, unless a
      // capital follows, and Portuguese `às`); elsewhere the A0 became the space.
      const next = text[j + 1];
      const newWord = /\p{Lu}/u.test(next ?? '') || !options.midWordAGrave;
      if (lead === 0xc3 && first && (namedAtSentenceStart(text, i) || namedBeforeEnglish(text, i))) {
        break;
      } else if (
        lead === 0xc3 &&
        first &&
        // `Ã 20:51` (à 20:51): à before a number too; (2026-12-06, h-moji16) and before punctuation that
        // opens (`cittÃ (Valbrenta)`, `Ã « Mérel »`): a space, not à's A0, stands before it.
        (isLetter(next) || /\d/.test(next ?? '') || opensAt(text, j + 1)) &&
        newWord &&
        // `Ã Â¤` (Devanagari misread twice): `Â` and a continuation byte go on with the first round's
        // bytes; no word starts with them.
        !(next === 'Â' && byteAt(j + 2) >= 0x80 && byteAt(j + 2) <= 0xbf && !opensAt(text, j + 1)) &&
        // `Ã Â un` (à\u00a0un): `Â` and a space are a no-break space whose A0 became the space, no word.
        !(next === 'Â' && (text[j + 2] === ' ' || text[j + 2] === '\u00a0')) &&
        !/^s(?!\p{L})/u.test(text.slice(j + 1, j + 3))
      ) {
        bytes.push(0xa0);
        a0 = 'dropped';
      } else if (lead === 0xc2 && first && (namedCapital(text, i) || namedBeforeEnglish(text, i))) {
        break;
      } else {
        bytes.push(0xa0);
        a0 = 'space';
        j++;
      }
    } else if (LOST.has(text[j]!) && a0 === null) {
      // A byte lost: the rest of the character may still follow.
      j++;
      let have = bytes.length + 1;
      // More marks stand for more lost bytes where they are U+FFFD, or `?` after `â` (E2, the lead of
      // punctuation's characters): text misread and stored in Latin-1 lost windows-1252's `€` and `™` of
      // `â€™` alike (`â??`).
      const mark = text[j - 1]!;
      // Or `?` after any three- or four-byte lead standing against other mojibake, a sequence found just
      // before it or a lead just after its marks (`æ??é??è½¦`: CJK text stored in Latin-1), where no word ends
      // in `??` (`¿Qué??` and `vovô??` end before a space).
      let afterMarks = j;
      while (text[afterMarks] === '?') afterMarks++;
      // So does `ð` (F0, an emoji's lead) opening a word before its marks (`it here ð???`): no word is `ð`
      // (Icelandic `Hvað??` ends a word with it).
      const besideMojibake =
        n >= 3 &&
        mark === '?' &&
        (prev?.end === i || (byteAt(afterMarks) >= 0xc2 && byteAt(afterMarks) <= 0xf4));
      // (But only as a whole character, its four bytes there: `the letter ð??` names a letter.)
      const emojiLead = n >= 3 && mark === '?' && text[i] === 'ð' && !isLetter(text[i - 1]);
      const againstMojibake = besideMojibake || emojiLead;
      const moreMarks = mark === '\uFFFD' || (lead === 0xe2 && text[i] === 'â') || againstMojibake;
      while (
        have < n &&
        j < b &&
        ((byteAt(j) >= 0x80 && byteAt(j) <= 0xbf) || (moreMarks && text[j] === mark))
      ) {
        j++;
        have++;
      }
      // Sure of the loss when the mark has bytes of the character on both sides (`â?“`) or two before it;
      // after a lead that is not a lowercase letter, when the mark is U+FFFD or stands inside a word
      // (`wÃ?nscht`, `giÃ?`: after a lowercase letter, an uppercase lead is odd).
      const after = have - bytes.length - 1;
      const lowerLead = /\p{Ll}/u.test(text[i]!); // `ó�`: a correct letter before a replacement character
      // A mark stands for one byte: a lowercase lead (three- or four-byte in windows-1252) and a mark that
      // leave the character short of a byte more are a correct letter before a question mark (`¿Qué?`).
      if (have < n && lowerLead && !besideMojibake) return null;
      const sure =
        after > 0 ||
        bytes.length >= 2 ||
        // `Â` is no word of its own: before a lost byte it is a symbol's lead (`Â? 2020` for `© 2020`).
        (text[i] === 'Â' && !isLetter(text[i - 1]) && !isLetter(text[j])) ||
        (!lowerLead &&
          (text[j - 1 - after] === '\uFFFD' ||
            isLetter(text[j]) ||
            (/\p{Lu}/u.test(text[i]!) && /\p{Ll}/u.test(text[i - 1] ?? ''))));
      return { start: i, end: j, decoded: '\uFFFD', lossy: sure ? 'sure' : true, a0: null, cesu: false };
    } else break;
  }
  if (bytes.length < n) {
    if (options.lostUndefined && n === 3 && bytes.length === 2) {
      const inEmoji = droppedInEmoji(text, i, j, bytes, prev);
      if (inEmoji)
        return {
          start: i,
          end: j,
          decoded: inEmoji,
          lossy: false,
          a0: null,
          cesu: false,
          droppedUndefined: inEmoji === '\ufe0f' ? 0x8f : 0x8d,
        };
    }
    if (options.lostUndefined && n === 4 && bytes.length === 3) {
      const tone = lostTone();
      if (tone) return tone;
    }
    // `polÃtica`: inside a lowercase word, `Ã` before a lowercase letter is í (C3 AD) whose second byte,
    // read as an invisible soft hyphen, was dropped when the text was copied or cleaned; (2026-12-07,
    // h-moji21) after a word's opening capital too (`DÃaz`), and only where the line may write í.
    if (options.lostUndefined && lead === 0xc3 && j === i + 1 && softHyphenDropped(text, i))
      return { start: i, end: j, decoded: '\u00ed', lossy: false, a0: null, cesu: false, softHyphen: true };
    // `â€` then no third byte: windows-1252 leaves 9D undefined and a strict decoder dropped it. Of the
    // characters its five undefined bytes complete `E2 80` to, only the right double quote is common.
    if (options.lostUndefined && n === 3 && bytes.length === 2 && lead === 0xe2 && bytes[1] === 0x80)
      return {
        start: i,
        end: j,
        decoded: '\u201d',
        lossy: false,
        a0: null,
        cesu: false,
        droppedUndefined: 0x9d,
      };
    if (options.lostUndefined && n === 3 && bytes.length === 2 && lead === 0xe2) {
      const symbol = droppedSecond(text, i, j, bytes[1]!, prev);
      if (symbol) return { ...symbol, start: i, end: j, lossy: false, a0: null, cesu: false };
    }
    return null;
  }
  const cp = codePoint(bytes);
  // (2026-12-07, h-moji21) `ï¿½`: U+FFFD itself misread (a decoder had already replaced a lost character, then
  // the text was misread): the character was lost before; U+FFFD stands, as for a lost byte.
  if (cp === 0xfffd && a0 === null)
    return { start: i, end: j, decoded: '\uFFFD', lossy: 'sure', a0: null, cesu: false, replacement: true };
  if (cp >= 0xd800 && cp <= 0xdfff)
    return { start: i, end: j, decoded: String.fromCharCode(cp), lossy: false, a0, cesu: true };
  // A byte order mark (`ï»¿`) stands for no character: repaired, it goes.
  if (cp === 0xfeff && a0 === null) return { start: i, end: j, decoded: '', lossy: false, a0, cesu: false };
  return { start: i, end: j, decoded: String.fromCodePoint(cp), lossy: false, a0, cesu: false };
}

const WINDOWS_1252_CHAR: readonly string[] = Array.from({ length: 256 }, (_, byte) => {
  for (const [ch, b] of WINDOWS_1252) if (b === byte) return ch;
  return String.fromCharCode(byte);
});
/**
 * Letters of languages that never write í (German ß and ä, French œ û î ë, Polish, Romanian ș ț, Turkish ş ğ
 * ı İ), as written and as UTF-8 misread in windows-1252 (`ÃŸ`, `Ã¤`, `Å“`, `Å‚`, `È™`, `Ä±`). Not ö, ü
 * (Hungarian), ă (Vietnamese), è, ê, ç, à (Catalan, Portuguese, Vietnamese): all write í too.
 */
const NO_ACUTE_I_LETTERS = [...'ßẞœŒûÛîÎëËäÄąĄęĘłŁśŚźŹżŻćĆșȘțȚşŞţŢğĞıİ'];
const NO_ACUTE_I = new RegExp(
  NO_ACUTE_I_LETTERS.flatMap((ch) => [
    ch,
    [...new TextEncoder().encode(ch)]
      .map((byte) => WINDOWS_1252_CHAR[byte]!)
      .join('')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  ]).join('|'),
  'u',
);

/**
 * (2026-12-07, h-moji21) `Ã` at `i` before a lowercase ASCII letter is í whose soft hyphen (AD) was dropped:
 * inside a lowercase word (`polÃtica`), or after a word's opening capital (`DÃaz`, `CÃntia`, `RÃo`: names
 * and title case) where the line, 200 characters either side, holds no letter of a language that never
 * writes í (`BÃrgermeister` beside `KÃ¤lbach` lost ü's byte; a Spanish name's `MejÃa` in a German line is
 * read inside its word as before: the letters of a line are no language test for a name). Not after `i` (no
 * language writes `ií` inside a word: `reuniÃn` lost ó's byte). A lead not read so is left, and flagged where
 * the line is repaired elsewhere (`edges.ts`).
 */
function softHyphenDropped(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  if (!/[a-z]/.test(text[i + 1] ?? '') || before === 'i') return false;
  const inWord = /\p{Ll}/u.test(before);
  const opening = /[A-Z]/.test(before) && !isLetter(text[i - 2]) && !/\p{Lu}/u.test(text[i + 2] ?? '');
  if (inWord) return true;
  if (!opening) return false;
  const from = Math.max(0, i - 200);
  const near = text.slice(from, i + 200);
  const cut = i - from;
  const line = near.slice(
    near.lastIndexOf('\n', cut) + 1,
    near.includes('\n', cut) ? near.indexOf('\n', cut) : near.length,
  );
  return !NO_ACUTE_I.test(line);
}

/** An emoji or a symbol drawn as one (❤, ☀, ✌, 😀), or a character that starts a keycap (1, #, *). */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/**
 * `ï¸` or `â€` inside an emoji sequence whose last byte, undefined in
 * windows-1252, a strict decoder dropped: after an emoji (or a keycap's digit)
 * `EF B8` can only be the variation selector U+FE0F (8F), and `E2 80` before
 * another emoji only the zero-width joiner U+200D (8D). Elsewhere they are
 * left to the other rules (`â€` alone is a right double quote).
 */
function droppedInEmoji(
  text: string,
  i: number,
  j: number,
  bytes: readonly number[],
  prev: Found | undefined,
): string | null {
  const adjacent = prev !== undefined && prev.end === i;
  const before = adjacent ? [...prev.decoded].pop()! : [...text.slice(Math.max(0, i - 2), i)].pop();
  if (before === undefined) return null;
  const afterEmoji = PICTOGRAPH.test(before) || before === '\ufe0f' || TONE.test(before);
  const keycap = !adjacent && /^[0-9#*]$/.test(before);
  if (bytes[0] === 0xef && bytes[1] === 0xb8 && (afterEmoji || keycap)) return '\ufe0f';
  // The joiner stands between two emoji: the next character starts another (`ð` four-byte lead, `â` three).
  if (bytes[0] === 0xe2 && bytes[1] === 0x80 && afterEmoji && (text[j] === 'ð' || text[j] === 'â'))
    return '\u200d';
  return null;
}

/** The bytes windows-1252 leaves undefined, which a strict decoder drops. */
const UNDEFINED_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/**
 * `â¤` standing alone or before `ï¸`: a symbol emoji (E2 9D A4, ❤) whose
 * second byte, undefined in windows-1252, a strict decoder dropped. Of the five
 * characters the undefined bytes complete `E2 ? A4` to, one is an emoji; that
 * one, when it stands as a word or before another emoji's bytes.
 */
function droppedSecond(
  text: string,
  i: number,
  j: number,
  last: number,
  prev: Found | undefined,
): { decoded: string; droppedUndefined: number } | null {
  const before = prev && prev.end === i ? [...prev.decoded].pop() : text[i - 1];
  const next = text[j];
  if (isLetter(next) && !'ïðâ'.includes(next!)) return null;
  // Glued to the word before (`love itâ¤ï¸`, `gladâ—`): ❤ ❣ ❗ ⏰ (`¤ £ — °` for their third byte) end the
  // word before the variation selector's remains (`ï¸`) or the line's end, or end a word of two letters
  // or more before no letter or digit (not `Xâ° here`). Not the degree sign after `n` standing alone (`nâ°`: numéro's
  // `Â°` lowercased), nor a Latin-1 symbol typed after words (`®`, `©`: `brandâ®` is `Â®` lowercased,
  // not ⏮).
  if (
    isLetter(before) &&
    (!/[\u00a4\u00a3\u2014\u00b0]/.test(text[i + 1] ?? '') ||
      (text[i + 1] === '°' && /^n$/i.test(before!) && !isLetter(text[i - 2])) ||
      !(next === 'ï'
        ? text[j + 1] === '¸'
        : next === undefined || next === '\n' || (isLetter(text[i - 2]) && !/[\p{L}\p{N}]/u.test(next))))
  )
    return null;
  const options = UNDEFINED_1252.map((d) => ({
    decoded: String.fromCodePoint(codePoint([0xe2, d, last])),
    droppedUndefined: d,
  })).filter((o) => PICTOGRAPH.test(o.decoded));
  return options.length === 1 ? options[0]! : null;
}

/** The five skin-tone modifiers, U+1F3FB..U+1F3FF. */
const TONE = /[\u{1f3fb}-\u{1f3ff}]/u;

/**
 * `ðŸ` and one of `»¼½¾¿`: a skin-tone modifier (F0 9F 8F BB..BF) whose third
 * byte, 8F, undefined in windows-1252, a strict decoder dropped. Read as they
 * stand the three bytes start no assigned character, so nothing else fits.
 */
function skinTone(bytes: readonly number[]): string | null {
  if (bytes[0] !== 0xf0 || bytes[1] !== 0x9f || bytes[2]! < 0xbb || bytes[2]! > 0xbf) return null;
  return String.fromCodePoint(codePoint([0xf0, 0x9f, 0x8f, bytes[2]!]));
}

/** General punctuation, letter-like and number forms, enclosed, shapes, dingbats, arrows, variation selectors. */
const SYMBOL_BLOCK = (cp: number): boolean =>
  (cp >= 0x2000 && cp <= 0x206f) ||
  (cp >= 0x2100 && cp <= 0x218f) ||
  cp === 0x20e3 || // combining enclosing keycap (1️⃣)
  (cp >= 0x2300 && cp <= 0x23ff) ||
  (cp >= 0x2460 && cp <= 0x24ff) ||
  (cp >= 0x25a0 && cp <= 0x27bf) ||
  (cp >= 0x2b00 && cp <= 0x2bff) ||
  (cp >= 0xfe00 && cp <= 0xfe0f);

/**
 * Characters of the charsets repaired: what a first round of two may give. Not those of the charsets read in one
 * round only (2026-12-06, h-moji17: windows-1255's `״` made `3×Ž` a Hebrew mark read twice).
 */
const INTERIM: ReadonlySet<string> = new Set(
  STRETCH_CHARMAPS.filter((charmap) => !ONE_ROUND.has(charmap.name)).flatMap((charmap) => [
    ...charmap.toByte.keys(),
  ]),
);

/** Characters that may come out of a repair: letters of living scripts, common punctuation, symbols, emoji, C1 controls. */
function acceptable(f: Found): boolean {
  if (f.lossy) return true;
  for (const ch of f.decoded) {
    const cp = ch.codePointAt(0)!;
    // Any character of a charset (C1 controls included) may be the first of two misreadings: in this
    // one (windows-1251's Ђ) or another (MacRoman's U+F8FF, then misread in windows-1252).
    if (!(plausible(cp) || INTERIM.has(ch) || SYMBOL_BLOCK(cp))) return false;
  }
  return true;
}

/**
 * (2026-12-06, h-moji17) `found[k]` gives a {@link regionalLetter} (Kazakh `ң`, Armenian, Georgian) and touches
 * a found character of its own script (`Ð¶Ð°Ò£Ð°`, жаңа), or two read with it: a word of that language, not a
 * chance pair (`Õ…`).
 */
function regionalInWord(text: string, found: readonly Found[], k: number): boolean {
  const f = found[k]!;
  if (f.lossy || [...f.decoded].length !== 1) return false;
  const touching = (g: Found | undefined): number | undefined =>
    g && !g.lossy && (g.end === f.start || g.start === f.end) ? g.decoded.codePointAt(0) : undefined;
  const cp = f.decoded.codePointAt(0)!;
  const after = found[k + 1]?.start === f.end ? touching(found[k + 1]) : text.codePointAt(f.end);
  if (plausibleBeside(cp, [touching(found[k - 1]), touching(found[k + 1])], after)) return true;
  // A word of one such letter (Armenian `է`) among words of its script read with it.
  const others = found.filter((g, j) => j !== k && !g.lossy).map((g) => g.decoded.codePointAt(0));
  return others.filter((n) => plausibleBeside(cp, [n])).length >= 2;
}

/** Characters of context either side when badness is measured (its rules look up to three characters ahead). */
export const CONTEXT = 3;

/** The text of `[a, b)` with the found characters put in, plus {@link CONTEXT} characters either side. */
function withContext(
  text: string,
  a: number,
  b: number,
  found: readonly Found[],
  context = CONTEXT,
): [string, string] {
  const left = text.slice(Math.max(0, a - context), a);
  const right = text.slice(b, b + context);
  let out = '';
  let k = a;
  for (const f of found) {
    out += text.slice(k, f.start) + f.decoded;
    k = f.end;
  }
  out += text.slice(k, b);
  return [left + text.slice(a, b) + right, left + out + right];
}

/** The found characters make `[a, b)` less bad, and one of them is whole (a lost byte alone is no evidence). */
function improves(
  text: string,
  a: number,
  b: number,
  found: readonly Found[],
  charmap: Charmap,
  context = CONTEXT,
): boolean {
  // Evidence: one whole character that is not a restored no-break space (`SENSЕ - `) unless it is
  // windows-1252's `Ã ` or `Â ` (à, no-break space); every one acceptable.
  const evidence = (f: Found): boolean =>
    !f.lossy && (f.a0 === null || (charmap.common && (text[f.start] === 'Ã' || text[f.start] === 'Â')));
  if (!found.every((f, k) => acceptable(f) || regionalInWord(text, found, k))) return false;
  // Only characters with a lost byte: repaired on sure signs alone (U+FFFD left either way, no gain to measure).
  if (found.every((f) => f.lossy)) return charmap.common && found.some((f) => f.lossy === 'sure');
  if (!found.some(evidence)) return false;
  // A restored A0 byte must give a Latin character (à, Š, a no-break space) or one of the script of the
  // other characters repaired with it (`Ð Ð¾` for `Ро`), not a stray letter (`Länge × HÃ¶he`).
  for (const f of found) {
    // (A dagger is a first round's byte for the next round to read: {@link daggerOfTwoRounds}.)
    if (f.a0 === null || f.decoded.codePointAt(0)! < 0x250 || f.decoded === '†') continue;
    const script = scriptOf(f.decoded.codePointAt(0)!);
    if (!found.some((g) => g !== f && !g.lossy && scriptOf(g.decoded.codePointAt(0)!) === script))
      return false;
  }
  const [before, after] = withContext(text, a, b, found, context);
  const bad = badness(before);
  return badness(after) < bad || (!charmap.common && misreadAgain(after, bad));
}

/**
 * A rare charset's reading of a stretch that is itself, whole, UTF-8 misread in
 * windows-1252 (`ГђВ°` in windows-1251 is `Ð°`, which is `а`): text misread in
 * windows-1252 and then in the rare charset. The first reading is no less bad
 * than the stretch (windows-1251 mojibake of windows-1252 mojibake is all
 * Cyrillic letters), so the second one decides: it must explain every non-ASCII
 * character, give no lost byte and be less bad than the stretch as it stands.
 */
function misreadAgain(read: string, bad: number): boolean {
  const { found, leftovers } = decodeStretch(read, 0, read.length, STRETCH_CHARMAPS[0]!);
  if (found.length === 0 || leftovers.length > 0) return false;
  if (!found.every((f) => !f.lossy && f.a0 === null && acceptable(f))) return false;
  let twice = '';
  let k = 0;
  for (const f of found) {
    twice += read.slice(k, f.start) + f.decoded;
    k = f.end;
  }
  return badness(twice + read.slice(k)) < bad;
}

/** Maximal stretches `[a, b)` of `[from, to)` of characters the charmap can encode, outside `covered`, holding a non-ASCII character. */
function stretches(
  text: string,
  from: number,
  to: number,
  charmap: Charmap,
  covered: readonly boolean[],
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = -1;
  let high = false;
  for (let i = from; i <= to; i++) {
    const c = text.charCodeAt(i);
    const ok = i < to && !covered[i] && (c < 0x80 || c === 0xfffd || charmap.byteOf[c]! >= 0);
    if (ok) {
      if (a < 0) a = i;
      if (c >= 0x80) high = true;
    } else {
      if (a >= 0 && high) out.push([a, i]);
      a = -1;
      high = false;
    }
  }
  return out;
}

/** Splits a stretch into words at white space that no found character spans. */
function words(text: string, a: number, b: number, found: readonly Found[]): Array<[number, number]> {
  const inside = new Set<number>();
  for (const f of found) for (let k = f.start; k < f.end; k++) inside.add(k);
  const out: Array<[number, number]> = [];
  let s = -1;
  for (let i = a; i <= b; i++) {
    const space = i === b || (/\s/.test(text[i]!) && !inside.has(i));
    if (!space && s < 0) s = i;
    if (space && s >= 0) {
      out.push([s, i]);
      s = -1;
    }
  }
  return out;
}

/**
 * `text[k]`, left unexplained, is what is left of a character a strict
 * decoder dropped one byte of (81, 8D, 8F, 90 or 9D, which windows-1252 leaves
 * undefined): a lead byte and the continuation bytes after it, one short of
 * its length, that one of those bytes put back in one place would make valid
 * (`Ñ` for с, D1 81; `ã“` for こ, E3 81 93; not `à€`, as E0 takes no 81), and
 * after them a character the charset reads, not one it cannot (the end of the
 * stretch is no break). A continuation byte is left of the lead before it.
 */
function remains(text: string, k: number, previous: number | undefined, charmap: Charmap): boolean {
  const byteAt = (j: number): number => {
    const c = text.charCodeAt(j);
    return c < 0x80 ? c : (charmap.byteOf[c] ?? -1);
  };
  const lead = byteAt(k);
  if (lead >= 0x80 && lead <= 0xbf) return previous === k - 1;
  if (lead < 0xc2 || lead > 0xf4) return false;
  const cont: number[] = [];
  while (
    cont.length < length(lead) - 2 &&
    byteAt(k + 1 + cont.length) >= 0x80 &&
    byteAt(k + 1 + cont.length) <= 0xbf
  )
    cont.push(byteAt(k + 1 + cont.length));
  if (cont.length !== length(lead) - 2) return false;
  const next = k + 1 + cont.length;
  if (next < text.length && byteAt(next) < 0) return false;
  // The dropped byte second (the lead's narrowed range allows it), or later (the second one present is).
  return UNDEFINED_1252.some((u) => secondOk(lead, u)) || (cont.length > 0 && secondOk(lead, cont[0]!));
}

/**
 * Quotes and apostrophes that publishing software curls, and dashes it makes of hyphens; and the
 * ellipsis it makes of three dots or adds where it cuts a text short (`sÃ¶…`: the preview was cut
 * after the misreading).
 */
const QUOTES_AND_DASHES = '‘’“”–—';
const CURLED: ReadonlySet<string> = new Set([...QUOTES_AND_DASHES, '…']);
/** Quotes that open (`«`, `‹`, `„`) and close (`»`, `›`) glued to a word. */
const GUILLEMET_OPENS: ReadonlySet<string> = new Set([...'«‹„']);
const GUILLEMET_CLOSES: ReadonlySet<string> = new Set([...'»›']);

/**
 * `text[k]`, left unexplained in a word, is correct text typed or mended after
 * the misreading: a quote, dash or ellipsis publishing software made
 * ({@link CURLED}), or a letter that starts no sequence, as no continuation
 * byte follows it: a letter mended by hand (`élÃ¨ve` after `Ã©` was replaced
 * by `é`) or a word put together from two sources (`gröÃŸte`). Not a symbol or
 * a continuation byte alone (`‚Ä¢` is MacRoman's •, not `‚` and
 * windows-1252's `Ä¢`), nor a lead before a continuation byte (a strict
 * decoder's remains: `å‘`) or before a character the charset cannot read.
 */
function typedAfter(text: string, k: number, charmap: Charmap): boolean {
  const ch = text[k]!;
  if (CURLED.has(ch)) return true;
  // (2026-12-06, h-moji17) Guillemets and the low opening quote typed at a word's edge, glued to it as
  // Spanish, Italian, Catalan and German set them (`«mÃ©dicos»`, `„Ã–ffentlich`): a quote opening a word or
  // closing one, not a continuation byte inside it (`Ð»` is л).
  if (GUILLEMET_OPENS.has(ch)) return !isLetter(text[k - 1]);
  if (GUILLEMET_CLOSES.has(ch)) return !isLetter(text[k + 1]);
  if (!isLetter(ch)) return false;
  // (Before a character the charset cannot read, the lead may start another charset's sequence: `Ëť`.)
  if (k + 1 >= text.length || text.charCodeAt(k + 1) < 0x80) return true;
  return charmap.byteOf[text.charCodeAt(k + 1)]! >= 0xc0;
}

/**
 * `[a, b)` is made only of `found`, each a whole two-byte windows-1251 sequence of Cyrillic letters giving a
 * Cyrillic letter (`Рґ`, `Рё`), and is no less bad read so: what badness cannot tell from a word, left to
 * the pieces around it (rule `mojibake:utf8-as-windows-1251`).
 */
function cyrillicPairs(
  text: string,
  a: number,
  b: number,
  found: readonly Found[],
  charmap: Charmap,
): boolean {
  if (charmap.name !== 'windows-1251' || found.length === 0) return false;
  let k = a;
  for (const f of found) {
    if (f.start !== k || f.end - f.start !== 2 || f.lossy || f.a0 !== null || !acceptable(f)) return false;
    if (!CYRILLIC_LETTER.test(text.slice(f.start, f.end)) || !CYRILLIC_LETTER.test(f.decoded)) return false;
    k = f.end;
  }
  if (k !== b) return false;
  const [before, after] = withContext(text, a, b, found, 0);
  return badness(after) <= badness(before);
}
const CYRILLIC_LETTER = /^[\u0400-\u04ff]+$/u;

/** The charsets of the regions whose letters a person mends by hand in text misread in them. */
const REGIONAL: ReadonlySet<string> = new Set(['windows-1250', 'iso-8859-2', 'windows-1251']);

/**
 * `text[k]`, a letter left unexplained in a rare charset's word, is of the script some sequence of the
 * word gives (`а` beside `Рґ`, д): mended by hand after the misreading, not part of another misreading.
 */
function mendedInScript(text: string, k: number, found: readonly Found[]): boolean {
  const script = scriptOf(text.codePointAt(k)!);
  return isLetter(text[k]) && found.some((f) => f.decoded && scriptOf(f.decoded.codePointAt(0)!) === script);
}

/** `[a, b)` cut at the offsets `at` (each left out): the pieces between them. */
function pieces(a: number, b: number, at: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = a;
  for (const k of [...at, b]) {
    if (k > s) out.push([s, k]);
    s = k + 1;
  }
  return out;
}

/**
 * Per character code, bit k set when charmap k reads it as: the lead byte of a
 * two-, three-, four-byte character; a continuation byte (80..BF).
 */
const LEAD2 = new Uint16Array(0x10000);
const LEAD3 = new Uint16Array(0x10000);
const LEAD4 = new Uint16Array(0x10000);
const CONT = new Uint16Array(0x10000);
STRETCH_CHARMAPS.forEach((charmap, k) => {
  for (const [ch, b] of charmap.toByte) {
    const c = ch.charCodeAt(0);
    if (b >= 0xc2 && b <= 0xdf) LEAD2[c]! |= 1 << k;
    else if (b >= 0xe0 && b <= 0xef) LEAD3[c]! |= 1 << k;
    else if (b >= 0xf0 && b <= 0xf4) LEAD4[c]! |= 1 << k;
    else if (b >= 0x80 && b <= 0xbf) CONT[c]! |= 1 << k;
  }
});
/** windows-1252's bit: the one charset whose A0 bytes are restored from spaces on their own evidence. */
const COMMON = 1;

/**
 * A cheap test that `[from, to)` may hold mojibake: a C1 control, or a
 * character some charset reads as a lead byte followed by as many it reads as
 * continuation bytes (one of them may be a space standing for A0 in
 * windows-1252, or a `?` or U+FFFD after a lead that is not a lowercase letter).
 */
export function mayHoldMojibake(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0x9f) return true;
    if ((LEAD2[c]! | LEAD3[c]! | LEAD4[c]!) === 0 || i + 1 >= to) continue;
    if (leadMayStartMojibake(text, from, to, i, c)) return true;
  }
  return false;
}

/**
 * {@link mayHoldMojibake}'s test at `i`, where a character `c` some charset reads as a lead
 * byte stands before `to`. A function of its own: its many rare cases, each met for the first
 * time after V8 had optimised the loop, made V8 compile the loop again (11 times in a run of
 * `extract` over 181 pages, issue 16); now only this is compiled again.
 */
function leadMayStartMojibake(text: string, from: number, to: number, i: number, c: number): boolean {
  const l2 = LEAD2[c]!;
  const l3 = LEAD3[c]!;
  const l4 = LEAD4[c]!;
  const n1 = text.charCodeAt(i + 1);
  // `polÃtica`: í whose soft hyphen was dropped, inside a lowercase word.
  if (c === 0xc3 && n1 >= 0x61 && n1 <= 0x7a && i > from && /\p{Ll}/u.test(text[i - 1]!)) return true;
  // (2026-12-07, h-moji21) `DÃaz`: after a word's opening capital.
  if (c === 0xc3 && n1 >= 0x61 && n1 <= 0x7a && i > from && /[A-Z]/.test(text[i - 1]!)) return true;
  // (2026-12-06, h-moji16) `voilÃ.`: à whose A0 was dropped, a lowercase word's end before closing punctuation.
  if (c === 0xc3 && i > from && CLOSING.test(text[i + 1]!) && /\p{Ll}/u.test(text[i - 1]!)) return true;
  // A lost byte: after a lead that is not a lowercase letter (`Ã?`, not `qué?`), or inside a longer character (`â?“`, `â€?`).
  if (
    lostAt(text, i + 1) &&
    (text[i]!.toUpperCase() === text[i] || ((l3 | l4) & contAt(text, i + 2, to)) !== 0)
  )
    return true;
  // `â??`, `â��`: punctuation's lead and two marks (Latin-1 storage lost both windows-1252 characters);
  // `ð??` opening a word, an emoji's.
  if (c === 0xe2 && lostAt(text, i + 1) && text.charCodeAt(i + 2) === n1) return true;
  if (c === 0xf0 && n1 === 0x3f && text.charCodeAt(i + 2) === n1 && !(i > from && isLetter(text[i - 1])))
    return true;
  // `Γ  `, `Ć  `: à read in windows-1253 or -1257, its A0 become a space before a space.
  if ((c === 0x393 || c === 0x106) && n1 === 0x20 && text.charCodeAt(i + 2) === 0x20) return true;
  const c1 = n1 === 0x20 ? COMMON : contAt(text, i + 1, to);
  if ((l3 | l4) & c1 && lostAt(text, i + 2)) return true;
  if (l2 & c1) return true;
  const c2 = c1 & (text.charCodeAt(i + 2) === 0x20 ? COMMON : contAt(text, i + 2, to));
  if (l3 & c2) return true;
  if (l4 & c2 & contAt(text, i + 3, to)) return true;
  if (l4 & c2 && i + 3 < to && lostAt(text, i + 3)) return true; // `ðŸ˜?`: a four-byte character's last byte lost
  // `ï¸`, `â€`, `ðŸ`: what is left of a variation selector, a joiner, an emoji lead when a strict
  // decoder dropped a byte windows-1252 leaves undefined (no word holds them).
  if ((c === 0xef && n1 === 0xb8) || (c === 0xe2 && n1 === 0x20ac) || (c === 0xf0 && n1 === 0x178))
    return true;
  // `â¤`, `â£`, `â—`, `â°`: ❤ ❣ ❗ ⏰ whose second byte (9D, 8F) a strict decoder dropped, before anything
  // (`alsoâ°` ending a line, `â—.`): {@link droppedSecond} decides.
  if (c === 0xe2 && (n1 === 0xa4 || n1 === 0xa3 || n1 === 0x2014 || n1 === 0xb0)) return true;
  return false;
}

/** The continuation classes of the character at `j` when it stands before `to`, else none. */
const contAt = (text: string, j: number, to: number): number => (j < to ? CONT[text.charCodeAt(j)]! : 0);

/** Whether the character at `j` is a lost byte: `?` or U+FFFD. (Module-level, like
 * {@link contAt}: a closure made per call cost more than the test itself.) */
const lostAt = (text: string, j: number): boolean =>
  text.charCodeAt(j) === 0x3f || text.charCodeAt(j) === 0xfffd;

/**
 * Repairs of whole stretches or words misread in one of `charmaps`, outside
 * `covered` (which it extends), on the lines numbered in `lines` (from 0) when given. Line by line, the charset that explains most
 * of a line's non-ASCII characters goes first (windows-1250 and ISO-8859-2
 * read most bytes alike; the line's other characters tell them apart).
 */
export function stretchRepairs(
  text: string,
  charmaps: readonly Charmap[],
  covered: boolean[],
  prior: ReadonlySet<number> = new Set(),
  lines: ReadonlySet<number> | null = null,
): Repair[] {
  const out: Repair[] = [];
  // Offsets earlier rounds repaired, in order: each line takes its own by a binary search, not
  // by reading them all (a text of many repaired lines made that quadratic).
  const priorSorted = Float64Array.from(prior).sort();
  const firstAtOrAfter = (x: number): number => {
    let lo = 0;
    let hi = priorSorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (priorSorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A line read once is read the same way again when nothing earlier touched it: the same
  // repairs, at its own offsets (a text of one broken line repeated 100,000 times was read
  // 100,000 times).
  const memo = new Map<string, { repairs: Repair[]; marks: number[] }>();
  for (let from = 0, lineNo = 0; from < text.length; lineNo++) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if ((!lines || lines.has(lineNo)) && mayHoldMojibake(text, from, to)) {
      // Offsets an earlier round repaired are evidence that the line is mojibake.
      const explainable = new Set<number>();
      for (let i = firstAtOrAfter(from); i < priorSorted.length && priorSorted[i]! < to; i++)
        explainable.add(priorSorted[i]!);
      let untouched = explainable.size === 0 && to - from <= 2_000;
      for (let k = from; untouched && k < to; k++) if (covered[k]) untouched = false;
      const line = untouched ? text.slice(from, to) : '';
      const known = untouched ? memo.get(line) : undefined;
      if (known) {
        for (const r of known.repairs) out.push({ ...r, start: r.start + from, end: r.end + from });
        for (const k of known.marks) covered[k + from] = true;
        from = to + 1;
        continue;
      }
      const first = out.length;
      const repairedBefore = explainable.size > 0;
      // Plain loops, not chains of map and filter: the arrays those return change their elements
      // kind with their length (empty or not), and each new kind met here deoptimised this long
      // function, which was then compiled again (four times in a run of 181 pages; issue 16).
      const readings: Reading[] = [];
      for (let order = 0; order < charmaps.length; order++) {
        const charmap = charmaps[order]!;
        if (charmap.differs && !holdsAny(text, from, to, charmap.differs)) continue;
        if (charmap.onlyWith && !holdsAny(text, from, to, charmap.onlyWith)) continue;
        // (A reading that can explain nothing is not ranked: the first is kept, its twin is judged against it.)
        if (order !== 0 && !mayFind(text, from, to, charmap)) continue;
        readings.push({
          charmap,
          order,
          ...explained(text, from, to, charmap, covered, explainable, order === 0),
        });
      }
      // Characters another charset explains are no evidence against this one (a line may mix two).
      const scored: Reading[] = [];
      for (const r of readings) {
        let unexplained = 0;
        for (const k of r.leftovers) if (!explainable.has(k)) unexplained++;
        scored.push({ ...r, score: r.score - unexplained });
      }
      const ranked: Reading[] = [];
      for (const r of scored) {
        const reading = r.charmap.differs ? asTwin(r, scored[0], () => latin1Controls(text, from, to)) : r;
        if (reading.found > 0) ranked.push(reading);
      }
      // Between charsets that explain as much, the one whose reading is less bad (`fĂźr` is `für` in
      // ISO-8859-2, `fßr` in windows-1250).
      ranked.sort((x, y) => y.score - x.score || x.bad() - y.bad() || x.order - y.order);
      const before = out.length;
      for (const { charmap } of ranked)
        append(out, lineRepairs(text, from, to, charmap, covered, explainable, repairedBefore));
      // A charset declined for want of evidence may have it now that another one repaired the line.
      if (out.length > before && ranked.length > 1)
        for (const { charmap } of ranked)
          append(out, lineRepairs(text, from, to, charmap, covered, explainable, repairedBefore));
      if (untouched) {
        const marks: number[] = [];
        for (let k = from; k < to; k++) if (covered[k]) marks.push(k - from);
        memo.set(line, {
          repairs: out.slice(first).map((r) => ({ ...r, start: r.start - from, end: r.end - from })),
          marks,
        });
      }
    }
    from = to + 1;
  }
  return out.sort((x, y) => x.start - y.start);
}

/** `line` read once more in windows-1252 where its sequences decode whole. */
function readAgain(line: string): string {
  const { found } = decodeStretch(line, 0, line.length, STRETCH_CHARMAPS[0]!);
  let out = '';
  let k = 0;
  for (const f of found) {
    if (f.lossy || !acceptable(f)) continue;
    out += line.slice(k, f.start) + f.decoded;
    k = f.end;
  }
  return out + line.slice(k);
}

/**
 * `twin`, read once more in windows-1252, changes and is less bad than `base` and than `base` read once
 * more (with `bad`, the badness of `base`): a first round's reading that the next round reads.
 */
function readsAgainBetter(twin: string, base: string, bad: number): boolean {
  const again = readAgain(twin);
  return again !== twin && badness(again) < Math.min(bad, badness(readAgain(base)));
}

const LETTER = /\p{Script=Latin}/u;

/** How many Latin letters of `s` windows-1252 cannot write (`Ş`: the next round cannot read it). */
function unreadable(s: string): number {
  const byteOf = STRETCH_CHARMAPS[0]!.byteOf;
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x80 && byteOf[c]! < 0 && LETTER.test(s[k]!)) n++;
  }
  return n;
}

/** How many C1 controls (U+0080..U+009F) `s` holds. */
function c1Count(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x80 && c <= 0x9f) n++;
  }
  return n;
}

/**
 * `[from, to)` holds a C1 control for a byte windows-1252 reads as a character (80, 82..8C, 8E, 91..9C,
 * 9E, 9F): what an ISO-8859-1 or ISO-8859-15 decoder leaves and windows-1252 (even one that keeps its five
 * undefined bytes as controls) never does.
 */
function latin1Controls(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80 && c <= 0x9f && c !== 0x81 && c !== 0x8d && c !== 0x8f && c !== 0x90 && c !== 0x9d)
      return true;
  }
  return false;
}

/** A charset's reading of a line, ranked by {@link stretchRepairs}. */
interface Reading extends ReturnType<typeof explained> {
  readonly charmap: Charmap;
  readonly order: number;
}

/**
 * A near twin of windows-1252 (ISO-8859-15) is ranked as windows-1252 is, and
 * goes first only where its reading of the line is less bad and holds fewer
 * of the case and spacing oddities ({@link caseOrSpaceOddities}) in which the
 * two readings differ (`Bürger`, not `BÌrger`). Scored on its own it would
 * gain from the characters it cannot read (a correct `–` is no leftover to it).
 */
function asTwin<
  R extends { charmap: Charmap; score: number; order: number; bad: () => number; line: string },
>(twin: R, base: R | undefined, controls: () => boolean): R {
  if (!base || base.charmap.differs || !base.charmap.common) return twin;
  const odd = caseOrSpaceOddities(twin.line) - caseOrSpaceOddities(base.line);
  const better = twin.bad() < base.bad() && odd < 0;
  // Or the line shows the decoder: it left a C1 control for a byte windows-1252 reads as a character
  // (`Å\u0082` for ł, C5 82), which an ISO-8859 decoder does and windows-1252 never does, so its eight
  // letters are Latin-9's bytes too (`ÅŒe` is `że`, C5 BC; windows-1252 would read `Ōe`). As bad and with
  // no more oddities, it then goes just before windows-1252.
  const decoder = !better && odd <= 0 && twin.bad() <= base.bad() && controls();
  // Or, as bad and with no more oddities, fewer C1 controls made: windows-1252 reads `Â` and one of the
  // eight letters (`ÂŒ`) as a C1 control, Latin-9 as a Latin-1 symbol (`¼`): text misread in windows-1252
  // and then read again in ISO-8859-15 (`ÃÂŒber` for `Ã¼ber`, über). Not where windows-1252's controls are
  // bytes for the next round to read (`Ã¢Â€Âœ`: “ read as ISO-8859-1, then in windows-1252): the two
  // readings read again decide. Or fewer Latin letters windows-1252 cannot write, when its reading read again
  // changes and is less bad than both windows-1252 readings (`ÃÅž`: Latin-9 gives `ÃŸ`, ß, windows-1252
  // `ÃŞ`, which no next round reads). It then goes just before windows-1252, where that would go.
  const beforeBase =
    decoder ||
    (!better &&
      odd <= 0 &&
      ((twin.bad() <= base.bad() &&
        c1Count(twin.line) < c1Count(base.line) &&
        badness(readAgain(twin.line)) < badness(readAgain(base.line))) ||
        (unreadable(twin.line) < unreadable(base.line) &&
          readsAgainBetter(twin.line, base.line, base.bad()))));
  const bad = better ? twin.bad() : beforeBase ? base.bad() : Math.max(twin.bad(), base.bad());
  return { ...twin, score: base.score, order: beforeBase ? base.order - 0.5 : twin.order, bad: () => bad };
}

/**
 * `[from, to)` holds a lead byte in `charmap` followed by a continuation byte,
 * a space or a lost byte's mark: where a charset that drops no undefined bytes
 * finds no character ({@link sequenceAt}) it cannot find one. A cheap test
 * that spares a line the readings that explain nothing.
 */
function mayFind(text: string, from: number, to: number, charmap: Charmap): boolean {
  if (charmap.dropsUndefined) return true;
  const { byteOf } = charmap;
  for (let i = from; i + 1 < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const lead = byteOf[c]!;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const n = text.charCodeAt(i + 1);
    const b = n < 0x80 ? n : byteOf[n]!;
    if ((b >= 0x80 && b <= 0xbf) || n === 0x20 || n === 0x3f || n === 0xfffd) return true;
  }
  return false;
}

/** `[from, to)` holds one of `chars`. */
function holdsAny(text: string, from: number, to: number, chars: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (chars.has(text[k]!)) return true;
  return false;
}

/**
 * How many characters of the line the charmap explains as parts of UTF-8
 * sequences (`found`), less those it cannot and the letters it decodes to that
 * it cannot write itself (`score`: text misread as windows-1250 was most
 * likely Central European, so `å` from it is less likely than ISO-8859-2's `á`),
 * the non-ASCII characters it leaves unexplained (`leftovers`), and the
 * badness of the line read that way (`bad`, read when first asked; Infinity
 * unless it explains something or `scoreAnyway`: a reading that explains
 * nothing is not ranked, but the first charset's is what its near twin is
 * judged against).
 * Adds the explained offsets to `explainable`.
 */
function explained(
  text: string,
  from: number,
  to: number,
  charmap: Charmap,
  covered: readonly boolean[],
  explainable: Set<number>,
  scoreAnyway: boolean,
): { found: number; score: number; leftovers: number[]; bad: () => number; line: string } {
  let found = 0;
  let penalty = 0;
  const leftovers: number[] = [];
  let line = '';
  let k0 = from;
  for (const [a, b] of stretches(text, from, to, charmap, covered)) {
    const d = decodeStretch(text, a, b, charmap);
    for (const f of d.found) {
      line += text.slice(k0, f.start) + (acceptable(f) ? f.decoded : text.slice(f.start, f.end));
      k0 = f.end;
      found += f.end - f.start;
      if (!f.lossy && f.a0 === null && acceptable(f))
        for (let k = f.start; k < f.end; k++) explainable.add(k);
      // A rare charset's reading is less likely when it gives a Latin letter the charset cannot write itself
      // or a character that ordinary text seldom holds (ISO-8859-2 `Ăˇ` as `÷`, windows-1250's is `á`).
      // (Not for a charset tried beside windows-1252 where its bytes are windows-1252's, which reads them
      // alike: `Ä›` is ě in windows-1257 and windows-1252, no evidence between them; `Ä¨` is č in -1257 alone.)
      if (
        !charmap.common &&
        LATIN.test(f.decoded) &&
        !charmap.toByte.has(f.decoded) &&
        !(charmap.onlyWith && readAsWindows1252(text, f, charmap))
      )
        penalty++;
      else if (!charmap.common && !f.lossy && !plausible(f.decoded.codePointAt(0)!)) penalty++;
    }
    append(leftovers, d.leftovers);
  }
  line += text.slice(k0, to);
  // A rare charset whose reading puts a capital inside a lowercase word (`kÜrde`: `Ăś` in windows-1250,
  // `körde` in ISO-8859-2) is less likely than one that reads the word as words are written.
  if (!charmap.common && found > 0) penalty += caseOrSpaceOddities(line);
  // Read only when asked (rankings that tie on the score, a near twin's): most lines are never asked.
  let bad = found > 0 || scoreAnyway ? -1 : Infinity;
  return {
    found,
    score: found - penalty,
    leftovers,
    bad: () => (bad < 0 ? (bad = badness(line)) : bad),
    line,
  };
}

/** Every character of `f` stands for the byte windows-1252 reads it as, in `charmap` too. */
function readAsWindows1252(text: string, f: Found, charmap: Charmap): boolean {
  const common = STRETCH_CHARMAPS[0]!.byteOf;
  for (let k = f.start; k < f.end; k++) {
    const c = text.charCodeAt(k);
    if (charmap.byteOf[c] !== common[c]) return false;
  }
  return true;
}

function lineRepairs(
  text: string,
  from: number,
  to: number,
  charmap: Charmap,
  covered: boolean[],
  explainable: ReadonlySet<number>,
  repairedBefore: boolean,
): Repair[] {
  const accepted: Found[] = [];
  // Pieces of words beside what is left of characters that lost a byte: taken only in a line where a word
  // or stretch was repaired whole (a strict decoder's loss is no evidence of mojibake on its own).
  const besideRemains: Found[] = [];
  // Words of Cyrillic pairs no less ordinary read in windows-1251 ({@link cyrillicPairs}), and whether a word
  // of the line was read in pieces between letters mended by hand.
  const heldWords: Found[][] = [];
  let mendedWord = false;
  for (const [a, b] of stretches(text, from, to, charmap, covered)) {
    const { found, leftovers } = decodeStretch(text, a, b, charmap);
    if (found.length === 0) continue;
    if (leftovers.length === 0 && improves(text, a, b, found, charmap)) {
      append(accepted, found);
      continue;
    }
    // Words come in text order, and so do the sequences found and the bytes left unexplained:
    // each word's share is read by moving two cursors, not by filtering the whole stretch again
    // (a line of 100,000 short words made that quadratic).
    const byStart = found.every((f, k) => k === 0 || found[k - 1]!.start <= f.start)
      ? found
      : [...found].sort((x, y) => x.start - y.start);
    const left = leftovers.every((k, i) => i === 0 || leftovers[i - 1]! <= k)
      ? leftovers
      : [...leftovers].sort((x, y) => x - y);
    let fi = 0;
    let li = 0;
    for (const [wa, wb] of words(text, a, b, found)) {
      while (fi < byStart.length && byStart[fi]!.start < wa) fi++;
      let fj = fi;
      while (fj < byStart.length && byStart[fj]!.start < wb) fj++;
      const mine = byStart.slice(fi, fj);
      if (mine.length === 0) continue;
      const end = mine.reduce((m, f) => Math.max(m, f.end), wb);
      while (li < left.length && left[li]! < wa) li++;
      let lj = li;
      while (lj < left.length && left[lj]! < wb) lj++;
      const unexplained = left.slice(li, lj);
      if (unexplained.length === 0) {
        if (improves(text, wa, end, mine, charmap)) append(accepted, mine);
        else if (cyrillicPairs(text, wa, end, mine, charmap)) heldWords.push(mine);
        continue;
      }
      // Correct quotes, dashes, an ellipsis or letters beside mojibake in one word (`cafÃ©’s`: the
      // apostrophe was typed or curled after the text was misread in windows-1252; `schÃ¶…`: the text was
      // cut short after it; `élÃ¨ve`: `é` mended by hand): each piece between them is judged on its own
      // ({@link typedAfter}).
      // Or what is left of characters a strict decoder dropped a byte of (`МоÑква`: с is D1 81, and 81
      // went): each piece between them is judged on its own, the remains left as they are.
      const typedAll = unexplained.every((k) => typedAfter(text, k, charmap));
      // A rare charset is read in pieces only between letters mended by hand, of its own script (`РґаРЅ`:
      // `а` mended where windows-1251 showed `Р°`).
      if (
        !charmap.common &&
        !(REGIONAL.has(charmap.name) && typedAll && unexplained.every((k) => mendedInScript(text, k, mine)))
      )
        continue;
      // A lone two-byte lead may be a strict decoder's remains (`Ñ` of с, D1 81) or a letter mended by
      // hand: the one lowercase letter among those leads, ß (`grÃ¶ße`; DF and a dropped byte would be an
      // NKo letter), is mended; a capital (`Ã` of Á, `Ñ`) is read as remains, as before.
      const stripped =
        charmap.dropsUndefined &&
        unexplained.every((k, i) => remains(text, k, unexplained[i - 1], charmap)) &&
        !(typedAll && unexplained.every((k) => /\p{Ll}/u.test(text[k]!)));
      const curled = !stripped && typedAll;
      if (!curled && !stripped) continue;
      // (Named in the reason where they are other than quotes and dashes, which were always read so.)
      const typed =
        curled && unexplained.some((k) => !QUOTES_AND_DASHES.includes(text[k]!))
          ? unexplained.map((k) => text[k]!).join('')
          : '';
      // The pieces and the word's sequences both in text order: read by one cursor (a long word of many
      // pieces made a filter per piece quadratic).
      let pi = 0;
      const held: Found[][] = [];
      let tookPiece = false;
      for (const [pa, pb] of pieces(wa, end, unexplained)) {
        while (pi < mine.length && mine[pi]!.start < pa) pi++;
        // Beside such remains a space is the word's end, not a no-break space's lost A0 (`×` and a space
        // is ם whose 9D went, not נ).
        const part: Found[] = [];
        for (let pj = pi; pj < mine.length && mine[pj]!.start < pb; pj++) {
          const f = mine[pj]!;
          if (f.end <= pb && (curled || f.a0 === null)) part.push(f);
        }
        if (
          part.length > 0 &&
          part.some((f) => !f.lossy && f.a0 === null) &&
          // (Between remains, judged without them: they are as bad beside the repair as beside the bytes.)
          improves(text, pa, pb, part, charmap, curled ? CONTEXT : 0)
        ) {
          append(
            curled ? accepted : besideRemains,
            typed ? part.map((f) => ({ ...f, typedBeside: typed })) : part,
          );
          tookPiece = true;
        } else if (!charmap.common && cyrillicPairs(text, pa, pb, part, charmap))
          held.push(typed ? part.map((f) => ({ ...f, typedBeside: typed })) : part);
      }
      // A piece of two Cyrillic letters that windows-1251 reads as one (`Рґ` of `Рґанным`, д, with `а` mended):
      // no less ordinary as it stands, it is read as the other pieces of its word were.
      if (tookPiece) {
        for (const part of held) append(accepted, part);
        mendedWord = true;
      }
    }
  }
  // So is a word of such pairs alone (`Рё`, и) in a line whose words were read in pieces between mended
  // letters.
  if (mendedWord) for (const w of heldWords) append(accepted, w);
  if (accepted.length > 0) append(accepted, besideRemains);
  if (!repairedBefore && !enoughEvidence(text, from, to, charmap, covered, explainable, accepted)) return [];
  for (const f of accepted) for (let k = f.start; k < f.end; k++) covered[k] = true;
  return accepted.map((f) => toRepair(text, f, charmap));
}

/**
 * A line repaired in a rare charset must show it more than once (or in three
 * bytes, or beside another charset's repairs, or with a gain of 2 in badness). A line whose one repair is a
 * single two-byte letter must have no other non-ASCII character that no
 * charset explains (`Mccoy – DrÃ¥ber`: the correct dash says the line was decoded right),
 * unless the letter is inside a word (`the mayor’s cafÃ©`, not `Größe 10 Å—`)
 * and not made with a currency sign, or one of those is a letter of the same
 * script (`Zoë cafÃ¥`).
 */
function enoughEvidence(
  text: string,
  from: number,
  to: number,
  charmap: Charmap,
  covered: readonly boolean[],
  explainable: ReadonlySet<number>,
  accepted: readonly Found[],
): boolean {
  if (accepted.length === 0) return true;
  // MacRoman's `√` or `¬` and a character, standing where a word's character stands (`√úber`, `¬© 2020`,
  // `√† la`), are evidence on their own.
  if (charmap.name === 'macroman' && accepted.length === 1 && macRomanAt(text, accepted[0]!)) return true;
  // cp437's box-drawing `├` or `┬` and a letter or symbol, away from other box drawing (`├á` for à, `┬⌐`
  // for ©): evidence on its own, as no drawing joins a box corner to a letter.
  if (
    (charmap.name === 'cp437' || charmap.name === 'cp850') &&
    accepted.length === 1 &&
    cp437At(text, accepted[0]!)
  )
    return true;
  // `Â` and the letter a Central European charset shows for a Latin-1 symbol's byte (`ÂŠ 2020` for
  // `© 2020`, `Âť` for `»`, `GastreuÂŽ` for `Gastreu®`), where a symbol stands: evidence on its own, as
  // `Â©` is in windows-1252 (no word holds `Â` before those letters).
  if (accepted.length === 1 && symbolAfterA(text, accepted[0]!)) return true;
  if (accepted.length === 1 && !charmap.common && centralLeadPair(text, accepted[0]!)) return true;
  if (accepted.length === 1) {
    // A lone letter made of two symbols (`5×£35`, `= √π`) is no evidence.
    const f = accepted[0]!;
    if (
      isLetter(f.decoded) &&
      !isLetter(text[f.start]) &&
      !isLetter(text[f.start - 1]) &&
      !isLetter(text[f.end])
    )
      return false;
  }
  if (!charmap.common) {
    // Twice, or once in three bytes or more, or in a line that another charset's repairs show to be
    // mojibake, or once where it takes two unlikely combinations or more out of its word (`ver√∂ffentlicht`).
    if (accepted.length >= 2 || accepted[0]!.end - accepted[0]!.start >= 3) return true;
    for (let k = from; k < to; k++) if (covered[k]) return true;
    return gain(text, accepted[0]!) >= 2;
  }
  if (accepted.length > 1) return true;
  const f = accepted[0]!;
  if (f.end - f.start !== 2 || !isLetter(f.decoded)) return true;
  // `Ã` and a no-break space after a lowercase word is à (`pensé Ã\u00a0 la`): no language writes a
  // capital Ã before a no-break space there.
  if (
    text.slice(f.start, f.end) === 'Ã\u00a0' &&
    /\p{Ll}[\s\p{P}]*\s$/u.test(text.slice(Math.max(from, f.start - 4), f.start))
  )
    return true;
  const inWord = isLetter(text[f.start - 1]) || isLetter(text[f.end]);
  // Inside a word, a misread letter is evidence enough, unless it rests on a currency sign, which
  // stylised names use as a letter (`Ke$ha`, `DrÃ¥ber`).
  if (inWord && !STYLISED.has(text[f.end - 1]!)) return true;
  let clean = false;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) < 0x80 || covered[k] || explainable.has(k)) continue;
    // (2026-12-07, h-moji20) A lone two-byte lead ending the line after a lowercase letter (`la cittÃ`) is
    // no correct text but what a cut or a trimmed A0 left of a misread character (edges.ts flags it).
    if (leadEndingLine(text, k, to, charmap)) continue;
    // A correct accented letter of the same script says the line's language has them: the repair fits in.
    if ((inWord || f.a0) && isLetter(text[k]) && sameScript(text[k]!, f.decoded)) return true;
    clean = true;
  }
  return !clean;
}

/** `text[k]` is a two-byte UTF-8 lead in `charmap` (but ß, DF, which ends German words), alone after a lowercase letter at the end of its line (`to`). */
function leadEndingLine(text: string, k: number, to: number, charmap: Charmap): boolean {
  const b = charmap.byteOf[text.charCodeAt(k)]!;
  return (
    b >= 0xc2 &&
    b <= 0xde &&
    /\p{Ll}/u.test(text[k - 1] ?? '') &&
    /^[ \t\u00a0\r]*$/u.test(text.slice(k + 1, to))
  );
}

/** Latin-1 symbols that text misread in a Central European charset shows as `Â` and a letter or mark. */
const LATIN1_SYMBOLS = new Set([...'©®°±·»«§¶']);

/** The letters windows-1252, windows-1253 and windows-1257 read for C2, the lead of Latin-1's symbols. */
const C2_LEADS: ReadonlySet<string> = new Set(['Â', 'Β', 'Ā']);

/** See {@link enoughEvidence}: `Â` and one more giving a Latin-1 symbol, not inside a word (but `®` ends words). */
function symbolAfterA(text: string, f: Found): boolean {
  // (`Β`, `Ā`: what windows-1253 and windows-1257 read for C2, as windows-1252 reads `Â`.)
  if (
    f.end - f.start !== 2 ||
    !C2_LEADS.has(text[f.start]!) ||
    f.a0 !== null ||
    !LATIN1_SYMBOLS.has(f.decoded)
  )
    return false;
  const before = text[f.start - 1];
  const after = text[f.end];
  return (f.decoded === '®' || !isLetter(before)) && !isLetter(after);
}

/**
 * `Ă` or `Ĺ` (the windows-1250 and ISO-8859-2 letters for lead bytes C3 and
 * C5) and a letter, before a lowercase letter, giving a letter (`Ăśber`,
 * `ĹĽyciu`, `ZĂĽrich`): evidence on its own. Romanian `Ă` and Slovak `Ĺ` stand
 * before such letters only in words in capitals (`PĂŞUNE`).
 */
function centralLeadPair(text: string, f: Found): boolean {
  if (f.end - f.start !== 2 || f.a0 !== null || f.lossy || !isLetter(f.decoded)) return false;
  const lead = text[f.start];
  // (`Γ`, `Ć`: what windows-1253 and windows-1257 read for C3, the lead of Latin-1's letters: `Γ–ffentlich`.)
  if (lead !== 'Ă' && lead !== 'Ĺ' && lead !== 'Γ' && lead !== 'Ć') return false;
  const before = text[f.start - 1] ?? '';
  if ((lead === 'Γ' || lead === 'Ć') && centralLeadAgainstLatin(text, f)) return true;
  const lower = /\p{Ll}/u.test(f.decoded);
  const lowerAfter = /\p{Ll}/u.test(text[f.end] ?? '');
  // After a lowercase letter, giving one (`groĂź`, `MenĂĽ`, `IngresĂĄ`): Romanian `Ă` follows lowercase
  // letters only in words joined without a space.
  if (lower && /\p{Ll}/u.test(before)) return true;
  if (isLetter(text[f.start + 1])) return lowerAfter;
  // A mark for the second byte before a lowercase letter, giving a lowercase letter (`DĂ­az`) or opening
  // a word (`Ă–ffentlich`); a no-break space is no such mark (`Ć\u00a0oraz`: Polish's letter Ć named, a
  // lone à glued to the next word).
  return lowerAfter && (lower || !isLetter(before)) && text[f.start + 1] !== '\u00a0';
}

/**
 * windows-1253's `Γ` or windows-1257's `Ć` (C3) against Latin text, where no Greek or Polish word has it
 * (rule `mojibake:utf8-as-windows-1253|1257`): with a no-break space, a word of its own after a Latin
 * lowercase word (`janvier Γ\u00a0 20h`: à, as windows-1252's `Ã\u00a0` is); with a symbol, a capital after an
 * ASCII capital or opening a word, before an ASCII capital or a hyphen (`SCHĆ–NER`, `SPĆ–-Klub`, `Γ–VP`: Ö).
 */
function centralLeadAgainstLatin(text: string, f: Found): boolean {
  const second = text[f.start + 1]!;
  // (A lone à before a space, not glued to the next word: `Ć\u00a0oraz` is Polish's letter Ć named.)
  if (second === '\u00a0')
    return (
      f.decoded === 'à' &&
      /[a-z] $/.test(text.slice(Math.max(0, f.start - 2), f.start)) &&
      !isLetter(text[f.end])
    );
  // (Not a word's end: `ZROBIĆ…`, a Polish headline's verb before an ellipsis.)
  return (
    !isLetter(second) &&
    /\p{Lu}/u.test(f.decoded) &&
    // (Not after `A I U Y`: `ZROBIĆ–JUTRO`, a Polish infinitive's `IĆ`, `AĆ`, `YĆ` before a dash; German
    // writes Ö after a consonant or `E`, `GEÖFFNET`.)
    (/[B-HJ-TV-XZ]/.test(text[f.start - 1] ?? '') || !isLetter(text[f.start - 1])) &&
    /[A-Z-]/.test(text[f.end] ?? '')
  );
}

/** A found character is MacRoman's `√` or `¬` and one more, in a word's place ({@link macRomanPair}). */
function macRomanAt(text: string, f: Found): boolean {
  if (f.end - f.start !== 2 || f.lossy || f.a0 !== null) return false;
  const chars = [...text.slice(Math.max(0, f.start - 1), f.end + 1)];
  const i = f.start > 0 ? 2 : 1;
  return (chars[i - 1] === '√' || chars[i - 1] === '¬') && macRomanPair(chars, i);
}

/** Box drawing and block elements (U+2500..U+259F), what cp437 reads bytes B0..DF as. */
const BOX = /[\u2500-\u259f]/u;

/**
 * A found character is cp437's `├` (C3) or `┬` (C2) and one more, giving a
 * letter (`├á`, `├û`) or, after `┬`, a Latin-1 symbol (`┬⌐` for ©, `┬╗` for »),
 * with no box drawing either side: a drawing (`├──`, `┬─┐`) never joins a
 * corner to a letter or to `⌐`.
 */
function cp437At(text: string, f: Found): boolean {
  if (f.end - f.start !== 2 || f.lossy || f.a0 !== null) return false;
  const lead = text[f.start];
  const symbol = lead === '┬' && f.decoded >= '\u00a1' && f.decoded <= '\u00bf';
  if (!((lead === '├' && isLetter(f.decoded)) || symbol)) return false;
  return !BOX.test(text[f.start - 1] ?? '') && !BOX.test(text[f.end] ?? '');
}

const STYLISED = new Set([...'$¢£¥€']);
const LATIN = /\p{Script=Latin}/u;
const sameScript = (a: string, b: string): boolean => LATIN.test(a) === LATIN.test(b);

/** How much a found character lowers the badness of its word (with context either side). */
function gain(text: string, f: Found): number {
  let a = f.start;
  let b = f.end;
  while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
  while (b < text.length && !/\s/.test(text[b]!)) b++;
  const [before, after] = withContext(text, a, b, [f]);
  return badness(before) - badness(after);
}

function toRepair(text: string, f: Found, charmap: Charmap): Repair {
  const seen = text.slice(f.start, f.end);
  const how = f.replacement
    ? `the UTF-8 encoding of U+FFFD (a character a decoder had already replaced) read as ${charmap.name}`
    : f.lossy
      ? `the start of a UTF-8 character read as ${charmap.name}, with a byte lost`
      : f.decoded === ''
        ? `the UTF-8 byte order mark (U+FEFF) read as ${charmap.name}, which stands for no character`
        : `the ${f.cesu ? 'CESU-8' : 'UTF-8'} encoding of '${f.decoded}' read as ${charmap.name}${
            f.a0 === 'space'
              ? ' (a no-break space byte became a space)'
              : f.a0 === 'dropped'
                ? ' (its A0 byte was lost)'
                : f.softHyphen
                  ? ' (its byte AD, a soft hyphen, was dropped)'
                  : f.droppedUndefined
                    ? ` (its byte ${f.droppedUndefined.toString(16).toUpperCase()}, undefined in windows-1252, was dropped)`
                    : ''
          }`;
  return {
    start: f.start,
    end: f.end,
    replacement: f.decoded,
    rule: f.lossy
      ? `mojibake:lossy-utf8-as-${charmap.name}`
      : f.cesu
        ? `mojibake:cesu8-as-${charmap.name}`
        : `mojibake:utf8-as-${charmap.name}`,
    reason: `'${seen}' is ${how}; the stretch reads better repaired${
      f.typedBeside ? ` (beside '${f.typedBeside}', typed after the misreading)` : ''
    }`,
  };
}

/** Appends `items` to `out` one by one (a spread push overflows the call stack on a large array). */
function append<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}
