import { ANYONE, A_YEAR, VAGUE, numberOf, tellsEvent, type FactInContext } from '../facts.js';
import {
  ambiguousKeys,
  buildingParts,
  keyOf,
  RELEASE_ACTS,
  RESULTS,
  sameSubject,
  subjectGroups,
  thingSize,
} from './align-facts.js';
import { sentenceReads, sentenceText, type Finding, type Reader } from './values.js';
import { OTHER_EVENT } from './dates.js';

/** A sum of money: a fact whose unit is a currency's code (`USD`, `EUR`). */
const isSum = (f: FactInContext): boolean => /^[A-Z]{3}$/.test(f.unit ?? '');

/**
 * The values a figure allows, as an open interval: a qualifier widens it (`at least 12`
 * allows 13, `about 300` allows 290), and a figure written with fewer digits allows what
 * rounds to it (`nine acres` allows 8.7). A time of day written on the half hour allows the
 * minutes around it (`3:30` for a call at 3:33).
 */
export function allowed(f: FactInContext): [number, number] {
  const v = f.value as number;
  // A sum written to its minor unit (`£6.50`, `$38.12`) is exact: pence and cents are money's
  // smallest unit, so `£6` is not `£6.50` rounded (rule `figure:minor-unit-exact`).
  const half = f.decimals === 2 && isSum(f) ? 0 : 0.5 * 10 ** -f.decimals;
  if (f.kind === 'time') {
    // A part of the day (`Monday morning`) allows its hours.
    if (f.low !== undefined) return [f.low, v];
    switch (f.qualifier) {
      case 'shortly after':
      case 'just after':
        return [v - 1, v + 20];
      case 'shortly before':
      case 'just before':
        return [v - 20, v + 1];
      case 'after':
        return [v - 1, 24 * 60];
      case 'before':
      case 'by':
      case 'until':
        return [-1, v + 1];
      case 'about':
      case 'around':
      case 'approximately':
        return [v - 15, v + 15];
      default:
        return v % 30 === 0 ? [v - 6, v + 6] : v % 5 === 0 ? [v - 3, v + 3] : [v - 0.5, v + 0.5];
    }
  }
  // A range the text gives (`between 10 and 12`) allows all of it.
  if (f.low !== undefined) return [f.low - half, v + half];
  const vague = f.qualifier ? VAGUE[f.qualifier] : undefined;
  if (vague) return [vague[0] - 0.5, vague[1] + 0.5];
  switch (f.qualifier) {
    // A figure written to a decimal (`about 2.1 kilograms`) is an estimate to its last digit: it
    // allows a step of that digit either way, not a tenth of itself (rule `figure:about-decimal`).
    case 'about':
      if (f.decimals > 0 && f.kind === 'quantity' && !isSum(f)) return [v - 2 * half, v + 2 * half];
      return [v * 0.9 - half, v * 1.1 + half];
    // An estimate from below (`nearly six hours`) allows a tenth less, and no more than the figure.
    case 'nearly':
      return [v * 0.9 - half, v + half];
    case 'at least':
    case 'more than':
      return [v - half, Infinity];
    case 'at most':
    case 'up to':
    case 'fewer than':
      return [-Infinity, v + half];
    default:
      // An age said at another time may be a year on, never two (41 and 43 cannot both hold).
      if (f.kind === 'age') return [v - 1, v + 1];
      return [v - half, v + half];
  }
}

/** The words of a count that give no number and no order of size (`several`, `a few`). */
const FEW_WORDS = new Set(['several', 'a few', 'a couple of', 'a handful of']);
/** `vague` is a count in `FEW_WORDS` and `figure` a figure above its range, up to twice its top (`figure:few-words-open-top`). */
const fewWordsBeside = (vague: FactInContext, figure: FactInContext): boolean => {
  const range =
    vague.rule === 'fact:vague-count' && FEW_WORDS.has(vague.qualifier ?? '')
      ? VAGUE[vague.qualifier!]
      : undefined;
  return (
    !!range &&
    figure.rule !== 'fact:vague-count' &&
    typeof figure.value === 'number' &&
    figure.value > range[1] &&
    figure.value <= 2 * range[1]
  );
};

/** A toll's words for anyone (`people`, `others`), no named group. */
const ANYONE_TOLL = /^(?:people|persons?|others?|victims?)$/i;
/** `part`, a toll of a named group, has a larger toll of anyone beside it in its report, and `other` is a toll of anyone (`figure:group-toll-beside-whole`). */
const groupPartBeside = (
  part: FactInContext,
  other: FactInContext,
  group: readonly FactInContext[],
): boolean =>
  part.about.startsWith('event:') &&
  typeof part.value === 'number' &&
  !ANYONE_TOLL.test(part.aboutText) &&
  ANYONE_TOLL.test(other.aboutText) &&
  group.some(
    (x) =>
      x.doc === part.doc &&
      x.about === part.about &&
      ANYONE_TOLL.test(x.aboutText) &&
      typeof x.value === 'number' &&
      x.value > (part.value as number),
  );

export const compatible = (a: FactInContext, b: FactInContext): boolean => {
  // A clock time of 12 or less written with no half of the day (`at 4:30`) may be either half:
  // it agrees with a time of the other half as with one of its own (rule `fact:time-bare-clock`).
  if (a.kind === 'time' && b.kind === 'time' && (eitherHalf(a) || eitherHalf(b))) {
    const plain = (f: FactInContext): FactInContext => ({ ...f, rule: `${f.rule}:read` });
    const [x, y] = [plain(a), plain(b)];
    return [0, 720, -720].some((shift) =>
      compatible(x, {
        ...y,
        value: (y.value as number) + shift,
        ...(y.low !== undefined ? { low: y.low + shift } : {}),
      }),
    );
  }
  // A value written as no number (a result, `2-1`): one value only when it is the same, whatever
  // its notation (`2-1`, `2–1`); a range around it means nothing.
  if (typeof a.value === 'string' || typeof b.value === 'string') return a.value === b.value;
  // A measure written in another unit (`120 mph` / `195 km/h`) is most often a conversion the
  // writer rounded: each figure allows the rounding its last digits show in its own unit (a last
  // 5 or 0 to the 5, `00` to the hundred, two significant digits kept), not just its last digit's
  // (rule `figure:conversion-rounding`, stop 50). `115 mph` against `195 km/h` still conflicts.
  if (a.kind === 'quantity' && b.kind === 'quantity' && otherUnits(a, b) && !a.rule.endsWith(':rounded'))
    return compatible(roundedInUnit(a), roundedInUnit(b));
  // Two ages said within a month of each other by dated articles, for no event of their own,
  // hold for one time: a birthday in between is too rare to excuse 85 against 86. So do two ages
  // of one named person in undated reports of one story, which are read as written within days
  // of each other: 57 against 58 is a conflict, its note saying a birthday between the reports
  // would explain it (rule `figure:undated-ages-exact`, stop 50). A dated report a year on
  // still shifts the age; a person told by a noun (`the 23-year-old driver` / `the driver, 24`)
  // keeps a year's play, as the two may be two people or a guess.
  if (
    a.kind === 'age' &&
    b.kind === 'age' &&
    (sameMonth(a.asOf, b.asOf) || (!a.asOf && !b.asOf && named(a) && named(b)))
  ) {
    const exact = (f: FactInContext): boolean => !f.qualifier && f.low === undefined;
    if (exact(a) && exact(b)) return a.value === b.value;
  }
  // Two ceilings of one thing (`faces up to seven years` / `faces up to five years`) each state
  // the ceiling itself: they agree only when the ceiling does, within the rounding each figure's
  // writing allows (`up to 160 km/h` / `up to 100 mph`: rule `figure:two-ceilings`).
  if (
    a.qualifier &&
    a.qualifier === b.qualifier &&
    CEILING.has(a.qualifier) &&
    a.low === undefined &&
    b.low === undefined
  )
    return compatible({ ...a, qualifier: null }, { ...b, qualifier: null });
  if (oppositeBounds(a, b) || oppositeBounds(b, a)) return false;
  const [a0, a1] = allowed(a);
  const [b0, b1] = allowed(b);
  // Two estimates (`about 300 nautical miles` / `about 250`) each give a best figure: they agree
  // when one's figure lies in the other's margin, not where only their margins meet (rule
  // `figure:two-estimates`).
  if (
    a.kind !== 'time' &&
    (a.qualifier === 'about' || a.qualifier === 'nearly') &&
    (b.qualifier === 'about' || b.qualifier === 'nearly') &&
    a.low === undefined &&
    b.low === undefined
  ) {
    const [x, y] = [a.value as number, b.value as number];
    if (!((a0 < y && y < a1) || (b0 < x && x < b1))) return false;
  }
  // Two estimated clock times (`shortly after 9:15 a.m.` / `around 9:40 a.m.`) each give a best
  // time: they agree when one's time lies in the other's margin, not where only their margins
  // meet (rule `figure:two-estimated-times`).
  if (
    a.kind === 'time' &&
    b.kind === 'time' &&
    a.low === undefined &&
    b.low === undefined &&
    ESTIMATED_TIME.has(a.qualifier ?? '') &&
    ESTIMATED_TIME.has(b.qualifier ?? '')
  ) {
    const [x, y] = [a.value as number, b.value as number];
    if (!((a0 <= y && y <= a1) || (b0 <= x && x <= b1))) return false;
  }
  // An age said on another date is that many years on (41 in 2010 is 43 in 2012).
  const shift = a.kind === 'age' ? yearsBetween(a.asOf, b.asOf) : 0;
  // Two sums exact to the cent (`$18.40` / `$18.40`) each allow only themselves: they agree
  // when they are the same sum, though neither interval has room inside it (rule
  // `figure:exact-sums-same`).
  if (a0 === a1 && b0 === b1) return a0 + shift === b0;
  // The bounds of two neighbouring roundings touch (0.14 allows up to 0.145, 0.15 from 0.145):
  // the comparison leaves the floating point's last digit out, so they do not overlap.
  return a0 + shift < b1 - TOUCH && b0 < a1 + shift - TOUCH;
};
/** Qualifiers of a clock time that give a best time with a margin around or after it. */
const ESTIMATED_TIME = new Set([
  'about',
  'around',
  'approximately',
  'shortly after',
  'just after',
  'shortly before',
  'just before',
]);
/** A clock time written with no half of the day whose hour may be of either half (`at 4:30`). */
const eitherHalf = (f: FactInContext): boolean =>
  f.rule === 'fact:time-bare-clock' && (f.value as number) < 13 * 60;
/** Qualifiers that put the figure short of what they qualify (`nearly six`, `under six`). */
const SHORT_OF: ReadonlySet<string> = new Set(['nearly', 'fewer than']);
/** Qualifiers that put the figure at or past what they qualify (`more than six`, `at least six`). */
const PAST: ReadonlySet<string> = new Set(['more than', 'at least']);
/**
 * One figure short of a value, the other past one no smaller (`nearly six hours` / `more than six
 * hours`): the bounds exclude each other, whatever rounding either figure allows (rule
 * `figure:opposite-bounds`). `about six hours` sets no bound, and is no conflict with either.
 */
