import { plausible, plausibleBeside } from './plausible.js';

/**
 * How unlikely a stretch of text is as written language: a count of character
 * combinations that ordinary text in any language rarely shows and mojibake
 * shows all the time (the idea of ftfy's "badness" heuristic, our own rules).
 * Repair compares it before and after: a repair must lower it, never just
 * change the text.
 */

/** Symbols that ordinary text does not put against a letter (`Ã©`, `â€`, `r√©`; not Spanish `¿¡`). */
const ODD_BESIDE_LETTER = new Set([...'‚„†‡‰‹›•¦§¨¬¯´¶·¸ˆ˜¤¢£¥©®±×÷¼½¾√∆∂∑∏∫≈≠≤≥◊⁄ﬁﬂ™€ƒ']);

/**
 * The letters windows-1252 shows for the lead bytes of two-byte UTF-8
 * (C2..DE; ß ends words). In text they are followed by letters; followed by a symbol,
 * punctuation, a control or a lone space they are the first half of a
 * misread character (`Ã–` for `Ö`, `Ä°` for `İ`, `Ã ` for `à`).
 */
const LEAD_LETTERS = new Set([...'ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ']);

/**
 * Capitals windows-1250 shows for lead bytes (Cyrillic `Đ`, `Ń`; Arabic `Ř`, `Ů`):
 * before a symbol that does not end words (`Ř°`) they are half a character.
 * Not Romanian `Ă` and `Ţ`, which end words before anything (`NICIODATĂ™`).
 */
const LEAD_LETTERS_1250 = new Set([...'ĹĆČĘĚĎĐŃŇŐŘŮŰ']);

/**
 * Letters that ordinary text puts before ASCII letters only (see {@link badness}), and Apple's logo
 * U+F8FF, which stands alone (`\uF8FFüòã` is an emoji's four bytes misread in MacRoman).
 */
const RARE_BEFORE_NON_ASCII = new Set([...'ŒœÿŸ\uf8ff']);

/**
 * Letters windows-1252 shows for continuation bytes (80..BF): after a lead letter, the second half of a
 * character (`Ãœ` for `Ü`); (2026-12-06, h-moji16) and `Ƒ`, `ƒ` (83) uppercased in a line set in capitals
 * after the misreading (`PRIMÄƑRIA`).
 */
const CONTINUATION_LETTERS = new Set([...'ŠŒŽšœžŸªµºƑ']);

/**
 * {@link ODD_BESIDE_LETTER} and box drawing and block elements (U+2500..U+259F, what code page 437
 * misreadings are made of) by UTF-16 code unit (1: odd): read per pair of characters.
 */
const ODD = new Uint8Array(0x10000);
for (const ch of ODD_BESIDE_LETTER) ODD[ch.charCodeAt(0)] = 1;
for (let c = 0x2500; c <= 0x259f; c++) ODD[c] = 1;
const odd = (ch: string): boolean => ch.length === 1 && ODD[ch.charCodeAt(0)] === 1;

/** Quotes and dashes that ordinary text does not put between two letters of one word (`’` it does). */
const QUOTE_OR_DASH = new Set([...'“”‘—–']);

/** Punctuation that ordinary text puts right after a word. */
const COMMON_AFTER_WORD = new Set([...'’‘“”–—…«»·°\u00a0']);

const enum Kind {
  Other,
  Lower,
  Upper,
  Caseless,
}

function kindOf(ch: string): Kind {
  const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
  if (code >= 0) {
    const known = KINDS[code]!;
    if (known > 0) return known - 1;
  }
  const kind = kindOfUncached(ch);
  if (code >= 0) KINDS[code] = kind + 1;
  return kind;
}

/** {@link kindOf} of each UTF-16 code unit met so far, plus one (0: not yet met); badness reads many. */
const KINDS = new Uint8Array(0x10000);

function kindOfUncached(ch: string): Kind {
  // `ƒ`, `ˆ` are letters to Unicode but symbols in what they do here.
  if (odd(ch)) return Kind.Other;
  if (ch.toLowerCase() !== ch) return Kind.Upper;
  if (ch.toUpperCase() !== ch) return Kind.Lower;
  return /\p{L}/u.test(ch) ? Kind.Caseless : Kind.Other;
}

