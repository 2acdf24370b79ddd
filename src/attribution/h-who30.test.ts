/**
 * h-who30 (issue 13, "who says it"): a witness described by a relative clause before the cue
 * (docs/origins.md, `Stop 51 (h-who30)`). Fictional sentences only.
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-who30: `A nurse who was on shift at the home said` (`witness-clause`)', () => {
  it('pair: the person the clause describes speaks, the clause with them', () => {
    const got = found('Headline\nA nurse who was on shift at the home said staff had worked by torchlight.');
    expect(got.find((a) => a[0] === 'said')?.[1]).toBe('A nurse who was on shift at the home');
  });
  it('pair: a present in -s opens the clause, and `told` has the same subject', () => {
    const got = found('Headline\nA man who lives below the weir told the Velmar Post he heard a crack.');
    expect(got.find((a) => a[0] === 'told')?.[1]).toBe('A man who lives below the weir');
  });
  it('control: `A man who officials said was armed`: the officials speak, not a clause of the man', () => {
    const got = found('Headline\nA man who officials said was armed was arrested on Friday.');
    expect(got.find((a) => a[0] === 'said')?.[1]).not.toMatch(/^A man who/);
  });
});
