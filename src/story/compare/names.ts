import type { FactInContext } from '../facts.js';
import { onePost } from './roles.js';
import type { Finding, Reader } from './values.js';

/** Parts of a name that do not make it another name: initials and generational suffixes. */
const IGNORED = /^(?:[A-Z]\.?|jr\.?|sr\.?|ii|iii|iv)$/i;

/**
 * Letters that carry their mark in their shape, so NFD leaves them whole, and the plain letters an
 * outlet writes for them (`Sørvik` / `Sorvik`, `Łukasz` / `Lukasz`, `Strauß` / `Strauss`): one
 * spelling, as `José` is `Jose` (rule `name:letters-without-marks`).
 */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};
/** Any of {@link PLAIN_LETTERS}' letters. */
const MARKED_LETTER = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'gu');

function tokens(written: string): string[] {
  // Accents are no difference: an outlet that writes without them (`Jose` for `José`) spells
  // the name as its type allows.
  return written
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(MARKED_LETTER, (c) => PLAIN_LETTERS[c] ?? c)
    .replace(/[’']s$/u, '')
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .map((t) => t.replace(/[.,;:]+$/u, ''))
    .filter((t) => t && !IGNORED.test(t));
}

/**
 * Two ways of writing one name: the same words but one, and that one differs by a single
 * letter (`Marshal` / `Marshall`, `Olson` / `Olsen`), by its capitals only (`Luann` /
 * `LuAnn`), or by a plural (`Mammal` / `Mammals`); or a lone surname one letter off the
 * surname of a full name. Initials, suffixes, accents and `the` are not differences (`H. Dale
 * Hall` is `Dale Hall`, `José` is `Jose`), nor are different first names of one surname (two people).
 */
export function spellingVariants(a: string, b: string, person: boolean, organism = false): boolean {
  let x = tokens(a);
  let y = tokens(b);
  if (!x.length || !y.length || x.join(' ') === y.join(' ')) return false;
  if (organism) return speciesSlip(x, y);
  // One word written as two (`Trail Blazers` / `Trailblazers`).
  if (x.length !== y.length && x.join('').toLowerCase() === y.join('').toLowerCase()) return true;
  // A person's surname written as one word or two with a letter off besides (`Piet Vanlo` / `Piet
  // Van Loo`): the same first name, the rest one letter apart once joined (rule
  // `name:joined-one-letter`).
  if (
    person &&
    Math.abs(x.length - y.length) === 1 &&
    Math.min(x.length, y.length) >= 2 &&
    x[0] === y[0] &&
    x.slice(1).join('').length >= 5 &&
    editDistance(x.slice(1).join('').toLowerCase(), y.slice(1).join('').toLowerCase()) === 1
  )
    return true;
  // A double surname with its hyphen and without (`Tovas-Engel` / `Tovas Engel`): one name
  // written two ways (`name:hyphen-dropped`).
  const unhyphened = (w: string[]): string => w.join(' ').replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' ');
  if (x.length !== y.length && unhyphened(x) === unhyphened(y)) return true;
  // An article inside a name (`Friends of the Otters` / `Friends of Otters`).
  const bare = (w: string[]): string => w.filter((t) => t.toLowerCase() !== 'the').join(' ');
  if (x.length !== y.length && bare(x) === bare(y)) return true;
  // A middle name is not a difference: `Ann Marie Kolt` is compared as `Ann Kolt`.
  if (person && Math.abs(x.length - y.length) === 1 && Math.min(x.length, y.length) >= 2) {
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    const reduced = [long[0]!, long[long.length - 1]!];
    if (short.length === 2) [x, y] = [short, reduced];
  }
  // A lone name written with other capitals (`Lasalle` / `LaSalle`), or a lone surname one
  // letter off another (`Halvorsen` / `Halvorson`).
  if (x.length === 1 && y.length === 1) {
    const [s, t] = [x[0]!, y[0]!];
    // Two letters swapped in a lone name of any kind (`Ostery` / `Ostrey`): a slip of the keys.
    if (transposed(s, t) && /^\p{Lu}\p{Ll}{4,}$/u.test(s) && /^\p{Lu}\p{Ll}{4,}$/u.test(t)) return true;
    // A lone name written with its last consonant doubled and an `e` (`Carvel` / `Carvelle`,
    // `Moret` / `Morette`): a French ending heard one way and written another.
    if (doubledEnding(s, t) || doubledEnding(t, s)) return true;
    if (
      person &&
      s.length >= 5 &&
      t.length >= 5 &&
      s[0] === t[0] &&
      /^\p{Lu}\p{Ll}+$/u.test(s) &&
      /^\p{Lu}\p{Ll}+$/u.test(t) &&
      editDistance(s, t) === 1
    )
      return true;
    return (
      s.length >= 4 &&
      s !== t &&
      s.toLowerCase() === t.toLowerCase() &&
      /^\p{Lu}/u.test(s) &&
      /^\p{Lu}/u.test(t) &&
      s !== s.toUpperCase() &&
      t !== t.toUpperCase()
    );
  }
  // A name from another script romanised two ways (`Berdymukhamedova` / `Berdimuhamedova`,
  // `Tadzhigul` / `Tajigul`, `Yevgeny` / `Evgeny`): every word the same once the romanisations'
  // usual choices are read alike, one person (rule `name:romanised-two-ways`).
  if (person && x.length === y.length && x.length >= 2 && romanisedAlike(x, y)) return true;
  if (x.length === y.length && x.length >= 2) {
    const diff = x.map((t, i) => [t, y[i]!] as const).filter(([s, t]) => s !== t);
    if (diff.length !== 1) return false;
    const [s, t] = diff[0]!;
    const capital = (w: string): boolean => /^\p{Lu}/u.test(w);
    if (!capital(s) || !capital(t)) return false;
    if (s.toLowerCase() === t.toLowerCase()) return s !== s.toUpperCase() && t !== t.toUpperCase();
    // An adjective or demonym of the name is not a misspelling of it (`Korea` / `Korean`); a
    // person's name has none (`Ilva Sant` / `Ilva Santi` is one surname written two ways, rule
    // `name:person-no-demonym`).
    const [short, long] = s.length < t.length ? [s, t] : [t, s];
    // A bare `n` makes a demonym only after an `a` (`Russia` / `Russian`), so `Pieterse` /
    // `Pietersen` stays a one-letter slip.
    const suffix = long.slice(short.length);
    if (
      !person &&
      long.startsWith(short) &&
      (/^(an|ian|ese|ish|i)$/.test(suffix) || (suffix === 'n' && /a$/i.test(short)))
    )
      return false;
    if (s.length < 3 || t.length < 3) return false;
    // A first letter that sounds the same (`Katherine` / `Catherine`, `Karl` / `Carl`), or that one
    // language writes for another's sound (`Jonas Vik` / `Jonas Wik`, `Wagner` / `Vagner`: rule
    // `name:first-letter-v-w`, stop 45); any other first letter makes another name (`Dale` / `Gale`).
    const [x0, y0] = [s[0]!.toLowerCase(), t[0]!.toLowerCase()];
    if (x0 !== y0)
      return (
        ((/^[ck]$/.test(x0) && /^[ck]$/.test(y0)) || (person && /^[vw]$/.test(x0) && /^[vw]$/.test(y0))) &&
        s.slice(1) === t.slice(1)
      );
    const distance = editDistance(s.toLowerCase(), t.toLowerCase());
    // Two neighbouring letters swapped in one word of a person's name, the others the same
    // (`Joss Tiernay` / `Joss Tienray`): a slip of the keys, as in a lone name (rule
    // `name:person-letters-swapped`).
    if (person && transposed(s, t) && /^\p{Lu}\p{Ll}{4,}$/u.test(s) && /^\p{Lu}\p{Ll}{4,}$/u.test(t))
      return true;
    // One word of a person's name written with its last consonant doubled and an `e` (`Els Van
    // Dam` / `Els Van Damme`), the other words the same: one surname heard one way and written
    // another, as in a lone name (rule `name:person-doubled-ending`, stop 56).
    if (person && (doubledEnding(s, t, 3) || doubledEnding(t, s, 3))) return true;
    return (
      distance === 1 ||
      (person && distance === 2 && (vowelsApart(s, t) || soundsAlike(s, t) || heardAlike(s, t)))
    );
  }
  if (!person) return false;
  const [lone, full] = x.length === 1 ? [x[0]!, y] : y.length === 1 ? [y[0]!, x] : [null, null];
  if (!lone || !full || full.length < 2) return false;
  const surname = full[full.length - 1]!;
  return (
    lone.length >= 5 &&
    lone[0] === surname[0] &&
    editDistance(lone.toLowerCase(), surname.toLowerCase()) === 1
  );
}

/**
 * One scientific name written two ways (`Listeria monocytogenes` / `Listeria monocytogenis`):
 * the genus the same, the species a letter off (rule `name:species-slip`). Another species of
 * one genus is another organism (`Vibrio cholerae` / `Vibrio vulnificus`).
 */
function speciesSlip(x: string[], y: string[]): boolean {
  if (x.length !== 2 || y.length !== 2 || x[0] !== y[0]) return false;
  return x[1]!.length >= 7 && y[1]!.length >= 7 && editDistance(x[1]!, y[1]!) === 1;
}

/**
 * A long surname written with other vowels, its consonants the same in the same order
 * (`Delacorte` / `Delacourt`, `Moravec` / `Moravic`): a name heard or transliterated, one person.
 */
function vowelsApart(s: string, t: string): boolean {
  const skeleton = (w: string): string => w.toLowerCase().replace(/[aeiouy]+/g, '');
  return s.length >= 7 && t.length >= 7 && skeleton(s) === skeleton(t);
}

/**
 * One word of a person's name written two ways by ear, the other words the same (`Dorran Grange` /
 * `Dorran Grainger`): two letters apart, of five letters or more, and its consonants, once vowels
 * and doubled letters are set aside, the same but for an `-er` ending one outlet heard (rule
 * `name:heard-two-ways`). Another consonant is another name (`Grange` / `Grant`).
 */
function heardAlike(s: string, t: string): boolean {
  const frame = (w: string): string =>
    w[0]!.toLowerCase() +
    w
      .slice(1)
      .toLowerCase()
      .replace(/[aeiouy]+/g, '')
      .replace(/(\p{L})\1+/gu, '$1');
  return (
    s.length >= 5 &&
    t.length >= 5 &&
    /^\p{Lu}\p{Ll}+$/u.test(s) &&
    /^\p{Lu}\p{Ll}+$/u.test(t) &&
    (frame(s) === `${frame(t)}r` || frame(t) === `${frame(s)}r`)
  );
}

/**
 * A long surname with one sound written two ways, the rest the same (`Marquardt` / `Markwardt`,
 * `Rudolphsen` / `Rudolfsen`, `Schroder` / `Shroder`): a name heard or transliterated, one person
 * (rule `name:sound-spelled-two-ways`, under the spelling entry's own rule).
 */
const SOUND_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/qu/g, 'kw'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/sch/g, 'sh'],
  [/x/g, 'ks'],
];
function soundsAlike(s: string, t: string): boolean {
  const sound = (w: string): string =>
    SOUND_SPELLINGS.reduce((x, [from, to]) => x.replace(from, to), w.toLowerCase());
  return s.length >= 7 && t.length >= 7 && s.toLowerCase() !== t.toLowerCase() && sound(s) === sound(t);
}

