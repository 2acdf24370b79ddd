import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * Unseen genres (h-disc52): a zoo animal's escape, a bridge collapse, a lottery jackpot, an eruption
 * grounding flights, an art theft, a regional blackout. Fictional places and people; each outlet's
 * other lines its own.
 */
const zoo = (line: string, outlet = 0) =>
  [
    `Tiger escapes at Wenmoor Zoo\nMay 3, 2054\nA tiger got out of its enclosure at Wenmoor Zoo on Friday, the zoo said.\n${line}\nThe animal was caught within an hour.`,
    `Wenmoor Zoo cleared after tiger breaks out\nMay 3, 2054\nWenmoor Zoo was closed on Friday after a tiger escaped.\n${line}\nKeepers sedated the tiger with a dart.`,
  ][outlet]!;

describe('people led, moved or ushered out of a place were evacuated (fact:led-out)', () => {
  it('sets `the evacuation of about 900 visitors` against `1,400 visitors were ushered out`', () => {
    const d = story(
      zoo('The escape prompted the evacuation of about 900 visitors.'),
      zoo('Around 1,400 visitors were ushered out of the zoo.', 1),
    );
    expect(entries(d, 'count')).toEqual([['1,400 visitors', '900 visitors']]);
  });
  it('control: visitors led around the zoo were not evacuated', () => {
    const d = story(
      zoo('The escape prompted the evacuation of about 900 visitors.'),
      zoo('Around 1,400 visitors were led around the zoo on Friday.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe("an animal's age is told as a person's (fact:age-of-animal)", () => {
  it('sets `The four-year-old male` against `a seven-year-old male`', () => {
    const d = story(
      zoo('The four-year-old male, named Raja, climbed over a wall.'),
      zoo('Raja, a seven-year-old male, climbed over a wall.', 1),
    );
    expect(entries(d, 'age')).toEqual([['four', 'seven']]);
  });
  it('sets `a 12-year-old elephant` against `the 14-year-old elephant`', () => {
    const d = story(
      zoo('A 12-year-old elephant also pushed down a fence.'),
      zoo('The 14-year-old elephant also pushed down a fence.', 1),
    );
    expect(entries(d, 'age')).toEqual([['12', '14']]);
  });
  it("control: a keeper's age is not the animal's", () => {
    const d = story(
      zoo('The four-year-old male, named Raja, climbed over a wall.'),
      zoo('A 41-year-old keeper was treated for a bite.', 1),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});

const draw = (line: string, outlet = 0) =>
  [
    `Single ticket wins Goldline jackpot\nMarch 9, 2051\nOne ticket sold in Harrowby won Saturday's Goldline draw, the operator said.\n${line}\nThe winner has not come forward.`,
    `Harrowby ticket scoops Goldline prize\nMarch 9, 2051\nA ticket bought in Harrowby matched all six numbers.\n${line}\nThe shop will get a bonus.`,
  ][outlet]!;

describe('three digits or more at a scale are rounded to it (figure:scale-three-digits)', () => {
  it('leaves `the £187m jackpot` with `the £186.7 million jackpot`', () => {
    const d = story(
      draw('The ticket won the £187m jackpot.'),
      draw('The ticket won the £186.7 million jackpot.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'update'))).toEqual([]);
  });
  it('control: `the £187m jackpot` still meets `the £184.2 million jackpot`', () => {
    const d = story(
      draw('The ticket won the £187m jackpot.'),
      draw('The ticket won the £184.2 million jackpot.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'update')).length).toBe(1);
  });
  it('control: a whole number of millions under a hundred is exact (`£18m` / `£18.4 million`)', () => {
    const d = story(
      draw('The ticket won the £18m jackpot.'),
      draw('The ticket won the £18.4 million jackpot.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'update')).length).toBe(1);
  });
});

const ash = (line: string, outlet = 0, date = 'June 4, 2049') =>
  [
    `Ash from Mount Orlen halts flights\n${date}\nMount Orlen erupted on Wednesday, the weather office said.\n${line}\nThe ash cloud drifted south.`,
    `Orlen eruption grounds planes\n${date}\nAirlines cancelled flights as Mount Orlen erupted.\n${line}\nForecasters expect the wind to turn.`,
  ][outlet]!;

describe("a day's count told against another day's is compared only with its own day's (figure:day-against-day)", () => {
  it('leaves `More than 500 flights were cancelled at airports across the north on Thursday` apart from `About 260 flights were cancelled on Friday, down from 510 on Thursday` a day on', () => {
    const d = story(
      ash('More than 500 flights were cancelled at airports across the north on Thursday.'),
      ash('About 260 flights were cancelled on Friday, down from 510 on Thursday.', 1, 'June 5, 2049'),
    );
    expect(entries(d, 'count').concat(entries(d, 'update'))).toEqual([]);
  });
  it('control: a count of one day told without a change still meets', () => {
    const d = story(
      ash('More than 500 flights were cancelled at airports across the north on Thursday.'),
      ash('About 260 flights were cancelled on Friday as the cloud moved away.', 1, 'June 5, 2049'),
    );
    expect(entries(d, 'count').concat(entries(d, 'update')).length).toBe(1);
  });
});

const span = (line: string, outlet = 0) =>
  [
    `Bridge over the Lenne gives way\nOctober 2, 2052\nA road bridge over the Lenne near Castow collapsed on Friday, police said.\n${line}\nDivers searched the river.`,
    `Castow bridge falls into river\nOctober 2, 2052\nThe bridge at Castow fell into the Lenne late on Friday.\n${line}\nThe road will stay closed.`,
  ][outlet]!;

describe('a participle opening its sentence dates the building after its comma (fact:year-built-fronted)', () => {
  it('sets `Built in 1968, the bridge carried` against `The bridge was built in 1971`', () => {
    const d = story(
      span('Built in 1968, the bridge carried about 7,000 vehicles a day.'),
      span('The bridge was built in 1971, the council said.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'date'))).toEqual([['1968', '1971']]);
  });
  it('control: a fronted participle of no building is not its year built', () => {
    const d = story(
      span('Built in 1968, the road was widened in 2030.'),
      span('The bridge was built in 1971, the council said.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'date'))).toEqual([]);
  });
});

describe('things that went into water are one fall, whichever verb (fact:into-water)', () => {
  it('sets `sending three cars into the water` against `Four cars plunged into the Lenne River`', () => {
    const d = story(
      span('The collapse sent three cars into the water, police said.'),
      span('Four cars plunged into the Lenne River when the deck gave way.', 1),
    );
    expect(entries(d, 'count')).toEqual([['Four cars plunged', 'three cars']]);
  });
  it('control: cars that went into the water are not cars parked on the bank', () => {
    const d = story(
      span('The collapse sent three cars into the water, police said.'),
      span('Four cars parked on the bank were damaged by debris.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe("a thing told as one of a number counts the subject's noun (fact:count-one-of)", () => {
  it('sets `The ticket was one of 31 million sold` against `About 36 million tickets were sold`', () => {
    const d = story(
      draw('The ticket was one of 31 million sold for the draw.'),
      draw('About 36 million tickets were sold for the draw.', 1),
    );
    expect(entries(d, 'count')).toEqual([['31 million sold', '36 million tickets']]);
  });
  it('control: a number of tickets told without `one of` is not read as tickets', () => {
    const d = story(
      draw('Sales reached 31 million sold by Friday night.'),
      draw('About 36 million tickets were sold for the draw.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

const heist = (line: string, outlet = 0) =>
  [
    `Paintings stolen from Dravik gallery\nNovember 14, 2047\nThieves broke into the Dravik City Gallery early on Sunday, police said.\n${line}\nThe gallery will stay closed this week.`,
    `Raid at Dravik City Gallery\nNovember 14, 2047\nThe Dravik City Gallery was robbed before dawn on Sunday.\n${line}\nDetectives are studying camera footage.`,
  ][outlet]!;

describe('paintings are works of art, however an outlet counts them (fact:count-artworks)', () => {
  it('sets `stole five paintings by Ilse Moran` against `Six works by Ilse Moran were taken`', () => {
    const d = story(
      heist('The thieves stole five paintings by Ilse Moran from the upper hall.'),
      heist('Six works by Ilse Moran were taken from the upper hall.', 1),
    );
    expect(entries(d, 'count')).toEqual([['Six works', 'five paintings']]);
  });
  it('control: works crews are not works of art', () => {
    const d = story(
      heist('The thieves stole five paintings by Ilse Moran from the upper hall.'),
      heist('Six works crews were sent to repair the upper hall.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('traffic grounded, halted, suspended or disrupted is one stoppage (fact:duration-stoppage)', () => {
  it('sets `disrupted air travel for five days` against `grounded flights for nine days` (an earlier eruption)', () => {
    const d = story(
      ash('The volcano last erupted in 2031, when ash disrupted air travel for five days.'),
      ash('The last eruption, in 2031, grounded flights for nine days.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([['five days', 'nine days']]);
  });
  it('control: a stoppage is not a span of anything else', () => {
    const d = story(
      ash('The volcano last erupted in 2031, when ash disrupted air travel for five days.'),
      ash('The last eruption, in 2031, sent ash over the island for nine days.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([]);
  });
});

describe('a year set off by commas, or a `when` clause on a year, dates the rest of its clause (fact:period-year-set-off)', () => {
  it("leaves `The last eruption, in 2031, grounded flights for nine days` apart from the story's own three days", () => {
    const d = story(
      ash('The ash has grounded flights for three days, airlines said.'),
      ash('The last eruption, in 2031, grounded flights for nine days.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration'))).toEqual([]);
  });
  it('control: a weekday set off by commas dates nothing earlier', () => {
    const d = story(
      ash('The ash has grounded flights for three days, airlines said.'),
      ash('The eruption, on Wednesday, grounded flights for nine days.', 1),
    );
    expect(entries(d, 'quantity').concat(entries(d, 'duration')).length).toBe(1);
  });
});

describe('weekdays of one event to come, told the same day, are the next such days (date:weekday-ahead-same-day, date:bound-of-verb)', () => {
  it('sets `will stay closed until Saturday` against `will remain shut until Sunday`', () => {
    const d = story(
      ash('Dunvik airport will stay closed until Saturday, officials said.'),
      ash('Dunvik airport will remain shut until Sunday.', 1),
    );
    expect(entries(d, 'date')).toEqual([['Saturday', 'Sunday']]);
  });
  it('sets `closed until at least Saturday` against `shut until at least Sunday`', () => {
    const d = story(
      ash('Dunvik airport will stay closed until at least Saturday, officials said.'),
      ash('Dunvik airport will remain shut until at least Sunday.', 1),
    );
    expect(entries(d, 'date')).toEqual([['Saturday', 'Sunday']]);
  });
  it('control: the same weekday to come agrees', () => {
    const d = story(
      ash('Dunvik airport will stay closed until Saturday, officials said.'),
      ash('Dunvik airport will remain shut until Saturday.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: a closing and a reopening are two events', () => {
    const d = story(
      ash('Dunvik airport will stay closed until at least Saturday, officials said.'),
      ash('Dunvik airport will reopen on Sunday.', 1),
    );
    expect(entries(d, 'date')).toEqual([]);
  });
});

const grid = (line: string, outlet = 0) =>
  [
    `Blackout hits Marrowdale\nJanuary 20, 2054\nAbout 900,000 homes in Marrowdale lost power on Monday evening, grid operator Tessnet said.\n${line}\nPower was back by midnight.`,
    `Marrowdale in the dark\nJanuary 20, 2054\nA fault cut power to about 900,000 homes in Marrowdale on Monday.\n${line}\nThe regulator asked for a report.`,
  ][outlet]!;

describe("an owner's possessive stops at the sentence before (role:owner-after-stop)", () => {
  it("sets `Tessnet chief executive Ilan Varga` against `... near Oster. Tessnet's chief operating officer, Ilan Varga,`", () => {
    const d = story(
      grid('Tessnet chief executive Ilan Varga apologised to customers.'),
      grid(
        "Some 200 passengers were led out of a train near Oster.\nTessnet's chief operating officer, Ilan Varga, said a cable had failed.",
        1,
      ),
    );
    expect(entries(d, 'role').length).toBe(1);
  });
  it('control: the same post after a sentence ending in a place agrees', () => {
    const d = story(
      grid('Tessnet chief executive Ilan Varga apologised to customers.'),
      grid(
        "Some 200 passengers were led out of a train near Oster.\nTessnet's chief executive, Ilan Varga, said a cable had failed.",
        1,
      ),
    );
    expect(entries(d, 'role')).toEqual([]);
  });
});

describe('a chief inspector is the rank above an inspector; a detective inspector is an inspector (role:chief-inspector)', () => {
  it('sets `Chief Inspector Jana Roth` against `Detective Inspector Jana Roth`', () => {
    const d = story(
      heist('Chief Inspector Jana Roth said the raid lasted five minutes.'),
      heist('Detective Inspector Jana Roth said two men were seen leaving.', 1),
    );
    expect(entries(d, 'role')).toEqual([['Chief Inspector', 'Detective Inspector']]);
  });
  it('control: `Detective Inspector` and `Inspector` are one rank', () => {
    const d = story(
      heist('Inspector Jana Roth said the raid lasted five minutes.'),
      heist('Detective Inspector Jana Roth said two men were seen leaving.', 1),
    );
    expect(entries(d, 'role')).toEqual([]);
  });
});
