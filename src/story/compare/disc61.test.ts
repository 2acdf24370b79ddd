import { describe, expect, it } from 'vitest';
import { story } from '../invented.fixture.js';

/** The texts of every value of every discrepancy entry of a dossier. */
const values = (d: ReturnType<typeof story>): string[] =>
  d.discrepancies.flatMap((x) => x.values.map((v) => v.text));

/**
 * Phenomena of news language the discrepancy finder did not read (h-disc61), found on invented
 * three-outlet stories of genres nobody tuned on. Fictional places and people throughout.
 */

describe('a level a figure is brought to (fact:number-of-brought)', () => {
  const first = `Flood swamps Dellow valley\nDELLOW, April 3, 2052 - Floodwater entered 40 farmhouses in the Dellow valley on Monday, officials said.\nThe river burst its banks after three days of rain.`;
  it('sets `bringing to 55 the number of farmhouses` of a later report against 40 farmhouses', () => {
    const d = story(
      first,
      `More homes flooded in Dellow\nDELLOW, April 4, 2052 - The river rose again on Tuesday, bringing to 55 the number of farmhouses flooded in the Dellow valley, officials said.`,
    );
    expect(values(d)).toEqual(expect.arrayContaining(['55']));
  });
  it('reads `bringing the number of farmhouses in the valley to 55` alike', () => {
    const d = story(
      first,
      `More homes flooded in Dellow\nDELLOW, April 4, 2052 - The river rose again on Tuesday, bringing the number of farmhouses in the valley to 55, officials said.`,
    );
    expect(values(d)).toEqual(expect.arrayContaining(['55']));
  });
  it('control: a level brought to the same figure agrees', () => {
    const d = story(
      first,
      `Dellow flood recedes\nDELLOW, April 4, 2052 - The water fell on Tuesday, bringing the number of farmhouses still flooded in the valley to 40, officials said.`,
    );
    expect(values(d)).not.toContain('40');
  });
});