/** A coarse script of a character: enough to see Latin, Greek and Cyrillic letters mixed inside one word. */
export function scriptOf(cp: number): number {
  if (cp < 0x250 || (cp >= 0x1e00 && cp <= 0x1eff)) return 1; // Latin
  // (2026-12-06, h-moji18) The ʻokina and the modifier apostrophe are letters of Latin words (`Hawaiʻi`,
  // `Oʻzbekiston`): no change of script inside them (`HawaiÊ»i` and `Hawaiʻi` were as bad).
  if (cp === 0x2bb || cp === 0x2bc) return 1;
  if (cp >= 0x370 && cp <= 0x3ff) return 2; // Greek
  if (cp >= 0x400 && cp <= 0x52f) return 3; // Cyrillic
  if ((cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xffef))
    return 4; // CJK
  if ((cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff)) return 5; // Hangul
  return 6 + (cp >> 8);
}

const isC1 = (cp: number): boolean => cp >= 0x80 && cp <= 0x9f;

/**
 * The badness of `text`: C1 control characters count 2; a lead letter
 * ({@link LEAD_LETTERS}) before a non-letter (or before a space, unless it
 * ends an uppercase word), a letter against one
 * of the odd symbols, two non-ASCII symbols side by side when one is odd, an uppercase letter straight after a lowercase one (when
 * either is non-ASCII), and two letters of different scripts side by side each
 * count 1. Units: unlikely combinations (an integer, 0 for ordinary text).
 */
