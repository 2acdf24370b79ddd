import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 53's invented stories (a sinkhole, a whale stranding, a government budget), keyed before
 * their first run: what the first run missed. Fictional places, people and figures throughout.
 */
const undated = (headline: string, lines: string): string => `${headline}\n${lines}`;

describe('a part a verb acts on, told by its whole (fact:count-partitive-object)', () => {
  const whales = (a: string) =>
    entries(
      story(
        undated('Whales stranded at Marrow Bay', `Fifty whales stranded at Marrow Bay on Saturday. ${a}`),
        undated(
          'Whales saved at Marrow Bay',
          'Volunteers refloated 13 pilot whales at Marrow Bay on Sunday.',
        ),
      ),
      'count',
    );
  it('`Volunteers refloated 31 of the whales` is a count of whales refloated, set against 13', () => {
    expect(whales('Volunteers refloated 31 of the whales by Sunday evening.')).toEqual([
      ['13 pilot whales', '31'],
    ]);
  });
  it('control: `one of the whales`, or a part after a preposition, counts nothing', () => {
    expect(whales('Volunteers refloated one of the whales by Sunday evening.')).toEqual([]);
    expect(whales('The virus was found in 31 of the whales by Sunday evening.')).toEqual([]);
  });
});

describe("a work's bill is its cost (fact:sum-bill-of-work)", () => {
  const sinkhole = (a: string) =>
    entries(
      story(
        undated('Sinkhole in Dunmere', `A sinkhole swallowed three cars in Dunmere. ${a}`),
        undated(
          'Dunmere sinkhole',
          'A sinkhole opened in Dunmere. Repairs are expected to cost $1. 8 million.',
        ),
      ),
      'quantity',
    );
  it('`the repair bill at $8. 1 million` is set against `Repairs are expected to cost $1. 8 million`', () => {
    expect(sinkhole('The city estimates the repair bill at $8. 1 million.')).toEqual([
      ['$1. 8 million', '$8. 1 million'],
    ]);
    expect(sinkhole('The bill for the repairs came to $8. 1 million.')).toEqual([
      ['$1. 8 million', '$8. 1 million'],
    ]);
  });
  it("control: another bill is no work's cost", () => {
    expect(sinkhole('Its owner said her electricity bill was $8. 1 million.')).toEqual([]);
  });
});

describe('those told to leave were evacuated (fact:told-to-leave)', () => {
  const homes = (a: string) =>
    entries(
      story(
        undated('Sinkhole in Dunmere', `A sinkhole opened in Dunmere on Tuesday. ${a}`),
        undated('Dunmere sinkhole', 'A sinkhole opened in Dunmere. Forty - two homes were evacuated.'),
      ),
      'count',
    );
  it('`Residents of 24 homes were told to leave` is set against `Forty - two homes were evacuated`', () => {
    expect(homes('Residents of 24 homes were told to leave their houses.')).toEqual([
      ['24 homes', 'Forty - two homes'],
    ]);
    expect(homes('Residents of 24 homes have been ordered to flee.')).toEqual([
      ['24 homes', 'Forty - two homes'],
    ]);
  });
  it('control: homes told to stay shut are no homes evacuated', () => {
    expect(homes('Residents of 24 homes were told to keep their windows shut.')).toEqual([]);
  });
});

describe('a budget unveiled on two days, a year of the minister beside (date:year-excuses-no-weekday)', () => {
  const budget = (a: string, b: string) =>
    entries(
      story(
        undated(
          'Ostby unveils budget',
          `Finance Minister Clara Ostby unveiled a $42 billion budget on ${a}, promising a pay rise for nurses. Ostby, 52, has been in office since 2041.`,
        ),
        undated(
          'What the budget means',
          `Clara Ostby's first budget was presented on ${b}. Ostby, 52, has been finance minister since 2041.`,
        ),
      ),
      'date',
    );
  it('`unveiled ... on Wednesday` and `was presented on Thursday` are two days of one unveiling', () => {
    expect(budget('Wednesday', 'Thursday')).toEqual([['Thursday', 'Wednesday']]);
  });
  it('control: the same day in both, nothing', () => {
    expect(budget('Wednesday', 'Wednesday')).toEqual([]);
  });
});

describe('a morning holds its early hours (fact:morning-holds-early-morning)', () => {
  const collision = (part: string) =>
    entries(
      story(
        undated(
          'Ships collide',
          'A container ship and a tanker collided early on Thursday. The collision happened at 3: 40 a. m.',
        ),
        undated('Ships collide off Calden', `Two ships collided off Port Calden on Thursday ${part}.`),
      ),
      'time',
    );
  it('`collided on Thursday morning` agrees with `at 3: 40 a. m.`', () => {
    expect(collision('morning')).toEqual([]);
  });
  it('control: an afternoon does not', () => {
    expect(collision('afternoon')).toEqual([['3: 40 a. m.', 'Thursday afternoon']]);
  });
});

