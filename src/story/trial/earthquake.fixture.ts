// A fictional disaster abroad told by four outlets the way such coverage goes: a wire report
// from the scene, a local newspaper with its own sources and a witness, a relay that trims and
// hedges the wire, and the wire's update the next day with the government's denial. Countries,
// people, places, agencies and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// An earthquake in northern Kaldoria (early on Sunday 14 September 2031, local time; late on
// Saturday 13 September, GMT).
// Planted: the injured `about 250` against `about 150` (count); the magnitude 6.8 of the
// national service against 6.6 of a foreign monitor, each attributed (quantity, two sources);
// the toll rises from `at least 40` (43) to 67 on the next day (update); the government denies
// that the dam above the town was damaged (a denial of the residents' claim).
// Look-alikes, not conflicts: `at least 40` against `Forty-three`; `2:40 a.m. local time (2340
// GMT on Saturday)`, `23:40 GMT on Saturday` and `shortly before 3 a.m. on Sunday` (one moment);
// `25 kilometres (15 miles)` and `10 kilometres (6 miles)` against `10 km` (a figure with its
// conversion); `Interior Minister Pavol Strenk` and `the Minister of Internal Affairs, Pavol
// Strenk` (one title written two ways); the 1987 earthquake that killed 212 (another event); a
// seismologist's view (a commentator, never an origin).
export const EARTHQUAKE: readonly TrialArticle[] = [
  article('earthquake/1-corvel-wire.txt', '2031-09-14', [
    'At least 40 killed as strong earthquake hits northern Kaldoria',
    'Corvel Press Agency',
    'By Ines Talvo',
    '14 September 2031',
    'VESK, Kaldoria - At least 40 people were killed and about 250 injured when a strong earthquake struck northern Kaldoria early on Sunday, the interior ministry said.',
    'The quake, which the Kaldorian Seismological Service put at magnitude 6.8, struck at 2:40 a.m. local time (2340 GMT on Saturday) about 25 kilometres (15 miles) north of the town of Vesk.',
    'The Global Seismic Monitor measured it at magnitude 6.6, at a depth of 10 kilometres (6 miles).',
    'Dozens of houses collapsed in Vesk and nearby villages, and rescuers were searching the rubble for survivors, Interior Minister Pavol Strenk said.',
    'In 1987, an earthquake in the same region killed 212 people.',
  ]),
  article('earthquake/2-oradna-courier.txt', '2031-09-14', [
    '43 dead as quake flattens homes in Vesk',
    'Oradna Courier',
    'By Mirela Dusk',
    '14 September 2031',
    "Forty-three people died and about 150 were injured when a magnitude 6.8 earthquake shook Vesk and the surrounding villages shortly before 3 a.m. on Sunday, the regional governor's office said.",
    'In the old quarter of Vesk, whole streets of stone houses collapsed as families slept.',
    '"We heard a roar and then the walls came down," said Ruta Kell, 61, who escaped with her grandson.',
    'Residents said large cracks had appeared in the Ostrel dam above the town.',
    'Regional governor Anka Lisova said the hospital in Vesk was overwhelmed and the injured were being taken to Oradna.',
  ]),
  article('earthquake/3-daily-meridian.txt', '2031-09-14', [
    'Deadly quake hits Kaldoria',
    'The Daily Meridian',
    'By Staff',
    '14 September 2031',
    'At least 40 people were reportedly killed when an earthquake struck northern Kaldoria on Sunday, according to the Corvel Press Agency.',
    'The quake had a magnitude of 6.6 and struck at 23:40 GMT on Saturday at a depth of 10 km, the Global Seismic Monitor said.',
    'Dozens of houses are said to have collapsed in the town of Vesk, the agency reported.',
    'Tomas Hale, a seismologist at the University of Brenholm, said the region lies on a fault that had been quiet for decades.',
    '"A quake of this size in a region of old stone houses was always going to be deadly," Hale said.',
  ]),
  article('earthquake/4-corvel-update.txt', '2031-09-15', [
    'Kaldoria quake toll rises to 67; government denies dam was damaged',
    'Corvel Press Agency',
    'By Ines Talvo',
    '15 September 2031',
    "VESK, Kaldoria - The death toll from Sunday's earthquake in northern Kaldoria rose to 67 on Monday as rescuers pulled more bodies from the rubble, the Minister of Internal Affairs, Pavol Strenk, said.",
    'About 4,000 people spent the night in tents, Strenk said.',
    'The government denied reports that the Ostrel dam above Vesk had been damaged, saying engineers had inspected it on Sunday and found no cracks.',
    'The quake, of magnitude 6.8 according to the Kaldorian Seismological Service, struck at 2:40 a.m. on Sunday.',
    'In 1987, 212 people died in an earthquake in the same region.',
  ]),
];
