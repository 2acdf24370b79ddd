import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/** A takeover told by three outlets: the premium, the savings (stop 38). Fictional. */
const sums = (d: ReturnType<typeof story>) =>
  d.discrepancies
    .filter((x) => x.kind === 'quantity' || x.kind === 'update')
    .map((x) => [...new Set(x.values.map((v) => v.text))].sort());

const first = `Halvo Chips to buy Tessel for $4.6 billion
July 21, 2031
Halvo Chips agreed on Monday to buy rival chipmaker Tessel Systems for $32 a share, a premium of 28 percent over Tessel's closing price on Friday.
Halvo said the deal would save $400 million a year by 2034.`;

describe('a percentage more than a last close is a premium (fact:percent-price-against)', () => {
  const other = (pct: number) =>
    `Halvo strikes deal for Tessel\nJuly 21, 2031\nTessel investors will receive $32 per share, ${pct} percent more than the stock's last close.`;
  it('sets `30 percent more than the stock’s last close` against `a premium of 28 percent`', () => {
    expect(sums(story(first, other(30)))).toEqual([['28 percent', '30 percent']]);
  });
  it('control: the same premium agrees', () => {
    expect(sums(story(first, other(28)))).toEqual([]);
  });
});

describe('savings told by the verb or by `annual ... of` (fact:rate-before)', () => {
  const other = (sum: number) =>
    `Tessel shares jump\nJuly 21, 2031\nHalvo expects annual savings of $${sum} million within three years, its chief executive told analysts.`;
  it('sets annual savings of $350 million against saving $400 million a year', () => {
    expect(sums(story(first, other(350)))).toEqual([['$350 million', '$400 million']]);
  });
  it('control: the same savings agree', () => {
    expect(sums(story(first, other(400)))).toEqual([]);
  });
});
