import { describe, expect, it } from 'vitest';
import { claimOrigins, originLabels, tokenised } from './who.fixture.js';

// h-who41 (issue 13, "who says it"): fictional stories only; docs/origins.md, `Stop 57 (h-who41)`.

const HEAD = (site: string) =>
  `http: / / www. ${site}. com / 2040 / 05 / 12 / handball-fine\nHandball club fined\nMay 12, 2040\n`;

describe('h-who41: a body named in lower case only, then by its noun (`lower-case-body`)', () => {
  it('pair: `The national handball federation fined ...` then `The federation said` is one origin', () => {
    const d = tokenised(
      HEAD('nordwire') +
        'The national handball federation fined Lia IL 50, 000 crowns on Friday over a brawl in the stands.\n' +
        'The federation said in a statement that 12 fans were thrown out of the hall during the game on May 3.\n',
      HEAD('liaposten') +
        'Lia IL must pay 50, 000 crowns after a brawl in the stands, the national handball federation said.\n' +
        'According to the federation, 12 fans were thrown out of the hall during the game on May 3.\n',
    );
    const bodies = originLabels(d).filter((l) => /handball federation/i.test(l));
    expect(bodies).toHaveLength(1);
    const twelve = claimOrigins(d, /12 fans were thrown out/);
    expect(twelve.length).toBeGreaterThan(0);
    for (const o of twelve) expect(o.some((l) => /handball federation/i.test(l))).toBe(true);
  });
  it('pair: `the dairy company` introduced, then `The company said`', () => {
    const d = tokenised(
      HEAD('nordwire') +
        'The regional dairy company will close its cheese plant in Lia in June, cutting 45 jobs.\n' +
        'The company said sales of cheese had fallen 9 percent last year.\n',
      HEAD('liaposten') +
        'The regional dairy company is closing the Lia cheese plant in June.\n' +
        'Sales of cheese had fallen 9 percent last year, the company said.\n',
    );
    const nine = claimOrigins(d, /fallen 9 percent/);
    expect(nine.length).toBeGreaterThan(0);
    for (const o of nine) expect(o).toEqual([expect.stringMatching(/dairy company/i)]);
  });
  it('control: two different companies in one article leave `the company` unread', () => {
    const d = tokenised(
      HEAD('nordwire') +
        'A regional bus company and a ferry company said they would add late services in Lia.\n' +
        'The company said it would need six new drivers.\n',
      HEAD('liaposten') +
        'A regional bus company and a ferry company will add late services in Lia.\n' +
        'The company said it would need six new drivers.\n',
    );
    expect(originLabels(d).filter((l) => /\bcompany\b/i.test(l))).toEqual([]);
  });
  it('control: `the company` after a named company keeps the named one', () => {
    const d = tokenised(
      HEAD('nordwire') +
        'Dairy group Melkgard will close its cheese plant in Lia in June, cutting 45 jobs.\n' +
        'The dairy company said sales of cheese had fallen 9 percent last year.\n' +
        'The company said production would move to Bergvik.\n',
      HEAD('liaposten') +
        'Melkgard is closing the Lia cheese plant in June.\n' +
        'Production will move to Bergvik, Melkgard said.\n',
    );
    expect(originLabels(d).filter((l) => /dairy company/i.test(l))).toEqual([]);
    for (const o of claimOrigins(d, /move to Bergvik/)) expect(o).toContain('Melkgard');
  });
});
