import { iconv } from '../text/iconv.js';
// (iconv-lite is loaded when first needed: the charsets and bytes HIGH_BYTES holds need it not.)
import { HIGH_BYTES } from './high-bytes.js';

/**
 * Character -> byte maps of the single-byte charsets that UTF-8 text is most
 * often misread as. `sloppy-windows-1252` is windows-1252 that also maps the
 * C1 controls U+0080..U+009F to their own bytes (what Latin-1 decoders produce).
 */
export interface Charmap {
  readonly name: string;
  readonly toByte: ReadonlyMap<string, number>;
  /**
   * {@link toByte} by UTF-16 code unit, -1 where the charset has no byte (every
   * key of `toByte` is one code unit): read per character of long texts, where
   * a string key's lookup cost most of the repair's time.
   */
  readonly byteOf: Int16Array;
  /** True for charsets whose misreadings are common enough to trust a single sequence. */
  readonly common: boolean;
  /** The charset leaves bytes undefined that a strict decoder drops (windows-1252's 81, 8D, 8F, 90, 9D). */
  readonly dropsUndefined: boolean;
  /**
   * For a charset that reads most bytes as windows-1252 does: the characters it
   * reads otherwise. A line holding none of them reads no better in it, so it is
   * not tried there.
   */
  readonly differs?: ReadonlySet<string>;
  /**
   * For a charset tried only beside windows-1252 (not as its near twin): the characters it reads for a
   * byte windows-1252 reads otherwise. A line holding none reads as windows-1252 reads it, by windows-1252's
   * rules, so it is not tried there.
   */
  readonly onlyWith?: ReadonlySet<string>;
}

/**
 * Bytes iconv-lite leaves undefined or maps the old way that real decoders
 * read otherwise: Apple's MacRoman reads F0 as its logo, U+F8FF (the lead byte
 * of every emoji: `\uF8FFüòÄ` for 😀), BD as the Greek capital omega U+03A9
 * (iconv-lite: the ohm sign, U+2126; `ŒΩ` for ν) and DB as the euro sign
 * (since 1998; iconv-lite: `¤`).
 */
const EXTRA: Readonly<Record<string, ReadonlyMap<number, string>>> = {
  macintosh: new Map([
    [0xf0, '\uf8ff'],
    [0xbd, '\u03a9'],
    [0xdb, '€'],
  ]),
};

/** Characters older decoders give for a byte, read as that byte too (MacRoman's ohm sign and `¤`). */
const ALIASES: Readonly<Record<string, ReadonlyMap<string, number>>> = {
  macintosh: new Map([
    ['\u2126', 0xbd],
    ['¤', 0xdb],
  ]),
};

/** The character a single-byte charset gives for a byte (U+FFFD when it leaves the byte undefined). */
export function decodeByte(b: number, iconvName: string): string {
  const extra = EXTRA[iconvName]?.get(b);
  if (extra !== undefined) return extra;
  const high =
    b >= 0x80 && b <= 0xff && Object.hasOwn(HIGH_BYTES, iconvName) ? HIGH_BYTES[iconvName] : undefined;
  return high !== undefined ? high[b - 0x80]! : iconv().decode(Buffer.from([b]), iconvName);
}

function build(
  name: string,
  iconvName: string,
  common: boolean,
  sloppy: 'latin-1' | 'undefined' | false = false,
  differs?: ReadonlySet<string>,
): Charmap {
  const toByte = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decodeByte(b, iconvName);
    if (ch.length === 1 && ch !== '\uFFFD' && !toByte.has(ch)) toByte.set(ch, b);
    // Only the bytes the charset leaves undefined stand for themselves.
    else if (sloppy === 'undefined') toByte.set(String.fromCharCode(b), b);
  }
  for (const [ch, b] of ALIASES[iconvName] ?? []) if (!toByte.has(ch)) toByte.set(ch, b);
  // A near twin judges the stretches windows-1252 judges: the characters it cannot read stand in them as
  // C0, a byte no UTF-8 holds (`‚Ä¶` is no stretch `Ä¶` to it, but a character it cannot explain).
  if (differs) for (const ch of WINDOWS_1252_CHARS) if (!toByte.has(ch)) toByte.set(ch, UNREADABLE);
  if (sloppy === 'latin-1') {
    for (let b = 0x80; b <= 0xff; b++) {
      const ch = String.fromCharCode(b);
      if (!toByte.has(ch)) toByte.set(ch, b);
    }
  }
  const byteOf = new Int16Array(0x10000).fill(-1);
  for (const [ch, b] of toByte) byteOf[ch.charCodeAt(0)] = b;
  return { name, toByte, byteOf, common, dropsUndefined: iconvName === 'windows-1252', differs };
}

