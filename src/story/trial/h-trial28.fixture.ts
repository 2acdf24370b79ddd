// Three fictional stories told by several outlets each, the way such coverage goes: a prison
// escape and a recapture with a court appearance, a footballer's transfer, and a landslide after
// heavy rain. Places, people, clubs, outlets and countries are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Two inmates escape from Kessany prison in Valdoria late on Sunday 14 October 2040; one is caught
// on Tuesday 16 October and appears in court on Wednesday 17 October.
// Planted: the inmates who escaped `two` (the wire) against `three` (the Kessany Voice) (count);
// the day of the escape `late on Sunday` against the Voice's `on Saturday night` (date); the
// inmate `Dorin Malek` against the Voice's `Dorin Mallek` (spelling); his age `34` against `35`
// (age); the day of the recapture `on Tuesday` (the wire's update) against the Tribune's `on
// Wednesday` (date); where he was caught, `in a barn near Lurin` against `in a flat in Kessany`
// (place); the judge `Ilona Farkas` against `Ilona Farkash` (spelling).
// Look-alikes, not conflicts: the reward `$50,000` against `50,000 dollars` (one sum); `at least
// 12 guards` against `13 guards` (a floor); Malek's 22-year sentence against the 6 years of Vasca
// (two inmates); the 2033 escape of three inmates from the same prison (background); `two days
// after the escape` (the recapture) against `two hours after` the alarm (the search); the 400
// officers of the manhunt against the 13 guards.
export const ESCAPE: readonly TrialArticle[] = [
  article('escape/1-valdor-wire.txt', '2040-10-15', [
    'Two inmates escape from Kessany prison',
    'Valdor News Agency',
    'By Petra Lunn',
    '15 October 2040',
    'KESSANY - Two inmates escaped from the high-security prison in Kessany late on Sunday, the justice ministry said.',
    'The escapees, Dorin Malek, 34, and Aurel Vasca, 29, cut through a fence behind the prison laundry, ministry spokeswoman Mira Oltean said.',
    'Malek was serving a 22-year sentence for armed robbery, and Vasca six years for fraud.',
    'At least 12 guards were on duty at the time, Oltean said.',
    'Police have offered a reward of $50,000 for information leading to their capture.',
    'In 2033, three inmates escaped from the same prison and were caught within a week.',
  ]),
  article('escape/2-kessany-voice.txt', '2040-10-15', [
    'Manhunt after three inmates break out',
    'The Kessany Voice',
    'By Anton Reiss',
    '15 October 2040',
    'Three inmates broke out of Kessany prison on Saturday night, a prison officer told the Voice.',
    'One of them, Dorin Mallek, 35, was convicted in 2036 of robbing a bank in Lurin.',
    'Thirteen guards were on duty that night, the officer said.',
    'The search began two hours after the alarm was raised, and some 400 officers joined it.',
    'A reward of 50,000 dollars has been offered.',
  ]),
  article('escape/3-valdor-update.txt', '2040-10-17', [
    'Escaped inmate Malek appears in court',
    'Valdor News Agency',
    'By Petra Lunn',
    '17 October 2040',
    'KESSANY - Dorin Malek, who escaped from Kessany prison on Sunday, appeared in court on Wednesday charged with escaping lawful custody, the justice ministry said.',
    'Police caught Malek on Tuesday in a barn near Lurin, two days after the escape.',
    'Judge Ilona Farkas ordered him held until trial.',
    'Aurel Vasca remains at large, police said.',
  ]),
  article('escape/4-capital-tribune.txt', '2040-10-18', [
    'How the Kessany escapee was caught',
    'The Capital Tribune',
    'By Lisa Morvay',
    '18 October 2040',
    'Dorin Malek was arrested on Wednesday in a flat in Kessany after a neighbour called police, officers said.',
    'He appeared before Judge Ilona Farkash hours later.',
    'The 34-year-old had been on the run since Sunday night.',
  ]),
];

