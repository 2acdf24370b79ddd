// A fictional murder trial ending in a verdict and, five weeks later, a sentencing, told by five
// outlets over several days the way such coverage goes: a wire on the day of the verdict, a relay
// that trims and hedges it, the local weekly with its own court reporter, the wire's update on
// the day of the sentencing, and an analysis quoting a law professor. Places, people, courts and
// outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Colm Areny is convicted on Tuesday 12 October 2038 in Brennick of killing Lise Varnholt in
// March 2036; he is sentenced on Friday 19 November 2038.
// Planted: the jury's deliberation `40 hours over four days` (the wire, the relay) against `30
// hours` (the weekly): a duration; time served `nine months` (the wire) against `11 months` (the
// weekly); the sentence `life in prison without the possibility of parole` (the update) against
// `life in prison with the possibility of parole after 30 years` (the analysis); where the
// defendant lives, `a Dunmore man` (the wire) / `of Dunmore` (the analysis) against `of Kelvale`
// (the weekly); where the scuffle happened, `inside the courtroom` (the wire) against `outside
// the courthouse` (the weekly); the deadlock the jurors reported, `10 to 2` (the wire) against
// `9 to 3` (the weekly); the counts of witness tampering, `two` (the wire) against `three` (the
// weekly); the judge `Harriet Scolari` against `Harriet Scolarri` (spelling); the judge
// (the wire, the weekly, the update) against `Magistrate` (the analysis): a role.
// Updates between days: the driver `expected to be charged with manslaughter` (the wire) and
// then `charged ... with manslaughter and tampering with evidence` (the update); the sentencing
// `set for 12 November` (the wire, the weekly) then `moved to 19 November` (the update).
// Look-alikes, not conflicts: the defendant `34` at the time of the killing and `36` at the
// verdict (ages at two dates); the defendant's 36 and the victim's 29 (two people); `at least
// 12 witnesses` against `13 witnesses` (compatible); the 2031 case of another man (background);
// `last Tuesday` in the Saturday weekly and `on Tuesday` in the wire (one day); `$1.2 million`
// and `1,200,000 dollars` of damages (one amount in two notations); the professor (a
// commentator, never an origin).
export const VERDICT: readonly TrialArticle[] = [
  article('verdict/1-tamsen-wire.txt', '2038-10-12', [
    'Dunmore man convicted of murder in killing of Brennick nurse',
    'Tamsen Press Agency',
    'By Hedda Morrin',
    '12 October 2038',
    "BRENNICK, Ostmark - A jury in Brennick on Tuesday convicted Colm Areny, 36, a Dunmore man, of second-degree murder in the stabbing death of nurse Lise Varnholt, 29, the Ostmark County prosecutor's office said.",
    'The jury deliberated for 40 hours over four days before returning its verdict.',
    'On Friday the jurors had told Judge Harriet Scolari that they were deadlocked 10 to 2.',
    'Areny was also convicted on two counts of witness tampering.',
    'Areny, who was 34 at the time of the killing, has spent nine months in jail awaiting trial.',
    'At least 12 witnesses testified during the trial.',
    'A scuffle broke out between relatives of Varnholt and Areny inside the courtroom after the verdict was read.',
    'Judge Scolari set sentencing for 12 November.',
    'The man who drove Areny from the scene, Edvin Rask, 41, is expected to be charged with manslaughter, prosecutors said.',
  ]),
  article('verdict/2-courtline.txt', '2038-10-12', [
    'Man reportedly found guilty of murdering nurse',
    'courtline.net',
    '12 October 2038',
    'A jury in Brennick reportedly convicted Colm Areny of second-degree murder on Tuesday in the death of nurse Lise Varnholt, the Tamsen Press Agency reported.',
    'The jury was said to have deliberated for 40 hours.',
    'Areny could face life in prison.',
  ]),
  article('verdict/3-brennick-ledger.txt', '2038-10-16', [
    'Guilty: jury convicts Areny after long deliberation',
    'The Brennick Ledger',
    'By Tova Lind',
    '16 October 2038',
    'A Brennick jury last Tuesday found Colm Areny, 36, of Kelvale, guilty of second-degree murder in the death of Lise Varnholt, 29, after 30 hours of deliberation.',
    'The jurors had told Judge Harriet Scolarri on 8 October that they were split 9 to 3, the Ledger has learned.',
    'Areny was also found guilty on three counts of witness tampering.',
    'Thirteen witnesses testified over two weeks, including Varnholt’s sister, Maren Varnholt.',
    'Areny has spent 11 months in the Ostmark County jail.',
    'Relatives of both families scuffled outside the courthouse after the verdict, a court officer said.',
    'Sentencing is set for 12 November.',
    'In 2031 a Brennick jury acquitted another man, Joss Calloway, of murder in a case that prosecutors had called similar.',
  ]),
  article('verdict/4-tamsen-update.txt', '2038-11-19', [
    'Areny sentenced to life without parole for nurse killing',
    'Tamsen Press Agency',
    'By Hedda Morrin',
    '19 November 2038',
    'Colm Areny was sentenced on Friday to life in prison without the possibility of parole for the murder of nurse Lise Varnholt, the Ostmark County prosecutor’s office said.',
    'The sentencing had been set for 12 November but was moved to 19 November at the request of the defence.',
    'Judge Harriet Scolari also ordered Areny to pay $1.2 million in damages to the Varnholt family.',
    'Edvin Rask, who drove Areny from the scene, was charged on Monday with manslaughter and tampering with evidence, prosecutors said.',
    'Areny’s lawyer, Ruth Castellan, said he would appeal.',
  ]),
  article('verdict/5-bench-review.txt', '2038-11-22', [
    'What the Areny verdict says about juries in Ostmark',
    'The Bench Review',
    'By Anton Pell',
    '22 November 2038',
    'Colm Areny of Dunmore was sentenced on Friday to life in prison with the possibility of parole after 30 years by Magistrate Harriet Scolari, who also ordered him to pay 1,200,000 dollars in damages.',
    'Areny, 34 when he killed Varnholt in March 2036, was convicted on 12 October.',
    '"A deadlocked jury that comes back with a murder verdict is a jury that has been worn down," said Ilse Brandt, a law professor at the University of Ostmark.',
    'Brandt said the state should limit how long a judge can keep a jury deliberating.',
  ]),
];
