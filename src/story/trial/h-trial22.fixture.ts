// A fictional listed company's quarterly results and job cuts, told by five outlets over three
// days the way results coverage goes: a wire with the company's figures, a relay that trims and
// hedges the wire, a business paper with its own sources (people familiar with the matter), the
// wire's update the next day with the union's reaction, and an analysis quoting a bank's analyst.
// Places, people, firms and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Hallberg Werke of Dresmont, Veldmark, reports its third quarter on Thursday 23 October 2036
// and says it will cut jobs and close a gearbox plant; the union answers on Friday 24 October.
// Planted: the net profit `€310 million` (the wire, its relay, its update) against `€301 million`
// (the business paper) for the same quarter (quantity); the job cuts `2,000` (the wire) against
// `3,000` (the business paper, people familiar with the matter) on the same day (count); the
// chief financial officer `Lena Marquardt` against `Lena Markwardt` (name); the closing plant's
// town `Kirnau` against `Velden` on the same day (place); the shares down 6% in morning trading
// on Thursday, closed down 8.5% (a move through the day: an update, no conflict).
// Look-alikes, not conflicts: the quarter's revenue `€4.8 billion` against the net profit `€310
// million` (different nouns); the quarter's revenue against last year's `€19.5 billion` (another
// period); the restructuring's `€1.2bn`, `1.2 billion euros` and `€1,200 million` (one amount in
// three notations); revenue down 4% from a year earlier against 1% lower than the second quarter
// (year-on-year, quarter-on-quarter); net profit down 18% against the margin narrowing by 1.5
// percentage points to 6.4% (a change against points of margin); the analysts' expected €340
// million (a consensus forecast, not reported); revenue growth of 2% to 3% in 2037 (guidance, a
// forecast); `about 2,000 jobs` in the relay against 2,000 (compatible); the 850 people at the
// Kirnau plant against the 2,000 cuts (a part); the 1,500 jobs shed in 2031 (background); the
// board's Monday meeting (20 October); the union's chairman (origin of his own statement); the
// analyst (a commentator, never an origin).
export const H_TRIAL22: readonly TrialArticle[] = [
  article('results/1-corvane-wire.txt', '2036-10-23', [
    'Hallberg to cut 2,000 jobs as quarterly profit falls',
    'Corvane Press Agency',
    'By Mira Osten',
    '23 October 2036',
    'DRESMONT, Veldmark - Hallberg Werke said on Thursday it would cut 2,000 jobs and close its gearbox plant in Kirnau after its net profit fell 18% to €310 million in the third quarter.',
    'Revenue fell 4% from a year earlier to €4.8 billion, the company said.',
    'Analysts polled by the agency had expected net profit of €340 million.',
    'The operating margin narrowed by 1.5 percentage points to 6.4%.',
    'Hallberg said the restructuring would cost €1.2bn over three years.',
    'Chief financial officer Lena Marquardt said the company expected revenue to grow by 2% to 3% in 2037.',
    'Hallberg shares fell 6% in morning trading in Dresmont.',
    'Hallberg last cut jobs in 2031, when it shed 1,500 positions.',
  ]),
  article('results/2-tickerbeat.txt', '2036-10-23', [
    'Hallberg reportedly to cut about 2,000 jobs',
    'tickerbeat.com',
    '23 October 2036',
    'Hallberg Werke is reportedly set to cut about 2,000 jobs and close a plant in Kirnau, the Corvane Press Agency reported.',
    'Net profit was said to have fallen to €310 million in the third quarter.',
    'The restructuring could cost 1.2 billion euros, according to the agency.',
  ]),
  article('results/3-veldmark-business-journal.txt', '2036-10-23', [
    'Hallberg plans deeper cuts, people familiar say',
    'The Veldmark Business Journal',
    'By Anton Rehm',
    '23 October 2036',
    'Hallberg Werke will cut 3,000 jobs and close its gearbox plant in Velden, people familiar with the matter said on Thursday.',
    'Net profit fell to €301 million in the third quarter, the company said.',
    'Quarterly revenue of €4.8 billion was 1% lower than in the second quarter.',
    'Hallberg had revenue of €19.5 billion last year.',
    'Chief financial officer Lena Markwardt told analysts on a call that the cuts would cost €1,200 million.',
    'The board approved the plan on Monday, the people said.',
  ]),
  article('results/4-corvane-update.txt', '2036-10-24', [
    'Union vows to fight Hallberg plant closure',
    'Corvane Press Agency',
    'By Mira Osten',
    '24 October 2036',
    "DRESMONT, Veldmark - The Metalworkers Union of Veldmark said on Friday it would fight Hallberg Werke's plan to close its gearbox plant in Kirnau, which employs 850 people.",
    '"Closing Kirnau is a betrayal of the workers who kept the plant running through the crisis," union chairman Rudi Falk said in a statement.',
    'Hallberg said on Thursday it would cut 2,000 jobs after its third-quarter net profit fell to €310 million.',
    'Hallberg shares closed down 8.5% on Thursday, their biggest one-day fall since 2031.',
    'The company said it would hold talks with the union next week.',
  ]),
  article('results/5-strand-review.txt', '2036-10-25', [
    "Hallberg's cuts may not be the last",
    'The Strand Review',
    'By Yara Quint',
    '25 October 2036',
    "Hallberg Werke's plan to cut 2,000 jobs comes as demand for gearboxes slows across the continent.",
    '"The guidance for 2037 looks optimistic, and I would not be surprised to see more cuts next year," said Piet Varga, an analyst at Oosterlin Bank.',
    'Varga said the operating margin of 6.4% was the lowest in the sector.',
    'The shares have lost a fifth of their value this year.',
  ]),
];
