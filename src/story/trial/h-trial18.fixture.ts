// A fictional sports story told by five outlets the way such coverage goes: a wire report of a
// club hiring a new head coach a day after firing the old one, a relay that trims and hedges it
// (the deal still in prospect), the city's paper with its own anonymous sources, the wire's update
// the next day after the new coach is introduced, and a columnist's analysis with a former
// executive. Clubs, people, places, leagues and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// The Carrowmouth Harriers (Merland Basketball League) fire head coach Dario Venn on Sunday 9
// January 2033 and hire Ilse Maranth on Monday 10 January; she is introduced on Tuesday 11.
// Planted: the contract's length `four-year` against `five-year`; its sum `$20 million` against
// `$24 million` (the wire's own update a day later gives `$22 million`, between the two); Maranth's age
// `54` against `the 53-year-old coach` (an age given by the post); the team's record `12-20`
// against `12-21`; the day Venn was fired, Sunday against Saturday (date); Maranth's previous
// post, head coach of the Tessaly Gulls against an assistant there (role); her name `Maranth`
// against `Marranth` (name); whether the club spoke to her before firing Venn (two people
// familiar with the deal say so, the general manager denies it: contested).
// Look-alikes, not conflicts: Venn's age 61 against Maranth's 54; last season's record 40-42
// against this season's 12-20; the game's score 104-97 against the record; `$5 million a year`
// against the $20 million in all; the $6 million still owed to Venn; `in the 2029-30 season` (a
// season of a former post, no date of the hiring); the league final in 2031 (background); Venn's
// three seasons (a duration); her first game on Friday (after the reports, no date in the
// timeline); the Westbay Sports Network (an outlet cited by another, an origin of reporting); the
// columnist's opinion and the former executive (commentators, not origins).
export const COACH: readonly TrialArticle[] = [
  article('coach/1-tidewater-wire.txt', '2033-01-10', [
    'Harriers hire Ilse Maranth as head coach a day after firing Venn',
    'Tidewater Press Agency',
    'By Mara Quillon',
    '10 January 2033',
    'CARROWMOUTH, Merland - The Carrowmouth Harriers hired Ilse Maranth as head coach on Monday, a day after firing Dario Venn with the team at 12-20, the club said.',
    'Maranth, 54, signed a four-year, $20 million contract, general manager Pell Ostrander said.',
    'Maranth was head coach of the Tessaly Gulls from the 2029-30 season until last spring and took them to the league final in 2031.',
    'Venn, 61, was fired on Sunday in his third season with the club.',
    'The Harriers finished last season 40-42 and missed the playoffs.',
    'The club still owes Venn about $6 million on his contract, Ostrander said.',
    '"Ilse is the right person to lead this group," Ostrander said in a statement.',
  ]),
  article('coach/2-hoopwire.txt', '2033-01-10', [
    'Harriers reportedly set to land Maranth',
    'hoopwire.net',
    '10 January 2033',
    'The Carrowmouth Harriers are expected to sign Ilse Maranth as their new head coach, the Tidewater Press Agency reported.',
    'Maranth, 54, is close to a four-year deal worth $20 million, according to the agency.',
    'The Harriers reportedly fired Dario Venn on Sunday with the team at 12-20.',
  ]),
  article('coach/3-carrowmouth-courier.txt', '2033-01-10', [
    'Maranth gets five years from Harriers, sources say',
    'The Carrowmouth Courier',
    'By Teodor Halsey',
    '10 January 2033',
    'Ilse Maranth agreed to a five-year, $24 million contract to coach the Harriers, two people familiar with the deal told the Courier.',
    'The Harriers fired Dario Venn on Saturday, hours after a 104-97 loss to the Port Ellery Kings left them at 12-21.',
    'Maranth was an assistant coach with the Tessaly Gulls before she moved to the national team.',
    'The 53-year-old coach grew up in Carrowmouth and played for the Harriers in the 1990s.',
    'The club first approached Maranth in December, before Venn was fired, the two people said.',
    'Venn did not respond to requests for comment.',
  ]),
  article('coach/4-tidewater-update.txt', '2033-01-11', [
    'Maranth introduced as Harriers coach, says playoffs are the goal',
    'Tidewater Press Agency',
    'By Mara Quillon',
    '11 January 2033',
    'CARROWMOUTH, Merland - Ilse Maranth was introduced as head coach of the Carrowmouth Harriers on Tuesday and said the team could still reach the playoffs.',
    'The club said on Tuesday that her four-year contract is worth $22 million.',
    'Ostrander denied that the club had approached Maranth before Venn was fired.',
    '"We did not speak to Ilse or anyone else until Dario had been told," Ostrander said.',
    "Maranth's first game in charge will be on Friday against the Port Ellery Kings.",
  ]),
  article('coach/5-courtside-view.txt', '2033-01-11', [
    'Opinion: The Harriers needed a change, not a rescue',
    'Courtside View',
    'By Nadia Foss',
    '11 January 2033',
    'Firing Dario Venn was the easy part for the Carrowmouth Harriers.',
    "Ilse Marranth will earn about $5 million a year, more than any coach in the club's history.",
    'Marranth turned down an offer from the Kelso Pumas last summer, the Westbay Sports Network reported.',
    '"She wins with young players, and that is what this roster is," said Tobin Rhee, a former league executive who now works as a broadcaster.',
    'In my view, the Harriers should have made this change before last season ended.',
  ]),
];
