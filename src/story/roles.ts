import type { EntityMention } from '../model/document.js';
import type { Span } from '../model/span.js';
import type { RepairedView } from '../repair/view.js';
import { STOP } from '../text/words.js';
import { slug } from '../mentions/entities.js';
import { PROFESSIONS, TITLE, TITLE_TAIL } from '../mentions/gazetteer.js';

/**
 * Titles and roles of named people, the way news gives them: a title before the name
 * (`harbour master Tomas Greer`, `Police Sgt. Ann Lee`), one the entity finder took into the
 * name (`Fire Chief Ann Lee` read as one name), and an apposition after it (`Ann Lee, an
 * inspector with the port authority,`; `Ann Lee, 41, a mother of three`).
 */
export interface RoleReading extends Span {
  /** The role as written. */
  readonly text: string;
  /** Its head noun, lower case (`inspector`, `director`, `ceo`). */
  readonly head: string;
  /** The entity key of the person it describes, without the title. */
  readonly person: string;
  /** The person's name as written, without the title. */
  readonly name: string;
  /** A past or passing role (`former`, `ex-`, `then`, `acting`, `retired`). */
  readonly past: boolean;
  readonly rule:
    | 'role:title-before-name'
    | 'role:title-before-honorific'
    | 'role:title-in-name'
    | 'role:apposition'
    | 'role:apposition-before'
    | 'role:copula'
    | 'role:title-before-surname';
}

/** Role nouns written in lower case: jobs, ranks, standings and relations. */
export const ROLE_NOUN = new Set([
  ...TITLE,
  ...PROFESSIONS,
  ...(
    'head leader founder owner executive official spokesman lawyer analyst expert researcher scientist ' +
    'doctor physician nurse reporter editor writer author producer actor actress singer star player guard ' +
    'forward pitcher quarterback striker goalkeeper defender resident worker employee driver pilot ' +
    'firefighter teacher student witness victim suspect survivor neighbor neighbour friend wife husband son ' +
    'daughter mother father brother sister widow widower spouse partner candidate member investor ' +
    'administrator supervisor engineer technician consultant adviser advisor aide assistant associate ' +
    'clerk dispatcher paramedic medic soldier sailor veteran surgeon neurosurgeon economist historian ' +
    'journalist novelist poet composer architect designer artist painter sculptor photographer chef businessman ' +
    'businesswoman entrepreneur banker activist lawmaker legislator politician diplomat envoy rapper ' +
    'comedian dancer boxer golfer swimmer cyclist skier climber mountaineer astronaut ' +
    // Trades a story names a finder or a witness by (`a farmer, Jonas Ekert, 71,`).
    'farmer fisherman miner mechanic carpenter electrician plumber shepherd gardener caretaker ' +
    // Posts headed `master` (`harbour master Ines Brodal`, `the ship's master`, `the school's
    // headmaster`; rule `role:master-post`, h-disc53).
    'master harbourmaster harbormaster headmaster headmistress postmaster stationmaster ' +
    // A school's head in British use (`headteacher Ines Vall`, `the deputy headteacher`), a post
    // with deputies as `headmaster` is (rule `role:headteacher-post`, h-disc58).
    'headteacher ' +
    // Posts with deputies that keep a place or run a response (`chief warden Ada Moss`, `the
    // deputy warden`, `regional emergency coordinator Ivo Lind`; rule `role:warden-coordinator`).
    'warden coordinator'
  ).split(' '),
]);

/** Honorifics written before a name, lower case without the dot: no post of their own. */
const HONORIFIC: ReadonlySet<string> = new Set(['dr', 'prof', 'mr', 'mrs', 'ms']);

/** Modifiers marking a role held before, or for a while. */
const PAST = /\b(?:former|ex|then|acting|interim|retired|onetime|one-time|late|outgoing|previous)\b/i;