function oppositeBounds(a: FactInContext, b: FactInContext): boolean {
  return (
    a.kind !== 'time' &&
    a.low === undefined &&
    b.low === undefined &&
    SHORT_OF.has(a.qualifier ?? '') &&
    PAST.has(b.qualifier ?? '') &&
    (b.value as number) >= (a.value as number)
  );
}
/** Qualifiers that give a ceiling, the figure itself being the fact (`figure:two-ceilings`). */
const CEILING: ReadonlySet<string> = new Set(['up to', 'at most']);
/** Less than any difference a written figure makes (`figure:rounding-touch`). */
const TOUCH = 1e-9;

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** Two publication dates, both known, at most 31 days apart. */
/** A death that adds one to a toll: `A third guest of the hotel has died`, `another patient died`. */
const NEWCOMER_DEATH =
  /\b(?:an?other|a\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|further))\s+(?:[\p{L}'’-]+\s+){0,6}?(?:has\s+|have\s+|had\s+)?(?:since\s+)?(?:died|dies|been\s+killed|was\s+killed|succumbed)\b/iu;

/** Whether an age's sentence, or the one before it, tells a death that adds one to a toll (`figure:age-of-newcomer`). */
function newcomerOf(r: Reader): (f: FactInContext) => boolean {
  const reads = sentenceReads(r, NEWCOMER_DEATH);
  return (f) =>
    f.sentence >= 0 && (reads(f) || (f.sentence >= 1 && reads({ doc: f.doc, sentence: f.sentence - 1 })));
}

function sameMonth(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || !ISO.test(a) || !ISO.test(b)) return false;
  return Math.abs(Date.parse(b) - Date.parse(a)) <= 31 * 864e5;
}

/** Whole years from one publication date to another; 0 when either is unknown. */
function yearsBetween(a: string | undefined, b: string | undefined): number {
  if (!a || !b || !ISO.test(a) || !ISO.test(b)) return 0;
  return Math.round((Date.parse(b) - Date.parse(a)) / (365.25 * 864e5));
}

/**
 * Two values hold for one time: an age tied to an event (`17 at the time of the crash`) is
 * compared only with an age tied to the same words, not with one said at publication.
 */
const tiedTo = (f: FactInContext): string | null => (f.asOf && !ISO.test(f.asOf) ? f.asOf : null);
/** A day of a daily series (`on saturday (changed from friday)`: rule `figure:day-against-day`), as its day. */
const ofSeries = (f: FactInContext): string | undefined =>
  /^(on \w+) \(changed from \w+\)$/.exec(tiedTo(f) ?? '')?.[1];
const sameTime = (a: FactInContext, b: FactInContext): boolean =>
  ofSeries(a) || ofSeries(b)
    ? // A figure of a daily series is compared only with a figure of its own day.
      (ofSeries(a) ?? tiedTo(a)) === (ofSeries(b) ?? tiedTo(b))
    : a.kind !== 'age'
      ? // A figure given for a period (`in March`) is another figure than one for another period;
        // a rate (`a year`) or the figure a change starts from (`up from`) is another figure than any other.
        !(tiedTo(a) && tiedTo(b) && !sameYearOrPeriod(a, b)) &&
        ((!OWN_KIND.test(tiedTo(a) ?? '') && !OWN_KIND.test(tiedTo(b) ?? '')) || sameYearOrPeriod(a, b)) &&
        !yearBefore(a, b) &&
        !yearBefore(b, a)
      : tiedTo(a) === tiedTo(b);
/**
 * Two figures tied to one period: the same words, or one year however it is tied (`paid $1.2
 * billion for it in 2009` / `In 2009, it paid $1.4 billion`: `in 2009` and `then 2009` are one
 * year; rule `figure:one-year-tied`, stop 47).
 */
const sameYearOrPeriod = (a: FactInContext, b: FactInContext): boolean =>
  tiedTo(a) === tiedTo(b) || (!!yearGivenFor(a) && yearGivenFor(a) === yearGivenFor(b));
/**
 * A figure given for a year (`cut 800 jobs in 2029`) before the year another figure's report
 * was published (`will cut 1,500 jobs`, 2031): the earlier year's figure, not the story's
 * (rule `figure:earlier-year-apart`).
 */
const yearBefore = (a: FactInContext, b: FactInContext): boolean => {
  const year = /^in (\d{4})$/.exec(tiedTo(a) ?? '')?.[1];
  return !!year && !!b.asOf && ISO.test(b.asOf) && year < b.asOf.slice(0, 4);
};
/** Periods a figure is compared only within: a rate's unit, the figure before a change, a background period (`In March, ...`), a count not yet over (`with 60% of ballots counted`), a running total (`19 goals this season`), a total over several days (`in two nights of protests`). */
const OWN_KIND = /^(?:per |before$|then |partial\b|to date\b|over )/;

const KINDS = new Set(['count', 'quantity', 'age', 'time', 'duration']);

/**
 * The zone a clock time is told in, when its words say one right after it: an abbreviation
 * (`0200 GMT`, `9 p.m. ET`), a place's time (`Dask time`), or `in` a place (`10 p.m. in Dask`), not
 * a month (`at 9 p.m. in May` dates the time).
 * `local time` is the event's own zone, no other.
 */
const ZONE_AFTER =
  /^\s*(?:\(?\s*(GMT|UTC|BST|CET|CEST|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|PST|PDT|PT)\b|([A-Z][a-z]+(?: [A-Z][a-z]+)?) time\b|in (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*(?:[.,;)]|$))/;
function zoneOf(f: FactInContext, r: Reader): string | null {
  const doc = r.byId.get(f.doc);
  if (!doc) return null;
  const m = ZONE_AFTER.exec(r.text(f.doc, { start: f.end, end: Math.min(doc.text.length, f.end + 30) }));
  if (!m || m[2] === 'Local') return null;
  return (m[1] ?? m[2] ?? `in ${m[3]}`)!;
}
/**
 * Two clock times a whole number of hours apart, one told in a zone the other is not (`broadcast
 * live at 7 p.m.` / `broadcast at 10 p.m. in Dask`), may be one moment told in two zones: not
 * compared (rule `time:other-zone`). A place after `in` is a zone only when the other time's
 * document never names it (`at 2 a.m. in Oakland` where both tell of Oakland is the event's place).
 */
function otherZone(a: FactInContext, b: FactInContext, r: Reader): boolean {
  if (a.kind !== 'time' || b.kind !== 'time' || a.low !== undefined || b.low !== undefined) return false;
  if (((a.value as number) - (b.value as number)) % 60 !== 0) return false;
  const named = (zone: string | null, other: FactInContext): string | null =>
    zone?.startsWith('in ') && r.byId.get(other.doc)?.text.includes(zone.slice(3)) ? null : zone;
  return named(zoneOf(a, r), b) !== named(zoneOf(b, r), a);
}
/** A verb of signing a deal (a year, `A_YEAR`, may date an earlier deal). */
const SIGNING = /\b(?:signs?|signed|signing|agreed|agrees)\b/i;
/** Words that put a deal before the story's (`his previous contract`, `had signed`, `last year`). */
const EARLIER_DEAL = /\b(?:last|previous|former|earlier|prior|had|ago)\b/i;
/**
 * An agreement's term in a sentence telling its signing with no year (`Osei-Bonsu signed a
 * five-year contract`, `The 24-year-old has signed a four-year deal`): the deal signed now, which
 * two reports of one signing give alike (rule `figures:term-signed-now`).
 */
const signedNow = (r: Reader, f: FactInContext): boolean => {
  const text = sentenceText(r, f);
  return SIGNING.test(text) && !A_YEAR.test(text) && !EARLIER_DEAL.test(text);
};
/** An agreement's term written with its sum: `a four-year, $20 million contract` (facts.ts). */
const withSum = (f: FactInContext): boolean => f.rule === 'fact:agreement-term-with-sum';
/** A span of time is compared only when the activity it measures is read; results (`9-3`) by their own rule. */
// An old record's figure is background to the story's new one, compared with nothing (rule
// `fact:previous-record`, stop 45).
const comparable = (f: FactInContext): boolean =>
  (f.kind !== 'duration' || f.about.startsWith('during:')) &&
  typeof f.value === 'number' &&
  f.rule !== 'fact:previous-record' &&
  // A forecast level (facts.ts `fact:forecast-level`) is told for a day or a span each outlet
  // picks (`38C on Wednesday`, `above 35C until the weekend`): kept as a fact, compared with none.
  f.rule !== 'fact:forecast-level';

/**
 * Figures that differ: facts about one thing (the same counted noun, unit or person, told
 * in sentences about the same event) whose values no reading of their qualifiers and
 * rounding reconciles, where neither outlet also states a value that agrees with the
 * other's. When every outlet with one value published before every outlet with the other,
 * the figure was updated (`update`), not contradicted.
 */
export function figureDiscrepancies(
  facts: readonly FactInContext[],
  r: Reader,
  sameStatement: (a: FactInContext, b: FactInContext) => boolean = () => false,
): Finding[] {
  const out: Finding[] = [];
  const figures = facts.filter((f) => KINDS.has(f.kind) && comparable(f));
  const past = pastYears(facts, r);
  // (Or the earlier year the fact itself is given for, `since 2044, when a truck crash killed 19
  // people`, where no date of the sentence names it: rule `fact:period-year-clause`.)
  const yearOf = (f: FactInContext): string =>
    past.get(`${f.doc}:${f.sentence}`)?.year ?? yearGivenFor(f) ?? '';
  // A toll in a sentence of an earlier year (`a fire at a nightclub in 2024 killed 6 people`) is
  // that year's toll, and so is a quake's magnitude (`a quake of magnitude 6.8 in 2011`) and any
  // figure of a sentence telling another event (`In 1987, an earthquake in the same region killed
  // 212 people`).
  // (So is a toll given for an earlier year no date of its sentence names: `since 2044, when a
  // truck crash killed 19 people`, rule `fact:period-year-clause`.)
  // A figure a report gives for a named year (`The company cut 2,000 jobs in 2044.`) beside another
  // value of its key it gives for no time (`will cut 4,500 jobs`), where the report has no date to
  // tell the year's place, is that year's: another event's figure, set only against figures of
  // that year, not a second thing the story's key names (rule `figure:year-beside-untimed`).
  const untimed = new Map<string, FactInContext[]>();
  for (const f of figures)
    if (!tiedTo(f)) {
      const k = `${f.doc}|${keyOf(f)}`;
      untimed.set(k, [...(untimed.get(k) ?? []), f]);
    }
  // Read once a fact: `background` is asked of each fact many times over.
  const besideUntimed = new Map<FactInContext, boolean>();
  const yearBesideUntimed = (f: FactInContext): boolean => {
    if (!/^in \d{4}$/.test(f.asOf ?? '') || r.byId.get(f.doc)?.published) return false;
    let known = besideUntimed.get(f);
    if (known === undefined) {
      known = (untimed.get(`${f.doc}|${keyOf(f)}`) ?? []).some((x) => !compatible(x, f));
      besideUntimed.set(f, known);
    }
    return known;
  };
  const background = (f: FactInContext): boolean => {
    if (yearBesideUntimed(f)) return true;
    const p = past.get(`${f.doc}:${f.sentence}`);
    if (!p) return f.about.startsWith('event:') && closedYear(f, r);
    return p.background || f.about.startsWith('event:') || f.about.startsWith('noun:magnitude');
  };
  // Such a figure is set only against figures of that year, and is not a second thing the
  // story's key might name (the key names two things only in the story's own time).
  // A figure of a sentence whose subject is a rival (`Rival Quorin launched its Tide 5 at $999`,
  // `Its closest competitor sold 800,000 phones`) is the rival's, set only against another
  // rival's (rule `figure:rival-background`).
  /** Whether a fact's sentence reads `re`, read once a sentence. */
  const ofRival = sentenceReads(r, RIVAL_SUBJECT);
  // A figure of a sentence that opens on another event (`In a separate incident last month,
  // 12,000 homes lost power`, `Separately, ...`) is that event's, set only against another such
  // figure (rule `figure:separate-incident`).
  const ofSeparate = sentenceReads(r, SEPARATE_OPENING);
  // An age told of a death that adds one to a toll (`A third guest has died ... The man, 81, died
  // overnight`, `Another patient, 74, has died`), in its sentence or the one after, is that
  // newcomer's: set only against another such age (rule `figure:age-of-newcomer`).
  const newcomer = newcomerOf(r);
  const apart = (a: FactInContext, b: FactInContext): boolean =>
    (a.kind === 'age' && newcomer(a) !== newcomer(b)) ||
    ((background(a) || background(b)) && yearOf(a) !== yearOf(b)) ||
    ofRival(a) !== ofRival(b) ||
    ofSeparate(a) !== ofSeparate(b);
  const rival = rivalIn(r);
  const ambiguous = ambiguousKeys(
    figures.filter((f) => !background(f) && !ofRival(f)),
    compatible,
    // Nor is a figure of another period (`In March, ... killed 18`), set only against its own.
    (a, b) => rival(a, b) || !sameTime(a, b),
  );
  // A group's figures of an earlier event (`since 2044, when a truck crash killed 19 people`) are
  // a finding of their own, apart from the story's own figures of that key (rule
  // `figure:background-own-finding`).
  const byTime = (group: FactInContext[]): FactInContext[][] => {
    const parts = new Map<string, FactInContext[]>();
    for (const f of group) {
      // A figure its own words give for a year before its report's (`bought Petrel for $1.2 billion
      // in 2009`) is of that year's part too, beside a background sentence of the year (`In 2009 it
      // paid $1.4 billion`; rule `figure:one-year-tied`, stop 47).
      const k = background(f) ? yearOf(f) : closedYear(f, r) ? yearGivenFor(f)! : '';
      const part = parts.get(k);
      if (part) part.push(f);
      else parts.set(k, [f]);
    }
    return [...parts.values()];
  };
  // The splits of a vote each report gives, as `low-high` (`voted 7-2`, `by a vote of seven to two`).
  const splits = new Map<string, Set<string>>();
  const split = (doc: string, x: number, y: number): void => {
    splits.set(doc, (splits.get(doc) ?? new Set()).add(`${Math.min(x, y)}-${Math.max(x, y)}`));
  };
  for (const f of facts) {
    const m =
      typeof f.value === 'string' && f.about === 'noun:vote' ? /^(\d+)\s*[-–]\s*(\d+)$/.exec(f.value) : null;
    if (m) split(f.doc, Number(m[1]), Number(m[2]));
    if (f.rule === 'fact:vote-tally' && f.about === 'noun:vote') {
      const against = facts.find(
        (x) =>
          x.doc === f.doc &&
          x.sentence === f.sentence &&
          x.rule === f.rule &&
          x.about === 'noun:vote-against',
      );
      if (against) split(f.doc, f.value as number, against.value as number);
    }
  }
  const ofVote = sentenceReads(r, VOTERS);
  const sidesOfSplit = (a: FactInContext, b: FactInContext): boolean =>
    a.kind === 'count' &&
    typeof a.value === 'number' &&
    typeof b.value === 'number' &&
    a.value !== b.value &&
    [a.doc, b.doc].some((d) =>
      splits
        .get(d)
        ?.has(
          `${Math.min(a.value as number, b.value as number)}-${Math.max(a.value as number, b.value as number)}`,
        ),
    ) &&
    ofVote(a) &&
    ofVote(b);
  for (const group of subjectGroups(figures, KINDS, ambiguous).flatMap(byTime)) {
    const involved = new Set<FactInContext>();
    for (const a of group)
      for (const b of group) {
        if (
          a.doc >= b.doc ||
          !sameSubject(a, b, ambiguous) ||
          (compatible(a, b) && !risesPast(a, b, r, group)) ||
          !sameTime(a, b) ||
          apart(a, b) ||
          !sameSet(a, b, r) ||
          otherZone(a, b, r)
        )
          continue;
        // Two counts of voters that are the two sides of a split a report of either gives (`voted
        // 7-2 for the cut, with two members voting to keep it` / `Seven of the nine members backed
        // the cut`) are the vote's majority and minority, not one figure told two ways (rule
        // `figure:sides-of-split`).
        if (sidesOfSplit(a, b)) continue;
        // A count in the few words of a first report (`several skiers`, `a few passengers`, `a
        // handful of`, `a couple of`) sets a floor, not a ceiling: a later or another outlet's
        // figure above the words' range, up to twice its top (`11 skiers` against `several`), is
        // the same group counted, no conflict (rule `figure:few-words-open-top`). A figure below
        // the range (`two other vehicles` against `several cars`) still conflicts; so do
        // `dozens`, `hundreds` and `thousands`, whose order of size an outlet's figure can
        // contradict, and two such words against each other.
        if (fewWordsBeside(a, b) || fewWordsBeside(b, a)) continue;
        // A toll of a named group (`Thirty-one crew fell ill`) whose own report also gives a larger
        // toll of anyone for the same key (`About 140 people aboard ... have fallen ill`) is that
        // group's part of it: never set against another report's toll of anyone (`127 people
        // ... have fallen ill`), only against the same group's figure (rule
        // `figure:group-toll-beside-whole`). A group's toll told alone is compared as before.
        if (groupPartBeside(a, b, group) || groupPartBeside(b, a, group)) continue;
        // A part told after its count (`six officers were injured, two of them seriously`) is not
        // set against a figure its whole is set against: the whole speaks for its report (rule
        // `count:part-against-part`). A whole of another time (`21 goals this season, including
        // two on Sunday`) leaves the part to be compared.
        if ((a.rule === 'fact:count-of-them') !== (b.rule === 'fact:count-of-them')) {
          const [part, other] = a.rule === 'fact:count-of-them' ? [a, b] : [b, a];
          const whole = (x: FactInContext): boolean =>
            x.doc === part.doc &&
            x.sentence === part.sentence &&
            x.rule !== 'fact:count-of-them' &&
            (x.value as number) > (part.value as number) &&
            sameTime(x, other);
          if (group.some(whole)) continue;
        }
        // A sum or a measure no noun names is compared only between two sentences that state one claim.
        if (a.about === '' && a.kind === 'quantity' && !sameStatement(a, b)) continue;
        // A sum told with what it holds or leaves out (`fetched $62.5 million including fees`) is
        // another measure than one told without, under one key too (rule `sums:with-extras`).
        if (a.kind === 'quantity' && isSum(a) && extrasOf(r, a) !== extrasOf(r, b)) continue;
        // So is a floor or level: it says where something was, and one story tells of several
        // (the floor a fire broke out on, the floor a guest slept on).
        // (Not the floor the story's fire started on, keyed apart from the others: facts.ts
        // `fact:floor-fire-began`, rule `align:one-fire-start`.)
        if (a.unit === 'level' && a.about !== 'noun:floor-fire-began' && !sameStatement(a, b)) continue;
        // So is an aftershock's magnitude: a quake has many (`a 5.2 aftershock two hours later`,
        // `the strongest of magnitude 5.4`).
        if (a.about === 'noun:magnitude-aftershock' && !sameStatement(a, b)) continue;
        // So is an agreement's term: one person may have had several deals (an old and a new one).
        // Not when both give the deal with its sum (`a four-year, $20 million contract`): a
        // person's deal told by its length and its price is the deal the story is about.
        // Nor when both sentences tell the signing itself, with no year (`signed a five-year
        // contract` / `has signed a four-year deal`): the deal signed now, the story's.
        if (
          a.about.startsWith('during:agreement') &&
          !sameStatement(a, b) &&
          !(withSum(a) && withSum(b)) &&
          !(signedNow(r, a) && signedNow(r, b))
        )
          continue;
        // So is which of a holder's titles or terms it is: a story tells of the first and the third.
        // (Not the story's outing in one named person's series, the person in its key: rule
        // `fact:ordinal-of-outing`.)
        if (
          a.about.startsWith('ordinal:') &&
          !sameStatement(a, b) &&
          !(a.rule === 'fact:ordinal-of-outing' && b.rule === a.rule)
        )
          continue;
        // So is the age of someone a word for anyone describes, unless both say what befell the
        // person (`a 34-year-old man` stabbed, `a 19-year-old man` arrested: two men; facts of two
        // events are not compared, see sameSubject): the word names no one in particular.
        if (
          a.kind === 'age' &&
          ANYONE.has(a.about.replace(/^noun:/, '')) &&
          !(a.event && b.event) &&
          !sameStatement(a, b)
        )
          continue;
        // An outlet that also states a value agreeing with the other's is not contradicting it
        // (`seven life sentences and four of life without parole` against `four life sentences`),
        // unless its sentence sets the two against each other (`six injured, contradicting
        // earlier reports of four`) or gives them as two sources' rival figures.
        // A part of the day beside its outlet's clock time (`at 10:50 a.m.` and `on Tuesday
        // morning`) says the same less precisely: it agrees with a rival time only as the clock
        // time does (rule `figure:part-of-day-coarser`).
        // So does a count in words that give no number (`injuring several spectators`) beside its
        // outlet's figure (`14 spectators hurt`): the figure speaks for the report (rule
        // `figure:vague-beside-figure`).
        const agrees = (x: FactInContext, other: FactInContext, own: FactInContext): boolean =>
          !(x.kind === 'time' && x.low !== undefined && own.low === undefined && compatible(x, own)) &&
          !(x.rule === 'fact:vague-count' && own.rule !== 'fact:vague-count') &&
          !apart(x, own) &&
          !rival(x, own) &&
          compatible(x, other) &&
          !risesPast(x, other, r, group) &&
          (x.sentence !== own.sentence || !setsAgainst(r, own));
        if (group.some((x) => x.doc === a.doc && agrees(x, b, a))) continue;
        if (group.some((x) => x.doc === b.doc && agrees(x, a, b))) continue;
        involved.add(a).add(b);
      }
    if (involved.size < 2) continue;
    const facts = [...involved].sort((x, y) => x.doc.localeCompare(y.doc) || x.start - y.start);
    const kind =
      facts[0]!.kind === 'age'
        ? 'age'
        : facts[0]!.kind === 'time'
          ? 'time'
          : isCount(facts)
            ? 'count'
            : 'quantity';
    // A person's age is not news that moves on, nor the time something happened, how many times
    // something was done or the term a court could give: two values are a discrepancy in any order.
    // Nor a race's result, its times and margins (`1:53.27`, `by 0.01 seconds`): a race is run
    // once (rule `figure:race-fixed`). Nor a body's size (`an eight-member jury`): a jury sits once.
    // Nor is how long a finished act took (`jurors deliberated for about five hours`): only a
    // span told as still running (`has lasted`, `are still deliberating`) moves on.
    // A figure its own words give as a first reading (`of preliminary magnitude 6.4`, `initially
    // measured at 6.4`, `a provisional count of`) is one a later report may revise: a fixed
    // figure's first reading and its revision read in publication order are an update, not a
    // conflict (rule `figure:preliminary-reading`).
    const moves =
      kind !== 'age' &&
      kind !== 'time' &&
      (!FIXED.test(facts[0]!.about) || facts.some((f) => firstReading(r, f))) &&
      // Nor a vote's tally (`voted 7 to 2`, `deadlocked 10 to 2`): a vote is cast once.
      !facts.every((f) => f.rule === 'fact:vote-tally') &&
      // Nor a figure of a year over before every report (`sold 41 million phones last year`,
      // `40 million in 2050`, told in 2051): that year's figure is closed (rule `figure:closed-year`).
      !facts.every((f) => closedYear(f, r)) &&
      // Nor a thing's length or height (`the 2,410-metre volcano`, `The volcano, 2,140 metres
      // high`): a size does not move between reports (rule `figure:size-fixed`).
      !facts.every(thingSize) &&
      // Nor a firm's reported result (`Revenue climbed to $11.2 billion` / `rose to $11.4
      // billion` a day later): a period's accounts are told once (rule `figure:results-fixed`).
      !facts.every((f) => f.kind === 'quantity' && RESULTS.test(f.about)) &&
      // Nor how many a place holds (`a wing holding 310 prisoners` / `housing 130` a day later),
      // nor a building's flats, rooms or floors: its figure is told, not counted again as a toll
      // is (rule `figure:held-fixed`).
      !facts.every((f) => (f.kind === 'count' && f.event === 'hold') || buildingParts(f)) &&
      // Nor a ship's or a plane's crew (`46 crew members` / `carried 64 crew members` a day
      // later): those aboard when it sailed (rule `figure:crew-fixed`); crew injured or missing
      // are a toll, which moves.
      !facts.every((f) => f.about === 'noun:crew' && (!f.event || f.event === 'carry')) &&
      // Nor which of its kind this year an event is (`the third fatal chase this year` / `the
      // fourth` a day later): the story's event has one place in the count (rule
      // `figure:ordinal-fixed`).
      // So is a result's place among attempts (`the company 's second failure in 14 launches`).
      !facts.every((f) => f.rule === 'fact:ordinal-in-period' || f.rule === 'fact:ordinal-in-attempts') &&
      // Nor a population (`population fell to 8.2 million` / `stood at 8.1 million` a day later):
      // a place's count is a statistic, not a toll counted again (rule `figure:population-fixed`).
      !facts.every((f) => f.about === 'noun:population') &&
      // Nor how fast a vehicle was going (`it was travelling at about 60 km / h` / `The tram was
      // going at about 40 km / h when it reached the bend` a day later): its speed at one moment,
      // the crash's, told twice, not a figure that moves (rule `figure:speed-travelling-fixed`).
      !facts.every((f) => f.about === 'noun:speed' && travellingAt(r, f)) &&
      (facts[0]!.kind !== 'duration' || facts.some((f) => RUNNING.test(sentenceText(r, f))));
    out.push(
      ...figureFindings(facts, r, kind, moves, {
        changes: `the ${subject(facts[0]!)}`,
        differ: `different ${subject(facts[0]!)}`,
      }),
    );
  }
  return out;
}

/**
 * The findings of figures that differ: an `update` when it may be one and every outlet with one
 * value published before every outlet with the other (its note reads from the earliest report
 * to the latest), else of `kind`. When the earlier reports disagree among themselves and the
 * latest day's reports give a new, higher figure (`14` and `16` dead on Tuesday, `23` on
 * Wednesday), that is two findings: the conflict of the earlier reports, and the update.
 */
function figureFindings(
  facts: readonly FactInContext[],
  r: Reader,
  kind: string,
  mayUpdate: boolean,
  words: { changes: string; differ: string },
): Finding[] {
  const updated = mayUpdate && isUpdate(facts, r) && !tollFalls(facts, r);
  if (updated || !mayUpdate) return [figureFinding(facts, r, updated ? 'update' : kind, words)];
  // So does a measure of a running event told on three days (`5 percent contained` on Monday,
  // `15 percent` on Tuesday, `40 percent` on Thursday; acres burned): a measure, not a sum, whose
  // every day is above the days before is learnt as it grows (rule `figure:measure-rises-day-by-day`).
  // A sum is one of a deal's terms, and two sums of it are a conflict.
  const measure = kind === 'quantity' && facts.every((f) => !isSum(f));
  if ((kind === 'count' || measure) && risesDayByDay(facts, r) && !tollFalls(facts, r))
    return [figureFinding(facts, r, 'update', words)];
  // And a count of those left in a plight told on three days or more, each later day's lower and
  // told as what is left (`600,000 homes without power` on Monday, `410,000 remained` on Tuesday,
  // `120,000 were still without power` on Wednesday): learnt as it falls (rule
  // `count:falls-day-by-day`). Never a toll, which a lower figure revises.
  if (kind === 'count' && fallsDayByDay(facts, r)) return [figureFinding(facts, r, 'update', words)];
  const rose =
    kind === 'count' ? risesInText(facts, r) : kind === 'quantity' ? risesInText(facts, r, true) : null;
  const fell = kind === 'count' && !rose ? fallsInText(facts, r) : null;
  if (rose) return [figureFinding(facts, r, 'update', words, rose)];
  if (fell) return [figureFinding(facts, r, 'update', words, fell, 'falls')];
  const day = (f: FactInContext): string => publishedDay(r, f);
  const last = facts.map(day).sort().at(-1)!;
  const late = facts.filter((f) => day(f) === last);
  const early = facts.filter((f) => day(f) !== last);
  const lateValues = new Set(late.map((f) => f.value));
  const rises = late.every((f) => early.every((e) => (f.value as number) > (e.value as number)));
  const disagree = clash(early, rivalIn(r));
  if (facts.some((f) => !day(f)) || relaysEarlier(late, r)) return [figureFinding(facts, r, kind, words)];
  // The mirror case: the earlier reports agree, the latest day's disagree among themselves (a
  // headline's `14 dead` against the bodies' `rose to 11`, after Thursday's `ten`): the conflict
  // of the latest reports, and the update from the earlier figure to the one most of the latest
  // documents give, when it is higher.
  if (!disagree && early.length > 0 && lateValues.size >= 2) {
    const docsOf = new Map<unknown, Set<string>>();
    for (const f of late) docsOf.set(f.value, (docsOf.get(f.value) ?? new Set()).add(f.doc));
    const ranked = [...docsOf].sort((a, b) => b[1].size - a[1].size);
    const major = ranked[0]![1].size > ranked[1]![1].size ? ranked[0]![0] : undefined;
    const kept = late.filter((f) => f.value === major);
    if (
      major !== undefined &&
      kept.every((f) => early.every((e) => (f.value as number) > (e.value as number)))
    )
      return [figureFinding(late, r, kind, words), figureFinding([...early, ...kept], r, 'update', words)];
    // No value most of them give, but every one above the earlier figure (`eight` on Sunday, `14`
    // and `11` on Monday): the figure rose, to values the latest reports dispute (rule
    // `count:rose-then-differs`).
    if (major === undefined && kind === 'count' && rises && !tollFalls(facts, r))
      return [figureFinding(late, r, kind, words), figureFinding([...early, ...late], r, 'update', words)];
  }
  // An outlet that gives a new count on a later day revises its own (the wire's `3.1 million`
  // customers a day after its `2.4 million`, while a paper said `4.2 million` on the first day):
  // how many were hit is learnt over days. The conflict of the earlier reports, and the update
  // of that outlet's figure. (Not a sum: what a deal is worth is one of its terms, and two sums
  // of it are one conflict.)
  if (kind === 'count' && lateValues.size === 1 && disagree && !rises) {
    const outlet = (f: FactInContext): string | null => r.byId.get(f.doc)?.outlet ?? null;
    const own = early.filter(
      (e) => outlet(e) !== null && late.some((f) => outlet(f) === outlet(e) && !compatible(e, f)),
    );
    if (own.length)
      return [figureFinding(early, r, kind, words), figureFinding([...own, ...late], r, 'update', words)];
  }
  if (lateValues.size !== 1 || !rises || !disagree) return [figureFinding(facts, r, kind, words)];
  // The update moves on from the figure the earlier reports share: a rival source's figure no
  // other outlet gives (the army's `eight` against everyone's 30 and 32) is in the conflict only.
  const shared = early.filter((e) => early.some((x) => x.doc !== e.doc && compatible(x, e)));
  return [
    figureFinding(early, r, kind, words),
    figureFinding([...(shared.length ? shared : early), ...late], r, 'update', words),
  ];
}

/**
 * A figure's reports by publication day, earliest first, when every report is dated, they span
 * three days or more and each day's agree among themselves; otherwise null (read by
 * risesDayByDay and fallsDayByDay).
 */
function dayByDay(
  facts: readonly FactInContext[],
  r: Reader,
  day: (f: FactInContext) => string = (f) => publishedDay(r, f),
): FactInContext[][] | null {
  if (facts.some((f) => !day(f))) return null;
  const days = [...new Set(facts.map(day))].sort();
  if (days.length < 3) return null;
  const on = days.map((d) => facts.filter((f) => day(f) === d));
  return on.some((list) => clash(list)) ? null : on;
}

/**
 * A count told on three days or more, the reports of each day agreeing among themselves and
 * each day's above every earlier day's (`at least 12` and `13` on Sunday, `21` on Monday, `26`
 * on Tuesday): one figure updated step by step, not a conflict of the earlier days' reports
 * (rule `count:rises-day-by-day`; two days are read by isUpdate).
 */
function risesDayByDay(facts: readonly FactInContext[], r: Reader): boolean {
  // Reports of one day told apart by their times (`figure:same-day-by-time`): a later one of the
  // same day must tell its figure risen (`the toll rose to three`).
  // A day's timed reports that agree with the one before are one step (`four` at 9 a.m. and at 1
  // p.m., then `raising the death toll ... to five` at 6 p.m.).
  const on = dayByDay(facts, r, momentOf(facts, r))?.reduce<FactInContext[][]>((steps, list) => {
    const last = steps.at(-1);
    const oneDay = last && publishedDay(r, last[0]!) === publishedDay(r, list[0]!);
    if (oneDay && !clash([...last, ...list])) last.push(...list);
    else steps.push([...list]);
    return steps;
  }, []);
  if (!on || on.length < 3) return false;
  const above = (list: readonly FactInContext[], before: readonly FactInContext[]): boolean =>
    list.every((f) => before.every((e) => (f.value as number) > (e.value as number)));
  const sameDay = (k: number): boolean => publishedDay(r, on[k]![0]!) === publishedDay(r, on[k - 1]![0]!);
  return (
    on.every(
      (list, k) =>
        k === 0 || (above(list, on.slice(0, k).flat()) && (!sameDay(k) || list.some((f) => toldRisen(r, f)))),
    ) && !relaysEarlier(facts, r)
  );
}

/**
 * The mirror of risesDayByDay for what is left: a count told on three days or more, the reports of
 * each day agreeing among themselves, each day's below every earlier day's, and every later day's
 * figure's sentence telling it as what remains (`remained without power`, `are still missing`, `left`, `down from`):
 * one figure falling as the plight is relieved, not a conflict (rule `count:falls-day-by-day`).
 * Not a toll of the dead (`tollFalls`).
 */
function fallsDayByDay(facts: readonly FactInContext[], r: Reader): boolean {
  if (facts[0]!.about.startsWith('event:') || tollFalls(facts, r)) return false;
  const on = dayByDay(facts, r);
  if (!on) return false;
  const left = (f: FactInContext): boolean => REMAINING.test(sentenceText(r, f));
  const below = (list: readonly FactInContext[], before: readonly FactInContext[]): boolean =>
    list.every((f) => left(f) && before.every((e) => (f.value as number) < (e.value as number)));
  return on.every((list, k) => k === 0 || below(list, on.slice(0, k).flat())) && !relaysEarlier(facts, r);
}
/** Words of a sentence telling a side of a vote: `voting`, `voted`, `backed`, `supported`, `opposed`, `in favour`. */
const VOTERS =
  /\b(?:vot(?:e|es|ed|ing)|backed|backing|supported|supporting|opposed|opposing|in\s+favou?r)\b/i;
/** Words of a sentence telling a count as what is left: `remained`, `are still`, `left`, `down from`. */
const REMAINING = /\b(?:still|remain|remains|remained|remaining|left)\b|\bdown\s+from\b/i;

/**
 * A count some of whose reports carry no publication date, where the text itself says the
 * figure moved: each higher value is told as reached by a rise (`the toll rose to 19`, `has
 * climbed to 215`, `now stands at 23`, `14, up from eight`). One figure that rose, an update in
 * the order of its values, not a conflict (rule `count:rises-in-text`). The steps, lowest first;
 * null when a value above the lowest is told with no word of a rise (`Five people have died`
 * beside `three` and `rose to seven`: which came first the text does not say).
 */
function risesInText(facts: readonly FactInContext[], r: Reader, offer = false): FactInContext[][] | null {
  const classes = stepsOf(facts, r, 'rises');
  if (!classes) return null;
  const before = (f: FactInContext): string =>
    r.text(f.doc, { start: Math.max(0, f.start - (offer ? 80 : 40)), end: f.start });
  const after = (f: FactInContext): string => r.text(f.doc, { start: f.end, end: f.end + 30 });
  const risen = (f: FactInContext): boolean => toldRisen(r, f, offer);
  // A rise told with the figure it started from (`rose to seven, up from five`, `rose from five
  // to seven`) makes a report's figure of that value an earlier one, told with no word of a rise
  // (`Five people have died`): it came before the higher figure (rule `count:rose-from-value`).
  const startedFrom = new Set(
    facts
      .filter(risen)
      .map((f) => {
        const from = UP_FROM_VALUE.exec(after(f))?.[1] ?? RISEN_FROM_BEFORE.exec(before(f))?.[1];
        return from === undefined ? NaN : numberOf(from);
      })
      .filter((v) => v > 0),
  );
  const earlier = (f: FactInContext): boolean => startedFrom.has(f.value as number);
  // A toll told with people still missing (`Four people were killed and one was missing`) is a
  // toll not yet over: a higher toll no more than the dead and the missing together (`killing
  // five`) is the later one, the missing found dead (rule `count:toll-with-missing`).
  const missingBeside = (f: FactInContext): number => {
    if (offer || f.about !== 'event:killed') return 0;
    const m = MISSING_AFTER.exec(r.text(f.doc, { start: f.end, end: f.end + 90 }));
    return m ? numberOf(m[1]!) || 0 : 0;
  };
  const foundMissing = (c: readonly FactInContext[], below: readonly FactInContext[]): boolean =>
    below.some((e) => {
      const missing = missingBeside(e);
      return missing > 0 && c.every((f) => (f.value as number) <= (e.value as number) + missing);
    });
  return classes.every(
    (c, k) => k === 0 || c.some((f) => risen(f) || earlier(f)) || foundMissing(c, classes[k - 1]!),
  )
    ? classes
    : null;
}
/**
 * A figure its sentence tells as reached by a rise (`the toll rose to 19`, `14, up from eight`),
 * or, for a sum (`offer`), by an offer raised (read by risesInText and `figure:same-day-by-time`).
 */
function toldRisen(r: Reader, f: FactInContext, offer = false): boolean {
  const before = r.text(f.doc, { start: Math.max(0, f.start - (offer ? 80 : 40)), end: f.start });
  // A sum moves only as an offer raised (`raised its offer for Ostrel to $4.6 billion`): a
  // bidder's own raise of its price, not a sum compared with another period's (`revenue of $5
  // billion, up from $4 billion`), is the bid updated (rule `sum:offer-raised`).
  if (offer) return RAISED_OFFER_BEFORE.test(before);
  // A toll told raised by a new find (`raising the death toll from Tuesday's flood to five`,
  // `bringing the toll to 12`) is told risen too (rule `count:toll-raised-to`).
  return (
    RISEN_BEFORE.test(before) ||
    RISEN_FROM_BEFORE.test(before) ||
    UP_FROM_AFTER.test(r.text(f.doc, { start: f.end, end: f.end + 30 })) ||
    TOLL_RAISED_BEFORE.test(r.text(f.doc, { start: Math.max(0, f.start - 90), end: f.start }))
  );
}

/**
 * The mirror of risesInText: a count some of whose reports carry no date, each lower value told
 * as reached by a fall (`the number of homes without power has fallen to 12,000`, `120 are still
 * missing, down from 300`). What is left of a figure (homes without power, people missing) is
 * learnt as it falls: one update, highest first (rule `count:falls-in-text`). Not a toll of the
 * dead, which a lower figure revises (`tollFalls`). The steps, highest first.
 */
function fallsInText(facts: readonly FactInContext[], r: Reader): FactInContext[][] | null {
  if (facts[0]!.about === 'event:killed') return null;
  const classes = stepsOf(facts, r, 'falls');
  if (!classes) return null;
  // People still missing, in a report that tells the toll risen (`The number of people who died
  // ... has risen to 33`, `six are still missing`): the missing found dead, the later figure (rule
  // `count:missing-as-toll-rises`, stop 52).
  const tollRisen = (f: FactInContext): boolean =>
    f.about === 'event:missing' && TOLL_RISEN.test(r.byId.get(f.doc)?.text ?? '');
  const toldFallen = (f: FactInContext): boolean =>
    f.rule === 'fact:number-of-falls' ||
    tollRisen(f) ||
    FALLEN_BEFORE.test(r.text(f.doc, { start: Math.max(0, f.start - 40), end: f.start })) ||
    DOWN_FROM_AFTER.test(r.text(f.doc, { start: f.end, end: f.end + 30 }));
  return classes.every((c, k) => k === 0 || c.some(toldFallen)) ? classes : null;
}

/**
 * The values of a count some of whose reports carry no date, as steps of one figure that `way`
 * moved: classes of agreeing values, none of them split, in the order of the move (lowest first
 * for a rise, highest first for a fall), each class wholly past the one before. Null when the
 * values are no such steps (see risesInText, fallsInText).
 */
function stepsOf(
  facts: readonly FactInContext[],
  r: Reader,
  way: 'rises' | 'falls',
): FactInContext[][] | null {
  if (facts.every((f) => publishedDay(r, f)) || relaysEarlier(facts, r)) return null;
  const classes = agreeingClasses(facts).map((c) => c.map((i) => facts[i]!));
  if (classes.length < 2 || classes.some((c) => clash(c))) return null;
  const sign = way === 'rises' ? 1 : -1;
  // Signed so that the move runs upward: a fall's values negated.
  const values = (c: readonly FactInContext[]): number[] => c.map((f) => sign * (f.value as number));
  classes.sort((a, b) => Math.min(...values(a)) - Math.min(...values(b)));
  return classes.every((c, k) => k === 0 || Math.max(...values(classes[k - 1]!)) < Math.min(...values(c)))
    ? classes
    : null;
}

/** The day a fact's document was published (`YYYY-MM-DD`), or empty when unknown. */
const publishedDay = (r: Reader, f: FactInContext): string =>
  (r.byId.get(f.doc)?.published ?? '').slice(0, 10);

/**
 * When each of the facts was published, as a key that sorts in publication order: its day
 * (`YYYY-MM-DD`), and its time of day (`YYYY-MM-DDTHH:MM`) when every fact of that day has one,
 * in one zone (or none). Reports of one day are ordered only by times they all give (`two dead`
 * at 6:30 a.m., `the toll rose to three` at 1:05 p.m.); without, a day's reports have one key and
 * are not ordered, as before (rule `figure:same-day-by-time`, stop 56). Empty when undated.
 */
function momentOf(facts: readonly FactInContext[], r: Reader): (f: FactInContext) => string {
  const time = (f: FactInContext): string => r.byId.get(f.doc)?.publishedTime ?? '';
  const timed = new Set<string>();
  for (const day of new Set(facts.map((f) => publishedDay(r, f)))) {
    const on = facts.filter((f) => publishedDay(r, f) === day);
    if (day && on.every((f) => time(f)) && new Set(on.map((f) => time(f).slice(5))).size === 1)
      timed.add(day);
  }
  return (f) => {
    const day = publishedDay(r, f);
    return timed.has(day) ? `${day}T${time(f).slice(0, 5)}` : day;
  };
}

/** One finding of `kind` (`update`: its note reads from the earliest report to the latest). */
function figureFinding(
  facts: readonly FactInContext[],
  r: Reader,
  kind: string,
  words: { changes: string; differ: string },
  steps?: readonly (readonly FactInContext[])[],
  way: 'rises' | 'falls' = 'rises',
): Finding {
  const updated = kind === 'update';
  // Each value once, as its first outlet writes it (`Four men stole` and `Four armed men stole`
  // are one value against `Three men armed`); an update's in publication order.
  const first = new Map<string, FactInContext>();
  for (const f of updated ? byPublication(facts, r) : facts) {
    const k = `${f.value}|${f.unit ?? ''}|${f.low ?? ''}`;
    if (!first.has(k)) first.set(k, f);
  }
  const written = [...first.values()].map((f) => f.text);
  // An update reads day by day, the values of one day's reports side by side (`16 dead / 14 → 23`).
  const days = new Map<string, string[]>();
  const moment = momentOf(facts, r);
  if (updated) for (const f of first.values()) days.set(moment(f), [...(days.get(moment(f)) ?? []), f.text]);
  // A conflict whose values each rest on their own named sources (`the Global Seismic Monitor
  // said` 6.6, `according to the Kaldorian Seismological Service` 6.8) names them: two sources'
  // figures, not outlets garbling one.
  const sourced = updated ? undefined : sourcesOfValues([...first.keys()], facts, r);
  // An update of undated reports reads in the order its text tells (rule `count:rises-in-text`).
  if (steps)
    return {
      kind,
      note: `${words.changes} ${/^the figures\b/.test(words.changes) ? way.slice(0, -1) : way} between reports with no publication date, as their text tells: ${steps.map((c) => [...new Map(c.map((f) => [f.value, f.text])).values()].join(' / ')).join(' → ')}`,
      values: steps
        .flat()
        .map((f) =>
          r.value(f.doc, f, { value: f.value, unit: f.unit ?? null, qualifier: f.qualifier, rule: f.rule }),
        ),
    };
  return {
    kind,
    note: updated
      ? `${words.changes} ${/^the figures\b/.test(words.changes) ? 'change' : 'changes'} between reports in publication order: ${[...days.values()].map((v) => v.join(' / ')).join(' → ')}`
      : `outlets give ${words.differ}: ${agreeingClasses([...first.values()])
          .map((c) => c.map((i) => (sourced ? `${written[i]} (${sourced[i]})` : written[i])).join(' / '))
          .join(
            ' vs ',
          )}${birthdayApart(facts) ? '; a year apart: a birthday between the reports would explain it' : ''}`,
    values: facts.map((f) =>
      r.value(f.doc, f, { value: f.value, unit: f.unit ?? null, qualifier: f.qualifier, rule: f.rule }),
    ),
  };
}

/** Two figures written in units of another size (their precisions in the unit compared differ by no power of ten). */
function otherUnits(a: FactInContext, b: FactInContext): boolean {
  const frac = (d: number): number => d - Math.floor(d + 1e-9);
  return (
    typeof a.value === 'number' &&
    typeof b.value === 'number' &&
    Math.abs(frac(a.decimals) - frac(b.decimals)) > 1e-6
  );
}

/** A whole figure's precision widened to the rounding its last digits show in its own unit (`195`, `120` to the 5, `31,000` to the thousand). */
function roundedInUnit(f: FactInContext): FactInContext {
  const rule = `${f.rule}:rounded`;
  const written = /\d[\d,]*(?:,\s\d{3})*(?:\.\s?\d+)?/.exec(f.text)?.[0].replace(/[,\s]/g, '');
  if (!written || written.includes('.')) return { ...f, rule };
  const digits = written.replace(/^0+/, '').length;
  const zeros = /0*$/.exec(written)![0].length;
  const cap = 10 ** Math.max(0, digits - 2);
  const step = Math.min(cap, zeros > 1 ? 10 ** zeros : zeros || written.endsWith('5') ? 5 : 1);
  // In the unit compared, a written step is a step times the unit's size: precision d has half-step 0.5·10^-d.
  return { ...f, rule, decimals: f.decimals - Math.log10(step) };
}

/** An age of a person the story names. */
const named = (f: FactInContext): boolean => f.about.startsWith('person:');

/** Two exact ages a year apart in undated reports (`57` / `58`): conflicting, and a birthday could explain them. */
const birthdayApart = (facts: readonly FactInContext[]): boolean => {
  if (!facts.every((f) => f.kind === 'age' && !f.asOf && named(f) && typeof f.value === 'number'))
    return false;
  const values = facts.map((f) => f.value as number);
  return Math.max(...values) - Math.min(...values) === 1;
};

/**
 * The values of a conflict as classes of values that agree (`$4.19 billion` with `$4.2 billion`,
 * `at least 30` with `32`), by index, in the order first given: the note sets the classes
 * against each other (`$4.19 billion / $4.2 billion vs $4.5 billion`), not values that agree.
 */
function agreeingClasses(values: readonly FactInContext[]): number[][] {
  const classes: number[][] = [];
  values.forEach((f, i) => {
    const c = classes.find((x) => x.every((j) => compatible(values[j]!, f)));
    if (c) c.push(i);
    else classes.push([i]);
  });
  return classes;
}

/**
 * For each value (keyed as `figureFinding` keys them), the sources named in its facts' sentences
 * (`X said`, `according to X`), joined; none unless every value has sources and no source backs
 * two values.
 */
function sourcesOfValues(
  keys: readonly string[],
  facts: readonly FactInContext[],
  r: Reader,
): string[] | undefined {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const k of keys) {
    const names = new Set<string>();
    for (const f of facts) {
      if (`${f.value}|${f.unit ?? ''}|${f.low ?? ''}` !== k) continue;
      for (const a of r.byId.get(f.doc)?.attributions ?? [])
        if (a.sentence === f.sentence && a.sourceLabel) names.add(a.sourceLabel.replace(/^the\s+/i, ''));
    }
    if (!names.size || [...names].some((n) => seen.has(n.toLowerCase()))) return undefined;
    for (const n of names) seen.add(n.toLowerCase());
    out.push([...names].join(', '));
  }
  return out;
}

/**
 * Sums of money that differ in two sentences stating one claim, each the only sum its sentence
 * gives in that currency, though the outlets name it with different nouns (`an eight-year
 * contract worth $160 million` / `an eight-year, $180 million offer`): the statement, not the
 * noun, says they are one sum. Sums already keyed alike are left to the comparison by noun.
 */
export function soleSumDiscrepancies(
  facts: readonly FactInContext[],
  r: Reader,
  sameStatement: (a: FactInContext, b: FactInContext) => boolean,
  claimsOf: (f: FactInContext) => Iterable<number>,
): Finding[] {
  // A price per thing (`$48 a share`) is no total: a sentence giving it and a deal's value
  // gives one sum.
  const sums = facts.filter((f) => f.kind === 'quantity' && isSum(f) && !/^noun:per-/.test(f.about));
  const perSentence = new Map<string, number>();
  for (const f of sums) {
    const k = `${f.doc}|${f.sentence}|${f.unit}`;
    perSentence.set(k, (perSentence.get(k) ?? 0) + 1);
  }
  const byDoc = new Map<string, FactInContext[]>();
  for (const f of sums) {
    const l = byDoc.get(f.doc);
    if (l) l.push(f);
    else byDoc.set(f.doc, [f]);
  }
  // The sole sums of each claim's sentences, by claim and currency.
  const byClaim = new Map<string, FactInContext[]>();
  for (const f of sums) {
    if (perSentence.get(`${f.doc}|${f.sentence}|${f.unit}`) !== 1) continue;
    for (const c of claimsOf(f)) {
      const k = `${c}|${f.unit}`;
      const l = byClaim.get(k);
      if (l) l.push(f);
      else byClaim.set(k, [f]);
    }
  }
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const list of byClaim.values()) {
    const involved = new Set<FactInContext>();
    for (const a of list)
      for (const b of list) {
        if (a.doc >= b.doc || a.about === b.about || compatible(a, b) || !sameStatement(a, b)) continue;
        // A price per thing or a sum each one gets is no total; two periods are two sums.
        if (/^noun:per-/.test(a.about) || /^noun:per-/.test(b.about) || !sameTime(a, b)) continue;
        // Sums in two different things (`$40 million in jewels` / `$50 million in cash`), or one
        // sum added to another (`also took`), are two sums.
        const [ma, mb] = [materialOf(r, a), materialOf(r, b)];
        if ((ma && mb && ma !== mb) || alsoIn(r, a) || alsoIn(r, b)) continue;
        // A sum told with what it holds or leaves out (`$62.5 million including fees`, `€4 million
        // before tax`) measures another thing than one told without (rule `sums:with-extras`):
        // a hammer price and the price with the buyer's fees differ without contradicting.
        if (extrasOf(r, a) !== extrasOf(r, b)) continue;
        // The levels two changes reach, of two subjects (`profit rose 9% to $52 million` /
        // `revenue rose 4% to $520 million`), are two measures, not one sum named two ways.
        if (a.rule === 'fact:sum-change-reaches' && b.rule === 'fact:sum-change-reaches') continue;
        // An outlet that gives the other's sum too is not contradicting it.
        if (byDoc.get(a.doc)!.some((x) => compatible(x, b))) continue;
        if (byDoc.get(b.doc)!.some((x) => compatible(x, a))) continue;
        involved.add(a).add(b);
      }
    if (involved.size < 2) continue;
    const list2 = [...involved].sort((x, y) => x.doc.localeCompare(y.doc) || x.start - y.start);
    const key = list2.map((f) => f.id).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(
      ...figureFindings(list2, r, 'quantity', true, {
        changes: 'the sum one statement gives',
        differ: 'different sums in one statement',
      }),
    );
  }
  return out;
}

