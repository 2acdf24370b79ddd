/**
 * Whether a code point is a plausible result of repairing mojibake: letters of
 * living scripts and common punctuation. Rare blocks (IPA, Latin Extended-B,
 * Hebrew points, combining marks, box drawing) are what random byte
 * pairs decode to, so a repair that yields them is declined; Armenian, Georgian and Cyrillic beyond Russian
 * and Ukrainian only beside letters of their own script ({@link plausibleBeside}).
 */
export function plausible(cp: number): boolean {
  if (cp >= 0xa0 && cp <= 0xff) return cp !== 0xd7 && cp !== 0xf7 ? true : false;
  if (cp >= 0x100 && cp <= 0x17e) return ![0x138, 0x13f, 0x140, 0x149, 0x120, 0x121].includes(cp);
  if (cp >= 0x218 && cp <= 0x21b) return true; // Romanian comma-below letters
  if (cp === 0x1a0 || cp === 0x1a1 || cp === 0x1af || cp === 0x1b0) return true; // Vietnamese horned letters
  if (cp >= 0x386 && cp <= 0x3ce) return true; // Greek
  if ((cp >= 0x400 && cp <= 0x45f) || cp === 0x490 || cp === 0x491) return true; // Cyrillic (with Ukrainian Ґ ґ)
  if (cp >= 0x5d0 && cp <= 0x5ea) return true; // Hebrew letters
  if ((cp >= 0x620 && cp <= 0x64a) || (cp >= 0x660 && cp <= 0x669) || cp === 0x6cc || cp === 0x6a9)
    return true; // Arabic
  if (cp === 0x60c || cp === 0x61b || cp === 0x61f) return true; // Arabic comma, semicolon, question mark
  // (2026-12-06, h-moji16) Arabic's vowel marks (tanwin, fatha, damma, kasra, shadda, sukun): everyday
  // Arabic writes them (`جدًا`, `شكرًا`); misread they are `Ù‹`..`Ù’`, a pair no other text writes.
  if (cp >= 0x64b && cp <= 0x652) return true;
  if (cp >= 0x900 && cp <= 0xdff) return true; // Indic scripts
  if (cp >= 0xe00 && cp <= 0xe7f) return true; // Thai
  // Latin Extended Additional (Vietnamese), but the medievalist letters U+1E9A..U+1E9F other than ẞ.
  if (cp >= 0x1e9a && cp <= 0x1e9f) return cp === 0x1e9e;
  if (cp >= 0x1e00 && cp <= 0x1eff) return true;
  if (cp >= 0x2010 && cp <= 0x2027) return true; // dashes, quotes, ellipsis, bullets
  if (cp >= 0x2030 && cp <= 0x203a) return true;
  if (cp >= 0x20a0 && cp <= 0x20bf) return true; // currency
  if (cp === 0x2122 || cp === 0x2116) return true; // trade mark, numero
  if (cp >= 0x2190 && cp <= 0x21ff) return true; // arrows
  if (cp >= 0x2200 && cp <= 0x22ff) return true; // mathematical operators
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3130 && cp <= 0x318f)) return true; // kana, Hangul jamo
  if (cp >= 0x3000 && cp <= 0x303f) return true; // CJK punctuation
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3)) return true; // CJK, Hangul syllables
  // Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬆ) that text copied from a PDF keeps; repair gives their letters (ligatures.ts).
  if (cp >= 0xfb00 && cp <= 0xfb06) return cp !== 0xfb05;
  if (cp >= 0xff00 && cp <= 0xffef) return true; // full-width forms
  if (cp >= 0x1f100 && cp <= 0x1faff) return true; // emoji, enclosed letters and regional indicators (flags)
  return false;
}

/**
 * (2026-12-06, h-moji17) Letters of living languages in blocks that random byte pairs decode to as well:
 * Cyrillic beyond Russian and Ukrainian (Kazakh `қ ғ ң ө ү ұ ә`, Mongolian `ө ү`, Tatar, Bashkir, Kyrgyz),
 * Armenian and Georgian (Mkhedruli); misread, `Ò“`, `Ó©`, `Õ¡`, `áƒ`. Plausible only beside a letter of their
 * own script ({@link plausibleBeside}): `Õ…` alone is no Armenian `Յ`.
 */
export function regionalLetter(cp: number): boolean {
  return (
    (cp >= 0x492 && cp <= 0x4ff) ||
    (cp >= 0x531 && cp <= 0x556) ||
    (cp >= 0x561 && cp <= 0x587) ||
    (cp >= 0x10d0 && cp <= 0x10fa)
  );
}

/** The script block a {@link regionalLetter} shares with its neighbours: Cyrillic, Armenian, Georgian. */
function blockOf(cp: number): number {
  if (cp >= 0x400 && cp <= 0x4ff) return 1;
  if (cp >= 0x531 && cp <= 0x587) return 2;
  if (cp >= 0x10d0 && cp <= 0x10fa) return 3;
  return 0;
}

/** `cp` is plausible, or a {@link regionalLetter} touching a letter of its own script (`neighbour`). */
export function plausibleBeside(
  cp: number,
  neighbours: readonly (number | undefined)[],
  next?: number,
): boolean {
  if (plausible(cp)) return true;
  // The ʻokina of Hawaiian and Samoan and the modifier apostrophe (`Hawaiʻi`, `ʻōlelo`; misread `Ê»`, `Ê¼`)
  // before the Latin letter it marks (not `VOCÊ»`, Portuguese in capitals before a glued guillemet).
  if (cp === 0x2bb || cp === 0x2bc)
    return next !== undefined && LATIN_LETTER.test(String.fromCodePoint(next));
  if (!regionalLetter(cp)) return false;
  const block = blockOf(cp);
  return neighbours.some(
    (n) => n !== undefined && blockOf(n) === block && (plausible(n) || regionalLetter(n)),
  );
}

const LATIN_LETTER = /\p{Script=Latin}/u;
