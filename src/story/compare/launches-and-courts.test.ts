import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * A phone launch, a footballer's drink-driving charge and a product's sales (stop 42). Fictional
 * firms, places and people; each outlet's other lines its own (a line every outlet runs word for
 * word is boilerplate).
 */
const launch = (line: string, outlet = 0) =>
  [
    `Corvale shows its folding Tessa 4\nMay 6, 2051\nCorvale unveiled the Tessa 4 at a hall in Brisk on Tuesday.\n${line}\nAnalysts expect strong demand in Asia.`,
    `Tessa 4 arrives\nMay 7, 2051\nThe Tessa 4 was shown to reporters in Brisk.\n${line}\nCorvale shares rose after the event.`,
  ][outlet]!;
const charge = (line: string, outlet = 0) =>
  [
    `Winger Odo Prask charged\nApril 2, 2052\nLarne Athletic winger Odo Prask was stopped by police on the M9 on Saturday.\n${line}\nThe club declined to comment.`,
    `Prask faces drink-drive charge\nApril 2, 2052\nOdo Prask, the Larne Athletic winger, failed a roadside breath test.\n${line}\nHe has played 40 games for the club.`,
  ][outlet]!;

describe('a measure of a noun past the word that describes it (fact:number-adjective-head)', () => {
  it('sets `a 7.6-inch folding screen` against `its 7.8-inch screen`', () => {
    const d = story(
      launch('The Tessa 4 has a 7.6-inch folding screen and costs $1,499.'),
      launch('Its 7.8-inch screen folds in half, Corvale said.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([['7.6-inch', '7.8-inch']]);
  });
  it('control: a folding screen is not the phone’s other measures', () => {
    const d = story(
      launch('The Tessa 4 has a 7.6-inch folding screen and costs $1,499.'),
      launch('Its 7.8-inch camera bump is the largest yet, Corvale said.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([]);
  });
});

describe('`last year` is the year before the report (fact:period-last-year)', () => {
  it('sets `sold 41 million phones last year` against `40 million phones in 2050`', () => {
    const d = story(
      launch('Corvale sold 41 million phones last year, chief executive Ines Roble said.'),
      launch('Corvale sold 40 million phones in 2050, according to chief executive Ines Roble.', 1),
    );
    expect(entries(d, 'count')).toEqual([['40 million phones', '41 million phones last year']]);
  });
  it('control: last year’s figure is not this year’s', () => {
    const d = story(
      launch('Corvale sold 41 million phones last year, chief executive Ines Roble said.'),
      launch(
        'Corvale has sold 40 million phones so far in 2051, according to chief executive Ines Roble.',
        1,
      ),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('the day of a court appearance (date:court-appearance, dates:ordered-to-appear)', () => {
  it('sets `is due to appear at Dunmore Magistrates’ Court on April 16` against `bailed to appear ... on April 15`', () => {
    const d = story(
      charge('Prask is due to appear at Dunmore Magistrates’ Court on April 16, police said.'),
      charge('He was bailed to appear before magistrates in Dunmore on April 15.', 1),
    );
    expect(entries(d, 'date')).toEqual([['April 15', 'April 16']]);
  });
  it('control: the day he was stopped is not the day he appears', () => {
    const d = story(
      charge('Prask is due to appear at Dunmore Magistrates’ Court on April 16, police said.'),
      charge('He was stopped near Dunmore on March 30 and failed a breath test.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

describe('the day sales begin, told as shipping or selling (fact:date-on-sale)', () => {
  it('sets `The Tessa 4 ships on May 26` against `will be sold from May 29`', () => {
    const d = story(
      launch('The Tessa 4 ships on May 26 in 30 countries, Corvale said.'),
      launch('The Tessa 4 will be sold from May 29 for $1,499.', 1),
    );
    expect(entries(d, 'date')).toEqual([['May 26', 'May 29']]);
  });
  it('control: the day it was shown is not the day it ships', () => {
    const d = story(
      launch('The Tessa 4 ships on May 26 in 30 countries, Corvale said.'),
      launch('The Tessa 4 was first shown to investors on April 29 in Brisk.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

const heat = (line: string, outlet = 0) =>
  [
    `Drenna swelters\nJuly 30, 2053\nDrenna’s weather service issued red alerts for the south.\n${line}\nSchools closed early in several towns.`,
    `Heat record in Drenna\nJuly 31, 2053\nHospitals in Drenna reported a rise in admissions.\n${line}\nThe heatwave is expected to last until Sunday.`,
  ][outlet]!;
const final = (line: string, outlet = 0) =>
  [
    `Ostra wins the Lindale Open\nMay 14, 2054\nPia Ostra took the Lindale Open title on Sunday.\n${line}\nShe thanked her coach in a short speech.`,
    `First title for Ostra\nMay 15, 2054\nThe Lindale Open final ended in a victory for Pia Ostra.\n${line}\nOrganisers said tickets had sold out.`,
  ][outlet]!;

describe('decimals of a figure with its unit glued on (fact:decimals-glued-unit)', () => {
  it('sets `reached 46.2C` against `measured 46.3C`', () => {
    const d = story(
      heat('The thermometer in Kell reached 46.2C on Tuesday, a national record.'),
      heat('A station in Kell measured 46.3C on Tuesday, a national record.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([['46.2C', '46.3C']]);
  });
  it('control: `46.2C` and `46.2 degrees Celsius` are one reading', () => {
    const d = story(
      heat('The thermometer in Kell reached 46.2C on Tuesday, a national record.'),
      heat('A station in Kell measured 46.2 degrees Celsius on Tuesday, a national record.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([]);
  });
});

describe('how long a match took, to the minute (fact:duration-took, fact:duration-smaller-unit-precision)', () => {
  it('sets `a final that lasted two hours and 41 minutes` against `The match took two hours and 47 minutes`', () => {
    const d = story(
      final('She beat Ada Crell in a final that lasted two hours and 41 minutes.'),
      final('The match took two hours and 47 minutes, with Ostra serving 11 aces.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'duration')]).toEqual([
      ['two hours and 41 minutes', 'two hours and 47 minutes'],
    ]);
  });
  it('control: `two hours and 41 minutes` is `two hours and 41 minutes`', () => {
    const d = story(
      final('She beat Ada Crell in a final that lasted two hours and 41 minutes.'),
      final('The match took two hours and 41 minutes, with Ostra serving 11 aces.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'duration')]).toEqual([]);
  });
});

describe('a player’s rank (fact:rank-of-person, fact:number-label)', () => {
  it('sets `world number nine Pia Ostra` against `Ostra, who is ranked 10th`', () => {
    const d = story(
      final('World number nine Pia Ostra beat Ada Crell in three sets.'),
      final('Ostra, who is ranked 10th, beat Ada Crell in three sets.', 1),
    );
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([['10th', 'nine']]);
  });
  it('control: her opponent’s rank is not hers, and `number nine` counts nothing', () => {
    const d = story(
      final('World number nine Pia Ostra beat Ada Crell in three sets.'),
      final('Ostra beat Crell, who is ranked 10th, in three sets.', 1),
    );
    expect(d.facts!.filter((f) => f.kind === 'count' && f.value === 9 && f.unit !== 'rank')).toEqual([]);
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([]);
  });
});

describe('a score of several sets is one result (fact:result-sets)', () => {
  it('sets `beating Crell 6-4, 3-6, 7-5` against `a 6-4, 3-6, 7-6 victory`', () => {
    const d = story(
      final('Ostra won after beating Ada Crell 6-4, 3-6, 7-5 on the main court.'),
      final('Ostra clinched a 6-4, 3-6, 7-6 victory over Ada Crell on the main court.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['6-4, 3-6, 7-5', '6-4, 3-6, 7-6']]);
  });
  it('control: the same sets told from the loser’s side are the same result', () => {
    const d = story(
      final('Ostra won after beating Ada Crell 6-4, 3-6, 7-5 on the main court.'),
      final('Ada Crell lost 4-6, 6-3, 5-7 to Ostra on the main court.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const span = (line: string, outlet = 0) =>
  [
    `Morrow Sound bridge opens\nApril 2, 2055\nThe bridge links Tessby and Oram across Morrow Sound.\n${line}\nFerries on the route will stop in May.`,
    `Drivers cross Morrow Sound\nApril 3, 2055\nHundreds of drivers queued for the first crossing.\n${line}\nThe toll for cars is €12.`,
  ][outlet]!;
const draw = (line: string, outlet = 0) =>
  [
    `Lotto jackpot won in Pelley\nMarch 5, 2056\nA ticket sold in Pelley won Saturday’s jackpot, lottery officials said.\n${line}\nThe winner has not come forward.`,
    `Pelley ticket wins jackpot\nMarch 6, 2056\nThe winning ticket was bought at a shop on Mill Road in Pelley.\n${line}\nThe shop will receive a bonus.`,
  ][outlet]!;

describe('a thing’s length, before it or after it (fact:length-of-thing)', () => {
  it('sets `The 6.4-kilometre Morrow Sound bridge` against `The bridge, 6.2 kilometres long,`', () => {
    const d = story(
      span('The 6.4-kilometre Morrow Sound bridge opened to traffic on Saturday.'),
      span('The bridge, 6.2 kilometres long, opened to traffic on Saturday.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([
      ['6.2 kilometres', '6.4-kilometre'],
    ]);
  });
  it('sets `the 6.4 km bridge` against `The bridge, 6.2 kilometres long,`', () => {
    const d = story(
      span('Drivers crossed the 6.4 km bridge for the first time on Saturday.'),
      span('The bridge, 6.2 kilometres long, opened to traffic on Saturday.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([['6.2 kilometres', '6.4 km']]);
  });
  it('control: a distance from a town is not the bridge’s length', () => {
    const d = story(
      span('Drivers crossed the bridge 6.4 km from Tessby for the first time on Saturday.'),
      span('The bridge, 6.2 kilometres long, opened to traffic on Saturday.', 1),
    );
    expect([...entries(d, 'quantity'), ...entries(d, 'update')]).toEqual([]);
  });
});

describe('how often an act was done, any verb (fact:times-verb)', () => {
  it('sets `had rolled over 17 times` against `rolled over 16 times`', () => {
    const d = story(
      draw('The jackpot had rolled over 17 times since October.'),
      draw('The jackpot rolled over 16 times before Saturday’s draw.', 1),
    );
    expect(entries(d, 'count')).toEqual([['16 times', '17 times']]);
  });
  it('control: a prize increased five times is a multiple, not how often', () => {
    const d = story(
      draw('The jackpot had rolled over 17 times since October.'),
      draw('The jackpot increased five times in value before Saturday’s draw.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const birth = (line: string, outlet = 0) =>
  [
    `Princess Maren has a son\nJune 2, 2057\nPrincess Maren of Ostland gave birth to a boy on Friday, the palace said.\n${line}\nBells rang in the capital.`,
    `Ostland royal baby born\nJune 3, 2057\nCrowds gathered outside the hospital in Vessby.\n${line}\nThe name will be announced next week.`,
  ][outlet]!;

describe('a place in a line of succession (fact:ordinal-in-line) and kilos as kilograms (quantities:kilos)', () => {
  it('sets `fourth in line to the throne` against `fifth in line to the throne`', () => {
    const d = story(
      birth('The boy is fourth in line to the throne.'),
      birth('He is fifth in line to the throne, after his father and two sisters.', 1),
    );
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([['fifth', 'fourth']]);
  });
  it('control: a line to the throne is not a queue for tickets', () => {
    const d = story(
      birth('The boy is fourth in line to the throne.'),
      birth('One woman, fifth in line for tickets, had waited since dawn.', 1),
    );
    expect([...entries(d, 'count'), ...entries(d, 'update')]).toEqual([]);
  });
  it('sets `weighed 3.4 kilos` against `weighed 3.6 kilograms`, and leaves `3.4 kilograms` alone', () => {
    const weight = (w: string) =>
      story(
        birth('The baby weighed 3.4 kilos, the palace said.'),
        birth(`The baby weighed ${w}, the palace said.`, 1),
      );
    expect([
      ...entries(weight('3.6 kilograms'), 'quantity'),
      ...entries(weight('3.6 kilograms'), 'update'),
    ]).toEqual([['3.4 kilos', '3.6 kilograms']]);
    expect([
      ...entries(weight('3.4 kilograms'), 'quantity'),
      ...entries(weight('3.4 kilograms'), 'update'),
    ]).toEqual([]);
  });
});