/**
 * The choices romanisations of one name differ in, read alike: `kh` / `h`, `dzh` / `j`, `x` /
 * `ks`, `y` / `i` (and a word-initial `y` or `i` before a vowel dropped: `Yevgeny` / `Evgeny`),
 * `ou` / `u`, `w` / `v`, `ph` / `f`, doubled letters single (`Zelenskyy` / `Zelensky`).
 */
function romanKey(w: string): string {
  return w
    .toLowerCase()
    .replace(/dzh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/^i(?=[aeiou])/u, '');
}

/**
 * Two names of as many words, each word the same or alike by {@link romanKey}, the words that
 * differ of 5 letters or more, capitalised, and at least one word written the same: one name
 * romanised two ways. Two words written apart both may differ (`Gurbanguly` / `Gurbanguli`
 * with its surname), since one outlet romanises the whole name by one system.
 */
function romanisedAlike(x: readonly string[], y: readonly string[]): boolean {
  let differ = 0;
  let same = 0;
  for (let i = 0; i < x.length; i++) {
    const [s, t] = [x[i]!, y[i]!];
    if (s === t) {
      same++;
      continue;
    }
    if (s.length < 5 || t.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(s) || !/^\p{Lu}\p{Ll}+$/u.test(t))
      return false;
    if (romanKey(s) !== romanKey(t)) return false;
    differ++;
  }
  return differ > 0 && (same > 0 || differ >= 2);
}

