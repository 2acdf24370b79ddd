import { SYNONYMS } from '../synonyms.js';
import { ANYONE as ANYONE_AGED, type FactInContext } from '../facts.js';

/**
 * How much two facts' sentences share, beyond the facts' own words: the overlap
 * coefficient of their word families and entity keys, and the number shared.
 */
export function contextOverlap(a: FactInContext, b: FactInContext): { shared: number; overlap: number } {
  let shared = 0;
  const small = a.context.size <= b.context.size ? a.context : b.context;
  const large = small === a.context ? b.context : a.context;
  for (const k of small) if (large.has(k)) shared++;
  const smaller = Math.min(a.context.size, b.context.size);
  return { shared, overlap: smaller ? shared / smaller : 0 };
}

/** The key of a count of those who searched (`fact:people-searching`, `300 searchers`). */
const SEARCH_PARTY = 'noun:~search';
/** The story's attackers, by any noun counted as one of them (`pirates`, `gunmen`, `attackers`: `fact:count-group-nouns`). */
const ATTACKING_PARTY = 'noun:~attacker';
/** The light stems of the acts of an attack: `attacked`, `fired on`, `opened fire`, `stormed`, `boarded`, `raided`, `tried to board`. */
const ATTACK_ACTS: ReadonlySet<string> = new Set([
  'attack',
  'fir',
  'open',
  'storm',
  'board',
  'raid',
  'ambush',
  'tri',
]);

/**
 * The light stems of what the authorities did to a haul: `seized`, `found`, `recovered`. A haul
 * of one noun is one haul whichever verb an outlet chose (`Investigators seized 340 litres of
 * the spirit` / `Officers found 430 litres of the spirit`: rule `align:one-haul`).
 */
const HAUL_ACTS: ReadonlySet<string> = new Set(['seize', 'found', 'recover']);
/**
 * The light stems of setting captives free: `freed`, `released`. Hostages or prisoners let go
 * are one count whichever verb an outlet chose (`Five aid workers ... were freed` / `Gunmen have
 * released five workers`: rule `align:one-release`, stop 58).
 */
export const RELEASE_ACTS: ReadonlySet<string> = new Set(['fre', 'free', 'releas', 'release']);
/**
 * The verbs of one toll of things or animals (`12,000 fish were killed` / `More than 20,000 fish
 * died`, `killing 30 sheep` / `34 sheep died`): killed or died, one count (rule
 * `align:one-toll-of-things`, stop 57). People's tolls are keyed by their event already.
 */
const DEATH_ACTS: ReadonlySet<string> = new Set(['kill', 'dead']);

/**
 * Those a story's emergency brought to the scene, counted by any noun of theirs (`80
 * firefighters`, `12 ambulances`, `15 fire engines`), and the light stems of the acts that tell
 * it (`were sent`, `were called`, `tackled the blaze`, `battled`, `were deployed`): one response
 * whichever verb an outlet chose, or none (rule `align:one-response`).
 */
const RESPONDERS = /^noun:(?:~firefighter|rescuer|~rescuer|paramedic|ambulance|engine|fire-engine)$/;
const RESPONSE_ACTS: ReadonlySet<string> = new Set([
  'sent',
  'send',
  'call',
  'deploy',
  'dispatch',
  'tackl',
  'battl',
  'fought',
  'fight',
  'attend',
  'rush',
  'respond',
  'mobilis',
  'mobiliz',
  'scrambl',
]);
const responding = (f: FactInContext): boolean =>
  f.kind === 'count' && RESPONDERS.test(f.about) && (!f.event || RESPONSE_ACTS.has(f.event));

/** Keys of a race's time or margin (facts.ts `fact:race-time`, `fact:time-margin`). */
const RACE_KEY = /^noun:margin-time/;

/** Rules of counts of a part told by its whole. */
const PART = /^fact:count-(?:partitive|partitive-no-article|elided-subject)$/;

