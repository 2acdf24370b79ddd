// A fictional political story told by four outlets the way such coverage goes: a wire report
// of a parliament's vote on a trade deal, a relay that trims and hedges it, a newspaper with its
// own sources and a leaked draft, and a foreign outlet's account with the other government's
// denial. Countries, people, places and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// The Sarnian parliament approves a trade deal with Ostrava (Monday 14 April 2031).
// Planted: the vote 212 to 198 against 212 to 189 (count); the tariff on steel 25 per cent
// against 15 per cent (quantity); the trade minister `Arkady Voronin` and `Arkadi Voronin`
// (name).
// Look-alikes, not conflicts: `late on Monday` against `early on Tuesday` (a night told from
// two time zones); `€4 billion ($4.3 billion)` against `4 billion euros`; `more than 200
// lawmakers` against 212; the 2019 dispute that ended with tariffs of 10 per cent (another
// event); a farmers' leader's view (a commentator, not an origin).
export const TARIFF: readonly TrialArticle[] = [
  article('tariff/1-kestrel-wire.txt', '2031-04-14', [
    'Sarnian parliament backs Ostrava trade deal after all-night debate',
    'Kestrel News Agency',
    'By Mila Dravec',
    '14 April 2031',
    'VELGRAD, Sarnia - The Sarnian parliament approved a trade agreement with Ostrava late on Monday by 212 votes to 198, after a debate that lasted more than 14 hours.',
    'The deal cuts the tariff on Ostravan steel to 25 per cent and opens the Sarnian grain market to Ostravan buyers, trade minister Arkady Voronin told lawmakers.',
    'Voronin said the agreement was worth €4 billion ($4.3 billion) a year to Sarnian exporters.',
    'Farmers protested outside the parliament building during the debate.',
    'A similar dispute between the two countries in 2019 ended with tariffs of 10 per cent on both sides.',
  ]),
  article('tariff/2-velgrad-online.txt', '2031-04-14', [
    'Parliament narrowly approves Ostrava trade pact',
    'Velgrad Online',
    '14 April 2031',
    'More than 200 lawmakers voted for the trade agreement with Ostrava, which reportedly passed by 212 votes to 189, the Kestrel News Agency reported.',
    'The agreement is said to be worth 4 billion euros a year to exporters, according to the trade minister, Arkadi Voronin.',
    'Under the deal, the tariff on Ostravan steel would fall to 15 per cent, the agency reported.',
  ]),
  article('tariff/3-sarnian-herald.txt', '2031-04-15', [
    'Trade deal passes, but farmers fear the grain clause',
    'The Sarnian Herald',
    'By Petr Lasko',
    '15 April 2031',
    'The trade agreement with Ostrava that parliament approved on Monday gives Ostravan buyers access to Sarnian grain for the first time, according to a draft of the agreement seen by the Herald.',
    'Two officials involved in the talks said the government had agreed to the grain clause in exchange for lower tariffs on Sarnian machinery.',
    'The tariff on Ostravan steel will fall to 25 per cent, the draft shows.',
    "Dana Orlik, the head of the Sarnian Farmers Union, said the clause was a betrayal of the country's farmers.",
    'The vote was 212 to 198.',
  ]),
  article('tariff/4-ostrava-daily.txt', '2031-04-15', [
    'Ostrava denies grain concession in Sarnian deal',
    'Ostrava Daily',
    '15 April 2031',
    "Sarnia's parliament approved the trade deal with Ostrava early on Tuesday, Ostravan time.",
    "Ostrava's trade ministry denied that the agreement gave Ostravan buyers special access to Sarnian grain, in a statement on Tuesday.",
    'The ministry said the agreement cut the tariff on steel to 25 per cent.',
  ]),
];
