import type { FactInContext } from '../facts.js';
import type { Finding, Reader } from './values.js';

/** Words that put a role a rung below the one it modifies (`deputy police chief` is not the chief). */
const LOWER_RUNG = new Set(['deputy', 'assistant', 'vice', 'associate', 'under', 'sub']);

/** Units of a fire or police service whose chief is below the service's own (`battalion chief`). */
const UNIT_CHIEF = new Set(['battalion', 'division', 'platoon', 'shift', 'station', 'section', 'bureau']);

/** Posts that have a deputy or an assistant (not ranks: a `Deputy Sgt.` is a sheriff's deputy of a sergeant's rank). */
const POSTS = new Set(
  (
    'chief director president chairman chairwoman chair coach editor secretary minister governor mayor ' +
    'commissioner head manager superintendent principal sheriff marshal marshall attorney prosecutor ' +
    'administrator leader professor treasurer master harbourmaster harbormaster headmaster headmistress ' +
    'headteacher warden coordinator'
  ).split(' '),
);

/** The words of a role before its first preposition, lower case (`an inspector with the office` -> an, inspector). */
function post(role: string): string[] {
  const words = role
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.,]/g, ''));
  const stop = words.findIndex((w, k) => k > 0 && /^(?:of|with|at|for|in|from|on|to|since|who|and)$/.test(w));
  return stop === -1 ? words : words.slice(0, stop);
}

/**
 * Two roles given to one person cannot both hold: the same post with and without
 * a word that sets it a rung lower (`police chief` / `deputy police chief`, `head coach` /
 * `assistant coach`), for posts that have deputies, not ranks. Two posts one person may hold
 * (`president and CEO`) and other differences are not read as conflicts. (A post against a
 * post in the office it names, `State Fire Marshal` / `an inspector with the State Fire
 * Marshal's Office`, found one labelled discrepancy on half A of the dev stories and none on
 * half B, and is not read.)
 */
export function rolesDisagree(a: FactInContext, b: FactInContext): boolean {
  // Two different chief officers: a chief executive is not the chief financial officer.
  const [ca, cb] = [chiefOfficer(a.value as string), chiefOfficer(b.value as string)];
  if (ca && cb) return ca !== cb;
  // Two ranks of a police or armed force (`Sgt.` / `Lt.`): a person holds one.
  const [ra, rb] = [rankOf(a), rankOf(b)];
  if (ra && rb) return ra !== rb;
  // Two offices of one named body (`committee chairman Henrik Aas` / `Committee secretary Henrik
  // Aas`, `the club's treasurer` / `the club's secretary`): a body's chair, secretary and
  // treasurer are three people; a body named by neither, or two bodies, are no conflict (rule
  // `role:offices-of-one-body`).
  const [oa, ob] = [bodyOffice(a.value as string), bodyOffice(b.value as string)];
  if (oa && ob && oa.body === ob.body) return oa.office !== ob.office;
  const head = a.unit ?? '';
  // A post named by `head` before a noun of a trade (`head teacher`, `head nurse`) has deputies
  // as the posts above do, when both roles name it (rule `role:head-of-trade`).
  const headed = (f: FactInContext): boolean => {
    const w = post(f.value as string);
    return w.at(-1) === head && w.at(-2) === 'head';
  };
  // A post named in the same words besides a rung (`district health officer` / `the deputy
  // district health officer`), its head a word of people that is no post alone (`officer`): one
  // named post, with a deputy as the posts above have (rule `role:rung-of-named-post`).
  const named = (f: FactInContext): string[] =>
    post(f.value as string).filter((w) => !LOWER_RUNG.has(w) && !/^(?:a|an|the)$/.test(w));
  const [na, nb] = [named(a), named(b)];
  const samePost = na.length >= 3 && na.join(' ') === nb.join(' ');
  if (!head || head !== b.unit || !(POSTS.has(head) || (headed(a) && headed(b)) || samePost)) return false;
  // Two portfolios of one office (`Interior Minister` / `Emergency Minister`, `Home Secretary`
  // / `Foreign Secretary`): a minister holds one; a portfolio against none is no conflict.
  if (PORTFOLIO_HEADS.has(head)) {
    const [pa, pb] = [portfolio(a.value as string, head), portfolio(b.value as string, head)];
    if (pa.length && pb.length && !pa.some((w) => pb.includes(w))) return true;
  }
  // Two fields of one kind of head (`fire chief` / `police chief`, `rowing coach` / `tennis
  // coach`): a chief heads one service, a coach trains one sport (rule `role:field-of-head`).
  if (FIELD_HEADS.has(head)) {
    // (A field either role also names is no other field: `fire brigade chief` / `fire chief`.)
    const [fa, fb] = [field(a.value as string, head), field(b.value as string, head)];
    const [wa, wb] = [post(a.value as string), post(b.value as string)];
    if (fa && fb && !wb.includes(fa) && !wa.includes(fb)) return true;
  }
  // A chief of a unit of the service (`Battalion Chief`, `division chief`) is a rung below the
  // service's chief (`Fire Chief`): a rung too (rule `role:unit-chief`).
  const rungs = (role: string): string =>
    post(role)
      .filter((w) => LOWER_RUNG.has(w) || (head === 'chief' && UNIT_CHIEF.has(w)))
      .sort()
      .join(' ');
  return rungs(a.value as string) !== rungs(b.value as string);
}