/** Each way of writing (`form`) once a document, at its first place, in document order. */
function oncePerDocument(
  facts: readonly FactInContext[],
  form: (f: FactInContext) => string,
): FactInContext[] {
  const seen = new Set<string>();
  return facts
    .filter((f) => {
      const k = `${f.doc}|${form(f)}`;
      return !seen.has(k) && seen.add(k);
    })
    .sort((x, y) => x.doc.localeCompare(y.doc) || x.start - y.start);
}

/** One name written in different ways across (or within) the outlets: one entry per name, every way and where it is written. */
export function nameDiscrepancies(variants: readonly FactInContext[][], r: Reader): Finding[] {
  const out: Finding[] = [];
  for (const variant of variants) {
    // A lone surname that a full name of the group ends with is that name written short, not
    // another way of writing it (`Greer` beside `Anselm Greer`, against `Anselm Grier`).
    const full = new Set(
      variant
        .map((f) => tokens(f.value as string))
        .filter((t) => t.length >= 2)
        .map((t) => t.at(-1)!),
    );
    const g = variant.filter((f) => {
      const t = tokens(f.value as string);
      return t.length >= 2 || !full.has(t[0]!);
    });
    const written = [...new Set(g.map((f) => tokens(f.value as string).join(' ')))];
    if (written.length < 2) continue;
    const values = oncePerDocument(g, (f) => tokens(f.value as string).join(' '));
    out.push({
      kind: 'spelling',
      note: `one name, written ${written.length} ways: ${written.join(' / ')}`,
      values: values.map((f) => r.value(f.doc, f, f.value)),
    });
  }
  return out;
}

