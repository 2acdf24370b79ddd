import type { Repair } from '../model/document.js';
import { CENTRAL, centralFit, nonAsciiLetters, westernFit } from './alphabets.js';
import { decodeByte } from './charmaps.js';
import { guessLanguage } from './language.js';

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

/** windows-1252's byte for `ch`, or Latin-1's for a C1 control (h-moji23: Latin-1 keeps 8A, 9A, 9C … as controls). */
const byteOf = (ch: string): number | undefined =>
  BYTE_1252.get(ch) ?? (/[\u0080-\u009f]/u.test(ch) ? ch.charCodeAt(0) : undefined);

const SIGNS = new Set([...'³¹¿±¶¼¾¦¬¯¥Ÿœ']);
const LETTER = /\p{L}/u;

/** The character `charset` reads for the byte windows-1252 shows as `ch` (itself for ASCII). */
function read(ch: string, charset: Central): string {
  const b = byteOf(ch);
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
  // (Neither reading below starts without a sign, `ø` or a letter windows-1250 reads otherwise:
  // most lines hold none, and are not split into characters.)
  if (!LINE_HINT.test(line)) return [];
  // Every non-ASCII character has a byte in windows-1252.
  if (NO_BYTE.test(line)) return [];
  // (h-moji24) The line is split into characters only where a reading may start: a sign or `ø` for the
  // signs' reading, and for the alphabet's, letters no Western alphabet holds together (most accented
  // Western lines stop at that test, made on the line's non-ASCII characters alone).
  let split: string[] | undefined;
  const chars = (): string[] => (split ??= [...line]);
  const bySigns = SIGN_OR_O.test(line) ? signCharset(chars()) : null;
  const charset = bySigns ?? alphabetCharset(line, chars);
  if (!charset) return [];
  const rule = bySigns
    ? `mojibake:${charset}-as-windows-1252`
    : romanianSigns(line)
      ? ROMANIAN_RULE
      : `mojibake:${charset}-by-alphabet`;
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
    const start = from + m.index!;
    const end = start + word.length;
    out.push(
      bySigns
        ? {
            start,
            end,
            replacement: fixed,
            rule,
            reason: `'${word}' is ${charset} text ('${fixed}') read as windows-1252, one byte per letter; its line writes a sign between letters that ${charset} reads as a letter`,
          }
        : rule === ROMANIAN_RULE
          ? {
              start,
              end,
              replacement: fixed,
              rule,
              reason: `'${word}' is Romanian windows-1250 text ('${fixed}') read as windows-1252, one byte per letter; its line writes º or ª opening a word or between letters (ş, Ş) and ã ending one (ă), and its windows-1250 reading fits the Romanian alphabet`,
            }
          : {
              start,
              end,
              replacement: fixed,
              rule,
              reason: `'${word}' is ${charset} text ('${fixed}') read as windows-1252 or Latin-1, one byte per letter; the line's letters fit no Western alphabet, ${charset}'s reading of them one Central European alphabet`,
            },
    );
  }
  return out;
}

/** The charset a line's signs between letters tell (h-moji18), or null. */
function signCharset(chars: readonly string[]): Central | null {
  if (!chars.some((ch) => SIGNS.has(ch) || ch === 'ø')) return null;
  const signs = chars.flatMap((_, i) => (signAt(chars, i) ? [i] : []));
  // Two of them: one may be a symbol a correct line glues to a word.
  if (signs.length < 2) return null;
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
  return score(charset) === 0 ? null : charset;
}

/** windows-1252's reading of a character (a C1 control as the letter windows-1252 puts on its byte). */
const western = (ch: string): string => {
  const b = byteOf(ch);
  return b === undefined ? ch : decodeByte(b, 'windows-1252');
};

/**
 * (2026-12-07, h-moji23) Czech, Slovak, Polish, Hungarian or Croatian written in windows-1250 and read as
 * windows-1252 or Latin-1 where no sign tells it (`Kromìøíže`, `Vuèiæ`, `fõtéri szökõkút`, `Ðurðevog`): the
 * line's letters (C1 controls as windows-1252's letters) fit no Western language's alphabet (see
 * alphabets.ts), some word alone fits none either (or opens with `Ð`, which no Icelandic word does; or holds a
 * C1 control or a sign between letters), and the charset's reading of the line fits one Central European
 * alphabet, changing two characters or more. A line mixing names of two Western languages (`Søren … Crèche`)
 * has no such word; a line whose words fit one Western language is left.
 */