/** The offices of a body's officers, by the office each word names. */
const BODY_OFFICES: Readonly<Record<string, string>> = {
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  chair: 'chair',
  secretary: 'secretary',
  treasurer: 'treasurer',
};

/**
 * The office of a role headed by a body's officer and the body its other words name
 * (`committee chairman` -> chair of `committee`; `the club's treasurer` -> treasurer of `club`);
 * null for an office with no body named, or a rung of one (`vice chairman`).
 */
function bodyOffice(role: string): { office: string; body: string } | null {
  const words = post(role).filter((w) => !/^(?:a|an|the|his|her|its|their)$/.test(w));
  const office = BODY_OFFICES[words.at(-1) ?? ''];
  const body = words.slice(0, -1);
  if (!office || !body.length || body.some((w) => LOWER_RUNG.has(w) || w === 'general')) return null;
  return { office, body: body.join(' ') };
}

/**
 * Ranks of police and armed forces, written out or abbreviated, by the rank they name. Not
 * `major` or `general` (words of other titles: `Attorney General`), nor a rank's prefix
 * (`Staff Sgt.` is read as `Sgt.`: outlets shorten it).
 */
const RANKS: Readonly<Record<string, string>> = {
  private: 'private',
  pvt: 'private',
  corporal: 'corporal',
  cpl: 'corporal',
  sergeant: 'sergeant',
  sgt: 'sergeant',
  constable: 'constable',
  lieutenant: 'lieutenant',
  lt: 'lieutenant',
  captain: 'captain',
  capt: 'captain',
  colonel: 'colonel',
  col: 'colonel',
  admiral: 'admiral',
  adm: 'admiral',
  inspector: 'inspector',
  insp: 'inspector',
};

/**
 * The rank a role names, `chief` before an inspector making the rank above it (`Chief Inspector`
 * / `Detective Inspector`: a detective inspector is an inspector; rule `role:chief-inspector`).
 */
function rankOf(f: FactInContext): string | null {
  const r = rank(f.unit);
  if (r !== 'inspector') return r;
  const words = post(f.value as string).map((w) => w.replace(/\.$/, ''));
  const k = words.findIndex((w) => rank(w) === 'inspector');
  return k > 0 && words[k - 1] === 'chief' ? 'chief inspector' : 'inspector';
}

/** The rank a role's head word names, or null. */
const rank = (head: string | undefined): string | null =>
  RANKS[(head ?? '').toLowerCase().replace(/\.$/, '')] ?? null;

/** Offices named by their portfolio written before them (`Finance Minister`). */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary']);

/** Words that are no portfolio: rungs, times and the words of any title. */
const NOT_PORTFOLIO = new Set([
  ...LOWER_RUNG,
  'prime',
  'first',
  'state',
  'cabinet',
  'junior',
  'senior',
  'former',
  'acting',
  'interim',
  'then',
  'new',
  'general',
  'permanent',
  'press',
]);

/** Heads named by the field they head or train, written before them (`police chief`, `tennis coach`). */
const FIELD_HEADS = new Set(['chief', 'coach']);
/** Words before such a head that name no field: rungs, times, ranks of the post and a team's place. */
const NOT_FIELD = new Set([
  ...NOT_PORTFOLIO,
  'head',
  'chief',
  'team',
  'national',
  'club',
  'university',
  'city',
  'county',
  'local',
  'regional',
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
]);
/**
 * The field right before a role's head (`Dunmere fire chief` -> fire, `The university's rowing
 * coach` -> rowing), lower case: a common noun, lower case unless it opens the role (`Fire chief`),
 * never a name of capitals only (`LAPD chief`) nor a capitalised word inside the role (`Dunmere`).
 */