/** Short forms of given names that are the same name (`Bob` is `Robert`); a prefix (`Tom`, `Dan`) is read as one too. */
const SHORT_FORMS: ReadonlyArray<readonly string[]> = [
  ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'],
  ['william', 'bill', 'billy', 'will', 'willie', 'liam'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['richard', 'dick', 'rick', 'ricky', 'rich'],
  ['edward', 'ted', 'teddy', 'ed', 'eddie', 'ned'],
  ['john', 'jack', 'johnny', 'jon'],
  ['charles', 'chuck', 'charlie'],
  ['henry', 'hank', 'harry'],
  ['margaret', 'peggy', 'maggie', 'meg', 'marge'],
  ['elizabeth', 'liz', 'beth', 'betty', 'lisa', 'eliza'],
  ['katherine', 'catherine', 'kathryn', 'kate', 'kathy', 'cathy', 'katie'],
  ['joseph', 'joe', 'joey'],
  ['michael', 'mike', 'mickey'],
  ['anthony', 'tony'],
  ['lawrence', 'larry'],
  ['alexander', 'alex', 'sasha', 'sandy'],
];

/** Two given names that may be one name written short or long (`Dan` / `Daniel`, `Bob` / `Robert`). */
function sameGivenName(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x.startsWith(y) || y.startsWith(x)) return true;
  return SHORT_FORMS.some((forms) => forms.includes(x) && forms.includes(y));
}

/**
 * One post's holder given two first names by different outlets, the surname the same (`Det.
 * Sgt. Paul Kessler` / `Det. Sgt. Peter Kessler`, `deputy mayor Marcus Ardent` / `deputy mayor
 * Daniel Ardent`), and no document naming both: one person, one of whose first names is wrong
 * (rule `name:one-post-first-names`). Relatives share a surname, not a post; short forms of one
 * given name (`Dan` / `Daniel`, `Bob` / `Robert`) and spellings of it (`Jon` / `John`, a spelling
 * entry) are no difference.
 */
