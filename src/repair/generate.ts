import { decodeByte } from './charmaps.js';
import { EMOJI_SEQUENCES, SEED_LINES, SYMBOLS, type SeedLine } from './seed.js';

/**
 * Generates realistic mojibake from clean text, one case per kind and line, so
 * repair can be measured per kind on any clean text (our seed lines in the
 * tests, the visible text of real pages in `npm run eval`). Seeded: the same
 * seed gives the same cases.
 */
export type MojibakeKind =
  | 'windows-1252'
  | 'double'
  | 'triple'
  | 'sloppy-c1'
  | 'dropped-9d'
  | 'nbsp-as-space'
  | 'nbsp-dropped'
  | 'windows-1250'
  | 'iso-8859-2'
  | 'windows-1251'
  | 'macroman'
  | 'mixed-charsets'
  | 'double-regional'
  | 'regional-then-1252'
  | 'emoji'
  | 'cesu-8'
  | 'lost-byte'
  | 'beside-correct'
  | 'word-alone'
  | 'emoji-sequence'
  | 'curled-after'
  | 'double-nbsp-as-space'
  | 'lowercased'
  | 'uppercased'
  | 'word-in-regional'
  | 'html-entities'
  | 'iso-8859-15'
  | 'word-lowercased'
  | 'truncated'
  | 'html-escaped'
  | 'quotes-triple'
  | 'soft-hyphen-dropped'
  | 'bom'
  | 'then-windows-1251'
  | 'latin-1'
  | 'c1-for-windows-1252'
  | 'cp437'
  | 'western-in-central'
  | 'strict-dropped'
  | 'emoji-in-word'
  | 'tweet'
  | 'caps-title'
  | 'nbsp-many'
  | 'lost-in-word'
  | 'beside-other-script'
  | 'tagged'
  | 'double-latin-1'
  | 'odd-symbols'
  | 'then-iso-8859-15'
  | 'tweet-lowercased'
  | 'tweet-uppercased'
  | 'tweet-uppercased-strict'
  | 'tweet-lowercased-strict'
  | 'decomposed'
  | 'ligature'
  | 'terminal-escapes'
  | 'fixed-by-hand'
  | 'mixed-rounds'
  | 'ascii-punctuation'
  | 'tweet-half-broken'
  | 'truncated-ellipsis'
  | 'word-in-capitals'
  | 'windows-1253'
  | 'windows-1254'
  | 'windows-1257'
  | 'latin-1-lossy'
  | 'nbsp-entity'
  | 'entities-caps'
  | 'one-char-broken'
  | 'short-name'
  | 'title-cased'
  | 'truncated-double'
  | 'caps-regional'
  | 'html-attribute'
  | 'rare-nbsp-as-space';

export const MOJIBAKE_KINDS: readonly MojibakeKind[] = [
  'windows-1252',
  'double',
  'triple',
  'sloppy-c1',
  'dropped-9d',
  'nbsp-as-space',
  'nbsp-dropped',
  'windows-1250',
  'iso-8859-2',
  'windows-1251',
  'macroman',
  'mixed-charsets',
  'double-regional',
  'regional-then-1252',
  'emoji',
  'cesu-8',
  'lost-byte',
  'beside-correct',
  'word-alone',
  'emoji-sequence',
  'curled-after',
  'double-nbsp-as-space',
  'lowercased',
  'uppercased',
  'word-in-regional',
  'html-entities',
  'iso-8859-15',
  'word-lowercased',
  'truncated',
  'html-escaped',
  'quotes-triple',
  'soft-hyphen-dropped',
  'bom',
  'then-windows-1251',
  'latin-1',
  'c1-for-windows-1252',
  'cp437',
  'western-in-central',
  'strict-dropped',
  'emoji-in-word',
  'tweet',
  'caps-title',
  'nbsp-many',
  'lost-in-word',
  'beside-other-script',
  'tagged',
  'double-latin-1',
  'odd-symbols',
  'then-iso-8859-15',
  'tweet-lowercased',
  'tweet-uppercased',
  'tweet-uppercased-strict',
  'tweet-lowercased-strict',
  'decomposed',
  'ligature',
  'terminal-escapes',
  'fixed-by-hand',
  'mixed-rounds',
  'ascii-punctuation',
  'tweet-half-broken',
  'truncated-ellipsis',
  'word-in-capitals',
  'windows-1253',
  'windows-1254',
  'windows-1257',
  'latin-1-lossy',
  'nbsp-entity',
  'entities-caps',
  'one-char-broken',
  'short-name',
  'title-cased',
  'truncated-double',
  'caps-regional',
  'html-attribute',
  'rare-nbsp-as-space',
];

export interface MojibakeCase {
  readonly kind: MojibakeKind;
  readonly lang: string;
  /** The broken text. */
  readonly broken: string;
  /** What repair must give back. */
  readonly expected: string;
}

/** Languages whose text is commonly misread in each regional charset. */
const CENTRAL_EUROPEAN = new Set(['pl', 'cs', 'sk', 'ro', 'hu', 'hr', 'sl', 'bs', 'sr']);
const CYRILLIC = new Set(['ru', 'uk', 'bg', 'sr', 'mk', 'be']);

/** A single-byte charset as a byte -> character table; bytes it leaves undefined become their C1 control. */
function table(charset: string): readonly string[] {
  const out: string[] = [];
  for (let b = 0; b < 256; b++) {
    const ch = decodeByte(b, charset);
    out.push(ch.length === 1 && ch !== '\uFFFD' ? ch : String.fromCharCode(b));
  }
  return out;
}
const TABLES = new Map<string, readonly string[]>();
function misread(bytes: Uint8Array, charset: string): string {
  let t = TABLES.get(charset);
  if (!t) TABLES.set(charset, (t = table(charset)));
  let out = '';
  for (const b of bytes) out += t[b]!;
  return out;
}
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** `text` encoded as UTF-8 and read as `charset`, `rounds` times. */
export function breakText(text: string, charset: string, rounds = 1): string {
  let s = text;
  for (let i = 0; i < rounds; i++) s = misread(utf8(s), charset);
  return s;
}

/** CESU-8: UTF-8 in which a character beyond U+FFFF is written as its two surrogates, three bytes each. */
function cesu8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(...utf8(text[i]!));
  }
  return Uint8Array.from(out);
}

/** Mulberry32: a small seeded generator, the same sequence for a seed on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hasByte = (text: string, test: (b: number) => boolean): boolean => utf8(text).some(test);
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** The bytes ISO-8859-15 reads otherwise than Latin-1 (`€ Š š Ž ž Œ œ Ÿ`). */
const LATIN9_DIFFERS = new Set([0xa4, 0xa6, 0xa8, 0xb4, 0xb8, 0xbc, 0xbd, 0xbe]);

/** windows-1252's characters for the bytes 80..9F it defines, by character. */
const WINDOWS_1252_HIGH: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 0x20 }, (_, k) => 0x80 + k)
    .filter((b) => !UNDEFINED_1252.has(b))
    .map((b) => [decodeByte(b, 'windows-1252'), b]),
);

/** What a strict windows-1252 decoder leaves: the undefined bytes' C1 controls dropped. */
const dropUndefined = (s: string): string => s.replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '');

