import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 56's invented stories (a reactor's coolant leak, panda twins born at a zoo, a lorry
 * striking a railway bridge, a fire at a solar farm), keyed before their first run: what the
 * first run missed. Fictional places, people and figures throughout.
 */
const undated = (headline: string, lines: string): string => `${headline}\n${lines}`;

describe('a span the counted took, after their count (quantities:count-ends-before-number)', () => {
  const fire = (a: string) =>
    entries(
      story(
        undated('Grass fire at Oldmoor farm', `Fire swept across a field at Oldmoor on Thursday. ${a}`),
        undated(
          'Oldmoor field fire',
          'Fire swept across a field at Oldmoor on Thursday. The blaze was brought under control after four hours.',
        ),
      ),
      'quantity',
    );
  it('`35 firefighters took three hours to bring it under control` is set against `after four hours`', () => {
    expect(fire('Some 35 firefighters took three hours to bring it under control.')).toEqual([
      ['four hours', 'three hours'],
    ]);
  });
  it('control: the same four hours', () => {
    expect(fire('Some 35 firefighters took four hours to bring it under control.')).toEqual([]);
  });
});

describe('a mother who delivered a newborn gave birth (fact:time-delivered-newborn)', () => {
  const births = (a: string) =>
    entries(
      story(
        undated('Twin cubs born at Orlen zoo', `A panda at Orlen Zoo gave birth to twins on Tuesday. ${a}`),
        undated(
          'Orlen zoo panda twins',
          'A panda at Orlen Zoo gave birth to twins on Tuesday. Keepers said the first cub arrived at 4: 50 a. m.',
        ),
      ),
      'time',
    );
  it('`delivered the first cub at 4: 15 a. m.` is set against `the first cub arrived at 4: 50 a. m.`', () => {
    expect(births('The mother, Lin, delivered the first cub at 4: 15 a. m.')).toEqual([
      ['4: 15 a. m.', '4: 50 a. m.'],
    ]);
  });
  it('control: a parcel delivered at 4: 15 a. m. is no birth', () => {
    expect(births('A courier delivered the parcel at 4: 15 a. m.')).toEqual([]);
  });
});

describe('a service running again is a moment of its own (fact:time-resumed)', () => {
  const line = (a: string, b: string) =>
    entries(
      story(
        undated(
          'Lorry hits bridge in Tarrow',
          `A lorry struck a railway bridge in Tarrow on Wednesday. ${a}`,
        ),
        undated('Tarrow bridge strike', `A lorry struck a railway bridge in Tarrow on Wednesday. ${b}`),
      ),
      'time',
    );
  it('`Trains resumed at 5 p. m.` is set against `allowed to run again at 3 p. m.`', () => {
    expect(
      line(
        'Trains resumed at 5 p. m.',
        'Engineers checked the bridge before trains were allowed to run again at 3 p. m.',
      ),
    ).toEqual([['3 p. m.', '5 p. m.']]);
  });
  it('control: the lorry freed at 5 p. m. is not the trains resumed at 3 p. m.', () => {
    expect(line('The lorry was towed away at 5 p. m.', 'Trains resumed at 3 p. m.')).toEqual([]);
  });
});

describe('a bridge’s clearance is its headroom (synonym `clearance`)', () => {
  const bridge = (a: string) =>
    entries(
      story(
        undated(
          'Lorry hits bridge in Tarrow',
          `A lorry struck a railway bridge in Tarrow on Wednesday. ${a}`,
        ),
        undated(
          'Tarrow bridge strike',
          'A lorry struck a railway bridge in Tarrow on Wednesday. The bridge has a clearance of 3. 9 metres.',
        ),
      ),
      'quantity',
    );
  it('`a headroom of 3. 6 metres` is set against `a clearance of 3. 9 metres`', () => {
    expect(bridge('The bridge has a headroom of 3. 6 metres.')).toEqual([['3. 6 metres', '3. 9 metres']]);
  });
  it('control: the lorry’s height is not the bridge’s clearance', () => {
    expect(bridge('The lorry was 4. 5 metres high.')).toEqual([]);
  });
});

describe('what an act is expected to take (fact:duration-of-act, widened)', () => {
  const repair = (a: string) =>
    entries(
      story(
        undated('Reactor shut after leak', `A reactor at Vell was shut down on Sunday after a leak. ${a}`),
        undated(
          'Vell reactor leak',
          'A reactor at Vell was shut down on Sunday after a leak. Engineers expect the repair to take two weeks.',
        ),
      ),
      'quantity',
    );
  it('`The repair is expected to take three weeks` is set against `expect the repair to take two weeks`', () => {
    expect(repair('The repair is expected to take three weeks.')).toEqual([['three weeks', 'two weeks']]);
  });
  it('control: an inquiry expected to take three weeks is another act', () => {
    expect(repair('The inquiry is expected to take three weeks.')).toEqual([]);
  });
});

