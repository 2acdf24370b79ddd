// A fictional food-poisoning outbreak traced to a food plant, told by five outlets over three days
// the way such coverage goes: a wire citing the national health agency, a relay that trims and
// hedges the wire, the town's paper with its own reporting (the hospital, a victim's family), the
// wire's update the next day (the agency traces the outbreak to the plant, the company denies it),
// and an analysis quoting an epidemiologist. Places, people, firms and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Sliced ham from the Brackenfield Foods plant sickens people with listeria in Vessland; the plant
// recalled the ham on Tuesday 9 October 2035; the agency reports on Thursday 11 October and traces
// the outbreak to the plant on Friday 12 October.
// Planted: the deaths `three` (the agency, via the wire) against `Four` (the hospital, the town's
// paper) on the same day (count); the people in hospital `14` against `Sixteen` on the same day
// (count); the elderly victim's age `81` against `83` (age); the bacterium written `Listeria
// monocytogenes` against `Listeria monocytogenis` (name); the plant's town `Talmere` against
// `Orrin Vale` on the same day (place); the confirmed cases `23` on Thursday, `31` on Friday, and
// the deaths three on Thursday, five on Friday (an update between days, no conflict); the agency
// tracing the outbreak to the plant against the company's denial (contested, no figure).
// Look-alikes, not conflicts: the 23 confirmed cases against the nine suspected cases, the 14 in
// hospital and the three dead (different nouns); the 4-year-old girl against the man of 81 (two
// people); `last Tuesday` in a report of Thursday against `on 9 October` (one day); `180-gram`
// against `6.3-ounce` packs (one weight in two notations); the 2029 salmonella outbreak at a
// bakery in Kessel, 112 sickened and two dead (background); `at least 30 people` against 31
// (compatible); `up to 70 days` (a duration, no date); the epidemiologist (a commentator, never an
// origin).
export const H_TRIAL21: readonly TrialArticle[] = [
  article('outbreak/1-norrith-wire.txt', '2035-10-11', [
    'Listeria outbreak linked to Talmere ham plant kills three',
    'Norrith Press Agency',
    'By Ines Marlow',
    '11 October 2035',
    'TALMERE, Vessland - An outbreak of Listeria monocytogenes linked to sliced ham made at the Brackenfield Foods plant in Talmere has sickened 23 people and killed three, the National Health Protection Agency said on Thursday.',
    'Fourteen people have been taken to hospital, the agency said.',
    'The agency is also investigating nine suspected cases.',
    'Among the dead are a 4-year-old girl and Aldo Feret, 81, a retired teacher, the agency said.',
    'Brackenfield recalled all 180-gram packs of its Hearthside sliced ham last Tuesday, the agency said.',
    'In a statement, Brackenfield Foods said there was no evidence that its plant was the source of the outbreak.',
  ]),
  article('outbreak/2-dailyloop.txt', '2035-10-11', [
    'Listeria outbreak reportedly kills three in Vessland',
    'dailyloop.net',
    '11 October 2035',
    'An outbreak of listeria reportedly linked to ham from a plant in Talmere has sickened 23 people and killed three, the Norrith Press Agency reported.',
    'Fourteen people were reportedly taken to hospital.',
    'The company was said to have recalled 6.3-ounce packs of the ham on 9 October.',
  ]),
  article('outbreak/3-orrin-vale-sentinel.txt', '2035-10-11', [
    'Four dead as listeria outbreak hits Orrin Vale',
    'The Orrin Vale Sentinel',
    'By Caro Denholm',
    '11 October 2035',
    'Four people have died in an outbreak of Listeria monocytogenis traced to ham from the Brackenfield Foods plant in Orrin Vale, doctors at Talmere General Hospital said on Thursday.',
    'Sixteen people were being treated in hospital, a hospital spokeswoman said.',
    'Aldo Feret, 83, died on Monday after eating the ham, his daughter told the Sentinel.',
    'A 4-year-old girl from Orrin Vale also died, the spokeswoman said.',
    'Workers at the plant said production had stopped on Wednesday.',
  ]),
  article('outbreak/4-norrith-update.txt', '2035-10-12', [
    'Listeria cases rise to 31 as agency traces outbreak to ham plant',
    'Norrith Press Agency',
    'By Ines Marlow',
    '12 October 2035',
    'The number of confirmed cases in the listeria outbreak has risen to 31, and five people have died, the National Health Protection Agency said on Friday.',
    'The agency said it had traced the outbreak to the Brackenfield Foods plant in Talmere, where inspectors found the bacterium on a slicing machine.',
    'Brackenfield Foods denied that its plant was the source, saying its own tests had found no listeria.',
    'Twelve more cases are suspected, the agency said.',
    'In 2029, a salmonella outbreak traced to a bakery in Kessel sickened 112 people and killed two.',
  ]),
  article('outbreak/5-health-ledger.txt', '2035-10-13', [
    'Why listeria outbreaks are so hard to stop',
    'The Health Ledger',
    'By Petra Lund',
    '13 October 2035',
    'The listeria outbreak linked to the Brackenfield Foods plant has now sickened at least 30 people in Vessland.',
    '"Listeria can take up to 70 days to make someone ill, so the number of cases will keep rising for weeks," said Miran Oddo, an epidemiologist at the University of Talmere.',
    'Oddo said pregnant women, older people and young children were most at risk.',
  ]),
];