export function firstNameDiscrepancies(facts: readonly FactInContext[], r: Reader): Finding[] {
  const roles = new Map<string, FactInContext[]>();
  for (const f of facts)
    if (f.kind === 'role' && f.about.startsWith('person:') && !f.qualifier)
      roles.set(f.about, [...(roles.get(f.about) ?? []), f]);
  // Full names of people holding a post, by surname.
  const bySurname = new Map<string, FactInContext[]>();
  for (const f of facts) {
    if (f.kind !== 'name' || !f.about.startsWith('person:') || !roles.has(f.about)) continue;
    const t = tokens(f.value as string);
    if (t.length !== 2) continue;
    const k = t[1]!.toLowerCase();
    bySurname.set(k, [...(bySurname.get(k) ?? []), f]);
  }
  const out: Finding[] = [];
  for (const list of bySurname.values()) {
    const given = (f: FactInContext): string => tokens(f.value as string)[0]!;
    const names = [...new Set(list.map(given))];
    if (names.length !== 2) continue;
    const [a, b] = names as [string, string];
    if (sameGivenName(a, b) || spellingVariants(a, b, true)) continue;
    const docsOf = (n: string): Set<string> => new Set(list.filter((f) => given(f) === n).map((f) => f.doc));
    const [da, db] = [docsOf(a), docsOf(b)];
    if ([...da].some((d) => db.has(d))) continue;
    const postsOf = (n: string): FactInContext[] =>
      [...new Set(list.filter((f) => given(f) === n).map((f) => f.about))].flatMap((k) => roles.get(k) ?? []);
    const pa = postsOf(a);
    const pb = postsOf(b);
    const post = pa.find((x) => pb.some((y) => onePost(x, y)));
    if (!post) continue;
    const values = oncePerDocument(list, given);
    out.push({
      kind: 'name',
      note: `one ${post.text.replace(/^(?:the|a|an)\s+/i, '')} given two first names: ${a} / ${b} ${tokens(list[0]!.value as string)[1]}`,
      values: values.map((f) => r.value(f.doc, f, f.value)),
    });
  }
  return out;
}

/**
 * One person written several ways across outlets (`Leon Abara` / `Leon Abarra`) is one person
 * for what else is said of them (`27` / `28` years old): each person key of a group of
 * spelling variants -> the group's first key, for keys of full names written in two
 * documents or more.
 */
export function personAliases(variants: readonly FactInContext[][]): Map<string, string> {
  const alias = new Map<string, string>();
  for (const g of variants) {
    const people = g.filter((f) => f.about.startsWith('person:') && tokens(f.value as string).length >= 2);
    // A one-word name written two ways (`Kumbi, 19,` / `Kumba, 21,`), neither form in a report of
    // the other, is one too, when each key is a one-word name of its own (a pet's, an animal's,
    // a mononymous artist's): no surname of a fuller name (rule `names:one-word-aliases`).
    if (new Set(people.map((f) => f.doc)).size < 2) {
      const single = g.filter((f) => f.about.startsWith('person:') && tokens(f.value as string).length === 1);
      const keys = [...new Set(single.map((f) => f.about))];
      const bare = keys.every((k) => !k.slice(7).includes('-'));
      const docsOf = new Map(
        keys.map((k) => [k, new Set(single.filter((f) => f.about === k).map((f) => f.doc))]),
      );
      const apart = keys.every((k, i) =>
        keys.every((o, j) => i === j || ![...docsOf.get(k)!].some((d) => docsOf.get(o)!.has(d))),
      );
      if (keys.length >= 2 && bare && apart) for (const k of keys.slice(1)) alias.set(k, keys[0]!);
      continue;
    }
    const keys = [...new Set(people.map((f) => f.about))];
    for (const k of keys.slice(1)) alias.set(k, keys[0]!);
  }
  return alias;
}

/**
 * Place keys of one place written two ways (`place:carvel` / `place:carvelle`), across outlets:
 * each read as the first, so the place of an event is not set against itself.
 */
