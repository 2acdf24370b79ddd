// Two fictional stories (issue 12's trial), each told by five outlets the way real coverage
// goes: a wire report, two relays of it with trims and hedges, an outlet with its own
// reporting and a first-hand source, and a later update. Places, people and outlets are
// invented. Each article is a plain-text record: headline, outlet, byline, date line, body.

export interface TrialArticle {
  readonly location: string;
  readonly published: string;
  readonly text: string;
}

export const article = (location: string, published: string, lines: readonly string[]): TrialArticle => ({
  location,
  published,
  text: lines.join('\n') + '\n',
});

// A ferry capsizes on Lake Vessa (Tuesday 10 June 2031).
// Planted: the toll rises from 12 (13) to 17 on the next day (update); the police
// spokesman's name is spelled `Teodor Vasko` and `Teodor Vashko` (name); a headline gives
// 120 passengers where every body gives about 80 (count).
// Look-alikes, not conflicts: `at least 12` against `13`; `$2.5 million` against `2.5
// million dollars`; the 2019 sinking that killed 34; `on Tuesday` in articles of Tuesday
// and Wednesday; the analyst's 40 per cent.
export const FERRY: readonly TrialArticle[] = [
  article('ferry/1-norvane-wire.txt', '2031-06-10', [
    'At least 12 dead as ferry capsizes on Lake Vessa',
    'Norvane Press Agency',
    'By Hilde Sarrow',
    '10 June 2031',
    'ORLEN, Maravia - At least 12 people were killed when an overcrowded ferry capsized on Lake Vessa on Tuesday, police said.',
    'The ferry, the Saint Ilda, was carrying about 80 passengers when it overturned in strong winds some 300 metres from the shore near Orlen.',
    'Rescuers pulled 41 people from the water alive, and about 25 were still missing, police spokesman Teodor Vasko said.',
    "The ferry's owner, the Orlen Lake Company, was fined $2.5 million last year for safety breaches.",
    'In 2019, a ferry sank on the same lake, killing 34 people.',
  ]),
  article('ferry/2-daily-courier.txt', '2031-06-10', [
    'Ferry capsizes on Maravian lake, 12 dead',
    'The Daily Courier',
    'By Staff',
    '10 June 2031',
    'At least 12 people were reportedly killed when a ferry capsized on Lake Vessa in Maravia on Tuesday, according to the Norvane Press Agency.',
    'The ferry was carrying about 80 passengers when it overturned in strong winds near the town of Orlen, police said.',
    'About 25 people were still missing, according to police spokesman Teodor Vashko.',
    'The owner of the ferry was fined 2.5 million dollars last year for safety breaches, the agency reported.',
  ]),
  article('ferry/3-lakeside-herald.txt', '2031-06-10', [
    '13 dead in Lake Vessa ferry disaster',
    'Lakeside Herald',
    'By Piet Ambrose',
    '10 June 2031',
    'Thirteen people died when the ferry Saint Ilda capsized on Lake Vessa on Tuesday afternoon, police in Orlen said.',
    'The boat, carrying about 80 passengers, overturned in strong winds, police spokesman Teodor Vasko told reporters.',
    'Lukas Brenner, a maritime safety analyst at the Kessel Institute, said ferries on the lake were routinely overloaded.',
    '"About 40 per cent of the boats we inspected carried more people than they were licensed for," Brenner said.',
    'A ferry sinking on the lake in 2019 killed 34 people.',
  ]),
  article('ferry/4-maravia-today.txt', '2031-06-11', [
    'Survivor tells of panic as ferry with 120 passengers capsized',
    'Maravia Today',
    'By Ana Krell',
    '11 June 2031',
    'ORLEN - Mira Osk, 34, a teacher from Orlen, was on the upper deck of the Saint Ilda when the ferry began to tilt on Tuesday.',
    '"The boat tipped over all at once, and people were screaming in the water," Osk told Maravia Today from her hospital bed.',
    'Osk said the crew had let passengers board until there was no room left to stand.',
    'The death toll rose to 17 on Wednesday as divers recovered more bodies, police said.',
    'The Orlen Lake Company did not respond to requests for comment.',
  ]),
  article('ferry/5-norvane-update.txt', '2031-06-11', [
    'Lake Vessa ferry toll rises to 17',
    'Norvane Press Agency',
    'By Hilde Sarrow',
    '11 June 2031',
    'ORLEN, Maravia - The death toll from the capsizing of a ferry on Lake Vessa rose to 17 on Wednesday, police said.',
    'Divers recovered five more bodies overnight, and about 20 people were still missing, police spokesman Teodor Vasko said.',
    'The ferry, carrying about 80 passengers, overturned in strong winds on Tuesday.',
    'In 2019, 34 people died when a ferry sank on the same lake.',
  ]),
];