/** What a sum is in or for, as written after it (`$40 million in jewels` -> jewels, `for a new bridge` -> bridge). */
function materialOf(r: Reader, f: FactInContext): string | undefined {
  const after = r.text(f.doc, { start: f.end, end: f.end + 30 });
  return /^\s+(?:in|of|worth of|for)\s+(?:(?:a|an|the)\s+)?(?:new\s+)?(\p{Ll}+)/u.exec(after)?.[1];
}

/**
 * What a sum is told as holding or leaving out, as written after it (`including fees`, `with the
 * buyer's premium`, `before tax`, `excluding VAT`, `plus interest`): the word and whether it is in
 * or out (`in:fee`, `out:tax`), or '' for a sum told plainly.
 */
function extrasOf(r: Reader, f: FactInContext): string {
  const after = r.text(f.doc, { start: f.end, end: f.end + 50 });
  const m =
    /^\s*,?\s*(including|inclusive of|incl\.|with|plus|excluding|exclusive of|without|before|net of|minus|less)\s+(?:the\s+|a\s+|an\s+|its\s+|all\s+)?(?:buyer'?s'?\s+|auction\s+|sales?\s+|legal\s+|transfer\s+)?(fees?|premiums?|commissions?|tax(?:es)?|vat|interest|costs?|charges?|bonus(?:es)?|expenses?|debts?|add-ons?)\b/i.exec(
      after,
    );
  if (!m) return '';
  const inside = /^(?:including|inclusive of|incl\.|with|plus)$/i.test(m[1]!);
  return `${inside ? 'in' : 'out'}:${m[2]!
    .toLowerCase()
    .replace(/(?:es|s)$/, '')
    .replace(/^taxe$/, 'tax')}`;
}