/** A sum written as the US dollar by name (`US$3.3 million`, `3 million US dollars`, `USD 3 million`). */
const US_DOLLAR_NAMED = /\bUS\s?\$|\bU\.\s?S\.\s?\$|\bUS\s+dollars?\b|\bUSD\b/;
/** A sum written with a bare dollar sign (`$5 million`), no country's letters before it. */
const BARE_DOLLAR = /(?<![\p{L}.])\$/u;
/**
 * Whether one sum is written `US$` and the other with a bare `$` (rule `align:bare-dollar-apart`):
 * an outlet that names the US dollar tells that other dollars are about (it converts `A$5 million
 * (US$3.3 million)`), and a bare `$` may be that other country's own.
 */
const dollarsApart = (a: FactInContext, b: FactInContext): boolean =>
  a.unit === 'USD' &&
  US_DOLLAR_NAMED.test(a.text) !== US_DOLLAR_NAMED.test(b.text) &&
  BARE_DOLLAR.test(US_DOLLAR_NAMED.test(a.text) ? b.text : a.text);

/** Words and names two facts keyed only by their sentence share at least (see {@link sameSubject}). */
const SENTENCE_SHARED = 3;

/** The people a fact's sentence names (their entity keys in its context). */
export function peopleOf(f: FactInContext): string[] {
  return [...f.context].filter((k) => k.startsWith('@person:'));
}

/**
 * Two facts of different documents speak of the same thing when they are of one kind, about
 * one thing (the same noun or entity) and their sentences tell the same event: facts keyed by
 * an entity need nothing more, by a noun a word or name in common (more when the noun names
 * several things in this story), facts keyed only by their sentence (times, dates) most of
 * their words.
 */
