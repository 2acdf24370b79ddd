import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';

const pair = (a: string, b: string): Dossier =>
  analyzeTexts([
    { location: 'one.txt', text: `Funds report\n\n${a}\n` },
    { location: 'two.txt', text: `Funds update\n\n${b}\n` },
  ]);
const counts = (d: Dossier): string[][] =>
  d.discrepancies.filter((x) => x.kind === 'count').map((x) => x.values.map((v) => v.text).sort());

describe('one against several: phrases saying whose or where the things are', () => {
  const d = (b: string) =>
    pair('A private Tarnovian financial institution released the frozen funds, officials said.', b);
  it('sets no Tarnovian institution against international ones (different things)', () => {
    expect(
      counts(d('International financial institutions released the frozen funds, officials said.')),
    ).toEqual([]);
    expect(counts(d('Foreign financial institutions released the frozen funds, officials said.'))).toEqual(
      [],
    );
  });
  it('still sets one Tarnovian institution against several Tarnovian ones (control)', () => {
    expect(counts(d('Tarnovian financial institutions released the frozen funds, officials said.'))).toEqual([
      ['A private Tarnovian financial institution', 'Tarnovian financial institutions'],
    ]);
  });
});

// Invented stories: a church fire's damage, a coach's extensions, a chase by police officers.
describe('one against several: amounts, a second one, one of several', () => {
  it('reads `a million dollars` as an amount, not one damage', () => {
    expect(
      counts(
        pair(
          'The church fire caused a million dollars damage, the fire chief said.',
          'The church fire caused an estimated $1 million fire damages, the fire chief said.',
        ),
      ),
    ).toEqual([]);
  });
  it('takes an outlet telling of another one as telling of several', () => {
    expect(
      counts(
        pair(
          'Coach Ana Pirelli was given a one-year contract extension in May and another one-year extension in October.',
          'Coach Ana Pirelli was given two one-year contract extensions this year.',
        ),
      ),
    ).toEqual([]);
  });
  // A hit-and-run: one outlet tells of the officer who chased the car, another of two officers.
  const chase = (second: string): Dossier =>
    analyzeTexts(
      [
        'Driver held after hit-and-run in Dunmore\nA woman was killed by a hit-and-run driver in Dunmore on Friday night.\nA police officer who was parked nearby on Fenner Street saw the crash and chased the car for several blocks.\n',
        `Dunmore hit-and-run driver charged\nA woman was killed by a hit-and-run driver in Dunmore on Friday night.\n${second}\n`,
      ].map((text, i) => ({ location: `chase-${i + 1}.txt`, text })),
    );
  it('takes `one of the officers` as the one officer another outlet tells of (count:one-of-them)', () => {
    expect(
      counts(
        chase(
          'Two police officers parked nearby on Fenner Street saw the crash, and one of the officers chased the car for several blocks.',
        ),
      ),
    ).toEqual([]);
  });
  it('control: one prior conviction against three is still a discrepancy', () => {
    expect(
      counts(
        pair(
          'The driver, Carl Hesketh, had a prior drunk-driving conviction, court records show.',
          'The driver, Carl Hesketh, had three prior drunk-driving convictions, court records show.',
        ),
      ),
    ).toEqual([['a prior drunk-driving conviction', 'three prior drunk-driving convictions']]);
  });
  it('control: one police officer against two, with no `one of them`, is still a discrepancy', () => {
    expect(
      counts(
        chase(
          'Two police officers parked nearby on Fenner Street saw the crash, and the two officers chased the car for several blocks.',
        ),
      ),
    ).toHaveLength(1);
  });
});
