// A fictional technology company's phone launch, told by five outlets over two weeks the way launch
// coverage goes: a wire from the launch event, two relays of the wire that trim and hedge it, a
// technology site with its own reporting (and a correction of a leak it had passed on), the wire's
// update after the first weekend with the company's sales and a denial, and an analysis quoting an
// analyst. Places, people, firms and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Veyra Systems of Calmora, Tessaly, unveils its Nova 9 phone at an event on Tuesday 9 September
// 2036: pre-orders open on Friday 12 September, the phone goes on sale on Friday 19 September. The
// wire's update on Monday 22 September gives the first weekend's sales.
// Planted: the price `€999 ($1,090)` (the wire, its relays, its update) against `€949` (the
// technology site) (quantity); the weight `192 grams` against `198 grams` (quantity); the release
// `on 19 September` against `on 26 September` (date); the executive `Dorian Kest, head of devices`
// against `chief operating officer Dorian Kest` (role); the chief executive `Ilsa Varenne` against
// `Ilsa Varene` (name); the first weekend's sales `1.2 million units` (the company) against `about
// 900,000` (an analyst's estimate) (count); the markets where pre-orders open, 30 on the Tuesday
// and 34 on the Monday (an update); the technology site's report of a delay in Tessaly, which the
// company denied (a denial).
// Look-alikes, not conflicts: `€999 ($1,090)` is one price with its conversion in brackets, and
// `999 euros` is that price again; the Nova 9 Mini's `€749` (another phone); the rival Quorin
// Tide 5 launched on 14 August at `$999` with a 4,800 mAh battery, 210 grams, and 800,000 units
// sold in its first weekend (background); the leaked `4,500 mAh` battery the technology site
// corrected to 5,000 mAh (a correction, not a second outlet's figure); `5,000 mAh` against
// `5000mAh`, `6.7-inch` against `6.7 inches`, `3.4GHz` against `3.4 GHz` (one value in two
// notations); `at least 30 markets` against 30 (compatible); the Nova 9's 7.9 mm against the
// rival's 8.4 mm; `on Friday` against `12 September` (one date, relative and absolute); the
// analyst (a commentator, never an origin).
export const H_TRIAL25: readonly TrialArticle[] = [
  article('launch/1-harlow-wire.txt', '2036-09-09', [
    'Veyra unveils Nova 9 phone with bigger battery',
    'Harlow News Service',
    'By Tamsin Orr',
    '9 September 2036',
    'CALMORA, Tessaly - Veyra Systems unveiled its Nova 9 smartphone on Tuesday, priced at €999 ($1,090), at an event in Calmora.',
    'Pre-orders open on Friday in 30 markets, and the phone goes on sale on 19 September, the company said.',
    'The Nova 9 has a 6.7-inch display, a 5,000 mAh battery and a new Veyra V4 chip running at 3.4GHz.',
    'It weighs 192 grams and is 7.9 mm thick.',
    'A smaller Nova 9 Mini will sell for €749.',
    '"This is the most capable phone we have ever built," chief executive Ilsa Varenne told the audience.',
    'Dorian Kest, head of devices, said the V4 chip was designed in Calmora.',
    'Rival Quorin launched its Tide 5 on 14 August at $999, with a 4,800 mAh battery and a weight of 210 grams.',
  ]),
  article('launch/2-gadgetwire.txt', '2036-09-09', [
    'Veyra reportedly launches Nova 9',
    'gadgetwire.net',
    '9 September 2036',
    'Veyra Systems has reportedly unveiled its Nova 9 smartphone at €999 ($1,090), the Harlow News Service reported.',
    'The phone is said to go on sale on 19 September, with pre-orders in at least 30 markets.',
    'It has a 6.7 inches display and a 5000mAh battery, according to the agency.',
  ]),
  article('launch/3-calmora-daily.txt', '2036-09-10', [
    'Veyra shows off Nova 9',
    'The Calmora Daily',
    '10 September 2036',
    'Veyra Systems showed its new Nova 9 phone in Calmora on Tuesday, the Harlow News Service reported.',
    'The phone will cost 999 euros and weighs 192 grams, the agency said.',
    'Chief executive Ilsa Varene presented the phone, which runs on a V4 chip at 3.4 GHz.',
  ]),
  article('launch/4-circuitline.txt', '2036-09-10', [
    'Nova 9 hands-on: lighter than the leaks, and cheaper',
    'Circuitline',
    'By Jonah Pell',
    '10 September 2036',
    'Veyra Systems will sell the Nova 9 for €949 when it goes on sale on 26 September, according to a price list seen by Circuitline.',
    'Our review unit weighed 198 grams on our scales.',
    'Chief operating officer Dorian Kest told Circuitline that the V4 chip was two years in the making.',
    'Pre-orders open on 12 September.',
    'The release in Tessaly could slip to October because of a shortage of display panels, two people at a supplier said.',
    'Correction: an earlier version of this story, based on a leaked specification sheet, said the battery was 4,500 mAh; it is 5,000 mAh.',
  ]),
  article('launch/5-harlow-update.txt', '2036-09-22', [
    'Veyra says Nova 9 sold 1.2 million in first weekend',
    'Harlow News Service',
    'By Tamsin Orr',
    '22 September 2036',
    'CALMORA, Tessaly - Veyra Systems said on Monday it sold 1.2 million Nova 9 phones in their first weekend on sale.',
    'Pre-orders had opened in 34 markets by Friday, up from 30 at the launch, the company said.',
    'Veyra denied a report that the release in Tessaly had been delayed, saying the phone was in shops across the country.',
    'The Nova 9, priced at €999 ($1,090), went on sale on Friday.',
    'Quorin said it sold 800,000 Tide 5 phones in the first weekend after its launch in August.',
  ]),
  article('launch/6-lattice-review.txt', '2036-09-24', [
    "Veyra's weekend numbers deserve a second look",
    'The Lattice Review',
    'By Nell Arden',
    '24 September 2036',
    'Veyra Systems says it sold 1.2 million Nova 9 phones in the first weekend.',
    'Mara Quell, an analyst at Denholt Research, estimated that the company sold about 900,000 phones in the first weekend.',
    '"The price is steep for a phone that changes little, and I expect sales to cool by Christmas," Quell said.',
    "Quell said the battery was the phone's strongest selling point.",
  ]),
];
