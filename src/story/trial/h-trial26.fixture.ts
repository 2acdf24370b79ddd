// A fictional film academy names the host of its awards ceremony, told by five outlets over four
// days the way such news goes: a trade paper's scoop resting on unnamed sources, two relays of it
// that hedge (`reportedly`, `is said to be`), the academy's confirmation by a wire with its
// president quoted, the wire's update with a publicist's denial, and an analysis with a
// columnist. Places, people, bodies and outlets are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// The Veldan Screen Academy of Porthollow names the comedian Juno Marsh host of the 48th Aurel
// Awards, held on Sunday 13 March 2039 at the Calloway Hall in Porthollow. The trade paper
// Stagebill reports it on Monday 10 May 2038 (people familiar with the plans); the academy
// confirms it on Wednesday 12 May.
// Planted: the academy's head `president Alva Renke` (the wire) against `chief executive Alva
// Renke` (the analysis) (role); the ceremony `on 13 March` against `on 20 March` (the Courier)
// (date); Marsh's age `41` against `42` (the analysis) (age); last year's viewers `16.2 million`
// against `18 million` (the Courier) (count); the trade paper's co-host, denied by Marsh's
// publicist in the wire's update (a denial).
// Look-alikes, not conflicts: `7 p.m.` in Porthollow against `10 p.m. in Dask` (one time in two
// zones); `who will be 42 at the time of the ceremony` (the age at a future date) against 41;
// `hosted twice before` against `her third time as host` (one count said two ways); the previous
// hosts' years and ages in a background paragraph (Ode Farrant, 55, in 2037; Pell Lisset, 38, in
// 2035); `about 16 million` against `16.2 million` (rounding the text signals); the rival Golden
// Lantern Awards' host Tobin Ashe, 47, and its 9.4 million viewers (background); `on Wednesday`
// against `12 May` (one date, relative and absolute); the columnist (a commentator, never an
// origin); the relays' hedges (certainty, not a conflict).
export const H_TRIAL26: readonly TrialArticle[] = [
  article('host/1-stagebill.txt', '2038-05-10', [
    'Juno Marsh to host the Aurel Awards',
    'Stagebill',
    'By Orla Venn',
    '10 May 2038',
    'PORTHOLLOW - The comedian Juno Marsh will host the 48th Aurel Awards, people familiar with the plans told Stagebill.',
    'The Veldan Screen Academy is expected to announce the choice this week, the people said.',
    'Marsh, 41, hosted the ceremony twice before, in 2034 and 2036.',
    'The academy has also discussed adding a co-host, one of the people said.',
    'The ceremony will be held on 13 March at the Calloway Hall in Porthollow.',
  ]),
  article('host/2-screenbuzz.txt', '2038-05-10', [
    'Juno Marsh reportedly set to host the Aurels',
    'screenbuzz.net',
    '10 May 2038',
    'Juno Marsh will reportedly host the 48th Aurel Awards, Stagebill reported.',
    'The comedian is said to be the academy’s first choice, according to the trade paper.',
    'Last year’s ceremony drew about 16 million viewers.',
  ]),
  article('host/3-porthollow-courier.txt', '2038-05-11', [
    'Marsh said to be next Aurels host',
    'The Porthollow Courier',
    'By Deri Holm',
    '11 May 2038',
    'Juno Marsh is said to be the next host of the Aurel Awards, the trade paper Stagebill reported on Monday.',
    'The ceremony will take place on 20 March at the Calloway Hall and will be broadcast at 10 p.m. in Dask.',
    'Last year’s ceremony drew 18 million viewers.',
  ]),
  article('host/4-meridian-wire.txt', '2038-05-12', [
    'Academy confirms Juno Marsh as Aurels host',
    'Meridian Press Agency',
    'By Sela Prent',
    '12 May 2038',
    'PORTHOLLOW - The Veldan Screen Academy confirmed on Wednesday that the comedian Juno Marsh will host the 48th Aurel Awards.',
    '"Juno makes the whole room laugh, and then she makes it think," the academy’s president, Alva Renke, said in a statement.',
    'Marsh, 41, hosted the ceremony twice before, in 2034 and 2036.',
    'The ceremony will be held on 13 March at the Calloway Hall in Porthollow and broadcast live at 7 p.m.',
    'Last year’s ceremony drew 16.2 million viewers, the academy said.',
    'Previous hosts include the actor Ode Farrant, 55, who hosted in 2037, and the singer Pell Lisset, 38, who hosted in 2035.',
  ]),
  article('host/5-meridian-update.txt', '2038-05-13', [
    'Marsh will host Aurels alone, publicist says',
    'Meridian Press Agency',
    'By Sela Prent',
    '13 May 2038',
    'PORTHOLLOW - Juno Marsh will host the 48th Aurel Awards on her own, her publicist said on Thursday.',
    'The publicist, Cael Ibsen, denied a report that the academy planned to add a co-host.',
    'The Veldan Screen Academy named Marsh as host on 12 May.',
  ]),
  article('host/6-saltmere-observer.txt', '2038-05-14', [
    'A safe pair of hands for the Aurels',
    'The Saltmere Observer',
    'By Ines Carrow',
    '14 May 2038',
    'The Veldan Screen Academy has picked Juno Marsh, 42, to host the Aurel Awards on 13 March, its third time with her as host.',
    'Chief executive Alva Renke said Marsh was the academy’s first choice.',
    'Marsh, who will be 42 at the time of the ceremony, will face an audience that has shrunk: last year’s ceremony drew about 16 million viewers.',
    'The rival Golden Lantern Awards named the comedian Tobin Ashe, 47, as its host last month; its ceremony drew 9.4 million viewers.',
    '"Marsh is the safest choice the academy could have made, and safe is not what the Aurels need," the columnist Rhea Dunmore wrote.',
  ]),
];
