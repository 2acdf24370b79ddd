import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type { DecodingFacts } from '../model/document.js';
import { InputError } from '../model/messages.js';
import { iconv } from '../text/iconv.js';

// iconv-lite and chardet are loaded when a text needs them (a charset other than UTF-8, a
// byte-order mark, sniffing): most pages are UTF-8, and a process reading only those starts
// without them (issue 16).
const require = createRequire(import.meta.url);
let chardetLib: typeof import('chardet') | null = null;
const chardet = (): typeof import('chardet') =>
  (chardetLib ??= require('chardet') as typeof import('chardet'));

/** A declared charset iconv-lite knows: UTF-8, named so, without loading it. */
const knownCharset = (name: string): boolean =>
  name === 'utf-8' || name === 'utf8' || iconv().encodingExists(name);

/** Largest input accepted for one article, in bytes, unless the caller says otherwise. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes. */
  readonly maxBytes?: number;
  /** Charset declared out of band (HTTP header, HTML meta); used when it decodes cleanly. */
  readonly declared?: string | null;
}

export interface Decoded {
  readonly text: string;
  readonly decoding: DecodingFacts;
}

const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data (name the file .gz)', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Bytes to text: BOM, declared charset, strict UTF-8, then statistical sniffing
 * among single-byte charsets. Refuses empty, binary, oversized and undecodable
 * input with an {@link InputError} that says why.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = bytes.length;
  if (size === 0) throw new InputError('the input is empty (0 bytes)', 'load:empty');
  if (size > maxBytes) {
    throw new InputError(
      `the input is ${mb(size)}, over the ${mb(maxBytes)} limit for one article (raise it with --max-bytes)`,
      'load:too-large',
    );
  }
  const bom = detectBom(bytes);
  if (bom)
    return finish(
      iconv().decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding),
      bom.encoding,
      'bom',
      1,
      size,
    );

  const utf16 = sniffUtf16(bytes);
  if (utf16) return finish(iconv().decode(Buffer.from(bytes), utf16), utf16, 'utf16-zero-bytes', 0.9, size);

  for (const [what, sig] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b))
      throw new InputError(`the input is binary (${what}), not text`, 'load:binary');
  }
  const controls = countControls(bytes);
  const sample = Math.min(size, 65536);
  // Real pages carry a few stray NUL bytes; binary data is full of them.
  if (controls.nul > Math.max(8, sample * 0.005) || controls.other > Math.max(4, sample * 0.01)) {
    throw new InputError(
      `the input looks binary, not text (${controls.nul} NUL and ${controls.other} control bytes in the first 64 KiB)`,
      'load:binary',
    );
  }

  const declared = options.declared?.trim().toLowerCase();
  const valid = isValidUtf8(bytes);
  if (declared && knownCharset(declared)) {
    const name = canonical(declared);
    if (name === 'utf-8' ? valid : !(valid && utf8Damage(bytes).multibyte > 0)) {
      // Valid UTF-8 decodes the same through TextDecoder as through iconv-lite (no BOM is left here), without a copy.
      const text = name === 'utf-8' ? utf8Lenient.decode(bytes) : iconv().decode(Buffer.from(bytes), name);
      return finish(text, name, 'declared', 1, size);
    }
    // A page declared as another charset whose bytes are valid UTF-8 with multi-byte characters
    // is UTF-8 mislabelled (text in a single-byte charset almost never forms such sequences).
    if (valid) return finish(utf8Lenient.decode(bytes), 'utf-8', 'utf8-over-declared', 0.95, size);
  }
  if (valid) return finish(utf8Lenient.decode(bytes), 'utf-8', 'utf8-valid', 1, size);
  // Mostly UTF-8 with a few broken sequences (a truncated character, one pasted Latin-1 byte):
  // decoding it all as Latin-1 would garble every accented letter, so only the broken bytes
  // become U+FFFD (as browsers do), and the document says how many.
  const { multibyte, invalid } = utf8Damage(bytes);
  if (multibyte >= 8 && invalid * 10 <= multibyte) {
    return finish(
      utf8Lenient.decode(bytes),
      'utf-8',
      'utf8-replaced',
      multibyte / (multibyte + invalid),
      size,
      invalid,
    );
  }

  const guess = sniffSingleByte(bytes);
  checkPlausible(bytes, guess.encoding);
  return finish(
    iconv().decode(Buffer.from(bytes), guess.encoding),
    guess.encoding,
    'sniffed',
    guess.confidence,
    size,
  );
}