/** The fact's sentence adds it to another (`also`, `another`, `additional`). */
function alsoIn(r: Reader, f: FactInContext): boolean {
  const s = r.byId.get(f.doc)?.sentences[f.sentence];
  return !!s && /\b(?:also|another|additional|too|further)\b/i.test(r.text(f.doc, s));
}

/** Words after a count that make it an increment (`12 more firefighters`, `another 3 boats`, `40 new cases`), not a total. */
const INCREMENT = new Set(['more', 'additional', 'further', 'extra', 'new', 'another']);

/** The words between a count's number and its noun (`12 more firefighters` -> more), lower case. */
function modifiers(f: FactInContext): string[] {
  const words = (f.text ?? '').toLowerCase().split(/\s+/);
  // A part told with its whole (`37 of its more than 200 branches`): the words before the whole's
  // figure qualify the whole, not the part (rule `count:part-whole-qualifier`).
  const whole =
    f.rule === 'fact:count-part-of-total' ? words.reduce((at, w, i) => (/^\d/.test(w) ? i : at), 0) : 0;
  return words.slice(Math.max(1, whole + 1), -1).filter((w) => /^\p{L}[\p{L}-]*$/u.test(w));
}

/**
 * Two counts of one noun count one set: an increment (`12 more firefighters`, `another three
 * boats`, `40 new cases`, the two who died when a toll rose to five) is not a total (`10
 * firefighters`). Increments are compared with increments, totals with totals.
 */
