// A fictional mine collapse told by five outlets the way such coverage goes: a wire report
// citing the mines ministry, a relay that trims and hedges it, the mining town's paper with its
// own reporting and the miners' union, the wire's update a day later, and an analysis with a
// mining engineer. Places, people, outlets and the company are invented.

import { article, type TrialArticle } from '../compare/trial-stories.fixture.js';

export type { TrialArticle };

// A gallery of the Brenwick colliery in Hollin collapses on Monday 5 April 2032.
// Planted: the miners trapped `14` against `16` (count); the depth `400 metres` against `1,600
// feet` (quantity: 1,600 feet is about 488 metres); the ministry spokesman `Elin Marsk` against
// `Elin Marske` (name); Ilse Brann `Mines Minister` against `Deputy Mines Minister` (role); the
// mine opened in `1987` against `1978` (date); the dead `two` on Monday, `five` on Tuesday
// (update); the company denies that safety warnings were ignored (contested).
// Look-alikes, not conflicts: `about 1,300 feet` against `400 metres` (the same depth); the
// mine's 1,200 workers against the miners trapped; the 60 rescuers; the 2019 explosion that
// killed 23 at another pit; the youngest miner, 19, against a miner of 52 among the dead; a fine
// of `€1.5 million` against `1.5 million euros`; the 900-metre shaft against the depth of the
// trapped miners; the miners rescued on Tuesday against the miners trapped on Monday.
export const MINE: readonly TrialArticle[] = [
  article('mine/1-tessaly-wire.txt', '2032-04-05', [
    '14 miners trapped after collapse at Hollin colliery',
    'Tessaly Press Agency',
    'By Oren Vask',
    '5 April 2032',
    'HOLLIN - Fourteen miners were trapped about 400 metres below ground when a gallery of the Brenwick colliery collapsed on Monday morning, the mines ministry said.',
    'Two miners were killed in the collapse, ministry spokesman Elin Marsk said.',
    'About 60 rescuers were working to reach the trapped men, Marsk said.',
    'The mine, which employs 1,200 workers, is run by Korvath Mining and opened in 1987.',
    'In 2019, a gas explosion at the nearby Tarrow pit killed 23 miners.',
  ]),
  article('mine/2-vortex.txt', '2032-04-05', [
    'Miners reportedly trapped in Hollin',
    'vortexnews.net',
    '5 April 2032',
    'Fourteen miners were reportedly trapped about 1,300 feet underground after a collapse at the Brenwick colliery in Hollin on Monday, the Tessaly Press Agency reported.',
    'Two miners were said to have been killed.',
  ]),
  article('mine/3-hollin-courier.txt', '2032-04-05', [
    'Sixteen trapped as Brenwick gallery falls',
    'The Hollin Courier',
    'By Dana Ferrow',
    '5 April 2032',
    'Sixteen miners were trapped 1,600 feet below ground when a gallery of the Brenwick colliery collapsed on Monday morning, according to the miners union.',
    'The youngest of the trapped miners is 19, his mother told the Courier.',
    'Deputy Mines Minister Ilse Brann arrived at the pit in the afternoon, ministry spokesman Elin Marske said.',
    'The colliery opened in 1978.',
    'It was fined €1.5 million in 2030 for ventilation failures.',
    'The union said safety warnings about the gallery had been ignored for months.',
  ]),
  article('mine/4-tessaly-update.txt', '2032-04-06', [
    'Death toll rises to five in Hollin mine collapse',
    'Tessaly Press Agency',
    'By Oren Vask',
    '6 April 2032',
    'HOLLIN - Five miners were killed in the collapse at the Brenwick colliery, the mines ministry said on Tuesday.',
    'Rescuers brought nine miners to the surface alive overnight, Mines Minister Ilse Brann said.',
    'A 52-year-old miner was among the dead, his family said.',
    'Korvath Mining denied that safety warnings had been ignored.',
    'The company was fined 1.5 million euros in 2030 for ventilation failures.',
  ]),
  article('mine/5-energy-review.txt', '2032-04-06', [
    'Why old collieries keep collapsing',
    'The Energy Review',
    'By Petra Lunn',
    '6 April 2032',
    'The collapse at the Brenwick colliery in Hollin is the worst mining accident in the region since 2019.',
    '"Galleries this deep rarely fail without warning, and the question is who was listening," said Ferran Olby, a mining engineer at Velsk University.',
    "Olby said the mine's 900-metre shaft made any rescue slow.",
  ]),
];
