import { decodeByte } from './charmaps.js';

/** MacRoman's characters for bytes 80..BF, with their bytes (`é` in `√©`, `©` in `¬©`). */
const MACROMAN_CONTINUATION: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 0x40 }, (_, k) => [decodeByte(0x80 + k, 'macintosh'), 0x80 + k]),
);

/**
 * `chars[i - 1]` (`√` or `¬`) and `chars[i]` read in MacRoman as the two bytes of a
 * Latin-1 letter (`√©`) or symbol (`¬©`), standing where a character of a word
 * stands: after a space or a letter (or a digit, for a symbol), and before one
 * or a punctuation mark. Not in formulas (`√π` would be `ù`, `√±2` `ñ2`) or
 * faces drawn with symbols.
 */
export function macRomanPair(chars: readonly string[], i: number): boolean {
  const byte = MACROMAN_CONTINUATION.get(chars[i]!);
  if (byte === undefined || /\p{Script=Greek}/u.test(chars[i]!)) return false;
  const decoded = String.fromCharCode(chars[i - 1] === '√' ? 0xc0 + (byte & 0x3f) : byte);
  if (chars[i - 1] === '√' ? !/\p{L}/u.test(decoded) : byte < 0xa0) return false;
  // A letter stands between letters and spaces (`√±2` is a formula), or after punctuation that starts or
  // joins words (`Live-√úbertragung`, `Sch**√üe`); a symbol may touch a digit (`25¬∞C`).
  const word = chars[i - 1] === '√' ? /[\s\p{L}]/u : /[\s\p{L}\p{N}]/u;
  const before = chars[i - 2];
  const after = chars[i + 1];
  return (
    (before === undefined || word.test(before) || (chars[i - 1] === '√' && /[-*/("'„“‘«]/.test(before))) &&
    (after === undefined || word.test(after) || /[.,;:!?]/.test(after))
  );
}