function finish(
  text: string,
  encoding: string,
  rule: string,
  confidence: number,
  bytes: number,
  brokenBytes?: number,
): Decoded {
  if (text.trim().length === 0) {
    throw new InputError(`the input holds no visible text (${bytes} bytes of white space)`, 'load:blank');
  }
  const replaced = countChar(text, '\uFFFD');
  if (replaced > Math.max(16, text.length * 0.05)) {
    throw new InputError(
      `the input could not be decoded as ${encoding}: ${replaced} of ${text.length} characters are undecodable`,
      'load:undecodable',
    );
  }
  return {
    text,
    decoding: { encoding, rule, confidence, bytes, ...(brokenBytes ? { brokenBytes } : {}) },
  };
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM shows zero bytes on one side of most ASCII characters. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control bytes that are not counted: tab, line feed, form feed, carriage return and escape. */
const COUNTED_CONTROLS = Array.from({ length: 0x20 }, (_, b) => b).filter(
  (b) => b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b,
);

/**
 * NUL and other control bytes in the first 64 KiB. Most pages hold none or a few, so each
 * control byte is looked for natively (`indexOf`, one pass of `memchr` a byte value) rather
 * than each byte tested in a loop (issue 16); past a few hundred the loop counts them all.
 */
function countControls(bytes: Uint8Array): { nul: number; other: number } {
  const n = Math.min(bytes.length, 65536);
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, n);
  let nul = 0;
  let other = 0;
  for (const b of COUNTED_CONTROLS) {
    for (let at = sample.indexOf(b); at !== -1; at = sample.indexOf(b, at + 1)) {
      if (b === 0) nul++;
      else other++;
      if (nul + other > 256) return countControlBytes(bytes, n);
    }
  }
  return { nul, other };
}

function countControlBytes(bytes: Uint8Array, n: number): { nul: number; other: number } {
  let nul = 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) other++;
  }
  return { nul, other };
}

/** UTF-8 with broken sequences replaced by U+FFFD. */
const utf8Lenient = new TextDecoder('utf-8');

/** Well-formed multi-byte UTF-8 sequences and bytes that fit no sequence. */
export function utf8Damage(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** Well-formed UTF-8 (as a fatal TextDecoder accepts it), checked without building the string. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** Single-byte charsets we accept from the sniffer; anything else falls back to windows-1252. */
const SNIFFABLE = new Set([
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'iso-8859-1',
  'iso-8859-2',
  'iso-8859-5',
  'iso-8859-7',
  'iso-8859-9',
  'koi8-r',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'gb18030',
  'big5',
]);

function sniffSingleByte(bytes: Uint8Array): { encoding: string; confidence: number } {
  const sample = bytes.length > 262144 ? bytes.subarray(0, 262144) : bytes;
  for (const m of chardet().analyse(sample)) {
    const name = canonical(m.name.toLowerCase());
    if (SNIFFABLE.has(name)) {
      // ISO-8859-1 is windows-1252 without the C1 punctuation: prefer the superset.
      return { encoding: name === 'iso-8859-1' ? 'windows-1252' : name, confidence: m.confidence / 100 };
    }
  }
  return { encoding: 'windows-1252', confidence: 0.1 };
}

/**
 * Share of double-byte characters that must be common ones (see {@link checkPlausible}).
 * Chinese text in GB18030 or Big5 is nearly all common characters (above 0.95 on news text);
 * random bytes read as GB18030 are about a third, as Big5 about a third.
 */
export const MIN_COMMON_SHARE = 0.75;

/** Double-byte characters needed before the share is read. */
const MIN_DOUBLE_BYTE = 20;

/**
 * A plausibility check for a guessed Chinese multi-byte charset: any bytes from 0x81 up form
 * GB18030 (or mostly Big5) characters, so noise was "decoded" into rare characters. Text is
 * mostly the common ones: GB2312's area (lead and trail bytes 0xA1-0xFE, the lead up to
 * 0xF7) for GB18030, the frequent characters and punctuation (lead 0xA1-0xC6) for Big5.
 */
function checkPlausible(bytes: Uint8Array, encoding: string): void {
  if (encoding !== 'gb18030' && encoding !== 'big5') return;
  const sample = bytes.length > 262144 ? bytes.subarray(0, 262144) : bytes;
  let double = 0;
  let common = 0;
  for (let i = 0; i < sample.length; ) {
    const b = sample[i]!;
    const next = sample[i + 1] ?? 0;
    if (b < 0x81 || b === 0xff) {
      i++;
      continue;
    }
    if (encoding === 'gb18030' && next >= 0x30 && next <= 0x39) {
      double++; // a four-byte character: rare in Chinese text
      i += 4;
      continue;
    }
    double++;
    if (
      encoding === 'gb18030' ? b >= 0xa1 && b <= 0xf7 && next >= 0xa1 && next <= 0xfe : b >= 0xa1 && b <= 0xc6
    )
      common++;
    i += 2;
  }
  if (double >= MIN_DOUBLE_BYTE && common < double * MIN_COMMON_SHARE)
    throw new InputError(
      `the bytes read as ${encoding} only as rare characters (${common} of ${double} are common ones): noise or binary, not text`,
      'load:undecodable',
    );
}

function canonical(name: string): string {
  const n = name.replace(/_/g, '-');
  if (n === 'utf8') return 'utf-8';
  if (n === 'latin1' || n === 'iso-8859-1' || n === 'iso8859-1') return 'iso-8859-1';
  if (/^(cp|windows-?)125\d$/.test(n)) return `windows-${n.slice(-4)}`;
  if (n === 'shift-jis' || n === 'sjis') return 'shift_jis';
  return n;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