export function sameSubject(
  a: FactInContext,
  b: FactInContext,
  ambiguous: ReadonlySet<string> = new Set(),
): boolean {
  if (a.doc === b.doc || a.kind !== b.kind || a.about !== b.about || (a.unit ?? '') !== (b.unit ?? ''))
    return false;
  // Workers injured are not workers evacuated. (Searchers are the story's search party, whichever
  // verb tells they searched: `300 searchers joined the hunt` / `400 people had searched`; rule
  // `align:one-search-party`, stop 45.)
  // Nor are attackers counted apart by the verb of their attack (`Five pirates attacked` / `Seven
  // gunmen fired on it` / `stormed`, `boarded`: rule `align:one-attacking-party`).
  if (
    a.event &&
    b.event &&
    a.event !== b.event &&
    !a.about.startsWith('event:') &&
    a.about !== SEARCH_PARTY &&
    !(a.about === ATTACKING_PARTY && ATTACK_ACTS.has(a.event) && ATTACK_ACTS.has(b.event)) &&
    !(HAUL_ACTS.has(a.event) && HAUL_ACTS.has(b.event)) &&
    !(RELEASE_ACTS.has(a.event) && RELEASE_ACTS.has(b.event)) &&
    !(DEATH_ACTS.has(a.event) && DEATH_ACTS.has(b.event)) &&
    !(responding(a) && responding(b))
  )
    return false;
  // A part told by its whole (`12 of the whales had died`, `and 15 have since died`) is only
  // ever what befell it: not the whole a figure without its event counts (`47 whales`).
  if ((PART.test(a.rule) || PART.test(b.rule)) && a.event !== b.event) return false;
  // Those still at large after an escape (`three inmates still at large`) are the ones not yet
  // caught: set only against another count of them, never the whole that escaped (`Five inmates
  // escape`; rule `fact:count-still-at-large`, facts.ts).
  if ((a.rule === 'fact:count-still-at-large') !== (b.rule === 'fact:count-still-at-large')) return false;
  // A toll of one group is not a toll of another (`eight passengers died` / `twelve people
  // died`: the passengers may be some of the people).
  if (a.about.startsWith('event:') && !sameGroup(a.aboutText, b.aboutText, a.about)) return false;
  // A part of a toll told in two named parts (`284 passengers and 31 crew had reported symptoms`)
  // is set only against the same group's figure, never a toll of anyone (`315 people`; rule
  // `fact:toll-part-joined`, facts.ts).
  if (
    (a.rule === 'fact:toll-part-joined' || b.rule === 'fact:toll-part-joined') &&
    (ANYONE.test(a.aboutText) || ANYONE.test(b.aboutText))
  )
    return false;
  // A sum written `US$` is not set against one written with a bare `$`, which may be another
  // country's dollar (`US$3.3 million` / `$5 million`, the story's `A$5 million`; rule
  // `align:bare-dollar-apart`, stop 58). Two bare dollars, or two US dollars, are compared.
  if (dollarsApart(a, b)) return false;
  // One party's seats are not another's (`the Greens won 45 seats` / `the Liberals won 48 seats`).
  if (a.holder && b.holder && a.holder !== b.holder) return false;
  // The weight one named person lost (`Valvik said she had lost 11 kilograms on the journey` /
  // `Valvik said she had lost 8 kilograms during the trek`; facts.ts `fact:weight-lost`) is that
  // person's one figure, whatever else the sentences tell and whatever another's loss beside it
  // (rule `align:one-weight-lost`).
  if (
    a.rule === 'fact:weight-lost' &&
    b.rule === a.rule &&
    a.holder?.startsWith('person:') &&
    a.holder === b.holder
  )
    return true;
  const { shared, overlap } = contextOverlap(a, b);
  if (a.about === '') return shared >= SENTENCE_SHARED && overlap >= 0.4;
  // A run's time or margin (`finishing in 1:53.27` / `The time was 1:53.72`; facts.ts
  // `fact:race-time`, `fact:time-margin`) is the story's race's, whatever else the sentences tell:
  // its holder (above) and its round (in the key) tell another's apart (rule `align:one-race`).
  if (a.kind === 'quantity' && RACE_KEY.test(a.about))
    return !ambiguous.has(keyOf(a)) || (shared >= 2 && overlap >= 0.3);
  const alike = shared >= 2 && overlap >= 0.3;
  // A prison term is someone's: it is compared only with a term of the same person (Ann's 12
  // years are not her driver's five), or, where one of the sentences names no one (`a former
  // bank manager was sentenced`), of a sentence telling the same thing; when an outlet gives
  // one person two terms (this case and an earlier one), only sentences alike besides.
  if (a.rule.startsWith('fact:term')) {
    const [pa, pb] = [peopleOf(a), peopleOf(b)];
    // A demand told without a name (`Prosecutors had asked for eight years`) is the one the
    // story's sentencing answers: two outlets' demands so told are one, unless an outlet gives
    // two (rule `align:term-sought-unnamed`).
    const unnamed = !pa.length && !pb.length && a.rule === 'fact:term-sought' && b.rule === a.rule;
    const same = pa.length && pb.length ? pa.some((k) => pb.includes(k)) : alike || unnamed;
    return same && (!ambiguous.has(keyOf(a)) || alike);
  }
  // How often something happened (`for the third time`) is compared only for sentences alike
  // besides: hosting a ceremony a third time is not winning a prize a fourth.
  // Not an outing's place in one named person's series (`her fourth spacewalk` / `Oduya's third
  // spacewalk`): the person is in the key (rule `fact:ordinal-of-outing`).
  if (a.rule === 'fact:ordinal-of-outing' && b.rule === a.rule) return true;
  // A result's place among attempts (`the company 's second failure in 14 launches` / `Helion's
  // third failure in 14 launches`) is the story's one run's, whoever the owner is called, unless a
  // report gives two (rule `align:one-run-of-attempts`).
  if (a.rule === 'fact:ordinal-in-attempts' && b.rule === a.rule && !ambiguous.has(keyOf(a))) return true;
  // So is the story's event's place among its kind in a period (`It was the third escape at the zoo
  // this year` / `It was the fourth escape at the zoo this year, the council said`), whatever else
  // the sentences tell, unless a report gives two (rule `align:one-period-ordinal`, stop 55).
  if (a.rule === 'fact:ordinal-in-period' && b.rule === a.rule && !ambiguous.has(keyOf(a))) return true;
  // So is the subject's place among all of its kind who did the story's act (`the fourth woman to
  // receive the prize` / `the fifth woman to be honoured`; facts.ts `fact:ordinal-of-kind`),
  // whatever verb tells the act, unless a report gives two (rule `align:one-kind-ordinal`).
  if (a.rule === 'fact:ordinal-of-kind' && b.rule === a.rule && !ambiguous.has(keyOf(a))) return true;
  // (A toll of one named group, the same in both, is that group's however the report's other
  // group makes the key ambiguous: `killed five gunmen … Two guards died` / `two guards were
  // killed … The four gunmen were killed`; rule `align:same-group-toll`, stop 46.)
  // Counts of one noun that both tell the story's accident befell what they count (`Twenty-two
  // cars left the tracks` / `Thirty-two cars derailed`) are one figure, whatever else the noun
  // counts in a report (`The train had 120 cars`): the event tells them apart from the rest (rule
  // `align:same-event-count`).
  if (ambiguous.has(keyOf(a)) && sameEventCount(a, b)) return true;
  if (ambiguous.has(keyOf(a)) || a.unit === 'ordinal') return alike || sameNamedGroup(a, b);
  if (responding(a) && responding(b)) return true;
  // The age of someone a story names only by their part in it (`the engineer, 54,` / `the
  // 45-year-old engineer`) is one person's across its reports, whatever else their sentences
  // tell; not a word for anyone (`a 34-year-old man`), whose event tells who it is.
  if (a.kind === 'age' && a.about.startsWith('noun:') && !ANYONE_AGED.has(a.about.slice(5))) return true;
  // A price per thing (`$38 a share`), a rate of something (`turnout was 67 percent`), the
  // size of a change (`a 5% pay rise`), a quake's magnitude (its aftershocks' and an earlier
  // year's quake's are keyed apart: facts.ts), a driver's blood-alcohol level and the crowd
  // (`25,000 fans`, `About 20,000 people were at the site`: rule `figure:one-crowd`) and the
  // passengers its craft carried (`fact:passengers-aboard`) name what they are about well enough
  // on their own. A counted noun needs a word or name in common, or the same event: two counts
  // of one noun saying the same thing befell it share that word, left out of their contexts as
  // their own (`31 whales died` / `the number of whales that died rose to 39`; a sentence that is
  // only its fact, `Three members abstained.` / `Two members abstained.`: rules `align:same-event`
  // and `figure:same-noun-same-event`, found apart by two sessions).
  // So does the cargo the story's ship carries (`carrying about 18,000 containers` / `carries
  // 20,000 containers`; facts.ts `fact:cargo-carried`, rule `align:one-cargo`).
  // The height of the story's waves (`sent waves 3 metres high` / `Waves of 5 metres were
  // recorded`; facts.ts `fact:wave-height`) is its one such height (rule `align:one-wave-height`).
  // A place's capacity (`The arena holds 21,000 people` / `The venue has a capacity of 18,000`) is
  // the story's venue's, whatever word an outlet calls it (rule `align:one-venue`; a report
  // giving two venues' capacities makes the key ambiguous, above).
  // So does a firm's result of the period a report gives (`Revenue climbed to $11.2 billion` /
  // `Revenue rose to $11.4 billion`): a sum of revenue, profit or sales (rule
  // `align:results-figure`; another period's is told apart by its `asOf`, two firms' in one
  // report make the key ambiguous, above).
  // So does a crowd as one estimator puts it (`Police put the crowd at 35,000` / `Around 40,000
  // people protested, according to police`): the story's protest as that source counts it (rule
  // `align:one-estimator-crowd`; facts.ts `fact:crowd-by-source`).
  // And the sum a fraud's victims lost (`cheated pensioners out of 3.2 million euros` / `a fraud
  // that cost pensioners €2.3 million`: rule `align:one-fraud`).
  // So is the damage a calamity did as an outlet puts it (`estimated the damage at €45 million` /
  // `The storm caused €54 million in damage`; facts.ts `fact:sum-of-damage`): the story's one such
  // figure, whatever else the sentences tell (rule `align:one-damage`, stop 54; an earlier year's
  // is told apart by its year, two in one report make the key ambiguous, above).
  if (a.kind === 'quantity' && (RESULTS.test(a.about) || ONE_SUM.has(a.about))) return true;
  // A thing's length or height by its noun (`the 2,310-metre Grey Peak` / `the 2,130-metre
  // summit`, `the 110-metre ship` / `the 120-metre vessel`) is the story's one such thing's, as a
  // venue's capacity is (rule `align:one-thing-size`; two such things in one report make the key
  // ambiguous, above).
  if (thingSize(a) && thingSize(b)) return true;
  // So is the floor the story's fire started on (`broke out in a flat on the ninth floor` / `the
  // fire started on the 11th floor`; facts.ts `fact:floor-fire-began`): its one start, unless a
  // report gives two (rule `align:one-fire-start`).
  if (a.about === 'noun:floor-fire-began' && b.about === a.about) return true;
  // So is how far inside a tunnel, a cave or a mine the story's event happened (`about 2 km from
  // the northern entrance` / `3 km inside the northern portal`; facts.ts `fact:distance-inside`),
  // unless a report gives two (rule `align:one-distance-inside`, stop 55).
  if (a.about === 'noun:distance-inside' && b.about === a.about) return true;
  // So is a body's size (`an eight-member jury` / `The nine-member jury deliberated`; facts.ts
  // `fact:size-of-body`): the story's one jury, board or crew (rule `align:one-body-size`).
  if (a.rule === 'fact:size-of-body' && b.rule === a.rule) return true;
  // So is the altitude the story's event happened at (`broke loose at an altitude of 2,400
  // metres` / `The slide started at 2,700 metres`; facts.ts `fact:altitude-at`): one such height,
  // whatever else the sentences tell (rule `align:one-altitude`; a report giving two makes the
  // key ambiguous, above).
  if (a.rule === 'fact:altitude-at' && b.rule === a.rule) return true;
  // So is a building's count of its flats, rooms or floors (`The building had 54 flats` / `The
  // block housed 45 flats`; rule `align:one-building`).
  if (buildingParts(a) && buildingParts(b)) return true;
  // Jobs counted where both sentences tell them lost, whatever the verb (`1,100 employees will
  // lose their jobs` / `will cut about 1,300 jobs`, `eliminate`, `shed`, `lay off`), are the
  // story's one job cut (rule `align:one-job-cut`); a workforce (`its 5,200 jobs`) tells no loss.
  if (a.kind === 'count' && a.about === 'noun:~job' && jobLoss(a) && jobLoss(b)) return true;
  return a.about.startsWith('noun:') &&
    !/^noun:(?:per-|rate-of-|pct-|magnitude$|blood-alcohol$|~spectator$|crowd-put-by-|~search$|passenger-aboard$|seat$|wave-height$|cargo-)/.test(
      a.about,
    )
    ? shared >= 1 || (a.kind === 'count' && !!a.event && a.event === b.event)
    : true;
}

