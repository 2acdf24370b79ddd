import { DATELINE_BEFORE_FIGURE } from '../text/dateline.js';
import type { Quantity, Sentence } from '../model/document.js';
import type { RepairedView } from '../repair/view.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  c$: 'CAD',
  a$: 'AUD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₩': 'KRW',
  '₽': 'RUB',
  '₹': 'INR',
};
const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  'us dollars': 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  yuan: 'CNY',
  renminbi: 'CNY',
  yen: 'JPY',
  won: 'KRW',
  rupee: 'INR',
  rupees: 'INR',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  rub: 'RUB',
  cny: 'CNY',
  jpy: 'JPY',
  krw: 'KRW',
  uah: 'UAH',
};
const MEASURES: Readonly<Record<string, string>> = {
  mm: 'mm',
  millimetre: 'mm',
  millimeter: 'mm',
  millimetres: 'mm',
  millimeters: 'mm',
  cm: 'cm',
  centimetre: 'cm',
  centimeter: 'cm',
  centimetres: 'cm',
  centimeters: 'cm',
  inch: 'in',
  inches: 'in',
  km: 'km',
  kilometre: 'km',
  kilometer: 'km',
  kilometres: 'km',
  kilometers: 'km',
  m: 'm',
  metre: 'm',
  meter: 'm',
  metres: 'm',
  meters: 'm',
  kg: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  // `weighing 3.4 kilos`: the short word for kilograms (rule `quantities:kilos`).
  kilos: 'kg',
  kilo: 'kg',
  // Grams, compared in kilograms (`6,200 grams` is `6.2 kilograms`; `30g`; rule `quantities:grams`).
  gram: 'g',
  grams: 'g',
  gramme: 'g',
  grammes: 'g',
  // Pounds of weight, where the money reading steps aside (`WEIGHT_BEFORE`; rule `quantities:pounds-weight`).
  pounds: 'lb',
  lb: 'lb',
  lbs: 'lb',
  tonnes: 't',
  tons: 't',
  tonne: 't',
  ton: 't',
  miles: 'mi',
  mile: 'mi',
  feet: 'ft',
  foot: 'ft',
  barrels: 'bbl',
  hectares: 'ha',
  acres: 'acre',
  // A power plant's output (`a 50-megawatt farm`, `the 50 MW site`): compared in megawatts
  // (rule `quantities:power`, stop 56).
  mw: 'MW',
  megawatt: 'MW',
  megawatts: 'MW',
  gw: 'GW',
  gigawatt: 'GW',
  gigawatts: 'GW',
  kw: 'kW',
  kilowatt: 'kW',
  kilowatts: 'kW',
  gb: 'GB',
  gigabyte: 'GB',
  gigabytes: 'GB',
  tb: 'TB',
  terabyte: 'TB',
  terabytes: 'TB',
  mb: 'MB',
  megabyte: 'MB',
  megabytes: 'MB',
};
/** A speed and its unit: `180 km/h`, `180kph`, `112 mph`, `90 knots`, `60 miles per hour`. */
const SPEED =
  /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(km\/h|kmh|kph|mph|knots?|miles (?:an|per) hour|kilomet(?:re|er)s (?:an|per) hour)(?![\p{L}\d])/giu;
/**
 * A temperature in Celsius or Fahrenheit: glued (`41C`, `106F`), with the degree sign (`41°C`,
 * `41 °F`) or in words (`41 degrees Celsius`, `106 degrees F`); a minus sign or `minus` kept.
 * A bare `41 degrees` names no scale and is left.
 */
const TEMPERATURE =
  /(?<![\p{L}\d.,])(?:(-|−|minus\s+))?(\d{1,3}(?:,\d{3})?(?:\.\d+)?|\d{4})(?:(C|F)|\s?°\s?(C|F|Celsius|Fahrenheit)|\s(?:degrees?|deg\.?)\s+(C|F|Celsius|Fahrenheit|centigrade))(?![\p{L}\d])/giu;
/** What every match of {@link SPEED} holds, with its flags: a unit's letters. */
const MAY_SPEED = /k(?:m|ph)|mph|knot|hour/iu;
/** What every match of {@link TEMPERATURE} holds, with its flags: C or F right after a digit, a degree sign, `deg`. */
const MAY_TEMPERATURE = /\d(?:[CF]|\s?°)|\sdeg/iu;
/** A measure written with its unit's symbol glued to the number (`256GB`, `10km`, `40kg`). */
const GLUED_MEASURE = /(?<![\p{L}\d.,])(\d+(?:\.\d+)?)(km|kg|cm|mm|g|GB|TB|MB)(?![\p{L}\d])/gu;
const QUALIFIERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(about|approximately|around|roughly|nearly|almost|some|an estimated|close to|circa)\s+$/i, 'about'],
  [/\b(at least|no fewer than|no less than)\s+$/i, 'at least'],
  // `no more than 9 cents` is at most 9 cents, not more than 9 (stop 45).
  [/\b(up to|as many as|as much as|at most|no more than|not more than)\s+$/i, 'up to'],
  // Not the particle of a verb of handing (`handed over $2m`, `turned over 40 rifles`: rule
  // `quantities:over-particle`). `above` as `below` is read (`would stay above 35C`; rule
  // `quantities:above`, stop 51).
  [
    /\b(more than|(?<!\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|sign(?:ed|s|ing)?|gave|give[ns]?|giving|took|tak(?:e|en|es|ing))\s+)over|upwards of|in excess of|above)\s+$/i,
    'more than',
  ],
  [/\b(fewer than|less than|under|below)\s+$/i, 'fewer than'],
];

