import { franc } from 'franc-min';

/** ISO 639-3 (franc) -> BCP 47 primary language subtag, for the languages franc-min knows. */
const TO_BCP47: Readonly<Record<string, string>> = {
  eng: 'en',
  spa: 'es',
  por: 'pt',
  fra: 'fr',
  deu: 'de',
  ita: 'it',
  nld: 'nl',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  dan: 'da',
  nob: 'nb',
  fin: 'fi',
  tur: 'tr',
  ell: 'el',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  slv: 'sl',
  lit: 'lt',
  lav: 'lv',
  est: 'et',
  arb: 'ar',
  pes: 'fa',
  heb: 'he',
  hin: 'hi',
  ben: 'bn',
  urd: 'ur',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  zlm: 'ms',
  tgl: 'tl',
  swh: 'sw',
  amh: 'am',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  zul: 'zu',
  xho: 'xh',
  afr: 'af',
  cat: 'ca',
  glg: 'gl',
  eus: 'eu',
  kat: 'ka',
  hye: 'hy',
  azj: 'az',
  uzn: 'uz',
  kaz: 'kk',
  bel: 'be',
  mkd: 'mk',
  tam: 'ta',
  tel: 'te',
  mar: 'mr',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  pan: 'pa',
  npi: 'ne',
  sin: 'si',
  mya: 'my',
  khm: 'km',
  som: 'so',
  run: 'rn',
  kin: 'rw',
  mlg: 'mg',
  ceb: 'ceb',
  ilo: 'ilo',
  sun: 'su',
  jav: 'jv',
  nso: 'nso',
};

/** The commonest English function words: in English prose they are a quarter or more of all words. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the of and to in a is that for on was with it as by at he from his be are have has an were this which but not its they said had will would their been'.split(
    ' ',
  ),
);

/** A sample's words in lower case: runs of ASCII letters, or of other non-space characters. */
const wordsOf = (sample: string): string[] => sample.toLowerCase().match(/[a-z']+|[^\s\x00-\x7f]+/g) ?? [];

/** Fast path: a clearly English text (function-word share well above any other language's) skips franc. */
function clearlyEnglish(sample: string): boolean {
  const words = wordsOf(sample);
  if (words.length < 30) return false;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= 0.22;
}

/**
 * Function words no other language franc-min knows writes as words of its own (unlike `in`,
 * `an`, `was`, `will`, `a`, German's or Romance languages' words too).
 */
const ONLY_ENGLISH: ReadonlySet<string> = new Set(
  'the of and that for with it its by from his her they their this which were have has had been would said when who after'.split(
    ' ',
  ),
);

/**
 * An English past tense or participle of six letters or more (`reached`, `crashed`, `injured`):
 * no other language franc-min knows ends its words so (Dutch `-oed` and `-bied` and Danish `-sted` aside).
 */
const ENGLISH_PAST = /^[a-z]{3,}[^eo]ed$|^[a-z]{2,}[^b]ied$/;

/**
 * A short text (under 30 words) that franc does not read as English but whose words are, in a
 * sixth or more, words only English writes or English past tenses (two at least): franc's trigrams are unreliable on a
 * sentence (`The plane carried 148 passengers when it crashed near Velmar.` reads as German).
 */
function shortEnglish(sample: string): boolean {
  const words = wordsOf(sample);
  if (words.length >= 30) return false;
  let hits = 0;
  for (const w of words) if (ONLY_ENGLISH.has(w) || ENGLISH_PAST.test(w)) hits++;
  return hits >= 2 && hits / words.length >= 1 / 6;
}

/** Characters of a text that {@link detectLanguage} reads: its start. */
export const LANGUAGE_SAMPLE = 1200;

/** BCP 47 language of a text, `und` when too short or unknown. */
export function detectLanguage(text: string): string {
  // franc's accuracy levels off after a few hundred characters; its cost does not.
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  if (sample.replace(/[^\p{L}]/gu, '').length < 40) return 'und';
  if (clearlyEnglish(sample)) return 'en';
  const code = franc(sample, { minLength: 40 });
  if (code !== 'eng' && shortEnglish(sample)) return 'en';
  return TO_BCP47[code] ?? (code === 'und' ? 'und' : code);
}
