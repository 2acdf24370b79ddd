import { describe, expect, it } from 'vitest';
import { entries, tell } from './trial/read.js';

// A story names people it does not name by their trade, office or kin (`the caretaker, 61,`, `a
// 58-year-old watchman`): their ages are compared as one person's across outlets (`AGED`,
// `aged` in facts.ts); words for anyone of a crowd (`a neighbour, 45,`) are told apart by what
// befell them (ANYONE). Invented places and people.
describe('ages of people named by their trade or by a compound of -man', () => {
  const fire = (a: string, b: string) =>
    tell(
      ['Delmor warehouse fire', '', `Fire destroyed a warehouse in Delmor on Tuesday. ${a}`],
      ['Warehouse lost to fire', '', `A fire gutted a Delmor warehouse on Tuesday. ${b}`],
    );
  it('pair: the watchman, 58, and the watchman, 63, are one person of two ages', () => {
    const d = fire(
      'A night watchman, 58, was taken to hospital with burns.',
      'The watchman, 63, suffered burns and was taken to hospital.',
    );
    expect(entries(d, 'age')).toEqual([['58 (1)', '63 (2)']]);
  });
  it('pair: a caretaker of two ages, one written as an adjective', () => {
    const d = fire(
      'The caretaker, 61, was treated for smoke inhalation.',
      'A 66-year-old caretaker was treated for smoke.',
    );
    expect(entries(d, 'age')).toEqual([['61 (1)', '66 (2)']]);
  });
  it('control: one age in both outlets is no entry', () => {
    const d = fire(
      'A night watchman, 58, was taken to hospital.',
      'A 58-year-old watchman was treated for burns.',
    );
    expect(entries(d, 'age')).toEqual([]);
  });
  it('control: two neighbours quoted are two people, and a vessel is no person', () => {
    const d = fire(
      '“It was terrifying,” said a neighbour, 45, who lives across the street. A 40-year-old trawler was moored nearby.',
      '“We saw flames,” said a neighbour, 72, who called the fire brigade. A 35-year-old trawler was moored nearby.',
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});
