import { DATELINE_REST } from '../text/dateline.js';
import { TOWN_RULE } from './town-rule.js';
import type { EntityKind, EntityMention, Sentence } from '../model/document.js';
import type { RepairedView } from '../repair/view.js';
import { STOP } from '../text/words.js';
import { PLACE_NAMES, TOWN_NAMES } from './places.js';
import {
  GAZETTEER_INDEX,
  NOT_NAMES,
  ORG_WORDS,
  PERSON_TITLES,
  PLACE_WORDS,
  FACILITY_WORDS,
  PROFESSIONS,
  TITLE,
  TITLE_TAIL,
} from './gazetteer.js';

/** Words written in capitals for emphasis that no acronym spells (besides function words). */
const EMPHASIS = new Set(
  'too never ever always really much must now yes so way big huge stop please again still here why how real true false totally absolutely nothing everything everyone nobody'.split(
    ' ',
  ),
);

const NAME_TOKEN = /\p{Lu}[\p{L}\p{M}'’.\-]*|\p{Lu}/u;
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'de',
  'la',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'du',
  'da',
  'den',
  'del',
  'di',
  'dos',
  'das',
  'ibn',
  'ter',
  'ten',
]);

/**
 * Lowercase particles inside a personal name (`Pieter van der Berg`, `Omar bin Salem`, `Juan
 * de la Cruz`, `Ana dos Santos`): part of the name, never its first word nor its last.
 */
const NAME_PARTICLES = new Set([
  'de',
  'la',
  'van',
  'von',
  'der',
  'den',
  'del',
  'di',
  'du',
  'da',
  'dos',
  'das',
  'al',
  'bin',
  'ibn',
  'ter',
  'ten',
  'le',
]);

/**
 * A surname joined to its particle by a dash or an apostrophe (`al-Garwe`, `el-Sayed`,
 * `bin-Talal`, `d'Arcy`): a word of the name though it opens in lower case.
 */
const JOINED_PARTICLE = /^(?:al|el|ad|as|ash|at|ar|an|az|ibn|bin|abu|ben|bint|ould|d)[-‐'’]\p{Lu}\p{Ll}/u;

/** Turns a name into a key part: lower case, no leading article, no possessive, dashes for spaces. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** The last word of a company's name, its legal form (`Inc`, `Corp`, `Ltd`): `and` after it joins two names. */
const NAME_END = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'lp', 'ag', 'sa', 'nv', 'gmbh']);

/** The head noun a school's or a hospital's name ends on (`Uppsala University`): `and` after it joins two names. */
const INSTITUTION_END = new Set(['University', 'College', 'Institute', 'Hospital', 'Academy', 'Museum']);

/**
 * Nouns of a part or of members before `of` and a name (`Shares of Corvel Corp`, `Members of the
 * Fen Union`, `Thousands of Velmar residents`): no part of the name, though capitalised at a
 * sentence's start.
 */
const PART_OF = new Set([
  'shares',
  'stock',
  'stocks',
  'members',
  'employees',
  'customers',
  'investors',
  'residents',
  'supporters',
  'thousands',
  'hundreds',
  'dozens',
  'millions',
]);

interface Candidate {
  start: number;
  end: number;
  text: string;
  sentenceStart: boolean;
  before: string;
  /** Up to 40 characters of the sentence after the candidate, where read. */
  after?: string;
}

/** Length of the longest gazetteer name, in UTF-16 code units: a longer stretch is no gazetteer name. */
const LONGEST_GAZETTEER_NAME = Math.max(...[...GAZETTEER_INDEX.keys()].map((k) => k.length));

/** Words of a name (white-space separated), as the Title Case pass counts them. */
const wordCount = (name: string): number => name.split(/\s+/).filter(Boolean).length;

/**
 * Longest name, in words, the Title Case pass looks up. Names run to about ten words (`Ministry
 * of Foreign Affairs of the Democratic People's Republic of Korea` is 11); trying every longer
 * stretch of a headline made the pass cubic in its capitalised words.
 */
export const MAX_NAME_WORDS = 16;

/** 1 and the lengths, in words, of the gazetteer's names (the Title Case pass adds the article's). */
const GAZETTEER_LENGTHS: readonly number[] = [...new Set([1, ...[...GAZETTEER_INDEX.keys()].map(wordCount)])];

// Tests of a token's first or last character, read from its code for ASCII (most of them)
// and by the expressions they stand for otherwise.

/** `/[.'’\-]$/`: a full stop, apostrophe or hyphen ends the token. */
const endsWithMark = (t: string): boolean => {
  const c = t.charCodeAt(t.length - 1);
  return c === 46 || c === 39 || c === 0x2019 || c === 45;
};

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** `/^\p{Lu}/u`: the token starts with a capital letter. */
const startsUpper = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
};

/** A token a name may open with: its first character (and code point) a capital letter. */
const opensName = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : NAME_TOKEN.test(t[0] ?? '') && /^\p{Lu}/u.test(t);
};

