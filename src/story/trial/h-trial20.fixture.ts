// A fictional mass street protest over a fictional law, covered over two days by five outlets
// the way such coverage goes: a wire on the night of the march, a relay that trims and hedges
// the wire, a city paper with its own reporters, the wire's update the next day (arrests
// updated, the minister's denial of rubber bullets against a rights group's statement), and an
// analysis with a political scientist. Places, people and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Tens of thousands march in Corvessa on Saturday 14 April 2035 against the Civic Registry Law,
// passed by parliament on Tuesday 10 April. The march goes from Halden Bridge along Marrow
// Avenue to Vetrano Square, where police disperse the crowd with tear gas and water cannon in
// the evening. On Sunday 15 April the arrests are updated and the interior minister denies
// that police fired rubber bullets, which a rights group says they did.
// Planted: the arrests on Saturday, `112` (the wire, police) against `121` (the city paper,
// police) (count, the same day); the arrests updated on Sunday to `146` (an update between
// days); the square `Vetrano Square` against `Vettrano Square` (spelling); the organiser's
// surname `Mirela Ostrova` against `Mirela Ostrowa` (spelling); her age `34` against `36`
// (age); the time the crowd was dispersed, `shortly after 9 pm` against `at about 10 pm`
// (time); the injured police officers `14` against `19` the next day (update); the rubber
// bullets, the rights group's statement that police fired them against the minister's denial
// (a denial, contested).
// Look-alikes, not conflicts: the crowd as police put it (`20,000`) against the crowd as the
// organisers put it (`85,000`), both reported by every outlet that gives a crowd (a dispute
// between sources, not between outlets); `20,000` against `20 000` (one figure in two
// notations); `more than 100 people were arrested` (the relay) against 112 (compatible);
// injured police officers (14) against injured protesters (`dozens`, then 63): two nouns;
// `dozens of protesters` against `63 protesters` (vague against a number); the 2031 protests
// against the pension law, with their own crowd (150,000) and arrests (300) in a background
// paragraph; the law passed `on Tuesday` (said on Saturday) against `on 10 April` (one day,
// relative against absolute); the next march `next Saturday` (a future date); the vote, 82 to
// 61 (one vote, told alike); the march route's `3 km` told alike.
export const PROTEST: readonly TrialArticle[] = [
  article('protest/1-corvan-wire.txt', '2035-04-14', [
    'Tens of thousands march in Corvessa against registry law',
    'Corvan Press Agency',
    'By Tamsin Orell',
    '14 April 2035',
    'CORVESSA - Tens of thousands of people marched through Corvessa on Saturday to protest against the Civic Registry Law, which parliament passed on Tuesday by 82 votes to 61.',
    'Police put the crowd at 20,000, while organisers said 85,000 people took part.',
    'The marchers walked 3 km from Halden Bridge along Marrow Avenue to Vetrano Square, where riot police used tear gas and water cannon to disperse the crowd shortly after 9 pm.',
    'Police said 112 people were arrested and 14 police officers were injured.',
    'Dozens of protesters were hurt, according to the organisers, the Open Streets Coalition.',
    '"This law turns every charity into a suspect," said the coalition\'s leader, Mirela Ostrova, 34.',
    "In 2031, protests against a pension law drew 150,000 people by organisers' count and ended in 300 arrests.",
  ]),
  article('protest/2-daily-meridian.txt', '2035-04-14', [
    'Police clash with protesters in Corvessa',
    'Meridian Online',
    '14 April 2035',
    'Police in Corvessa reportedly fired tear gas and water cannon at protesters on Saturday, the Corvan Press Agency reported.',
    'More than 100 people were said to have been arrested.',
    'Police put the crowd at 20 000, while organisers said 85,000 people had marched against the Civic Registry Law.',
    'The protest leader, Mirela Ostrowa, reportedly called the law an attack on charities.',
  ]),
  article('protest/3-corvessa-ledger.txt', '2035-04-14', [
    'Tear gas in Vettrano Square as march ends in clashes',
    'The Corvessa Ledger',
    'By Nils Ardent and Rhea Coss',
    '14 April 2035',
    'Riot police fired tear gas and water cannon at protesters in Vettrano Square at about 10 pm on Saturday, Ledger reporters at the scene saw.',
    'Police said 121 people had been arrested by midnight.',
    'Police estimated the crowd at 20,000; the Open Streets Coalition, which organised the march, said 85,000.',
    'Mirela Ostrova, 36, who leads the coalition, told the Ledger that police had fired rubber bullets at people trying to leave the square.',
    'A Ledger reporter saw a man bleeding from the head near the Marrow Avenue tram stop.',
  ]),
  article('protest/4-corvan-update.txt', '2035-04-15', [
    'Arrests rise to 146 after Corvessa protest; minister denies rubber bullets',
    'Corvan Press Agency',
    'By Tamsin Orell',
    '15 April 2035',
    "CORVESSA - The number of people arrested after Saturday's protest in Corvessa against the Civic Registry Law rose to 146, police said on Sunday.",
    'Nineteen police officers were injured, police said, and 63 protesters were treated in hospital, according to the Open Streets Coalition.',
    'Interior Minister Aurel Vantz denied that police had used rubber bullets. "Police used tear gas and water cannon, and nothing else," Vantz told reporters.',
    'The rights group Civic Watch said in a statement that its observers saw police fire rubber bullets in Vetrano Square and that at least four people were hit.',
    'The coalition said it would march again next Saturday.',
  ]),
  article('protest/5-northgate-review.txt', '2035-04-16', [
    'Why the registry law brought Corvessa onto the streets',
    'The Northgate Review',
    'By Edda Moll',
    '16 April 2035',
    "Saturday's march, which police put at 20,000 and organisers at 85,000, was the largest in Corvessa since 2031.",
    'The Civic Registry Law, passed on 10 April by 82 votes to 61, requires every charity that receives money from abroad to register as a foreign agent.',
    '"The government has misjudged how far people will go to defend their charities," said Oskar Lind, a political scientist at the University of Corvessa.',
    'Lind said the law would probably be challenged before the Constitutional Court.',
  ]),
];
