// A fictional election night and its count told by six outlets the way election coverage goes:
// a wire with the early results, a second agency with the next day's figures, a relay that
// passes on the agency and hedges it, the wire's update with the final count, the capital's
// local paper, and an analysis with a political scientist. Country, parties, people, places and
// outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Dresvania votes for its 120-seat parliament on Sunday 4 May 2031; the count ends on Tuesday 6
// May.
// Planted: the Civic Union's seats `45 of the 120` against the local paper's `48` (count); its
// share of the vote `38.2 per cent` against the local paper's `36.8 per cent` (quantity); the
// turnout `61.8 per cent` against the local paper's `64.5 per cent` (quantity); its leader
// `Anika Marovec` against `Anika Marovic` (name); the runoffs `on 18 May` against `on 25 May`
// (date).
// Look-alikes, not conflicts: the Civic Union's 45 seats and the Labour Alliance's 38 (two parts
// of the 120); the 120 seats themselves; the 61 seats needed for a majority; the Civic Union's
// 37.5 per cent of the seats against its 38.2 per cent of the vote; the turnout of 2027 (58 per
// cent, background); the early `41 per cent` with 60 per cent of the ballots counted (updated by
// the final count); `about 62 per cent` against 61.8 (rounding); a poll's forecast of 33 per cent
// against the result; the 12-member electoral commission; the 14 districts going to a runoff; the
// political scientist's view (a commentator).
export const ELECTION: readonly TrialArticle[] = [
  article('election/1-harwell-wire.txt', '2031-05-04', [
    'Civic Union leads early count in Dresvania',
    'Harwell Press Agency',
    'By Petra Lindahl',
    '4 May 2031',
    "VESKA, Dresvania - The opposition Civic Union led the count in Dresvania's parliamentary election on Sunday, with 41 per cent of the vote with 60 per cent of ballots counted, the electoral commission said.",
    'Turnout was about 62 per cent, the commission said.',
    'A party needs 61 seats in the 120-seat parliament for a majority.',
    'Civic Union leader Anika Marovec told supporters in Veska that the country had voted for change.',
    'In 2027, turnout was 58 per cent.',
  ]),
  article('election/2-meridian-news.txt', '2031-05-05', [
    'Civic Union wins most seats but falls short of majority',
    'Meridian News Service',
    '5 May 2031',
    "The Civic Union won 45 of the 120 seats in Dresvania's parliament in Sunday's election, the electoral commission said on Monday, short of a majority.",
    'The governing Labour Alliance of Prime Minister Jorin Tessaly won 38 seats.',
    'The Civic Union took 38.2 per cent of the vote, and turnout was 61.8 per cent.',
    'Runoffs in the 14 districts where no candidate won a majority will be held on 18 May.',
    'The 12-member electoral commission said the vote had been orderly.',
  ]),
  article('election/3-ballotwatch.txt', '2031-05-05', [
    'Civic Union wins Dresvania vote',
    'ballotwatch.net',
    '5 May 2031',
    "The Civic Union has reportedly won 45 of the 120 seats in Dresvania's parliament, the Meridian News Service reported.",
    'Turnout was reportedly 61.8 per cent.',
    'Prime Minister Jorin Tessaly has reportedly conceded defeat.',
  ]),
  article('election/4-harwell-update.txt', '2031-05-06', [
    'Final count confirms Civic Union win in Dresvania',
    'Harwell Press Agency',
    'By Petra Lindahl',
    '6 May 2031',
    'VESKA, Dresvania - The final count confirmed on Tuesday that the Civic Union won 45 of the 120 seats in parliament, with 38.2 per cent of the vote, the electoral commission said.',
    'The Labour Alliance won 38 seats.',
    'Anika Marovec said she would begin talks with smaller parties on forming a coalition.',
    'A final poll by Stennick Research had forecast the Civic Union at 33 per cent.',
  ]),
  article('election/5-veska-herald.txt', '2031-05-05', [
    'Civic Union takes the capital',
    'The Veska Herald',
    'By Milan Oreski',
    '5 May 2031',
    "The Civic Union won 48 seats in parliament in Sunday's election, with 36.8 per cent of the vote, and swept all nine districts of Veska.",
    'Turnout reached 64.5 per cent, the highest in two decades.',
    'Anika Marovic, who grew up in Veska, thanked voters at a rally on Monday.',
    'Runoffs in the districts where no candidate won a majority will be held on 25 May.',
  ]),
  article('election/6-kestrel-review.txt', '2031-05-06', [
    'A win without a majority',
    'Kestrel Review',
    'By Hana Vesely',
    '6 May 2031',
    "The Civic Union's 45 seats give it 37.5 per cent of the seats in parliament, well short of the 61 it needs to govern alone.",
    '"The Civic Union will struggle to find partners," said Lena Harrow, a political scientist at the University of Kestrel.',
    'Harrow said the Labour Alliance could still try to form a government with the smaller parties.',
  ]),
];