/** Runs of capitalised words (with `of`, `for`, `the` inside) in a sentence of the view. */
function candidates(text: string, start: number, end: number): Candidate[] {
  const out: Candidate[] = [];
  const re = /[\p{L}\p{M}\p{N}'’.\-]+/gu;
  const s = text.slice(start, end);
  const tokens: Array<{ t: string; a: number; b: number; stop: boolean }> = [];
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let t = m[0];
    let b = m.index + t.length;
    while (endsWithMark(t) && !/^(\p{L}\.)+$/u.test(t) && !/^\p{Lu}\.$/u.test(t)) {
      t = t.slice(0, -1);
      b--;
    }
    const possessive =
      t.length > 2 && t.charCodeAt(t.length - 1) === 115 && isApostrophe(t.charCodeAt(t.length - 2));
    if (possessive) {
      t = t.slice(0, -2);
      b -= 2;
    }
    if (t) tokens.push({ t, a: m.index, b, stop: possessive });
  }
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (!opensName(tok.t)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !tokens[j]!.stop) {
      const next = tokens[j + 1]!;
      const gap = s.slice(tokens[j]!.b, next.a);
      if (gap !== '' && gap !== ' ' && gap !== '-') break;
      if (startsUpper(next.t) || JOINED_PARTICLE.test(next.t)) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      // Two particles of a personal name in a row (`van der Berg`, `de la Cruz`), then its capital.
      const third = tokens[j + 3];
      if (
        NAME_PARTICLES.has(next.t) &&
        after &&
        NAME_PARTICLES.has(after.t) &&
        third &&
        startsUpper(third.t) &&
        s.slice(next.b, after.a) === ' ' &&
        s.slice(after.b, third.a) === ' '
      ) {
        j += 3;
        continue;
      }
      // `Velo Inc and Orlin Labs`: a company's name ends on its legal form, so `and` after it
      // joins two names.
      if (next.t === 'and' && NAME_END.has(tokens[j]!.t.toLowerCase())) break;
      // So does a school's or a hospital's name on its head noun, before a person's or another
      // body's name (`Uppsala University and Pieter Jansen`, `Leiden University and Tarn
      // College`; rule `entities:and-after-institution`). Not a name whose own words go on
      // (`University and College Union`: `and` right after the first word stays inside).
      if (next.t === 'and' && j > i && INSTITUTION_END.has(tokens[j]!.t)) break;
      if (CONNECTORS.has(next.t) && after && startsUpper(after.t) && s.slice(next.b, after.a) === ' ') {
        j += 2;
        continue;
      }
      break;
    }
    let a = tokens[i]!.a;
    let b = tokens[j]!.b;
    let first = i;
    // Drop a sentence-opening function word: `The`, `According`, `Meanwhile`; and a noun of a
    // part or of members with its `of` (`Shares of Corvel Corp`, `Members of the Fen Union`).
    while (
      first < j &&
      PART_OF.has(tokens[first]!.t.toLowerCase()) &&
      tokens[first + 1]!.t === 'of' &&
      s.slice(tokens[first]!.b, tokens[first + 1]!.a) === ' '
    )
      first += 2;
    while (
      first <= j &&
      NOT_NAMES.has(tokens[first]!.t.toLowerCase()) &&
      !(
        b - tokens[first]!.a <= LONGEST_GAZETTEER_NAME &&
        GAZETTEER_INDEX.has(s.slice(tokens[first]!.a, b).toLowerCase())
      )
    ) {
      first++;
    }
    if (first <= j) {
      a = tokens[first]!.a;
      let text = s.slice(a, b);
      const poss = /['’]s$/.exec(text);
      if (poss) {
        text = text.slice(0, -2);
        b -= 2;
      }
      out.push({
        start: start + a,
        end: start + b,
        text,
        sentenceStart: first === 0,
        before: s.slice(Math.max(0, a - 40), a),
        after: s.slice(b, b + 40),
      });
    }
    i = j + 1;
  }
  return out;
}

