import { balticReadAsLatin1 } from './baltic-latin1.js';
import type { Repair } from '../model/document.js';
import { DOUBLE_BYTE_MOJIBAKE, doubleByteRepairs } from './double-byte.js';
import { CHARMAPS, STRETCH_CHARMAPS, c1ToWindows1252, type Charmap } from './charmaps.js';
import { plausible } from './plausible.js';
import { badness, scriptOf } from './badness.js';
import { aGraveInCapitals, CONTEXT, mayHoldMojibake, stretchRepairs } from './runs.js';
import { repairedView, type RepairedView } from './view.js';
import { centralReadAsLatin1, ROMANIAN_RULE } from './central-latin1.js';
import { turkishReadAsLatin1 } from './turkish-latin1.js';
import { cyrillicReadAsLatin1, greekReadAsLatin1 } from './cyrillic-latin1.js';
import { CASE_CHANGED_LEAD, caseChanged, recasedRepair } from './recase.js';
import { unescapeNonAscii, type Unescaped } from './entities.js';
import { decomposedLetters, decomposedRepairs, reasonOf, recompose, type Recomposed } from './decomposed.js';
import { atEdges } from './edges.js';
import { latin9Repairs } from './latin9.js';
import { poundAsLStroke } from './pound-l.js';
import { lostLetters } from './lost-letter.js';
import { ligatureRepairs, spellLigatures } from './ligatures.js';
import { stripTerminalEscapes, terminalEscapeRepairs, type Stripped } from './terminal.js';

/** A stretch of text that reads as the bytes of one UTF-8 character under a single-byte charset. */
interface Sequence {
  readonly start: number;
  readonly end: number;
  readonly bytes: readonly number[];
  /** The character the bytes encode, or U+FFFD when a byte was already lost. */
  readonly decoded: string;
  readonly charmap: Charmap;
  /** A plain space stood where a no-break space (byte A0) belongs. */
  readonly spaceForNbsp: boolean;
  /** The sequence ended in U+FFFD: part of the character was lost before we saw it. */
  readonly lossy: boolean;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (ch: string | undefined): boolean => ch !== undefined && /\p{Lu}/u.test(ch);
const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);
const isLatin = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Latin}/u.test(ch);

/** Punctuation that ordinary text puts right after an accented letter. */
const COMMON_PUNCTUATION: ReadonlySet<string> = new Set([
  '’',
  '‘',
  '“',
  '”',
  '…',
  '–',
  '—',
  '•',
  '«',
  '»',
  '°',
  '·',
]);

/**
 * (2026-12-06, h-moji18) A sequence giving a letter of a script other than Latin and Greek glued to a Latin
 * letter that no sequence of its group covers: a word of two scripts, which no language writes (`Ö–Ä–Ü`,
 * German capitals joined by en dashes, is MacRoman's `ÖЀІ`). A rare charset's group holding one is declined.
 */
function gluedToLatin(text: string, s: Sequence, group: readonly Sequence[]): boolean {
  if (s.lossy || !/^\p{L}$/u.test(s.decoded) || /\p{Script=Latin}|\p{Script=Greek}/u.test(s.decoded))
    return false;
  const inGroup = (k: number): boolean => group.some((g) => g.start <= k && k < g.end);
  const latinAt = (k: number): boolean =>
    k >= 0 && k < text.length && !inGroup(k) && /\p{Script=Latin}/u.test(text[k]!);
  return latinAt(s.start - 1) || latinAt(s.end);
}

/** Some continuation character is not what ordinary text puts after an accented letter. */
function oddBytes(text: string, s: Sequence): boolean {
  return [...text.slice(s.start + 1, s.end)].some(
    (ch) => ch !== ' ' && !COMMON_PUNCTUATION.has(c1ToWindows1252(ch) ?? ch),
  );
}

