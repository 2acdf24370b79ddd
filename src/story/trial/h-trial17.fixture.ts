// A fictional jewel heist told by five outlets the way such coverage goes: a wire citing the
// police and the museum, a relay that trims the wire and hedges it, the city's paper with its own
// reporting, the wire's update the next day (arrests, an item recovered, the value revised), and
// an analysis two days on with a security consultant and an insurer. Places, people, outlets
// and the museum are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Thieves break into the Aldmere Museum in Corvath early on Tuesday 8 November 2033 and steal
// jewels of the Harrowgate collection. Police arrest three men on Wednesday 9 November; a fourth
// is arrested on Thursday 10 November.
// Planted: the jewels' value `€4.2 million` (the wire, `worth`) against `6 million euros` (the
// city paper, `valued at`); the thieves `four` against `three`; the time `3:40 a.m.` against
// `shortly after 2 a.m.`; the pieces taken `eight` against `nine`; the getaway vehicle `a black
// van` against `a white car` (a vehicle, no count); the director's name `Helena Marrow` against
// `Helena Marow`; an update between days (the wire's `€4.2 million` on Tuesday, the museum's
// `€4.8 million` on Wednesday); a denial (the city paper's guard says the alarm did not sound,
// the museum denies that its alarm failed).
// Look-alikes, not conflicts: the jewels recovered `worth €1.1 million` against the jewels
// stolen (a recovered sum is no stolen sum); `three men were arrested` on Wednesday against `a
// fourth man was arrested` on Thursday (counts of a finished act, both true); the 58-year-old
// guard against the 34-year-old man arrested (two people's ages); `early on Tuesday` against
// `on November 8` (one day); the 2029 heist at the Selwyn Palace, `€9 million` (background); the
// thieves inside `for seven minutes` (a duration, no time); the alarm `installed 12 years ago`
// (a duration); the museum `founded in 1874` (background date); `€4.2 million` against `4.2
// million euros` (one sum in two notations).
export const HEIST: readonly TrialArticle[] = [
  article('heist/1-continental-wire.txt', '2033-11-08', [
    'Jewels worth €4.2 million stolen from Corvath museum',
    'Continental Press',
    'By Marek Dunst',
    '8 November 2033',
    'CORVATH - Thieves stole jewels worth €4.2 million from the Aldmere Museum in Corvath early on Tuesday, police said.',
    'Four thieves broke in through a side window at 3:40 a.m. and smashed two display cases, a police spokesman said.',
    'The thieves took eight pieces from the Harrowgate collection, including a diamond tiara, the spokesman said.',
    'They fled in a black van, police said.',
    'The thieves were inside the museum for seven minutes, police said.',
    'The thieves attacked a 58-year-old guard, who was taken to hospital with minor injuries.',
    '"This is a terrible loss for the city and for everyone who loves this collection," said the museum\'s director, Helena Marrow.',
  ]),
  article('heist/2-newsdash.txt', '2033-11-08', [
    'Thieves reportedly steal €4.2 million in jewels from Corvath museum',
    'newsdash.net',
    '8 November 2033',
    'Thieves reportedly stole jewels worth €4.2 million from the Aldmere Museum in Corvath early on Tuesday, the Continental Press reported.',
    'Four thieves were said to have broken in through a side window.',
    'The thieves reportedly fled in a black van.',
  ]),
  article('heist/3-corvath-courier.txt', '2033-11-08', [
    'Three masked men raid the Aldmere Museum',
    'The Corvath Courier',
    'By Ilse Branner',
    '8 November 2033',
    'Three masked men broke into the Aldmere Museum shortly after 2 a.m. on November 8 and stole jewels valued at 6 million euros, witnesses said.',
    'The men took nine pieces from the Harrowgate collection, a museum employee said.',
    'Witnesses said the men escaped in a white car.',
    'The alarm did not sound, the guard said.',
    '"We are cooperating fully with the police," said the museum\'s director, Helena Marow.',
    'The museum, founded in 1874, holds the largest collection of royal jewellery in Veldria.',
  ]),
  article('heist/4-continental-update.txt', '2033-11-09', [
    'Three men arrested over Corvath museum heist',
    'Continental Press',
    'By Marek Dunst',
    '9 November 2033',
    'Three men were arrested on Wednesday over the theft of jewels from the Aldmere Museum in Corvath, police said.',
    "One of the men, a 34-year-old from Corvath, was arrested at the city's port, police said.",
    'Police recovered jewels worth €1.1 million in a flat in the city, the spokesman said.',
    'The museum said on Wednesday the stolen jewels were worth €4.8 million.',
    'The museum denied that its alarm had failed.',
  ]),
  article('heist/5-vault-review.txt', '2033-11-10', [
    'Why museums keep losing their jewels',
    'The Vault Review',
    'By Oren Castile',
    '10 November 2033',
    'A fourth man was arrested on Thursday over the Aldmere Museum heist, police said.',
    'The theft of 4.2 million euros in jewels from the Aldmere Museum has renewed questions about how museums guard their collections.',
    'In 2029, thieves took gems worth €9 million from the Selwyn Palace in Ostrand.',
    '"Most museum alarms were installed 12 years ago or more, and thieves know exactly how long the police take to arrive," said Tobias Grint, a security consultant.',
    'Insurers will now demand stronger display cases, said Lena Hoffer, an underwriter at Corvane Insurance.',
  ]),
];
