import { describe, expect, it } from 'vitest';
import { origins } from './who.fixture.js';

// h-who22 (issue 13, "who says it"): faults found on six invented multi-outlet stories (a boil-water
// notice, a fish-farm escape, a festival crush, a blackout, a zoo escape, an exam leak), each written
// as a general rule with a fictional pair (failing on main 6ea0a75) and a control.
// docs/origins.md, `2026-12-06, h-who22`.

describe('h-who22: a market`s operator is a source (`exchange-source`)', () => {
  const first = 'Shares in Halvik Mining fell sharply on Tuesday after the ruling, the company said.';
  it('pair: `according to the Tarnby stock exchange`, `the Tarnby bourse`', () => {
    const stock = origins([first, 'Halvik shares fell 8% on Monday, according to the Tarnby stock exchange.']);
    expect(stock.filter((l) => /exchange/i.test(l))).toHaveLength(1);
    const bourse = origins([first, 'Halvik shares fell 8% on Monday, according to the Tarnby bourse.']);
    expect(bourse.filter((l) => /bourse/i.test(l))).toHaveLength(1);
  });
  it('control: an exchange rate or an exchange of letters is no source', () => {
    const texts = [
      first,
      'Halvik shares fell 8%, according to the exchange rate set on Monday.',
      'The deal was agreed after an exchange of letters, the company said.',
    ];
    expect(origins(texts).filter((l) => /exchange/i.test(l))).toEqual([]);
  });
});
