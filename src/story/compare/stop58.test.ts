import { describe, expect, it } from 'vitest';
import { entries, story } from '../invented.fixture.js';

/**
 * Stop 58 (main): discrepancies of stories never seen. Fictional places, people and figures,
 * in ECB+'s tokenised shape where the case needs it.
 */
describe('what a place holds is its population (fact:count-held)', () => {
  const escape =
    'Three inmates flee Dorrel jail\nJune 6, 2031\nDORREL, Amsenia - Three inmates escaped from Dorrel jail on Thursday night, officials said.\nPolice are searching the woods.';
  it('`Three inmates escaped` / later `the jail holds 640 inmates`: no update of one count', () => {
    const d = story(
      escape,
      'Two Dorrel escapees caught\nJune 8, 2031\nDORREL, Amsenia - Police caught two of the men on Saturday.\nThe jail holds 640 inmates, the ministry said.',
    );
    expect([...entries(d, 'update'), ...entries(d, 'count')]).toEqual([]);
  });
  it('so does `is home to` (a camp and the refugees who left it)', () => {
    const d = story(
      'Forty refugees leave Harl camp\nJune 6, 2031\nHARL, Amsenia - Forty refugees left the Harl camp on Thursday for the capital, officials said.',
      'Harl camp strained\nJune 8, 2031\nHARL, Amsenia - The camp is home to some 9,000 refugees, aid workers said on Saturday.',
    );
    expect([...entries(d, 'update'), ...entries(d, 'count')]).toEqual([]);
  });
  it('control: two populations of one jail told differently still conflict', () => {
    const d = story(
      `${escape}\nThe jail holds 640 inmates.`,
      'Dorrel jailbreak\nJune 6, 2031\nDORREL, Amsenia - Three men broke out of Dorrel jail on Thursday night.\nThe jail holds 910 inmates, a guard said.',
    );
    expect(entries(d, 'count')).toEqual([['640 inmates', '910 inmates']]);
  });
  it('control: people held by someone (`police held 12 people`) are no population', () => {
    const d = story(
      'Raid in Dorrel\nJune 6, 2031\nDORREL, Amsenia - Police held 12 people after a raid on Thursday, officials said.',
      'Dorrel raid\nJune 6, 2031\nDORREL, Amsenia - Police held 15 people after a raid on Thursday.',
    );
    expect(entries(d, 'count')).toEqual([['12 people', '15 people']]);
  });
});
