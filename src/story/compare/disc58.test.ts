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