// A number word starts a word: `eight`, never the end of `freight` or `weight`. Hundreds
// written in words are one number (`two hundred and twelve`, `three hundred`; rule
// `quantities:hundreds-in-words`), not a count of the last word.
const UNITS_WORD = 'one|two|three|four|five|six|seven|eight|nine';
const TENS_WORD = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const BELOW_HUNDRED_WORD = `(?:${TENS_WORD})(?:-| - )(?:${UNITS_WORD})|${UNITS_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${TENS_WORD}`;
const HUNDREDS_WORD = String.raw`(?:${UNITS_WORD})\s+hundred(?:\s+and\s+(?:${BELOW_HUNDRED_WORD})\b)?`;
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<!\p{L})(?:${HUNDREDS_WORD}|${BELOW_HUNDRED_WORD}|hundred|a dozen|dozens of|a few)\b)`;
const SCALE = String.raw`(?:\s*-?\s*(thousand|million|billion|trillion|mln|mn|bln|bn|tn|[kmb])\b)?`;
const MONEY_SYMBOL = new RegExp(String.raw`(US\$|C\$|A\$|\$|€|£|¥|₩|₽|₹)\s?` + NUM + SCALE, 'giu');
const MONEY_CODE = new RegExp(String.raw`\b(USD|EUR|GBP|RUB|CNY|JPY|KRW|UAH)\s?` + NUM + SCALE, 'gu');
const CURRENCY_WORD = String.raw`US dollars|dollars?|euros?|pounds|sterling|rubles?|roubles?|yuan|renminbi|yen|won|rupees?|hryvnias?|USD|EUR|GBP|RUB|CNY|JPY|KRW|UAH`;
const MONEY_WORD = new RegExp(NUM + SCALE + String.raw`\s+(${CURRENCY_WORD})\b`, 'giu');
/** Words of money {@link MONEY_WORD_SCALED} reads after a scale. */
const SCALED_CURRENCY_WORD = String.raw`crowns?|kronor|kroner|kronur|krona|krone|korunas?|francs?|pesos?|zlotys?|zloty|rand|lira|pound`;
/**
 * Sums in currencies named by a word of several countries' money (`150 million crowns`, `2
 * billion kronor`, `40 million francs`, `3 million pesos`) or of one (`5 million zlotys`, `a 4.5
 * million pound payoff`), with a
 * scale: a bare `three crowns` is more often titles than money (rule `quantities:money-word-scaled`).
 */
const MONEY_WORD_SCALED = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*-?\s*(thousand|million|billion|trillion|mln|mn|bln|bn)\s+(${SCALED_CURRENCY_WORD})\b`,
  'giu',
);
/** Words of money {@link MONEY_WORD_THOUSANDS} reads after a number of a thousand or more. */
const THOUSANDS_CURRENCY_WORD = 'crowns|kronor|kroner|kronur|korunas|francs|pesos|zlotys|zloty|rand|lira';
/**
 * The same words after a number of a thousand or more with no scale (`had wrongly claimed 48,000
 * crowns`, `fined 12,000 francs`): money, as no one wins thousands of crowns as titles (rule
 * `quantities:money-word-thousands`, stop 45). `pound` is left: `a 2,000 pound bomb` is a weight.
 */