export function sameSet(a: FactInContext, b: FactInContext, r: Reader): boolean {
  if (a.kind !== 'count' || b.kind !== 'count') return true;
  const increment = (f: FactInContext): boolean =>
    f.rule.endsWith('-increment') ||
    modifiers(f).some((w) => INCREMENT.has(w)) ||
    /\banother\s+$/i.test(r.text(f.doc, { start: Math.max(0, f.start - 9), end: f.start }));
  return increment(a) === increment(b);
}

/**
 * Results that differ: a vote, a score or a record (`9-3` / `10-2`) of one thing in sentences
 * about the same event, where neither outlet also gives the other's result.
 */
export function resultDiscrepancies(facts: readonly FactInContext[], r: Reader): Finding[] {
  const results = facts.filter((f) => f.kind === 'quantity' && f.unit === 'result');
  const out: Finding[] = [];
  // A result names one of several things (this season's record, a career's; one game's score
  // of a series): results are compared only between sentences alike besides.
  const ambiguous = new Set(results.map(keyOf));
  for (const group of subjectGroups(results, new Set(['quantity']), ambiguous)) {
    const involved = new Set<FactInContext>();
    for (const a of group)
      for (const b of group) {
        if (a.doc >= b.doc || a.value === b.value || !sameSubject(a, b, ambiguous)) continue;
        // Whose result: two sentences naming teams, people or places share one (Corvel's record is not Velmar's).
        const [na, nb] = [names(a), names(b)];
        if (na.length && nb.length && !na.some((k) => nb.includes(k))) continue;
        // A record told with its team after it (`160-130 in four seasons at Porton` / `122-140 in
        // four seasons with the Gulls`): two teams' records (rule `result:team-after`).
        const [ta, tb] = [teamAfter(r, a), teamAfter(r, b)];
        if (ta && tb && ta !== tb) continue;
        // A record's games tell the span it covers: a season's 3-12 and a tenure's 71-89 are two
        // records, one misreported record (71-89 / 71-88) or one a few games on is not (rule
        // `result:games-played-apart`: fewer than half the other's games).
        if (a.aboutText === 'record' && gamesApart(a.value, b.value)) continue;
        if (group.some((x) => x.doc === a.doc && x.value === b.value)) continue;
        if (group.some((x) => x.doc === b.doc && x.value === a.value)) continue;
        involved.add(a).add(b);
      }
    if (involved.size < 2) continue;
    const list = [...involved].sort((x, y) => x.doc.localeCompare(y.doc) || x.start - y.start);
    out.push({
      kind: 'quantity',
      note: `outlets give different results (${list[0]!.aboutText}): ${[...new Set(list.map((f) => f.text))].join(' vs ')}`,
      values: list.map((f) =>
        r.value(f.doc, f, { value: f.value, unit: 'result', qualifier: null, rule: f.rule }),
      ),
    });
  }
  return out;
}