/** A word of a personal name: capitalised (inner capitals allowed: `McNutt`, `O'Brien`) or an initial. */
const PERSONAL_WORD = /^\p{Lu}[\p{Ll}'’\-]+(?:\p{Lu}\p{Ll}+)?$|^\p{Lu}\.$|^(?:\p{Lu}\.)+$/u;

/** A capitalised word of a personal name, or a surname joined to its particle, that is no place's, group's or common word. */
const nameWord = (w: string): boolean =>
  (PERSONAL_WORD.test(w) || JOINED_PARTICLE.test(w)) &&
  !GAZETTEER_INDEX.has(w.toLowerCase()) &&
  !NOT_NAMES.has(w.toLowerCase());

/**
 * Words with a personal name's shape: two to four name words (capitals inside a name are
 * common: `McNutt`, `LaSalle`, `LuAnn`), with the particles of a name between them (`Pieter van
 * der Berg`, `Omar bin Salem`); the first a capitalised word.
 */
function personalNameShape(words: readonly string[]): boolean {
  const names = words.filter((w) => !NAME_PARTICLES.has(w));
  return (
    // Titles alone (`Detective Sgt`, cut from its name by the abbreviation's dot) name nobody.
    !words.every((w) => TITLE.has(w.toLowerCase().replace(/\.$/, ''))) &&
    names.length >= 2 &&
    names.length <= 4 &&
    PERSONAL_WORD.test(words[0]!) &&
    !NAME_PARTICLES.has(words.at(-1)!) &&
    names.every(nameWord)
  );
}

/**
 * A person's name and the place after `of` (`Ann Lee of Springfield`, how news gives a home
 * town) are two names, not one: the words before `of` all of a personal name's shape (two to
 * four, none an organisation's, a place's or a known name's word), the words after it a name
 * of their own. `Bank of America`, `Duke of Edinburgh` and `Secretary of State` stay whole.
 */
function splitPersonOfPlace(c: Candidate): Candidate[] {
  const m = /^(.+?) of (\p{Lu}.*)$/u.exec(c.text);
  if (!m) return [c];
  const left = m[1]!.split(' ');
  if (
    left.length < 2 ||
    left.length > 4 ||
    !left.every((w) => {
      const lw = w.toLowerCase();
      return (
        PERSONAL_WORD.test(w) &&
        !ORG_WORDS.has(lw) &&
        !PLACE_WORDS.has(lw) &&
        !TITLE.has(lw.replace(/\.$/, '')) &&
        !NOT_NAMES.has(lw) &&
        !GAZETTEER_INDEX.has(lw)
      );
    })
  )
    return [c];
  const rightAt = m[1]!.length + 4;
  return [
    { ...c, end: c.start + m[1]!.length, text: m[1]!, after: c.text.slice(m[1]!.length) + (c.after ?? '') },
    {
      start: c.start + rightAt,
      end: c.end,
      text: m[2]!,
      sentenceStart: false,
      before: c.before + c.text.slice(0, rightAt),
      ...(c.after !== undefined ? { after: c.after } : {}),
    },
  ];
}

/** Initials of a name's capitalised words, connectors left out: `New York Times` -> `NYT`. */
export function initials(name: string): string {
  return name
    .split(/[\s\-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('');
}

/** Words right before a group's name: its noun in lower case, or the words it is called by. */
const GROUP_BEFORE =
  /(?:\b(?:group|gang|network|movement|militia|faction|organi[sz]ation|collective|cartel|outfit|band|coalition|alliance|party)|\b(?:calling|calls|call|called|named|known as)\s+(?:itself|themselves|himself|herself)?)\s+(?:the\s+)?$/;

/**
 * A company's trade right before its name (`carmaker Helvo`, `the airline Skyvia`, `chipmaker Orin
 * Systems`): the name is the company's, whatever its shape (rule `mentions:company-after-trade`,
 * stop 58). Trades that are no profession of a person: a `maker`, a `retailer`, an `airline`.
 */
const TRADE = String.raw`(?:carmaker|automaker|chipmaker|drugmaker|steelmaker|planemaker|shipbuilder|airline|retailer|supermarket|insurer|lender|conglomerate|telecoms?\s+(?:firm|operator|group)|(?:energy|oil|gas|mining|tech|technology|software|chemicals?|food|drinks|pharmaceutical|shipping|logistics|construction|engineering)\s+(?:firm|company|group|giant|maker))`;
const TRADE_BEFORE = new RegExp(String.raw`(?:^|)(?:the\s+)?${TRADE}\s+$`, 'i');
/** A candidate opening on its trade (`Carmaker Helvo`, `Airline Skyvia`, sentence-initial): group 1 the trade and its space. */
const TRADE_OPENING = new RegExp(String.raw`^(${TRADE}\s+)(?=\p{Lu})`, 'iu');

/** A preposition of place right before a word (`in`, `near`, `from … to`, `flew to`); `to` alone names people too. */
const PLACE_PREPOSITION =
  /(?:\b(?:in|near|outside|from|off|across)|\bfrom\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+to|\b(?:flights?|flew|fly\w*|travel\w*|sail\w*|bound|head\w*|fled|return\w*|deport\w*|moved?|moving|driv\w*|drove)\s+to)\s+$/iu;

/** The noun of a small place's kind and `of` before its name: `the village of `, `the hamlet of `. */
const PLACE_KIND_OF = /\b(?:village|town|hamlet|township|settlement|parish|commune|municipality)\s+of\s+$/i;
/** The noun of a small place's kind set off after its name: `, a hill village`, `, a fishing town of`. */
const PLACE_KIND_AFTER =
  /^,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:village|town|hamlet|township|settlement|commune)\b/u;

/** Words a sports club's name opens with, as written (`Real`, `Atlético`): see `classify`. */
const CLUB_FIRST_WORDS: ReadonlySet<string> = new Set([
  'Real',
  'Atlético',
  'Atletico',
  'Sporting',
  'Dynamo',
  'Dinamo',
  'Olympique',
  'Deportivo',
]);

/** A candidate read as an organisation by `rule`: keyed by its words, labelled without `the`. */
const organisation = (
  c: Candidate,
  rule: string,
): { kind: EntityKind; key: string; label: string; rule: string } => ({
  kind: 'organization',
  key: `org:${slug(c.text)}`,
  label: c.text.replace(/^the\s+/i, ''),
  rule,
});

function classify(c: Candidate): { kind: EntityKind; key: string; label: string; rule: string } | null {
  const lower = c.text.toLowerCase();
  const hit = GAZETTEER_INDEX.get(lower) ?? GAZETTEER_INDEX.get(lower.replace(/^the\s+/, ''));
  if (hit) {
    return {
      kind: hit.entry.kind === 'place' ? 'place' : 'organization',
      key: hit.entry.key,
      // A seat of power stands for its government (one key) but is labelled as written: the
      // source of `the White House said` is the White House, not `United States`.
      label:
        hit.via === 'seat'
          ? (hit.entry.seats!.find((x) => x.toLowerCase() === lower.replace(/^the\s+/, '')) ??
            hit.entry.label)
          : hit.entry.label,
      rule: `mentions:gazetteer-${hit.via}`,
    };
  }
  const words = c.text.split(/[\s]+/);
  // A club named `… United` (`Port Alder United`; `United Nations` is the gazetteer's).
  if (words.length >= 2 && words.at(-1) === 'United') {
    return organisation(c, 'mentions:org-word');
  }
  // A club named by the word its kind of name opens with (`Real Ostravia`, `Atlético Sarno`,
  // `Sporting Velm`, `Dynamo Orlin`): a sports club, never a person's first name.
  if (words.length >= 2 && words.length <= 4 && CLUB_FIRST_WORDS.has(words[0]!)) {
    return organisation(c, 'mentions:club-prefix');
  }
  // A word of the name, or the last part of a hyphenated one (`Standard-Gazette`).
  if (
    words.some((w) =>
      ORG_WORDS.has(
        w
          .toLowerCase()
          .replace(/['’]s$/, '')
          .split('-')
          .at(-1)!,
      ),
    )
  ) {
    return organisation(c, 'mentions:org-word');
  }
  // A building or site named by its last word (`the Grand Hotel`, `Seaview Hospital`).
  if (words.length >= 2 && FACILITY_WORDS.has(words.at(-1)!.toLowerCase())) {
    return {
      kind: 'place',
      key: `place:${slug(c.text)}`,
      label: c.text.replace(/^the\s+/i, ''),
      rule: 'mentions:facility-name',
    };
  }
  if (words.some((w) => PLACE_WORDS.has(w.toLowerCase()))) {
    return {
      kind: 'place',
      key: `place:${slug(c.text)}`,
      label: c.text.replace(/^the\s+/i, ''),
      rule: 'mentions:place-word',
    };
  }
  if (/^\p{Lu}{2,6}$/u.test(c.text) || /^(\p{Lu}\.){2,5}$/u.test(c.text)) {
    // A common word in capitals is emphasis (`not TOO quickly`, `NEVER again`), not an acronym.
    if (NOT_NAMES.has(lower) || STOP.has(lower) || EMPHASIS.has(lower)) return null;
    return { kind: 'organization', key: `org:${slug(c.text)}`, label: c.text, rule: 'mentions:acronym' };
  }
  // A place of two words or more, which the shape of a personal name would take in (`Los Angeles`).
  const place = lower.replace(/^the\s+/, '').replace(/\s+/g, ' ');
  if (words.length >= 2 && PLACE_NAMES.has(place)) {
    return {
      kind: 'place',
      key: `place:${slug(c.text)}`,
      label: c.text.replace(/^the\s+/i, ''),
      rule: 'mentions:place-name',
    };
  }
  // A town named in one word, after a preposition of place (`sailing from Mombasa to Jeddah`,
  // `an event in Cupertino`): many such names are also people's (`Jackson`), so only there.
  if (
    words.length === 1 &&
    TOWN_NAMES.has(lower) &&
    // Not a month or a day some town shares (`in May`), nor any other word that is no name.
    !NOT_NAMES.has(lower) &&
    PLACE_PREPOSITION.test(c.before)
  ) {
    return {
      kind: 'place',
      key: `place:${slug(c.text)}`,
      label: c.text,
      rule: TOWN_RULE,
    };
  }
  // A place named for a saint in Spanish, Italian or Portuguese, after a preposition of place
  // (`at his home in Santa Verona`, `died in Santo Amaro`): a place, as `Saint` makes one; the
  // shape of a personal name took it in (rule `mentions:place-word-santa`).
  if (words.length === 2 && /^(?:Santa|Santo|São)$/u.test(words[0]!) && PLACE_PREPOSITION.test(c.before)) {
    return { kind: 'place', key: `place:${slug(c.text)}`, label: c.text, rule: 'mentions:place-word-santa' };
  }
  // A place the noun of its kind names, before it or set off after it (`the village of Marrow`,
  // `in Marow, a hill village`): a place, whatever its name (rule `mentions:place-named-by-kind`).
  if (words.length <= 2 && (PLACE_KIND_OF.test(c.before) || PLACE_KIND_AFTER.test(c.after ?? ''))) {
    return {
      kind: 'place',
      key: `place:${slug(c.text)}`,
      label: c.text,
      rule: 'mentions:place-named-by-kind',
    };
  }
  if (PERSON_TITLES.test(c.before) && words.length <= 4) {
    return { kind: 'person', key: `person:${slug(c.text)}`, label: c.text, rule: 'mentions:person-title' };
  }
  // A name a group goes by (`the hacker group Grey Lantern`, `a group calling itself Grey
  // Lantern`, `the rebels, who call themselves the Red Dawn`): an organisation's, whatever its shape.
  if (GROUP_BEFORE.test(c.before) && words.length <= 5) {
    return organisation(c, 'mentions:group-name');
  }
  if (TRADE_BEFORE.test(c.before) && words.length <= 4)
    return organisation(c, 'mentions:company-after-trade');
  if (personalNameShape(words)) {
    return {
      kind: 'person',
      key: `person:${slug(c.text)}`,
      label: c.text,
      rule: 'mentions:personal-name-shape',
    };
  }
  return null;
}

/**
 * h-who18's `company-by-structure`: what follows a name that only a company's (or any body's)
 * name takes: `Norvik Mills, which employs`, `Norvik Mills have told workers` (a plural verb
 * after a single name), `Norvik Mills will close its plant`, `Norvik Mills said on Wednesday it
 * would close its plant`, `Norvik Mills shares fell`, `Norvik Mills' chief executive`.
 */
const BODY_AFTER = new RegExp(
  [
    String.raw`^,\s+which\b`,
    String.raw`^\s+(?:have|are|were)\s+(?!been\s+(?:married|together)\b)`,
    String.raw`^\s+(?:(?:has|have|had|will|would|could|is|was|also|now|still|already|plans?|planned|to|said|says|announced|confirmed|added|on|this|last|next|that|it|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)*\p{Ll}+\s+its\b`,
    String.raw`^\s+shares\b`,
    String.raw`^['’]s?\s+(?:shares|stock|chief\s+executive|board\s+of\s+directors|shareholders|subsidiary|headquarters|factory|factories|plants?)\b`,
  ].join('|'),
  'u',
);
/** What follows only a person's name: `, who`, an age, a pronoun of a person (`Ada Quill said she`). */
const PERSON_AFTER =
  /^(?:,\s+(?:who\b|\d{1,3},)|\s+(?:\p{Ll}+\s+){0,3}(?:he|she|his|her|him|himself|herself)\b)/u;
/**
 * A name in the place of a subject: opening its sentence, after a dateline's dash or a quotation
 * mark, or after an opening phrase of time (`On Wednesday, Norvik Mills said`). Not after `and`
 * (`Ada Quill and Tom Vinn have`: a plural verb is theirs), a preposition or a noun (`the death of
 * dictator Ivo Marl, which`: the clause is the death's; `a 2013 Velo Camry, which`).
 */
const SUBJECT_BEFORE =
  /(?:^|[.!?]\s|[-–—:"“‘(]|^\s*(?:On|In|Last|This|Earlier|Later|Yesterday|Today|Meanwhile)\b[^,.]{0,30},)\s*$/u;

/**
 * Names of a personal name's shape (`mentions:personal-name-shape`) that the document treats as a
 * body's (see `BODY_AFTER`) and never as a person's (see `PERSON_AFTER`): organisations, one key a
 * document. Reads the view's text; edits nothing but the kind of the found names.
 */
function bodiesByStructure(
  text: string,
  found: Array<{ c: Candidate; kind: EntityKind; key: string; label: string; rule: string }>,
): void {
  const body = new Set<string>();
  const person = new Set<string>();
  for (const f of found) {
    if (f.rule !== 'mentions:personal-name-shape') continue;
    const after = text.slice(f.c.end, f.c.end + 120).split(/[.;!?\n](?:\s|$)/u)[0]!;
    if (PERSON_AFTER.test(after)) person.add(f.key);
    else if (BODY_AFTER.test(after) && (f.c.sentenceStart || SUBJECT_BEFORE.test(f.c.before)))
      body.add(f.key);
  }
  // `Mr. Marl` anywhere in the document: Ivo Marl is a person.
  const titled = new Set<string>();
  for (const m of text.matchAll(/\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu)) titled.add(m[1]!);
  for (const f of found)
    if (
      f.rule === 'mentions:personal-name-shape' &&
      body.has(f.key) &&
      !person.has(f.key) &&
      !titled.has(f.c.text.split(/\s+/).at(-1)!)
    )
      Object.assign(f, {
        kind: 'organization' as EntityKind,
        key: `org:${slug(f.c.text)}`,
        label: f.c.text.replace(/^the\s+/i, ''),
        rule: 'mentions:company-by-structure',
      });
}

/** Words of four letters or more that title case may leave in lower case (`Fire Rips Through Mill`, `Man Held over Theft`). */
const TITLE_LOWER = new Set([
  'with',
  'from',
  'into',
  'onto',
  'upon',
  'over',
  'than',
  'that',
  'amid',
  'near',
  'past',
]);

/**
 * A Title Case headline, where capitals do not mark names: most words of four letters or more
 * capitalised, and hardly any other word of that length left in lower case. A sentence of
 * names with its verbs in lower case (`Ann Lee, 85, died on Thursday in Los Angeles`) is prose.
 */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  if (long.length < 3) return false;
  const lower = long.filter((w) => !/^\p{Lu}/u.test(w));
  // Headlines do not end with a full stop: a sentence that does, with verbs in lower case, is prose.
  // So is one that does with an auxiliary verb in lower case (`The Orvel Prize was awarded on
  // Wednesday to Ines Brenna, 71, of Velmar University and Pieter Holm, 56, of Tarnby University.`):
  // a Title Case headline capitalises its verbs, short ones too (rule `entities:prose-auxiliary`).
  if (
    /\.["'”’)]*\s*$/u.test(text) &&
    (lower.filter((w) => !TITLE_LOWER.has(w)).length > Math.floor(long.length / 10) ||
      /\s(?:was|were|is|are|has|have|had|will)\s+\p{Ll}/u.test(text))
  )
    return false;
  return lower.length / long.length <= 0.3;
}

/**
 * A name after a title written in capitals that no name's word takes (`CEO Dana Whitcomb`,
 * `CFO Li Wen`): the candidate without the title, which stays in the words before it. Only
 * asked of candidates read as nothing whole, so no name read before changes its key.
 */
function afterTitle(c: Candidate): Candidate | null {
  const m = /^(\p{Lu}{2,5})\s+(?=\p{Lu})/u.exec(c.text);
  if (m && TITLE.has(m[1]!.toLowerCase())) {
    const at = m[0].length;
    return {
      ...c,
      start: c.start + at,
      text: c.text.slice(at),
      sentenceStart: false,
      before: c.before + m[0],
    };
  }
  return afterTitleWords(c);
}

/** A whole wire dateline before a candidate, from the sentence's start: `BREMMA, Osteland - `, `KELSING (Reuters) - `. */
const DATELINE_BEFORE =
  /^\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:\s*\([^)]{1,20}\))?(?:,\s*\p{Lu}[\p{L}.\s]{1,30}?)?\s+[-–—]{1,2}\s+$/u;

/** The candidate without its first `at` characters (the words it opens with move to `before`). */
const withoutOpening = (c: Candidate, at: number): Candidate => ({
  ...c,
  start: c.start + at,
  text: c.text.slice(at),
  sentenceStart: false,
  before: c.before + c.text.slice(0, at),
});

/** A sentence-opening candidate without the profession it opens with (three words at least). */
function leadingTitle(c: Candidate): Candidate | null {
  const words = c.text.split(' ');
  const first = words[0]!.toLowerCase().replace(/\.$/, '');
  // A compound that describes, written with a hyphen and lower case after it, opening the sentence
  // (`Left-hander Luis Darrow agreed`, `Award-winning Mira Sollen`), is no part of a name: names
  // join capitals (`Jean-Pierre`) (rule `mentions:descriptor-before-name`, stop 47).
  // (A title so written, `President-elect Ann Lee`, stays the titled name the provenance reads.)
  // So is one of several hyphens (`Seven-year-old Leo Varga left hospital`; widened in stop 58).
  const descriptor = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(words[0]!) && !TITLE.has(first.split('-')[0]!);
  if (words.length < 3 || !(PROFESSIONS.has(first) || descriptor)) return null;
  const rest = withoutOpening(c, words[0]!.length + 1);
  return afterTitleWords(rest) ?? rest;
}

/**
 * A name after a title of capitalised words (`Deputy Health Minister Ana Prell`, `Interior
 * Minister Tom Vale`): the words after the last title word, when they have a personal name's
 * shape (one to three words, none a title, a known name's or a word that is no name).
 */
function afterTitleWords(c: Candidate): Candidate | null {
  const words = c.text.split(' ');
  let last = -1;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k]!.toLowerCase().replace(/\.$/, '');
    // `Chief Executive Tom Reyes`: a title's tail is the title's, not the name's.
    if (TITLE.has(w) || (k > 0 && last === k - 1 && TITLE_TAIL.has(w))) last = k;
  }
  const rest = words.slice(last + 1);
  if (
    last < 0 ||
    rest.filter((w) => !NAME_PARTICLES.has(w)).length > 3 ||
    !(rest.length === 1 ? nameWord(rest[0]!) : personalNameShape(rest)) ||
    rest.some((w) => TITLE.has(w.toLowerCase()))
  )
    return null;
  const at = words.slice(0, last + 1).join(' ').length + 1;
  return {
    ...c,
    start: c.start + at,
    text: c.text.slice(at),
    sentenceStart: false,
    before: c.before + c.text.slice(0, at),
  };
}

/**
 * People, organisations and places in the given sentences, with keys that
 * merge aliases: gazetteer names, demonyms and seats of government; acronyms
 * with the names they abbreviate (`NYT` ~ `New York Times`, `(CAR)`); surnames
 * with full names seen earlier in the document.
 */
export function findEntities(view: RepairedView, sentences: readonly Sentence[]): EntityMention[] {
  const found: Array<{ c: Candidate; kind: EntityKind; key: string; label: string; rule: string }> = [];
  const pending: Candidate[] = [];
  const headlines: Array<{ vs: number; ve: number }> = [];
  for (const sent of sentences) {
    const vs = view.fromOriginal(sent.start);
    const ve = view.fromOriginal(sent.end);
    if (isTitleCase(view.text.slice(vs, ve))) {
      headlines.push({ vs, ve });
      continue;
    }
    for (const whole of candidates(view.text, vs, ve))
      for (const c of splitPersonOfPlace(whole)) {
        // A profession opening a sentence (`Meteorologist Ivo Brandt said`, `Manager Rosa Lind
        // said`) is capitalised by the sentence: the person is the name after it. (Titles of
        // office, `Director Tomas Quill`, are left to the provenance's reading of titled names.)
        // So is one right after a wire's dateline (`BREMMA, Osteland - Seven-year-old Leo Varga
        // left hospital`; rule `mentions:descriptor-before-name`, widened in stop 58).
        // A company's trade capitalised by the sentence (`Carmaker Helvo said`): the name after it
        // is the company's (rule `mentions:company-after-trade`, stop 58).
        const trade = TRADE_OPENING.exec(c.text);
        if (trade && c.text.length > trade[1]!.length) {
          const rest = withoutOpening(c, trade[1]!.length);
          if (rest.text.split(' ').length <= 4) {
            found.push({ c: rest, ...organisation(rest, 'mentions:company-after-trade') });
            continue;
          }
        }
        const lead = c.sentenceStart || DATELINE_BEFORE.test(c.before) ? leadingTitle(c) : null;
        const led = lead && classify(lead);
        if (led && led.kind === 'person') {
          found.push({ c: lead!, ...led });
          continue;
        }
        let k = classify(c);
        // `ORLEN, Maravia - ...`, `KELSING - ...`: a word in capitals opening a sentence as a wire's
        // dateline is the place the story was filed from, not an acronym.
        if (
          k?.rule === 'mentions:acronym' &&
          c.sentenceStart &&
          DATELINE_REST.test(view.text.slice(c.end, Math.min(ve, c.end + 80)))
        )
          k = { kind: 'place', key: `place:${slug(c.text)}`, label: c.text, rule: 'mentions:dateline-place' };
        const named = k ? null : afterTitle(c);
        const n = named && classify(named);
        if (k) found.push({ c, ...k });
        else if (n) found.push({ c: named!, ...n });
        else pending.push(c);
      }
  }
  bodiesByStructure(view.text, found);
  // Title Case headlines capitalise every word: there, only names the gazetteer or the article's own text knows.
  const known = new Map<string, { kind: EntityKind; key: string; label: string }>();
  for (const f of found) known.set(f.c.text.toLowerCase(), { kind: f.kind, key: f.key, label: f.label });
  // Only stretches as long (in words) as some name the pass can find are worth looking up.
  const lengths = headlines.length
    ? [...new Set([...GAZETTEER_LENGTHS, ...[...known.keys()].map(wordCount)])]
        .filter((n) => n >= 1 && n <= MAX_NAME_WORDS)
        .sort((a, b) => b - a)
    : [];
  for (const { vs, ve } of headlines) {
    for (const c of candidates(view.text, vs, ve)) {
      const words: Array<{ a: number; b: number }> = [];
      const re = /[^\s]+/g;
      for (let m = re.exec(c.text); m; m = re.exec(c.text))
        words.push({ a: m.index, b: m.index + m[0].length });
      const used = new Set<number>();
      for (const len of lengths) {
        if (len > words.length) continue;
        for (let i = 0; i + len <= words.length; i++) {
          let free = true;
          for (let k = i; k < i + len && free; k++) free = !used.has(k);
          if (!free) continue;
          const a = words[i]!.a;
          const text = c.text.slice(a, words[i + len - 1]!.b).replace(/[.,:;!?]+$/, '');
          const lower = text.toLowerCase();
          const hit = GAZETTEER_INDEX.get(lower);
          const k = hit
            ? {
                kind: (hit.entry.kind === 'place' ? 'place' : 'organization') as EntityKind,
                key: hit.entry.key,
                label: hit.entry.label,
              }
            : (known.get(lower) ??
              (/^\p{Lu}{2,6}$/u.test(text)
                ? { kind: 'organization' as EntityKind, key: `org:${slug(text)}`, label: text }
                : undefined));
          if (!k) continue;
          for (let w = i; w < i + len; w++) used.add(w);
          const sub: Candidate = {
            start: c.start + a,
            end: c.start + a + text.length,
            text,
            sentenceStart: false,
            before: '',
          };
          found.push({
            c: sub,
            ...k,
            rule: hit
              ? `mentions:gazetteer-${hit.via}`
              : known.has(lower)
                ? 'mentions:known-in-article'
                : 'mentions:acronym',
          });
        }
      }
    }
  }
  // Aliases: acronyms matching the initials of a longer name; surnames of known people.
  const byInitials = new Map<string, { key: string; label: string; kind: EntityKind }>();
  const bySurname = new Map<string, { key: string; label: string }>();
  for (const f of found) {
    const words = f.c.text.split(/\s+/);
    if (words.length >= 2) byInitials.set(initials(f.c.text), { key: f.key, label: f.label, kind: f.kind });
    if (f.kind === 'person' && words.length >= 2)
      bySurname.set(words[words.length - 1]!, { key: f.key, label: f.label });
  }
  // `the Main Military Intelligence Directorate (GUR)`: an acronym in brackets right after a name
  // abbreviates it, whatever its letters (a name translated, an acronym of the original language).
  const bracketed = new Map<string, { key: string; label: string }>();
  const ordered = [...found].sort((a, b) => a.c.start - b.c.start);
  for (const [i, f] of ordered.entries()) {
    if (f.rule !== 'mentions:acronym' || i === 0) continue;
    const prev = ordered[i - 1]!;
    if (prev.kind === 'person' || prev.rule === 'mentions:acronym') continue;
    // (`ORSK (AFP) - `: an agency credited in a dateline, before its dash, abbreviates no place.)
    if (
      /^\s*\(\s*$/.test(view.text.slice(prev.c.end, f.c.start)) &&
      view.text[f.c.end] === ')' &&
      !/^\)\s*[-–—]/u.test(view.text.slice(f.c.end, f.c.end + 4))
    )
      bracketed.set(f.c.text, { key: prev.key, label: prev.label });
  }
  for (const f of found) {
    if (f.rule === 'mentions:acronym') {
      const inBrackets = bracketed.get(f.c.text);
      if (inBrackets) {
        Object.assign(f, {
          key: inBrackets.key,
          label: inBrackets.label,
          rule: 'mentions:acronym-in-brackets',
        });
        continue;
      }
      const long = byInitials.get(f.c.text.replace(/\./g, ''));
      if (long && long.kind !== 'person')
        Object.assign(f, { key: long.key, label: long.label, rule: 'mentions:acronym-alias' });
    }
  }
  // A company named after its trade once is named alone after (`Carmaker Helvo recalls ...`, then
  // `Helvo said`): the same company (rule `mentions:company-after-trade`).
  const byTrade = new Map<string, { key: string; label: string }>();
  for (const f of found)
    if (f.rule === 'mentions:company-after-trade') byTrade.set(f.c.text, { key: f.key, label: f.label });
  for (const c of pending) {
    const company = byTrade.get(c.text);
    if (company) {
      found.push({ c, kind: 'organization', ...company, rule: 'mentions:company-after-trade' });
      continue;
    }
    const person = bySurname.get(c.text);
    if (person)
      found.push({ c, kind: 'person', key: person.key, label: person.label, rule: 'mentions:surname-alias' });
    // Two first names joined by `and` before one surname (`Ray and Donna Pikett`) are two people
    // of that surname (rule `mentions:shared-surname`, stop 47).
    else if (sharedSurname(c.text)) {
      const [first, second, surname] = sharedSurname(c.text)!;
      const secondAt = c.text.lastIndexOf(`${second} ${surname}`);
      for (const [name, at, end] of [
        [first, 0, first.length],
        [second, secondAt, c.text.length],
      ] as const)
        found.push({
          c: { ...c, start: c.start + at, end: c.start + end, text: c.text.slice(at, end) },
          kind: 'person',
          key: `person:${slug(`${name} ${surname}`)}`,
          label: `${name} ${surname}`,
          rule: 'mentions:shared-surname',
        });
    }
    // A lone name with an age set off after it (`Darrow, 28, was 17-8 last season`) is a person's,
    // even when the article spells its full name otherwise (`Luis Darow` above it) or never gives
    // it: news gives ages to people only (rule `mentions:name-with-age`, stop 47).
    else if (NAME_AGE_AFTER.test(view.text.slice(c.end, c.end + 8)) && /^\p{Lu}\p{Ll}+$/u.test(c.text))
      found.push({
        c,
        kind: 'person',
        key: `person:${slug(c.text)}`,
        label: c.text,
        rule: 'mentions:name-with-age',
      });
  }
  return found
    .map((f) => {
      const o = view.spanToOriginal({ start: f.c.start, end: f.c.end });
      return { start: o.start, end: o.end, kind: f.kind, key: f.key, label: f.label, rule: f.rule };
    })
    .sort((a, b) => a.start - b.start);
}

/** An age set off by commas right after a name: `, 28,` (`Darrow, 28, was`), not a year or a figure past a person's age. */
const NAME_AGE_AFTER = /^,\s*(?:[1-9]\d?|10\d)\s*,/;

/** Two first names and one surname: `Ray and Donna Pikett`; not the halves of a place (`North and South Korea`). */
const SHARED_SURNAME =
  /^(?!(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central|New|Old|Greater|Little|Great)\b)(\p{Lu}\p{Ll}+) and (?!(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central|New|Old|Greater|Little|Great)\b)(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u;

/** The two first names and the surname of `Ray and Donna Pikett`, each pair of a personal name's shape; null otherwise. */
function sharedSurname(text: string): [string, string, string] | null {
  const m = SHARED_SURNAME.exec(text);
  if (!m || !personalNameShape([m[1]!, m[3]!]) || !personalNameShape([m[2]!, m[3]!])) return null;
  return [m[1]!, m[2]!, m[3]!];
}