function utf8Length(lead: number): number {
  return lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

/** Validates the second byte for leads with narrowed ranges (no overlongs, no surrogates, <= U+10FFFF). */
function validSecond(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second <= 0x8f;
  return true;
}

/** One decoder for every sequence (making one per sequence cost more than the decoding). */
const UTF8 = new TextDecoder('utf-8');

function scan(text: string, charmap: Charmap): Sequence[] {
  const out: Sequence[] = [];
  const { byteOf } = charmap;
  for (let i = 0; i < text.length; i++) {
    const lead = byteOf[text.charCodeAt(i)]!;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const n = utf8Length(lead);
    const bytes = [lead];
    let j = i + 1;
    let spaceForNbsp = false;
    let lossy = false;
    while (bytes.length < n && j < text.length) {
      const ch = text[j]!;
      const b = byteOf[text.charCodeAt(j)]!;
      if (b >= 0x80 && b <= 0xbf && (bytes.length > 1 || validSecond(lead, b))) {
        bytes.push(b);
        j++;
      } else if (ch === ' ' && !spaceForNbsp && (bytes.length > 1 || validSecond(lead, 0xa0))) {
        bytes.push(0xa0);
        spaceForNbsp = true;
        j++;
      } else if (ch === '\uFFFD') {
        lossy = true;
        j++;
        break;
      } else break;
    }
    if (!lossy && bytes.length < n) continue;
    // `ðŸ‘ðŸ‘ â€”`: after a four-byte character short of a byte (a strict decoder dropped an undefined
    // one), the next one's space is that character's own space, not its lost A0 (👏👏, not ðŸ‘👠).
    if (spaceForNbsp && n === 4 && shortFourByte(text, i, byteOf)) continue;
    const decoded = lossy ? '\uFFFD' : UTF8.decode(Uint8Array.from(bytes));
    if (!lossy && (decoded.length === 0 || decoded.includes('\uFFFD'))) continue;
    out.push({ start: i, end: j, bytes, decoded, charmap, spaceForNbsp, lossy });
    i = j - 1;
  }
  return out;
}

/** The three characters before `i` are a four-byte lead and two continuation bytes: a character short of a byte. */
function shortFourByte(text: string, i: number, byteOf: Int16Array): boolean {
  const at = (k: number): number => (k >= 0 ? byteOf[text.charCodeAt(k)]! : -1);
  const lead = at(i - 3);
  const cont = (b: number): boolean => b >= 0x80 && b <= 0xbf;
  return lead >= 0xf0 && lead <= 0xf4 && cont(at(i - 2)) && cont(at(i - 1));
}

/** Groups sequences that touch or are separated only by non-space characters (one word). */
function clusters(text: string, seqs: readonly Sequence[]): Sequence[][] {
  const groups: Sequence[][] = [];
  let current: Sequence[] = [];
  for (const s of seqs) {
    const prev = current[current.length - 1];
    if (prev && (s.start - prev.end > 24 || /\s/.test(text.slice(prev.end, s.start)))) {
      groups.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Case of the decoded letter agrees with its neighbours (`aoÃ»t` -> `août`, not `AHÅ™` -> `AHř`). */
function caseFits(text: string, s: Sequence): boolean {
  const left = text[s.start - 1];
  const right = text[s.end];
  if (!isLetter(left) && !isLetter(right)) return false; // a one-letter word from two symbols: no evidence
  const d = s.decoded;
  if (isLower(d)) {
    // (2026-12-06, h-moji16) `PRIMÄƒRIA` (ă, `ÄƑ` uppercased with `ƒ` put back): a lowercase continuation
    // letter between capitals already breaks the word's case; the letter it gives breaks it no more.
    if (s.end - s.start === 2 && isLower(text[s.start + 1]) && isUpper(left) && isUpper(right)) return true;
    if (isLetter(right) && !isLower(right)) return false;
    if (isLetter(left) && !isLower(left)) return !isLetter(text[s.start - 2]); // Titlecase word start
    return true;
  }
  if (isUpper(d)) {
    if (isLetter(left) && !isUpper(left)) return false;
    if (isLetter(right) && !isUpper(right)) return !isLetter(left); // Titlecase word start
    return true;
  }
  return true;
}

/** `Ã’s`, `É’s`: a right single quote followed by a contraction is an apostrophe, not a byte. */
function looksLikeApostrophe(text: string, s: Sequence): boolean {
  const last = text[s.end - 1];
  return (
    (last === '\u2019' || last === "'") && /^(s|t|d|ll|re|ve|m)(?!\p{L})/u.test(text.slice(s.end, s.end + 3))
  );
}

/** Non-ASCII characters on the line that no sequence explains: the line was decoded right elsewhere. */
function lineHasCleanNonAscii(
  text: string,
  s: Sequence,
  covered: (i: number) => boolean,
  lineOf: LineOf,
): boolean {
  let [a, b] = lineOf(s);
  if (b - a > 2000) {
    a = Math.max(a, s.start - 300);
    b = Math.min(b, s.end + 300);
  }
  for (let i = a; i < b; i++) {
    if (text.charCodeAt(i) > 0x7f && !covered(i)) return true;
  }
  return false;
}

/** The start and end of the line holding a sequence. */
type LineOf = (s: Sequence) => [number, number];

/**
 * {@link LineOf} for `text`, its line breaks found once (looking for them per
 * sequence read a long line once per sequence: quadratic).
 */
function linesOf(text: string): LineOf {
  const breaks: number[] = [];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) breaks.push(k);
  return (s) => {
    // The first break at or after the sequence's end, by binary search; the line starts after the one before.
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (breaks[mid]! < s.end) lo = mid + 1;
      else hi = mid;
    }
    let k = lo;
    while (k > 0 && breaks[k - 1]! >= s.start) k--; // (a sequence holds no break)
    return [k > 0 ? breaks[k - 1]! + 1 : 0, lo < breaks.length ? breaks[lo]! : text.length];
  };
}

/**
 * A group holding a sequence whose no-break space was a space, of a script no other sequence of the group
 * gives (`ÃÃÃ é© ñ®`: `Ã ` would be à and `é© ` 驠): the space parts two words, not two bytes of one
 * (`Ð Ð¾` is `Ро`, one script). Rule `mojibake:utf8-as-<charset>` declines it.
 */
function nbspAcrossScripts(group: readonly Sequence[]): boolean {
  const script = (s: Sequence): number => scriptOf(s.decoded.codePointAt(0)!);
  return group.some(
    (s) => s.spaceForNbsp && !s.lossy && group.every((o) => o === s || o.lossy || script(o) !== script(s)),
  );
}

/** Decides whether a lone sequence (no other in its word) is mojibake. */
function acceptSingle(text: string, s: Sequence, covered: (i: number) => boolean, lineOf: LineOf): boolean {
  const d = s.decoded;
  const left = text[s.start - 1];
  const right = text[s.end];
  if (s.spaceForNbsp || aGraveInCapitals(text, s.start, s.decoded)) return false;
  if (s.lossy) return s.bytes.length >= 2 || (isLetter(left) && isLetter(right));
  if (!s.charmap.common) return s.bytes.length >= 3;
  const cp = d.codePointAt(0)!;
  if (s.bytes.length >= 3) {
    if (/[\p{L}\p{N}]/u.test(d) && !isLatin(d)) {
      // The bytes must look odd as text: `ã…ˆ` has a modifier letter; `é’…` is a word, a quote and an ellipsis.
      return oddBytes(text, s) && !isLatin(left) && !isLatin(right);
    }
    if (isLatin(d)) return caseFits(text, s);
    return true; // punctuation, symbols, emoji from three or four bytes: strong evidence
  }
  // Two bytes.
  if (s.bytes[0] === 0xc2) return cp >= 0xa0; // `Â£`, `Â°`, `Â©`: the commonest mojibake of all
  if (!isLetter(d)) return false;
  if (s.bytes[1] === 0xa0 && s.bytes[0] !== 0xc3) return false; // a letter before a no-break space is ordinary text
  if (looksLikeApostrophe(text, s)) return false;
  if (writtenInLine(text, s, covered, lineOf)) {
    SAME_IN_LINE.add(s);
    return true;
  }
  if (lineHasCleanNonAscii(text, s, covered, lineOf)) return false;
  return caseFits(text, s);
}

/** Sequences accepted by {@link writtenInLine}, named so in their repair's reason. */
const SAME_IN_LINE = new WeakSet<Sequence>();

/**
 * A windows-1252 letter's two bytes (`Ã¨`, `Ã‰`) in a line that writes the same letter correctly, outside
 * any sequence, standing as it does there (a word of its own where the line has it as one, else in a word of
 * fitting case): one piece of the line was misread (a caption, an attribute, a pasted phrase) and the rest
 * not (`alt="anni Ã¨ il"> … sette anni è il`). The correct letters are no evidence against it then.
 */
function writtenInLine(text: string, s: Sequence, covered: (i: number) => boolean, lineOf: LineOf): boolean {
  if (s.bytes.length !== 2 || !s.charmap.common || s.spaceForNbsp || !isLatin(s.decoded)) return false;
  const alone = !isLetter(text[s.start - 1]) && !isLetter(text[s.end]);
  if (!alone && !caseFits(text, s)) return false;
  let [a, b] = lineOf(s);
  if (b - a > 2000) {
    a = Math.max(a, s.start - 300);
    b = Math.min(b, s.end + 300);
  }
  for (let k = text.indexOf(s.decoded, a); k >= 0 && k < b; k = text.indexOf(s.decoded, k + 1)) {
    if (covered(k)) continue;
    if (!alone || (!isLetter(text[k - 1]) && !isLetter(text[k + 1]))) return true;
  }
  return false;
}

/**
 * `voilÃ le`: windows-1252 `Ã` whose no-break space was dropped or turned into a space, at the end of a word;
 * (2026-12-06, h-moji16) or dropped before punctuation that closes (`lÃ,` `voilÃ.` `cittÃ)`): a capital
 * lead ends no lowercase word (not before `..`, which may follow a character cut short).
 */
function aGraveBeforeSpace(text: string, i: number): Sequence | null {
  if (text[i] !== '\u00c3' || !isLower(text[i - 1])) return null;
  if (CLOSES.has(text[i + 1] ?? '') && !(text[i + 1] === '.' && text[i + 2] === '.'))
    return {
      start: i,
      end: i + 1,
      bytes: [0xc3, 0xa0],
      decoded: 'à',
      charmap: CHARMAPS[0]!,
      spaceForNbsp: false,
      lossy: false,
    };
  if (text[i + 1] !== ' ') return null;
  const charmap = CHARMAPS[0]!;
  const two = text[i + 2] === ' ';
  return {
    start: i,
    end: two ? i + 2 : i + 1,
    bytes: [0xc3, 0xa0],
    decoded: '\u00e0',
    charmap,
    spaceForNbsp: two,
    lossy: false,
  };
}

/** Punctuation that closes, glued to a word's last letter. */
const CLOSES: ReadonlySet<string> = new Set([...',.;:!)]»”’']);

/** What windows-1253 and windows-1257 read for C3, the lead of à, by the charset's name. */
const RARE_C3: ReadonlyMap<string, Charmap> = new Map(
  (['windows-1253', 'windows-1257'] as const).map((name, k) => [
    ['Γ', 'Ć'][k]!,
    STRETCH_CHARMAPS.find((c) => c.name === name)!,
  ]),
);

/**
 * `janvier Γ  20h`: windows-1253's `Γ` (windows-1257's `Ć`) for C3, a word of its own after a Latin lowercase
 * word, before two spaces: à whose A0 byte became the first of them (as `Ã  ` in windows-1252). Greek and
 * Polish write no such letter alone between two Latin words.
 */
function aGraveRareBeforeSpaces(text: string, i: number): Sequence | null {
  const charmap = RARE_C3.get(text[i]!);
  if (!charmap || text[i + 1] !== ' ' || text[i + 2] !== ' ' || text[i - 1] !== ' ') return null;
  if (!/[a-z]/.test(text[i - 2] ?? '') || !/[\p{Script=Latin}\d]/u.test(text[i + 3] ?? '')) return null;
  return {
    start: i,
    end: i + 2,
    bytes: [0xc3, 0xa0],
    decoded: 'à',
    charmap,
    spaceForNbsp: true,
    lossy: false,
  };
}

/**
 * Finds mojibake: UTF-8 text that was decoded with a single-byte charset
 * (`Ã©` for `é`, `â€™` for `’`, `ã…ˆ` for `ㅈ`), and C1 control characters
 * that stand for windows-1252 punctuation. Conservative: a sequence is repaired
 * only with evidence (several in one word, three-byte patterns, case and script
 * that fit the neighbours), never when the result would be a rare character.
 * Returns repairs sorted by `start`, never overlapping.
 */
export function findMojibake(text: string): Repair[] {
  const stripped = stripTerminalEscapes(text);
  return stripped ? withTerminalEscapes(text, stripped) : findReadable(text);
}

function findReadable(text: string): Repair[] {
  const found = withDoubleByte(text, findUtf8Readable(text));
  return withBalticLines(
    text,
    poundAsLStroke(
      text,
      latin9Repairs(
        text,
        lostLetters(
          text,
          atEdges(
            text,
            SINGLE_BYTE_CYRILLIC.test(text) ||
              SINGLE_BYTE_GREEK.test(text) ||
              CENTRAL_SIGN.test(text) ||
              turkishHint(text)
              ? withCyrillicLines(text, found)
              : CENTRAL_LETTER.test(text) || (CENTRAL_SHARED.test(text) && CENTRAL_ONE.test(text))
                ? withCentralLines(text, found)
                : found,
          ),
        ),
      ),
    ),
  );
}

/**
 * `found`, with the lines read as Lithuanian or Latvian windows-1257 text (see baltic-latin1.ts; Stop 57,
 * h-moji27) where no other repair was found in the line.
 */
function withBalticLines(text: string, found: Repair[]): Repair[] {
  const added = balticReadAsLatin1(text).filter(
    (r) => !found.some((f) => sameLine(text, f.start, r.start) && f.rule !== C1_RULE),
  );
  return added.length === 0 ? found : withLinesOf(text, found, added);
}

/**
 * `found`, with the runs of CJK text read in a double-byte charset (see double-byte.ts; 2026-12-06, h-moji19)
 * that no repair found covers.
 */
function withDoubleByte(text: string, found: Repair[]): Repair[] {
  if (!DOUBLE_BYTE_MOJIBAKE.test(text)) return found;
  const added = doubleByteRepairs(text).filter((r) => !found.some((f) => f.start < r.end && f.end > r.start));
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.start - b.start);
}

/** Three lowercase letters windows-1251 puts `а`..`я` on, read in windows-1252 (see cyrillic-latin1.ts). */
const SINGLE_BYTE_CYRILLIC = /[\u00e0-\u00ff\u00b8]{3}/u;
/** Three lowercase letters ISO-8859-7 puts `ά`..`ώ` on (DC..FE), read in windows-1252 (2026-12-06, h-moji18). */
const SINGLE_BYTE_GREEK = /[\u00dc-\u00fe]{3}/u;
/**
 * `ý` or `þ` after a letter: Turkish's ı or ş in windows-1254 read as windows-1252 (see turkish-latin1.ts; h-moji19);
 * `Ý` or `Þ` after a capital, the same in capitals (h-moji20).
 */
const SINGLE_BYTE_TURKISH = /\p{L}[ýþ]|\p{Lu}[ÝÞ]/u;
/** `ð` between lowercase letters (ğ: `doðalgaz`) in a text writing `ç ü â î û`, which Icelandic never writes (h-moji25). */
const TURKISH_G = /\p{Ll}ð\p{Ll}/u;
const NOT_ICELANDIC = /[çüâîû]/u;
const turkishHint = (text: string): boolean =>
  SINGLE_BYTE_TURKISH.test(text) || (TURKISH_G.test(text) && NOT_ICELANDIC.test(text));
/** A sign windows-1250 or ISO-8859-2 reads as a letter, after a letter (see central-latin1.ts; h-moji18). */
const CENTRAL_SIGN = /\p{L}[³¹¿±¶¼¾¦¬¯¥Ÿœø]|[¦¯]\p{Ll}/u;
/**
 * Two letters windows-1250 reads otherwise, or one and a C1 control (see central-latin1.ts `alphabetCharset`;
 * h-moji23): `Kromìøíže`, `Vuèiæ`, `fõtéri … szökõkút`.
 */
const CENTRAL_LETTER =
  /[ŒœŸª³¹º¼¾¿£¥¯ÀÃÅÆÈÊÌÏÐÑÒÕØÙÛÞàãåæèêìïðñòõøùûþ\u0080-\u009f][^]*[ŒœŸª³¹º¼¾¿£¥¯ÀÃÅÆÈÊÌÏÐÑÒÕØÙÛÞàãåæèêìïðñòõøùûþ\u0080-\u009f]/u;
/**
 * One such letter (CENTRAL_ONE) in a text writing `š` or `ž` (CENTRAL_SHARED), which the two charsets share
 * (`Novák øekl, že`: see central-latin1.ts `settledCentral`; h-moji25).
 */
const CENTRAL_SHARED = /[ŠšŽž]/u;
const CENTRAL_ONE = /[ÈÌÏÒØÙèìïòøù]/u;

/**
 * `found`, with the windows-1251 words of lines read so ({@link cyrillicReadAsLatin1}) in place of the
 * line's other repairs: where every word with non-ASCII letters reads as Cyrillic, a UTF-8 reading of two
 * of its characters (`â³` of `â³äêðèâ`, в і… of Ukrainian) is chance.
 */
/** No line break between offsets `a` and `b`. */
function sameLine(text: string, a: number, b: number): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  const k = text.indexOf('\n', x);
  return k < 0 || k >= y;
}