// A fire at the Grand Arbor hotel in Kelsing (Thursday 13 February 2031).
// Planted: the toll rises from 9 (10) to 11 (update); the fire chief is `Anselm Greer` and
// `Anselm Grier` (name); a headline gives 14 dead where its own body and all others give 11
// at most (count); the fire broke out at about 2 a.m. or 3 a.m. (time).
// Look-alikes, not conflicts: `at least 9` against `10`; `€18 million` against `18 million
// euros`; the 2024 nightclub fire that killed 6; `on Thursday` in articles of Thursday and
// Friday; the consultant's 1990.
export const HOTEL: readonly TrialArticle[] = [
  article('hotel/1-continental-wire.txt', '2031-02-13', [
    'At least 9 killed in Kelsing hotel fire',
    'Continental News Agency',
    'By Oren Tallis',
    '13 February 2031',
    'KELSING - At least 9 people were killed and 22 injured when a fire swept through the Grand Arbor hotel in Kelsing early on Thursday, fire chief Anselm Greer said.',
    'The fire broke out at about 2 a.m. on the third floor of the 140-room hotel, Greer said.',
    'About 60 firefighters fought the blaze for four hours.',
    'The hotel was bought in 2027 by the Bexley Group for €18 million.',
    'In 2024, a fire at a Kelsing nightclub killed 6 people.',
  ]),
  article('hotel/2-evening-post.txt', '2031-02-13', [
    'Nine dead in hotel blaze',
    'The Evening Post',
    'By Staff',
    '13 February 2031',
    'At least 9 people were reportedly killed in a fire at the Grand Arbor hotel in Kelsing on Thursday, according to the Continental News Agency.',
    'The fire is said to have started on the third floor of the hotel, fire chief Anselm Grier said.',
    'The Bexley Group bought the hotel in 2027 for 18 million euros, the agency reported.',
  ]),
  article('hotel/3-kelsing-gazette.txt', '2031-02-13', [
    'Ten die in Grand Arbor fire',
    'Kelsing Gazette',
    'By Rhea Dunmore',
    '13 February 2031',
    'Ten people died and 22 were hurt when fire tore through the Grand Arbor hotel in Kelsing on Thursday, fire chief Anselm Greer said.',
    'The fire started at about 3 a.m. on the third floor, he said.',
    'Fire safety consultant Dana Whitlow said hotels built before 1990 often lacked sprinklers.',
    '"Older hotels are simply not equipped for a fire at night," Whitlow said.',
    'A fire at a Kelsing nightclub in 2024 killed 6 people.',
  ]),
  article('hotel/4-northern-ledger.txt', '2031-02-14', [
    '14 dead in Grand Arbor fire as guest recalls escape',
    'The Northern Ledger',
    'By Sam Orvik',
    '14 February 2031',
    'Jonah Pell, 52, a salesman from Rostow, was asleep on the fourth floor of the Grand Arbor hotel when the alarm went off on Thursday.',
    '"The corridor was black with smoke, and I crawled to the stairs on my hands and knees," Pell told the Northern Ledger.',
    'The death toll rose to 11 on Friday after two of the injured died in hospital, fire chief Anselm Greer said.',
    'The Bexley Group said it was cooperating with investigators.',
  ]),
  article('hotel/5-continental-update.txt', '2031-02-14', [
    'Kelsing hotel fire toll rises to 11',
    'Continental News Agency',
    'By Oren Tallis',
    '14 February 2031',
    'KELSING - The death toll from a fire at the Grand Arbor hotel in Kelsing rose to 11 on Friday after two of the injured died in hospital, fire chief Anselm Greer said.',
    'The fire broke out at about 2 a.m. on Thursday on the third floor of the hotel.',
    'In 2024, 6 people died in a fire at a Kelsing nightclub.',
  ]),
];
