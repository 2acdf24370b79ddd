// A fictional leaked government document about a hospital-building programme, told by six outlets
// the way such coverage goes: a paper that breaks the story from a memo it has seen, a wire that
// credits the paper and adds the audit office's report and the minister's statement, three
// outlets running the wire's copy nearly verbatim (one trims it, one hedges it), and an analysis
// a day later with a poll, court documents, a company's annual report, the audit office's head,
// a think-tank analyst and an opposition MP. Places, people and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Aldmark's government promised 40 new hospitals by 2030. On Tuesday 8 March 2033 the Daily
// Harbinger reports a memo (its own reporting) saying only 24 will be built; Tidewire relays it
// (`as first reported by the Daily Harbinger`), adds the National Audit Office's report and the
// health minister's statement, and three outlets run the wire's copy. On Wednesday 9 March an
// analysis adds a poll, a contractor's lawsuit (court documents), the contractor's annual report,
// the audit office's head before a committee, and two commentators.
// Origins: the Daily Harbinger's own reporting and the memo it saw; the National Audit Office
// (`the National Audit Office`, `the NAO`, `the audit office's head, Jane Roe`: one origin); the
// Department of Health and its minister (`In a statement, Health Minister Owen Drake said`, `the
// department denied`); the poll (`a poll by Castlegate Research found`); the court documents;
// Brenner Build's annual report. Relays: Tidewire of the Daily Harbinger; the three copies of
// Tidewire (one origin chain, not three). Commentators: Ilse Varga, a think-tank fellow; the
// opposition MP Tom Hale.
// Planted: the hospitals to be built `24` against `22` (count); the memo's date `March 3` against
// `March 5` (date); the hospitals behind schedule `19` against `21` (count); the minister's age
// `52` against `54` (age); the minister's surname `Drake` against `Drayke` (name); the
// department's denial of the cut (contested).
// Look-alikes, not conflicts: the 40 hospitals promised (told alike by all); `£3.1 billion`
// against `3.1 billion pounds` (one amount); the permanent secretary's age 58 (another person);
// the 12 hospitals of the 2019 scheme (background); `on Tuesday` against `8 March` (one day);
// `a 10-year programme` (a duration); the poll's 61% (said once); `at least 2035` (a bound, said
// once); the lawsuit's £210 million (said once).
export const HOSPITALS: readonly TrialArticle[] = [
  article('hospitals/1-daily-harbinger.txt', '2033-03-08', [
    'Only 24 of 40 promised hospitals will be built, leaked memo shows',
    'The Daily Harbinger',
    'By Nora Quayle',
    '8 March 2033',
    'The government will build only 24 of the 40 new hospitals it promised by 2030, the Daily Harbinger has learned.',
    'According to a memo seen by the Daily Harbinger, officials at the Department of Health warned ministers that the cost of the programme had risen by £3.1 billion.',
    'The memo, dated March 3, says the remaining hospitals will be delayed until at least 2035.',
    'It was written by the permanent secretary, Alan Brisk, 58, and sent to the health minister, Owen Drake.',
    'A Department of Health spokesman declined to comment on leaked documents.',
    'In 2019, the previous government opened 12 hospitals under an earlier scheme.',
  ]),
  article('hospitals/2-tidewire.txt', '2033-03-08', [
    'Aldmark to build fewer hospitals than promised, memo shows',
    'Tidewire',
    'By Piet Salo',
    '8 March 2033',
    'FENNICK, March 8 (Tidewire) - Aldmark will build only 22 of the 40 new hospitals the government promised by 2030, according to a leaked memo first reported by the Daily Harbinger.',
    'The memo, dated March 5, says the cost of the 10-year programme has risen by 3.1 billion pounds.',
    'A report by the National Audit Office published on Tuesday found that 19 hospitals were behind schedule.',
    'The National Audit Office said the department had no reliable estimate of the final cost.',
    'In a statement, Health Minister Owen Drake, 52, said the government remained committed to building all 40 hospitals.',
    'The Department of Health denied that it would build fewer than 40 new hospitals.',
  ]),
  article('hospitals/3-northgate-post.txt', '2033-03-08', [
    'Hospital programme in doubt after leak',
    'Northgate Evening Post',
    'By Staff and agencies',
    '8 March 2033',
    'Aldmark will build only 22 of the 40 new hospitals the government promised by 2030, according to a leaked memo first reported by the Daily Harbinger.',
    'The memo, dated March 5, says the cost of the 10-year programme has risen by 3.1 billion pounds.',
    'A report by the National Audit Office published on Tuesday found that 19 hospitals were behind schedule.',
    'The National Audit Office said the department had no reliable estimate of the final cost.',
    'In a statement, Health Minister Owen Drake, 52, said the government remained committed to building all 40 hospitals.',
    'The Department of Health denied that it would build fewer than 40 new hospitals.',
  ]),
  article('hospitals/4-corran-courier.txt', '2033-03-08', [
    'Leaked memo: new hospitals to be cut',
    'The Corran Courier',
    'By Staff reporter',
    '8 March 2033',
    'Aldmark will build only 22 of the 40 new hospitals the government promised by 2030, according to a leaked memo first reported by the Daily Harbinger.',
    'The memo, dated March 5, says the cost of the 10-year programme has risen by 3.1 billion pounds.',
    'A report by the National Audit Office published on Tuesday found that 19 hospitals were behind schedule.',
    'In a statement, Health Minister Owen Drake, 52, said the government remained committed to building all 40 hospitals.',
  ]),
  article('hospitals/5-valley-report.txt', '2033-03-08', [
    'Government reportedly cutting hospital plan',
    'valleyreport.net',
    '8 March 2033',
    'Aldmark will reportedly build only 22 of the 40 new hospitals the government promised by 2030, according to a leaked memo first reported by the Daily Harbinger.',
    'The memo, dated March 5, is said to show the cost of the 10-year programme has risen by 3.1 billion pounds.',
    'A report by the National Audit Office published on Tuesday found that 19 hospitals were behind schedule.',
    'In a statement, Health Minister Owen Drake, 52, said the government remained committed to building all 40 hospitals.',
    'The Department of Health denied that it would build fewer than 40 new hospitals.',
  ]),
  article('hospitals/6-aldmark-review.txt', '2033-03-09', [
    'Analysis: what the leaked hospital memo tells us',
    'The Aldmark Review',
    'By Henrik Moss',
    '9 March 2033',
    "The leaked memo has put the government's promise of 40 new hospitals in doubt.",
    "The audit office's head, Jane Roe, told a parliamentary committee on Wednesday that 21 hospitals were behind schedule.",
    'The NAO said in its report that the department had lost control of the budget.',
    'A poll by Castlegate Research found that 61% of voters do not believe the hospitals will be built.',
    'Court documents show that Brenner Build, the contractor on six of the hospitals, is suing the department for £210 million in unpaid fees.',
    "According to Brenner Build's annual report, the hospital contracts are the company's largest risk.",
    'In a statement on Wednesday, the minister, Owen Drayke, 54, said that no hospital had been cancelled.',
    '"This was a promise made without a plan," said Ilse Varga, a senior fellow at the Merrow Institute, a think tank.',
    'Opposition MP Tom Hale said the minister should resign.',
  ]),
];