/** Two win-loss records (`71-89`, `3-12`) one of which counts fewer than half the other's games. */
function gamesApart(a: FactInContext['value'], b: FactInContext['value']): boolean {
  const games = (v: FactInContext['value']): number =>
    String(v)
      .split('-')
      .reduce((sum, n) => sum + Number(n), 0);
  const [x, y] = [games(a), games(b)];
  return Math.min(x, y) * 2 < Math.max(x, y);
}

const names = (f: FactInContext): string[] => [...f.context].filter((k) => k.startsWith('@'));

const isCount = (facts: readonly FactInContext[]): boolean => facts.every((f) => f.kind === 'count');

/** The team or place a record is told with, right after it (`122-140 … with the Gulls`, `at Porton`), lowercased. */
function teamAfter(r: Reader, f: FactInContext): string | null {
  const after = r.text(f.doc, { start: f.end, end: f.end + 60 }).split(/[.;,!?]/)[0]!;
  return TEAM_AFTER.exec(after)?.[1]!.toLowerCase() ?? null;
}
const TEAM_AFTER =
  /^(?:\s+(?!(?:at|with|for)\b)[\p{L}-]+){0,5}?\s+(?:at|with|for)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/u;

function subject(f: FactInContext): string {
  if (f.kind === 'age') return `age of ${f.aboutText}`;
  if (f.kind === 'time') return 'time of day';
  if (f.about.startsWith('built:') && f.about.endsWith(':age'))
    return `age of the ${f.aboutText === 'it' ? 'building' : f.aboutText}`;
  // A work of art's year (`painted in 1654`, `the canvas, dated 1645`): the year it was made.
  if (f.about === 'built:work') return 'year the work was made';
  if (f.about.startsWith('built:'))
    return `year the ${f.aboutText === 'it' ? 'building' : f.aboutText} was built`;
  if (f.about === 'event:break-in') return 'number of people who broke in';
  if (f.about.endsWith('-condition')) return `number of people in ${f.about.slice(6, -10)} condition`;
  if (f.about.startsWith('event:')) return `number of people ${f.about.slice(6)}`;
  const what = f.aboutText || f.about.replace(/^noun:/, '');
  // A sum or a measure no noun names is told by its statement: `figures in one statement`.
  return what ? `figures for ${what}` : 'figures in one statement';
}

