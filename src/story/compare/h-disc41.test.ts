import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * An avalanche, a dam failure, a chemical-plant blast, an antitrust fine, a rocket failure and a
 * central bank's rate decision, each told by three outlets (h-disc41). Fictional places, firms,
 * banks and people.
 */

describe('a part of the day beside its outlet’s clock time (figure:part-of-day-coarser)', () => {
  const first = `Avalanche at Kessel Peak\nJanuary 14, 2043\nThe slide struck at about 11:20 a.m. on the Hornweg run, police said.`;
  const second = (part: string) =>
    `Kessel Peak avalanche\nJanuary 14, 2043\nAn avalanche hit the Kessel Peak resort on Tuesday ${part}. The avalanche struck at 10:50 a.m., police said.`;
  it('sets `struck at 10:50 a.m.` against `about 11:20 a.m.`, though the outlet also says `Tuesday morning`', () => {
    expect(entries(story(first, second('morning')), 'time')).toEqual([['10:50 a.m.', '11:20 a.m.']]);
  });
  it('control: a clock time that agrees with the other’s still does (`at 11:15 a.m.`)', () => {
    expect(
      entries(
        story(
          first,
          `Kessel Peak avalanche\nJanuary 14, 2043\nThe avalanche struck at 11:15 a.m., police said. Another slide struck at 10:50 a.m.`,
        ),
        'time',
      ),
    ).toEqual([]);
  });
});

describe('how a structure failed is the moment of the event (fact:time-of-moment)', () => {
  const first = (verb: string) =>
    `Orvan Dam fails\nMarch 3, 2044\nThe Orvan Dam ${verb} at 2:30 a.m. on Sunday, flooding the town of Sedley.`;
  const second = `Sedley flood\nMarch 3, 2044\nThe dam burst at about 4 a.m., the governor said.`;
  it('sets `gave way at 2:30 a.m.` against `burst at about 4 a.m.`', () => {
    expect(entries(story(first('gave way'), second), 'time')).toEqual([['2:30 a.m.', '4 a.m.']]);
  });
  it('control: a time the dam was inspected is no moment of the failure', () => {
    expect(entries(story(first('was inspected'), second), 'time')).toEqual([]);
  });
});

describe('a death told by its ordinal (fact:toll-ordinal)', () => {
  const first = `Blast at Harbury plant\nAugust 9, 2045\nAn explosion at the Veltrix Chemicals plant in Harbury killed three workers on Friday.`;
  const second = (verb: string) =>
    `Harbury blast\nAugust 10, 2045\nA fourth worker ${verb} on Saturday after Friday's explosion at the Veltrix Chemicals plant in Harbury.`;
  it('reads `A fourth worker died` as a toll of four, an update of three', () => {
    expect(entries(story(first, second('died')), 'update')).toEqual([['fourth', 'three workers']]);
  });
  it('control: `a fourth worker was injured` is no toll', () => {
    expect(entries(story(first, second('was injured')), 'update')).toEqual([]);
  });
});

describe('a rate a change sets, with the change between (fact:percent-level-set-by)', () => {
  // The rate's level only (the size of its change is `fact:rate-change-points`, below).
  const levels = (d: ReturnType<typeof story>) =>
    entries(d, 'quantity').filter((e) => e.some((v) => /%|percent/.test(v)));
  const first = `Caldera raises rates\nSeptember 18, 2048\nThe Bank of Caldera raised its key rate by 25 basis points to 4.25 percent on Thursday.`;
  const second = (verb: string) =>
    `Bank of Caldera decision\nSeptember 18, 2048\nThe Bank of Caldera ${verb} its benchmark interest rate by half a point to 4.5% on Thursday.`;
  it('sets `raised its benchmark interest rate by half a point to 4.5%` against `4.25 percent`', () => {
    expect(levels(story(first, second('raised')))).toEqual([['4.25 percent', '4.5%']]);
  });
  it('control: a rate it left alone (`kept`) is not set to a level by a change', () => {
    expect(levels(story(first, second('kept')))).toEqual([]);
  });
  it('reads `the increase took its key rate to 4.5%` as the rate’s level', () => {
    const d = story(
      first,
      `Bank of Caldera decision\nSeptember 18, 2048\nThursday's increase by the Bank of Caldera took its key rate to 4.5%.`,
    );
    expect(levels(d)).toEqual([['4.25 percent', '4.5%']]);
  });
});

describe('how long a flight lasted before it failed (fact:elapsed-to-failure)', () => {
  const first = `Skyvane rocket explodes\nOctober 2, 2047\nA Skyvane rocket exploded 94 seconds after lifting off from the Corrig spaceport on Tuesday.`;
  const second = (verb: string) =>
    `Skyvane launch fails\nOctober 2, 2047\nSkyvane's rocket ${verb} about 110 seconds after launch from the Corrig spaceport.`;
  it('sets `broke apart about 110 seconds after launch` against `exploded 94 seconds after lifting off`', () => {
    expect(entries(story(first, second('broke apart')), 'quantity')).toEqual([['110 seconds', '94 seconds']]);
  });
  it('control: another moment of the flight (`shed its fairing`) is not its failure', () => {
    expect(entries(story(first, second('shed its fairing')), 'quantity')).toEqual([]);
  });
});

