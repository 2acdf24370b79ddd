import { describe, expect, it } from 'vitest';
import { story, entries, factual } from '../invented.fixture.js';

/**
 * False alarms of news language the discrepancy finder raised (h-disc85): a whole told as the base
 * of a fifth or a tenth, the defence's and the prosecution's demands, a count told while the
 * search goes on. Fictional places and people; each outlet's other lines its own.
 */
const mill = (line: string, outlet = 0) =>
  [
    `Fire at Harrowgate paper mill\nJune 3, 2071\nA fire broke out at the Orrin paper mill in Harrowgate on Tuesday.\n${line}\nNo one was hurt.`,
    `Harrowgate mill evacuated after blaze\nJune 4, 2071\nThe Orrin paper mill in Harrowgate was evacuated on Tuesday after a fire in its drying hall.\n${line}`,
  ][outlet]!;

describe('a whole told as the base of a fifth or a tenth is not the part (fact:share-fifths-tenths)', () => {
  it("does not set `All 180 staff on the night shift` against `a fifth of the mill's 900 staff`", () => {
    const d = story(
      mill('All 180 staff on the night shift were evacuated safely, the company said.'),
      mill("About a fifth of the mill's 900 staff were on the night shift when the fire started.", 1),
    );
    expect(factual(d)).toEqual([]);
  });
  it('control: two counts of the staff evacuated still differ', () => {
    const d = story(
      mill('All 180 staff on the night shift were evacuated safely, the company said.'),
      mill('All 810 staff on the night shift were evacuated safely, the company said.', 1),
    );
    expect(factual(d)).toHaveLength(1);
  });
});

const sentenced = (line: string) =>
  `Corry gets nine years for charity theft\n3: 30 p. m. October 9, 2071\nA judge sentenced former treasurer Anselm Corry to nine years in prison on Thursday for stealing from a lifeboat charity.\n${line}`;
const appeal = (line: string) =>
  `Corry to appeal nine - year sentence\nOctober 12, 2071\nLawyers for Anselm Corry said on Monday they would appeal the nine - year prison term he received on Thursday.\n${line}`;

describe('a term the defence asked for is not the one the prosecution asked for (fact:term-sought-side)', () => {
  it("does not set the prosecution's `14 years` against `Corry ... had asked for a sentence of four years`", () => {
    const d = story(
      sentenced('Prosecutors had asked for 14 years.'),
      appeal('Corry, who turned 58 in May, had asked for a sentence of four years.'),
    );
    expect(entries(d, 'quantity')).toEqual([]);
  });
  it("control: two outlets' different prosecution demands still differ", () => {
    const d = story(
      sentenced('Prosecutors had asked for 14 years.'),
      appeal('Prosecutors had asked for 11 years.'),
    );
    expect(entries(d, 'quantity')).toEqual([['11 years', '14 years']]);
  });
});

const quarry = (line: string, outlet = 0) =>
  [
    `Landslide buries workers at Fennick quarry\nApril 2, 2071\nA landslide buried workers at a quarry near Fennick on Wednesday morning, officials said.\n${line}`,
    `Fennick quarry landslide: all workers found\nApril 2, 2071\nThe search at the Fennick quarry ended on Wednesday evening.\n${line}\nThe quarry has been closed.`,
  ][outlet]!;

describe('a count told while the search for more goes on is a count so far (fact:count-so-far-more-sought)', () => {
  it('does not set `had pulled four people out ... searching for up to six more` against a later `nine people`', () => {
    const d = story(
      quarry('Rescuers had pulled four people out alive and were searching for up to six more.'),
      quarry('Rescuers found nine people under the rubble.', 1),
    );
    expect(entries(d, 'count')).toEqual([]);
  });
  it('control: a count with no search going on still differs from another', () => {
    const d = story(
      quarry('Rescuers pulled four people out from under the rubble.'),
      quarry('Rescuers pulled nine people out from under the rubble.', 1),
    );
    expect(entries(d, 'count')).toEqual([['four people', 'nine people']]);
  });
});
