// A fictional police shooting told by five outlets the way such coverage goes: a wire report
// citing the police, the city's local paper citing witnesses, a relay that passes on the wire and
// hedges it, the watchdog's statement a day later, and an analysis with a criminologist. Places,
// people and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// Police shoot a man in Marrowick late on Saturday 13 March 2032; he dies in hospital. The
// Independent Police Conduct Office opens an inquiry on Monday 15 March.
// Planted: the shots fired `three` against `five` (count); the man's age `27` against `29`
// (age); the time `11:40 p.m.` Saturday against `about 1 a.m.` Sunday (time; the day changes past
// midnight); the street `Calder Street` against `Calder Road` (name); the officer's rank
// `sergeant` against `constable` (role); whether the man was armed (the police say a knife, the
// witnesses say he was unarmed: contested, no figure).
// Look-alikes, not conflicts: the four officers present against the shots; the man's 5-year-old
// daughter; `late Saturday` against `11:40 p.m. on Saturday` (compatible); the watchdog's 2023
// count of police shootings (background); the officer `with 12 years' service` (no age); `the
// 30-day investigation` (a duration, no date).
export const SHOOTING: readonly TrialArticle[] = [
  article('shooting/1-meridian-wire.txt', '2032-03-14', [
    'Man shot dead by police in Marrowick',
    'Meridian Press',
    'By Tomas Ardell',
    '14 March 2032',
    'MARROWICK - Police shot and killed a 27-year-old man on Calder Street at 11:40 p.m. on Saturday, Marrowick police said on Sunday.',
    'Officers fired three shots after the man threatened them with a knife, a police spokesman said.',
    'Four officers were at the scene, the spokesman said.',
    "The officer who fired, a sergeant with 12 years' service, has been placed on leave.",
    'The man, Davin Okoro, died in hospital, police said.',
  ]),
  article('shooting/2-marrowick-herald.txt', '2032-03-14', [
    'Witnesses say man shot by police was unarmed',
    'The Marrowick Herald',
    'By Ruth Pellan',
    '14 March 2032',
    'Davin Okoro, 29, was shot by police on Calder Road at about 1 a.m. on Sunday, witnesses said.',
    'Witnesses said officers fired five shots.',
    'Three witnesses said Okoro was unarmed and had his hands raised.',
    'The officer who fired was a constable, neighbours said.',
    'Okoro leaves a 5-year-old daughter, his sister said.',
  ]),
  article('shooting/3-citypulse.txt', '2032-03-14', [
    'Police reportedly kill man in Marrowick',
    'citypulse.net',
    '14 March 2032',
    'Police reportedly shot and killed a 27-year-old man late Saturday in Marrowick, the Meridian Press reported.',
    'Officers reportedly fired three shots.',
    'The man was said to have threatened officers with a knife.',
  ]),
  article('shooting/4-ipco-statement.txt', '2032-03-15', [
    'Watchdog opens inquiry into Marrowick shooting',
    'Meridian Press',
    'By Tomas Ardell',
    '15 March 2032',
    'The Independent Police Conduct Office said on Monday it had opened an investigation into the fatal shooting of Davin Okoro in Marrowick.',
    'The office said the 30-day investigation would examine whether the force used was lawful.',
    'Investigators have recovered a knife from the scene, the office said, but it has not established whether Okoro was holding it.',
    'In 2023, the office investigated 41 police shootings nationwide.',
  ]),
  article('shooting/5-policy-review.txt', '2032-03-15', [
    'What the Marrowick shooting says about police training',
    'The Policy Review',
    'By Hanna Lisle',
    '15 March 2032',
    'The shooting of Davin Okoro in Marrowick has renewed questions about how officers are trained to deal with people in crisis.',
    '"Officers are trained to fire until the threat stops, and that is why we see several shots in so many of these cases," said Mira Castell, a criminologist at Marrowick University.',
    'Castell said body camera footage would be central to the inquiry.',
  ]),
];