const MONEY_WORD_THOUSANDS = new RegExp(
  String.raw`(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{4,})()\s+(${THOUSANDS_CURRENCY_WORD})\b`,
  'gu',
);
/** The currency a word of {@link MONEY_WORD_SCALED} names: a code where one country's, else the word. */
const SCALED_CURRENCY = (word: string): string => {
  const w = word.toLowerCase();
  if (/^(?:crowns?|kronor|kroner|kronur|krona|krone|korunas?)$/.test(w)) return 'crown';
  if (/^francs?$/.test(w)) return 'franc';
  if (/^pesos?$/.test(w)) return 'peso';
  if (/^zloty/.test(w)) return 'PLN';
  // `a 4.5 million pound payoff`: the pound as an adjective, money where a scale goes before it
  // (`a 300-pound man` has none).
  if (w === 'pound') return 'GBP';
  return w === 'rand' ? 'ZAR' : 'TRY';
};
/** A weight right before a number of pounds: `weighs `, `weighing about `, `45 kilograms (`, `a weight of `. */
const WEIGHT_BEFORE =
  /(?:\bweigh(?:s|ed|ing)?|\bweight\s+of|\b(?:kilograms?|kilos?|kg|tonnes?)\s*\(|\bheavier\s+than|\blighter\s+than)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+(?:over|under)\s+)?$|\b(?:kilograms?|kilos?|kg|tonnes?)\s*\($/i;
/** Fractions news gives a share by, as the percentage each names. */
const FRACTION: Readonly<Record<string, number>> = {
  'one third': 100 / 3,
  'one quarter': 25,
  'one fifth': 20,
  'two-thirds': 200 / 3,
  'two thirds': 200 / 3,
  'three-quarters': 75,
  'three quarters': 75,
};
/**
 * A fraction of a whole (`a third of the stock`, `two-thirds of its staff`): not a time's
 * (`a quarter of an hour`, `the first quarter of the year` take no `the`, `its`, `their` or `all`
 * after `of`), nor `half`, which news writes of times and halves of a match.
 */
const FRACTION_OF =
  /(?<![\p{L}-])((?:[Aa]|[Oo]ne)[ -](?:third|quarter|fifth)|[Tt]wo[ -]thirds|[Tt]hree[ -]quarters)\s+of\s+(?:the|its|their|all|his|her)\s(?!(?:year|month|week|day|season|century|decade|game|match|race|hour)\b)/gu;
/**
 * A span of time told by a fraction in words: group 1 the unit of `half an hour`, group 3 the unit
 * of `a quarter of an hour` (group 2 its fraction).
 */
const SPAN_IN_WORDS =
  /(?<![\p{L}-])(?:[Hh]alf\s+an?\s+(hour|day|minute|week|month|year)|([Aa]\s+quarter|[Tt]hree\s+quarters)\s+of\s+an?\s+(hour))(?![\p{L}-])/gu;
const PERCENT = new RegExp(NUM + String.raw`\s?(%|percent\b|per cent\b)`, 'giu');
/**
 * A race time: `M:SS.ff` (group 1 minutes, 2 seconds, 3 their fraction) or `H:MM:SS(.ff)` (group
 * 1 hours, 2 minutes, 4 seconds, 5 their fraction), tokenised text's space after a colon allowed;
 * never one followed by a.m., p.m. or a time zone.
 */
const RACE_TIME =
  /(?<![\d:.,])(\d{1,2}):\s?([0-5]\d)(?:\.(\d{1,3})|:\s?([0-5]\d)(?:\.(\d{1,3}))?)(?![\d:])(?!\s*(?:[ap]\.?\s?m\b|GMT\b|UTC\b|local\b|[A-Z]{2,3}T\b))/g;
/** A number of seconds (group 1). */
const SECONDS = /(?<![\d.,:])(\d{1,3}(?:\.\d{1,3})?)\s?(?:seconds?|secs?\b)(?!-)/gi;
/** Minutes right before a number of seconds: `1 minute `, `two minutes and ` (group 1 how many). */
const MINUTES_BEFORE =
  /(?<![\p{L}\d.])(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine)\s+min(?:ute)?s?,?\s+(?:and\s+)?$/iu;
/** Words of standing after a number of seconds: `behind`, `back`, `clear`, `ahead`, `faster`, `slower`, `off the pace`. */
export const SECONDS_STANDING =
  /^\s+(?:behind|back|clear|ahead|adrift|faster|slower|quicker|off\s+the\s+pace)\b/i;
/** A fraction of a second in words: `one hundredth of a second`, `two tenths of a second` (group 1 how many, 2 the part). */
const PART_OF_SECOND =
  /(?<![\p{L}\d])(a|an|one|two|three|four|five|six|seven|eight|nine|\d)\s+(tenths?|hundredths?|thousandths?)\s+of\s+a\s+second\b/giu;
const PART_OF_SECOND_SIZE: Readonly<Record<string, number>> = {
  tenth: 0.1,
  hundredth: 0.01,
  thousandth: 0.001,
};
/** A whole number and a fraction: `2 1/2 lengths`, `2 1 / 2`, `2½ miles` (groups: whole, numerator, denominator or vulgar fraction, noun). */
const MIXED_FRACTION =
  /(?<![\d.,/])(\d{1,3})(?:\s(\d)\s?\/\s?(\d{1,2})(?![\d/])|\s?([½¼¾⅓⅔]))-?\s*([\p{L}]+)/gu;
const VULGAR: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };
/** A scale word read as the first word after a number (`7.6 million`, no noun after it). */
const SCALE_WORD = /^(?:thousand|million|billion|trillion)$/i;
/** Nouns a number is joined to by a hyphen to make an adjective (`four-storey`, `three-car`). */
const NUMBER_ADJECTIVE_SPACED =
  /^(?:alarm|storey|story|floor|lane|car|vehicle|bedroom|room|seat|bed|track|song|episode|game|match|year|month|week|day|hour|minute|night|man|member|kilogram|kilo|tonne|ton|pound|metre|meter|foot|mile|kilometre|kilometer|litre|liter|gallon)$/;
// A number glued after letters names a thing (`EF3`, `MH17`, `A4`, `G7`): no count.
const COUNT = new RegExp(
  String.raw`(?<!\p{L})` +
    NUM +
    SCALE +
    // A span of time the counted took (`35 firefighters took three hours`, `needed`, `spent`)
    // starts another figure: the count's words end before it, leaving the span its own (rule
    // `quantities:count-ends-before-number`, stop 56).
    String.raw`(?:\s+(?!of\b|and\b|or\b|to\b|in\b|on\b|at\b|by\b|per\b|the\b|a\b|percent\b|(?<=\b(?:took|needed|spent)\s+)(?:${BELOW_HUNDRED_WORD})\s+(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\b)([\p{Ll}\-]+)){1,3}`,
  'giu',
);

/**
 * A digit or a word some number of the forms above is written with (`NUM`, `SHARE_OF_SCALE`):
 * each match of theirs holds one, read with the same case folding (`iu`), so a text this finds
 * nothing in holds no quantity. (A closed gap, `$2. 5`, takes out only a space.)
 */