describe('a plant put into service opened then (date:into-service-opens)', () => {
  const opened = (a: string) =>
    entries(
      story(
        undated('Reactor shut after leak', `A reactor at Vell was shut down on Sunday after a leak. ${a}`),
        undated(
          'Vell reactor leak',
          'A reactor at Vell was shut down on Sunday after a leak. The reactor went into service in 1984.',
        ),
      ),
      'date',
    );
  it('`The reactor opened in 1985` is set against `went into service in 1984`', () => {
    expect(opened('The reactor opened in 1985.')).toEqual([['1984', '1985']]);
    expect(opened('The reactor, in service since 1985, supplies the region.')).toEqual([['1984', '1985']]);
  });
  it('control: the operator founded in 1985 is another date', () => {
    expect(opened('Its operator was founded in 1985.')).toEqual([]);
  });
});

describe('a plant’s power is a measure, not a count (quantities:power)', () => {
  const plant = (a: string) =>
    entries(
      story(
        undated('Fire at Kell solar farm', `A fire damaged panels at the Kell solar farm on Thursday. ${a}`),
        undated(
          'Kell solar fire',
          'A fire damaged panels at the Kell solar farm on Thursday. The 50 MW site supplies 15, 000 homes.',
        ),
      ),
      'count',
    );
  it('`The 60 MW site supplies` counts no supplies to set against `50 MW site supplies`', () => {
    expect(plant('The 60 MW site supplies 15, 000 homes.')).toEqual([]);
  });
});

describe('going without is no words refused (attribution `refused-deed`)', () => {
  const strike = (a: string) =>
    entries(
      story(
        undated('Hunger strike at Orm prison', `${a} The strike began after a prisoner died.`),
        undated(
          'Orm prison hunger strike',
          'Thirty prisoners at Orm prison have refused food for a week, their lawyers said.',
        ),
      ),
      'count',
    );
  it('`Forty prisoners have refused food` is a count set against `Thirty prisoners have refused food`', () => {
    expect(strike('Forty prisoners at Orm prison have refused food for a week.')).toEqual([
      ['Forty prisoners', 'Thirty prisoners'],
    ]);
  });
  it('control: the same thirty prisoners', () => {
    expect(strike('Thirty prisoners at Orm prison have refused food for a week.')).toEqual([]);
  });
});

describe('a figure promised is a pledge (fact:figure-pledged)', () => {
  const jail = (a: string, b: string) =>
    entries(
      story(
        undated(
          'Minister visits Orm prison',
          `The justice minister visited Orm prison on Friday as a hunger strike by inmates entered its 13th day. ${a}`,
        ),
        undated('Orm prison hunger strike', `The justice minister visited Orm prison on Friday. ${b}`),
      ),
      'count',
    );
  it('`promised to move 150 inmates` is not set against `About 40 inmates at Orm prison are on hunger strike`', () => {
    expect(
      jail(
        'The minister promised to move 150 inmates to other prisons by the end of the month.',
        'About 40 inmates at Orm prison are on hunger strike, now in its 12th day.',
      ),
    ).toEqual([]);
  });
  it('control: two reports of the pledge still meet', () => {
    expect(
      jail(
        'The minister promised to move 150 inmates to other prisons by the end of the month.',
        'The minister pledged to move 200 inmates to other prisons by the end of the month.',
      ),
    ).toEqual([['150 inmates', '200 inmates']]);
  });
});

describe('the ages of a group told together (fact:ages-of-group)', () => {
  const pair = (a: string) =>
    entries(
      story(
        undated(
          'Paint thrown at Orlen museum',
          `Two activists threw paint at a painting in Orlen on Saturday. ${a}`,
        ),
        undated(
          'Orlen museum attack',
          'Two activists threw paint at a painting in Orlen on Saturday. The women, aged 22 and 24, were arrested.',
        ),
      ),
      'age',
    );
  it('`the two women, 22 and 26,` is set against `The women, aged 22 and 24,`', () => {
    expect(pair('Police arrested the two women, 22 and 26, at the scene.')).toEqual([['24', '26']]);
  });
  it('control: the same ages listed the other way round', () => {
    expect(pair('Police arrested the two women, 24 and 22, at the scene.')).toEqual([]);
  });
});

describe('a building or a work told with its year before it (fact:year-built-adjective, fact:year-made)', () => {
  const built = (a: string) =>
    entries(
      story(
        undated('Orlen chimney demolished', `A chimney at Orlen was demolished on Sunday. ${a}`),
        undated(
          'Orlen chimney falls',
          'A chimney at Orlen was demolished on Sunday. The chimney, built in 1968, was 200 metres tall.',
        ),
      ),
      'quantity',
    );
  it('`The 1966 chimney was the tallest` is set against `built in 1968`', () => {
    expect(built('The 1966 chimney was the tallest structure in the county.')).toEqual([['1966', '1968']]);
  });
  it('control: a year before an event’s noun is no building’s', () => {
    expect(built('The 1966 chimney fire damaged it.')).toEqual([]);
  });
  const made = (a: string) =>
    entries(
      story(
        undated(
          'Paint thrown at Orlen museum',
          `Activists threw paint at a landscape in Orlen on Saturday. ${a}`,
        ),
        undated(
          'Orlen museum attack',
          'Activists threw paint at a landscape in Orlen on Saturday. The 1874 painting was behind glass.',
        ),
      ),
      'quantity',
    );
  it('`The 1876 work, which the museum bought` is set against `The 1874 painting`', () => {
    expect(made('The 1876 work, which the museum bought in 1961, was unharmed.')).toEqual([['1874', '1876']]);
  });
  it('control: a year’s work programme is no work of art', () => {
    expect(made('The 1876 work programme of the museum was published.')).toEqual([]);
  });
});

