import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 55's invented stories (a landslide, a lorry's spilled load, a jewellery shop robbery, a
 * yacht's crew rescued), keyed before their first run: what the first run missed. Fictional
 * places, people and figures throughout.
 */
const undated = (headline: string, lines: string): string => `${headline}\n${lines}`;

describe('what robbers held, between them and their act (fact:armed-before-verb)', () => {
  const raid = (a: string) =>
    entries(
      story(
        undated('Gang robs Velloni jewellers', `${a} The shop is in the old town of Velloni.`),
        undated(
          'Jewellers robbed in Velloni',
          'Three armed men robbed a jewellery shop in Velloni on Monday.',
        ),
      ),
      'count',
    );
  it('`Four men armed with hammers robbed` is set against `Three armed men robbed`', () => {
    expect(raid('Four men armed with hammers robbed the Sarto jewellery shop on Monday.')).toEqual([
      ['Four men armed', 'Three armed men robbed'],
    ]);
    expect(raid('Four men wearing balaclavas robbed the Sarto jewellery shop on Monday.')).toEqual([
      ['Four men wearing balaclavas', 'Three armed men robbed'],
    ]);
  });
  it('control: four men armed with knives were seen later, no act of theirs told', () => {
    expect(raid('Witnesses saw four men armed with knives near the station.')).toEqual([]);
  });
});

describe('the vehicles the story’s culprits came or went on (fact:vehicles-travelled)', () => {
  const raid = (a: string) =>
    entries(
      story(
        undated(
          'Gang robs Velloni jewellers',
          `Three men robbed a jewellery shop in Velloni on Monday. The men arrived on two motorbikes. ${a}`,
        ),
        undated('Velloni robbery', `Three men robbed a jewellery shop in Velloni on Monday. ${a}`),
      ),
      'count',
    );
  const other = (b: string) =>
    entries(
      story(
        undated(
          'Gang robs Velloni jewellers',
          'Three men robbed a jewellery shop in Velloni on Monday. The men arrived on two motorbikes.',
        ),
        undated('Velloni robbery', `Three men robbed a jewellery shop in Velloni on Monday. ${b}`),
      ),
      'count',
    );
  it('`fled on three motorbikes` is set against `arrived on two motorbikes`', () => {
    expect(other('The gang fled on three motorbikes.')).toEqual([['three motorbikes', 'two motorbikes']]);
    expect(other('Police said the robbers sped off on three motorbikes.')).toEqual([
      ['three motorbikes', 'two motorbikes'],
    ]);
  });
  it("control: police's own vehicles, and vehicles found later, are other counts", () => {
    expect(other('Police arrived on three motorbikes minutes later.')).toEqual([]);
    expect(other('Police later found three motorbikes abandoned in a forest.')).toEqual([]);
    expect(raid('')).toEqual([]);
  });
});

describe('what thieves took, told by its worth (fact:sum-of-loot)', () => {
  const raid = (a: string) =>
    entries(
      story(
        undated(
          'Gang robs Velloni jewellers',
          'Three men robbed a jewellery shop in Velloni on Monday, escaping with watches and rings worth about 400,000 euros.',
        ),
        undated('Velloni robbery', `Three men robbed a jewellery shop in Velloni on Monday. ${a}`),
      ),
      'quantity',
    );
  it('`stole jewellery worth`, `made off with goods worth`, `were stolen` are set against it', () => {
    expect(raid('The robbers stole jewellery worth 600,000 euros, prosecutors said.')).toEqual([
      ['400,000 euros', '600,000 euros'],
    ]);
    expect(raid('They made off with goods worth 600,000 euros.')).toEqual([
      ['400,000 euros', '600,000 euros'],
    ]);
    expect(raid('Jewels worth 600,000 euros were stolen.')).toEqual([['400,000 euros', '600,000 euros']]);
  });
  it('control: the shop’s insurance, or goods police seized, are worth other sums', () => {
    expect(raid('Police seized watches worth 600,000 euros in a raid on a flat.')).toEqual([]);
    expect(raid('The shop holds stock worth 600,000 euros.')).toEqual([]);
  });
});
