/**
 * h-who27 (issue 13, "who says it"): a news organisation credited after a speaker's cue
 * (docs/origins.md, `2026-12-06, h-who27`). Fictional sentences only.
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-who27: `"...," the lawyer said, Pressline reported.` (`credit-after-speaker`)', () => {
  it('pair: `reported` has its own subject, the news organisation, and reports the quotation with its speaker', () => {
    const got = found(
      'Headline\n"My client was threatened for months," the lawyer said, Pressline reported.',
    );
    expect(got.find((a) => a[0] === 'said')?.[1]).toBe('the lawyer');
    expect(got.find((a) => a[0] === 'reported')?.slice(1, 2)).toEqual(['Pressline']);
    expect(got.find((a) => a[0] === 'reported')?.[3]).toBe('attribution:credit-after-speaker');
  });
  it('control: a participle after the speaker`s cue goes on with that speaker', () => {
    const got = found('Headline\n"My client was threatened," the lawyer said, adding that he would appeal.');
    expect(got.find((a) => a[0] === 'adding')?.[1]).toBe('the lawyer');
    expect(got.some((a) => a[3] === 'attribution:credit-after-speaker')).toBe(false);
  });
});
