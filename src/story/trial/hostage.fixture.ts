// A fictional hostage release told by five outlets the way such coverage goes: a wire report
// citing the foreign ministry, a broadcaster's site that trims and hedges it, a regional paper
// with a freed hostage's family and the kidnappers' statement, the wire's update a day later with
// the mediators, and an analysis with a former diplomat. Places, people, outlets and the armed
// group are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Eleven hostages seized from a bus near Qarsa on 2 August 2034 are freed on Friday 25 August.
// Planted: the hostages freed `eleven` against `nine` on the same day (count); the engineer's age
// `54` against `45` (age); the mediator `Idris Kamali` against `Idriss Kamali` (name); the handover
// `in Port Tamsin` against `in Port Tamsir` (place); the hostages held `23 days` against `25 days`
// (quantity); the freed hostages `11` on Friday, `12` on Saturday after a twelfth was found
// (update); the government denies paying a ransom, which the group's statement says it received
// (contested).
// Look-alikes, not conflicts: the bus's 40 passengers against the hostages; the two hostages
// still held against those freed; `more than ten` against eleven; `on August 2` against `three
// weeks ago`; a 2029 kidnapping with its own figures in a background paragraph; the ransom of
// `2 million dinars (about $1.5 million)` as one amount in two notations; a 7-year-old girl
// and the 54-year-old engineer (two people).
export const HOSTAGE: readonly TrialArticle[] = [
  article('hostage/1-coastline-wire.txt', '2034-08-25', [
    'Eleven bus hostages freed in Varenia',
    'Coastline News Agency',
    'By Lior Desmet',
    '25 August 2034',
    'QARSA - Eleven hostages seized from a bus near Qarsa were freed on Friday after 23 days in captivity, the foreign ministry said.',
    'The hostages were handed over to officials in Port Tamsin, ministry spokeswoman Nadia Orsel said.',
    'Among them was a 54-year-old engineer, Tomas Weyl, and a 7-year-old girl.',
    'Two hostages are still held by the group, Orsel said.',
    'The talks were led by Idris Kamali, a mediator from Belsan.',
    'In 2029, the same group kidnapped 16 aid workers and held them for five months.',
  ]),
  article('hostage/2-kvt.txt', '2034-08-25', [
    'Varenia hostages reportedly released',
    'kvt.news',
    '25 August 2034',
    'More than ten hostages seized from a bus in Varenia were reportedly freed on Friday, the Coastline News Agency reported.',
    'They were said to have been held for three weeks.',
  ]),
  article('hostage/3-northern-star.txt', '2034-08-25', [
    'Nine hostages freed, families say',
    'The Northern Star',
    'By Ana Reuel',
    '25 August 2034',
    'Nine hostages seized from a bus near Qarsa were freed on Friday after 25 days in captivity, their families said.',
    'The bus was carrying 40 passengers when it was stopped on August 2.',
    'The hostages were handed over to officials in Port Tamsir, the families said.',
    'Tomas Weyl, 45, an engineer, called his wife after his release, she told the Star.',
    'The Red Dune Brigade said in a statement that it had received a ransom of 2 million dinars (about $1.5 million).',
    'The talks were led by Idriss Kamali, the group said.',
  ]),
  article('hostage/4-coastline-update.txt', '2034-08-26', [
    'Twelfth hostage found alive in Varenia',
    'Coastline News Agency',
    'By Lior Desmet',
    '26 August 2034',
    'QARSA - Twelve hostages have now been freed after a twelfth was found alive near Port Tamsin on Saturday, the foreign ministry said.',
    'The government denied that any ransom had been paid, ministry spokeswoman Nadia Orsel said.',
    'Idris Kamali said the last hostage would be freed within days.',
  ]),
  article('hostage/5-meridian-review.txt', '2034-08-26', [
    'What the Qarsa release tells us',
    'The Meridian Review',
    'By Karl Oste',
    '26 August 2034',
    'The release near Qarsa ends the longest kidnapping in Varenia since 2029.',
    '"Governments always deny paying, and groups always say they were paid," said Mira Tolan, a former ambassador to Belsan.',
    'Tolan said the group would use the money to rearm.',
  ]),
];