/** Straight quotes curled: `'` after a non-space is an apostrophe or closing quote, `"` after one closes. */
const curl = (s: string): string =>
  s
    .replace(/(?<=\S)'/g, '’')
    .replace(/'/g, '‘')
    .replace(/(?<=\S)"/g, '”')
    .replace(/"/g, '“');

/** HTML's names of the Latin-1 letters and symbols a misreading is made of (a few; the rest numeric). */
const ENTITY_NAMES: Readonly<Record<string, string>> = {
  Ã: 'Atilde',
  Â: 'Acirc',
  â: 'acirc',
  Ð: 'ETH',
  Ñ: 'Ntilde',
  Å: 'Aring',
  Ä: 'Auml',
  '©': 'copy',
  '¨': 'uml',
  '¼': 'frac14',
  '§': 'sect',
  '¶': 'para',
  '°': 'deg',
  '±': 'plusmn',
  '¤': 'curren',
  '\u00a0': 'nbsp',
  '€': 'euro',
  '™': 'trade',
  '‚': 'sbquo',
  '“': 'ldquo',
  '”': 'rdquo',
  '‘': 'lsquo',
  '’': 'rsquo',
  '…': 'hellip',
  '–': 'ndash',
  '—': 'mdash',
  œ: 'oelig',
  Š: 'Scaron',
  š: 'scaron',
};

/** `ch` as an HTML entity: by name where it has one of {@link ENTITY_NAMES} (unless `numeric`), else `&#N;`. */
function entityOf(ch: string, numeric: boolean): string {
  const name = numeric ? undefined : ENTITY_NAMES[ch];
  return name ? `&${name};` : `&#${ch.codePointAt(0)!};`;
}

/** The Latin ligatures a PDF's text layer gives for letter pairs and triples. */
const LIGATURES: Readonly<Record<string, string>> = {
  ff: '\ufb00',
  fi: '\ufb01',
  fl: '\ufb02',
  ffi: '\ufb03',
  ffl: '\ufb04',
};

/** Words (split at spaces) of a line that hold non-ASCII characters. */
function nonAsciiWords(words: readonly string[]): number[] {
  return words.flatMap((w, i) => (/[^\x00-\x7f]/.test(w) ? [i] : []));
}

/** The single-byte charset other than windows-1252 that the line's text is most often misread in, if any. */
function regional({ lang, text }: SeedLine): string | null {
  if (CENTRAL_EUROPEAN.has(lang)) return 'windows-1250';
  if (CYRILLIC.has(lang)) return 'windows-1251';
  return /^[\p{Script=Latin}\P{L}]*$/u.test(text) ? 'macintosh' : null;
}

/** One case of `kind` from `line`, or null when the kind does not apply to it (nothing would break). */
export function makeCase(kind: MojibakeKind, line: SeedLine, rnd: () => number): MojibakeCase | null {
  const { text, lang } = line;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const done = (broken: string, expected = text): MojibakeCase | null =>
    broken === expected ? null : { kind, lang, broken, expected };
  switch (kind) {
    case 'windows-1252':
      return done(breakText(text, 'windows-1252'));
    case 'double':
      return done(breakText(text, 'windows-1252', 2));
    case 'triple':
      return done(breakText(text, 'windows-1252', 3));
    case 'sloppy-c1':
      // Only lines whose UTF-8 holds a byte windows-1252 leaves undefined (kept as a C1 control).
      return hasByte(text, (b) => UNDEFINED_1252.has(b)) ? done(breakText(text, 'windows-1252')) : null;
    case 'dropped-9d': {
      // A strict decoder dropped the bytes windows-1252 leaves undefined, once or in the second of two
      // rounds. Only the right double quote's 9D can be told back; lines whose other characters lose a
      // byte too are left out. A line without a quote gets one around a word.
      const words = text.split(' ');
      const at = Math.floor(rnd() * words.length);
      const quoted = text.includes('\u201d')
        ? text
        : words.map((w, i) => (i === at ? `“${w}”` : w)).join(' ');
      const rounds = rnd() < 0.5 ? 1 : 2;
      const drop = (s: string): string => s.replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '');
      const plain = quoted.replace(/[“”]/g, '"');
      if (drop(breakText(plain, 'windows-1252', rounds)) !== breakText(plain, 'windows-1252', rounds))
        return null;
      return done(drop(breakText(quoted, 'windows-1252', rounds)), quoted);
    }
    case 'nbsp-as-space':
    case 'nbsp-dropped': {
      // A no-break space after a number (`10 km`) gives Latin text an A0 byte too.
      const withNbsp = text.replace(/(\d) (?=\p{L})/u, '$1\u00a0');
      if (!hasByte(withNbsp, (b) => b === 0xa0)) return null;
      const misread1252 = breakText(withNbsp, 'windows-1252');
      if (kind === 'nbsp-as-space') return done(misread1252.replace(/\u00a0/g, ' '), withNbsp);
      // Dropped where a space follows (`voilÃ le`), a space elsewhere.
      if (!/\u00a0 /.test(misread1252)) return null;
      return done(misread1252.replace(/\u00a0 ?/g, ' '), withNbsp);
    }
    case 'windows-1250':
    case 'iso-8859-2':
      return CENTRAL_EUROPEAN.has(lang) ? done(breakText(text, kind)) : null;
    case 'windows-1251':
      return CYRILLIC.has(lang) ? done(breakText(text, kind)) : null;
    case 'macroman':
      return /^[\p{Script=Latin}\P{L}]*$/u.test(text) ? done(breakText(text, 'macintosh')) : null;
    case 'double-regional':
    case 'regional-then-1252': {
      // Misread twice: in the line's regional charset both times, or in it and then in windows-1252.
      const other = regional(line);
      if (!other) return null;
      return done(breakText(breakText(text, other), kind === 'double-regional' ? other : 'windows-1252'));
    }
    case 'mixed-charsets': {
      // Two halves of one line misread in two charsets (one of them windows-1252).
      const other = regional(line);
      if (!other) return null;
      const words = text.split(' ');
      const cut = Math.max(1, Math.floor(words.length / 2));
      const first = words.slice(0, cut).join(' ');
      const second = words.slice(cut).join(' ');
      if (!/[^\x00-\x7f]/.test(first) || !/[^\x00-\x7f]/.test(second)) return null;
      const [a, b] = rnd() < 0.5 ? ['windows-1252', other] : [other, 'windows-1252'];
      return done(`${breakText(first, a)} ${breakText(second, b)}`);
    }
    case 'emoji':
    case 'cesu-8': {
      const words = text.split(' ');
      const symbols = kind === 'cesu-8' ? SYMBOLS.filter((s) => s.codePointAt(0)! > 0xffff) : SYMBOLS;
      const at = Math.floor(rnd() * (words.length + 1));
      words.splice(at, 0, pick(symbols));
      if (rnd() < 0.5) words.push(pick(symbols));
      const clean = words.join(' ');
      const broken =
        kind === 'cesu-8' ? misread(cesu8(clean), 'windows-1252') : breakText(clean, 'windows-1252');
      return done(broken, clean);
    }
    case 'lost-byte': {
      // One continuation byte of one character became `?` or U+FFFD; repair leaves U+FFFD for that character.
      const chars = [...text];
      const multi = chars.flatMap((c, i) => (utf8(c).length > 1 ? [i] : []));
      if (multi.length === 0) return null;
      const victim = pick(multi);
      const bytes = utf8(chars[victim]!);
      const lost = 1 + Math.floor(rnd() * (bytes.length - 1));
      const mark = rnd() < 0.5 ? '?' : '\uFFFD';
      const broken = chars
        .map((c, i) => {
          if (i !== victim) return breakText(c, 'windows-1252');
          const parts = [...bytes].map((b) => misread(Uint8Array.of(b), 'windows-1252'));
          parts[lost] = mark;
          return parts.join('');
        })
        .join('');
      chars[victim] = '\uFFFD';
      return done(broken, chars.join(''));
    }
    case 'word-alone': {
      // Short text (a tweet's word, a name in a table cell): one word of the line alone, misread in
      // windows-1252 or in the line's regional charset. Less context, less evidence.
      const words = text.split(' ');
      const idx = nonAsciiWords(words);
      if (idx.length === 0) return null;
      const word = words[pick(idx)]!;
      const other = regional(line);
      return done(breakText(word, other && rnd() < 0.5 ? other : 'windows-1252'), word);
    }
    case 'emoji-sequence': {
      // Emoji sequences (selector, joiner, skin tone, flag, keycap) in a tweet-like line, misread in
      // windows-1252 with the undefined bytes kept as C1 controls or dropped by a strict decoder (lines whose
      // own characters would lose a byte too are left out).
      const words = text.split(' ');
      words.splice(Math.floor(rnd() * (words.length + 1)), 0, pick(EMOJI_SEQUENCES));
      if (rnd() < 0.5) words.push(pick(EMOJI_SEQUENCES) + (rnd() < 0.5 ? pick(EMOJI_SEQUENCES) : ''));
      const clean = words.join(' ');
      const broken = breakText(clean, 'windows-1252');
      if (rnd() < 0.5) return done(broken, clean);
      if (dropUndefined(breakText(text, 'windows-1252')) !== breakText(text, 'windows-1252')) return null;
      return done(dropUndefined(broken), clean);
    }
    case 'curled-after': {
      // Misread, then its straight quotes curled (as publishing software does): correct quotes and
      // apostrophes stand inside and beside the broken words (`cafÃ©’s`).
      // A line without quotes gets them around a word.
      if (!/[^\x00-\x7f‘’“”]/.test(text.replace(/['"‘’“”]/g, ''))) return null;
      const words = text.split(' ');
      const at = Math.floor(rnd() * words.length);
      const quoted = /['"‘’“”]/.test(text) ? text : words.map((w, i) => (i === at ? `"${w}"` : w)).join(' ');
      const straight = quoted.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
      return done(curl(breakText(straight, 'windows-1252')), curl(straight));
    }
    case 'double-nbsp-as-space': {
      // Misread twice, the second round's no-break spaces (from the first round's `à`, `†`, `Š`, no-break
      // space) turned into spaces: `将` becomes `Ã¥Â°â€ ` with a plain space.
      const twice = breakText(text, 'windows-1252', 2);
      return twice.includes('\u00a0') ? done(twice.replace(/\u00a0/g, ' ')) : null;
    }
    case 'lowercased':
    case 'uppercased': {
      // Misread, then the whole line lowercased or uppercased (a title or a tag transformed after the
      // misreading): `piÃ±a` becomes `piã±a`, the lead byte changes case. Lines whose misreading holds a
      // character windows-1252 cannot write after the change (`µ` -> `Μ`, `ß` -> `SS`) are left out.
      const change = (s: string): string => (kind === 'lowercased' ? s.toLowerCase() : s.toUpperCase());
      const broken = change(breakText(text, 'windows-1252'));
      if (
        !/^[\x00-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]*$/u.test(
          broken,
        )
      )
        return null;
      if (broken.length !== breakText(text, 'windows-1252').length || change(text).length !== text.length)
        return null;
      // Repair puts back the characters the bytes give; only ASCII letters keep the change of case
      // (a lowercased line's repaired letters are lowercased too).
      const expected = kind === 'lowercased' ? change(text) : text.replace(/[a-z]+/g, (w) => w.toUpperCase());
      return done(broken, expected);
    }
    case 'word-in-regional': {
      // A line misread in windows-1252 but for one word misread in the line's regional charset (text
      // pasted together from two sources).
      const other = regional(line);
      if (!other) return null;
      const words = text.split(' ');
      const idx = nonAsciiWords(words);
      if (idx.length < 2) return null;
      const odd = pick(idx);
      return done(words.map((w, i) => breakText(w, i === odd ? other : 'windows-1252')).join(' '));
    }
    case 'html-entities': {
      // Misread text beside HTML entities left in it (`&quot;`, `&amp;`, `&#39;`, `&nbsp;`), which repair
      // leaves as they are: a broken word is quoted with an entity, or an entity stands between words.
      const words = text.split(' ');
      const idx = nonAsciiWords(words);
      if (idx.length === 0) return null;
      const at = pick(idx);
      const entity = pick(['&quot;', '&amp;', '&#39;', '&nbsp;', '&laquo;', '&#8220;']);
      const withEntity = words
        .map((w, i) =>
          i === at
            ? entity === '&amp;' || entity === '&nbsp;'
              ? `${w} ${entity}`
              : `${entity}${w}${entity}`
            : w,
        )
        .join(' ');
      return done(breakText(withEntity, 'windows-1252'), withEntity);
    }
    case 'iso-8859-15': {
      // Latin-9 (ISO-8859-15): windows-1252's letters where Latin-1 has `¤ ¦ ¨ ´ ¸ ¼ ½ ¾`, C1 controls for
      // 80..9F. Only lines whose misreading differs from windows-1252's.
      return hasByte(text, (b) => LATIN9_DIFFERS.has(b)) ? done(breakText(text, 'iso-8859-15')) : null;
    }
    case 'word-lowercased': {
      // Misread, then one word lowercased in a line of mixed case (a hashtag, a user name, a slug):
      // `#cafã©` beside `Ã‰cole`. Repair lowercases what it puts back in that word only.
      const words = text.split(' ');
      const idx = nonAsciiWords(words).filter((i) => words[i]!.toLowerCase().length === words[i]!.length);
      if (idx.length === 0 || !/\p{Lu}/u.test(text)) return null;
      const at = pick(idx);
      const tag = rnd() < 0.5 ? '#' : '';
      const expected = words.map((w, i) => (i === at ? tag + w.toLowerCase() : w));
      const broken = words.map((w, i) =>
        i === at ? tag + breakText(w, 'windows-1252').toLowerCase() : breakText(w, 'windows-1252'),
      );
      if (!/\p{Lu}/u.test(expected.join(' '))) return null;
      return done(broken.join(' '), expected.join(' '));
    }
    case 'truncated': {
      // Misread, then cut to a length limit (a tweet, a preview, a database column) inside the last
      // non-ASCII character's bytes: the part before the cut is repaired, the piece of a character left
      // at the end stays as it is (no byte of it tells what it was). Not after `â€` (a right double
      // quote whose 9D was dropped, the commoner reading).
      const chars = [...text];
      const multi = chars.flatMap((c, i) => (utf8(c).length > 1 ? [i] : []));
      if (multi.length === 0) return null;
      const at = multi[multi.length - 1 - Math.floor(rnd() * Math.min(2, multi.length))]!;
      const bytes = utf8(chars[at]!);
      const keep = 1 + Math.floor(rnd() * (bytes.length - 1));
      const piece = misread(bytes.slice(0, keep), 'windows-1252');
      if (piece === 'â€' || /^\s*$/.test(chars.slice(0, at).join(''))) return null;
      const head = chars.slice(0, at).join('');
      return done(breakText(head, 'windows-1252') + piece, head + piece);
    }
    case 'html-escaped': {
      // Misread, then every non-ASCII character written as an HTML entity (a feed or a page that escapes
      // them): `caf&Atilde;&copy;`, `Jos&#195;&#169;`. Repair gives the characters back.
      const broken = breakText(text, 'windows-1252');
      const numeric = rnd() < 0.3;
      return done(broken.replace(/[^\x00-\x7f]/gu, (ch) => entityOf(ch, numeric)));
    }
    case 'quotes-triple': {
      // Curly quotes and apostrophes misread three times (a feed imported and re-exported twice), the
      // undefined bytes kept or dropped by a strict decoder: `’` becomes a dozen characters.
      const words = text.split(' ');
      const at = Math.floor(rnd() * words.length);
      const quoted = /[‘’“”]/.test(text) ? text : words.map((w, i) => (i === at ? `“${w}”` : w)).join(' ');
      const broken = breakText(quoted, 'windows-1252', 3);
      if (rnd() < 0.5) return done(broken, quoted);
      const plain = quoted.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
      if (dropUndefined(breakText(plain, 'windows-1252', 3)) !== breakText(plain, 'windows-1252', 3))
        return null;
      return done(dropUndefined(broken), quoted);
    }
    case 'soft-hyphen-dropped': {
      // Misread, then copied or cleaned so the invisible soft hyphen went: í (C3 AD) is left as `Ã`
      // (`polÃtica`). Only lines whose AD bytes are all í's inside words (at a word's end `Ã` and a space
      // may as well be à whose A0 was dropped).
      const bytes = utf8(text);
      const ad = bytes.filter((b) => b === 0xad).length;
      if (ad === 0 || ad !== (text.match(/(?<=\p{Ll})í(?=[a-z])/gu) ?? []).length) return null;
      return done(breakText(text, 'windows-1252').replace(/\u00ad/g, ''));
    }
    case 'bom': {
      // A file's first line: its byte order mark misread with it (`ï»¿`), the line misread or not.
      return done('ï»¿' + (rnd() < 0.5 ? breakText(text, 'windows-1252') : text));
    }
    case 'then-windows-1251':
      // Misread in windows-1252, then the broken text read again on a system whose charset is windows-1251
      // (a Russian site or program quoting a broken page): `é` is `Ã©`, then `Г©`; `а` is `Ð°`, then `ГђВ°`.
      return done(breakText(breakText(text, 'windows-1252'), 'windows-1251'));
    case 'latin-1':
      // Read by an ISO-8859-1 decoder (many HTTP clients' default), not windows-1252: every byte 80..9F is a
      // C1 control, so `’` is `â\u0080\u0099`, not `â€™`. Only lines holding such a byte.
      return hasByte(text, (b) => b >= 0x80 && b <= 0x9f) ? done(breakText(text, 'latin1')) : null;
    case 'c1-for-windows-1252': {
      // Text written in windows-1252 (not UTF-8) and read as ISO-8859-1: its curly quotes, dashes, `€` and
      // `…` (bytes 80..9F) become C1 controls. Only lines windows-1252 can write that hold such a character.
      let broken = '';
      for (const ch of text) {
        const c = ch.codePointAt(0)!;
        if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) broken += ch;
        else {
          const b = WINDOWS_1252_HIGH.get(ch);
          if (b === undefined) return null;
          broken += String.fromCharCode(b);
        }
      }
      return done(broken);
    }
    case 'cp437':
      // Read as code page 437 (a DOS or Windows console, a terminal's log): `é` is `├⌐`, `’` is `ΓÇÖ`.
      return done(breakText(text, 'cp437'));
    case 'western-in-central': {
      // A Latin-script line of a language outside Central Europe misread in windows-1250 or ISO-8859-2 (a
      // Czech or Polish system reading a French or German page): `é` is `Ă©`, `ü` is `ĂĽ`.
      if (CENTRAL_EUROPEAN.has(lang) || !/^[\p{Script=Latin}\P{L}]*$/u.test(text)) return null;
      return done(breakText(text, rnd() < 0.5 ? 'windows-1250' : 'iso-8859-2'));
    }
    case 'strict-dropped': {
      // Misread by a strict windows-1252 decoder that dropped the bytes it leaves undefined (81, 8D, 8F,
      // 90, 9D): a character that held one is left as what remains of it (`Ñ` for `с`, D1 81), which no
      // byte tells back (`Ñ` is с, э or я); repair gives back every other character. Lines without
      // such a character, and Latin lines (their `Ã` alone is à or í by other rules), are left out.
      if (/^[\p{Script=Latin}\P{L}]*$/u.test(text)) return null;
      let broken = '';
      let expected = '';
      for (const ch of text) {
        const read = breakText(ch, 'windows-1252');
        const kept = dropUndefined(read);
        broken += kept;
        expected += kept === read ? ch : kept;
      }
      return broken === expected || expected === text ? null : done(broken, expected);
    }
    case 'emoji-in-word': {
      // An emoji or symbol glued to a word of any script, before, after or inside it (`café😀`, `Моск😀ва`,
      // `東京🎉`), misread in windows-1252 as UTF-8 or, for emoji beyond U+FFFF, as CESU-8.
      const words = text.split(' ');
      const idx = words.flatMap((w, i) => (/\p{L}{2}/u.test(w) ? [i] : []));
      if (idx.length === 0) return null;
      const at = pick(idx);
      const chars = [...words[at]!];
      const cut = Math.floor(rnd() * (chars.length + 1));
      const cesu = rnd() < 0.3;
      const symbol = pick(cesu ? SYMBOLS.filter((c) => c.codePointAt(0)! > 0xffff) : SYMBOLS);
      words[at] = [...chars.slice(0, cut), symbol, ...chars.slice(cut)].join('');
      const clean = words.join(' ');
      return done(cesu ? misread(cesu8(clean), 'windows-1252') : breakText(clean, 'windows-1252'), clean);
    }
    case 'tweet': {
      // A short text (a tweet, a title, a caption): the line's first two to six words with an emoji glued to
      // the last, misread once or twice in windows-1252.
      const words = text.split(' ').slice(0, 2 + Math.floor(rnd() * 5));
      words[words.length - 1] += pick(SYMBOLS);
      const clean = words.join(' ');
      return done(breakText(clean, 'windows-1252', rnd() < 0.3 ? 2 : 1), clean);
    }
    case 'caps-title': {
      // A title or heading set in capitals in the text itself, then misread in windows-1252 (`SÃƒO PAULO`,
      // `Ã‰COLE`); capitals' second bytes are often the undefined ones (Á is C3 81), kept as C1 controls.
      // Lines whose capitals change length (`ß` -> `SS`) are left out.
      const upper = text.toUpperCase();
      if (upper.length !== text.length || upper === text || !/[^\x00-\x7f]/.test(upper)) return null;
      return done(breakText(upper, 'windows-1252'), upper);
    }
    case 'nbsp-many': {
      // No-break spaces in several places (French typography before `: ; ? ! »` and after `«`, between a
      // number and its word, after a one- or two-letter word as word processors set them), misread in
      // windows-1252, then every A0 byte turned into a plain space (`deÂ Paris`, `Ã  Lyon`).
      let withNbsp = text
        .replace(/ (?=[:;?!»])/g, '\u00a0')
        .replace(/« /g, '«\u00a0')
        .replace(/(\d) (?=\p{L})/gu, '$1\u00a0');
      withNbsp = withNbsp.replace(/(?<=(?:^|\s)\p{L}{1,2}) /gu, (m) => (rnd() < 0.5 ? '\u00a0' : m));
      if ([...utf8(withNbsp)].filter((b) => b === 0xa0).length < 2) return null;
      return done(breakText(withNbsp, 'windows-1252').replace(/\u00a0/g, ' '), withNbsp);
    }
    case 'lost-in-word': {
      // A word of several non-ASCII characters, misread, with one continuation byte of one of them lost as
      // `?` or U+FFFD (`Å?Ã³dÅº`): the other sequences of the word, glued to the lost one, are repaired.
      const words = text.split(' ');
      const idx = words.flatMap((w, i) => ([...w].filter((c) => utf8(c).length > 1).length >= 2 ? [i] : []));
      if (idx.length === 0) return null;
      const at = pick(idx);
      const chars = [...words[at]!];
      const multi = chars.flatMap((c, i) => (utf8(c).length > 1 ? [i] : []));
      const victim = pick(multi);
      const bytes = utf8(chars[victim]!);
      const lost = 1 + Math.floor(rnd() * (bytes.length - 1));
      const parts = [...bytes].map((b) => misread(Uint8Array.of(b), 'windows-1252'));
      parts[lost] = rnd() < 0.5 ? '?' : '\uFFFD';
      const brokenWord = chars.map((c, i) => (i === victim ? parts.join('') : breakText(c, 'windows-1252')));
      chars[victim] = '\uFFFD';
      const expected = words.map((w, i) => (i === at ? chars.join('') : w)).join(' ');
      const broken = words
        .map((w, i) => (i === at ? brokenWord.join('') : breakText(w, 'windows-1252')))
        .join(' ');
      return done(broken, expected);
    }
    case 'beside-other-script': {
      // A line misread in windows-1252 beside a correct word of another script (a name given in its own
      // writing, `(東京)`, added after the misreading or kept apart by the page).
      const script = (s: string): string =>
        /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(s)
          ? 'cjk'
          : (/\p{Script=Cyrillic}|\p{Script=Greek}|\p{Script=Arabic}|\p{Script=Hebrew}|\p{Script=Devanagari}|\p{Script=Thai}|\p{Script=Latin}/u.exec(
              s.replace(/[\x00-\x7f]/g, ''),
            )?.[0] ?? 'none');
      const mine = script(text);
      const others = SEED_LINES.flatMap((l) =>
        script(l.text) === mine
          ? []
          : l.text.split(' ').filter((w) => /^\p{L}*[^\x00-\x7f]\p{L}*$/u.test(w) && w.length >= 2),
      );
      if (others.length === 0 || !/[^\x00-\x7f]/.test(text)) return null;
      const words = text.split(' ');
      const at = 1 + Math.floor(rnd() * words.length);
      const foreign = `(${pick(others)})`;
      const expected = [...words.slice(0, at), foreign, ...words.slice(at)].join(' ');
      const broken = [
        breakText(words.slice(0, at).join(' '), 'windows-1252'),
        foreign,
        ...(at < words.length ? [breakText(words.slice(at).join(' '), 'windows-1252')] : []),
      ].join(' ');
      return done(broken, expected);
    }
    case 'tagged': {
      // A tweet: a non-ASCII word as a hashtag, two words as a mention joined by `_`, the first words as a
      // link's path with the characters as they are (`#cafÃ©`, `@JosÃ©_GarcÃ­a`, `https://…/cafÃ©-…`),
      // misread in windows-1252.
      const words = text.split(' ');
      const idx = nonAsciiWords(words);
      const bare = (w: string): string => w.replace(/[^\p{L}\p{N}\p{M}]/gu, '');
      if (idx.length === 0) return null;
      const at = pick(idx);
      const extra: string[] = [];
      if (rnd() < 0.6 && bare(words[at]!)) words[at] = `#${bare(words[at]!)}`;
      else if (bare(words[at]!)) extra.push(`#${bare(words[at]!)}`);
      if (rnd() < 0.6) {
        const two = words
          .slice(at, at + 2)
          .map(bare)
          .filter(Boolean);
        if (two.length > 0) extra.push(`@${two.join('_')}`);
      }
      if (rnd() < 0.6) {
        const slug = words.slice(0, 4).map(bare).filter(Boolean).join('-');
        if (slug) extra.push(`https://example.org/news/${slug}`);
      }
      const clean = [...words, ...extra].join(' ');
      return done(breakText(clean, 'windows-1252'), clean);
    }
    case 'double-latin-1': {
      // Misread twice in two charsets: windows-1252 and then an ISO-8859-1 decoder (C1 controls for 80..9F,
      // `é` is `Ã\u0083Â©`), the reverse, or windows-1252 and then MacRoman.
      const r = rnd();
      const [a, b] =
        r < 0.4
          ? ['windows-1252', 'latin1']
          : r < 0.8
            ? ['latin1', 'windows-1252']
            : ['windows-1252', 'macintosh'];
      return done(breakText(breakText(text, a!), b!));
    }
    case 'odd-symbols': {
      // A line misread in windows-1252 beside correct symbols a misreading is also made of, added after it (a
      // template's `© 2024`, a temperature, a fraction, a price): `cafÃ© … © 2024`.
      if (!/[^\x00-\x7f]/.test(text)) return null;
      const snippet = pick([
        '© 2024',
        '−3 °C',
        '½',
        '± 0,5',
        '× 2',
        '€ 12',
        '£30',
        '¥500',
        '§ 4',
        '10 µg',
        '™',
        '®',
        '¿Qué?',
        '¡Olé!',
        '« Oui »',
        'm²',
        '¼',
        '•',
        '·',
        '°',
      ]);
      const words = text.split(' ');
      const at = rnd() < 0.5 ? words.length : Math.floor(rnd() * (words.length + 1));
      const expected = [...words.slice(0, at), snippet, ...words.slice(at)].join(' ');
      const broken = [
        ...words.slice(0, at).map((w) => breakText(w, 'windows-1252')),
        snippet,
        ...words.slice(at).map((w) => breakText(w, 'windows-1252')),
      ].join(' ');
      return done(broken, expected);
    }
    case 'then-iso-8859-15': {
      // Misread in windows-1252, then the broken text read again on a system whose charset is ISO-8859-15
      // (Latin-9, the `@euro` locales): `è` is `Ã¨`, then `Ã\u0083Âš` (A8 is `š` in Latin-9). Only lines
      // whose second reading differs from ISO-8859-1's.
      const once = breakText(text, 'windows-1252');
      return hasByte(once, (b) => LATIN9_DIFFERS.has(b)) ? done(breakText(once, 'iso-8859-15')) : null;
    }
    case 'tweet-lowercased':
    case 'tweet-lowercased-strict': {
      // A short text with emoji (a tweet, a tag line), misread in windows-1252 and then lowercased by the
      // software that shows it: the leads move (`Ã©` -> `ã©`) and so do an emoji's continuation capitals
      // (🎉, F0 9F 8E 89, shows `ðŸŽ‰`, lowercased `ðÿž‰`). Lines whose lowercase changes length are left out.
      const words = text.split(' ').slice(0, 3 + Math.floor(rnd() * 6));
      // `-strict`: through a strict decoder first, only symbols whose lost bytes can be told back (as in
      // `tweet-uppercased-strict`), on lines that lose no other byte.
      const strict = kind === 'tweet-lowercased-strict';
      const emoji = strict
        ? [...SYMBOLS.filter((c) => !hasByte(c, (b) => UNDEFINED_1252.has(b))), ...EMOJI_SEQUENCES]
        : [...SYMBOLS, ...EMOJI_SEQUENCES];
      words[words.length - 1] += (rnd() < 0.5 ? ' ' : '') + pick(emoji);
      if (rnd() < 0.5) words.splice(1 + Math.floor(rnd() * (words.length - 1)), 0, pick(emoji));
      const clean = words.join(' ');
      const misreadOnce = strict
        ? dropUndefined(breakText(clean, 'windows-1252'))
        : breakText(clean, 'windows-1252');
      const broken = misreadOnce.toLowerCase();
      if (broken.length !== misreadOnce.length || clean.toLowerCase().length !== clean.length) return null;
      if (strict && dropUndefined(breakText(text, 'windows-1252')) !== breakText(text, 'windows-1252'))
        return null;
      return done(broken, clean.toLowerCase());
    }
    case 'tweet-uppercased':
    case 'tweet-uppercased-strict': {
      // The same short text with emoji, misread and then set in capitals (a shouted tweet, a headline
      // styled in capitals): the three- and four-byte leads move (`â˜€ï¸` -> `Â˜€Ï¸`, `ðŸŽ‰` -> `ÐŸŽ‰`).
      // As in `uppercased`, only ASCII letters keep the change; lines whose capitals leave windows-1252 or
      // change length are left out, and in `-strict` lines that lost a byte outside emoji sequences (what is
      // left of such a character stays: `strict-dropped`).
      const words = text.split(' ').slice(0, 3 + Math.floor(rnd() * 6));
      // `-strict`: only symbols whose lost bytes can be told back (EMOJI_SEQUENCES; not 👍, F0 9F 91 8D).
      const emoji =
        kind === 'tweet-uppercased'
          ? [...SYMBOLS, ...EMOJI_SEQUENCES]
          : [...SYMBOLS.filter((c) => !hasByte(c, (b) => UNDEFINED_1252.has(b))), ...EMOJI_SEQUENCES];
      words[words.length - 1] += (rnd() < 0.5 ? ' ' : '') + pick(emoji);
      if (rnd() < 0.5) words.splice(1 + Math.floor(rnd() * (words.length - 1)), 0, pick(emoji));
      const clean = words.join(' ');
      // `-strict`: a strict decoder dropped the undefined bytes first (☀️ shows `Â˜€Ï¸`, U+FE0F without 8F).
      const misreadOnce =
        kind === 'tweet-uppercased'
          ? breakText(clean, 'windows-1252')
          : dropUndefined(breakText(clean, 'windows-1252'));
      const broken = misreadOnce.toUpperCase();
      if (
        broken.length !== misreadOnce.length ||
        !/^[\x00-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]*$/u.test(
          broken,
        )
      )
        return null;
      if (
        kind !== 'tweet-uppercased' &&
        dropUndefined(breakText(text, 'windows-1252')) !== breakText(text, 'windows-1252')
      )
        return null;
      return done(
        broken,
        clean.replace(/[a-z]+/g, (w) => w.toUpperCase()),
      );
    }
    case 'decomposed': {
      // Text stored decomposed (NFD, as macOS writes names and some editors save: `e` and U+0301 for `é`),
      // then misread: in windows-1252 with the undefined bytes kept as C1 controls or dropped by a strict
      // decoder (U+0301 is CC 81), or in MacRoman (Latin lines). Only letters that decompose into a base
      // and combining diacritics (U+0300..U+036F); repair gives the composed letters back (NFC).
      if (text.normalize('NFC') !== text) return null;
      const nfd = Array.from(text, (ch) => {
        const d = ch.normalize('NFD');
        return /^[^\u0300-\u036f][\u0300-\u036f]+$/u.test(d) ? d : ch;
      }).join('');
      if (nfd === text) return null;
      const how = pick(['sloppy', 'strict', 'macintosh'] as const);
      if (how === 'macintosh')
        return regional(line) === 'macintosh' ? done(breakText(nfd, 'macintosh')) : null;
      const once = breakText(nfd, 'windows-1252');
      return done(how === 'strict' ? dropUndefined(once) : once);
    }
    case 'ligature': {
      // Text copied from a PDF keeps the font's Latin ligatures (`ﬁ`, `ﬂ`, `ﬀ`, `ﬃ`, `ﬄ` for fi, fl, ff,
      // ffi, ffl), then is misread in windows-1252 (ﬁ is EF AC 81, `ï¬` and a C1 control, or `ï¬` alone
      // through a strict decoder). Repair gives the letters, as ftfy's fix_latin_ligatures does.
      const withLigatures = text.replace(/ff[il]|f[fil]/g, (m) => LIGATURES[m]!);
      if (withLigatures === text) return null;
      const once = breakText(withLigatures, 'windows-1252');
      return done(rnd() < 0.5 ? once : dropUndefined(once));
    }
    case 'terminal-escapes': {
      // Text copied from a terminal or a log keeps the escapes that coloured it (`\x1b[1;31m` ... `\x1b[0m`),
      // around a word or two, and is misread in windows-1252 or not. Repair takes the escapes out.
      const words = text.split(' ');
      const at = Math.floor(rnd() * words.length);
      const to = Math.min(words.length - 1, at + Math.floor(rnd() * 2));
      const colour = pick(['\u001b[1m', '\u001b[31m', '\u001b[1;32m', '\u001b[0;36m']);
      const coloured = words
        .map((w, i) => (i === at ? colour : '') + w + (i === to ? '\u001b[0m' : ''))
        .join(' ');
      return done(rnd() < 0.5 ? breakText(coloured, 'windows-1252') : coloured);
    }
    case 'fixed-by-hand': {
      // Misread, then mended by hand with find-and-replace for one character (the broken form of one of the
      // line's non-ASCII characters, the one a person spotted), the others left as they were: correct and
      // broken letters side by side, often in one word (`élÃ¨ve`). In windows-1252, or in the line's
      // Central European or Cyrillic charset.
      const chars = [...new Set([...text].filter((c) => c.charCodeAt(0) >= 0x80))];
      if (chars.length < 2) return null;
      const other = regional(line);
      const charset = other && other !== 'macintosh' && rnd() < 0.5 ? other : 'windows-1252';
      const mended = pick(chars);
      const broken = breakText(text, charset).split(breakText(mended, charset)).join(mended);
      return [...text].every((c) => c.charCodeAt(0) < 0x80 || c === mended) ? null : done(broken);
    }
    case 'mixed-rounds': {
      // Two halves of one line misread a different number of times (text pasted together from a page
      // misread once and a feed misread twice or three times): `cafÃ©` beside `JosÃƒÂ©`.
      const words = text.split(' ');
      const cut = Math.max(1, Math.floor(words.length / 2));
      const first = words.slice(0, cut).join(' ');
      const second = words.slice(cut).join(' ');
      if (!/[^\x00-\x7f]/.test(first) || !/[^\x00-\x7f]/.test(second)) return null;
      const many = rnd() < 0.7 ? 2 : 3;
      const [a, b] = rnd() < 0.5 ? [1, many] : [many, 1];
      return done(`${breakText(first, 'windows-1252', a)} ${breakText(second, 'windows-1252', b)}`);
    }
    case 'ascii-punctuation': {
      // The commonest mojibake on the web: text in plain ASCII letters whose only non-ASCII characters are
      // the curly apostrophes and quotes, dashes and ellipsis a word processor typed (`itâ€™s`, `â€œ`,
      // `â€”`), misread once (the undefined bytes kept or dropped by a strict decoder), twice or three
      // times, or in ISO-8859-1 (`â\u0080\u0099`). The line's letters folded to ASCII (Latin lines only).
      const ascii = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (/[^\x00-\x7f‘’“”«»–—…]/.test(ascii)) return null;
      const words = ascii.replace(/[‘’']/g, '’').replace(/[«»]/g, '"').replace(/ - /g, ' — ').split(' ');
      const at = Math.floor(rnd() * words.length);
      if (!/[“”]/.test(ascii)) words[at] = `“${words[at]}”`;
      if (rnd() < 0.5) words.splice(1 + Math.floor(rnd() * (words.length - 1)), 0, pick(['—', '–']));
      if (rnd() < 0.3) words.push(pick(['…', 'it’s', 'don’t']));
      const clean = words.join(' ').replace(/"/g, () => pick(['“', '”']));
      const how = pick(['once', 'strict', 'twice', 'triple', 'latin-1'] as const);
      if (how === 'latin-1') return done(breakText(clean, 'latin1'), clean);
      const rounds = how === 'twice' ? 2 : how === 'triple' ? 3 : 1;
      const broken = breakText(clean, 'windows-1252', rounds);
      return done(how === 'strict' ? dropUndefined(broken) : broken, clean);
    }
    case 'tweet-half-broken': {
      // A short text where only one part is misread: the words misread and an emoji the app added after
      // (`cafÃ© 😀`), or correct words and a misread emoji pasted in (`café ðŸ˜€`).
      const words = text.split(' ').slice(0, 3 + Math.floor(rnd() * 6));
      const emoji = pick([...SYMBOLS, ...EMOJI_SEQUENCES]);
      const glue = rnd() < 0.5 ? ' ' : '';
      const clean = words.join(' ') + glue + emoji;
      if (rnd() < 0.5) return done(breakText(words.join(' '), 'windows-1252') + glue + emoji, clean);
      return done(words.join(' ') + glue + breakText(emoji, 'windows-1252'), clean);
    }
    case 'truncated-ellipsis': {
      // Misread, then cut short after a whole character by the software that shows it (a preview, a tweet)
      // with an ellipsis added after the cut: `â€¦` belongs to the misreading, the added `…` or `...` does not.
      const chars = [...text];
      const multi = chars.flatMap((c, i) => (utf8(c).length > 1 ? [i] : []));
      if (multi.length === 0) return null;
      const at = multi[Math.floor(rnd() * multi.length)]! + 1 + Math.floor(rnd() * 4);
      const head = chars.slice(0, Math.min(at, chars.length - 1)).join('');
      const mark = rnd() < 0.7 ? '…' : '...';
      return done(breakText(head, 'windows-1252') + mark, head + mark);
    }
    case 'word-in-capitals': {
      // A line of mixed case with one or two words in capitals (a name, an acronym, a shouted word),
      // misread in windows-1252: `Ã‰COLE` beside `cafÃ©`.
      const words = text.split(' ');
      const idx = words.flatMap((w, i) =>
        /(?![\x00-\x7f])\p{L}/u.test(w) && w.toUpperCase().length === w.length ? [i] : [],
      );
      if (idx.length === 0) return null;
      const caps = new Set([pick(idx), pick(idx)]);
      const clean = words.map((w, i) => (caps.has(i) ? w.toUpperCase() : w)).join(' ');
      return done(breakText(clean, 'windows-1252'), clean);
    }
    case 'windows-1253':
    case 'windows-1254':
    case 'windows-1257': {
      // UTF-8 read by a Greek, Turkish or Baltic Windows system (ftfy reads all three): Greek `α` is `Ξ±` in
      // windows-1253, Latin `é` `Γ©`; windows-1254 reads a Cyrillic lead D0 as `Ğ` and an emoji's F0 as `ğ`;
      // windows-1257 reads C3 as `Ć` (`Ć¼` for ü) and C4..C5 continuations as Baltic letters. The bytes a
      // charset leaves undefined stay C1 controls (as a sloppy decoder leaves them). Only lines whose reading
      // differs from windows-1252's.
      const broken = breakText(text, kind);
      return broken === breakText(text, 'windows-1252') ? null : done(broken);
    }
    case 'latin-1-lossy': {
      // Misread in windows-1252, then stored in a Latin-1 column or file: the characters Latin-1 cannot hold
      // (`€ ™ œ Š “ ”`…, what windows-1252 reads for 80..9F) became `?` or U+FFFD. `â€™` is `â??`, `Å‘` is
      // `Å?`. Repair gives U+FFFD for each character that lost a byte, the others repaired.
      const mark = rnd() < 0.5 ? '?' : '\uFFFD';
      const lossy = (s: string): string => s.replace(/[^\x00-\xff]/gu, mark);
      const broken = lossy(breakText(text, 'windows-1252'));
      if (broken === breakText(text, 'windows-1252') || text.includes('?') || text.includes('\uFFFD'))
        return null;
      const expected = [...text]
        .map((c) => (lossy(breakText(c, 'windows-1252')) === breakText(c, 'windows-1252') ? c : '\uFFFD'))
        .join('');
      return done(broken, expected);
    }
    case 'nbsp-entity': {
      // Misread, then written out as HTML by software that escapes the no-break space alone (`&nbsp;`): the A0
      // bytes of `à` (`Ã&nbsp;`), of a no-break space (`Â&nbsp;`), of CJK and Devanagari characters are entities
      // inside the broken text. Lines whose misreading holds a no-break space (a number and its unit get one).
      const withNbsp = text.replace(/(\d) (?=\p{L})/u, '$1\u00a0');
      const broken = breakText(withNbsp, 'windows-1252');
      if (!broken.includes('\u00a0')) return null;
      return done(broken.replace(/\u00a0/g, '&nbsp;'), withNbsp);
    }
    case 'entities-caps': {
      // Misread and HTML-escaped (as in `html-escaped`), then either set in capitals by a headline style
      // (`L&ATILDE;&SUP3;PEZ`, entity names uppercased too) or escaped a second time (`&amp;Atilde;&amp;copy;`).
      // As in `uppercased`, only ASCII letters keep the change of case.
      const broken = breakText(text, 'windows-1252');
      const named = broken.replace(/[^\x00-\x7f]/gu, (ch) => entityOf(ch, false));
      if (named === broken) return null;
      if (rnd() < 0.5) return done(named.replace(/&/g, '&amp;'));
      const caps = text.replace(/[a-z]+/g, (w) => w.toUpperCase());
      return /&#/.test(named) ? null : done(named.toUpperCase(), caps);
    }
    case 'one-char-broken': {
      // A correct line but for one character misread wherever it stands (a template's no-break space `Â `,
      // a pasted price's `Â£`, one apostrophe `â€™` in a line of curly quotes): the rest of the line, accented
      // letters and quotes, is correct. The character is one of the line's own or a no-break space, a pound
      // sign or an apostrophe added.
      const words = text.split(' ');
      const added = pick(['\u00a0', '£', '’', '°', '©']);
      const withAdded =
        added === '\u00a0'
          ? text.replace(/(\d) (?=\p{L})|^(\S+) /u, (_m, d: string | undefined, w: string | undefined) =>
              d ? `${d}\u00a0` : `${w}\u00a0`,
            )
          : added === '’'
            ? words.map((w, i) => (i === 0 ? `${w}’s` : w)).join(' ')
            : added === '£'
              ? `${text} (£15)`
              : added === '°'
                ? `${text} 21°C`
                : `© ${text}`;
      const own = [...new Set([...text].filter((c) => c.charCodeAt(0) >= 0x80))];
      const source = own.length > 1 && rnd() < 0.5 ? text : withAdded;
      const chars = [...new Set([...source].filter((c) => c.charCodeAt(0) >= 0x80))];
      if (chars.length < 2) return null;
      const victim = source === text ? pick(chars) : added;
      return done(source.split(victim).join(breakText(victim, 'windows-1252')), source);
    }
    case 'short-name': {
      // Short text: a person's or a place's name alone (two or three words, one of them or more non-ASCII,
      // as in a table cell, a byline, a caption), misread in windows-1252, twice, or in the line's
      // regional charset.
      const words = text.split(' ').map((w) => w.replace(/[^\p{L}\p{M}\-]/gu, ''));
      const idx = nonAsciiWords(words);
      if (idx.length === 0) return null;
      const at = pick(idx);
      const from = Math.max(0, at - Math.floor(rnd() * 2));
      const name = words
        .slice(from, from + 2 + Math.floor(rnd() * 2))
        .filter(Boolean)
        .map((w) => (w.toLowerCase() === w ? w.charAt(0).toUpperCase() + w.slice(1) : w))
        .join(' ');
      if (!/[^\x00-\x7f]/.test(name) || name.toLowerCase().length !== name.length) return null;
      const other = regional(line);
      const r = rnd();
      const broken =
        r < 0.6
          ? breakText(name, 'windows-1252')
          : r < 0.8 || !other
            ? breakText(name, 'windows-1252', 2)
            : breakText(name, other);
      return done(broken, name);
    }
    case 'title-cased': {
      // Misread, then title-cased (a headline style or a script's `title()`): every letter after a letter
      // lowercased, every letter after anything else uppercased, so `Ã©` inside a word is `ã©` and the letter
      // after a broken character opens a "word" (`SÃ£O Paulo`). Repair gives the title-cased line's characters
      // back (`São Paulo`). Lines whose title case changes length, or leaves windows-1252, are left out.
      const title = (s: string): string =>
        s.replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
      const broken = title(breakText(text, 'windows-1252'));
      if (
        broken.length !== breakText(text, 'windows-1252').length ||
        title(text).length !== text.length ||
        !/^[\x00-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]*$/u.test(
          broken,
        )
      )
        return null;
      return done(broken, title(text));
    }
    case 'truncated-double': {
      // Misread twice, then cut to a byte limit (a database column of so many bytes): the stored text, the
      // second round's, is cut where a character of the first round ends, inside the first round's bytes of
      // an original character. The part before is repaired; of the character cut, the first round's whole
      // characters stay (`cafÃ` for `café` cut after its `Ãƒ`), as in `truncated`.
      const chars = [...text];
      const multi = chars.flatMap((c, i) => (utf8(c).length > 1 ? [i] : []));
      if (multi.length === 0) return null;
      const at = multi[multi.length - 1 - Math.floor(rnd() * Math.min(2, multi.length))]!;
      const once = [...breakText(chars[at]!, 'windows-1252')];
      const piece = once.slice(0, 1 + Math.floor(rnd() * (once.length - 1))).join('');
      const head = chars.slice(0, at).join('');
      // Not a three-byte lead and `€` (80): `â€` is as well a whole character whose third byte a strict
      // decoder dropped (`”`: 9D), as in `truncated`. But `ã€` (CJK punctuation cut, 2026-12-06, h-moji15):
      // ending a line, the cut piece is kept (not `、` with 81 dropped, nor `À` lowercased).
      if (/^\s*$/.test(head) || /^[à-âä-ï]€$/u.test(piece)) return null;
      return done(breakText(breakText(head, 'windows-1252') + piece, 'windows-1252'), head + piece);
    }
    case 'caps-regional': {
      // A headline set in capitals in the text itself (`ČESKÉ BUDĚJOVICE`, `ПОЖАР В ПОРТУ`), then misread in
      // the line's regional charset, or twice in windows-1252 (`Ã‰COLE` misread again). Lines whose capitals
      // change length are left out.
      const upper = text.toUpperCase();
      if (upper.length !== text.length || upper === text || !/[^\x00-\x7f]/.test(upper)) return null;
      const other = regional(line);
      const charset = other && other !== 'macintosh' && rnd() < 0.7 ? other : null;
      return done(charset ? breakText(upper, charset) : breakText(upper, 'windows-1252', 2), upper);
    }
    case 'html-attribute': {
      // Mojibake inside an HTML tag left in the text (a caption's `<img alt="…">`, a link's `title`), the
      // tag written out as characters: the attribute's value is a broken phrase of the line, the rest of the
      // line broken too or correct. Repair gives the characters back and leaves the tag as it is.
      const words = text.split(' ');
      const idx = nonAsciiWords(words);
      if (idx.length === 0) return null;
      const at = pick(idx);
      const phrase = words
        .slice(Math.max(0, at - 1), at + 2)
        .join(' ')
        .replace(/["<>&]/g, '');
      const attr = pick(['alt', 'title', 'data-caption']);
      const tag = `<img src="/media/photo-12.jpg" ${attr}="${phrase}">`;
      const rest = rnd() < 0.5;
      const clean = `${tag} ${text}`;
      const broken = `${breakText(tag, 'windows-1252')} ${rest ? breakText(text, 'windows-1252') : text}`;
      return done(broken, clean);
    }
    case 'rare-nbsp-as-space': {
      // UTF-8 read as windows-1253 or windows-1257 (as in those kinds), then its no-break spaces turned into
      // plain spaces (`janvier Γ  20h`: à's A0 byte): the A0 bytes of `à` and of no-break spaces.
      const withNbsp = text.replace(/(\d) (?=\p{L})/u, '$1\u00a0');
      if (!hasByte(withNbsp, (b) => b === 0xa0)) return null;
      const charset = rnd() < 0.5 ? 'windows-1253' : 'windows-1257';
      const broken = breakText(withNbsp, charset);
      if (broken === breakText(withNbsp, 'windows-1252')) return null;
      return done(broken.replace(/\u00a0/g, ' '), withNbsp);
    }
    case 'beside-correct': {
      // Some words broken, the others correct, in one line.
      const words = text.split(' ');
      const idx = nonAsciiWords(words);
      if (idx.length < 2) return null;
      const broken = new Set(idx.filter(() => rnd() < 0.5));
      if (broken.size === 0) broken.add(idx[0]!);
      if (broken.size === idx.length) broken.delete(idx[idx.length - 1]!);
      return done(words.map((w, i) => (broken.has(i) ? breakText(w, 'windows-1252') : w)).join(' '));
    }
  }
}

/** Every kind applied to every line that it applies to, seeded. */
export function generateCases(seed: number, lines: readonly SeedLine[] = SEED_LINES): MojibakeCase[] {
  const rnd = random(seed);
  const out: MojibakeCase[] = [];
  for (const kind of MOJIBAKE_KINDS) {
    for (const line of lines) {
      const c = makeCase(kind, line, rnd);
      if (c) out.push(c);
    }
  }
  return out;
}
