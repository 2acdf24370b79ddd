// A fictional death of a well-known actor and singer told by five outlets the way such coverage
// goes: a wire relaying the family's statement, a relay that trims and hedges the wire, an
// entertainment weekly with its own reporting (his publicist), the wire's update two days later
// (the family's correction, the memorial), and an appreciation with a film critic. Places,
// people and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Rafael Dunmore, actor and singer, dies at his home in Brenmoor on Tuesday 7 March 2034; his
// family says so on Wednesday 8 March. On Friday 10 March the family corrects the cause and
// announces a memorial next month.
// Planted: his age `78` against `79` (age); the day he died, `on Tuesday` (said on Wednesday,
// the 7th) against `on Sunday` (said on Thursday, the 5th) (date); his birthplace `Castelmar`
// against `Vell Harbour` (place); the albums `14` against `12` (count); the Halvard Awards `two`
// against `three` (count); the films `more than 60` against `some 45` (count); his surname
// `Dunmore` against `Dunmoore` (name); the cause, `heart failure` against `complications of
// pneumonia`, which the family's update corrects (`not heart failure as first reported`: an
// update and a denial).
// Look-alikes, not conflicts: `more than 60 films` against `70 films` (compatible); the
// co-star's age `71` against his; `died on Tuesday` in the wire of Wednesday against `died on
// 7 March` in the update (one day, relative against absolute); the memorial `next month` (a
// future date, no conflict with the death); `a career spanning five decades` and `married for
// 41 years` (durations); the `1986` film in an aside and his debut in `1978`, the first album
// `the following year` (1979; background); the box office `$1.2 billion` against `1.2 billion
// dollars` (one amount in two notations); his brother's death in 2019 at 70 (background age).
export const DEATH: readonly TrialArticle[] = [
  article('death/1-arden-wire.txt', '2034-03-08', [
    'Rafael Dunmore, actor and singer, dies at 78',
    'Arden Wire Service',
    'By Lucia Penhale',
    '8 March 2034',
    'BRENMOOR - Rafael Dunmore, the actor and singer whose career spanned five decades, died on Tuesday at his home in Brenmoor, his family said in a statement on Wednesday. He was 78.',
    'Dunmore died of heart failure after a long illness, a family spokesperson said.',
    'Born in Castelmar, Dunmore appeared in more than 60 films and recorded 14 albums.',
    'He won two Halvard Awards, the first for "Harbour Lights" in 1987.',
    'His films took $1.2 billion at the box office worldwide.',
    'A public memorial will be held next month in Brenmoor, the family said.',
  ]),
  article('death/2-showbeat.txt', '2034-03-08', [
    'Rafael Dunmoore reportedly dead at 78',
    'www.showbeat-news.com',
    '8 March 2034',
    'Actor and singer Rafael Dunmoore has reportedly died at the age of 78, the Arden Wire Service reported.',
    'Dunmoore was said to have died of heart failure at his home in Brenmoor on Tuesday.',
    'He reportedly recorded 14 albums.',
  ]),
  article('death/3-marquee.txt', '2034-03-09', [
    'Rafael Dunmore remembered as a generous star',
    'Marquee',
    'By Owen Tressel',
    '9 March 2034',
    'Rafael Dunmore, 79, died on Sunday at St Aubin Hospital in Brenmoor, his publicist, Dana Whitlow, told Marquee.',
    'Dunmore was born in Vell Harbour and made his screen debut in 1978 in "The Salt Road"; the following year he released his first album.',
    'He made some 45 films, recorded 12 albums and won three Halvard Awards, Whitlow said.',
    '"He was the most generous actor I ever worked with," said Ines Carrow, 71, who starred with him in "Harbour Lights".',
    'Dunmore, who was married for 41 years, is survived by his wife, Sela.',
    'His brother, the drummer Teo Dunmore, died in 2019 at 70.',
  ]),
  article('death/4-arden-update.txt', '2034-03-10', [
    'Dunmore family says actor died of pneumonia complications',
    'Arden Wire Service',
    'By Lucia Penhale',
    '10 March 2034',
    'Rafael Dunmore died on 7 March of complications of pneumonia, not heart failure as first reported, his family said in a statement on Friday.',
    'The statement, relayed by his publicist, said a memorial will be held next month at the Royal Vane Theatre in Brenmoor.',
    'The family asked for donations to the Brenmoor Arts Fund instead of flowers.',
  ]),
  article('death/5-screen-review.txt', '2034-03-10', [
    'Rafael Dunmore and the last of the singing leading men',
    'The Screen Review',
    'By Petra Lund',
    '10 March 2034',
    'Rafael Dunmore made 70 films, and his best work - "Harbour Lights", released in 1986 - still plays on late-night television.',
    '"Nobody else could carry a film and a hit record in the same year," said Jonas Ebbe, a film critic at the Castelmar Post.',
    'Ebbe said the box office of 1.2 billion dollars understated his reach.',
  ]),
];
