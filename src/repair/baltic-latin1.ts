import type { Repair } from '../model/document.js';
import { nonAsciiLetters, westernFit } from './alphabets.js';
import { decodeByte } from './charmaps.js';

/**
 * (Stop 57, h-moji27) Lithuanian or Latvian written in windows-1257 and read as windows-1252 or Latin-1, one
 * byte per letter (`Këdainiø … paþadëjo naujà mokyklà` for `Kėdainių … pažadėjo naują mokyklą`, `priekðsçdçtâjs`
 * for `priekšsēdētājs`): no UTF-8 is involved, and the letters stay Latin ones, so neither the sequence rules nor
 * the Central European reading (windows-1250 reads `ë`, `ø`, `þ` otherwise) see it.
 *
 * Evidence, as for windows-1250 (central-latin1.ts): every non-ASCII character of the line has a byte in
 * windows-1252; the line's letters fit no Western alphabet (`ë` with `ø` and `þ`: Albanian or Dutch, Danish,
 * Icelandic at once); windows-1257's reading of them fits the Lithuanian or the Latvian alphabet; and two
 * lowercase words change (a line of names, `Ærø … Ðakovo`, changes none or one). Rule
 * `mojibake:windows-1257-by-alphabet`; each changed word is a repair.
 */
export function balticReadAsLatin1(text: string): Repair[] {
  const out: Repair[] = [];
  if (!BALTIC_HINT.test(text)) return out;
  for (const line of text.matchAll(/[^\n]+/g))
    if (BALTIC_HINT.test(line[0])) out.push(...inLine(line[0], line.index!));
  return out;
}

/** The letters beyond ASCII of Lithuanian and Latvian, lowercase. */
const BALTIC: Readonly<Record<string, string>> = {
  lt: 'ąčęėįšųūž',
  lv: 'āčēģīķļņšūž',
};

/** windows-1252's characters 80..FF and the letter windows-1257 puts on each byte. */
const READ_1257: ReadonlyMap<string, string> = new Map(
  Array.from({ length: 0x80 }, (_, k) => 0x80 + k).flatMap((b): [string, string][] => {
    const shown = decodeByte(b, 'windows-1252');
    const got = decodeByte(b, 'windows-1257');
    return shown.length === 1 && shown !== '\uFFFD' && got.length === 1 && /\p{L}/u.test(got)
      ? [[shown, got]]
      : [];
  }),
);

/** A lowercase letter windows-1252 shows for a Lithuanian or Latvian letter of windows-1257 (`ë` ė, `ø` ų, `ð` š, `ç` ē …). */
const BALTIC_HINT = new RegExp(
  `[${[...READ_1257]
    .filter(
      ([w, b]) => w !== b && /\p{Ll}/u.test(b) && [...Object.values(BALTIC)].some((abc) => abc.includes(b)),
    )
    .map(([w]) => w)
    .join('')}]`,
  'u',
);

/** A line of ASCII and the characters windows-1252 shows for 80..FF (undefined bytes as their C1 control). */
const ONLY_1252 = new RegExp(
  `^[\\u0000-\\u009f${Array.from({ length: 0x80 }, (_, k) => decodeByte(0x80 + k, 'windows-1252'))
    .filter((ch) => ch.length === 1 && ch !== '\uFFFD')
    .join('')
    .replace(/[\\\]^-]/g, '\\$&')}]*$`,
  'u',
);

const fitsBaltic = (letters: ReadonlySet<string>): boolean =>
  letters.size > 0 && Object.values(BALTIC).some((abc) => [...letters].every((ch) => abc.includes(ch)));

function inLine(line: string, from: number): Repair[] {
  // Every character has a byte in windows-1252 (a line writing `ė` or `’` right was not read so).
  if (!ONLY_1252.test(line)) return [];
  const shown = nonAsciiLetters(line);
  if (westernFit(shown) !== null) return [];
  const read = (w: string): string => [...w].map((ch) => READ_1257.get(ch) ?? ch).join('');
  if (!fitsBaltic(nonAsciiLetters(read(line)))) return [];
  const words = [...line.matchAll(/\p{L}+/gu)];
  if (words.filter((m) => /^\p{Ll}+$/u.test(m[0]) && read(m[0]) !== m[0]).length < 2) return [];
  return words.flatMap((m) => {
    const fixed = read(m[0]);
    if (fixed === m[0]) return [];
    return [
      {
        start: from + m.index!,
        end: from + m.index! + m[0].length,
        replacement: fixed,
        rule: 'mojibake:windows-1257-by-alphabet',
        reason: `'${m[0]}' is windows-1257 text ('${fixed}') read as windows-1252 or Latin-1, one byte per letter; the line's letters fit no Western alphabet, windows-1257's reading of them the Lithuanian or Latvian one, in two lowercase words or more`,
      },
    ];
  });
}