/**
 * Events a story's count of a noun tells once, whatever else the noun counts in a report, each
 * read by a rule of its own (rule `align:same-event-count`):
 * - what an accident did to the things counted themselves (facts.ts `fact:derailed`: `cars left
 *   the tracks`, `derailed`; cars that went into the water);
 * - abandoning the story's contest (`Five riders abandoned the race` / `Eight riders abandoned the
 *   race`: those who left, not the riders who crashed; stop 53);
 * - being left stranded by the story's event (`213 passengers were left stranded overnight` /
 *   `More than 300 passengers spent the night stranded at sea`; facts.ts `fact:left-stranded`: not
 *   those checked by paramedics; stop 54).
 * Another year's count of the event is told apart by its year.
 */
const ONE_COUNT_EVENTS: ReadonlySet<string> = new Set(['derail', 'into-water', 'abandon', 'strand']);
/**
 * The first words of the names a fact's sentence gives (its entity keys in its context; a firm
 * may be read as a person's name): `Dunmore Health` is `dunmore`.
 */
const namesOf = (f: FactInContext): string[] =>
  [...f.context].filter((k) => k.startsWith('@')).map((k) => k.slice(k.indexOf(':') + 1).split('-')[0]!);
/** Whether two sentences name one organisation: a name's first word in both, or written alone in one (`Halvern operates`). */
const nameInBoth = (a: FactInContext, b: FactInContext): boolean =>
  namesOf(a).some((k) => namesOf(b).includes(k) || b.context.has(k)) ||
  namesOf(b).some((k) => a.context.has(k));
