import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Look-alikes and misses of news language the discrepancy finder read wrong (h-disc68, stop 51):
 * a quake's magnitude written apart. Fictional places and people; each outlet's other lines its
 * own.
 */
const quake = (line: string, outlet = 0) =>
  [
    `Earthquake shakes Morvale valley\nMarch 3, 2071\nAn earthquake shook the Morvale valley early on Friday, officials said.\n${line}\nSchools were closed for the day.`,
    `Morvale quake damages homes\nMarch 3, 2071\nHomes were damaged in the Morvale valley when the ground shook on Friday.\n${line}`,
  ][outlet]!;

describe('a magnitude written apart is one decimal (fact:magnitude-decimal-apart)', () => {
  it('sets `magnitude 5. 8` against `magnitude 5.3` of the one quake', () => {
    const d = story(
      quake("Friday's magnitude 5. 8 earthquake was centred near the town of Lisk."),
      quake("Friday's magnitude 5.3 earthquake was centred near the town of Lisk.", 1),
    );
    expect(entries(d, 'quantity')).toEqual([['5. 8', '5.3']]);
  });
  it('control: `magnitude 5. 3` and `magnitude 5.3` agree', () => {
    const d = story(
      quake("Friday's magnitude 5. 3 earthquake was centred near the town of Lisk."),
      quake("Friday's magnitude 5.3 earthquake was centred near the town of Lisk.", 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

const revised = (first: string) =>
  story(
    `Earthquake shakes Morvale valley\nMarch 3, 2071\nAn earthquake ${first} shook the Morvale valley early on Friday, officials said.\nSchools were closed for the day.`,
    `Morvale quake damages homes\nMarch 4, 2071\nThe magnitude 5.6 earthquake shook the Morvale valley early on Friday, damaging homes.\nRepairs began on Saturday.`,
  );

describe('a first reading and a later report of another figure are an update (figure:preliminary-reading)', () => {
  it('reads `of preliminary magnitude 5.9` then `magnitude 5.6` a day later as an update', () => {
    const d = revised('of preliminary magnitude 5.9');
    expect(entries(d, 'quantity')).toEqual([]);
    expect(entries(d, 'update')).toEqual([['5.6', '5.9']]);
  });
  it('control: `of magnitude 5.9` then `magnitude 5.6` is a conflict (a magnitude is fixed)', () => {
    const d = revised('of magnitude 5.9');
    expect(entries(d, 'quantity')).toEqual([['5.6', '5.9']]);
  });
});

const fire = (day: number, line: string) =>
  `Heath fire near Carrowby\nJune ${day}, 2071\nA heath fire has been burning near Carrowby since Sunday.\n${line}\nRoads in the area remain closed.`;

describe('a measure told on three days, each above the days before, is an update (figure:measure-rises-day-by-day)', () => {
  it('reads 5, 15 and 40 percent contained on three days as one update', () => {
    const d = story(
      fire(2, 'The Carrowby fire was 5 percent contained.'),
      fire(3, 'Crews said the Carrowby fire was 15 percent contained.'),
      fire(3, 'The Carrowby fire was 15 percent contained on Tuesday.'),
      fire(5, 'The Carrowby fire was 40 percent contained.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
    expect(entries(d, 'update')).toEqual([['15 percent', '40 percent', '5 percent']]);
  });
  it('control: a sum told on three days is still a conflict of the earlier reports', () => {
    const sum = (day: number, value: string) =>
      `Carrowby council buys heath\nJune ${day}, 2071\nCarrowby council agreed to buy the heath for ${value}, the council said.\nThe sale closes in July.`;
    const d = story(
      sum(2, '$5 million'),
      sum(3, '$15 million'),
      sum(3, '$15 million'),
      sum(5, '$40 million'),
    );
    expect(entries(d, 'quantity').length).toBeGreaterThan(0);
  });
});

const moor = (day: number, line: string) =>
  `Moor fire near Stenholt\nJune ${day}, 2071\n${line}\nRoads around Stenholt remain closed.`;

describe('the day a figure stood is no day of the event (date:figure-change, tokenised level and state reached)', () => {
  it('leaves `grew to 11, 000 acres on Tuesday` and `40 percent contained on Thursday` uncompared', () => {
    const d = story(
      moor(3, 'The Stenholt moor fire grew to 11, 000 acres on Tuesday and was 15 percent contained.'),
      moor(5, 'Crews had the Stenholt moor fire 40 percent contained on Thursday after it grew further.'),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: the fire told as breaking out on Tuesday and on Thursday is a conflict', () => {
    const d = story(
      moor(3, 'The Stenholt moor fire broke out on Tuesday above the village.'),
      moor(5, 'The Stenholt moor fire broke out on Thursday above the village.'),
    );
    expect(entries(d, 'date')).toEqual([['Thursday', 'Tuesday']]);
  });
});

const count = (day: number, lines: string) =>
  `Tollan elects a mayor\nMay ${day}, 2071\n${lines}\nThe new mayor takes office in June.`;
const night = (share: string) =>
  count(
    4,
    `${share}council member Rhea Castell led Mayor Dev Orrin with 52 percent of the vote to 46 percent.\nCastell had 21, 400 votes and Orrin 18, 950, according to unofficial returns.`,
  );
const finals = [
  count(5, 'Rhea Castell defeated Mayor Dev Orrin on Tuesday.\nCastell received 39, 870 votes.'),
  count(
    5,
    'Rhea Castell defeated Mayor Dev Orrin on Tuesday.\nFinal results showed Castell with 39, 780 votes and Orrin with 35, 115.',
  ),
];

describe('a share of the count done in the sentence before holds for its votes (fact:partial-count-sentence-before)', () => {
  it('leaves an election-night `had 21, 400 votes` after `With 55 percent of precincts reporting` out of the final counts', () => {
    const d = story(night('With 55 percent of precincts reporting, '), ...finals);
    expect(entries(d, 'count')).toEqual([['39, 780 votes', '39, 870 votes']]);
    expect(entries(d, 'update').flat()).not.toContain('21, 400 votes');
  });
  it("control: with no share of the count before it, the night's `had 21, 400 votes` is an earlier figure", () => {
    const d = story(night('Early on Wednesday, '), ...finals);
    expect(entries(d, 'update').flat()).toContain('21, 400 votes');
  });
});

const results = (line: string, outlet = 0) =>
  [
    `Pellam Foods profit rises\nApril 24, 2071\nPellam Foods reported results for the first quarter on Thursday.\n${line}\nIts shares rose 2 percent.`,
    `Pellam beats forecasts\nApril 24, 2071\nThe grocer Pellam Foods said demand held up in the first quarter.\n${line}`,
  ][outlet]!;

describe('a sum a change told as a noun reaches is the level of what rose (fact:sum-rise-in-reaches)', () => {
  it('sets `a 6 percent rise in quarterly revenue to $2.9 billion` against `Revenue rose to $2.4 billion`', () => {
    const d = story(
      results('Pellam Foods reported a 6 percent rise in quarterly revenue to $2.9 billion.'),
      results('Revenue rose 6 percent to $2.4 billion.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['$2.4 billion', '$2.9 billion']]);
  });
  it('control: `a 6 percent rise in quarterly revenue to $2.4 billion` agrees', () => {
    const d = story(
      results('Pellam Foods reported a 6 percent rise in quarterly revenue to $2.4 billion.'),
      results('Revenue rose 6 percent to $2.4 billion.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});

describe("a sum a period's figure is told to be is the noun's (fact:sum-of-period-was)", () => {
  it('sets `Net profit for the quarter was $310 million` against `Profit rose to $280 million`', () => {
    const d = story(
      results('Net profit for the quarter was $310 million, the company said.'),
      results('Profit rose to $280 million.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([['$280 million', '$310 million']]);
  });
  it('control: `Net profit for the quarter was about $280 million` agrees', () => {
    const d = story(
      results('Net profit for the quarter was about $280 million, the company said.'),
      results('Profit rose to $280 million.', 1),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
});