/** A span of time told as still running: `has lasted`, `have been held`, `is still deliberating`, `entered its third day`. */
const RUNNING =
  /\b(?:has|have)\s+(?:now\s+|already\s+)?(?:been|lasted|gone on|dragged on|entered)\b|\b(?:is|are)\s+(?:still\s+)?\p{Ll}{3,}ing\b|\b(?:entered|entering|into)\s+(?:its|their)\b|\bstill\b|\bongoing\b/u;
/**
 * What a later report does not update: how many times one act was done, a term faced, sought
 * or given, the moment something happened, an agreement's term, which edition an event is, the
 * magnitude of a quake (a size fixed when it struck: two agencies' figures, or a revised one, are
 * two readings of one quake, not news that moved on).
 */
// (Nor the fee of a move once signed, `noun:transfer-fee` of facts.ts: two fees are two accounts of one deal.)
// (Nor how many storeys a building has, `noun:storey` (`a six-storey block`): a later report's
// other figure for the collapsed block is a conflict, rule `figure:storeys-fixed`.)
// (Nor a driver's blood-alcohol level, or how far out to sea something happened, `noun:off`: rules
// `fact:blood-alcohol`, `fact:distance-offshore`.)
// (A protest's crowd is counted once, on the day it marched: a later report's other figure
// for it is no update, rule `figure:crowd-counted-once`.)
// (Nor what a ship or a truck was carrying, `noun:cargo`: its load when it set out, rule
// `fact:cargo`.)
// (Nor how many a place seats, how far someone fell or how long a thing is: `noun:seat`,
// `noun:fall`, `noun:long`, rules `fact:capacity`, `fact:distance-fallen`, `fact:length-measures`;
// nor a runner's finishing time, `during:finish-time`, rule `fact:finish-time`; nor a thing's
// weight, `noun:weight`, rule `fact:weight`; nor a player's score for a round, `round-score:`, rule
// `fact:round-score`: a round is played once; nor the floor a fire started on,
// `noun:floor-fire-began`, rule `fact:floor-fire-began`: a fire starts once.)
const FIXED =
  /^(?:act:|at:|edition:|built:|round-score:|during:(?:sentence|agreement|flight-to-failure|finish-time)|noun:magnitude$|noun:transfer-fee$|noun:blood-alcohol$|noun:off$|noun:storey$|noun:floor-fire-began$|noun:cargo$|noun:seat$|noun:fall$|noun:long$|noun:weight$|noun:rate-change$|event:protested$|noun:(?:margin|record)-time|place:finish|noun:member-of-)/;

/** A speed told as what something was travelling, going or moving at, or its conversion in brackets (see `figure:speed-travelling-fixed`). */
const TRAVELLING_AT =
  /\b(?:was|were)\s+(?:travell?ing|going|moving|driving|doing)\s+(?:at\s+)?(?:(?:about|around|nearly|almost|roughly|some|more\s+than|at\s+least|up\s+to)\s+)?(?:\d[\d.,\s]*[\p{L}/\s]{1,8}\(\s*)?$/u;
const travellingAt = (r: Reader, f: FactInContext): boolean =>
  TRAVELLING_AT.test(r.text(f.doc, { start: Math.max(0, f.start - 70), end: f.start }));

/** Words right before a figure that give it as a first reading: `preliminary magnitude`, `initially measured at`, `a provisional`. */
const FIRST_READING_BEFORE =
  /\b(?:preliminary|provisional|provisionally|initial|initially)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:(?:of|at|as)\s+)?$/u;

/** A figure its own words give as a first reading (see {@link FIRST_READING_BEFORE}). */
const firstReading = (r: Reader, f: FactInContext): boolean =>
  FIRST_READING_BEFORE.test(r.text(f.doc, { start: Math.max(0, f.start - 40), end: f.start }));

/** The year a figure is given for (`in 2050`; `then 2038`, a year an earlier event's sentence names: `In 2038, ...`, `in 2038, when ...`). */
const yearGivenFor = (f: FactInContext): string | undefined =>
  /^(?:in|then) (\d{4})$/.exec(f.asOf ?? '')?.[1];

/** A figure of a year (`in 2050`) before its report's year of publication (see `figure:closed-year`). */
function closedYear(f: FactInContext, r: Reader): boolean {
  const year = yearGivenFor(f);
  const published = r.byId.get(f.doc)?.published;
  return !!year && !!published && year < published.slice(0, 4);
}

/** Facts in the order their documents were published (then as given). */
function byPublication(facts: readonly FactInContext[], r: Reader): FactInContext[] {
  const at = (f: FactInContext): string => r.byId.get(f.doc)?.published ?? '';
  // Reports of one day by the times they all give (`figure:same-day-by-time`).
  const moment = momentOf(facts, r);
  return facts
    .map((f, i) => ({ f, i }))
    .sort((x, y) => at(x.f).localeCompare(at(y.f)) || moment(x.f).localeCompare(moment(y.f)) || x.i - y.i)
    .map((x) => x.f);
}

/**
 * Two outlets of the list give values that cannot both hold, and neither also gives a value
 * agreeing with the other's (`at least 12` beside a headline's `12 dead` agrees with `13`).
 */
function clash(
  list: readonly FactInContext[],
  rival: (a: FactInContext, b: FactInContext) => boolean = () => false,
): boolean {
  // A document holds the other's value when it also states one agreeing with it, not as a rival
  // source's figure (`medics said at least 30 ... the army said eight` does not agree with 32).
  const holds = (own: FactInContext, other: FactInContext): boolean =>
    list.some((x) => x.doc === own.doc && !rival(x, own) && compatible(x, other));
  return list.some((a) =>
    list.some(
      (b) => a.doc < b.doc && a.value !== b.value && !compatible(a, b) && !holds(a, b) && !holds(b, a),
    ),
  );
}

/**
 * Two figures of one document attributed to two sources (`medics said 30 were killed ... the
 * army said the strike killed eight`): the article sets them against each other.
 */
const rivalIn =
  (r: Reader) =>
  (a: FactInContext, b: FactInContext): boolean => {
    if (a.doc !== b.doc) return false;
    const [x, y] = [sourceOf(r, a), sourceOf(r, b)];
    return x !== null && y !== null && x !== y;
  };

/** Every outlet stating one value published before every outlet stating another. */
function isUpdate(facts: readonly FactInContext[], r: Reader): boolean {
  const published = (f: FactInContext): string | null => r.byId.get(f.doc)?.published ?? null;
  if (facts.some((f) => !published(f))) return false;
  // Values that agree are one value (`about 6 miles` and `10 km`, `14` and `at least 14`): the
  // facts fall into classes of agreeing values, and an update has two.
  const classes: FactInContext[][] = [];
  for (const f of facts) {
    const joined = classes.filter((c) =>
      c.some((x) => x.value === f.value || (compatible(x, f) && !risesPast(x, f, r, facts))),
    );
    const merged = [f, ...joined.flat()];
    for (const c of joined) classes.splice(classes.indexOf(c), 1);
    classes.push(merged);
  }
  // Reports of one class that contradict each other (`14` against `16`, joined by `at least
  // 14`) are no one figure that a later report updates.
  if (classes.length !== 2 || classes.some((c) => clash(c))) return false;
  const [a, b] = classes.map((c) => c.map((f) => published(f)!)) as [string[], string[]];
  const max = (x: string[]): string => [...x].sort().at(-1)!;
  const min = (x: string[]): string => [...x].sort()[0]!;
  const ordered =
    max(a).slice(0, 10) < min(b).slice(0, 10) ||
    max(b).slice(0, 10) < min(a).slice(0, 10) ||
    risesWithinDay(classes as [FactInContext[], FactInContext[]], facts, r);
  return (ordered || ordinalStep(facts, r)) && !relaysEarlier(facts, r);
}

/**
 * Two classes of a count ordered only by the times of day of their reports, one day's reports all
 * timed (`figure:same-day-by-time`, stop 56): every report of one class before every report of
 * the other, the later class higher and told risen (`two dead` at 6:30 a.m., `the death toll rose
 * to three` at 1:05 p.m.). Hours apart, a new figure with no word of a rise, or a lower one, is
 * a disagreement as before.
 */
function risesWithinDay(
  classes: readonly [readonly FactInContext[], readonly FactInContext[]],
  facts: readonly FactInContext[],
  r: Reader,
): boolean {
  if (facts[0]!.kind !== 'count') return false;
  const moment = momentOf(facts, r);
  const at = (c: readonly FactInContext[]): string[] => c.map(moment).sort();
  const [a, b] = classes;
  const [early, late] = at(a).at(-1)! < at(b)[0]! ? [a, b] : at(b).at(-1)! < at(a)[0]! ? [b, a] : [];
  if (!early || !late) return false;
  return (
    late.every((f) => early.every((e) => (f.value as number) > (e.value as number))) &&
    late.some((f) => toldRisen(r, f))
  );
}

/**
 * The sentences that place what they tell in a year before their report's: by `doc:sentence`,
 * that year, and whether the sentence tells another event than the story's (background): it
 * opens with the year (`In 1987, an earthquake ... killed 212 people`) or names the event as
 * another (`a similar fire`, `on the same lake`).
 */
function pastYears(
  facts: readonly FactInContext[],
  r: Reader,
): Map<string, { year: string; background: boolean }> {
  const out = new Map<string, { year: string; background: boolean }>();
  for (const f of facts) {
    if (f.kind !== 'date' || typeof f.value !== 'string') continue;
    const year = /^(\d{4})(?:$|-)/.exec(f.value)?.[1];
    const published = publishedDay(r, f).slice(0, 4);
    const s = r.byId.get(f.doc)?.sentences[f.sentence];
    if (!year || !published || year >= published || !s) continue;
    const text = r.text(f.doc, s);
    // A year inside a participle's apposition describes the noun before it, not the sentence's act
    // (`beat the previous record, set in 2039 by Tom Brede, by 12 minutes`; rule
    // `figure:year-in-apposition`, stop 45).
    if (
      APPOSED_PARTICIPLE_BEFORE.test(text.slice(0, Math.max(0, f.start - s.start))) &&
      /^[^,.;:]{0,60},/.test(text.slice(Math.max(0, f.end - s.start)))
    )
      continue;
    out.set(`${f.doc}:${f.sentence}`, { year, background: BACKGROUND.test(text) });
  }
  // A lead that dates its act in an earlier year (`The wreck of the Aurora, a steamer that went
  // down off Hest in 1932, has been found`) makes that act the report's past event: a later
  // sentence telling the same act with no year (`The ship sank during a storm, killing 78`) is of
  // that year too (rule `figure:year-of-lead-event`, stop 45).
  const leadEvents = new Map<string, Map<string, string>>();
  for (const f of facts) {
    if (f.kind !== 'date' || f.sentence !== 0 || !f.event || typeof f.value !== 'string') continue;
    const year = out.get(`${f.doc}:0`)?.year;
    if (!year || !f.value.startsWith(year)) continue;
    const m = leadEvents.get(f.doc) ?? new Map<string, string>();
    m.set(f.event, m.has(f.event) && m.get(f.event) !== year ? '' : year);
    leadEvents.set(f.doc, m);
  }
  if (leadEvents.size)
    for (const f of facts) {
      const k = `${f.doc}:${f.sentence}`;
      const events = leadEvents.get(f.doc);
      if (!events || f.sentence <= 0 || out.has(k)) continue;
      for (const [event, year] of events)
        if (year && [...f.context].some((w) => tellsEvent(w, event))) {
          out.set(k, { year, background: false });
          break;
        }
    }
  return out;
}