/**
 * Two counts of one noun that say one of the story's events befell them (`ONE_COUNT_EVENTS`), or
 * that one organisation, named in both sentences, runs them (facts.ts `fact:event-runs`: `which runs 12 hospitals` /
 * `operates 15 hospitals`): see `align:same-event-count`.
 */
const sameEventCount = (a: FactInContext, b: FactInContext): boolean =>
  a.kind === 'count' &&
  a.about.startsWith('noun:') &&
  !!a.event &&
  a.event === b.event &&
  (ONE_COUNT_EVENTS.has(a.event) || (a.event === 'run' && nameInBoth(a, b)));

/** Sums a story has one of, whatever else their sentences tell: the sum a fraud's victims lost, a calamity's damage. */
const ONE_SUM: ReadonlySet<string> = new Set(['noun:sum-defrauded', 'noun:damage']);
/** Keys of a firm's results: its revenue, profit, sales, earnings (rules `align:results-figure`, `figure:results-fixed`). */
export const RESULTS = /^noun:(?:revenue|profit|net-profit|sale|earning|turnover)$/;

/** A length or a height read as a thing's own (see `figure:size-fixed`); not an area, which a fire's may grow. */
export const thingSize = (f: FactInContext): boolean =>
  f.kind === 'quantity' &&
  /^(?:m|km|foot|mile|inch|cm|mm)$/.test(f.unit ?? '') &&
  /^fact:(?:number-adjective|number-adjective-head|length-of-thing|length-of-subject|height-of-subject)$/.test(
    f.rule,
  );

