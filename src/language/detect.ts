import { franc } from 'franc-min';

/** ISO 639-3 (franc) -> BCP 47 primary language subtag, for the languages franc-min knows. */
const TO_BCP47: Readonly<Record<string, string>> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl',
  ces: 'cs', slk: 'sk', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', tur: 'tr', ell: 'el',
  bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl', lit: 'lt', lav: 'lv', est: 'et', arb: 'ar', pes: 'fa',
  heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id',
  zlm: 'ms', tgl: 'tl', swh: 'sw', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', xho: 'xh', afr: 'af',
  cat: 'ca', glg: 'gl', eus: 'eu', kat: 'ka', hye: 'hy', azj: 'az', uzn: 'uz', kaz: 'kk', bel: 'be', mkd: 'mk',
  tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', npi: 'ne', sin: 'si', mya: 'my',
  khm: 'km', som: 'so', run: 'rn', kin: 'rw', mlg: 'mg', ceb: 'ceb', ilo: 'ilo', sun: 'su', jav: 'jv', nso: 'nso',
};

/** BCP 47 language of a text, `und` when too short or unknown. */
export function detectLanguage(text: string): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  if (sample.replace(/[^\p{L}]/gu, '').length < 40) return 'und';
  const code = franc(sample, { minLength: 40 });
  return TO_BCP47[code] ?? (code === 'und' ? 'und' : code);
}
