import { describe, expect, it } from 'vitest';
import { alignUnits, type ClaimUnit } from './align.js';
import { claimUnit } from './brief-units.fixture.js';

/** A unit of document `doc` with the given (already weighted) features (see `claimUnit`). */
const unit = (doc: number, features: Record<string, number>, names: readonly string[] = []): ClaimUnit => ({
  ...claimUnit(doc, 3, Object.keys(features).join(' '), features, names),
  start: 0,
  end: 10,
});

// A fictional story: three outlets report that the club Harbour City sacked its coach, Marta
// Velin, after a poor start to the season; three tell, further down, that its striker Jonas
// Brekke has made a poor start to the season too. A seventh sentence, of a fourth outlet, tells
// the sacking in the words of both (`Harbour City fired Marta Velin after a poor start to the
// season`).
const velin = ['velin', 'marta', '@person:marta-velin'];
const brekke = ['brekke', 'jonas', '@person:jonas-brekke'];
const sacked = [0, 1, 2].map((d) =>
  unit(
    d,
    { sacked: 1, coach: 1, poor: 0.2, start: 0.2, season: 0.2, velin: 1, '@person:marta-velin': 1 },
    velin,
  ),
);
const striker = [4, 5, 6].map((d) =>
  unit(
    d,
    { striker: 1, scored: 1, poor: 0.5, start: 0.5, season: 0.5, brekke: 1, '@person:jonas-brekke': 1 },
    brekke,
  ),
);
/** The groups holding unit `i` and some unit of `of`. */
const joins = (units: ClaimUnit[], i: number, of: readonly number[]): boolean =>
  alignUnits(units).some((g) => g.includes(i) && of.some((j) => g.includes(j)));
const STRIKER = [3, 4, 5];
const SACKED = [0, 1, 2];

describe('h-claims6: a second membership rests on a member naming the same people (claims:other-participant)', () => {
  it('a sentence naming one person does not join the claim of what happened to another on shared words', () => {
    // On main the sacking's sentence joined the striker's claim: `poor`, `start` and `season`
    // are two words of what happened shared with each of its members.
    const units = [
      ...sacked,
      ...striker,
      unit(
        3,
        { fired: 1, coach: 0.5, poor: 1, start: 1, season: 1, velin: 1, '@person:marta-velin': 1 },
        velin,
      ),
    ];
    expect(joins(units, 6, SACKED)).toBe(true);
    expect(joins(units, 6, STRIKER)).toBe(false);
  });

  it('control: a sentence naming no one is not told apart by who (it joins as before)', () => {
    const units = [...sacked, ...striker, unit(3, { fired: 1, coach: 0.5, poor: 1, start: 1, season: 1 })];
    expect(joins(units, 6, STRIKER)).toBe(true);
  });

  it('control: a sentence naming a person of the claim joins it', () => {
    const units = [
      ...sacked,
      ...striker,
      unit(
        3,
        {
          fired: 1,
          coach: 0.5,
          poor: 1,
          start: 1,
          season: 1,
          velin: 1,
          '@person:marta-velin': 1,
          brekke: 0.5,
          '@person:jonas-brekke': 0.5,
        },
        [...velin, ...brekke],
      ),
    ];
    expect(joins(units, 6, STRIKER)).toBe(true);
  });
});