/** A count of a building's parts, told as what it has or holds: flats, rooms, floors (see `align:one-building`). */
export const buildingParts = (f: FactInContext): boolean =>
  f.kind === 'count' &&
  /^noun:(?:~apartment|room|bed|floor)$/.test(f.about) &&
  (!f.event || f.event === 'hold');

/** Words of a sentence telling jobs lost (`lose`, `cut`, `eliminated`, `shed`, `laid off`): see `align:one-job-cut`. */
const JOB_LOSS =
  /^(?:lose|lost|los|losing|cut|cuts|cutting|elimin\p{L}*|shed|shedding|laid|lay|layoff\p{L}*|slash\p{L}*)$/u;
const jobLoss = (f: FactInContext): boolean => [...f.context].some((w) => JOB_LOSS.test(w));

export const keyOf = (f: FactInContext): string => `${f.kind}|${f.about}|${f.unit ?? ''}`;

/**
 * Two counts of one noun that say different things befell what they count (`60 whales
 * stranded`, `31 whales died`) are two figures, never set against each other (see
 * {@link sameSubject}): they do not make the noun name two things (rule `align:events-apart`).
 */
const befellApart = (a: FactInContext, b: FactInContext): boolean =>
  !!a.event && !!b.event && a.event !== b.event && !a.about.startsWith('event:');