/** C1 controls read as windows-1252's characters give way to a Central European reading of their line. */
const C1_RULE = 'mojibake:c1-control-as-windows-1252';

function withCyrillicLines(text: string, found: Repair[]): Repair[] {
  // (2026-12-06, h-moji18) Greek in ISO-8859-7 where no line reads as Cyrillic.
  let added = SINGLE_BYTE_CYRILLIC.test(text) ? cyrillicReadAsLatin1(text) : [];
  if (added.length === 0) added = greekReadAsLatin1(text);
  // (2026-12-06, h-moji19) Turkish in windows-1254, where no line reads as Cyrillic or Greek.
  if (added.length === 0 && turkishHint(text)) added = turkishReadAsLatin1(text);
  if (added.length === 0) return withCentralLines(text, found);
  return withLinesOf(text, found, added);
}

/**
 * `found`, with the lines read as Central European single-byte text (see central-latin1.ts) in place of the
 * line's other repairs: only where no UTF-8 misreading was found in the line (`Ã¼` holds a sign after a
 * letter); C1 controls read as windows-1252 give way (h-moji23).
 */
function withCentralLines(text: string, found: Repair[]): Repair[] {
  // (Stop 58, h-moji28) A Romanian line's reading also displaces a UTF-8 reading that took its `º` or `ª`.
  const gives = (f: Repair, r: Repair): boolean =>
    f.rule === C1_RULE || (r.rule === ROMANIAN_RULE && /[ºª]/u.test(text.slice(f.start, f.end)));
  const added = centralReadAsLatin1(text).filter(
    (r) => !found.some((f) => sameLine(text, f.start, r.start) && !gives(f, r)),
  );
  return added.length === 0 ? found : withLinesOf(text, found, added);
}

