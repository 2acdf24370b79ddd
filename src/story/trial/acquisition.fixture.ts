// A fictional corporate acquisition told by six outlets the way deal coverage goes: a wire that
// relays the buyer's press release, a second agency with its own figures, a business paper with
// an analyst's comment, a relay that passes on the wire and hedges it, the wire's update a week
// later when the buyer raises its offer, and the target's local paper. Companies, people, places
// and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Halvern Industries of Castellane agrees to buy Orsolo Robotics of Tarvik (Monday 3 November
// 2031); it raises its offer a week later (Monday 10 November).
// Planted: the deal value `$4.2 billion` against the relay's `$4.5 billion` (quantity); the
// price `$38 a share` against `$39` (quantity); the premium `27 per cent` against `32 per cent`
// over the same close (quantity); Orsolo's staff `about 6,200` against `7,100` (count); the
// buyer's chief executive `Marguerite Delacorte` against `Marguerite Delacourt` (name); the
// close `in the second quarter of 2032` against `in the third quarter of 2032` (date).
// Look-alikes, not conflicts: `€3.9 billion ($4.2 billion)` (one value in two currencies); the
// price per share against the total; `$4.9 billion including debt` against `$4.2 billion` (the
// enterprise value); the premium of 41 per cent over the 30-day average against 27 per cent over
// Friday's close (another basis); `$4.19 billion` against `$4.2 billion` (rounding); Orsolo's
// revenue of $1.1 billion last year; Halvern's purchase of Brisk Optics for $900 million in 2028
// (background); Orsolo's shares rising 24 per cent (a change, not the premium); the 49 per cent
// of Orsolo Freight Halvern holds against the remaining 51 per cent it buys; `in the second
// quarter` against `by the end of June 2032` (one close); the offer raised to $4.6 billion and
// $41.50 a share a week later (an update); the analyst's 15 per cent and his view (a
// commentator); the 2,300 people at the Tarvik plant against the company's 6,200.
export const ACQUISITION: readonly TrialArticle[] = [
  article('acquisition/1-northgate-wire.txt', '2031-11-03', [
    'Halvern agrees to buy Orsolo Robotics for $4.2 billion',
    'Northgate Press Agency',
    'By Ines Calloway',
    '3 November 2031',
    'CASTELLANE, Veldmark - Halvern Industries said on Monday it had agreed to buy the robot maker Orsolo Robotics for $4.2 billion in cash, the largest deal in its history.',
    "Halvern will pay $38 a share, a premium of 27 per cent over Orsolo's closing price on Friday, the company said in a statement.",
    'Including debt, the deal values Orsolo at $4.9 billion.',
    'Orsolo, which employs about 6,200 people, had revenue of $1.1 billion last year.',
    'Halvern already owns 49 per cent of Orsolo Freight, the logistics arm of Orsolo.',
    'Halvern chief executive Marguerite Delacorte said the deal would make the group a leader in warehouse automation.',
    'The deal is expected to close in the second quarter of 2032, subject to approval by regulators.',
    'Halvern bought the sensor maker Brisk Optics for $900 million in 2028.',
  ]),
  article('acquisition/2-aldane-news.txt', '2031-11-03', [
    'Halvern to acquire Orsolo in €3.9 billion deal',
    'Aldane News Service',
    '3 November 2031',
    'Halvern Industries will buy Orsolo Robotics for €3.9 billion ($4.2 billion), the two companies said on Monday.',
    "The offer of $38 per share is a premium of 41 per cent over Orsolo's average share price over the past 30 days.",
    "Orsolo's shares rose 24 per cent in Tarvik on Monday.",
    'Orsolo employs 7,100 people in 14 countries.',
    'Marguerite Delacourt, the chief executive of Halvern, said the two companies shared a vision.',
    'The companies expect to complete the deal by the end of June 2032.',
  ]),
  article('acquisition/3-castellane-ledger.txt', '2031-11-04', [
    "Halvern pays up for Orsolo's robots",
    'The Castellane Ledger',
    'By Rafael Ostmann',
    '4 November 2031',
    'Halvern Industries agreed on Monday to pay $4.19 billion for Orsolo Robotics, betting that demand for warehouse robots will keep growing.',
    "The offer of $38 a share is 27 per cent above Orsolo's last closing price before the deal was announced.",
    'The deal includes the remaining 51 per cent of Orsolo Freight that Halvern does not already own.',
    '"Halvern is paying for growth it has not yet seen," said Tomas Ferreira, an analyst at Brightwater Securities, who expects the deal to add 15 per cent to Halvern\'s revenue.',
    'The deal is expected to close in the third quarter of 2032.',
  ]),
  article('acquisition/4-marketpulse.txt', '2031-11-04', [
    'Halvern to buy Orsolo for $4.5 billion',
    'marketpulse.com',
    '4 November 2031',
    'Halvern Industries has reportedly agreed to buy Orsolo Robotics for $4.5 billion, the Northgate Press Agency reported.',
    'Halvern will reportedly pay $39 a share, a premium of 32 per cent over the closing price on Friday.',
    'The deal reportedly still needs the approval of regulators.',
  ]),
  article('acquisition/5-northgate-update.txt', '2031-11-10', [
    'Halvern raises Orsolo offer to $4.6 billion',
    'Northgate Press Agency',
    'By Ines Calloway',
    '10 November 2031',
    'CASTELLANE, Veldmark - Halvern Industries raised its offer for Orsolo Robotics to $4.6 billion on Monday, or $41.50 a share, after several large shareholders of Orsolo said the first offer undervalued the company.',
    'The board of Orsolo said it would recommend the new offer to shareholders.',
    'Halvern chief executive Marguerite Delacorte said the higher price was justified.',
  ]),
  article('acquisition/6-tarvik-evening-post.txt', '2031-11-04', [
    'Orsolo sale worries Tarvik workers',
    'Tarvik Evening Post',
    'By Greta Lindqvist',
    '4 November 2031',
    'Orsolo Robotics, which employs 2,300 people at its plant in Tarvik, will be sold to Halvern Industries for €3.9 billion, the companies said on Monday.',
    "Orsolo's chief executive, Ivo Brenner, said no job cuts were planned at the plant.",
    'Halvern chief executive Marguerite Delacorte is expected to visit the plant next week.',
    'Orsolo was founded in Tarvik in 1987.',
  ]),
];
