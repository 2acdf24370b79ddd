import { describe, expect, it } from 'vitest';
import { story, entries } from '../invented.fixture.js';

/**
 * A halted drug trial, a cruise-ship outbreak, a solo sailor's voyage (h-disc48). Fictional
 * firms, ships and people; each outlet's other lines its own (a line every outlet runs word for
 * word is boilerplate).
 */
const trial = (line: string, outlet = 0) =>
  [
    `Trial of kidney drug halted\nMay 6, 2050\nA trial of the kidney drug Nephrix was halted on Tuesday, its maker Oskel Bio said.\n${line}\nShares in Oskel fell sharply.`,
    `Oskel stops Nephrix study\nMay 6, 2050\nOskel Bio stopped its study of Nephrix after patients fell ill.\n${line}\nRegulators have been told.`,
  ][outlet]!;

describe('an unnamed person who died (fact:age-died)', () => {
  it('sets `A 58-year-old patient died` against `A patient aged 54 died`', () => {
    const d = story(
      trial('A 58-year-old patient died last month.'),
      trial('A patient aged 54 died in April after liver failure.', 1),
    );
    expect(entries(d, 'age').map((e) => [...e].sort())).toEqual([['54', '58']]);
  });
  it('control: a patient who died is not a patient who recovered', () => {
    const d = story(
      trial('A 58-year-old patient died last month.'),
      trial('A patient aged 54 recovered in April after liver failure.', 1),
    );
    expect(entries(d, 'age')).toEqual([]);
  });
});
