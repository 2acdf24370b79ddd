/**
 * h-who31 (issue 13, "who says it"): a titled name and its apposition before the cue (docs/origins.md,
 * `Stop 52 (h-who31)`). Fictional sentences only.
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-who31: `Dock worker Lars Eide, 44, said the ship came in too fast` (`titled-name-apposition`)', () => {
  it('pair: the titled name before the age speaks, what follows the cue is what was said', () => {
    const got = found('Headline\nDock worker Lars Eide, 44, said the ship came in far too fast.');
    const said = got.find((a) => a[0] === 'said');
    expect(said?.[1]).toBe('Dock worker Lars Eide');
    expect(said?.[2]).toBe('the ship came in far too fast');
  });
  it('pair: tokenised, with the quotation set apart', () => {
    const got = found(
      "Headline\nBig cat expert Linnea Vos, a keeper for 20 years, said the cat `` ran off ''.",
    );
    expect(got.find((a) => a[0] === 'said')?.[1]).toBe('Big cat expert Linnea Vos');
  });
  it('control: a clause before the comma is no subject (`Rain hit Lars Eide, ...`)', () => {
    const got = found(
      'Headline\nHeavy rain soaked Lars Eide, the ship came in far too fast, officials said.',
    );
    expect(got.find((a) => a[0] === 'said')?.[1]).not.toMatch(/Lars Eide/);
  });
});