function field(role: string, head: string): string | null {
  const words = role.replace(/[’']s\b/g, '').split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase() === head);
  if (at < 1) return null;
  const w = words[at - 1]!;
  if (/^\p{Lu}+$/u.test(w) || (/^\p{Lu}/u.test(w) && (at - 1 > 0 || /^\p{Lu}/u.test(words[at]!))))
    return null;
  const lower = w.toLowerCase();
  return /^\p{Ll}+$/u.test(lower) && !NOT_FIELD.has(lower) ? lower : null;
}

/** The capitalised words right before a role's head (`Deputy Health Minister` -> health), lower case. */
function portfolio(role: string, head: string): string[] {
  const words = role.replace(/[’']s\b/g, '').split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase() === head);
  const out: string[] = [];
  for (let k = at - 1; k >= 0 && /^\p{Lu}/u.test(words[k]!); k--) {
    const w = words[k]!.toLowerCase();
    if (!NOT_PORTFOLIO.has(w)) out.push(w);
  }
  return out;
}

/** The chief officer a role names (`Chief executive`, `CEO`, `the company's chief financial officer`, `chief information officer` -> ceo, ceo, cfo, cio), or null. */
function chiefOfficer(role: string): string | null {
  const r = role.toLowerCase().replace(/[’']s\b/g, '');
  const code = /\b(c[efotim]o)\b/.exec(r)?.[1];
  if (code) return code;
  const chief = /\bchief\s+(executive|financial|operating|technology|information|marketing)\b/.exec(r)?.[1];
  return chief ? `c${chief[0]}o` : null;
}

/**
 * One person given two posts that cannot both hold (see {@link rolesDisagree}), by different
 * outlets, neither held before (`former`, `acting`), and neither outlet also giving the other's.
 */
export function roleDiscrepancies(facts: readonly FactInContext[], r: Reader): Finding[] {
  const byPerson = new Map<string, FactInContext[]>();
  for (const f of facts) {
    if (f.kind !== 'role' || f.qualifier) continue;
    const list = byPerson.get(f.about);
    if (list) list.push(f);
    else byPerson.set(f.about, [f]);
  }
  const out: Finding[] = [];
  for (const list of byPerson.values()) {
    if (list.length > 200) continue;
    const involved = new Set<FactInContext>();
    for (const a of list)
      for (const b of list) {
        if (a.doc >= b.doc || !rolesDisagree(a, b)) continue;
        // An outlet that itself gives a role agreeing with the other's is not contradicting it.
        const agrees = (x: FactInContext, y: FactInContext): boolean =>
          (x.unit === y.unit ||
            (!!chiefOfficer(x.value as string) && !!chiefOfficer(y.value as string)) ||
            (!!rank(x.unit) && !!rank(y.unit))) &&
          !rolesDisagree(x, y);
        if (list.some((x) => x.doc === a.doc && agrees(x, b))) continue;
        if (list.some((x) => x.doc === b.doc && agrees(x, a))) continue;
        involved.add(a).add(b);
      }
    if (involved.size < 2) continue;
    const facts = [...involved].sort((x, y) => x.doc.localeCompare(y.doc) || x.start - y.start);
    out.push({
      kind: 'role',
      note: `${facts[0]!.aboutText} is given different posts: ${postsOnce(facts).join(' vs ')}`,
      values: facts.map((f) => r.value(f.doc, f, f.value)),
    });
  }
  return out;
}

/**
 * Each post once, as its first outlet writes it: `Halmark's chief technology officer` and
 * `chief technology officer` are one post (the same chief officer, or the same rung and
 * portfolio of one head) against `chief information officer`.
 */
function postsOnce(facts: readonly FactInContext[]): string[] {
  const out: FactInContext[] = [];
  for (const f of facts)
    if (!out.some((o) => o.unit === f.unit && !rolesDisagree(o, f) && samePost(o, f))) out.push(f);
  return out.map((f) => f.text);
}

/**
 * Two roles that name one post held by one person: the same rank (`Det. Sgt.` / `Detective
 * Sergeant`), the same chief officer, or the same head on the same rung (`deputy mayor` /
 * `Deputy Mayor`). A bare noun of people (`officer`, `suspect`) is not read as a post.
 */
export function onePost(a: FactInContext, b: FactInContext): boolean {
  const [ra, rb] = [rankOf(a), rankOf(b)];
  if (ra || rb) return ra === rb;
  const [ca, cb] = [chiefOfficer(a.value as string), chiefOfficer(b.value as string)];
  if (ca || cb) return ca === cb;
  return !!a.unit && a.unit === b.unit && POSTS.has(a.unit) && !rolesDisagree(a, b);
}

/** Two roles naming one post: the same chief officer, or the same words before the head bar a possessive. */
function samePost(a: FactInContext, b: FactInContext): boolean {
  const [ca, cb] = [chiefOfficer(a.value as string), chiefOfficer(b.value as string)];
  if (ca || cb) return ca === cb;
  const words = (f: FactInContext): string =>
    post(f.value as string)
      .filter((w) => !/^(?:a|an|the|his|her|its|their)$/.test(w))
      .slice(-2)
      .join(' ');
  return words(a) === words(b);
}