export function badness(text: string): number {
  const chars = Array.from(text);
  const kinds = kindsOf(chars);
  let score = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.codePointAt(0)!;
    const kind = kinds[i]!;
    if (isC1(cp)) score += 2;
    if (i === 0) continue;
    const prev = chars[i - 1]!;
    const pcp = prev.codePointAt(0)!;
    // (Every combination below holds a non-ASCII character: two ASCII ones are passed over.)
    if (cp < 0x80 && pcp < 0x80) continue;
    const prevKind = kinds[i - 1]!;
    const prevLetter = prevKind !== Kind.Other;
    const letter = kind !== Kind.Other;
    if (LEAD_LETTERS.has(prev)) {
      if (cp >= 0x80 && ((kind !== Kind.Lower && kind !== Kind.Upper) || CONTINUATION_LETTERS.has(ch)))
        score++;
      else if ((cp === 0x20 || cp === 0xa0) && leadBeforeSpace(chars, kinds, i - 1)) score++;
    }
    if (LEAD_LETTERS_1250.has(prev) && cp >= 0x80 && lead1250Pair(chars, kinds, i)) score++;
    // `Â` and a letter a Central European charset shows for a continuation byte, ending a word (`ÂŤ`,
    // `Âť`: `«`, `»` read in ISO-8859-2): no word ends so.
    if (prev === 'Â' && CONTINUATION_1250.has(ch) && (kinds[i + 1] ?? Kind.Other) === Kind.Other) score++;
    // Romanian `Ă` ends words before anything; inside one, before a symbol or a letter windows-1250 shows
    // for a continuation byte, it is the lead of a Latin-1 letter (`fĂĽr`, `JuniorĂłw`, `PRĂ“XIMA`), and
    // so it is after a lowercase letter even at a word's end (`groĂź.`, `MenĂĽ`).
    if (
      prev === 'Ă' &&
      cp >= 0x80 &&
      (kind === Kind.Other || CONTINUATION_1250.has(ch)) &&
      ((kinds[i + 1] ?? Kind.Other) !== Kind.Other || kinds[i - 2] === Kind.Lower)
    )
      score++;
    // A three-byte lead read as a lowercase letter (`â€`, `â„¢`, `ã…`, `âœ“`) before a symbol or a continuation letter
    // (the degree sign and the dash end words, but not one ending in `â`, which no language ends a word
    // with: `â°` is ⏰ without its 8F, `â—` ❗ without its 9D).
    if (
      prevKind === Kind.Lower &&
      pcp >= 0xe0 &&
      pcp <= 0xef &&
      ((cp >= 0x80 &&
        !letter &&
        (!COMMON_AFTER_WORD.has(ch) || (prev === 'â' && (ch === '°' || ch === '—')))) ||
        CONTINUATION_LETTERS.has(ch))
    )
      score++;
    // `Β` or `Ā` (C2 in windows-1253 and -1257) opening a word before a Latin-1 symbol (`Β»`, `Ā©`): a
    // symbol's two bytes. Not after `«` (`«Β»`: a Greek letter quoted).
    if (
      (prev === 'Β' || prev === 'Ā') &&
      cp >= 0xa0 &&
      cp <= 0xbf &&
      kind === Kind.Other &&
      (i < 2 || (kinds[i - 2] === Kind.Other && chars[i - 2] !== '«'))
    )
      score++;
    // `Γ` or `Ć` (C3, the lead of Latin-1's letters, in windows-1253 and -1257) against Latin text: before a
    // no-break space as a word of its own after a Latin lowercase word (`janvier Γ\u00a0 20h`: à), or before a
    // symbol beside an ASCII letter (`Γ–ffentlich`, `SCHĆ–NER`: Ö). Greek writes `Γ` beside Greek letters.
    if (
      (prev === 'Γ' || prev === 'Ć') &&
      (cp >= 0xa0 || cp === 0x20) &&
      kind === Kind.Other &&
      centralLeadAgainstLatin(chars, i)
    )
      score++;
    // `â` and two lost-byte marks, or a replacement character (`itâ??s`, `â��`): punctuation's three bytes
    // misread and stored in Latin-1, which lost the two windows-1252 characters it cannot hold.
    if (prev === 'â' && (cp === 0xfffd || (ch === '?' && chars[i + 1] === '?'))) score++;
    // Ordinal indicators follow a digit or an ASCII letter (`1ª`, `Nº`), not punctuation (`â–ª`) or an
    // accented letter (`Œº`: Greek misread in MacRoman).
    if ((cp === 0xaa || cp === 0xba) && ((!prevLetter && !/\d/.test(prev)) || pcp >= 0x80)) score++;
    // `Œ`, `œ`, `ÿ`, `Ÿ` come before ASCII letters (`œuvre`, `cœur`, `L'Haÿ-les-Roses`); before another
    // non-ASCII character they are a lead byte misread in MacRoman (`Œµ`, `ÿ°` for Greek and Arabic).
    if (RARE_BEFORE_NON_ASCII.has(prev) && cp >= 0x80) score++;
    // And `ÿ` follows a vowel written plain (`L'Haÿ`, `Moÿ`), not an accented letter (`Fuãÿball`: `ÃŸ`, ß,
    // lowercased by a title case).
    if (ch === 'ÿ' && pcp >= 0xe0 && pcp <= 0xfe) score++;
    // `¡` and `¿` open a word: a space after them is a misread symbol (`Âˇ` read in windows-1250 for `·`).
    if ((prev === '¡' || prev === '¿') && cp === 0x20) score++;
    // `ß` follows a vowel (or ends a syllable after one); after a consonant or at a word's start it is a
    // misreading (`fßr`: `Ăź` read in windows-1250 where ISO-8859-2 gives `für`).
    if (ch === 'ß' && /[\s\u00adbcdfghjklmnpqrstvwxz]/i.test(prev)) score++;
    // A soft hyphen after a capital inside a lowercase word (`RodrĂ­guez`, `Ã­`): the capital is a lead
    // byte and the hyphen its continuation (AD), not a hyphenation point.
    if (cp === 0xad && prevKind === Kind.Upper && pcp >= 0x80 && kinds[i - 2] === Kind.Lower) score++;
    // A quote between two letters, one of them non-ASCII, or a dash between two non-ASCII letters, with no
    // space (`Ч”Ч`, `ü–æ`):
    // a lead byte misread in windows-1251 or MacRoman. Not the apostrophe `’`, nor between ASCII letters.
    if (i + 1 < chars.length && QUOTE_OR_DASH.has(ch) && prevLetter) {
      const nextKind = kinds[i + 1]!;
      const ncp = chars[i + 1]!.codePointAt(0)!;
      const dash = ch === '–' || ch === '—';
      if (nextKind !== Kind.Other && (dash ? ncp >= 0x80 && pcp >= 0x80 : ncp >= 0x80 || pcp >= 0x80))
        score++;
    }
    if ((prevLetter && odd(ch)) || (letter && odd(prev))) score++;
    // Two non-ASCII symbols side by side, one of them odd (`√°`, `¬´`).
    else if (!prevLetter && !letter && cp >= 0xa0 && pcp >= 0xa0 && (odd(ch) || odd(prev))) score++;
    // Not a single accented lowercase letter between ASCII capitals (`TRáNSITO`, `DíAZ`): what a line
    // uppercased after its misreading repairs to, its bytes read as they stand (`TRÃ¡NSITO`).
    if (
      prevKind === Kind.Lower &&
      kind === Kind.Upper &&
      (cp >= 0x80 || pcp >= 0x80) &&
      !(pcp >= 0xdf && pcp <= 0xff && /[A-Z]/.test(ch) && /[A-Z]/.test(chars[i - 2] ?? ''))
    )
      score++;
    // (A capital after a lowercase letter counts once, above.)
    if (cp >= 0x80 && (kind === Kind.Upper || (cp >= 0x2000 && cp <= 0x200a) || (cp >= 0x5da && cp <= 0x5e5)))
      score += oddCaseOrSpace(chars, kinds, i, false);
    if (prevLetter && letter && (cp >= 0x80 || pcp >= 0x80)) {
      if (scriptOf(pcp) !== scriptOf(cp) && (cp < 0x2e80 || pcp < 0x2e80)) score++;
    }
  }
  return score;
}