/** `charmap` tried only on lines holding a character it reads for a byte windows-1252 reads otherwise. */
function besideWindows1252(charmap: Charmap): Charmap {
  const onlyWith = new Set<string>();
  for (const [ch, b] of charmap.toByte) {
    if (ch.charCodeAt(0) < 0xa0 && ch.charCodeAt(0) === b) continue; // a C1 control standing for its own byte
    if (decodeByte(b, 'windows-1252') !== ch) onlyWith.add(ch);
  }
  return { ...charmap, onlyWith };
}

/** The characters windows-1252 reads for 80..FF. */
const WINDOWS_1252_CHARS: readonly string[] = Array.from({ length: 0x80 }, (_, k) =>
  decodeByte(0x80 + k, 'windows-1252'),
).filter((ch) => ch.length === 1 && ch !== '\uFFFD');

/** A byte no UTF-8 text holds (an overlong lead): what a near twin reads where it cannot read a character. */
const UNREADABLE = 0xc0;

/** In the order they are tried. */
export const CHARMAPS: readonly Charmap[] = [
  build('windows-1252', 'windows-1252', true, 'latin-1'),
  build('windows-1250', 'windows-1250', false),
  build('windows-1251', 'windows-1251', false),
  build('macintosh', 'macintosh', false),
  build('cp437', 'cp437', false),
];

/**
 * The charsets the whole-stretch repair tries, in order, each sloppy (bytes the
 * charset leaves undefined stand for themselves as C1 controls; for
 * windows-1252 every C1 control does, as Latin-1 decoders leave them).
 */
export const STRETCH_CHARMAPS: readonly Charmap[] = [
  CHARMAPS[0]!,
  // ISO-8859-15 (Latin-9): Latin-1 with `€ Š š Ž ž Œ œ Ÿ` for `¤ ¦ ¨ ´ ¸ ¼ ½ ¾` (A4..BE, continuation
  // bytes: `BÃŒrger` is `Bürger`, where windows-1252 reads `BÌrger`), C1 controls for 80..9F. As
  // common as windows-1252 where its reading is the better one; tried only on lines holding those letters.
  build('iso-8859-15', 'iso-8859-15', true, 'latin-1', new Set([...'€ŠšŽžŒœŸ'])),
  build('windows-1250', 'windows-1250', false, 'undefined'),
  build('iso-8859-2', 'iso-8859-2', false, 'undefined'),
  build('windows-1251', 'windows-1251', false, 'undefined'),
  build('macroman', 'macintosh', false, 'undefined'),
  build('cp437', 'cp437', false, 'undefined'),
  // (2026-12-06, h-moji19) Western European DOS consoles: cp850 keeps cp437's box drawing where UTF-8's
  // leads fall (`├` C3, `┬` C2) but puts Latin-1's letters and symbols where cp437 has Greek and drawing
  // (`├®` for é, `├Â` for ö, `├ƒ` for ß), so cp437 alone read half of such a word.
  build('cp850', 'cp850', false, 'undefined'),
  // (2026-12-06, h-moji17) Russian DOS and Unix systems: `╨Ь╤Н╤А` (cp866, which shares cp437's box drawing, so
  // cp437 alone read pieces of it), `п°я█я─` (KOI8-R) for Мэр.
  build('cp866', 'cp866', false, 'undefined'),
  build('koi8-r', 'koi8-r', false, 'undefined'),
  // Greek, Turkish and Baltic Windows systems (ftfy reads all three): `Ξ±` for α, `Ğ°` for а, `Ć¼` for ü.
  besideWindows1252(build('windows-1253', 'windows-1253', false, 'undefined')),
  besideWindows1252(build('windows-1254', 'windows-1254', false, 'undefined')),
  besideWindows1252(build('windows-1257', 'windows-1257', false, 'undefined')),
  // (2026-12-06, h-moji17) Arabic and Hebrew Windows systems: `ط§ظ„` for ال, `׳©׳` for של.
  besideWindows1252(build('windows-1256', 'windows-1256', false, 'undefined')),
  besideWindows1252(build('windows-1255', 'windows-1255', false, 'undefined')),
];

/** The charsets read in one round only, never as the first of two (2026-12-06, h-moji17). */
export const ONE_ROUND: ReadonlySet<string> = new Set(['windows-1256', 'windows-1255', 'cp866', 'koi8-r']);

/** The windows-1252 character for a C1 control code point, when one is defined. */
export function c1ToWindows1252(ch: string): string | null {
  const code = ch.charCodeAt(0);
  if (code < 0x80 || code > 0x9f) return null;
  const out = decodeByte(code, 'windows-1252');
  return out.length === 1 && out !== ch && out !== '\uFFFD' && out.charCodeAt(0) > 0x9f ? out : null;
}