/**
 * A sentence whose subject is a rival or a competitor (`Rival Quorin launched ...`, `Its
 * closest competitor, Quorin, sold ...`, `A competing phone costs ...`): what it tells is the
 * rival's, background to the story's own firm.
 */
const RIVAL_SUBJECT =
  /^\s*(?:(?:its|their|the|a|an)\s+)?(?:(?:main|closest|nearest|biggest|largest|chief|arch|local|smaller|larger)\s+)?(?:rival|competitor|competing)s?\b/i;

/** A sentence opening on another event: `In a separate incident,`, `In an unrelated case last year,`, `Separately,`. */
const SEPARATE_OPENING =
  /^\s*(?:(?:In|During)\s+(?:a|an|another)\s+(?:separate|unrelated|similar|earlier|previous|other)\s+(?:\p{L}+\s+)?(?:incident|attack|case|accident|crash|fire|blackout|outage|outbreak|event|episode|raid|collision)s?\b|Separately\s*,)/iu;

/**
 * A participle opening an apposition right before a date: `, set in `, `, built in `, or with its
 * agent between (`, set by Dutch rider Ana Vell in `: rule `figure:year-in-apposition-agent`).
 */
const APPOSED_PARTICIPLE_BEFORE =
  /,\s*(?:\p{Ll}{3,}ed|set|built|won|made|begun|held|run|shot|written|drawn|taken|given)\s+(?:by\s+[^,.;:()]{1,60}?\s+)?(?:in|on)\s+$/u;

/** Words by which a sentence with an earlier year tells another event: opening with the year (`In 2044, ...`, `In 2044 her coach ...`), `another`, `similar`, `the same lake`. */
const BACKGROUND = new RegExp(
  String.raw`^\s*In\s+\d{4}(?:,|\s+(?=\p{L}))|${OTHER_EVENT.source}|\bthe\s+same\s+(?!(?:day|night|morning|afternoon|evening|time|week|month|year|date)\b)\p{L}`,
  'iu',
);

/** A verb of rising right before a figure (`rose to`, `has climbed to`). */
const ROSE_TO_WORDS = String.raw`\b(?:rose|rises|risen|climbed|climbs|jumped|jumps|increased|increases|mounted|soared)`;
const ROSE_TO = new RegExp(String.raw`${ROSE_TO_WORDS}\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+)?$`, 'i');
/** A rise right before a figure: a verb of rising (`rose to`, `has climbed to`) or `now stands at`. */
const RISEN_BEFORE = new RegExp(
  String.raw`${ROSE_TO_WORDS}\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+)?$|\bnow\s+(?:stands?|stood)\s+at\s+(?:at\s+least\s+|more\s+than\s+)?$`,
  'i',
);
/** An offer raised to a sum (`raised its offer for Ostrel to`, `sweetened its bid to`). */
const RAISED_OFFER_BEFORE =
  /\b(?:raised|raises|raising|increased|increases|sweetened|sweetens|lifted|lifts|boosted|boosts)\s+(?:its|their|his|her|the)\s+(?:(?:takeover|cash|all-cash|buyout|initial|original|hostile)\s+)?(?:offer|bid)\b[^.;]{0,50}?\bto\s+(?:about\s+|some\s+|nearly\s+)?$/i;
/** A verb of falling right before a figure (`has fallen to`, `dropped to`). */
const FALLEN_BEFORE =
  /\b(?:fell|falls|fallen|dropped|drops|declined|declines|decreased|decreases|eased|eases)\s+to\s+(?:about\s+|some\s+|fewer\s+than\s+)?$/i;
/** The figure a fall started from, right after the figure (`12,000, down from 40,000`). */
const DOWN_FROM_AFTER = /^\S*\s*,?\s*(?:\p{L}+,?\s+){0,3}?down\s+from\b/iu;
/** A toll told risen: `The death toll has risen to 33`, `the number of people who died ... rose to 33`. */
const TOLL_RISEN =
  /\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|people\s+(?:killed|who\s+(?:died|were\s+killed))))\b[^.;!?]{0,90}?\b(?:has|had)?\s*(?:risen|rose|climbed|increased|jumped)\s+to\b/i;
/** People still missing told after a toll, in its sentence: ` people were killed and one was missing`, `, with two others unaccounted for` (`count:toll-with-missing`). */
const MISSING_AFTER =
  /^[^.;:!?]{0,50}?\b(?:and|with|while)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:others?\s+|more\s+|people\s+|persons?\s+)?(?:(?:was|were|is|are|remains?|remained|still|listed\s+as|reported)\s+){0,3}(?:missing|unaccounted\s+for)\b/iu;
/** A toll raised to a figure by a new find: `raising the death toll from Tuesday's flood to`, `bringing the toll to`. */
const TOLL_RAISED_BEFORE =
  /\b(?:raising|raised|raises|bringing|brought|brings|taking|took|takes|pushing|pushed|pushes)\s+the\s+(?:death\s+)?toll\b[^.;!?]{0,60}?\bto\s+(?:at\s+least\s+)?$/i;
/** The figure a rise started from, right after the figure (`14, up from eight`). */
const UP_FROM_AFTER = /^\S*\s*,?\s*(?:\p{L}+\s+){0,2}?up\s+from\b/iu;
/** The value a rise started from, told after the figure (`seven, up from five`). */
const UP_FROM_VALUE =
  /^\S*\s*,?\s*(?:\p{L}+\s+){0,2}?up\s+from\s+(?:an?\s+(?:earlier|previous|initial)\s+)?(\d[\d,]*|\p{L}+(?:-\p{L}+)?)\b/iu;
/** A rise told with its start before the figure (`rose from five to`). */
const RISEN_FROM_BEFORE = new RegExp(
  String.raw`${ROSE_TO_WORDS}\s+from\s+(\d[\d,]*|\p{L}+(?:-\p{L}+)?)\s+to\s+(?:at\s+least\s+|more\s+than\s+)?$`,
  'iu',
);

/**
 * A toll a later report says rose (`the death toll rose to 67 on Monday`) passes an earlier
 * day's floor (`at least 40 people were killed`): the figure moved on, an update, though the
 * floor allows it. So does the same figure elsewhere in that report (its headline's `11 dead`
 * over `the toll rose to 11`), read among `list`. A later figure no report says rose (`67 people
 * were killed`, `the toll stood at 67`) still agrees with the floor.
 */
function risesPast(
  a: FactInContext,
  b: FactInContext,
  r: Reader,
  list: readonly FactInContext[] = [],
): boolean {
  if (a.kind !== 'count' || b.kind !== 'count' || a.value === b.value) return false;
  const [early, late] = publishedDay(r, a) < publishedDay(r, b) ? [a, b] : [b, a];
  if (!publishedDay(r, early) || publishedDay(r, early) === publishedDay(r, late)) return false;
  const rose = (f: FactInContext): boolean =>
    ROSE_TO.test(r.text(f.doc, { start: Math.max(0, f.start - 40), end: f.start }));
  // The risen figure repeated by a report of a later day (`killing 41 people` the day after `the
  // toll rose to 41`) has moved on too (`count:risen-repeated`).
  const risenBy = (x: FactInContext): boolean =>
    x.doc === late.doc ||
    (publishedDay(r, x) > publishedDay(r, early) && publishedDay(r, x) <= publishedDay(r, late));
  return (
    (late.value as number) > (early.value as number) &&
    (rose(late) || list.some((x) => risenBy(x) && x.value === late.value && rose(x)))
  );
}

/**
 * A later report that gives its figure as another outlet's of the set (`three crew members were
 * injured, according to the Dalton Herald`) passes that report on: a figure differing from the
 * one the cited outlet itself gives is a conflict (a relay garbled it), not an update.
 */
function relaysEarlier(facts: readonly FactInContext[], r: Reader): boolean {
  return facts.some((f) => {
    const published = r.byId.get(f.doc)!.published ?? '';
    return citedFor(r, f).some(
      (d) =>
        (r.byId.get(d)!.published ?? '') <= published &&
        // A relay giving the figure the cited report gives passes it on faithfully.
        !facts.some((x) => x.doc === d && compatible(x, f)),
    );
  });
}

/**
 * The outlets of the story a figure is passed on from: those its sentence names, else, when it
 * names no source of its own, those the report's first citing sentence names (a relay that opens
 * `..., the Northgate Press Agency reported.` goes on passing that report on: `Halvern will
 * reportedly pay $39 a share`).
 */
function citedFor(r: Reader, f: FactInContext): readonly string[] {
  const own = r.cites(f.doc, f.sentence);
  if (own.length) return own;
  if (sourceOf(r, f) !== null) return [];
  const d = r.byId.get(f.doc);
  for (let i = 0; d && i < f.sentence && i < d.sentences.length; i++) {
    const cited = r.cites(f.doc, i);
    if (cited.length) return cited;
  }
  return [];
}

/**
 * A death toll lower in a later report than in an earlier one, which the later report does not
 * give as a revision (`revised down to seven`): the dead do not come back, so later reports of
 * fewer dead contradict the earlier ones rather than update them (a rising toll is an update).
 * So do fewer captives freed (`five aid workers were freed` / a day later `the four aid workers
 * freed`): the freed are not taken back by a report (rule `figure:freed-not-retaken`, stop 58).
 */
function tollFalls(facts: readonly FactInContext[], r: Reader): boolean {
  const freed = facts.every((f) => !!f.event && RELEASE_ACTS.has(f.event));
  if ((facts[0]!.about !== 'event:killed' && !freed) || ordinalStep(facts, r)) return false;
  const ordered = byPublication(facts, r);
  const last = ordered.at(-1)!;
  return (
    (last.value as number) < (ordered[0]!.value as number) &&
    !ordered.some((f) => f.value === last.value && setsAgainst(r, f))
  );
}

/**
 * A death told by its ordinal (`A fifth hiker has died in hospital`) against reports of one
 * fewer published no later, the same day too: the ordinal says the toll was one fewer before it,
 * so the toll moved on, however a day's reports are ordered (rule `figure:toll-ordinal-step`,
 * stop 54).
 */
function ordinalStep(facts: readonly FactInContext[], r: Reader): boolean {
  const told = facts.filter((f) => f.rule === 'fact:toll-ordinal');
  const n = told[0]?.value;
  if (typeof n !== 'number' || told.some((f) => f.value !== n)) return false;
  const high = facts.filter((f) => f.value === n);
  const low = facts.filter((f) => f.value !== n);
  const first = high.map((f) => publishedDay(r, f)).sort()[0];
  return (
    low.length > 0 &&
    !!first &&
    low.every((f) => f.value === n - 1 && !!publishedDay(r, f) && publishedDay(r, f) <= first)
  );
}

/** Words by which a sentence sets one figure against another: a correction, a change, a denial. */
const AGAINST =
  /\b(?:contradict\w*|not|rather than|instead of|up from|down from|revis(?:ed|es|ing|ion)|earlier (?:reports?|figures?)|previously|initially|first reported|correct\w*|contrary to|disput\w*|compared with|from \S+ to|(?:more|less|higher|lower|bigger|smaller)\s+than\s+the)\b/i;

/** The fact's sentence sets its figure against another. */
function setsAgainst(r: Reader, f: FactInContext): boolean {
  const d = r.byId.get(f.doc);
  const s = d?.sentences[f.sentence];
  return !!s && AGAINST.test(r.text(f.doc, s));
}

/**
 * Who a figure is attributed to in its document: the source label of the attribution whose
 * content holds it (`the army said the strike killed eight`), lower case; `''` for a source
 * the text does not name (`local medics said`); null when no attribution holds it.
 */
function sourceOf(r: Reader, f: FactInContext): string | null {
  const d = r.byId.get(f.doc);
  const held = d?.attributions.filter((x) => x.content.start <= f.start && f.end <= x.content.end) ?? [];
  if (!held.length) return null;
  return held.find((x) => x.sourceLabel)?.sourceLabel?.toLowerCase() ?? '';
}