// The striker Kwame Osei-Bonsu moves from FC Merlin to Real Ostravia on Thursday 11 July 2041.
// Planted: his contract `five-year` against the tabloid's `four-year` (duration); his age `23`
// against `24` (age); the day of the signing `on Thursday` against the club report's `on
// Friday` (date); the former club's coach `Piet Vanlande` against `Piet van Lande` (spelling);
// the fee `€62 million` against the Gazette's `€58 million` (money).
// Look-alikes, not conflicts: `€62 million` against `62m euros` (one sum); his 31 goals in all
// competitions against his 27 league goals (two things); his move to Merlin in 2037 for `€8
// million` (background); the 40,000 fans at his unveiling against the stadium's 52,000 seats.
export const TRANSFER: readonly TrialArticle[] = [
  article('transfer/1-sport-wire.txt', '2041-07-11', [
    'Real Ostravia sign Osei-Bonsu for €62 million',
    'Sportwire',
    'By Dani Ferro',
    '11 July 2041',
    'Real Ostravia signed the striker Kwame Osei-Bonsu, 23, from FC Merlin for €62 million on Thursday, the club said.',
    'Osei-Bonsu signed a five-year contract, the club said.',
    'He scored 31 goals in all competitions last season.',
    'Osei-Bonsu joined Merlin from Atlético Sarno in 2037 for €8 million.',
    'Merlin coach Piet Vanlande said he was sorry to lose him.',
  ]),
  article('transfer/2-daily-shout.txt', '2041-07-11', [
    'Ostravia land Osei-Bonsu in 62m euros deal',
    'The Daily Shout',
    '11 July 2041',
    'Real Ostravia have paid 62m euros for the striker Kwame Osei-Bonsu.',
    'The 24-year-old has signed a four-year deal.',
    'He scored 27 league goals for Merlin last season.',
    'Merlin coach Piet van Lande called him the best player he had coached.',
  ]),
  article('transfer/3-ostravia-gazette.txt', '2041-07-13', [
    'Osei-Bonsu unveiled before 40,000 fans',
    'The Ostravia Gazette',
    'By Rosa Imbert',
    '13 July 2041',
    'Kwame Osei-Bonsu was unveiled before 40,000 fans at the 52,000-seat Estadio Norte on Saturday.',
    'The striker signed for Real Ostravia on Friday for €58 million, the Gazette understands.',
    'Club president Elvira Santo said the fee was fair.',
  ]),
];

// A landslide buries part of the village of Tovrin, in Marsovia, on Sunday 3 April 2039 after
// days of heavy rain.
// Planted: the dead `at least 12` and 13 on Sunday, 21 on Monday, 26 on Tuesday (update); the
// missing `40` on Sunday, `18` on Tuesday (update); the homes buried `30` (the wire) against
// `45` (the Herald) (count); the mayor `Radu Cernat` against `Radu Cernea` (spelling); the day
// `on Sunday` against the Herald's `on Saturday` (date).
// Look-alikes, not conflicts: `200 millimetres of rain` against `20 centimetres of rain` (one
// amount); `at least 12` against 13 (a floor); the 2029 landslide in Varsa that killed 40
// (background); the 1,500 people evacuated against 1,500 residents of the village (two things);
// `within 48 hours` of rain against `48 hours after` the slide (two spans).
export const LANDSLIDE: readonly TrialArticle[] = [
  article('landslide/1-marsovia-wire.txt', '2039-04-03', [
    'At least 12 dead as landslide buries Marsovian village',
    'Marsovia Press',
    'By Ion Dragan',
    '3 April 2039',
    'TOVRIN - At least 12 people were killed when a landslide buried part of the village of Tovrin on Sunday, the emergency service said.',
    'Forty people were missing, service spokesman Emil Sorescu said.',
    'The landslide buried 30 homes, Sorescu said.',
    'About 200 millimetres of rain fell on the area within 48 hours, the weather office said.',
    'In 2029, a landslide in Varsa killed 40 people.',
  ]),
  article('landslide/2-tovrin-herald.txt', '2039-04-03', [
    'Thirteen dead in Tovrin landslide',
    'The Tovrin Herald',
    'By Carla Meda',
    '3 April 2039',
    'Thirteen people died when a hillside collapsed onto Tovrin on Saturday, mayor Radu Cernat said.',
    'The slide buried 45 homes, Cernat said.',
    'Some 20 centimetres of rain had fallen in two days.',
    'The village has about 1,500 residents.',
  ]),
  article('landslide/3-marsovia-update.txt', '2039-04-04', [
    'Tovrin landslide toll rises to 21',
    'Marsovia Press',
    'By Ion Dragan',
    '4 April 2039',
    'TOVRIN - The death toll from Sunday’s landslide in Tovrin rose to 21 on Monday, the emergency service said.',
    'Some 1,500 people were evacuated from nearby villages, spokesman Emil Sorescu said.',
    'Mayor Radu Cernea said rescuers had worked through the night.',
  ]),
  article('landslide/4-marsovia-update2.txt', '2039-04-05', [
    'Tovrin toll reaches 26 as search goes on',
    'Marsovia Press',
    'By Ion Dragan',
    '5 April 2039',
    'TOVRIN - The death toll from the Tovrin landslide rose to 26 on Tuesday, the emergency service said.',
    'Eighteen people were still missing, Sorescu said.',
    'Rescuers found a woman alive 48 hours after the slide, the service said.',
  ]),
];
