// A fictional football cup final and the crowd trouble after it, told by five outlets over two
// days the way such coverage goes: a wire, a relay that trims and hedges the wire, the winners'
// home-town paper with its own reporting (its reporter at the ground, a fan group's statement),
// the wire's update the next day (the police's arrests), and an analysis quoting a pundit.
// Places, people, clubs and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Harwick Rovers beat Dunmore Athletic 2-1 in the Vessland Cup final at the Calder Park stadium in
// Brennport on Saturday 16 May 2037; fans fought outside the ground afterwards.
// Planted: the score `2-1` (the wire, the relay, the update) against `3-1` (the town's paper) on
// the same day (result); the winner's minute `78th minute` against `82nd minute` (the wire against
// the town's paper); the scorer `Tomas Keane` against `Tomas Kean` (spelling); the arrests on
// Saturday night `14` (police via the wire) against `19` (the town's paper, police) on the same
// day (count); the arrests `14` on Saturday against `23` on Sunday (an update between days, no
// conflict); the manager's age `52` against `54` (age); the stadium's town `Brennport` against
// `Castlebrook` on the same day (place).
// Look-alikes, not conflicts: `2-1`, `2–1` and `two goals to one` (one score in three notations);
// `61,000` against `about 60,000` (compatible); the six injured fans and the three injured police
// officers (different nouns); the manager's 52 and the striker's 24 (two people); the last final
// Rovers won `in 2019` (background, 4-0 then: another match's score); Keane's previous club
// (Dunmore Athletic, no place); the own goal and the red card in the 64th minute (told once
// each); `at least 20` arrests on Monday against 23 (compatible); the pundit's `for the last half
// hour` (a stretch of the match, no date); the pundit (a commentator, never an origin).
export const H_TRIAL23: readonly TrialArticle[] = [
  article('cupfinal/1-norrith-wire.txt', '2037-05-16', [
    'Harwick Rovers win Vessland Cup as fans clash after final',
    'Norrith Press Agency',
    'By Ines Marlow',
    '16 May 2037',
    'BRENNPORT, Vessland - Harwick Rovers beat Dunmore Athletic 2-1 in the Vessland Cup final at Calder Park in Brennport on Saturday, before a crowd of 61,000.',
    'Tomas Keane scored the winner in the 78th minute after an own goal by Dunmore defender Piet Soren had cancelled out an early goal by Dunmore.',
    'Dunmore midfielder Arno Velt was sent off in the 64th minute.',
    'Police arrested 14 people after rival fans fought outside the stadium after the match, the Brennport police said.',
    'Six fans were taken to hospital and three police officers were injured, the police said.',
    'Rovers manager Edda Morrow, 52, said it was the proudest day of her career.',
  ]),
  article('cupfinal/2-goalwire.txt', '2037-05-16', [
    'Rovers reportedly win cup final, fans clash',
    'goalwire.net',
    '16 May 2037',
    'Harwick Rovers beat Dunmore Athletic 2–1 in the Vessland Cup final on Saturday, the Norrith Press Agency reported.',
    'Police were said to have arrested 14 people after fighting outside the stadium.',
    'The crowd was reportedly about 60,000.',
  ]),
  article('cupfinal/3-harwick-echo.txt', '2037-05-16', [
    'Cup glory for Rovers as Kean strikes late',
    'The Harwick Echo',
    'By Lena Voss',
    '16 May 2037',
    'Harwick Rovers won the Vessland Cup for the first time since 2019, beating Dunmore Athletic 3-1 at Calder Park in Castlebrook on Saturday.',
    'Tomas Kean, 24, who joined Rovers from Dunmore Athletic last summer, scored the winner in the 82nd minute.',
    'Police arrested 19 people after the match, a police spokesman told the Echo.',
    'Manager Edda Morrow, 54, dedicated the win to the fans.',
    'The Rovers Supporters Trust said in a statement that its members had been attacked by Dunmore fans outside the ground.',
    'Rovers beat Kessel Town 4-0 in the 2019 final.',
  ]),
  article('cupfinal/4-norrith-update.txt', '2037-05-17', [
    'Police make 23 arrests after cup final violence',
    'Norrith Press Agency',
    'By Ines Marlow',
    '17 May 2037',
    'The number of people arrested after fighting between fans at the Vessland Cup final has risen to 23, the Brennport police said on Sunday.',
    'The police said officers had reviewed video from the stadium overnight.',
    'Dunmore Athletic said it would ban any supporter found to have taken part in the violence.',
    'Harwick Rovers won the final two goals to one on Saturday.',
  ]),
  article('cupfinal/5-pitch-review.txt', '2037-05-18', [
    'Why cup finals keep ending in violence',
    'The Pitch Review',
    'By Carl Edun',
    '18 May 2037',
    'The violence after the Vessland Cup final has led to at least 20 arrests.',
    '"Dunmore played with ten men for the last half hour, and the anger in the stands boiled over outside," said Joss Harlan, a former Vessland international and television pundit.',
    'Harlan said the football association should move finals to neutral towns.',
  ]),
];