const MAY_HOLD_NUMBER =
  /\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|few|quarter|third|half/iu;

/** A share of a million or a billion written in words, and the noun it counts. */
const SHARE_OF_SCALE =
  /(?<!\p{L})(a quarter of a|a third of a|three quarters of a|half a)\s+(million|billion)\s+([\p{Ll}-]+)/giu;
const SHARES: Readonly<Record<string, number>> = {
  'a quarter of a': 0.25,
  'a third of a': 1 / 3,
  'three quarters of a': 0.75,
  'half a': 0.5,
};

/** Words that end the noun phrase after a number: verbs and auxiliaries. */
/** Conjunctions that open a clause: a number before one counts nothing of the clause. */
// So does a preposition of time (`Toll rises to 11 after boat sinks`, `rose to 40 before dawn`): the
// number is a level the clause before gives its noun (rule `quantities:no-count-before-clause`).
const CLAUSE_OPENER =
  /^(?:as|because|if|but|so|while|when|where|whereas|though|although|until|since|than|then|after|before|following|amid)$/i;
const COUNT_STOP: ReadonlySet<string> = new Set(
  // Verbs, relative words, and the conjunctions and prepositions that end a noun phrase
  // (`two other vehicles while fleeing`, `40 hours over four days`).
  (
    'were was is are be been being have has had will would could can may might should must that which who from into with ' +
    'while when whom whose where after before since during for over under near ago as because than if but so then also not ' +
    'later earlier away each within without through across around about against between among along off out up down upon'
  ).split(' '),
);

/**
 * Each form of money: its expression, rule, the groups of its number and scale, its currency; and
 * what every match of it holds (same flags), tried first: the form's expression opens on a number
 * (words as well as digits), costly to try at every position of a sentence that names no money.
 */
const MONEY_FORMS: ReadonlyArray<
  readonly [RegExp, string, number, number, (m: RegExpMatchArray) => string, RegExp]
> = [
  [
    MONEY_SYMBOL,
    'quantities:money-symbol',
    2,
    3,
    (m) => CURRENCY_SYMBOLS[m[1]!.toLowerCase()] ?? 'USD',
    /[$€£¥₩₽₹]/u,
  ],
  [MONEY_CODE, 'quantities:money-code', 2, 3, (m) => m[1]!, /USD|EUR|GBP|RUB|CNY|JPY|KRW|UAH/],
  [
    MONEY_WORD,
    'quantities:money-word',
    1,
    2,
    (m) => CURRENCY_WORDS[m[3]!.toLowerCase()] ?? m[3]!,
    new RegExp(String.raw`\s(?:${CURRENCY_WORD})\b`, 'iu'),
  ],
  [
    MONEY_WORD_SCALED,
    'quantities:money-word-scaled',
    1,
    2,
    (m) => SCALED_CURRENCY(m[3]!),
    new RegExp(String.raw`\s(?:${SCALED_CURRENCY_WORD})\b`, 'iu'),
  ],
  [
    MONEY_WORD_THOUSANDS,
    'quantities:money-word-thousands',
    1,
    2,
    (m) => SCALED_CURRENCY(m[3]!),
    new RegExp(String.raw`\s(?:${THOUSANDS_CURRENCY_WORD})\b`, 'u'),
  ],
];

function numberValue(raw: string): number | null {
  const t = raw.toLowerCase();
  if (t === 'a dozen') return 12;
  if (t === 'dozens of' || t === 'a few') return null;
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t]!;
  // Hundreds in words: `two hundred and twelve` (rule `quantities:hundreds-in-words`).
  const hundreds = /^([a-z]+)\s+hundred(?:\s+and\s+([a-z-]+))?$/.exec(t);
  if (hundreds && hundreds[1]! in NUMBER_WORDS) {
    const rest = hundreds[2] ? numberValue(hundreds[2]) : 0;
    return rest === null ? null : NUMBER_WORDS[hundreds[1]!]! * 100 + rest;
  }
  // A compound written with its hyphen: `twenty-eight`, in tokenised text `Forty - two` (rule
  // `quantities:compound-word-spaced`).
  const compound = /^([a-z]+)(?:-| - )([a-z]+)$/.exec(t);
  if (compound && compound[1]! in NUMBER_WORDS && compound[2]! in NUMBER_WORDS)
    return NUMBER_WORDS[compound[1]!]! + NUMBER_WORDS[compound[2]!]!;
  const n = Number(t.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

function scaled(raw: string, scale: string | undefined): number | null {
  const v = numberValue(raw);
  if (v === null) return null;
  return scale ? v * (SCALES[scale.toLowerCase()] ?? 1) : v;
}

const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
};

function singular(noun: string): string {
  if (noun in IRREGULAR) return IRREGULAR[noun]!;
  if (/ies$/.test(noun)) return noun.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(noun)) return noun;
  if (/(ches|shes|xes|sses)$/.test(noun)) return noun.slice(0, -2);
  return noun.replace(/s$/, '');
}

