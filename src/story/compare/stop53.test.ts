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
