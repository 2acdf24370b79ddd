// A fictional product recall after injuries told by five outlets the way recall coverage goes:
// the regulator's notice relayed by a wire, a second agency, a relay that passes on the wire and
// hedges it, a consumer paper, and the wire's update a week later. Makers, models, places, people
// and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Voltara Mobility of Kessra, Merland, recalls its Strada e-bikes (Monday 14 March 2033) after
// their batteries overheated. Planted: the bikes recalled `about 1.2 million` (and the consumer
// paper's `1,196,000`) against the agency's `1.4 million` (count); the riders injured `23` against
// `32` (count); the model years `2021 to 2023` against `2021 to 2024`; the day sales began `in
// March 2021` against `in September 2020` (date); the maker `Voltara` against `Voltarra` (name).
// Look-alikes, not conflicts: the 410,000 bikes sold in Merland against the 1.2 million worldwide
// (a part); the 57 incidents reported against the 23 riders injured (two things); the refund of
// $499 (a price, each) against the bikes; the Model X-200 (a model number, no count); the
// injuries risen to 41 a week later (an update); the 2019 recall of 60,000 scooters (background);
// `about 1.2 million` against 1,196,000 (a rounding).
export const RECALL: readonly TrialArticle[] = [
  article('recall/1-halden-wire.txt', '2033-03-14', [
    'Voltara recalls 1.2 million e-bikes after battery fires',
    'Halden Wire',
    'By Mara Ostin',
    '14 March 2033',
    'KESSRA, Merland - Voltara Mobility is recalling about 1.2 million Strada e-bikes worldwide after their batteries overheated and injured 23 riders, the National Product Safety Board said on Monday.',
    'The recall covers bikes from the model years 2021 to 2023, the board said.',
    'The Strada went on sale in March 2021.',
    'The bikes affected carry the number Model X-200 on the frame.',
    'Owners should stop riding the bikes at once, the board said.',
  ]),
  article('recall/2-brenmark-agency.txt', '2033-03-14', [
    'Voltarra e-bike recall widens to 1.4 million',
    'Brenmark News Agency',
    '14 March 2033',
    'Voltarra Mobility is recalling 1.4 million Strada e-bikes, the Merland safety regulator said.',
    'The regulator said 32 riders had been injured by burning batteries.',
    'It has received reports of 57 incidents in which a battery overheated, smoked or caught fire.',
    'About 410,000 of the bikes were sold in Merland.',
    'The Strada, sold as the Model X-200, was first sold in September 2020.',
  ]),
  article('recall/3-ridewatch.txt', '2033-03-14', [
    'Voltara reportedly recalls e-bikes over fires',
    'ridewatch.net',
    '14 March 2033',
    'Voltara Mobility is reportedly recalling 1.2 million Strada e-bikes, the Halden Wire reported.',
    'The batteries were said to have injured 23 riders.',
  ]),
  article('recall/4-merland-consumer.txt', '2033-03-15', [
    'What Strada owners need to know',
    'The Merland Consumer',
    'By Ilse Varga',
    '15 March 2033',
    'Voltara Mobility is recalling 1,196,000 Strada e-bikes because their batteries can overheat.',
    'The recall covers the model years 2021 to 2024, according to the company.',
    'Owners who return a bike will receive a refund of $499.',
    'Voltara said owners could also choose a free replacement battery.',
  ]),
  article('recall/5-halden-update.txt', '2033-03-21', [
    'Strada injuries rise to 41 as owners return bikes',
    'Halden Wire',
    'By Mara Ostin',
    '21 March 2033',
    'KESSRA, Merland - The number of riders injured by the batteries of recalled Voltara e-bikes has risen to 41, the National Product Safety Board said on Monday.',
    'The board urged owners who had not yet stopped riding the bikes to do so.',
    'In 2019, Voltara recalled 60,000 scooters over faulty brakes.',
  ]),
];