/** The bound a qualifier written right before `at` sets (`about`, `at least`, `more than` ...), or null. */
export function qualifierBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 24), at);
  // `over` after a verb or noun of a quarrel or a resignation is `about` (`quit over 48,000 crowns
  // of false claims`, `a row over $2 million`): no bound (stop 45).
  if (OVER_AS_ABOUT.test(text.slice(Math.max(0, at - 40), at))) return null;
  for (const [re, q] of QUALIFIERS) if (re.test(before)) return q;
  return null;
}
/** `over` meaning `about`, right before a number: `quit over `, `resigned over `, `a row over `, `sued over `. */
const OVER_AS_ABOUT =
  /\b(?:quit|quits|resign(?:ed|s)?|stepped\s+down|step\s+down|sacked|fired|dismissed|ousted|row|rows|dispute|disputes|feud|clash(?:ed|es)?|protest(?:ed|s)?|sued|suing|sue|fined|charged|arrested|investigated|probe|inquiry|criticised|criticized|under\s+fire|scandal)\s+over\s+$/i;

/**
 * Text that spaces its punctuation as a tokeniser does (`the store , and`), more often than not:
 * of the commas and semicolons before a space right after a letter (`store, `) or after a letter
 * and a space (`store , `), the spaced ones at least two and no fewer. (Read from each `, ` and
 * `; `, looking back, which finds what `/\p{L}( ?)[,;] /gu` finds, without trying a match at
 * every letter of the text.)
 */
function isTokenised(text: string): boolean {
  let spaced = 0;
  let plain = 0;
  const mark = /[,;] /g;
  for (let m = mark.exec(text); m; m = mark.exec(text)) {
    const at = m.index;
    if (letterEndsAt(text, at)) plain++;
    else if (at >= 1 && text.charCodeAt(at - 1) === 32 && letterEndsAt(text, at - 1)) spaced++;
  }
  return spaced >= 2 && spaced >= plain;
}

/** The code point ending at `end` is a letter (`\p{L}`). */
function letterEndsAt(text: string, end: number): boolean {
  if (end <= 0) return false;
  const c = text.charCodeAt(end - 1);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(end - 2, end));
  }
  return LETTER.test(text[end - 1]!);
}
const LETTER = /\p{L}/u;

/** Spaces inside numbers in tokenised text: after a decimal point, after a thousands comma. */
const TOKENISED_GAPS = /(?<=\d)\. (?=\d)|(?<=(?:^|[^\d,.])\d{1,3}(?:,\d{3})*), (?=\d{3}(?!\d))/g;
/**
 * Spaces inside numbers in any text: after a decimal point; after a thousands comma where no
 * list can be meant, before `000` (nothing is counted as 000) or after a currency sign (`$430,
 * 000`, `€1, 250`: a sum is not followed by a count of three digits); and a number of one to
 * three digits, a comma, a space and three digits followed by a word, a stop or a hyphenated
 * word (`48, 312 votes`, `1, 500-square-kilometre`): ECB+'s tokeniser splits thousands so in
 * text that attaches its commas (rule `quantities:spaced-thousands`, stop 50). So is each comma
 * of a run of groups that ends in `000` (`8, 843, 000 people`: not 843,000; the rule
 * widened, stop 55). Never after a
 * month's day (`March 3, 200 people`), a hyphen, a colon or a slash (`5-foot-8, 135 pounds`),
 * nor inside a list (`rooms 1, 200 and 300`, `1, 200, 300`).
 */
