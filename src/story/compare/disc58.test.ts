import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * A dengue outbreak, a quarry blast, a counterfeit-medicine ring, an escalator collapse, wolves
 * among sheep and a school arson, each told by three outlets (h-disc58). Fictional places,
 * firms and people.
 */

describe('two letters swapped in one word of a person’s name (name:person-letters-swapped)', () => {
  const first = `Beekeeper stung\nMay 4, 2047\nThe beekeeper, Oswin Tarrald, 58, was taken to hospital in Fellby, the council said.`;
  const second = (name: string) =>
    `Fellby beekeeper in hospital\nMay 4, 2047\nThe beekeeper, Oswin ${name}, 58, was stung more than 200 times, his wife said.`;
  it('reads `Oswin Tarrald` / `Oswin Tarradl` as one name spelt two ways', () => {
    expect(entries(story(first, second('Tarradl')), 'spelling')).toEqual([
      ['Oswin Tarradl', 'Oswin Tarrald'],
    ]);
  });
  it('control: another surname of that first name (`Oswin Tarrant`) is no spelling of it', () => {
    expect(entries(story(first, second('Tarrant')), 'spelling')).toEqual([]);
  });
});

describe('an aged member of a toll named after it (fact:age-toll-member)', () => {
  const first = `Ferry fire at Ostmark\nJuly 2, 2046\nFour passengers died, among them a 9-year-old boy, the harbour police said.`;
  const second = (toll: string) =>
    `Ostmark ferry blaze\nJuly 2, 2046\nFour people ${toll}, including a 7-year-old boy, when fire swept the ferry Lindra.`;
  it('sets the boy among the dead, 9, against the boy among the dead, 7', () => {
    expect(entries(story(first, second('were killed')), 'age')).toEqual([['7', '9']]);
  });
  it('control: a boy among the injured is another boy', () => {
    expect(entries(story(first, second('were injured')), 'age')).toEqual([]);
  });
});

describe('a structure that failed is the event’s moment (fact:time-structure-failed)', () => {
  const first = `Footbridge collapse in Ravensey\nApril 8, 2045\nThe footbridge over the Mell gave way at 4:10 p.m., dropping walkers into the river.`;
  const second = (what: string) =>
    `Ravensey bridge accident\nApril 8, 2045\nThe ${what} failed at 5:10 p.m., the council said. Eleven walkers were rescued from the Mell.`;
  it('sets `the footbridge failed at 5:10 p.m.` against `gave way at 4:10 p.m.`', () => {
    expect(entries(story(first, second('footbridge')), 'time')).toEqual([['4:10 p.m.', '5:10 p.m.']]);
  });
  it('control: a rescue plan that failed is no moment of the collapse', () => {
    expect(entries(story(first, second('first rescue plan')), 'time')).toEqual([]);
  });
});

describe('an incident reported at a time is its call (fact:time-reported)', () => {
  const first = `Warehouse fire in Dunsby\nFebruary 2, 2048\nThe fire was reported at 11:50 p.m., and crews from three stations took six hours to put it out.`;
  const second = (lead: string) =>
    `Dunsby warehouse blaze\nFebruary 2, 2048\nThe blaze, ${lead} 12:50 a.m., gutted the Corran carpet warehouse on Mill Road.`;
  it('sets `reported at 12:50 a.m.` against `was reported at 11:50 p.m.`', () => {
    expect(entries(story(first, second('reported at')), 'time')).toEqual([['11:50 p.m.', '12:50 a.m.']]);
  });
  it('control: a time neighbours saw smoke is no report of it', () => {
    expect(entries(story(first, second('which neighbours saw at')), 'time')).toEqual([]);
  });
});

describe('a sum a noun is worth, told right after it (fact:sum-noun-worth)', () => {
  const first = (after: string) =>
    `Customs haul at Brakmoor\nAugust 21, 2049\nCustoms officers seized cigarettes worth 4.1 million crowns (€370,000) ${after} on Monday, the agency said.`;
  const second = `Brakmoor cigarette seizure\nAugust 21, 2049\nOfficers at the Brakmoor crossing found smuggled cigarettes worth 1.4 million crowns, the agency said.`;
  it('sets the cigarettes’ 4.1 million crowns against their 1.4 million, a place told after the sum', () => {
    expect(entries(story(first('in checks at the border'), second), 'quantity')).toEqual([
      ['1.4 million crowns', '4.1 million crowns'],
    ]);
  });
  it('control: a sum of another noun (`fines worth`) is not the cigarettes’ value', () => {
    expect(
      entries(
        story(
          first('in checks at the border'),
          `Brakmoor cigarette seizure\nAugust 21, 2049\nThe drivers face fines worth 1.4 million crowns, officials said.`,
        ),
        'quantity',
      ),
    ).toEqual([]);
  });
});

describe('a headteacher is a post with deputies (role:headteacher-post)', () => {
  const first = `Flooding closes Marlow Green school\nJanuary 9, 2046\nThe school will stay shut all week, said headteacher Ines Vallory.`;
  const second = (role: string) =>
    `Marlow Green school shut by flood\nJanuary 9, 2046\n${role} Ines Vallory said water had reached the library.`;
  it('sets `deputy headteacher Ines Vallory` against `headteacher Ines Vallory`', () => {
    expect(entries(story(first, second('Deputy headteacher')), 'role')).toEqual([
      ['Deputy headteacher', 'headteacher'],
    ]);
  });
  it('control: the same post in other capitals is no conflict', () => {
    expect(entries(story(first, second('Headteacher')), 'role')).toEqual([]);
  });
});

describe('goods found in a search are the goods seized (fact:event-found-seized)', () => {
  const first = `Rifles found at Pell crossing\nMarch 30, 2047\nCustoms officers found 340 rifles in a lorry at the Pell crossing on Monday.`;
  const second = (clause: string) =>
    `Pell crossing arms haul\nMarch 30, 2047\n${clause} 430 rifles at the Pell crossing, the customs agency said.`;
  it('sets `seized 430 rifles` against `found 340 rifles`', () => {
    expect(entries(story(first, second('Officers seized')), 'count')).toEqual([['340 rifles', '430 rifles']]);
  });
  it('control: rifles destroyed are not the rifles found', () => {
    expect(entries(story(first, second('Officers destroyed')), 'count')).toEqual([]);
  });
});
