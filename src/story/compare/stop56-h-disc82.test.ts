import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 56 (h-disc82): carry-over to invented stories of genres nobody tuned on (a container ship
 * losing containers in a storm, a fire destroying a mountain hut, a stolen painting recovered),
 * keyed before their first run. Fictional places, people and figures, in ECB+'s tokenised shape.
 */
describe('a span spent doing an act (fact:duration-spent-doing)', () => {
  const hut = (b: string) =>
    entries(
      story('Helicopters dropped water on the blaze for four hours, police in Kessel said.', b),
      'quantity',
    );
  it('`spent three hours dropping water` is the dropping`s span, set against four hours', () => {
    expect(hut('A helicopter crew spent three hours dropping water on the flames in Kessel.')).toEqual([
      ['four hours', 'three hours'],
    ]);
  });
  it('control: `spent three hours fighting the flames` is another act', () => {
    expect(hut('Firefighters spent three hours fighting the flames in Kessel.')).toEqual([]);
  });
});

describe('a mountain hut is a building whose year is told (fact:year-built, widened)', () => {
  const hut = (b: string) =>
    entries(story('The Kessel hut, built in 1931, was destroyed by fire on Sunday.', b), 'quantity');
  it('`The hut, built in 1933` conflicts with `built in 1931`', () => {
    expect(hut('A fire destroyed the Kessel hut on Sunday. The hut, built in 1933, had 30 beds.')).toEqual([
      ['1931', '1933'],
    ]);
  });
  it('control: `The hut, renovated in 1933` is no year of building', () => {
    expect(
      hut('A fire destroyed the Kessel hut on Sunday. The hut, renovated in 1933, had 30 beds.'),
    ).toEqual([]);
  });
});

describe('a word of a person`s name with its last consonant doubled and an `e` (name:person-doubled-ending)', () => {
  const director = (b: string) =>
    entries(story('Gallery director Mieke Van Damme said the panel was intact.', b), 'spelling');
  it('`Mieke Van Dam` / `Mieke Van Damme` is one name written two ways', () => {
    expect(director('Gallery director Mieke Van Dam said the work was only slightly damaged.')).toEqual([
      ['Mieke Van Dam', 'Mieke Van Damme'],
    ]);
  });
  it('control: `Joris Van Dam` (another first name) is another person', () => {
    expect(director('Detective Joris Van Dam said the work was only slightly damaged.')).toEqual([]);
  });
});

describe('a second count joined to the first before their verb (fact:count-and-count-verb)', () => {
  const guests = (a: string) =>
    entries(story(a, 'The fire forced 29 guests to flee the Kessel hut on Sunday.'), 'count');
  it('`All 27 guests and three staff were evacuated` counts the guests evacuated, against 29', () => {
    expect(guests('All 27 guests and three staff were evacuated from the Kessel hut on Sunday.')).toEqual([
      ['27 guests', '29 guests'],
    ]);
  });
  it('control: `All 29 guests and three staff were evacuated` agrees', () => {
    expect(guests('All 29 guests and three staff were evacuated from the Kessel hut on Sunday.')).toEqual([]);
  });
});
