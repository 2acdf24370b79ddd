// A fictional hit-and-run in a supermarket car park and the charges that follow, told by five
// outlets over four days, read for WHO each fact rests on: a wire and a paper running its copy, a
// city paper with its own reporting (police records it obtained), a second paper relaying the city
// paper and a TV station, the wire's update when charges are filed (the criminal complaint, state
// records, the suspect's own words, a letter to a board, an old indictment), and an analysis
// quoting a road-safety advocate, a law professor, a councillor and another paper's editorial.
// Places, people and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// On Tuesday 10 October 2034, about 9:40 p.m., a grey sedan strikes Lise Orren, 71, in the car
// park of a Marrow's supermarket on Quay Road in Velmar and drives off; she dies at the scene.
// Police arrest Tobias Varn, 44, at his home on Wednesday. Prosecutors charge him on Friday 13
// October with homicide by vehicle and leaving the scene.
// Origins: the police (`police said`, `Sgt. Dale Kemp`, `Kemp, a police spokesman`: ONE origin);
// the witness Ana Prell (a managing editor at a TV station, here a witness, not an outlet); the
// suspect himself, of what he admitted (`Varn told officers he had been drinking`, `he admitted`,
// `according to the complaint, Varn said`); the Velmar Courier's own reporting (police records it
// obtained); the criminal complaint (`according to the criminal complaint`, `the complaint says`,
// `charges filed Friday allege`); state records (no node: see the test); the store manager's
// letter to the licensing board; a 2029 indictment; Channel 6's report.
// Relays: the Harbour Daily runs the wire's copy (one origin chain with the wire); the Lakeshore
// Post relays the Courier (`The Velmar Courier reported`, `Courtesy of the Courier:`, `The Courier
// has more here:`) and Channel 6 (`Channel 6 reported`).
// Commentators, never origins: Mira Olsen of Safe Streets Velmar (an advocate), Henrik Dahl (a law
// professor), Councillor Ruth Abel (reacting), the Kessel Gazette's editorial.
// Planted: Varn's age `44` against `45` (age); the time `about 9:40 p.m.` against `about 9:15
// p.m.` (time); the victim's surname `Orren` against `Oren` (name); the earlier convictions `two`
// (the Courier) against `three` (state records, in the update; an update between days); the
// suspect's denial that he saw the woman.
// Look-alikes, not conflicts: the blood alcohol level `0.21` told alike by the Courier, the
// Lakeshore Post and the complaint; `0.08`, the legal limit; the victim's 71 against the
// suspect's 44; the bail `$50,000` against `50,000 dollars` (one amount); `on Tuesday night`
// against `October 10` (one day); the 2029 indictment (background); `up to 15 years` (a bound).
export const HITRUN: readonly TrialArticle[] = [
  article('hitrun/1-northline.txt', '2034-10-11', [
    'Pedestrian killed in Velmar car park, driver arrested',
    'Northline',
    'By Ida Swann',
    '11 October 2034',
    'VELMAR, Oct 11 (Northline) - A driver struck and killed a woman in a supermarket car park in Velmar on Tuesday night and drove off, police said.',
    "The woman, Lise Orren, 71, was hit at about 9:40 p.m. as she walked to her car outside the Marrow's store on Quay Road, police said.",
    'Police arrested Tobias Varn, 44, at his home on Wednesday morning, Sgt. Dale Kemp said.',
    'Varn told officers he had been drinking at a bar before the crash, Kemp said.',
    'Witness Ana Prell, a managing editor at a TV station, said she saw a grey sedan hit the woman and speed away without stopping.',
    'Orren died at the scene, police said.',
  ]),
  article('hitrun/2-harbour-daily.txt', '2034-10-11', [
    'Driver held after woman killed in car park',
    'Harbour Daily',
    'By Staff and agencies',
    '11 October 2034',
    'A driver reportedly struck and killed a woman in a supermarket car park in Velmar on Tuesday night and drove off, police said.',
    "The woman, Lise Orren, 71, was hit at about 9:40 p.m. as she walked to her car outside the Marrow's store on Quay Road, police said.",
    'Police arrested Tobias Varn, 44, at his home on Wednesday morning, Sgt. Dale Kemp said.',
    'Varn told officers he had been drinking at a bar before the crash, Kemp said.',
    'Witness Ana Prell, a managing editor at a TV station, said she saw a grey sedan hit the woman and speed away without stopping.',
  ]),
  article('hitrun/3-velmar-courier.txt', '2034-10-12', [
    'Driver in fatal car park crash had two earlier drunk-driving convictions',
    'The Velmar Courier',
    'By Noor Halden',
    '12 October 2034',
    'The driver arrested in the death of a woman in a Velmar supermarket car park had a blood alcohol level of 0.21, nearly three times the legal limit of 0.08, according to police records obtained by the Velmar Courier.',
    'Tobias Varn, 45, has two earlier convictions for drunk driving, the records show.',
    'The woman, Lise Oren, was struck at about 9:15 p.m. on Tuesday, Sgt. Dale Kemp said.',
    'Kemp said officers found the grey sedan, its windscreen cracked, in a garage on Birch Lane.',
    'Varn admitted he had driven home after the crash, Kemp said, but denied that he had seen the woman.',
    'He was being held on $50,000 bail.',
  ]),
  article('hitrun/4-lakeshore-post.txt', '2034-10-12', [
    'Velmar driver was three times over the limit, paper reports',
    'Lakeshore Post',
    'By Carl Wend',
    '12 October 2034',
    "The Velmar Courier reported the driver's blood alcohol level was 0.21.",
    'Channel 6 reported that the car had been found in a garage on Birch Lane.',
    'Courtesy of the Courier: Tobias Varn, 45, has two earlier convictions for drunk driving, the records show.',
    'The Courier has more here: velmarcourier.com/news/car-park-death',
    'Varn was being held on 50,000 dollars bail.',
  ]),
  article('hitrun/5-northline-update.txt', '2034-10-13', [
    'Velmar man charged with homicide in car park death',
    'Northline',
    'By Ida Swann',
    '13 October 2034',
    'VELMAR, Oct 13 (Northline) - Prosecutors on Friday charged Tobias Varn, 44, with homicide by vehicle and leaving the scene of a crash in the death of Lise Orren, 71, on October 10.',
    "Charges filed Friday allege that Varn was driving with a blood alcohol level of 0.21 when his car struck Orren in the car park of a Marrow's store.",
    'According to the criminal complaint, Varn said he thought he had hit a shopping trolley.',
    'He admitted leaving the scene without calling for help, the complaint says.',
    'State records show three earlier convictions for drunk driving.',
    'In a letter to the city licensing board dated Sept. 3, store manager Olav Brandt warned that four lights in the car park were broken.',
    'Kemp, a police spokesman, said the lights were out on the night of the crash.',
    'If convicted, Varn faces up to 15 years in prison.',
  ]),
  article('hitrun/6-velmar-review.txt', '2034-10-14', [
    'Analysis: a car park death and a dark corner of Velmar',
    'The Velmar Review',
    'By Otto Brink',
    '14 October 2034',
    'An indictment returned in Kessel County in 2029 accused Varn of driving on a revoked licence.',
    'Mira Olsen, director of the road-safety group Safe Streets Velmar, said the city had ignored years of warnings about drunk drivers.',
    'Henrik Dahl, a law professor at Velmar University, said the homicide charge would be hard to prove without a witness who saw the driver.',
    'Councillor Ruth Abel said she was heartbroken by the death and called for better lighting.',
    'In an editorial on Friday, the Kessel Gazette said the courts had let Varn keep driving for too long.',
  ]),
];