export function placeAliases(variants: readonly FactInContext[][]): Map<string, string> {
  const alias = new Map<string, string>();
  for (const g of variants) {
    const places = g.filter((f) => f.rule === 'fact:name-place' && f.about.startsWith('place:'));
    if (new Set(places.map((f) => f.doc)).size < 2) continue;
    const keys = [...new Set(places.map((f) => f.about))];
    for (const k of keys.slice(1)) alias.set(k, keys[0]!);
  }
  return alias;
}

/** Posts one person holds at a time in a story's place (`the mayor`, `the governor`): see nameVariants. */
const SOLE_POSTS: ReadonlySet<string> = new Set(['mayor', 'governor', 'sheriff', 'premier', 'chancellor']);

/** Name facts by name: groups of two ways or more of writing one name. */
export function nameVariants(facts: readonly FactInContext[]): FactInContext[][] {
  const forms = new Map<string, { kind: string; facts: FactInContext[] }>();
  for (const f of facts) {
    if (f.kind !== 'name') continue;
    // A name read after a title is a person's.
    const kind = f.rule === 'fact:name-after-title' ? 'person' : f.rule.replace('fact:name-', '');
    const key = `${kind}|${tokens(f.value as string).join(' ')}`;
    const entry = forms.get(key) ?? { kind, facts: [] };
    entry.facts.push(f);
    forms.set(key, entry);
  }
  const list = [...forms.values()].map((f) => ({ ...f, written: f.facts[0]!.value as string }));
  // The sole posts each person holds (`mayor`, `governor`): see onePostAlike.
  const posts = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.kind !== 'role' || !f.unit || !f.about.startsWith('person:')) continue;
    // The chief of one field (`security chief`, `fire chief`, `the firm's finance chief`) is one
    // person in a story too (rule `name:one-post-alike`, its field-chief reading, stop 48).
    const field =
      f.unit === 'chief' ? /([\p{Ll}]{3,})\s+chief$/iu.exec(String(f.value))?.[1]?.toLowerCase() : undefined;
    const post = SOLE_POSTS.has(f.unit) ? f.unit : field ? `${field} chief` : undefined;
    if (post) posts.set(f.about, (posts.get(f.about) ?? new Set()).add(post));
  }
  const postsOf = (form: { facts: FactInContext[] }): Set<string> =>
    new Set(form.facts.flatMap((f) => [...(posts.get(f.about) ?? [])]));
  // Each person's part and age, as one mark (`pilot|52`): see onePostAlike.
  const marks = new Map<string, Set<string>>();
  const roles = new Map<string, Set<string>>();
  for (const f of facts)
    if (f.kind === 'role' && f.unit && f.about.startsWith('person:'))
      roles.set(f.about, (roles.get(f.about) ?? new Set()).add(f.unit));
  for (const f of facts)
    if (f.kind === 'age' && f.about.startsWith('person:'))
      for (const role of roles.get(f.about) ?? [])
        marks.set(f.about, (marks.get(f.about) ?? new Set()).add(`${role}|${f.value}`));
  const marksOf = (form: { facts: FactInContext[] }): Set<string> =>
    new Set(form.facts.flatMap((f) => [...(marks.get(f.about) ?? [])]));
  /**
   * Two full names of one first name, their surnames alike in their first three letters, given
   * by two outlets to the holder of one sole post (`mayor Radu Cernat` / `Mayor Radu Cernea`):
   * one person, whose name one outlet wrote wrong, however many letters apart (rule
   * `name:one-post-alike`). So are two such names given one part and one age (rule
   * `name:same-part-and-age`).
   */
  const onePostAlike = (a: (typeof list)[number], b: (typeof list)[number]): boolean => {
    const [x, y] = [tokens(a.written), tokens(b.written)];
    if (x.length !== 2 || y.length !== 2 || x[0] !== y[0]) return false;
    const [s, t] = [x[1]!.toLowerCase(), y[1]!.toLowerCase()];
    if (s === t || s.length < 4 || t.length < 4 || s.slice(0, 2) !== t.slice(0, 2)) return false;
    const held = postsOf(b);
    // The holder of one sole post: alike in the first two letters will do (`Sheriff Dale Owings` /
    // `Sheriff Dale Owens`, a letter changed and one dropped; rule `name:one-post-alike`, stop 47);
    // a part and an age, less sure of one person, ask for three.
    if ([...postsOf(a)].some((p) => held.has(p))) return true;
    if (s.slice(0, 3) !== t.slice(0, 3)) return false;
    // Or given one part and one age (`The pilot, Marco Delling, 52,` / `The pilot, Marco
    // Dellinger, 52,`): one person told the same way, the name written two ways (rule
    // `name:same-part-and-age`).
    const marked = marksOf(b);
    return [...marksOf(a)].some((m) => marked.has(m));
  };
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Candidate pairs share a word, the letters of the whole name, or the start of the last word:
  // every kind of variant above does, so a story of many names is not compared pair by pair.
  const byKey = new Map<string, number[]>();
  list.forEach((f, i) => {
    const t = tokens(f.written).map((w) => w.toLowerCase());
    const keys = new Set([
      ...t.filter((w) => w.length >= 3),
      `=${t.join('')}`,
      `~${t[t.length - 1]?.slice(0, 2)}`,
    ]);
    for (const k of keys) {
      const l = byKey.get(`${f.kind}|${k}`);
      if (l) l.push(i);
      else byKey.set(`${f.kind}|${k}`, [i]);
    }
  });
  // Read once a form: its documents (the one document, or '' for several) and whether it is one word.
  const soleDoc = list.map((f) => (f.facts.every((x) => x.doc === f.facts[0]!.doc) ? f.facts[0]!.doc : ''));
  const oneWord = list.map((f) => tokens(f.written).length === 1);
  const tried = new Set<number>();
  for (const members of byKey.values()) {
    if (members.length > 400) continue;
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        if (tried.has(i * list.length + j)) continue;
        tried.add(i * list.length + j);
        const a = list[i]!;
        const b = list[j]!;
        // The two forms are written in one document only.
        const oneDoc = soleDoc[i] !== '' && soleDoc[i] === soleDoc[j];
        const lone = oneWord[i] || oneWord[j];
        // Full names must differ across outlets; a lone surname may be one outlet's own slip.
        if (oneDoc && !lone) continue;
        if (
          spellingVariants(
            a.written,
            b.written,
            a.kind === 'person',
            a.kind === 'organism' && b.kind === 'organism',
          ) ||
          (a.kind === 'person' && b.kind === 'person' && onePostAlike(a, b)) ||
          (a.kind === 'place' &&
            b.kind === 'place' &&
            oneWord[i] &&
            oneWord[j] &&
            letterDoubled(a.written, b.written))
        )
          parent[find(i)] = find(j);
      }
  }
  const groups = new Map<number, FactInContext[]>();
  list.forEach((f, i) => {
    const g = groups.get(find(i));
    if (g) for (const x of f.facts) g.push(x);
    else groups.set(find(i), [...f.facts]);
  });
  return [...groups.values()]
    .flatMap(relativesApart)
    .filter((g) => new Set(g.map((f) => tokens(f.value as string).join(' '))).size >= 2);
}