/**
 * Case and spacing that text rarely shows and a continuation byte read in a
 * charset's near twin does (ISO-8859-15 and windows-1252 read A4..BE and
 * 80..9F otherwise): a non-ASCII capital between a capital and a lowercase letter in
 * a word (`BÌrger` for `Bürger`: words hold capitals at their start or
 * throughout), and with `afterLower` between two lowercase letters (`fÌr`; badness counts that
 * already, and not in a word joined of words without spaces, `DeportesÚltimas`); inside a sentence (after a lowercase word), a capital with a
 * grave accent opening a word (`Ìber`, `Àhnlich` for `über`, `ähnlich`:
 * languages write à, è, ì, ò, ù lowercase there, capital only at a sentence's
 * start or in capitals) or a non-ASCII capital standing alone as a word before a
 * lowercase one, but for letters that are words (`anni Ú il`, Italian è; not `assine É assinante`); a narrow Unicode space (U+2000..U+200A)
 * inside a word or beside an ordinary space (`Wald\u200a bei` for `Wald…`:
 * typography puts them by dashes and digits), or, but a thin space (U+2009), after a word's last
 * letter at the text's end or before a full stop or comma (`baff\u200a`). 1 for `chars[i]` when it
 * is one of these.
 */
function oddCaseOrSpace(
  chars: readonly string[],
  kinds: Kinds,
  i: number,
  afterLower: JoinedWords | false,
): number {
  const ch = chars[i]!;
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return 0;
  // A Hebrew final letter (ך ם ן ף ץ) before another Hebrew letter: final forms end words (`ךאש` for `ראש`).
  if (HEBREW_FINALS.has(ch)) return /[\u05d0-\u05ea]/.test(chars[i + 1] ?? '') ? 1 : 0;
  if (kinds[i] === Kind.Upper) {
    // (In a word joined of words without spaces, `MéxicoColombia`, a capital after a lowercase letter opens one.)
    const afterLowerLetter = afterLower && kinds[i - 1] === Kind.Lower && !afterLower.joined(i);
    if ((kinds[i - 1] === Kind.Upper || afterLowerLetter) && kinds[i + 1] === Kind.Lower) return 1;
    // A capital ending a lowercase word (`novÜ` for `nový`).
    if (afterLowerLetter && (kinds[i + 1] ?? Kind.Other) === Kind.Other) return 1;
    if (!afterLowercaseWord(chars, kinds, i)) return 0;
    if (GRAVE_CAPITALS.has(ch) && kinds[i + 1] === Kind.Lower) return 1;
    return chars[i + 1] === ' ' && kinds[i + 2] === Kind.Lower && !LONE_WORDS.has(ch) ? 1 : 0;
  }
  if (cp < 0x2000 || cp > 0x200a) return 0;
  const letterOrSpace = (k: number): boolean =>
    (kinds[k] !== undefined && kinds[k] !== Kind.Other) || chars[k] === ' ';
  if (letterOrSpace(i - 1) && letterOrSpace(i + 1)) return 1;
  // After a letter, ending the text or before a full stop or comma (`baff\u200a`), but a thin space (U+2009).
  return cp !== 0x2009 && letterOrSpace(i - 1) && (i + 1 === chars.length || /[.,]/.test(chars[i + 1]!))
    ? 1
    : 0;
}