/**
 * The keys that name more than one thing in this story: some document gives two values for
 * them that cannot both hold (`two seasons` here, `11 seasons` there, of two careers). Facts
 * under such a key are compared only when their sentences tell the same event.
 */
export function ambiguousKeys(
  facts: readonly FactInContext[],
  compatible: (a: FactInContext, b: FactInContext) => boolean,
  rival: (a: FactInContext, b: FactInContext) => boolean = () => false,
): Set<string> {
  const out = new Set<string>();
  const byDocKey = new Map<string, FactInContext[]>();
  for (const f of facts) {
    const k = `${f.doc}|${keyOf(f)}`;
    const list = byDocKey.get(k);
    if (list) list.push(f);
    else byDocKey.set(k, [f]);
  }
  for (const list of byDocKey.values()) {
    // Facts that read alike (value, qualifier, rounding, time) are compared once: a document
    // repeating one figure a thousand times is not a million comparisons. A key written with
    // more than 200 different readings in one document names several things by any reading.
    const readings = new Map<string, { fact: FactInContext; sentences: Set<number> }>();
    for (const f of list) {
      const k = `${f.value}|${f.qualifier ?? ''}|${f.decimals}|${f.asOf ?? ''}`;
      const r = readings.get(k);
      if (r) r.sentences.add(f.sentence);
      else readings.set(k, { fact: f, sentences: new Set([f.sentence]) });
    }
    const distinct = [...readings.values()];
    // Two readings name two things when each is written somewhere without the other: a value
    // only ever written beside another (`six injured, contradicting earlier reports of four`,
    // and a headline's `six injured`) is set against it, not a second thing; nor are two
    // readings each attributed to another source (`rival`: `medics said 30 were killed ... the
    // army said the strike killed eight`), which the article sets against each other.
    const within = (x: Set<number>, y: Set<number>): boolean => [...x].every((i) => y.has(i));
    const apart = (x: Set<number>, y: Set<number>): boolean => !within(x, y) && !within(y, x);
    if (
      distinct.length > 200 ||
      distinct.some((a) =>
        distinct.some(
          (b) =>
            a !== b &&
            apart(a.sentences, b.sentences) &&
            !befellApart(a.fact, b.fact) &&
            !compatible(a.fact, b.fact) &&
            !rival(a.fact, b.fact),
        ),
      )
    )
      out.add(keyOf(list[0]!));
  }
  return out;
}

/** Groups of facts that speak of one thing across documents (connected by {@link sameSubject}). */
export function subjectGroups(
  facts: readonly FactInContext[],
  kinds: ReadonlySet<string>,
  ambiguous: ReadonlySet<string> = new Set(),
): FactInContext[][] {
  const byKey = new Map<string, FactInContext[]>();
  for (const f of facts) {
    if (!kinds.has(f.kind)) continue;
    const key = keyOf(f);
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const groups: FactInContext[][] = [];
  for (const list of byKey.values()) {
    if (new Set(list.map((f) => f.doc)).size < 2) continue;
    const parent = list.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const link = (i: number, j: number): void => {
      // Facts already connected need not be compared.
      if (find(i) !== find(j) && sameSubject(list[i]!, list[j]!, ambiguous)) parent[find(i)] = find(j);
    };
    if (list[0]!.about === '') {
      // Facts keyed by their sentence alone are alike only with SENTENCE_SHARED words in common:
      // only pairs sharing that many are compared, counted from an index of the words.
      const holders = new Map<string, number[]>();
      list.forEach((f, i) => {
        for (const k of f.context) {
          const l = holders.get(k);
          if (l) l.push(i);
          else holders.set(k, [i]);
        }
      });
      const shared = new Int32Array(list.length);
      const met: number[] = [];
      for (let i = 0; i < list.length; i++) {
        for (const k of list[i]!.context)
          for (const j of holders.get(k)!) if (j > i && shared[j]!++ === 0) met.push(j);
        for (const j of met) {
          if (shared[j]! >= SENTENCE_SHARED) link(i, j);
          shared[j] = 0;
        }
        met.length = 0;
      }
    } else for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) link(i, j);
    const comp = new Map<number, FactInContext[]>();
    list.forEach((f, i) => {
      const g = comp.get(find(i));
      if (g) g.push(f);
      else comp.set(find(i), [f]);
    });
    for (const g of comp.values()) if (new Set(g.map((f) => f.doc)).size >= 2) groups.push(g);
  }
  return groups;
}