describe('cash thieves took, told by its sum alone (fact:sum-of-loot, widened)', () => {
  const raid = (a: string) =>
    entries(
      story(
        undated('Gunmen rob cash van near Orm', `Armed men robbed a cash van near Orm on Thursday. ${a}`),
        undated(
          'Orm cash van raid',
          'Armed men robbed a cash van near Orm on Thursday and escaped with about 3 million euros, police said.',
        ),
      ),
      'quantity',
    );
  it('`The gang took about 2 million euros` is set against `escaped with about 3 million euros`', () => {
    expect(raid('The gang took about 2 million euros, police sources said.')).toEqual([
      ['2 million euros', '3 million euros'],
    ]);
  });
  it('control: a firm that took a sum in losses is no theft', () => {
    expect(raid('The security firm took 2 million euros in losses last year.')).toEqual([]);
  });
});

describe('a part of a structure that fell is the incident’s moment (fact:time-part-fell)', () => {
  const show = (a: string) =>
    entries(
      story(
        undated(
          'Theatre ceiling collapses in Orm',
          `Part of a theatre ceiling collapsed in Orm on Friday. ${a}`,
        ),
        undated(
          'Orm theatre collapse',
          'Part of a theatre ceiling collapsed in Orm on Friday. The collapse happened at 9: 15 p. m.',
        ),
      ),
      'time',
    );
  it('`plaster fell onto the stalls at about 8: 45 p. m.` is set against `The collapse happened at 9: 15 p. m.`', () => {
    expect(
      show('About 700 people were watching a musical when plaster fell onto the stalls at about 8: 45 p. m.'),
    ).toEqual([['8: 45 p. m.', '9: 15 p. m.']]);
  });
  it('control: a temperature that fell at a time is no incident', () => {
    expect(show('Outside, temperatures fell to 2C at about 8: 45 p. m.')).toEqual([]);
  });
});

describe('a rescue’s day is its own, not the crash’s (dated events `rescue`, `crashing`)', () => {
  const ledge = (a: string) =>
    entries(
      story(
        undated(
          'Paraglider rescued from ledge',
          `A paraglider who crashed onto a cliff ledge in the Orm hills was rescued on Sunday morning. ${a}`,
        ),
        undated(
          'Paraglider spends night on ledge',
          'A paraglider spent the night on a ledge in the Orm hills after crashing into a cliff on Saturday afternoon.',
        ),
      ),
      'date',
    );
  it('the crash on Saturday is not set against the rescue on Sunday', () => {
    expect(ledge('He was flown to hospital.')).toEqual([]);
  });
  it('control: a rescue on Monday still conflicts with the rescue on Sunday', () => {
    expect(
      entries(
        story(
          undated(
            'Paraglider rescued',
            'A paraglider stuck on a ledge in the Orm hills was rescued on Sunday morning.',
          ),
          undated(
            'Ledge rescue',
            'A paraglider stuck on a ledge in the Orm hills was rescued on Monday morning.',
          ),
        ),
        'date',
      ),
    ).toEqual([['Monday', 'Sunday']]);
  });
});

describe('where someone was stuck, told as a height (fact:altitude-at, widened)', () => {
  const stuck = (a: string) =>
    entries(
      story(
        undated('Paraglider rescued', `A paraglider crashed into a cliff in the Orm hills on Saturday. ${a}`),
        undated(
          'Ledge rescue',
          'A paraglider crashed into a cliff in the Orm hills on Saturday. He was stuck at about 1, 700 metres.',
        ),
      ),
      'quantity',
    );
  it('`stuck on the ledge at a height of 1, 900 metres` is set against `stuck at about 1, 700 metres`', () => {
    expect(stuck('He was stuck on the ledge at a height of 1, 900 metres.')).toEqual([
      ['1, 700 metres', '1, 900 metres'],
    ]);
  });
  it('control: the cliff’s own height is no place he was stuck', () => {
    expect(stuck('The cliff has a height of 1, 900 metres.')).toEqual([]);
  });
});

describe('a part of a whole whose plural has no `s` (fact:count-partitive, widened)', () => {
  const bus = (a: string) =>
    entries(
      story(
        undated('Tree falls on school bus', `A tree fell on a school bus near Orm on Wednesday. ${a}`),
        undated(
          'Orm school bus hit by tree',
          'A tree fell on a school bus near Orm on Wednesday. Four children were taken to hospital.',
        ),
      ),
      'count',
    );
  it('`Six of the children were taken to hospital` is set against `Four children were taken to hospital`', () => {
    expect(bus('Six of the children were taken to hospital.')).toEqual([['Four children', 'Six']]);
  });
  it('control: four of the children agree', () => {
    expect(bus('Four of the children were taken to hospital.')).toEqual([]);
  });
});
