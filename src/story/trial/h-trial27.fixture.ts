// A fictional river ferry capsizes, told by five outlets over three days the way such coverage
// goes: a wire's first report citing the river police, a relay that trims and hedges it, the
// river town's paper with its own reporting, the wire's update the next day, and an analysis with
// a maritime safety researcher. Places, people, outlets and the country are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// The passenger ferry Tamsa Queen capsizes on the Veshti River near Orunda, in Kastervia, on
// Tuesday 9 March 2038 at about 4:40 p.m. local time.
// Planted: the people aboard `217` (the wire) against `more than 250` (the Herald) (count); the
// people rescued `62` (the wire) against `48` (the Herald, the same day) (count); the dead `at
// least 30` and 34 on Tuesday, `41` on Wednesday (update); the missing `23` on Wednesday, `19` on
// Thursday (update); the day of the capsizing `on Tuesday afternoon` (9 March, the Herald) against the analysis's `on
// Wednesday` (10 March) (date); the captain `Rustam A. Kholbekov` against `Rustam Kholbekhov`
// (a transliteration, spelling); the captain named `Timur Sadikov` by the Herald (another person
// as captain); the captain's age `58` against `56` (age); the governor `Lenara Tovas-Engel`
// against `Lenara Tovas Engel` (a hyphen dropped, spelling); the owner's denial that the ferry
// was overloaded (contested).
// Look-alikes, not conflicts: `4:40 p.m. local time` against `1440 GMT` (one moment in two
// zones); the ferry's licence for 150 people against the 217 aboard; `about 200` against 217
// (rounding); `at least 30` against 34 (a floor); the 2031 sinking of the Dalmir that killed 112
// (background) and the analysis's `worst ferry disaster ... since 2031` (a benchmark, no date); a girl of 9 and a fisherman of 67 (two victims' ages); `Rustam Kholbekov` against
// `Rustam A. Kholbekov` (a dropped initial); `on Tuesday` in reports published on Tuesday and on
// Wednesday (one day); the update's `on 9 March` against `on Tuesday` (one day, a date and a weekday); the
// researcher (a commentator, never an origin); the relay's hedges (certainty, not a conflict).
export const H_TRIAL27: readonly TrialArticle[] = [
  article('ferry/1-solen-wire.txt', '2038-03-09', [
    'At least 30 dead as ferry capsizes on Veshti River',
    'Solen Press Agency',
    'By Mirela Dask',
    '9 March 2038',
    'ORUNDA - At least 30 people were killed when a passenger ferry capsized on the Veshti River near Orunda on Tuesday, the river police said.',
    'There were 217 people aboard the ferry, the Tamsa Queen, when it overturned at about 4:40 p.m. local time, police spokesman Daniyar Osmanov said.',
    'Rescuers pulled 62 people from the water, Osmanov said.',
    'The vessel was licensed to carry 150 people.',
    'The ferry’s captain, Rustam A. Kholbekov, 58, was among those rescued and was being questioned, the police said.',
    'In 2031, the ferry Dalmir sank on the same river near Kesh, killing 112 people.',
  ]),
  article('ferry/2-riverpost.txt', '2038-03-09', [
    'Ferry reportedly capsizes in Kastervia',
    'riverpost.net',
    '9 March 2038',
    'A passenger ferry reportedly capsized on the Veshti River in Kastervia on Tuesday, the Solen Press Agency reported.',
    'At least 30 people were said to have died.',
    'About 200 people were reportedly aboard the Tamsa Queen when it overturned at 1440 GMT.',
    'The captain, Rustam Kholbekov, survived, according to the agency.',
  ]),
  article('ferry/3-orunda-herald.txt', '2038-03-09', [
    'Thirty-four dead in Tamsa Queen disaster',
    'The Orunda Herald',
    'By Teo Varnik',
    '9 March 2038',
    'ORUNDA - Thirty-four people died when the Tamsa Queen capsized on the Veshti River on Tuesday afternoon, the district governor, Lenara Tovas-Engel, said.',
    'More than 250 people were aboard the ferry, survivors told the Herald.',
    'Rescuers pulled 48 people from the water, Tovas-Engel said.',
    'The ferry’s captain, Timur Sadikov, could not be reached for comment.',
    'Among the dead was a girl of 9, her uncle told the Herald.',
    'Passengers said the ferry was overloaded.',
  ]),
  article('ferry/4-solen-update.txt', '2038-03-10', [
    'Ferry death toll rises to 41',
    'Solen Press Agency',
    'By Mirela Dask',
    '10 March 2038',
    'ORUNDA - The death toll from the capsizing of the Tamsa Queen on the Veshti River rose to 41 on Wednesday, the river police said.',
    'Twenty-three people were still missing, police spokesman Daniyar Osmanov said.',
    'The ferry capsized on 9 March, Osmanov said.',
    'A 67-year-old fisherman drowned trying to reach the ferry, his family said.',
    'The captain, Rustam Kholbekhov, 56, was charged with negligence on Wednesday.',
    'The ferry’s owner, Veshti Line, denied that the ferry was overloaded.',
  ]),
  article('ferry/5-delta-review.txt', '2038-03-11', [
    'Why Kastervia’s river ferries keep sinking',
    'The Delta Review',
    'By Anouk Berell',
    '11 March 2038',
    'The Tamsa Queen capsized on Wednesday near Orunda, killing 41 people in the worst ferry disaster on the Veshti River since 2031.',
    'Nineteen people remained missing on Thursday, governor Lenara Tovas Engel said.',
    'The ferry sank within sight of the Orunda landing.',
    '"Every ferry on this river sails overloaded, and everyone on the bank knows it," said Ilka Varden, a maritime safety researcher at the University of Kesh.',
  ]),
];
