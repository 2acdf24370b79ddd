import type { FactInContext } from '../facts.js';
import { GAZETTEER } from '../../mentions/gazetteer.js';
import { peopleOf } from './align-facts.js';
import type { Finding, Reader } from './values.js';

/**
 * One person given different home towns (`Ann Lee of Springfield` / `Ann Lee of Shelbyville`),
 * or different places for one thing that befell them (`died in Taos` / `died in Santa Fe`).
 */
/** Keys of places of a thing no one is named for: a gathering, a journey, an incident (`the fire`). */
const UNNAMED = /^(?:gathering|journey|incident):/;

/** Each fact's sentence names people, and none the other's names. */
function otherPeople(a: FactInContext, b: FactInContext): boolean {
  const pa = peopleOf(a);
  const pb = peopleOf(b);
  return pa.length > 0 && pb.length > 0 && !pa.some((k) => b.context.has(k));
}

/**
 * Places that hold cities: countries (the gazetteer's), the states, provinces and nations news
 * names most, and any name of a county, province, region or district. Such a place names the
 * same spot as a city inside it at another scale (`arrested in Leeds` / `in England`): with no
 * map of what lies in what, it is never set against a city.
 */
const REGIONS = new Set(
  [
    ...GAZETTEER.filter((e) => e.kind === 'place').flatMap((e) => e.names),
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'Alabama',
    'Alaska',
    'Arizona',
    'Arkansas',
    'California',
    'Colorado',
    'Connecticut',
    'Delaware',
    'Florida',
    'Georgia',
    'Hawaii',
    'Idaho',
    'Illinois',
    'Indiana',
    'Iowa',
    'Kansas',
    'Kentucky',
    'Louisiana',
    'Maine',
    'Maryland',
    'Massachusetts',
    'Michigan',
    'Minnesota',
    'Mississippi',
    'Missouri',
    'Montana',
    'Nebraska',
    'Nevada',
    'New Hampshire',
    'New Jersey',
    'New Mexico',
    'North Carolina',
    'North Dakota',
    'Ohio',
    'Oklahoma',
    'Oregon',
    'Pennsylvania',
    'Rhode Island',
    'South Carolina',
    'South Dakota',
    'Tennessee',
    'Texas',
    'Utah',
    'Vermont',
    'Virginia',
    'Washington State',
    'West Virginia',
    'Wisconsin',
    'Wyoming',
    'Ontario',
    'Quebec',
    'British Columbia',
    'Alberta',
    'Manitoba',
    'Saskatchewan',
    'Nova Scotia',
    'New South Wales',
    'Queensland',
    'Victoria',
    'Tasmania',
    'Bavaria',
    'Catalonia',
    'Andalusia',
    'Lombardy',
    'Tuscany',
    'Sicily',
    'Brittany',
    'Normandy',
  ].map((n) => n.toLowerCase()),
);
const REGION_WORD =
  /\b(?:County|Province|State|Region|Prefecture|Oblast|Governorate|District|Shire|Territory)$/;
const broad = (f: FactInContext): boolean => REGIONS.has(f.text.toLowerCase()) || REGION_WORD.test(f.text);

export function placeDiscrepancies(
  facts: readonly FactInContext[],
  r: Reader,
  sameStatement: (a: FactInContext, b: FactInContext) => boolean = () => false,
): Finding[] {
  const byPerson = new Map<string, FactInContext[]>();
  for (const f of facts) {
    if (f.kind !== 'place') continue;
    const list = byPerson.get(f.about);
    if (list) list.push(f);
    else byPerson.set(f.about, [f]);
  }
  const out: Finding[] = [];
  for (const all of byPerson.values()) {
    // A gathering or a journey no one names is one of many a story may tell (two news
    // conferences, the flight out and the flight home): its place is compared only between two
    // sentences that state one claim.
    // Nor when each sentence names other people (the governor's news conference, the mayor's).
    const list = UNNAMED.test(all[0]!.about)
      ? all.filter((a) =>
          all.some(
            (b) => b.doc !== a.doc && b.value !== a.value && !otherPeople(a, b) && sameStatement(a, b),
          ),
        )
      : all;
    // A region beside a city is the city at another scale (see REGIONS): only places of one scale are compared.
    const narrow = list.filter((f) => !broad(f));
    const scaled = narrow.length && narrow.length < list.length ? narrow : list;
    const places = new Set(scaled.map((f) => f.value));
    if (places.size < 2 || new Set(scaled.map((f) => f.doc)).size < 2) continue;
    // An outlet naming both places is not contradicting itself.
    const docsByPlace = new Map<unknown, Set<string>>();
    for (const f of scaled) docsByPlace.set(f.value, (docsByPlace.get(f.value) ?? new Set()).add(f.doc));
    const sole = scaled.filter((f) =>
      [...places].every((p) => p === f.value || !docsByPlace.get(p)!.has(f.doc)),
    );
    if (new Set(sole.map((f) => f.value)).size < 2) continue;
    out.push({
      kind: 'place',
      note: `${sole[0]!.aboutText} is placed differently: ${[...new Set(sole.map((f) => f.text))].join(' vs ')}`,
      values: sole.map((f) => r.value(f.doc, f, f.value)),
    });
  }
  return out;
}