/**
 * Relatives share a surname: a lone surname (`Dunmore`, `Dunmoore`) can join two full names of
 * one family (`Rafael Dunmore`, his brother `Teo Dunmore`) that are two people, not one name
 * written two ways (rule `name:relatives-apart`). In a group of a person's names, the full names
 * that are no spelling of the group's most written full name (another first name: `Teo
 * Dunmore` beside `Rafael Dunmore`) are taken out, into a group of their own.
 */
function relativesApart(g: FactInContext[]): FactInContext[][] {
  const full = (f: FactInContext): boolean =>
    f.about.startsWith('person:') && tokens(f.value as string).length >= 2;
  const counts = new Map<string, number>();
  for (const f of g) if (full(f)) counts.set(f.value as string, (counts.get(f.value as string) ?? 0) + 1);
  if (counts.size < 2) return [g];
  const main = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
  const first = (w: string): string => tokens(w)[0]!.toLowerCase();
  const other = (f: FactInContext): boolean =>
    full(f) && first(f.value as string) !== first(main) && !spellingVariants(f.value as string, main, true);
  const apart = g.filter(other);
  return apart.length ? [g.filter((f) => !other(f)), apart] : [g];
}

/** `long` is `short` with its last consonant doubled and an `e` after (`Carvel` / `Carvelle`), `short` of five letters or more. */
/**
 * Two lone place names alike but for one letter written twice in one (`Marrow` / `Marow`,
 * `Tessby` / `Tesby`): one place, its name misspelt by an outlet (rule `name:place-letter-doubled`).
 * Another letter in its place (`Marrow` / `Marlow`) is another place.
 */
