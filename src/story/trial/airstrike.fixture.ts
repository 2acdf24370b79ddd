// A fictional contested military strike told by five outlets the way such coverage goes: a wire
// report citing a regional health ministry and witnesses, a second agency carrying the army's
// denial and its own count, a relay that passes on the first wire and hedges it, the first
// wire's update a day later (the toll rises, a UN official calls for an inquiry) and a review
// with an analyst's view. Countries, places, people and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// An airstrike hits a camp for displaced families near Savrin, Okel province, Zarima, in the
// night of Tuesday 8 to Wednesday 9 July 2031.
// Planted: the ministry's toll `32` against the army's `eight` (count); the camp `Hadrun`
// against `Hadroun` (name); the strike `shortly after midnight` against `at 2 a.m.` (time);
// `Eleven children` among the dead against `Seven children` (count); the army's denial of the
// strike on the camp (a denial of the claim the others assert).
// Look-alikes, not conflicts: the toll rising from 32 to 41 the next day (an update); `At least
// 30` against `32`; March's strike on a market that killed 18 (background); `about 12 miles (19
// kilometres)` (a figure with its conversion); `late on Tuesday` against `early on Wednesday`
// (one night told two ways); the regional government `denounced` the strike (no denial); the
// army's three wounded soldiers against the ministry's 47 wounded and 32 killed (other people,
// other things); the analyst's 200 strikes and the UN official's words (commentators).
export const AIRSTRIKE: readonly TrialArticle[] = [
  article('airstrike/1-meridian-wire.txt', '2031-07-09', [
    'Airstrike on Zarima displacement camp kills 32, health ministry says',
    'Meridian Wire Service',
    'By Lena Ostrova',
    '9 July 2031',
    'SAVRIN, Zarima - An airstrike on a camp for displaced families near Savrin killed 32 people shortly after midnight on Wednesday, the health ministry in Okel province said.',
    'Eleven children were among the dead and 47 people were wounded, the ministry said.',
    'Witnesses said two missiles hit the Hadrun camp, which shelters about 6,000 people, as families slept in their tents.',
    '"The tents were on fire and people were screaming for their children," said Idris Mahal, 41, who has lived in the camp since last year.',
    'The camp lies about 12 miles (19 kilometres) from the front line between government forces and the rebels who hold most of Okel province.',
    'In March, an airstrike on a market in Savrin killed 18 people.',
  ]),
  article('airstrike/2-northgate-agency.txt', '2031-07-09', [
    'Army denies striking Savrin camp',
    'Northgate News Agency',
    'By Piet Hollander',
    '9 July 2031',
    'SAVRIN - At least 30 people were killed when the Hadroun camp near Savrin was bombed at 2 a.m. on Wednesday, local medics said.',
    'The Zariman army denied it carried out the strike on the camp, saying its aircraft had hit a rebel weapons depot two kilometres away.',
    'Army spokesman Colonel Petar Lusk said the strike on the depot killed eight people, all of them armed fighters.',
    'Three soldiers were wounded by rebel fire during the raid, Lusk said.',
    'Seven children were among the dead, a doctor at the main hospital in Savrin said.',
  ]),
  article('airstrike/3-harbour-tribune.txt', '2031-07-09', [
    'https://www.harbourtribune.com/world/2031/07/09/zarima-camp-strike',
    'Dozens reportedly killed in strike on Zarima camp',
    'The Harbour Tribune',
    '9 July 2031',
    'An airstrike on a camp for displaced families near Savrin reportedly killed 32 people shortly after midnight on Wednesday, according to Meridian Wire Service.',
    'Eleven children were allegedly among the dead, the agency said, citing the health ministry in Okel province.',
    'Two missiles reportedly hit the Hadrun camp as families slept in their tents.',
    'The camp lies about 19 kilometres (12 miles) from the front line.',
  ]),
  article('airstrike/4-meridian-update.txt', '2031-07-10', [
    'Toll in Savrin camp strike rises to 41; UN calls for inquiry',
    'Meridian Wire Service',
    'By Lena Ostrova',
    '10 July 2031',
    'SAVRIN, Zarima - The toll from an airstrike on the Hadrun camp near Savrin rose to 41 on Thursday after nine of the wounded died in hospital, the health ministry in Okel province said.',
    'Residents said the missiles struck late on Tuesday, as families slept in their tents.',
    'Marta Quell, the United Nations humanitarian coordinator for Zarima, called for an independent inquiry into the strike.',
    '"Camps that shelter displaced families must never be a target," Quell said in a statement.',
    'The Okel regional government denounced the strike as a massacre of civilians.',
    'The army has said its aircraft hit a weapons depot, not the camp.',
  ]),
  article('airstrike/5-eastbrook-review.txt', '2031-07-10', [
    "Savrin strike exposes the limits of Zarima's air war",
    'Eastbrook Review',
    'By Tomas Wend',
    '10 July 2031',
    "The strike on the Hadrun camp early on Wednesday is the deadliest of Zarima's air war this year.",
    '"A depot two kilometres away does not set a camp on fire; the army\'s account does not hold up," said Anika Schell, a military analyst at the Halden Institute.',
    'Schell said the air force had carried out more than 200 strikes in Okel province since January.',
  ]),
];