describe('a crew counted past the ship it sails on (fact:count-noun-phrase-before-verb, align:crew-and-sailors)', () => {
  const crew = (a: string, b: string) =>
    entries(
      story(
        undated('Ships collide', `A container ship and a tanker collided on Thursday. ${a}`),
        undated('Ships collide off Calden', `Two ships collided off Port Calden on Thursday. ${b}`),
      ),
      'count',
    );
  it('`Three crew members of the container ship were injured` is set against `Four crew were hurt`', () => {
    expect(crew('Three crew members of the container ship were injured.', 'Four crew were hurt.')).toEqual([
      ['Four crew', 'Three crew members'],
    ]);
  });
  it('`Four sailors on the Borealis were hurt` is set against `Three crew were injured`', () => {
    expect(crew('Three crew were injured.', 'Four sailors on the Borealis were hurt.')).toEqual([
      ['Four sailors', 'Three crew'],
    ]);
  });
  it('control: passengers are not the crew', () => {
    expect(crew('Three crew were injured.', 'Four passengers on the Borealis were hurt.')).toEqual([]);
  });
});

describe('a month a verb`s `of` follows (dates:month-of-not-year)', () => {
  const verdict = (a: string) =>
    entries(
      story(
        undated('Lang jailed', `Viktor Lang was jailed for 12 years on Tuesday. ${a}`),
        undated(
          'Fraudster sentenced',
          'Viktor Lang was jailed for 12 years on Tuesday. Lang was convicted in May of defrauding investors of $340 million.',
        ),
      ),
      'date',
    );
  it('`found guilty in March of 14 charges` is a conviction in March, against May', () => {
    expect(verdict('Lang was found guilty in March of 14 charges of defrauding investors.')).toEqual([
      ['March', 'May'],
    ]);
  });
  it('control: the same month, nothing', () => {
    expect(verdict('Lang was found guilty in May of 14 charges of defrauding investors.')).toEqual([]);
  });
});

describe('a sum paid back is a payment (fact:sum-paid-or-lost)', () => {
  const repaid = (a: string) =>
    entries(
      story(
        undated(
          'Lang jailed',
          `Viktor Lang was jailed on Tuesday. The judge ordered Lang to repay $210 million.`,
        ),
        undated('Fraudster sentenced', `Viktor Lang was jailed on Tuesday. ${a}`),
      ),
      'quantity',
    );
  it('`to repay $210 million` is set against `to pay back $120 million`', () => {
    expect(repaid('The judge ordered him to pay back $120 million.')).toEqual([
      ['$120 million', '$210 million'],
    ]);
  });
  it('control: a fine is no repayment', () => {
    expect(repaid('The judge also fined him $120 million.')).toEqual([]);
  });
});

describe('a number of things risen to a decimal written apart (fact:number-of-scaled)', () => {
  const waiting = (a: string) => {
    const d = story(
      undated(
        'Waiting lists at a record',
        'A record 7. 6 million people were waiting for hospital treatment.',
      ),
      undated(
        'Waiting list reaches new high',
        `The number of people waiting for hospital treatment rose to ${a}.`,
      ),
    );
    return [...entries(d, 'count'), ...entries(d, 'update')];
  };
  it('`rose to 7. 6 million` is 7.6 million, not 7', () => {
    expect(waiting('7. 6 million')).toEqual([]);
  });
  it('control: another figure is set against it', () => {
    expect(waiting('7. 9 million')).toEqual([['7. 6 million people', '7. 9 million']]);
  });
});

describe('crewmates pulled from a raft were rescued (fact:pulled-from-is-rescue)', () => {
  const trawler = (b: string) =>
    entries(
      story(
        undated(
          'Five rescued after trawler sinks',
          'Five fishermen were rescued on Monday after their trawler sank off Kestrel Point.',
        ),
        undated(
          'Fisherman missing as trawler goes down',
          `One fisherman is missing after the trawler sank off Kestrel Point. ${b}`,
        ),
      ),
      'count',
    );
  it('`Four of his crewmates were pulled from a life raft` is set against `Five fishermen were rescued`', () => {
    expect(trawler('Four of his crewmates were pulled from a life raft by a coastguard helicopter.')).toEqual(
      [['Five fishermen', 'Four']],
    );
    expect(trawler('Four fishermen were winched to safety by a coastguard helicopter.')).toEqual([
      ['Five fishermen', 'Four fishermen'],
    ]);
  });
  it('control: men pulled from a race were not rescued', () => {
    expect(trawler('Four of his crewmates were pulled from the race.')).toEqual([]);
  });
});

describe('a person an adjective says what befell (fact:age-of-described-person)', () => {
  const missing = (b: string) =>
    entries(
      story(
        undated(
          'Trawler sinks',
          'A trawler sank off Kestrel Point. The search for the missing man, 23, was suspended at nightfall.',
        ),
        undated('Search resumes for fisherman', `Coastguards resumed the search for a fisherman. ${b}`),
      ),
      'age',
    );
  it('`the missing man, 23,` of a suspended search is set against `The missing man, aged 32,`', () => {
    expect(missing('The missing man, aged 32, had been fishing for ten years.')).toEqual([['23', '32']]);
  });
  it('control: another man (the skipper) is not the missing man', () => {
    expect(missing('The skipper, a man aged 32, had been fishing for ten years.')).toEqual([]);
  });
});