function letterDoubled(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length !== s.length + 1 || s.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(l)) return false;
  for (let k = 1; k < l.length; k++)
    if (l[k] === l[k - 1] && l.slice(0, k) + l.slice(k + 1) === s) return true;
  return false;
}

function doubledEnding(short: string, long: string, least = 5): boolean {
  const last = short.at(-1)!;
  return (
    short.length >= least &&
    /^\p{Lu}\p{Ll}+$/u.test(short) &&
    /^[bcdfgklmnprstz]$/.test(last) &&
    long === `${short}${last}e`
  );
}

/** The same letters but two neighbours swapped (`Ostery` / `Ostrey`), the first letter kept. */
function transposed(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return (
    diff.length === 2 &&
    diff[0]! > 0 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}

export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

const EXPANDED_AFTER =
  /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|for|the|on|in)\s+)*){1,8})\(\s*(\p{Lu}{2,6})\s*\)/gu;
const EXPANDED_BEFORE =
  /\b(\p{Lu}{2,6})\s*\(\s*((?:\p{Lu}[\p{L}'’-]*\s*(?:(?:of|and|for|the|on|in)\s+)*){1,8})\)/gu;

/** The capitals of an expansion spell its acronym (`Alaska Revolving Loan Fund` -> ARLF). */
const spells = (expansion: string, acronym: string): boolean =>
  (expansion.match(/\p{Lu}/gu) ?? []).join('') === acronym;

/**
 * One acronym spelled out two ways by the outlets (`Agriculture Revolving Loan Fund (ARLF)`
 * here, `ARLF (Alaska Revolving Loan Fund)` there): a name discrepancy. Only expansions whose
 * capitals spell the acronym count, so a bracketed aside is not read as one.
 */
export function acronymDiscrepancies(
  documents: ReadonlyArray<{ id: string; text: string }>,
  r: Reader,
): Finding[] {
  const byAcronym = new Map<string, Array<{ doc: string; start: number; end: number; expansion: string }>>();
  for (const d of documents) {
    const add = (acronym: string, expansion: string, start: number, end: number): void => {
      const clean = expansion.trim().replace(/\s+/g, ' ');
      if (!spells(clean, acronym)) return;
      byAcronym.set(acronym, [
        ...(byAcronym.get(acronym) ?? []),
        { doc: d.id, start, end, expansion: clean },
      ]);
    };
    for (const m of d.text.matchAll(EXPANDED_AFTER)) {
      // The name may be preceded by other capitalised words (`The`, a sentence's first word): drop them.
      let words = m[1]!;
      let lead = words.length - words.trimStart().length;
      while ((words.match(/\p{Lu}/gu) ?? []).length > m[2]!.length) {
        const next = /^\s*\S+\s+/u.exec(words);
        if (!next) break;
        words = words.slice(next[0].length);
        lead += next[0].length;
      }
      add(m[2]!, words, m.index! + lead, m.index! + m[0].length);
    }
    for (const m of d.text.matchAll(EXPANDED_BEFORE)) add(m[1]!, m[2]!, m.index!, m.index! + m[0].length);
  }
  const out: Finding[] = [];
  for (const [acronym, list] of byAcronym) {
    const ways = new Set(list.map((x) => x.expansion.toLowerCase()));
    if (ways.size < 2 || new Set(list.map((x) => x.doc)).size < 2) continue;
    out.push({
      kind: 'spelling',
      note: `${acronym} is spelled out ${ways.size} ways: ${[...new Set(list.map((x) => x.expansion))].join(' / ')}`,
      values: list.map((x) => r.value(x.doc, x, x.expansion)),
    });
  }
  return out;
}
