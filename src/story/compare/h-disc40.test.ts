import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * A ferry sinking, a hospital outbreak, a kidnapping, a plant explosion and a car recall, each
 * told by three outlets (h-disc40). Fictional places, craft, firms and people.
 */

describe('a car of a body type is a car (the `~vehicle` family)', () => {
  const first = `Carvell recalls cars\nFebruary 2, 2041\nCarvell Motors is recalling 412,000 cars because their airbags may fail, the company said.`;
  it('sets `421,000 Ostra sedans` against `412,000 cars`', () => {
    const d = story(
      first,
      `Carvell recall\nFebruary 2, 2041\nCarvell Motors said Wednesday it would recall 421,000 Ostra sedans with faulty airbags.`,
    );
    expect(entries(d, 'count')).toEqual([['412,000 cars', '421,000 Ostra sedans']]);
  });
  it('control: trucks are not cars', () => {
    const d = story(
      first,
      `Carvell recall\nFebruary 2, 2041\nCarvell Motors said Wednesday it would recall 421,000 Ostra trucks with faulty airbags.`,
    );
    expect(entries(d, 'count')).toEqual([]);
  });
});

describe('a sentence opening with an earlier period, no comma after it (fact:period-opening-no-comma)', () => {
  const first = `Carvell recalls cars\nFebruary 2, 2041\nCarvell Motors is recalling 412,000 cars over faulty airbags, the company said.`;
  const second = (opening: string) =>
    `Carvell recall\nFebruary 2, 2041\n${opening} Carvell Motors recalled 1.2 million cars over faulty brakes.`;
  it('does not set `Last year Carvell recalled 1.2 million cars` against this recall’s 412,000', () => {
    expect(entries(story(first, second('Last year')), 'count')).toEqual([]);
  });
  it('control: `This year` opens no earlier period', () => {
    expect(entries(story(first, second('This year')), 'count')).toEqual([
      ['1.2 million cars', '412,000 cars'],
    ]);
  });
});

describe('the people a craft was carrying are those aboard (fact:count-carried)', () => {
  const first = (verb: string) =>
    `Ferry sinks off Varro\nMay 18, 2039\nThe MV Talora ${verb} 312 passengers and crew when it capsized, the coast guard said.`;
  const second = `Varro ferry disaster\nMay 18, 2039\nThe ferry had 321 people on board when it capsized on Tuesday.`;
  it('sets `was carrying 312 passengers` against `321 people on board`', () => {
    expect(entries(story(first('was carrying'), second), 'count')).toEqual([
      ['312 passengers', '321 people'],
    ]);
  });
  it('control: what a craft may carry is its capacity (`was licensed to carry`), though passengers and crew', () => {
    expect(entries(story(first('was licensed to carry'), second), 'count')).toEqual([]);
  });
});

describe('a sentence opening with a toll of `them` (fact:toll-of-them-opening)', () => {
  const first = `Outbreak at St. Alder\nNovember 9, 2038\nA fungus has infected 14 patients at St. Alder Hospital in Brenmoor. Three patients have died, the hospital said.`;
  const second = (verb: string) =>
    `Brenmoor outbreak\nNovember 9, 2038\nNineteen patients at St. Alder Hospital in Brenmoor have been infected with a fungus. Four of them have ${verb}.`;
  it('sets `Four of them have died` against `Three patients have died`', () => {
    expect(entries(story(first, second('died')), 'count')).toContainEqual(['Four', 'Three patients']);
  });
  it('control: four of them who recovered are no toll', () => {
    expect(entries(story(first, second('recovered')), 'count').flat()).not.toContain('Four');
  });
});

describe('a group’s size with a qualifier before it (fact:count-of-group-qualified)', () => {
  const first = `Korrin final\nOctober 7, 2042\nA crowd of 75,000 watched the final at Korrin stadium on Saturday.`;
  const second = (n: string) =>
    `Korrin final\nOctober 7, 2042\nA crowd of about ${n} watched the final at Korrin stadium, officials said.`;
  it('sets `a crowd of about 58,000` against `a crowd of 75,000`', () => {
    expect(entries(story(first, second('58,000')), 'count')).toEqual([['58,000', '75,000']]);
  });
  it('control: `about 72,000` allows 75,000', () => {
    expect(entries(story(first, second('72,000')), 'count')).toEqual([]);
  });
});