const PLAIN_GAPS =
  /(?<=\d)\. (?=\d)|(?<=(?:^|[^\d,.])\d{1,3}(?:,\d{3})*), (?=(?:\d{3}, )*000(?!\d))|(?<=[$€£¥]\s?\d{1,3}(?:,\d{3})*), (?=\d{3}(?!\d))|(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,3})(?<=(?:^|[^\d,.\-–'’/:])\d{1,3}), (?=\d{3}(?!\d)(?![,.]\s?\d)(?!\s?(?:and|or|to|-|–)\s?\d)(?=\s+\p{Ll}|[.,;)]|$|-\p{L}))/gu;

/** What every gap of TOKENISED_GAPS and PLAIN_GAPS is: a digit, a point or comma, a space, a digit. */
const NUMBER_GAP = /\d[.,] \d/;

/**
 * A sentence with the spaces tokenised text puts inside numbers taken out: after a decimal
 * point (`$2. 5 million`), after a thousands comma in tokenised text (`1, 200`), and in any
 * text where the comma can only be a thousands comma (`430, 000`, `$1, 250`). `start`
 * and `end` map offsets of the closed text back to the sentence.
 */
export function closeNumberGaps(
  s: string,
  tokenised: () => boolean,
): { text: string; start: (i: number) => number; end: (i: number) => number } {
  // Every gap either pattern takes out lies between a digit and a point or comma, and a digit.
  if (!NUMBER_GAP.test(s)) return { text: s, start: (i) => i, end: (i) => i };
  const re = tokenised() ? TOKENISED_GAPS : PLAIN_GAPS;
  // Where each removed space was, as an offset of the closed text.
  const removed: number[] = [];
  const text = s.replace(re, (m: string, offset: number) => {
    removed.push(offset + m.length - 1 - removed.length);
    return m.slice(0, -1);
  });
  if (!removed.length) return { text: s, start: (i) => i, end: (i) => i };
  const before = (i: number, inclusive: boolean): number => {
    let k = 0;
    while (k < removed.length && (inclusive ? removed[k]! <= i : removed[k]! < i)) k++;
    return k;
  };
  return { text, start: (i) => i + before(i, true), end: (i) => i + before(i, false) };
}

/**
 * The matches of a global expression in `s`, as `s.matchAll(re)` gives them, without the copy of
 * the expression `matchAll` makes at each call (eight calls a sentence here). `re` is left with
 * `lastIndex` 0, as every expression of this module is kept.
 */
function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    // An empty match moves on a character (a code point, with the `u` flag), as matchAll does.
    if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * Money, percentages, measures and counts in the sentences, normalised:
 * `$9M`, `$9 million` and `9 million dollars` all become 9000000 USD; `one
 * million rounds` is a count of 1000000 `round`.
 */
export function findQuantities(view: RepairedView, sentences: readonly Sentence[]): Quantity[] {
  const out: Array<Quantity & { vs: number; ve: number }> = [];
  // A quantity lies inside its sentence, and sentences do not overlap: only this sentence's
  // quantities can overlap a new one (checking all of them was quadratic in the document).
  let sentenceFirst = 0;
  const taken = (a: number, b: number): boolean => {
    for (let i = sentenceFirst; i < out.length; i++) if (out[i]!.vs < b && a < out[i]!.ve) return true;
    return false;
  };
  const text = view.text;
  const add = (
    a: number,
    b: number,
    kind: Quantity['kind'],
    value: number,
    unit: string,
    rule: string,
  ): void => {
    if (taken(a, b)) return;
    const o = view.spanToOriginal({ start: a, end: b });
    out.push({
      start: o.start,
      end: o.end,
      vs: a,
      ve: b,
      kind,
      value,
      unit,
      qualifier: qualifierBefore(text, a),
      rule,
    });
  };
  // Tokenised text (research corpora, some scrapes) spaces its punctuation (`the store , and`)
  // and its numbers too (`1, 200 people`): there a comma and a space before three digits are a
  // thousands separator.
  // (Read once, and only for a text with a gap inside a number.)
  let isTokenisedText: boolean | undefined;
  const tokenised = (): boolean => (isTokenisedText ??= isTokenised(text));
  for (const sent of sentences) {
    sentenceFirst = out.length;
    const s0 = view.fromOriginal(sent.start);
    const plain = text.slice(s0, view.fromOriginal(sent.end));
    // Every form below holds a digit or a number's word: a sentence with neither holds no quantity.
    if (!MAY_HOLD_NUMBER.test(plain)) continue;
    const gaps = closeNumberGaps(plain, tokenised);
    const s = gaps.text;
    // A span of the closed text, in the view.
    const span = (a: number, b: number): [number, number] => [s0 + gaps.start(a), s0 + gaps.end(b)];
    for (const [re, rule, num, scale, unitOf, gate] of MONEY_FORMS) {
      for (const m of gate.test(s) ? matchesOf(re, s) : []) {
        // Pounds after a weight are a weight (`weighs 45 kilograms (99 pounds)`, `weighing 99
        // pounds`): not sterling (rule `quantities:pounds-weight`, stop 45).
        if (
          re === MONEY_WORD &&
          /^pounds$/i.test(m[3]!) &&
          !m[scale] &&
          WEIGHT_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index))
        )
          continue;
        const v = scaled(m[num]!, m[scale]);
        if (v !== null) add(...span(m.index, m.index + m[0].length), 'money', v, unitOf(m), rule);
      }
    }
    // A span of time told by a fraction in words (`half an hour`, `a quarter of an hour`, `half a
    // day`): that part of its unit, as `30 minutes` is (rule `quantities:span-in-words`, stop 54).
    // A bare `an hour` is not read (`$20 an hour`, `once a day`), nor `an hour and a half`, whose
    // last word is no unit a fact could key it by.
    for (const m of /[Hh]alf|quarter/.test(s) ? matchesOf(SPAN_IN_WORDS, s) : []) {
      const unit = (m[1] ?? m[3]!).toLowerCase();
      const value = m[1] ? 0.5 : /^three/i.test(m[2]!) ? 0.75 : 0.25;
      add(...span(m.index, m.index + m[0].length), 'count', value, unit, 'quantities:span-in-words');
    }
    // A share told by a fraction (`a third of the stock`, `two-thirds of its staff`): the
    // percentage it names, a round figure (`about`) (rule `quantities:fraction-of`).
    for (const m of /third|quarter|fifth/.test(s) ? matchesOf(FRACTION_OF, s) : []) {
      const a = m.index;
      const [start, end] = span(a, a + m[1]!.length);
      if (taken(start, end)) continue;
      const o = view.spanToOriginal({ start, end });
      out.push({
        start: o.start,
        end: o.end,
        vs: start,
        ve: end,
        kind: 'percent',
        value:
          FRACTION[
            m[1]!
              .toLowerCase()
              .replace(/\s+/g, ' ')
              .replace(/^(?:a|one)[ -]/, 'one ')
          ]!,
        unit: '%',
        qualifier: 'about',
        rule: 'quantities:fraction-of',
      });
    }
    for (const m of matchesOf(PERCENT, s)) {
      const v = numberValue(m[1]!);
      if (v !== null) add(...span(m.index, m.index + m[0].length), 'percent', v, '%', 'quantities:percent');
    }
    // A speed (`180 km/h`, `112 mph`, `90 knots`, `60 miles per hour`): one measure, its unit whole.
    for (const m of MAY_SPEED.test(s) ? matchesOf(SPEED, s) : []) {
      const v = numberValue(m[1]!);
      const unit = /^(?:mph|miles)/i.test(m[2]!) ? 'mph' : /^knot/i.test(m[2]!) ? 'kn' : 'km/h';
      if (v !== null) add(...span(m.index, m.index + m[0].length), 'measure', v, unit, 'quantities:speed');
    }
    for (const m of MAY_TEMPERATURE.test(s) ? matchesOf(TEMPERATURE, s) : []) {
      const v = numberValue(m[2]!);
      const scale = (m[3] ?? m[4] ?? m[5]!).toUpperCase().startsWith('F') ? '°F' : '°C';
      // A glued capital only (`41C`, not `41c`): a lower-case letter glued to a number is no scale.
      if (m[3] && m[3] !== m[3].toUpperCase()) continue;
      // Thousands (`1,200 degrees Celsius`, the heat of a fire or a furnace) are written out
      // with their scale: a glued `1200C` may be a model's or a code's name.
      if (m[3] && /^\d{4}$|,/.test(m[2]!)) continue;
      if (v !== null)
        add(
          ...span(m.index, m.index + m[0].length),
          'measure',
          m[1] ? -v : v,
          scale,
          'quantities:temperature',
        );
    }
    for (const m of matchesOf(GLUED_MEASURE, s)) {
      const v = numberValue(m[1]!);
      if (v !== null)
        add(
          ...span(m.index, m.index + m[0].length),
          'measure',
          v,
          m[2] === 'g' ? 'g' : MEASURES[m[2]!.toLowerCase()]!,
          'quantities:measure-glued',
        );
    }
    // A share of a million in words (`a quarter of a million homes`, `half a million people`).
    for (const m of matchesOf(SHARE_OF_SCALE, s)) {
      const share = SHARES[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
      const noun = m[3]!;
      if (COUNT_STOP.has(noun.toLowerCase())) continue;
      const v = share * (m[2]!.toLowerCase() === 'billion' ? 1e9 : 1e6);
      add(
        ...span(m.index, m.index + m[0].length),
        'count',
        v,
        singular(noun.toLowerCase()),
        'quantities:share-of-scale',
      );
    }
    // A race time (`1:53.27`, `2: 05: 37` as tokenised text writes it): minutes, seconds and their
    // hundredths, or hours, minutes and seconds; in seconds (rule `quantities:race-time`). A clock
    // time with seconds is told with `at` or a.m./p.m. and stays a time of day.
    for (const m of s.includes(':') ? matchesOf(RACE_TIME, s) : []) {
      if (/\b(?:at|until|till|from|since)\s+$/i.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
      const [hours, minutes, seconds, fraction] =
        m[4] !== undefined ? [m[1]!, m[2]!, m[4], m[5]] : ['0', m[1]!, m[2]!, m[3]];
      const v =
        Number(hours) * 3600 +
        Number(minutes) * 60 +
        Number(seconds) +
        (fraction ? Number(`0.${fraction}`) : 0);
      add(...span(m.index, m.index + m[0].length), 'measure', v, 's', 'quantities:race-time');
    }
    // A time in seconds where a race or a margin is meant: with its fraction (`58.21 seconds`),
    // after `by` (`won by 3 seconds`) or before a word of standing (`2 seconds behind`, `back`,
    // `clear`, `faster`); and a fraction of a second in words (`one hundredth of a second`). In
    // seconds (rule `quantities:seconds`); a whole number of seconds elsewhere is no figure.
    const seconds = /sec/i.test(s);
    for (const m of seconds ? matchesOf(SECONDS, s) : []) {
      const lead = s.slice(Math.max(0, m.index - 14), m.index);
      const trail = s.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (
        !m[1]!.includes('.') &&
        !/\bby\s+(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+)?$/i.test(lead) &&
        !SECONDS_STANDING.test(trail)
      )
        continue;
      // Minutes before the seconds are part of the time (`1 minute 12 seconds behind` is 72 seconds).
      const minutes = MINUTES_BEFORE.exec(s.slice(Math.max(0, m.index - 24), m.index));
      const from = minutes ? m.index - minutes[0].length : m.index;
      const extra = minutes
        ? (/^(?:a|an|one)$/i.test(minutes[1]!)
            ? 1
            : (NUMBER_WORDS[minutes[1]!.toLowerCase()] ?? Number(minutes[1]))) * 60
        : 0;
      add(...span(from, m.index + m[0].length), 'measure', Number(m[1]) + extra, 's', 'quantities:seconds');
    }
    for (const m of seconds ? matchesOf(PART_OF_SECOND, s) : []) {
      const n = /^(?:a|an|one)$/i.test(m[1]!) ? 1 : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]));
      if (!Number.isFinite(n)) continue;
      const v = n * PART_OF_SECOND_SIZE[m[2]!.toLowerCase().replace(/s$/, '')]!;
      add(
        ...span(m.index, m.index + m[0].length),
        'measure',
        Number(v.toPrecision(6)),
        's',
        'quantities:seconds',
      );
    }
    // A whole and a fraction (`2 1/2 lengths`, `2 1 / 2` as tokenised text writes it, `2½`): one
    // number, not the fraction's denominator counting the noun (rule `quantities:mixed-fraction`).
    for (const m of /[/½¼¾⅓⅔]/.test(s) ? matchesOf(MIXED_FRACTION, s) : []) {
      const whole = Number(m[1]);
      const part = m[4] ? VULGAR[m[4]]! : Number(m[2]) / Number(m[3]);
      if (!(part > 0 && part < 1)) continue;
      const noun = m[5]!;
      const measure = MEASURES[noun.toLowerCase()];
      const end = m.index + m[0].length;
      if (measure) add(...span(m.index, end), 'measure', whole + part, measure, 'quantities:mixed-fraction');
      else if (!COUNT_STOP.has(noun.toLowerCase()) && !/^(?:percent|a|an|the|of|and|or)$/i.test(noun))
        add(
          ...span(m.index, end),
          'count',
          whole + part,
          singular(noun.toLowerCase()),
          'quantities:mixed-fraction',
        );
    }
    // A dateline holds no count: blanked, its year and dash are no range or score with the first
    // word of the story (`KESSEL, June 3, 2031 - Twelve people`: rule `quantities:after-dateline`).
    const dateline = DATELINE_BEFORE_FIGURE.exec(s)?.[0].length ?? 0;
    const counted = dateline ? ' '.repeat(dateline) + s.slice(dateline) : s;
    for (const m of matchesOf(COUNT, counted)) {
      const a = m.index;
      const raw = m[1]!;
      const before = counted.slice(Math.max(0, m.index - 12), m.index);
      // Years, days of months, clock times and parts of larger numbers are not counts.
      if (/^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2100 && !m[2]) continue;
      if (
        // A month's name, not a word with one inside (`caught 28`, `marched 300`, `decided 5`).
        /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?\s*$/i.test(
          before,
        ) ||
        /[\d.,:/]$/.test(before) ||
        // The second number of a score or a vote (`deadlocked 9-3`).
        /\d\s?[-–]\s?$/.test(before)
      )
        continue;
      const all = m[0].slice(m[1]!.length).trim().split(/\s+/);
      // A conjunction right after the number starts another clause: the number counts nothing
      // of it (`minus 20 as firefighters battled the blaze`: rule `quantities:no-count-before-clause`).
      if (CLAUSE_OPENER.test(all[0]!)) continue;
      // A number joined by a spaced hyphen to the noun it measures, before another noun
      // (tokenised `a four - storey building`, `a three - car crash`): an adjective, no count of
      // the noun after it; the story level reads it as its measure (rule
      // `quantities:number-adjective-spaced`).
      if (all[0] === '-' && NUMBER_ADJECTIVE_SPACED.test(all[1] ?? '') && all.length > 2) continue;
      const stop = all.findIndex((w, k) => k > 0 && COUNT_STOP.has(w));
      const words = stop === -1 ? all : all.slice(0, stop);
      const last = words[words.length - 1]!;
      // A scale word with no noun after it (`reached 7.6 million.`) is the number's scale, not
      // what it counts: a figure whose noun the sentence gives elsewhere (rule
      // `quantities:scale-no-noun`).
      if (!m[2] && SCALE_WORD.test(words[0]!)) continue;
      // `3.2 metric tons` is 3.2 tonnes: `metric` names the ton, no thing counted (rule
      // `quantities:metric-tons`).
      const metric = /^metric$/i.test(words[0]!) && /^ton(?:ne)?s?$/i.test(all[1] ?? '');
      // A scale word then a unit (`260 million kilometres`, `4.2 billion km`): the unit after the
      // scale names the measure, scaled (rule `quantities:scaled-measure`, stop 52).
      const scaledUnit =
        !metric &&
        !!m[2] &&
        words[0] === m[2].trim() &&
        !MEASURES[words[0]!.toLowerCase()] &&
        !!MEASURES[(all[1] ?? '').replace(/^-/, '').toLowerCase()];
      const unitWord = metric || scaledUnit ? all[1]! : words[0]!;
      const measure = MEASURES[unitWord.replace(/^-/, '').toLowerCase()];
      // A lone `m` read as the scale and then as the unit (`at a depth of 380 m for 52 hours`) is
      // the unit only: 380 metres, not 380 million metres (rule `quantities:measure`).
      const v = scaled(raw, measure && m[2] && words[0] === m[2].trim() && !scaledUnit ? undefined : m[2]);
      if (v === null) continue;
      if (measure) {
        const len =
          metric || scaledUnit
            ? m[0].indexOf(unitWord, m[0].indexOf(words[0]!, m[1]!.length)) + unitWord.length
            : m[0].indexOf(words[0]!, m[1]!.length) + words[0]!.length;
        add(...span(a, a + len), 'measure', v, measure, 'quantities:measure');
        continue;
      }
      if (
        /^(percent|times|years?|months?|weeks?|days?|hours?|minutes?|seconds?|am|pm|a\.m|p\.m)$/.test(last) &&
        words.length === 1
      ) {
        if (!/^(years?|months?|weeks?|days?|hours?|minutes?)$/.test(last)) continue;
      }
      const end = a + m[0].indexOf(last, m[1]!.length) + last.length;
      add(...span(a, end), 'count', v, singular(last.toLowerCase()), 'quantities:count');
    }
  }
  return out.map(({ vs: _vs, ve: _ve, ...q }) => q).sort((a, b) => a.start - b.start);
}