/**
 * How many of {@link oddCaseOrSpace}'s combinations `text` holds (with those
 * after a lowercase letter), and letters it holds that no living language
 * writes ({@link plausible}): what tells a near twin's reading from
 * windows-1252's.
 */
export function caseOrSpaceOddities(text: string): number {
  const chars = Array.from(text);
  const kinds = kindsOf(chars);
  let n = 0;
  const joined = new JoinedWords(chars);
  for (let i = 1; i < chars.length; i++) n += oddCaseOrSpace(chars, kinds, i, joined);
  // Letters no living language writes (`sẜ` for Vietnamese `sẽ`).
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]!.codePointAt(0)!;
    if (
      cp >= 0x100 &&
      kinds[i] !== Kind.Other &&
      !plausibleBeside(
        cp,
        [chars[i - 1]?.codePointAt(0), chars[i + 1]?.codePointAt(0)],
        chars[i + 1]?.codePointAt(0),
      )
    )
      n++;
  }
  return n;
}

/** Words joined without a space (`MéxicoColombia`): an ASCII capital between lowercase letters. */
const JOINED_WORDS = /\p{Ll}[A-Z]\p{Ll}/u;

/**
 * Whether the white-space-delimited word around `chars[i]` joins words without
 * spaces ({@link JOINED_WORDS}): each word is read once, when first asked
 * about (reading the word per character asked made a long word quadratic).
 */
class JoinedWords {
  /** The start of the word around each character (white space: its own offset), read on first use. */
  private starts: Int32Array | null = null;
  private readonly known = new Map<number, boolean>();
  constructor(private readonly chars: readonly string[]) {}
  joined(i: number): boolean {
    const { chars } = this;
    if (!this.starts) {
      this.starts = new Int32Array(chars.length);
      for (let k = 0, a = 0; k < chars.length; k++) {
        if (/\s/.test(chars[k]!)) a = k + 1;
        this.starts[k] = Math.min(a, k);
      }
    }
    const a = this.starts[i]!;
    let answer = this.known.get(a);
    if (answer === undefined) {
      let b = a;
      while (b < chars.length && !/\s/.test(chars[b]!)) b++;
      answer = JOINED_WORDS.test(chars.slice(a, b).join(''));
      this.known.set(a, answer);
    }
    return answer;
  }
}

/** Hebrew final letters, which stand only at the end of a word. */
const HEBREW_FINALS = new Set([...'ךםןףץ']);

/** Capitals of letters that are words of their own (French à, Italian è, Portuguese é, ó, Catalan ò, French ô). */
const LONE_WORDS = new Set([...'ÀÈÉÓÒÔ']);

/** Capitals with a grave accent, which languages write lowercase inside a sentence. */
const GRAVE_CAPITALS = new Set([...'ÀÈÌÒÙ']);

/** `chars[i]` opens a word after a space and a lowercase letter or a comma (inside a sentence). */
function afterLowercaseWord(chars: readonly string[], kinds: Kinds, i: number): boolean {
  return chars[i - 1] === ' ' && (kinds[i - 2] === Kind.Lower || chars[i - 2] === ',');
}

