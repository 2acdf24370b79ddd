// A fictional pop singer enters a treatment clinic, told by six outlets the way celebrity news
// goes: a gossip site that breaks it from a source close to the singer, a celebrity magazine her
// publicist speaks to, a wire that relays the magazine and the site and adds her record label, an
// outlet running the wire's copy (trimmed and hedged), a paper relaying the site, the wire's update
// a day later with the publicist's denial of one detail, and an analysis with a fan site, a
// talk-show host and a doctor who is not involved. Places, people and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Celia Brandt, a pop singer, enters the Willowmere Clinic in Harlow Bay. On Monday 11 June 2035
// PopScoop (a gossip site) reports it first, from `a source close to the singer`; Starline Weekly
// (a celebrity magazine) has her publicist's statement (`her representative told Starline Weekly`,
// `her publicist, Jonah Pike, said in a statement to Starline Weekly`) and the clinic's; Meridian
// Press (a wire) relays the magazine (`her representative told Starline Weekly`) and the site
// (`according to PopScoop`) and adds her record label's spokeswoman; the Daily Lantern runs the
// wire's copy, trimmed and hedged; the Coastline Herald relays the site (`according to PopScoop`)
// and has the label's statement. On Tuesday 12 June the wire's update has the publicist's denial
// that she is treated for alcohol abuse, and an analysis adds a fan site, a talk-show host and a
// psychiatrist who is not involved.
// Origins: PopScoop's own reporting (with its anonymous source, cited by no one else); her
// publicist (`her representative`, `her publicist, Jonah Pike`, `Pike`, `a representative for
// Celia Brandt`: one origin); the clinic (`The Willowmere Clinic said in a statement`, `The clinic
// confirmed`); her record label (`A spokeswoman for Brandt's record label, Halcyon Records`,
// `Halcyon Records said`: one origin, and NOT the publicist's: a label is a company with its own
// voice and its own facts, the tour; the publicist speaks for the singer herself. A demanding
// fact-checker keeps them two origins, and no fact here rests on both). Relays: Meridian Press of
// Starline Weekly and of PopScoop; the Daily Lantern a copy of Meridian Press; the Coastline Herald
// of PopScoop. Commentators: the fan site BrandtNation, the talk-show host Ricky Dorne, Dr. Helen
// Ashby (a psychiatrist not involved): never origins.
// Planted: the day she was admitted, Sunday (PopScoop, the wire, the copy) against Saturday (the
// clinic, in the magazine); her stay, 60 days (PopScoop, the wire) against 90 days (the Herald);
// her age 31 against 32 (the magazine); the tour's dates, 42 (the wire, the copy) against 40 (the
// Herald); the publicist's surname Pike against Pyke (the Herald); the publicist's denial on
// Tuesday of the site's `for alcohol abuse` (contested).
// Look-alikes, not conflicts: the tour's start on July 3 (told alike); `on Sunday` against `on
// June 10` (one day); the 12 million records (background, told alike); the three shows she
// cancelled in May (background); the doctor's 28 to 30 days (a general figure, not her stay); the
// publicist's `declined to comment` (no denial); her 2033 album (background).
export const CLINIC: readonly TrialArticle[] = [
  article('clinic/1-popscoop.txt', '2035-06-11', [
    'Celia Brandt checks into rehab',
    'PopScoop',
    'By PopScoop Staff',
    '11 June 2035',
    'Pop star Celia Brandt has checked into the Willowmere Clinic in Harlow Bay for treatment for alcohol abuse, PopScoop has learned.',
    'A source close to the singer told PopScoop that Brandt, 31, entered the clinic on Sunday and plans to stay for 60 days.',
    'The source said her family had urged her to seek help after she collapsed backstage in Lornet last month.',
    'Brandt cancelled three shows in May, citing illness.',
  ]),
  article('clinic/2-starline-weekly.txt', '2035-06-11', [
    'Celia Brandt enters treatment facility, rep confirms',
    'Starline Weekly',
    'By Mara Voss',
    '11 June 2035',
    'Singer Celia Brandt is seeking treatment at a clinic, her representative told Starline Weekly on Monday.',
    '"Celia has voluntarily entered a treatment facility to focus on her health," her publicist, Jonah Pike, said in a statement to Starline Weekly.',
    'The Willowmere Clinic said in a statement that Brandt had been admitted on Saturday.',
    'Brandt, 32, released her third album, "Glass Harbour", in 2033.',
  ]),
  article('clinic/3-meridian-press.txt', '2035-06-11', [
    'Singer Celia Brandt enters treatment, tour postponed',
    'Meridian Press',
    'By Ivo Strand',
    '11 June 2035',
    'HARLOW BAY, June 11 (Meridian Press) - Pop singer Celia Brandt has entered a treatment facility, her representative told Starline Weekly on Monday.',
    'Brandt, 31, checked into the Willowmere Clinic on Sunday for treatment for alcohol abuse, according to the celebrity news site PopScoop, which first reported the news.',
    'According to PopScoop, she plans to stay for 60 days.',
    "A spokeswoman for Brandt's record label, Halcyon Records, said her 42-date European tour, due to begin on July 3, would be postponed.",
    'The clinic confirmed in a statement that Brandt had been admitted.',
    'Brandt has sold more than 12 million records worldwide.',
  ]),
  article('clinic/4-daily-lantern.txt', '2035-06-11', [
    'Celia Brandt reportedly in rehab',
    'The Daily Lantern',
    'By Staff and agencies',
    '11 June 2035',
    'Pop singer Celia Brandt has reportedly entered a treatment facility, her representative told Starline Weekly on Monday.',
    'Brandt, 31, checked into the Willowmere Clinic on Sunday for treatment for alcohol abuse, according to the celebrity news site PopScoop, which first reported the news.',
    "A spokeswoman for Brandt's record label, Halcyon Records, said her 42-date European tour, due to begin on July 3, would be postponed.",
    'Brandt has sold more than 12 million records worldwide.',
  ]),
  article('clinic/5-coastline-herald.txt', '2035-06-11', [
    'Brandt tour off as singer enters clinic',
    'The Coastline Herald',
    'By Ruth Amsel',
    '11 June 2035',
    'Celia Brandt checked into the Willowmere Clinic on June 10 and is expected to stay for 90 days, according to PopScoop.',
    'Halcyon Records said in a statement that the tour, which was due to begin on July 3, would be postponed and that all 40 dates would be rescheduled.',
    'Her publicist, Jonah Pyke, declined to comment on the length of her stay.',
  ]),
  article('clinic/6-meridian-press-update.txt', '2035-06-12', [
    "Brandt's publicist denies alcohol report",
    'Meridian Press',
    'By Ivo Strand',
    '12 June 2035',
    'HARLOW BAY, June 12 (Meridian Press) - A representative for Celia Brandt on Tuesday denied that the singer was being treated for alcohol abuse.',
    'Pike said in a statement that Brandt was being treated for exhaustion and anxiety.',
    'The Willowmere Clinic did not respond to a request for comment on Tuesday.',
  ]),
  article('clinic/7-brightwater-review.txt', '2035-06-12', [
    'What Celia Brandt’s clinic stay tells us about fame',
    'The Brightwater Review',
    'By Lena Oduya',
    '12 June 2035',
    'Celia Brandt’s admission to the Willowmere Clinic has drawn a wave of sympathy from her fans.',
    'BrandtNation, a fan site, said on Monday that fans were heartbroken but proud of her.',
    'Talk-show host Ricky Dorne said on his show on Monday night that Brandt deserved support, not jokes.',
    'Dr. Helen Ashby, a psychiatrist who is not involved in Brandt’s care, said such programmes usually last 28 to 30 days.',
    'Pike said on Tuesday that the singer was grateful for the support of her fans.',
  ]),
];
