/**
 * (2026-12-07, h-moji23) The letters beyond ASCII each language writes, lowercase: Western languages that
 * windows-1252 and Latin-1 hold, and the Central European ones windows-1250 holds. A line whose letters no
 * single Western alphabet holds, and whose windows-1250 reading one Central European alphabet does, was
 * written in windows-1250 (see central-latin1.ts). The sets are the languages' alphabets (loan letters, Faroese and
 * Vietnamese, never written in windows-1252, left out), not word lists.
 */

const WESTERN: Readonly<Record<string, string>> = {
  fr: 'àâçéèêëîïôœùûüÿ',
  es: 'áéíñóúü',
  pt: 'áâãàçéêíóôõúü',
  it: 'àèéìíîòóù',
  ca: 'àçèéíïòóúü',
  de: 'äöüßé',
  nl: 'éèëïöü',
  da: 'æøåéó',
  sv: 'åäöé',
  fi: 'åäöšž',
  et: 'äöõüšž',
  is: 'áðéíóúýþæö',
  ga: 'áéíóú',
  sq: 'çë',
};

/** Central European alphabets; German, which windows-1250 writes as windows-1252 does, is left out. */
export const CENTRAL: Readonly<Record<string, string>> = {
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  pl: 'ąćęłńóśźż',
  hu: 'áéíóöőúüű',
  hr: 'čćđšž',
  sl: 'čšž',
  ro: 'ăâîşţșț',
};

/** The cased letters beyond ASCII of `letters`, lowercase, once each (`ª`, `º` are no letters of a word). */
export function nonAsciiLetters(letters: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const ch of letters)
    if (ch.charCodeAt(0) >= 0x80 && /[\p{Lu}\p{Ll}]/u.test(ch)) out.add(ch.toLowerCase());
  return out;
}

const fitsOne = (
  letters: ReadonlySet<string>,
  alphabets: Readonly<Record<string, string>>,
): string | null => {
  for (const [lang, abc] of Object.entries(alphabets))
    if ([...letters].every((ch) => abc.includes(ch))) return lang;
  return null;
};

/** A Western language whose alphabet holds all of `letters`, or null. */
export const westernFit = (letters: ReadonlySet<string>): string | null => fitsOne(letters, WESTERN);

/** A Central European language whose alphabet holds all of `letters`, or null. */
export const centralFit = (letters: ReadonlySet<string>): string | null => fitsOne(letters, CENTRAL);