describe('a number joined to a name by a hyphen counts nothing (fact:name-hyphen-number)', () => {
  const second = `Rocket failure at Corrig\nOctober 2, 2047\nA single rocket exploded over the Corrig spaceport on Tuesday, the company said.`;
  it('does not read `An Aurel-2 rocket exploded` as two rockets', () => {
    const first = `Skyvane rocket explodes\nOctober 2, 2047\nAn Aurel-2 rocket exploded over the Corrig spaceport on Tuesday, the company said.`;
    expect(entries(story(first, second), 'count')).toEqual([]);
  });
  it('control: a number with a space before its word still counts (`two rockets exploded`)', () => {
    const first = `Skyvane rockets explode\nOctober 2, 2047\nTwo rockets exploded over the Corrig spaceport on Tuesday, the company said.`;
    expect(entries(story(first, second), 'count')).toEqual([['A single rocket', 'Two rockets exploded']]);
  });
});

describe('a sum in crowns, francs or pesos (quantities:money-word-scaled)', () => {
  const first = `Dam bursts in Sedley\nMarch 3, 2044\nThe Orvan Dam collapsed on Sunday, flooding Sedley. The government pledged 150 million crowns in aid.`;
  const second = `Sedley flood\nMarch 3, 2044\nThe Orvan Dam gave way on Sunday, flooding Sedley. The government released 200 million crowns (about $9 million) in emergency aid.`;
  it('sets `200 million crowns` in aid against `150 million crowns`, not against the dollars in brackets', () => {
    expect(entries(story(first, second), 'quantity')).toEqual([['150 million crowns', '200 million crowns']]);
  });
  it('control: crowns with no scale are titles, a count (`has won three crowns`)', () => {
    const d = story(`Rider wins again\nJuly 2, 2044\nThe rider has won three crowns in a row.`);
    expect(d.facts?.filter((f) => f.text === 'three crowns').map((f) => f.kind)).toEqual(['count']);
  });
});

describe('a proceeding opened began then (date:proceeding-begins)', () => {
  const first = `Plexa fined\nJune 12, 2046\nThe investigation began in 2042 after a complaint by rival firms, the Nordmark Competition Authority said.`;
  it('sets `The probe opened in 2041` against `The investigation began in 2042`', () => {
    const second = `Regulator fines Plexa\nJune 12, 2046\nThe probe opened in 2041 after complaints from rival firms, the Nordmark Competition Authority said.`;
    expect(entries(story(first, second), 'date')).toEqual([['2041', '2042']]);
  });
  it('control: a building opened is an opening, not the start of the investigation', () => {
    const second = `Regulator fines Plexa\nJune 12, 2046\nPlexa's headquarters opened in 2041, the Nordmark Competition Authority said after complaints from rival firms.`;
    expect(entries(story(first, second), 'date')).toEqual([]);
  });
});

describe('a period given to do something (fact:deadline)', () => {
  const first = `Plexa fined\nJune 12, 2046\nPlexa has 90 days to change its practices, said Commissioner Helga Strand.`;
  it('sets `must comply within 60 days` against `has 90 days to change its practices`', () => {
    const second = `Regulator fines Plexa\nJune 12, 2046\nPlexa must comply within 60 days or face daily penalties, Commissioner Helga Strand said.`;
    expect(entries(story(first, second), 'quantity')).toEqual([['60 days', '90 days']]);
  });
  it('control: time to appeal is another deadline (`has 60 days to appeal`)', () => {
    const second = `Regulator fines Plexa\nJune 12, 2046\nPlexa has 60 days to appeal the decision, Commissioner Helga Strand said.`;
    expect(entries(story(first, second), 'quantity')).toEqual([]);
  });
});

describe('the size of a rate’s change in points (fact:rate-change-points)', () => {
  const first = `Caldera raises rates\nSeptember 18, 2048\nThe Bank of Caldera raised its key rate by a quarter point on Thursday.`;
  const second = (change: string) =>
    `Bank of Caldera decision\nSeptember 18, 2048\nThursday's ${change} by the Bank of Caldera lifted its key rate, the bank said.`;
  it('sets `half-point increase` against `by a quarter point`', () => {
    expect(entries(story(first, second('half-point increase')), 'quantity')).toEqual([
      ['by a quarter point', 'half-point increase'],
    ]);
  });
  it('control: `a rise of 25 basis points` is a quarter point', () => {
    const d = story(
      first,
      `Bank of Caldera decision\nSeptember 18, 2048\nThe Bank of Caldera lifted its key rate 25 basis points on Thursday.`,
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe('a surname as one word or two, a letter off besides (name:joined-one-letter)', () => {
  const first = `Caldera raises rates\nSeptember 18, 2048\nGovernor Piet Vanlo said further rises could follow, the Bank of Caldera said.`;
  const second = (name: string) =>
    `Bank of Caldera decision\nSeptember 18, 2048\nGovernor ${name} said the Bank of Caldera stood ready to act again.`;
  it('sets `Piet Van Loo` against `Piet Vanlo`', () => {
    expect(entries(story(first, second('Piet Van Loo')), 'spelling')).toEqual([
      ['Piet Van Loo', 'Piet Vanlo'],
    ]);
  });
  it('control: a middle name is no spelling (`Piet Anton Vanlo`)', () => {
    expect(entries(story(first, second('Piet Anton Vanlo')), 'spelling')).toEqual([]);
  });
});