function alphabetCharset(line: string, split: () => readonly string[]): Central | null {
  if (!DIFFERS_RE.test(line)) return null;
  if (romanianSigns(line)) return 'windows-1250';
  // (h-moji25) A sign between two letters is no Western word's (`poniedzia³ek`): the line's letters are not
  // asked to fit a Western alphabet then, as a lone `ñ` beside it would.
  const signBetween = SIGN_BETWEEN.test(line);
  if (!signBetween && westernFit(nonAsciiLetters((line.match(NON_ASCII) ?? []).map(western))) !== null)
    return null;
  const chars = split();
  const words = line.split(/[\s,.;:!?()[\]"'«»„“”‘’\-–—/]+/u);
  const settled = settledCentral(words);
  const odd =
    words.some(
      (w) =>
        /^[Ðð]/u.test(w) ||
        /[\u0080-\u009f]|\p{L}[³¹¿±¶¼¾¦¬¯¥]|[¼¾¦¬¯¥]\p{L}/u.test(w) ||
        CROATIAN_IC.test(w) ||
        westernFit(nonAsciiLetters([...w].map(western))) === null,
    ) || lowercaseClash(words);
  if (!odd && !settled) return null;
  const lone = !settled && words.some(oddLowercase);
  for (const cs of CHARSETS) {
    const read1 = chars.map((ch) => letterOr(ch, cs));
    const changed = read1.filter((ch, i) => ch !== chars[i]).length;
    if ((changed >= 2 || ((settled || lone) && changed === 1)) && centralFit(nonAsciiLetters(read1)) !== null)
      return cs;
  }
  return null;
}

/**
 * (Stop 58, h-moji28) Romanian written in windows-1250 (or ISO-8859-2) and read as windows-1252: ş and Ş (BA, AA)
 * show as `º` and `ª`, ţ and Ţ (FE, DE) as `þ` and `Þ`, ă (E3) as `ã`, while â and î stay (`cã ºcoala … reparatã`,
 * `câºtigat`, `lacul ªiriu`). `ã` and `â` fit Portuguese, so the alphabet test above leaves such a line; the
 * evidence is Romanian's own: `º` or `ª` opening a word before a lowercase letter, or `º` between two lowercase
 * letters (an ordinal indicator follows a digit or a capital: `1º`, `Nº`), and a lowercase word of two letters or
 * more ending in `ã` (ă: `cã`, `reparatã`) or writing `þ` between lowercase letters; the whole line's windows-1250
 * reading fits the Romanian alphabet. Rule {@link ROMANIAN_RULE} on the words it changes; a UTF-8 reading that took
 * the line's `º` or `ª` (`âº`, › whose middle byte was lost) gives way to it (mojibake.ts `withCentralLines`).
 */
export function romanianSigns(line: string): boolean {
  if (!ROMANIAN_S.test(line) || !ROMANIAN_OTHER.test(line)) return false;
  const read1 = [...line].map((ch) => letterOr(ch, 'windows-1250'));
  const letters = nonAsciiLetters(read1);
  return [...letters].every((ch) => CENTRAL.ro!.includes(ch));
}

/** The rule of a Romanian line read so (Stop 58, h-moji28). */
export const ROMANIAN_RULE = 'mojibake:windows-1250-romanian';

/** `º` or `ª` opening a word before a lowercase letter, or `º` between lowercase letters (ş, Ş in windows-1250). */
const ROMANIAN_S = /(?:^|[^\p{L}\p{N}])[ºª]\p{Ll}|[a-zâîã]º[a-zâîã]/u;
/** A lowercase word ending in `ã` (ă), or `þ` between lowercase letters (ţ). */
const ROMANIAN_OTHER = /(?:^|[^\p{L}])[a-zâîãº]+ã(?!\p{L})|[a-zâîã]þ[a-zâîã]/u;

/**
 * (Stop 56, h-moji26) Where a line's letters fit no Western alphabet, a line mixing two Western languages mixes
 * names (`Søren Bøgh … the Crèche`); two lowercase words whose letters fit no Western alphabet together, each
 * alone fitting one, are common words of one language no Western alphabet writes (`øekl … zùstane`: řekl,
 * zůstane; `osumnjièenog … kraðu`: osumnjičenog, krađu). Such a line counts as one whose word fits none.
 */
function lowercaseClash(words: readonly string[]): boolean {
  const lower = words.filter((w) => /^\p{Ll}+$/u.test(w) && DIFFERS_RE.test(w));
  if (lower.length < 2) return false;
  const all = nonAsciiLetters(lower.flatMap((w) => [...w].map(western)));
  return westernFit(all) === null;
}

/** A lowercase word holding a letter windows-1250 reads otherwise, whose letters fit no Western alphabet (`kôò`). */
const oddLowercase = (w: string): boolean =>
  /^\p{Ll}+$/u.test(w) && DIFFERS_RE.test(w) && westernFit(nonAsciiLetters([...w].map(western))) === null;

/**
 * (Stop 56, h-moji26) `-iæ` ending a word: Croatian, Serbian and Bosnian `-ić` (windows-1250's E6) read as
 * windows-1252 (`Mariæ`, `Petroviæ`); Danish and Norwegian end no word in `iæ`, and Latin's `-iæ` (`Historiæ`)
 * is never written beside the letters that bring a line here.
 */
const CROATIAN_IC = /\p{L}iæ$/u;

/** A sign windows-1250 reads as a letter, between two letters. */
const SIGN_BETWEEN = /\p{L}[³¹¿±¶¼¾¦¬¯¥]\p{L}/u;

/**
 * (2026-12-07, h-moji25) One changed letter is enough (`Novák øekl, že`, `Hasièi … požáru`, `stìžují`: ř, č, ě the
 * line's only letters windows-1250 reads otherwise) where the line is Central European by the letters the two
 * charsets share: those it writes (`á é í ó ú ý ž š ö ü ä ô`, read alike) fit no Western alphabet together (`ž`
 * with `á`: Czech or Slovak, not Estonian nor Icelandic); the changed letter stands between two letters of a
 * lowercase word (or, but `ø`, of the line's first), or is `ø` opening one before `e` or `í` (ře-, ří-); and the
 * line's words do not read as French, Italian, Spanish, Portuguese or Catalan (`Škvarka a été très bon`: a Slovak
 * name in a French line, whose `è` stands inside a word).
 */
function settledCentral(words: readonly string[]): boolean {
  const letters = nonAsciiLetters(words.flatMap((w) => [...w].filter((ch) => SHARED.has(ch))));
  if (letters.size === 0 || westernFit(letters) !== null) return false;
  const inWord = words.some(
    (w, k) =>
      (k === 0 ? /^\p{Lu}?\p{Ll}+$/u : /^\p{Ll}+$/u).test([...w].map(western).join('')) &&
      [...w].some(
        (ch, i) =>
          DIFFERS.has(ch) &&
          ((i > 0 && i < w.length - 1 && !(k === 0 && ch === 'ø')) ||
            (i === 0 && ch === 'ø' && /^ø[eí]/u.test(w))),
      ),
  );
  return inWord && guessLanguage(words) === null;
}

/** Characters windows-1252 shows that windows-1250 reads as another letter. */
const DIFFERS: ReadonlySet<string> = new Set(
  [...BYTE_1252.keys(), ...Array.from({ length: 32 }, (_, k) => String.fromCharCode(0x80 + k))].filter(
    (ch) => {
      const got = read(ch, 'windows-1250');
      return got !== ch && LETTER.test(got);
    },
  ),
);

/** Letters beyond ASCII windows-1250 and windows-1252 read alike (`á ž š ý ö`…). */
const SHARED: ReadonlySet<string> = new Set(
  [...BYTE_1252.keys()].filter(
    (ch) => LETTER.test(ch) && read(ch, 'windows-1250') === ch && ch.charCodeAt(0) >= 0x80,
  ),
);

/** A character one of the two readings needs in a line: a sign, `ø`, or one of {@link DIFFERS}. */
const LINE_HINT = new RegExp(
  `[${[...SIGNS, 'ø', ...DIFFERS].map((ch) => ch.replace(/[\\\]^-]/g, '\\$&')).join('')}]`,
  'u',
);

const charClass = (chs: Iterable<string>): string =>
  [...chs].map((ch) => ch.replace(/[\\\]^-]/g, '\\$&')).join('');

/** A character beyond ASCII with no byte in windows-1252 (nor a C1 control, Latin-1's reading of one). */
const NO_BYTE = new RegExp(`[^\\u0000-\\u009f${charClass(BYTE_1252.keys())}]`, 'u');

/** A sign or `ø`: the signs' reading needs one ({@link signCharset}). */
const SIGN_OR_O = new RegExp(`[${charClass([...SIGNS, 'ø'])}]`, 'u');

/** One of {@link DIFFERS}: the alphabet's reading needs one. */
const DIFFERS_RE = new RegExp(`[${charClass(DIFFERS)}]`, 'u');

const NON_ASCII = /[^\u0000-\u007f]/gu;

/** What `charset` reads for `ch` where that is a letter, else `ch`. */
function letterOr(ch: string, charset: Central): string {
  const got = read(ch, charset);
  return LETTER.test(got) ? got : ch;
}
