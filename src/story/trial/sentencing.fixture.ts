// A fictional criminal court story told by five outlets the way such coverage goes: a wire
// report of a sentencing, a relay that trims and hedges it, the local paper with its own
// courtroom reporting, the wire's update two days later (a second defendant sentenced, an
// appeal filed) and a regional review with a criminologist's and a senator's views. People,
// places, courts and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// A man is sentenced for shooting a store clerk during a robbery (Monday 12 May 2031; the
// killing on Wednesday 3 October 2029).
// Planted: the victim `62` against `64` (age); the sentence `life ... with the possibility of
// parole after 35 years` against `25 years to life` (quantity); the defendant `Darius Kellan`
// against `Darius Kellen` (name); the store on `Harlow Avenue` against `Linden Avenue` (place);
// the jury's deliberation `three hours and 20 minutes` against `about five hours`.
// Look-alikes, not conflicts: the defendant `24` now and `22 at the time of the killing` (ages
// at two dates); `life in prison with the possibility of parole after 35 years` against `35
// years to life` (one sentence written two ways); `more than three hours` against `three hours
// and 20 minutes`; the killing in October 2029 against the sentencing on Monday (two events);
// an earlier `eight-year sentence` for armed robbery (another case); the defendant's and the
// victim's ages side by side; `about 40 miles (65 kilometres)` (a figure with its conversion);
// `at least 12 witnesses` against `14 witnesses`; the getaway driver's 12 years (another
// defendant); the criminologist's and the senator's figures (commentators, never origins).
export const SENTENCING: readonly TrialArticle[] = [
  article('sentencing/1-lantern-wire.txt', '2031-05-12', [
    'Man gets life sentence for killing Fenmore store clerk in robbery',
    'Lantern Press Service',
    'By Nora Feld',
    '12 May 2031',
    "FENMORE, Westmarch - A man who shot dead a convenience store clerk during a robbery in Fenmore was sentenced on Monday to life in prison with the possibility of parole after 35 years, the Brisk County District Attorney's Office said.",
    'Darius Kellan, 24, was convicted of first-degree murder and armed robbery in March after a jury deliberated for more than three hours.',
    'Prosecutors said Kellan shot Amir Solbeck, 62, twice in the chest at the Quickstop Market on Harlow Avenue on Oct. 3, 2029, and fled with $340 from the register.',
    'Police arrested him two days later in Dunmore, about 40 miles (65 kilometres) away.',
    'At least 12 witnesses testified during the eight-day trial.',
    'Kellan had served four years of an eight-year sentence for armed robbery and was on parole at the time of the killing.',
  ]),
  article('sentencing/2-coastline-post.txt', '2031-05-12', [
    'https://www.coastlinepost.com/crime/2031/05/12/fenmore-clerk-killing-sentence',
    'Man sentenced for Fenmore store killing',
    'Coastline Post',
    '12 May 2031',
    'A man who shot dead a convenience store clerk during a robbery in Fenmore was reportedly sentenced on Monday to 35 years to life, according to Lantern Press Service.',
    'Darius Kellan, 24, was convicted of first-degree murder and armed robbery in March, the agency said.',
    'Kellan is said to have shot Amir Solbeck, 62, at a convenience store on Harlow Avenue in October 2029.',
    'He was arrested in Dunmore two days later.',
  ]),
  article('sentencing/3-fenmore-ledger.txt', '2031-05-13', [
    '"You took a father from his children": Solbeck\'s killer sentenced',
    'The Fenmore Ledger',
    'By Tomas Reyne',
    '13 May 2031',
    'Darius Kellen stood with his head bowed on Monday as Brisk County Circuit Judge Miriam Oduya sentenced him to 25 years to life for the murder of Quickstop Market clerk Amir Solbeck.',
    '"You took a father from his children for $340," Oduya told Kellen, who was 22 at the time of the killing.',
    'Solbeck, 64, had worked at the store on Linden Avenue for 19 years, his daughter, Leila Solbeck, told the court.',
    '"My father forgave everyone. I am not ready to forgive you," she said.',
    'Jurors deliberated for three hours and 20 minutes before returning their verdict in March, after hearing from 14 witnesses.',
    'Assistant District Attorney Paul Greaves said Kellen had shown no remorse, and defense attorney Ruth Amsel said her client would appeal.',
  ]),
  article('sentencing/4-lantern-update.txt', '2031-05-14', [
    'Getaway driver sentenced in Fenmore store clerk killing',
    'Lantern Press Service',
    'By Nora Feld',
    '14 May 2031',
    "FENMORE, Westmarch - The getaway driver in the 2029 killing of a Fenmore convenience store clerk was sentenced on Wednesday to 12 years in prison, the Brisk County District Attorney's Office said.",
    'Marcus Trell, 21, pleaded guilty in February to robbery and manslaughter for driving Darius Kellan, 24, to and from the Quickstop Market, where Kellan shot clerk Amir Solbeck, 62.',
    'Kellan, who was sentenced on Monday to life with the possibility of parole after 35 years, filed a notice of appeal on Tuesday, his lawyer, Ruth Amsel, said.',
    'Jurors deliberated for about five hours before convicting Kellan in March.',
    'Fenmore police said Trell turned himself in a week after the shooting.',
  ]),
  article('sentencing/5-westmarch-review.txt', '2031-05-14', [
    'Longer terms for robbery killings are the new normal in Westmarch',
    'Westmarch Review',
    'By Ada Lindqvist',
    '14 May 2031',
    'The sentence handed to Darius Kellan on Monday for killing a Fenmore store clerk is part of a trend toward longer prison terms for killings during robberies, criminologists say.',
    '"Judges in Westmarch now routinely hand down 30 years or more for a killing during a robbery, where a decade ago 20 years was common," said Helen Varga, a criminologist at Eastmoor University.',
    "State Senator Owen Pratt, who chairs the senate's justice committee, said longer sentences had not made store workers safer.",
    '"Twenty-eight clerks were killed on the job in Westmarch last year," Pratt said.',
  ]),
];
