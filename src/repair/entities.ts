import { c1ToWindows1252 } from './charmaps.js';

/**
 * HTML-escaped mojibake: text misread and then written out as HTML entities
 * (`caf&Atilde;&copy;` for `café`, `&acirc;&euro;&trade;` for `’`,
 * `Jos&#195;&#169;`), as a page or a feed that escapes every non-ASCII
 * character does. Repair reads the entities that stand for non-ASCII
 * characters, so the mojibake they spell is found as any other; entities for
 * ASCII (`&amp;`, `&quot;`, `&lt;`) are left as they are, and so is every
 * entity outside a repair.
 */

/** HTML's names for U+00A0..U+00FF, in order. */
const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

/** Named entities of the characters windows-1252 puts at 80..9F. */
const WINDOWS_1252_NAMES: ReadonlyArray<[string, string]> = [
  ['euro', '€'],
  ['sbquo', '‚'],
  ['fnof', 'ƒ'],
  ['bdquo', '„'],
  ['hellip', '…'],
  ['dagger', '†'],
  ['Dagger', '‡'],
  ['circ', 'ˆ'],
  ['permil', '‰'],
  ['Scaron', 'Š'],
  ['lsaquo', '‹'],
  ['OElig', 'Œ'],
  ['Zcaron', 'Ž'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['bull', '•'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['tilde', '˜'],
  ['trade', '™'],
  ['scaron', 'š'],
  ['rsaquo', '›'],
  ['oelig', 'œ'],
  ['zcaron', 'ž'],
  ['Yuml', 'Ÿ'],
];

const NAMED: ReadonlyMap<string, string> = new Map([
  ...LATIN1_NAMES.map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
  ...WINDOWS_1252_NAMES,
]);

/** An entity, escaped once more or several times (`&amp;Atilde;`: a feed escaped a page's entities again). */
const ENTITY = /&(?:amp;)*(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/g;

/** The names whose capitals are not the first letter alone (`AElig`, `OElig`), by their name in capitals. */
const MIXED_CASE_NAMES: ReadonlyMap<string, string> = new Map(
  [...NAMED.keys()].filter((n) => /[a-z][A-Z]|^[A-Z]{2}[a-z]/.test(n)).map((n) => [n.toUpperCase(), n]),
);

/**
 * A name in capitals (`&ATILDE;`, `&COPY;`: a headline set in capitals after it was escaped) stands for its
 * character in capitals, as the text around it is (`Ã`, `©`; `&MICRO;` stays `µ`, `&SZLIG;` `ß`: their
 * capitals are no windows-1252 characters, or more than one).
 */
function inCapitals(name: string): string | null {
  if (!/^[A-Z][A-Z0-9]+$/.test(name)) return null;
  const ch =
    NAMED.get(name.toLowerCase()) ??
    NAMED.get(name.charAt(0) + name.slice(1).toLowerCase()) ??
    NAMED.get(MIXED_CASE_NAMES.get(name) ?? '');
  if (ch === undefined) return null;
  const upper = ch.toUpperCase();
  return upper.length === 1 && (upper.charCodeAt(0) <= 0xff || WINDOWS_1252_CHARS.has(upper)) ? upper : ch;
}

const WINDOWS_1252_CHARS: ReadonlySet<string> = new Set(WINDOWS_1252_NAMES.map(([, ch]) => ch));

/** The character an entity stands for when it is non-ASCII, else null (left as written). */
function nonAscii(
  decimal: string | undefined,
  hex: string | undefined,
  name: string | undefined,
): string | null {
  if (name !== undefined) return NAMED.get(name) ?? inCapitals(name);
  const cp = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  if (cp < 0x80 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  // HTML reads 80..9F as windows-1252 (`&#146;` is ’); its undefined bytes stay C1 controls.
  if (cp <= 0x9f) return c1ToWindows1252(String.fromCharCode(cp)) ?? String.fromCharCode(cp);
  return String.fromCodePoint(cp);
}

/** Text with its non-ASCII entities read, and where each of its UTF-16 units came from in the original. */
export interface Unescaped {
  readonly text: string;
  /** Original offset where the unit at each offset of `text` starts. */
  readonly starts: readonly number[];
  /** Original offset where it ends. */
  readonly ends: readonly number[];
}

/** `text` with the entities that stand for non-ASCII characters read, or null when it holds none. */
export function unescapeNonAscii(text: string): Unescaped | null {
  if (!text.includes('&')) return null;
  const read = [...text.matchAll(ENTITY)].flatMap((m) => {
    const ch = nonAscii(m[1], m[2], m[3]);
    return ch === null ? [] : [{ at: m.index, end: m.index + m[0].length, ch }];
  });
  // Mojibake is two non-ASCII characters or more, so two entities or more side by side: a lone entity
  // (`&laquo;café`, `caf&eacute;`) is written text, left as it is.
  // So is a no-break space's entity right after a non-ASCII character written as it is (`Ã&nbsp;` for `à`,
  // `Â&nbsp;` for a no-break space: software that escapes the no-break space alone, A0 being a byte of
  // both). Not other entities (`&laquo;cafÃ©&laquo;`: a quote typed beside the word).
  const nbspAfterRaw = (e: { at: number; ch: string }): boolean =>
    e.ch === '\u00a0' && e.at > 0 && text.charCodeAt(e.at - 1) >= 0x80;
  const inRun = read.filter(
    (e, k) => read[k - 1]?.end === e.at || read[k + 1]?.at === e.end || nbspAfterRaw(e),
  );
  if (inRun.length === 0) return null;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const copy = (a: number, b: number): void => {
    out += text.slice(a, b);
    for (let k = a; k < b; k++) {
      starts.push(k);
      ends.push(k + 1);
    }
  };
  let last = 0;
  for (const { at, end, ch } of inRun) {
    copy(last, at);
    out += ch;
    for (let k = 0; k < ch.length; k++) {
      starts.push(at);
      ends.push(end);
    }
    last = end;
  }
  copy(last, text.length);
  return { text: out, starts, ends };
}