/** Words for people in general, or for whoever a toll counts (`12 people`, `12 dead`, `12 victims`, `the death toll`). */
const ANYONE =
  /^(?:people|persons?|victims?|casualties|dead|killed|injured|wounded|hurt|missing|death toll|deaths?|lives?|fatalities|bodies|body|others?)$/i;

/**
 * Two tolls count one group: the same noun, or people in general on one side (`three people
 * died` / `four passengers died` conflict). Two different groups (`eight passengers` / `four
 * crew`, `12 children` / `15 adults`) are parts of a toll, not rivals.
 */
/** A group's word as compared: lower case, without a plural `s`. */
const groupWord = (w: string): string => w.toLowerCase().replace(/s$/, '');

/** Two tolls of one group a word names (`gunmen`, `guards`), not a word for anyone (`people`). */
function sameNamedGroup(a: FactInContext, b: FactInContext): boolean {
  const [x, y] = [groupWord(a.aboutText), groupWord(b.aboutText)];
  return a.about.startsWith('event:') && !!x && x === y && !ANYONE.test(a.aboutText);
}

function sameGroup(a: string, b: string, about = ''): boolean {
  const [x, y] = [groupWord(a), groupWord(b)];
  // Whoever is arrested is a suspect: `two men were arrested` / `three suspects were detained`.
  if (about === 'event:arrested' && (x === 'suspect' || y === 'suspect')) return true;
  // Whoever broke in is one group: `four thieves broke in` / `three masked men broke into`.
  if (about === 'event:break-in') return true;
  if (x === y) return true;
  // A ship's crew is one group whichever word counts it (`Three crew members were injured` /
  // `Four sailors were hurt`; rule `align:crew-and-sailors`, stop 53).
  if (CREW.test(x) && CREW.test(y)) return true;
  // Two words of one family (`infants` / `babies`) count one group (stop 46).
  const fa = SYNONYMS.get(a.toLowerCase());
  if (fa && fa === SYNONYMS.get(b.toLowerCase())) return true;
  // A party to fighting (`three soldiers were wounded by rebel fire`) counts its own, not the
  // people a strike or an attack hit (`47 people were wounded`): a group apart, as children are.
  if (FIGHTERS.test(x) || FIGHTERS.test(y)) return false;
  return ANYONE.test(a) || ANYONE.test(b);
}

/** Words for a ship's crew, singular: `crew`, `sailor`, `seaman`. */
const CREW = /^(?:crew|crew member|crewm[ae]n|crewmate|sailor|seam[ae]n|seafarer|mariner|fisherm[ae]n)$/;
/** Parties to fighting, singular (`soldier`, `troop`, `police officer`): counted apart from people in general. */
const FIGHTERS =
  /^(?:soldier|troop|fighter|militant|rebel|insurgent|gunman|gunmen|combatant|policeman|policemen|police officer|security force|guard|serviceman|servicemen|service member|marine|paratrooper)$/i;
