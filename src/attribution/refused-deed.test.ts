/**
 * Stop 56: `refused-deed`. Going without (`refused food`, `refused treatment`, `refusing to eat`)
 * refuses no words, so its subject is no source. Fictional sentences; controls keep a refusal of
 * words a cue.
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

const cues = (text: string): Array<string | null> => found(text).map((a) => a[0] ?? null);

describe('stop 56: refused-deed', () => {
  it('food, treatment and staying put refused are deeds, not cues', () => {
    expect(found('Headline\nForty prisoners at Orm prison have refused food for 12 days.')).toEqual([]);
    expect(found('Headline\nThe patient refused treatment and left the hospital.')).toEqual([]);
    expect(found('Headline\nResidents refused to leave their homes as the water rose.')).toEqual([]);
  });
  it('control: a refusal of words or a claim stays a cue', () => {
    expect(cues('Headline\nThe minister refused to comment on the strike.')).toEqual(['refused']);
    expect(cues('Headline\nThe company refused the union’s claims of unsafe conditions.')).toEqual([
      'refused',
    ]);
  });
});