/**
 * After a windows-1250 lead capital (`chars[i - 1]`): a symbol (not `™`, `®`), a
 * word-ending mark with a letter straight after it (`Ř°Ř`, `Ů…Ř`), or a
 * lowercase letter windows-1250 shows for a continuation byte (`Řş`), or an uppercase one before a
 * lowercase letter.
 */
function lead1250Pair(chars: readonly string[], kinds: Kinds, i: number): boolean {
  const ch = chars[i]!;
  if (kinds[i] === Kind.Lower) return CONTINUATION_1250_LOWER.has(ch);
  // An uppercase continuation letter before a lowercase one (`ĹĽyciu` for `życiu`).
  if (kinds[i] === Kind.Upper) return CONTINUATION_1250.has(ch) && kinds[i + 1] === Kind.Lower;
  if (kinds[i] !== Kind.Other || ch === '™' || ch === '®') return false;
  return !COMMON_AFTER_WORD.has(ch) || (kinds[i + 1] ?? Kind.Other) !== Kind.Other;
}

/** Lowercase letters windows-1250 shows for continuation bytes (80..BF). */
const CONTINUATION_1250_LOWER = new Set([...'šśťžźłąşľż']);

/** Letters windows-1250 shows for continuation bytes (80..BF). */
const CONTINUATION_1250 = new Set([...'ŠŚŤŽŹŁĄŞŻĽ', ...CONTINUATION_1250_LOWER]);

/** See {@link badness}: `chars[i - 1]` is `Γ` or `Ć` and `chars[i]` a symbol or no-break space, against Latin text. */
function centralLeadAgainstLatin(chars: readonly string[], i: number): boolean {
  const ascii = (k: number): boolean => /^[A-Za-z]$/.test(chars[k] ?? '');
  // (Or a space, then another: the no-break space became the first, `janvier Γ  20h`.)
  if (chars[i] === ' ' && chars[i + 1] !== ' ') return false;
  if (chars[i] === '\u00a0' || chars[i] === ' ')
    return chars[i - 2] === ' ' && /^[a-z]$/.test(chars[i - 3] ?? '') && !/\p{L}/u.test(chars[i + 1] ?? '');
  // (Not a word's end: `ZROBIĆ…`, a Polish headline's verb before an ellipsis.)
  // (Not after `A I U Y`: `ZROBIĆ–JUTRO`, a Polish infinitive's `IĆ` before a dash.)
  if (/^[AIUY]$/.test(chars[i - 2] ?? '')) return false;
  return ascii(i + 1) || (ascii(i - 2) && chars[i + 1] === '-');
}

/** A lead letter before a space ends a lowercase word (`cittÃ `) or a number (`10Â km`), or is a lone `Ã` or `Â` (`Ã  la`). */
function leadBeforeSpace(chars: readonly string[], kinds: Kinds, i: number): boolean {
  const before = kinds[i - 1] ?? Kind.Other;
  if (before === Kind.Lower || /\d/.test(chars[i - 1] ?? '')) return true;
  if (before !== Kind.Other) return false;
  // `Ã` and `Â` are never words of their own (but letters spaced out in capitals are: `S Ã O`; a
  // capital opening a word, `Ã Paris`, is no such letter).
  const spacedCapitals = kinds[i + 2] === Kind.Upper && (kinds[i + 3] ?? Kind.Other) !== Kind.Lower;
  return (chars[i] === 'Ã' || chars[i] === 'Â') && !spacedCapitals;
}

/** The {@link Kind} of each character, by index (a typed array: badness reads many texts). */
type Kinds = Uint8Array;

function kindsOf(chars: readonly string[]): Kinds {
  const out = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const cp = ch.charCodeAt(0);
    out[i] = cp < 0x80 ? asciiKind(cp) : kindOf(ch);
  }
  return out;
}

function asciiKind(cp: number): Kind {
  if (cp >= 0x61 && cp <= 0x7a) return Kind.Lower;
  if (cp >= 0x41 && cp <= 0x5a) return Kind.Upper;
  return Kind.Other;
}
