import { describe, expect, it } from 'vitest';
import { entries, tell } from './trial/read.js';

// Figures an outlet words its own way: a sum told by the verb that estimates it, a span of time
// told by a verb of the same act, the year a building was built. Invented places and people.
const story = (a: string, b: string) =>
  tell(
    ['Delmor warehouse fire', '', `Fire destroyed a warehouse in Delmor on Tuesday. ${a}`],
    ['Warehouse lost to fire', '', `A fire gutted a Delmor warehouse on Tuesday. ${b}`],
  );
const values = (d: ReturnType<typeof tell>): string[][] =>
  d.discrepancies
    .filter((x) => !['certainty', 'single-outlet', 'source'].includes(x.kind))
    .map((x) => [...new Set(x.values.map((v) => v.text))].sort());

describe('a sum a noun is estimated at or amounts to (fact:sum-noun-amounts)', () => {
  it('pair: `caused damage estimated at $4.2 million` against `Damage was put at $2.5 million`', () => {
    const d = story(
      'The fire caused damage estimated at $4.2 million.',
      'Damage from the fire was put at $2.5 million.',
    );
    expect(values(d)).toEqual([['$2.5 million', '$4.2 million']]);
    const d2 = story(
      'The fire caused damage that could reach $4.2 million.',
      'Damage from the fire was put at $2.5 million.',
    );
    expect(values(d2)).toEqual([['$2.5 million', '$4.2 million']]);
  });
  it('controls: one sum in both outlets, and sums of two nouns, are no entry', () => {
    expect(
      values(
        story(
          'The fire caused damage estimated at $4.2 million.',
          'Damage from the fire was put at $4.2 million.',
        ),
      ),
    ).toEqual([]);
    expect(
      values(
        story(
          'Losses totalled $2 million, the owner said.',
          'The owner put the value of the stock at $3 million.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a span of time of one act told by another verb (fought, battled, tackled)', () => {
  it('pair: `fought the blaze for six hours` against `battled the flames for four hours`', () => {
    const d = story(
      'Firefighters fought the blaze for six hours.',
      'Firefighters battled the flames for four hours.',
    );
    expect(values(d)).toEqual([['four hours', 'six hours']]);
  });
  it('control: a fight and a search of other lengths are two things', () => {
    const d = story(
      'Firefighters fought the blaze for six hours.',
      'Rescuers searched the ruins for four hours.',
    );
    expect(values(d)).toEqual([]);
  });
});

describe('the year a building was built, read once', () => {
  it('pair: `built in 1962` against `built in 1972` is one entry, not a date entry besides', () => {
    const d = story('The warehouse, built in 1962, was empty.', 'The building, built in 1972, was empty.');
    expect(values(d)).toEqual([['1962', '1972']]);
    expect(entries(d, 'date')).toEqual([]);
  });
  it('control: two years an event is dated in still disagree as dates', () => {
    const d = story('The owner bought it in 1998.', 'The owner bought the warehouse in 2001.');
    expect(entries(d, 'date').length).toBe(1);
  });
});
