// A fictional data breach told by five outlets the way such coverage goes: a wire report citing
// the company, a technology site that trims and hedges it, a city paper with documents of its own
// and the hackers' claim, the wire's update a day later with the regulator, and an analysis with
// a security researcher. Places, people, outlets, the company and the hacker group are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Halvard Telecom discloses on Wednesday 9 March 2033 that hackers stole its customers' data.
// Planted: the customers affected `2.4 million` against `4.2 million` on the same day (count);
// the attack discovered on `3 March` against `1 March` (date); the chief executive `Maren
// Solvik` against `Maren Solwik` (name); her post `chief executive` against `chief operating
// officer` (role); the ransom `40 bitcoin` against `45 bitcoin` (quantity); the customers
// affected `2.4 million` on Wednesday, `3.1 million` on Thursday (update); the company denies
// that card numbers were taken, which the paper's documents say (contested).
// Look-alikes, not conflicts: `40 bitcoin (about $2.6 million)` is one amount in two notations;
// `more than two million customers` against 2.4 million; `last Thursday` against `3 March` (the
// same day); the company's 9,000 employees against the customers; the 2029 hospital breach with
// its 700,000 patients in a background paragraph; the attackers inside the network `19 days`
// against `nearly three weeks`; the regulator's fine of up to 4 percent of turnover.
export const BREACH: readonly TrialArticle[] = [
  article('breach/1-meridian-wire.txt', '2033-03-09', [
    'Hackers steal data of 2.4 million Halvard Telecom customers',
    'Meridian Press Agency',
    'By Anja Kolver',
    '9 March 2033',
    'CALDOR - Hackers stole the names, addresses and phone numbers of 2.4 million Halvard Telecom customers in an attack discovered on 3 March, the company said on Wednesday.',
    'The attackers demanded a ransom of 40 bitcoin (about $2.6 million), chief executive Maren Solvik said.',
    'The company said it had not paid and had informed the police.',
    'Halvard, which has 9,000 employees, is the largest mobile operator in Ostria.',
    'In 2029, a hospital group in Caldor lost the records of 700,000 patients in a similar attack.',
  ]),
  article('breach/2-techwire.txt', '2033-03-09', [
    'Halvard Telecom reportedly hit by hackers',
    'techwire.io',
    '9 March 2033',
    'Hackers reportedly stole the data of more than two million Halvard Telecom customers, the Meridian Press Agency reported on Wednesday.',
    'The company was said to have been asked for a ransom of $2.6 million.',
  ]),
  article('breach/3-caldor-herald.txt', '2033-03-09', [
    'Data of 4.2 million Halvard customers stolen, documents show',
    'The Caldor Herald',
    'By Petr Ulmann',
    '9 March 2033',
    'Hackers stole the personal data of 4.2 million Halvard Telecom customers in an attack the company discovered on 1 March, according to internal documents seen by the Herald.',
    'The stolen data included the card numbers of some customers, the documents show.',
    'A group calling itself Grey Lantern claimed responsibility for the attack on its website and demanded 45 bitcoin.',
    'Chief executive Maren Solwik apologised to customers on Wednesday.',
    'The attackers had been inside the network for 19 days before they were found, the documents show.',
  ]),
  article('breach/4-meridian-update.txt', '2033-03-10', [
    'Halvard raises number of customers hit by data theft to 3.1 million',
    'Meridian Press Agency',
    'By Anja Kolver',
    '10 March 2033',
    'CALDOR - Halvard Telecom said on Thursday that the data of 3.1 million customers had been stolen in the attack it discovered last Thursday.',
    'Halvard denied that payment card numbers had been taken, chief operating officer Maren Solvik said.',
    'The Ostrian Data Protection Authority said it had opened an investigation and could fine the company up to 4 percent of its turnover.',
  ]),
  article('breach/5-ledger-review.txt', '2033-03-10', [
    'What the Halvard hack says about telecom security',
    'The Ledger Review',
    'By Sana Oyelar',
    '10 March 2033',
    'The theft at Halvard Telecom is the biggest data breach in Ostria since 2029.',
    '"Attackers who sit inside a network for nearly three weeks are not being watched by anyone," said Ilan Ferro, a security researcher at Ostmark University.',
    'Ferro said telecom operators keep far more customer data than they need.',
  ]),
];