/** `found` without the repairs of the lines `added` repairs, with `added`. */
function withLinesOf(text: string, found: Repair[], added: Repair[]): Repair[] {
  const lines = added.map((r) => {
    const lineStart = text.lastIndexOf('\n', r.start - 1) + 1;
    const lineEnd = text.indexOf('\n', r.end);
    return [lineStart, lineEnd < 0 ? text.length : lineEnd] as const;
  });
  const kept = found.filter((f) => !lines.some(([a, b]) => f.start < b && f.end > a));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

function findUtf8Readable(text: string): Repair[] {
  const escaped = unescapeNonAscii(text);
  if (escaped) return withLetterRepairs(text, escapedRepairs(text, escaped));
  // windows-1252's `Ì`, `Í` and a continuation character are a combining mark's bytes and nothing else;
  // MacRoman's `Ã` and one only where no pair of them is also windows-1252 mojibake (`SÃ£o` is São, not Ṣo),
  // which the readings judge first.
  const recomposed = recompose(
    text,
    decomposedLetters(text).filter(
      (d) => d.charset === 'windows-1252' || !readIn1252(text, d.marksStart, d.end),
    ),
  );
  return withLetterRepairs(text, recomposed ? recomposedRepairs(text, recomposed) : findInText(text));
}

/** Some pair of characters in `[from, to)` is a two-byte UTF-8 character read in windows-1252 (`Ã£`). */
function readIn1252(text: string, from: number, to: number): boolean {
  const byteOf = CHARMAPS[0]!.byteOf;
  for (let k = from; k + 1 < to; k += 2) {
    const lead = byteOf[text.charCodeAt(k)]!;
    const cont = byteOf[text.charCodeAt(k + 1)]!;
    if (lead >= 0xc2 && lead <= 0xdf && cont >= 0x80 && cont <= 0xbf) return true;
  }
  return false;
}

/**
 * Repairs of text holding decomposed letters misread (`koÌˆprÃ¼`): found in the text with each
 * written as its composed letter misread (`kÃ¶prÃ¼`), each widened to the original characters it
 * covers; one that covers a decomposed letter says so in its reason (and, read in the same charset
 * once, is `mojibake:decomposed-utf8-as-<charset>`).
 */
function recomposedRepairs(text: string, re: Recomposed): Repair[] {
  return findInText(re.text).map((r) => {
    const start = re.starts[r.start]!;
    const end = r.end > r.start ? re.ends[r.end - 1]! : start;
    const inside = re.letters.filter((d) => d.start >= start && d.end <= end);
    if (inside.length === 0) return { ...r, start, end };
    const charset = /^mojibake:utf8-as-(.+)$/.exec(r.rule)?.[1];
    return {
      ...r,
      start,
      end,
      rule: inside.every((d) => d.charset === charset) ? `mojibake:decomposed-utf8-as-${charset}` : r.rule,
      reason: `${r.reason}; ${inside.map((d) => reasonOf(text, d)).join('; ')}`,
    };
  });
}

/**
 * Repairs of text holding terminal escapes: found in the text without them (an escape's final
 * letter glued to a word, `\x1b[1mÃœber`, would make it a lowercase word), each widened to the
 * original characters it covers, and one repair taking out each escape outside them.
 */
function withTerminalEscapes(text: string, stripped: Stripped): Repair[] {
  const { at } = stripped;
  const found = findReadable(stripped.text).map((r) => {
    const start = at[r.start]!;
    const end = r.end > r.start ? at[r.end - 1]! + 1 : start;
    return end - start === r.end - r.start
      ? { ...r, start, end }
      : { ...r, start, end, reason: `${r.reason} (terminal escapes inside taken out)` };
  });
  const escapes = terminalEscapeRepairs(text, (start, end) =>
    found.some((r) => r.start < end && start < r.end),
  );
  return [...found, ...escapes].sort((a, b) => a.start - b.start);
}

/**
 * `r` widened over the misread marks right after it where they compose with the last letter it gives
 * (`Ð¸Ì†`: и is itself misread, then U+0306 makes it й), so a second repair finds nothing to compose.
 */
function withMarksAfter(text: string, r: Repair): Repair {
  const base = r.replacement.slice(-1);
  if (base === '' || !/[\u00cc\u00cd]/.test(text[r.end] ?? '')) return r;
  const d = decomposedLetters(base + text.slice(r.end, r.end + 12))[0];
  // (a base the readings repaired is written here; the marks must follow it)
  if (!d || d.start !== 0 || d.charset !== 'windows-1252') return r;
  return {
    ...r,
    end: r.end + d.end - 1,
    replacement: r.replacement.slice(0, -1) + d.letter,
    reason: `${r.reason}; ${reasonOf(base + text.slice(r.end, r.end + d.end - 1), d)}`,
  };
}

/** Cheap pre-test of {@link withLetterRepairs}: a misread mark's or ligature's lead, a ligature. */
const LETTER_PASS = /[\u00cc\u00cd\u00c3\u00d5\u00ef\u00d4\ufb00-\ufb06]/;

/**
 * `found` with what the passes after the charset readings add where `found` does not reach
 * (decomposed letters and Latin ligatures misread) and with the ligatures its
 * repairs restored given as their letters; sorted by `start`, never overlapping.
 */
function withLetterRepairs(text: string, found: Repair[]): Repair[] {
  if (!LETTER_PASS.test(text)) return found;
  const repairs = found.map((r) => spellLigatures(withMarksAfter(text, r)));
  const added: Repair[] = [];
  const taken = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = repairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (repairs[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < repairs.length && repairs[lo]!.start < end) return true;
    return added.some((r) => r.start < end && start < r.end);
  };
  for (const pass of [decomposedRepairs, ligatureRepairs]) added.push(...pass(text, taken));
  if (added.length === 0) return repairs;
  return [...repairs, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Repairs of text whose non-ASCII characters are written as HTML entities
 * (`caf&Atilde;&copy;`): found in the text with those entities read, each
 * widened to the whole entities it covers. Entities outside a repair stay.
 */
function escapedRepairs(text: string, escaped: Unescaped): Repair[] {
  return findInText(escaped.text).map((r) => {
    const start = escaped.starts[r.start]!;
    const end = r.end > r.start ? escaped.ends[r.end - 1]! : start;
    const written = text.slice(start, end);
    if (written === escaped.text.slice(r.start, r.end)) return { ...r, start, end };
    return { ...r, start, end, reason: `${r.reason} (written as HTML entities: '${written}')` };
  });
}

function findInText(text: string): Repair[] {
  const parts = pieces(text);
  if (parts.length === 1) return findInPiece(text);
  const out: Repair[] = [];
  for (const [a, b] of parts)
    for (const r of findInPiece(text.slice(a, b))) out.push({ ...r, start: r.start + a, end: r.end + a });
  return out;
}

function findInPiece(text: string, title = true): Repair[] {
  const repairs = withByteOrderMarks(text, mayHoldMojibake(text) ? inRounds(text) : []);
  const found = CASE_LEAD.test(text) ? withCaseChangedLines(text, repairs) : repairs;
  // (A title-cased line's lowercased reading is not read as title-cased again.)
  return title && TITLE_SIGNATURE.test(text) ? withTitleCasedLines(text, found) : found;
}

/**
 * What a title case applied after the misreading leaves: a lead lowercased (`ã`, `ø`; three-byte `à`..`ï`
 * stay as they were) after a letter before a
 * continuation character and a capital (`Rã©Sumã©`, `Tambiã©N`), or a lead and a continuation character
 * opening a word before a capital and a lowercase letter (`Ã©Cole`, `Ã¼Ber`).
 */
const TITLE_SIGNATURE = new RegExp(
  [
    '\\p{L}[\\u00e0-\\u00f6\\u00f8-\\u00fe][\\u00a0-\\u00bf\\u0152-\\u0161\\u0178-\\u017e\\u0192\\u02c6\\u02dc\\u2013-\\u203a\\u20ac\\u2122]\\p{Lu}',
    '(?<!\\p{L})[\\u00c2-\\u00de][\\u00a0-\\u00bf\\u2013-\\u201e]\\p{Lu}\\p{Ll}',
    // (2026-12-06, h-moji15) Punctuation's lead `â` uppercased opening a word (`Â€“ Die`, `Â€Œneed`, `Â‚¬`);
    // `Ÿ` lowercased after a lowercased lead inside a word (`Fuãÿball`: ß); a lowercased lead and a Latin-1
    // continuation ending a word (`Malmã¶`, `Cosã¬`).
    '(?<!\\p{L})Â[€‚†œ][\\u0080-\\u00bf\\u0152-\\u017e\\u0192\\u02c6\\u02dc\\u2013-\\u203a\\u20ac\\u2122]',
    '\\p{L}ãÿ',
    '(?<!\\p{L})Ðÿ',
    '\\p{L}[\\u00e0-\\u00f6\\u00f8-\\u00fe][\\u00a0-\\u00bf](?![\\p{L}\\p{N}])',
    '\\p{L}[\\u00e0-\\u00f6\\u00f8-\\u00fe][\\u0153\\u0161\\u017e\\u00aa\\u00ba]\\p{Ll}',
    // (2026-12-06, h-moji18) A lowercased lead and a Latin-1 continuation inside a word, a lowercase letter after
    // (`Brã©vaux`): title case that opens words at spaces and ASCII punctuation only.
    '\\p{L}[\\u00e0-\\u00f6\\u00f8-\\u00fe][\\u00a0-\\u00bf]\\p{Ll}',
  ].join('|'),
  'u',
);

/** Every run of letters with its first letter a capital and the others lowercase (a headline's `title()`). */
const titleCase = (s: string): string =>
  s.replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());

/**
 * (2026-12-06, h-moji18) Title case that opens words at white space and ASCII punctuation only (a script's
 * `toLowerCase()` then a capital after each space or hyphen): `Brã©vaux`, `Saint-Ã©vrin`, where `title()`
 * gives `Brã©Vaux` (it opens a word after `©` too).
 */
const spaceTitleCase = (s: string): string =>
  s.replace(/[^\s!-/:-@[-`{-~]+/gu, (w) => {
    const first = String.fromCodePoint(w.codePointAt(0)!);
    return first.toUpperCase() + w.slice(first.length).toLowerCase();
  });

/**
 * Lines title-cased after the misreading (a headline style, a script's `title()`): every letter after a
 * letter was lowercased (`Ã©` inside a word is `ã©`) and every letter after anything else uppercased, the
 * letter after a misread character too (`SÃ£O`). Such a line (one that title case leaves as it is, holding
 * {@link TITLE_SIGNATURE}) is repaired lowercased, as a lowercased line is, and the repair title-cased
 * again (`Rã©Sumã©` → `Résumé`, `Ã©Cole` → `École`); each repair covers the word it changes. Kept where
 * the line reads better so than with its own repairs. Rule `mojibake:<the rule of the repairs inside>`,
 * its reason saying the line was title-cased.
 */
function withTitleCasedLines(text: string, found: Repair[]): Repair[] {
  let out = found;
  for (let a = 0; a < text.length; ) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    const line = text.slice(a, b);
    if (TITLE_SIGNATURE.test(line)) {
      const own = out.filter((r) => r.start >= a && r.end <= b);
      const title = titleRepairs(
        line,
        own.map((r) => ({ ...r, start: r.start - a, end: r.end - a })),
      );
      if (title)
        out = [
          ...out.filter((r) => r.end <= a || r.start >= b),
          ...title.map((r) => ({ ...r, start: r.start + a, end: r.end + a })),
        ].sort((x, y) => x.start - y.start);
    }
    a = b + 1;
  }
  return out;
}

/** {@link withTitleCasedLines} on one line whose own repairs are `own`: its repairs, or null to keep `own`. */
function titleRepairs(line: string, own: readonly Repair[]): Repair[] | null {
  const lower = line.toLowerCase();
  const title = titleCase(line) === line ? titleCase : spaceTitleCase(line) === line ? spaceTitleCase : null;
  if (!title || lower.length !== line.length) return null;
  const inner = findInPiece(lower, false);
  if (inner.length === 0) return null;
  // A word whose misreading opens with a symbol (`‚àö¬∫ber`, über in MacRoman twice) was not opened with a
  // capital by such a title case: its repair says nothing of the line's case.
  if (
    title === spaceTitleCase &&
    inner.some((r) => /^[^\p{L}]/u.test(line[r.start]!) && /(^|\s)$/u.test(line.slice(0, r.start)))
  )
    return null;
  const final = title(repairedView(lower, inner).text);
  // (As bad, the reading that leaves the line title-cased goes first: `ÖFfentlich` is not, `Öffentlich` is.)
  const mine = repairedView(line, own).text;
  const [bf, bo] = [badness(final), badness(mine)];
  if (bf > bo || (bf === bo && title(mine) === mine)) return null;
  // Each repair widened to the word around it (title case moved the letters beside it), words merged.
  const spans: Array<[number, number]> = [];
  for (const r of inner) {
    let ws = r.start;
    let we = r.end;
    while (ws > 0 && !/\s/.test(line[ws - 1]!)) ws--;
    while (we < line.length && !/\s/.test(line[we]!)) we++;
    const last = spans[spans.length - 1];
    if (last && ws <= last[1]) last[1] = Math.max(last[1], we);
    else spans.push([ws, we]);
  }
  // An offset outside every repair moves by what the repairs before it took away or added.
  const at = (p: number): number => {
    let shift = 0;
    for (const r of inner) if (r.end <= p) shift += r.replacement.length - (r.end - r.start);
    return p + shift;
  };
  const out: Repair[] = [];
  for (const [ws, we] of spans) {
    const replacement = final.slice(at(ws), at(we));
    if (replacement === line.slice(ws, we)) continue;
    const mine = inner.filter((r) => r.start >= ws && r.end <= we);
    out.push({
      start: ws,
      end: we,
      replacement,
      rule: mine[0]?.rule ?? 'mojibake:utf8-as-windows-1252',
      reason: `${mine.map((r) => r.reason).join('; ')} (the line was title-cased after the misreading)`,
    });
  }
  return out.length > 0 ? out : null;
}

/**
 * A line longer than this (UTF-16 units) is repaired in pieces of about
 * {@link PIECE} cut at white space (or, in a long word, between ASCII
 * characters): a line is read whole by every round and every charset, so a
 * line of a megabyte cost as much per round as the whole text, and
 * evidence a page away is no evidence. No line of ordinary text is so long.
 */
const LONG_LINE = 20_000;
const PIECE = 2_000;

/**
 * `text` as consecutive pieces `[a, b)`: its lines as they are (several to a
 * piece), each line over {@link LONG_LINE} cut into pieces of about {@link PIECE}.
 */
function pieces(text: string): Array<[number, number]> {
  if (text.length <= LONG_LINE) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let start = 0; // the start of the piece of whole lines being gathered
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from > LONG_LINE) {
      if (from > start) out.push([start, from]);
      for (let a = from; a < to; ) {
        const b = to - a <= PIECE * 1.5 ? to : cutNear(text, a + PIECE, to);
        out.push([a, b]);
        a = b;
      }
      start = to;
    }
    from = to + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/**
 * A place at or after `k` (before `end`) to cut a long line: after white
 * space, else before an ASCII character, else before a character windows-1252
 * reads as a lead byte (a word of mojibake alone: not inside a sequence).
 */
function cutNear(text: string, k: number, end: number): number {
  const limit = Math.min(end, k + 200);
  for (let j = k; j < limit; j++) if (/\s/.test(text[j]!)) return j + 1;
  for (let j = k; j < limit; j++) if (text.charCodeAt(j) < 0x80) return j;
  const lead = (j: number): boolean => {
    const b = CHARMAPS[0]!.byteOf[text.charCodeAt(j)]!;
    return b >= 0xc2 && b <= 0xf4;
  };
  for (let j = k; j < limit; j++) if (lead(j)) return j;
  return limit;
}

/**
 * `ï»¿`: a byte order mark (EF BB BF) read as windows-1252, at the start of a
 * file or where two files were joined. It stands for no character of the
 * text: the repair takes it out (no word holds these three characters).
 */
function withByteOrderMarks(text: string, repairs: Repair[]): Repair[] {
  if (!text.includes('ï»¿')) return repairs;
  const boms: Repair[] = [];
  let k = 0; // repairs are sorted: the first that may overlap the next mark
  for (let i = text.indexOf('ï»¿'); i >= 0; i = text.indexOf('ï»¿', i + 3)) {
    while (k < repairs.length && repairs[k]!.end <= i) k++;
    if (k < repairs.length && repairs[k]!.start < i + 3) continue;
    boms.push({
      start: i,
      end: i + 3,
      replacement: '',
      rule: 'mojibake:bom-as-windows-1252',
      reason: "'ï»¿' is the UTF-8 byte order mark (U+FEFF) read as windows-1252; it stands for no character",
    });
  }
  return boms.length === 0 ? repairs : [...repairs, ...boms].sort((a, b) => a.start - b.start);
}

/** A letter whose case change moved a lead byte, before a continuation byte (see recase.ts). */
const CASE_LEAD = CASE_CHANGED_LEAD;

/**
 * Lines lowercased or uppercased after the misreading ({@link caseChanged}):
 * repaired with their leads put back when that leaves the line less bad than
 * the repairs of the line as it stands.
 */
function withCaseChangedLines(text: string, repairs: Repair[]): Repair[] {
  // The lines whose repairs are replaced, in order; the repairs are rebuilt once at the end (rebuilding
  // them per line made a text of many such lines quadratic).
  const replaced: Array<{ from: number; to: number; alt: Repair[] }> = [];
  let k = 0; // the first repair that may start in the line (repairs are sorted by start)
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    const changed = CASE_LEAD.test(line) ? caseChanged(line) : null;
    if (changed) {
      while (k < repairs.length && repairs[k]!.start < from) k++;
      const mine: Repair[] = [];
      for (let j = k; j < repairs.length && repairs[j]!.start < to; j++)
        if (repairs[j]!.end <= to) mine.push(repairs[j]!);
      // Its case tells nothing now: ISO-8859-15, told from windows-1252 by case, is not tried.
      const alt = inRounds(changed.text, CASE_BLIND_CHARMAPS).map((r) =>
        recasedRepair(r, from, text, changed),
      );
      const shift = (rs: readonly Repair[]): Repair[] =>
        rs.map((r) => ({ ...r, start: r.start - from, end: r.end - from }));
      const bad = alt.length > 0 ? badness(repairedView(line, shift(alt)).text) : Infinity;
      // Repair of the restored line lowered its badness; the result must be no worse than the line as it
      // stands, nor than its repairs as it stands (the line's case is the evidence between two equal
      // readings: `â£12` is `Â£12` lowercased, not ❣ with a byte lost).
      // Where the line's own repairs explain each of its non-ASCII characters (`å¸?é?¿`: CJK stored in Latin-1,
      // each `?` a lost byte), the case-changed reading must be less bad, not as bad (`å¸` as `Ÿ` lowercased).
      const ownBad = badness(repairedView(line, shift(mine)).text);
      if (bad <= badness(line) && (bad < ownBad || (bad === ownBad && !explainsAll(line, shift(mine)))))
        replaced.push({ from, to, alt });
    }
    from = to + 1;
  }
  if (replaced.length === 0) return repairs;
  const out: Repair[] = [];
  let i = 0; // the next line replaced
  for (const r of repairs) {
    while (i < replaced.length && replaced[i]!.to <= r.start) i++;
    const line = replaced[i];
    if (!line || r.end <= line.from || r.start >= line.to) out.push(r);
  }
  for (const { alt } of replaced) append(out, alt);
  return out.sort((a, b) => a.start - b.start);
}

/** Every non-ASCII character of `line` is inside one of the repairs (sorted by start) and one of them is lossy. */
function explainsAll(line: string, repairs: readonly Repair[]): boolean {
  if (!repairs.some((r) => r.rule.startsWith('mojibake:lossy-'))) return false;
  let k = 0;
  for (const r of repairs) {
    if (/[^\x00-\x7f]/.test(line.slice(k, r.start))) return false;
    k = Math.max(k, r.end);
  }
  return !/[^\x00-\x7f]/.test(line.slice(k));
}

/** The charsets a line whose case was changed after the misreading is tried in: not those told apart by case. */
const CASE_BLIND_CHARMAPS = STRETCH_CHARMAPS.filter((c) => !c.differs);

/** Repair in rounds (text misread several times over). */
function inRounds(text: string, charmaps: readonly Charmap[] = STRETCH_CHARMAPS): Repair[] {
  let repairs: Repair[] = [];
  let view = repairedView(text, repairs);
  // Lines (by number: a repair never holds a line break) the last round changed. Repair reads a line on
  // its own, so a line the last round read and left as it was is left again: only these are read.
  let lines: ReadonlySet<number> | null = null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const found = repairOnce(view.text, repairedOffsets(repairs, view), charmaps, lines);
    if (found.length === 0) break;
    lines = lineNumbers(view.text, found);
    const next = compose(text, repairs, view, found);
    const nextView = repairedView(text, next);
    if (round > 0 && !lowersBadness(view.text, found)) break;
    repairs = next;
    view = nextView;
  }
  return repairs;
}

/** The numbers (from 0) of the lines of `text` that the repairs (sorted by start) touch. */
function lineNumbers(text: string, repairs: readonly Repair[]): Set<number> {
  const out = new Set<number>();
  let line = 0;
  let next = text.indexOf('\n'); // the next line break not yet counted
  for (const r of repairs) {
    while (next >= 0 && next < r.start) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    out.add(line);
  }
  return out;
}

/** The repairs lower the badness of the lines they touch (the other lines do not change). */
function lowersBadness(text: string, found: readonly Repair[]): boolean {
  const lines: Array<[number, number]> = [];
  for (const r of found) {
    const last = lines[lines.length - 1];
    if (last && r.start < last[1]) continue;
    const a = text.lastIndexOf('\n', r.start - 1) + 1;
    let b = text.indexOf('\n', r.end);
    if (b < 0) b = text.length;
    if (last && a <= last[1]) last[1] = b;
    else lines.push([a, b]);
  }
  const after = repairedView(text, found);
  let before = 0;
  let now = 0;
  for (const [a, b] of lines) {
    before += badness(text.slice(a, b));
    now += badness(
      after.text.slice(after.fromOriginal(a), b >= text.length ? after.text.length : after.fromOriginal(b)),
    );
  }
  return now < before;
}

/**
 * Text misread two or three times over (`cafÃƒÂ©`) needs as many rounds; each
 * after the first must lower the badness of the whole text.
 */
const MAX_ROUNDS = 4;

/**
 * One layer of repair: whole stretches in each charset first, then single
 * sequences by the older rules where they lower the badness of their word.
 */
function repairOnce(
  text: string,
  prior: ReadonlySet<number>,
  charmaps: readonly Charmap[],
  lines: ReadonlySet<number> | null,
): Repair[] {
  const covered: boolean[] = [];
  const out = stretchRepairs(text, charmaps, covered, prior, lines);
  for (const r of sequenceRepairsByLine(text, lines, covered)) {
    let free = true;
    for (let k = r.start; k < r.end && free; k++) if (covered[k]) free = false;
    if (free && betterInWord(text, r)) out.push(r);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The repair lowers the badness of its word (with context either side): never just different. */
function betterInWord(text: string, r: Repair): boolean {
  const [a, b] = wordBounds(text, r.start, r.end, WORD_REACH);
  const from = Math.max(0, a - CONTEXT);
  const to = Math.min(text.length, b + CONTEXT);
  const before = text.slice(from, to);
  const after = text.slice(from, r.start) + r.replacement + text.slice(r.end, to);
  return badness(after) < badness(before);
}

/** Offsets in the view of the characters that the repairs so far put in. */
function repairedOffsets(repairs: readonly Repair[], view: RepairedView): Set<number> {
  const out = new Set<number>();
  for (const r of repairs) {
    const at = view.fromOriginal(r.start);
    for (let k = 0; k < r.replacement.length; k++) out.add(at + k);
  }
  return out;
}

/**
 * Repairs of `text` made of the repairs so far (`done`, whose repaired text is
 * `view`) and the next round's, found in the view: spans are merged where they
 * meet, and a merged repair names every step in its reason.
 */
function compose(
  text: string,
  done: readonly Repair[],
  view: RepairedView,
  next: readonly Repair[],
): Repair[] {
  if (done.length === 0) return [...next];
  type Part = { start: number; end: number; done: Repair[]; next: Repair[] };
  const parts: Part[] = [
    ...done.map((r) => ({ start: r.start, end: r.end, done: [r], next: [] })),
    ...next.map((r) => ({ ...view.spanToOriginal(r), done: [], next: [r] })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Part[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (last && p.start < last.end) {
      last.end = Math.max(last.end, p.end);
      append(last.done, p.done);
      append(last.next, p.next);
    } else merged.push({ start: p.start, end: p.end, done: [...p.done], next: [...p.next] });
  }
  const after = repairedView(view.text, next);
  return merged.map((m) => {
    const replacement = after.text.slice(
      after.fromOriginal(view.fromOriginal(m.start)),
      m.end >= text.length ? after.text.length : after.fromOriginal(view.fromOriginal(m.end)),
    );
    const only = m.done.length + m.next.length === 1 ? (m.done[0] ?? m.next[0])! : null;
    if (only) return { ...only, start: m.start, end: m.end, replacement };
    const history = {
      rounds:
        m.done.reduce((n, r) => Math.max(n, HISTORY.get(r)?.rounds ?? 1), 0) + (m.next.length > 0 ? 1 : 0),
      steps: [...m.done.flatMap((r) => HISTORY.get(r)?.steps ?? [r.reason]), ...m.next.map((r) => r.reason)],
    };
    const repair: Repair = {
      start: m.start,
      end: m.end,
      replacement,
      rule: 'mojibake:repeated',
      reason: `'${text.slice(m.start, m.end)}' was misread ${history.rounds === 2 ? 'twice' : `${history.rounds} times`}: ${history.steps.join('; then ')}`,
    };
    HISTORY.set(repair, history);
    return repair;
  });
}

/** The rounds and steps behind a repair made of several (for its reason when it merges again). */
const HISTORY = new WeakMap<Repair, { rounds: number; steps: string[] }>();

/**
 * The older rules, on the lines that may hold mojibake (they judge a sequence by its line), of
 * those numbered in `lines` when given. Not on a line whose every non-ASCII character the
 * whole-stretch repairs took (`covered`): every repair of the older rules holds one, and a repair
 * over a taken character is not kept.
 */
function sequenceRepairsByLine(
  text: string,
  lines: ReadonlySet<number> | null,
  covered: readonly boolean[],
): Repair[] {
  const out: Repair[] = [];
  for (let from = 0, line = 0; from < text.length; line++) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if ((!lines || lines.has(line)) && someFree(text, from, to, covered) && mayHoldMojibake(text, from, to)) {
      for (const r of sequenceRepairs(text.slice(from, to)))
        out.push({ ...r, start: r.start + from, end: r.end + from });
    }
    from = to + 1;
  }
  return out;
}

/** `[from, to)` holds a non-ASCII character not in `covered`. */
function someFree(text: string, from: number, to: number, covered: readonly boolean[]): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) > 0x7f && !covered[k]) return true;
  return false;
}

/** The older rules: single sequences with evidence from their neighbours, C1 controls. */
function sequenceRepairs(text: string): Repair[] {
  let repairs = detectOnce(text);
  // A repair must not create new mojibake with its neighbours (`Ã©` + `…£`): if the repaired text
  // shows sequences again, drop the repairs that take part in them, until the result is stable.
  for (let round = 0; round < 8 && repairs.length > 0; round++) {
    const view = repairedView(text, repairs);
    const again = detectOnce(view.text);
    if (again.length === 0) break;
    const spans = again.map((r) => view.spanToOriginal(r)).sort((a, b) => a.start - b.start);
    const kept = withoutTouching(repairs, spans);
    if (kept.length === repairs.length) break;
    repairs = kept;
  }
  return repairs;
}

/**
 * The repairs (in order, apart) that touch none of the spans (in order, apart:
 * their ends rise with their starts), read by one cursor over the spans, not
 * by testing every span per repair (a long line holds many of both).
 */
function withoutTouching(
  repairs: readonly Repair[],
  spans: ReadonlyArray<{ start: number; end: number }>,
): Repair[] {
  const out: Repair[] = [];
  let j = 0;
  for (const r of repairs) {
    while (j < spans.length && spans[j]!.end < r.start) j++;
    if (j >= spans.length || spans[j]!.start > r.end) out.push(r);
  }
  return out;
}

function detectOnce(text: string): Repair[] {
  if (!/[\u0080-\uffff]/.test(text)) return [];
  const lineOf = linesOf(text);
  const taken: Sequence[] = [];
  const coveredSet = new Set<number>();
  const candidates = new Map<Charmap, Sequence[]>();
  for (const charmap of CHARMAPS) {
    candidates.set(
      charmap,
      scan(text, charmap).filter((s) => s.lossy || plausible(s.decoded.codePointAt(0)!)),
    );
  }
  for (const charmap of CHARMAPS) {
    // What earlier charsets took is in `coveredSet` (looked up per offset: a long line holds many).
    const seqs = candidates.get(charmap)!.filter((s) => !overlapsTaken(coveredSet, s));
    for (let i = 0; i < text.length && charmap.common; i++) {
      const s = aGraveBeforeSpace(text, i) ?? aGraveRareBeforeSpaces(text, i);
      if (s && !seqs.some((q) => q.start <= i && i < q.end)) seqs.push(s);
    }
    seqs.sort((a, b) => a.start - b.start);
    const inSeq = new Set<number>();
    for (const s of seqs) for (let k = s.start; k < s.end; k++) inSeq.add(k);
    const covered = (k: number): boolean => inSeq.has(k) || coveredSet.has(k);
    const accepted: Sequence[] = [];
    for (const group of clusters(text, seqs)) {
      if (betterExplainedElsewhere(text, group, charmap, candidates)) continue;
      if (group.length >= 2) {
        if (nbspAcrossScripts(group)) continue;
        if (!charmap.common && group.some((s) => gluedToLatin(text, s, group))) continue;
        const real = group.filter((s) => !s.lossy);
        const foreign = real.filter((s) => !isLatin(s.decoded));
        const looksOdd = foreign.length === 0 || foreign.some((s) => oddBytes(text, s));
        if (real.length >= 1 && looksOdd && real.every((s) => plausible(s.decoded.codePointAt(0)!)))
          append(accepted, group);
        continue;
      }
      const s = group[0]!;
      if (
        s.bytes[0] === 0xc3 &&
        s.decoded === '\u00e0' &&
        (text[s.start + 1] === ' ' || s.end === s.start + 1)
      ) {
        const grave = aGraveBeforeSpace(text, s.start) ?? aGraveRareBeforeSpaces(text, s.start);
        if (grave) accepted.push(grave);
      } else if (acceptSingle(text, s, covered, lineOf)) accepted.push(s);
    }
    // A rare charset must show itself more than once in the text.
    if (!charmap.common && accepted.length < 2) continue;
    for (const s of accepted) {
      taken.push(s);
      for (let k = s.start; k < s.end; k++) coveredSet.add(k);
    }
  }
  const repairs: Repair[] = taken.map((s) => ({
    start: s.start,
    end: s.end,
    replacement: s.decoded,
    rule: s.lossy ? `mojibake:lossy-utf8-as-${s.charmap.name}` : `mojibake:utf8-as-${s.charmap.name}`,
    reason: s.lossy
      ? `'${text.slice(s.start, s.end)}' is the start of a UTF-8 character read as ${s.charmap.name} whose last byte was lost`
      : `'${text.slice(s.start, s.end)}' is the UTF-8 encoding of '${s.decoded}' read as ${s.charmap.name}${s.spaceForNbsp ? ' (a no-break space became a space)' : s.end - s.start < s.bytes.length ? ' (its A0 byte was lost)' : ''}${SAME_IN_LINE.has(s) ? ` (the line writes '${s.decoded}' correctly elsewhere: one piece of it was misread)` : ''}`,
  }));
  addC1Repairs(text, coveredSet, repairs);
  return repairs.sort((a, b) => a.start - b.start);
}

/**
 * Adds to `repairs` the C1 controls of `text` outside `coveredSet` that stand for windows-1252
 * characters. A function of its own: pages that first held a C1 control, or a text of another
 * string representation, after V8 had optimised {@link detectOnce} made it compile all of that
 * long function again (issue 16).
 */
function addC1Repairs(text: string, coveredSet: ReadonlySet<number>, repairs: Repair[]): void {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || code > 0x9f || coveredSet.has(i)) continue;
    // Next to other high characters it may be part of mojibake we declined: leave it, so a repair never creates new mojibake.
    const prev = text.charCodeAt(i - 1);
    if (i > 0 && prev > 0x9f && !coveredSet.has(i - 1)) continue;
    const fixed = c1ToWindows1252(text[i]!);
    if (fixed) {
      repairs.push({
        start: i,
        end: i + 1,
        replacement: fixed,
        rule: 'mojibake:c1-control-as-windows-1252',
        reason: `U+00${code.toString(16).toUpperCase()} is a control character that stands for windows-1252 '${fixed}'`,
      });
    }
  }
}

/** `s` overlaps a sequence already taken (whose offsets are in `taken`). */
function overlapsTaken(taken: ReadonlySet<number>, s: Sequence): boolean {
  for (let k = s.start; k < s.end; k++) if (taken.has(k)) return true;
  return false;
}

/** Bounds of the white-space-delimited word around `[start, end)`. */
function wordBounds(text: string, start: number, end: number, reach: number): [number, number] {
  let a = start;
  let b = end;
  while (a > 0 && start - a < reach && !/\s/.test(text[a - 1]!)) a--;
  while (b < text.length && b - end < reach && !/\s/.test(text[b]!)) b++;
  return [a, b];
}

/**
 * How far (UTF-16 units) a word is read either side of a repair to judge it:
 * badness looks a few characters ahead, and a line of one long "word" (a
 * script written without spaces, or hostile input) is read near each repair,
 * not whole per repair (which made it quadratic).
 */
const WORD_REACH = 40;

function uncovered(text: string, a: number, b: number, seqs: readonly Sequence[]): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    if (text.charCodeAt(i) > 0x7f && !seqs.some((s) => s.start <= i && i < s.end)) n++;
  }
  return n;
}

/** Another charset explains more of the word's non-ASCII characters (`×˘` is windows-1250, not 1252). */
function betterExplainedElsewhere(
  text: string,
  group: readonly Sequence[],
  charmap: Charmap,
  candidates: ReadonlyMap<Charmap, readonly Sequence[]>,
): boolean {
  // (Read 201 either way at most: a longer word is no word.)
  const [a, b] = wordBounds(text, group[0]!.start, group[group.length - 1]!.end, 201);
  if (b - a > 200) return false;
  const mine = uncovered(text, a, b, group);
  if (mine === 0) return false;
  for (const [other, seqs] of candidates) {
    if (other === charmap) continue;
    const inWord = within(seqs, a, b);
    if (inWord.length >= 2 && uncovered(text, a, b, inWord) < mine) return true;
  }
  return false;
}

/**
 * The sequences (in order, apart: as {@link scan} finds them) inside `[a, b)`,
 * found by a binary search (filtering them all per word was quadratic on a
 * long line).
 */
function within(seqs: readonly Sequence[], a: number, b: number): Sequence[] {
  let lo = 0;
  let hi = seqs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (seqs[mid]!.start < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Sequence[] = [];
  for (let k = lo; k < seqs.length && seqs[k]!.start < b; k++) if (seqs[k]!.end <= b) out.push(seqs[k]!);
  return out;
}

/** Appends `items` to `out` one by one (a spread push overflows the call stack on a large array). */
function append<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}
