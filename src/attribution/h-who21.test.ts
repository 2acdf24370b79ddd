/**
 * h-who21 (issue 13, "who says it"): who says it, on invented stories. Each rule has a fictional
 * case that failed on main d6bd39b and a control (docs/origins.md, `2026-12-06, h-who21`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

const cues = (text: string): Array<Array<string | null>> => found(text).map((a) => a.slice(0, 2));

describe('h-who21: `reports to` an office is a line of command (`reports-to-office`)', () => {
  it('pair: `who reports to the mayor`, `reports directly to chief executive Arne Vold` say nothing', () => {
    expect(cues('Headline\nNina Berg, who reports to the mayor, said staff numbers were fine.')).toEqual([
      ['said', 'Nina Berg'],
    ]);
    expect(cues('Headline\nThe new director will report directly to the board of Kolbe.')).toEqual([]);
    expect(cues('Headline\nIts finance director reports to chief executive Arne Vold.')).toEqual([]);
  });
  it('control: `reported to the mayor that`, `reports to the board that` tell', () => {
    expect(cues('Headline\nNina Berg reported to the mayor that staff numbers were fine.')).toEqual([
      ['reported', 'Nina Berg'],
    ]);
    expect(cues('Headline\nKvist reports to the board that sales fell.')).toEqual([['reports', 'Kvist']]);
  });
});