/** A determiner opening a role phrase (`an inspector`, `the city's director`). */
const DETERMINER = /^(?:a|an|the|his|her|its|their)$/i;

/** The head of a role phrase: its last word before a preposition (`inspector` of `an inspector with ...`). */
function roleHead(role: string): string | null {
  const words = role
    .replace(/[’']s\b/g, '')
    .split(/\s+/)
    .map((w) => w.replace(/[.,]/g, ''));
  const stop = words.findIndex(
    (w, k) => k > 0 && /^(?:of|with|at|for|in|from|on|to|since|who|and)$/i.test(w),
  );
  const phrase = stop === -1 ? words : words.slice(0, stop);
  const head = phrase[phrase.length - 1]?.toLowerCase() ?? '';
  return ROLE_NOUN.has(head) ? head : null;
}

/** Up to five words, each followed by spaces or tabs, at the end of a text (a title before a name). */
const TITLE_WORDS_AT_END = /((?:(?:[\p{L}][\p{L}.'’-]*)[ \t]+){1,5})$/u;

/**
 * Where {@link TITLE_WORDS_AT_END} can start matching in `before` at the earliest: after the
 * last character none of its words or gaps can hold, and after the sixth run of spaces from
 * the end (it holds five at most); the text's length when it does not end in a space or tab.
 * The pattern reads no character before its match, so searching from there finds the same
 * match, without trying it at every place of the text.
 */
function titleWordsFrom(before: string): number {
  let i = before.length;
  const last = before.charCodeAt(i - 1);
  if (last !== 32 && last !== 9) return i;
  let runs = 0;
  let inGap = false;
  for (; i > 0; i--) {
    const c = before.charCodeAt(i - 1);
    if (c === 32 || c === 9) {
      if (!inGap) {
        if (runs === 5) break;
        runs++;
        inGap = true;
      }
      continue;
    }
    inGap = false;
    // Of the characters below 128, words hold only letters, `.`, `'` and `-` (others: any letter or `’`).
    if (c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 39 || c === 45))
      break;
  }
  return i;
}

/**
 * Participles that are words of a title (`chief operating officer`, `managing director`,
 * `commanding officer`, `presiding judge`, `acting chairman`): other words ending in -ing or -ed
 * before a name end the title (`killing Dr Ann Lee`).
 */
const TITLE_PARTICIPLE =
  /^(?:operating|managing|commanding|presiding|acting|supervising|consulting|founding|ranking)$/;

/**
 * Whether a role phrase after a name holds a verb before its first preposition (`, who ...`,
 * `, saying ...` are clauses, not roles). A participle of a title is no verb (`, the utility's
 * chief operating officer,`, `, its managing director,`: rule `role:title-participle-after-name`).
 */
const hasVerb = (text: string): boolean =>
  [...text.split(/\s+(?:of|with|at|for|in|from)\s+/)[0]!.matchAll(/\b(\p{Ll}+(?:ed|ing))\b/gu)].some(
    (m) => !TITLE_PARTICIPLE.test(m[1]!),
  );

/** The roles given to the people named in one document. */
export function readRoles(view: RepairedView, entities: readonly EntityMention[]): RoleReading[] {
  const out: RoleReading[] = [];
  const span = (a: number, b: number): Span => ({
    start: view.toOriginal(a),
    end: view.toOriginal(b, 'end'),
  });
  for (const e of entities) {
    const from = view.fromOriginal(e.start);
    const to = view.fromOriginal(e.end);
    const written = view.text.slice(from, to);
    let words = written.split(/\s+/);
    let nameFrom = from;
    // A title the entity finder took into the name: `Fire Chief Ann Lee` (two name words at least after it).
    const t = titleInName(words);
    if (t >= 0) {
      const title = words.slice(0, t + 1).join(' ');
      nameFrom = from + written.indexOf(words[t + 1]!, title.length);
      const name = words.slice(t + 1);
      out.push({
        ...span(from, from + title.length),
        text: title,
        head: words[t]!.replace(/\.$/, '').toLowerCase(),
        person: `person:${slug(name.join(' '))}`,
        name: name.join(' '),
        past: PAST.test(title),
        rule: 'role:title-in-name',
      });
      words = name;
    } else if (e.kind === 'person' && words.length >= 2 && titleBeforeSurname(words)) {
      // A title before a surname alone (`Deputy Chief Tennet`, `Coach Darby`): the role of the
      // one person the document names in full by that surname (rule `role:title-before-surname`).
      const surname = words[words.length - 1]!;
      const full = new Map<string, string>();
      for (const p of entities) {
        if (p.kind !== 'person') continue;
        const pw = view.text.slice(view.fromOriginal(p.start), view.fromOriginal(p.end)).split(/\s+/);
        if (pw.length >= 2 && pw[pw.length - 1] === surname && titleInName(pw) < 0 && !isTitle(pw[0]!))
          full.set(p.key, pw.join(' '));
      }
      if (full.size === 1) {
        const [key, name] = [...full][0]!;
        const title = words.slice(0, -1).join(' ');
        out.push({
          ...span(from, from + title.length),
          text: title,
          head: words[words.length - 2]!.replace(/\.$/, '').toLowerCase(),
          person: key!,
          name: name!,
          past: PAST.test(title),
          rule: 'role:title-before-surname',
        });
      }
      continue;
    } else if (e.kind !== 'person' && !(e.kind === 'place' && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(written)))
      continue;
    // A two-word name the entity finder took for a place (`Lee Park`) is a person's when a
    // role stands right before it (`head coach Lee Park`): only that reading is made of it.
    const unsure = t < 0 && e.kind !== 'person';
    const person = t >= 0 ? `person:${slug(words.join(' '))}` : unsure ? `person:${slug(written)}` : e.key;
    const name = t >= 0 ? words.join(' ') : written;

    /** A role read at `at` in the view, given to this person. */
    const role = (at: number, text: string, head: string, rule: RoleReading['rule']): void => {
      out.push({ ...span(at, at + text.length), text, head, person, name, past: PAST.test(text), rule });
    };

    // A title before the name: words back from it, up to a function word or a clause mark.
    if (t < 0) {
      const before = view.text.slice(Math.max(0, nameFrom - 80), nameFrom);
      // Within the line: a title does not reach back over a heading or a paragraph break.
      const m = TITLE_WORDS_AT_END.exec(before.slice(titleWordsFrom(before)));
      if (m) {
        const back = m[1]!.trim().split(/\s+/);
        let k = back.length;
        while (k > 0) {
          const w = back[k - 1]!;
          const lw = w.toLowerCase().replace(/[’']s$/, '');
          // An age is no part of a title (`28-year-old forward Leon Abara`: a forward).
          if (
            STOP.has(lw) ||
            (/(?:ed|ing|ly)$/.test(lw) && !TITLE_PARTICIPLE.test(lw)) ||
            // A preposition ends the title: `the first vote held under President Ana Lee` is a
            // `President`, read by `role:title-before-name`.
            /^(?:and|or|by|with|under|from|into|against|after|before|during|since|without|via|than|about)$/.test(
              lw,
            ) ||
            /-old$/.test(lw)
          )
            break;
          // A full stop ends a sentence unless it closes a title's abbreviation (`Sgt.`).
          if (/\.$/.test(w) && !TITLE.has(lw.replace(/\.$/, ''))) break;
          k--;
        }
        let title = back.slice(k);
        let last = title[title.length - 1]?.replace(/\.$/, '').toLowerCase();
        // An honorific between a role and the name (`district health officer Dr. Amina Reszel`,
        // `chief surgeon Prof. Ivo Lenk`) is no part of the post: the role is the words before
        // it, headed by its last noun (rule `role:title-before-honorific`).
        const beforeHonorific = title[title.length - 2]?.toLowerCase();
        let honorific = false;
        if (last && HONORIFIC.has(last) && beforeHonorific && ROLE_NOUN.has(beforeHonorific)) {
          title = title.slice(0, -1);
          last = beforeHonorific;
          honorific = true;
        }
        if (title.length && last && ROLE_NOUN.has(last)) {
          const text = title.join(' ');
          const at = nameFrom - (before.length - before.lastIndexOf(text));
          role(at, text, last, honorific ? 'role:title-before-honorific' : 'role:title-before-name');
        }
      }
    }

    // A role set off before the name (`Orrin's chief executive, Marta Quell,`, `the
    // company's spokeswoman, Ann Lee, said`): a possessive or a determiner, then up to four
    // words ending in a role noun, then a comma right before the name. The possessive may be a
    // common noun's after a determiner (`the academy’s president, Alva Renke,`; rule
    // `role:apposition-before`). The determiner may open the sentence (`The council’s chief
    // information officer, Dana Morrell, said`) and the name may close it (`said the council’s
    // chief information officer, Dana Morrell.`).
    if (t < 0 && !unsure) {
      const before = view.text.slice(Math.max(0, nameFrom - 90), nameFrom);
      const m =
        /(?:^|[\s(])((?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+['’]s\s+)?|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2}['’]s\s+)(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)),\s+$/u.exec(
          before,
        );
      const head = m?.[2]!.toLowerCase();
      if (
        m &&
        head &&
        ROLE_NOUN.has(head) &&
        // An age may follow the name (`a farmer, Jonas Ekert, 71, while`).
        /^,?\s*[,)]|^,\s*\d{1,3}\s*[,)]|^\s+(?:said|says|told)\b|^\.(?:\s|$)/u.test(
          view.text.slice(to, to + 12),
        )
      ) {
        // The owner's words stop at a sentence's end (`... near Brisk. Vollnet's chief operating
        // officer, Ansel Graf,`): the role is the next sentence's (rule `role:owner-after-stop`).
        const text = m[1]!.split(/(?<=\p{Ll}{2,}[.!?]["”’]?)\s+/u).at(-1)!;
        const at = nameFrom - (before.length - before.lastIndexOf(text));
        role(at, text, head, 'role:apposition-before');
      }
    }

    // An apposition after the name, past an age: `, an inspector with the port authority,`.
    if (unsure) continue;
    const after = view.text.slice(to, to + 140);
    const a =
      /^,\s+(?:\d{1,3},\s+)?((?:(?:a|an|the|his|her|its|their)\s+)?[\p{L}][^,.;:!?"“”()]{2,110}?)(?=\s*[,.;:]|\s+(?:said|says|told|who)\b)/u.exec(
        after,
      );
    // It starts with a determiner or a common word (not a name in a list, not a clause word).
    // Or a name's possessive (`, Velmar’s mayor,`, `, Orrin’s chief executive,`).
    const first = a?.[1]!.split(/\s+/)[0] ?? '';
    const owner = /^\p{Lu}[\p{L}.&-]*['’]s$/u.test(first);
    if (a && (DETERMINER.test(first) || owner || (/^\p{Ll}/u.test(first) && !STOP.has(first)))) {
      const text = a[1]!;
      const head = roleHead(DETERMINER.test(first) || owner ? text.slice(first.length).trimStart() : text);
      const wordsIn = text.split(/\s+/).length;
      // A role phrase has no verb (`, who ...`, `, saying ...` are clauses, not roles).
      if (head && wordsIn <= 14 && !hasVerb(text)) {
        const at = to + a[0].indexOf(text);
        role(at, text, head, 'role:apposition');
        continue;
      }
    }
    // A role told by `is` (`Mara Tennet is the city’s fire chief.`, `Tennet, who is the fire
    // chief,`): a determiner or a possessive, then the role phrase up to a clause mark; the
    // present only (`was` may tell a post held before) (rule `role:copula`).
    const c =
      /^(?:,\s+who)?\s+is\s+((?:a|an|the|his|her|its|their|\p{Lu}[\p{L}.&-]*['’]s)\s+[^,.;:!?"“”()]{2,110}?)(?=\s*[,.;:]|\s+(?:and|who|since)\b)/u.exec(
        after,
      );
    if (c) {
      const text = c[1]!;
      const first = text.split(/\s+/)[0]!;
      const head = roleHead(text.slice(first.length).trimStart());
      if (head && text.split(/\s+/).length <= 14 && !hasVerb(text))
        role(to + c[0].indexOf(text), text, head, 'role:copula');
    }
  }
  return out;
}

/** A title before a capitalised surname alone: the word before the last a title (`Fire Chief Tennet`). */
const titleBeforeSurname = (words: readonly string[]): boolean =>
  isTitle(words[words.length - 2]!) &&
  /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]!) &&
  !isTitle(words[words.length - 1]!) &&
  words.every((w) => /^\p{Lu}/u.test(w));

/** Titles that are also common surnames (`Thurgood Marshall`, `John Major`): never cut from a name's end. */
const SURNAME_TITLES = new Set([
  'marshall',
  'marshal',
  'major',
  'judge',
  'king',
  'bishop',
  'justice',
  'speaker',
]);

/**
 * An entity as a fact names it: without a title a run of capitals took in. A person's name
 * after the last title word (`Deputy Hoyt Teasley`, `Superior Court Judge Ann Lee` -> Hoyt
 * Teasley, Ann Lee; at least two name words after it), and a name without a title closing it
 * (`Portland Harbour Club Coach` -> Portland Harbour Club). Other names are as written.
 */
export function bareName(e: EntityMention, written: string): { key: string; name: string; kind: string } {
  const words = written.split(/\s+/);
  const t = titleInName(words);
  if (t >= 0) {
    const name = words.slice(t + 1).join(' ');
    return { key: `person:${slug(name)}`, name, kind: 'person' };
  }
  // A surname alone stands for the full name it was read by: without that name's title
  // (`Marek` after `Comedian Jon Marek` is Jon Marek's).
  if (words.length === 1 && e.kind === 'person' && e.label !== written) {
    const full = e.label.split(/\s+/);
    const ft = titleInName(full);
    if (ft >= 0)
      return { key: `person:${slug(full.slice(ft + 1).join(' '))}`, name: written, kind: 'person' };
  }
  const last = words[words.length - 1]!.replace(/\.$/, '').toLowerCase();
  if (words.length >= 3 && TITLE.has(last) && !SURNAME_TITLES.has(last)) {
    // What a title closes is the body the title belongs to (a club, a company), not a person.
    const name = words.slice(0, -1).join(' ');
    const kind = e.kind === 'person' ? 'organization' : e.kind;
    return { key: `${kind === 'organization' ? 'org' : kind}:${slug(name)}`, name, kind };
  }
  return { key: e.key, name: written, kind: e.kind };
}

const isTitle = (w: string): boolean => TITLE.has(w.replace(/\.$/, '').toLowerCase());

/**
 * Where a title the entity finder took into a name ends (`Fire Chief Ann Lee` -> 1): its last
 * title word with at least two words after it, all capitalised and none a title; -1 for none.
 * A role noun opening the name counts too (`Actress Lena Marsh`, a sentence's first words).
 */
function titleInName(words: readonly string[]): number {
  let t = words.length >= 3 && ROLE_NOUN.has(words[0]!.toLowerCase()) ? 0 : -1;
  for (let k = 0; k < words.length - 2; k++)
    if (isTitle(words[k]!) || (k > 0 && t === k - 1 && TITLE_TAIL.has(words[k]!.toLowerCase()))) t = k;
  return t >= 0 && words.slice(t + 1).every((w) => /^\p{Lu}/u.test(w) && !isTitle(w)) ? t : -1;
}
