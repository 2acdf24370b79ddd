import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';

// A church fire told by two outlets. Invented story.
const story = (third: string): Dossier =>
  analyzeTexts(
    [
      'Harlow church burns\n\nThe Harlow Bible Church may have been set on fire by an arsonist on Friday night, investigators say.\n',
      `Arson suspected at Harlow church\n\nFire badly damaged the Harlow Bible Church on Friday night.\n${third}\n`,
    ].map((text, i) => ({ location: `church-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const drift = (d: Dossier): string[][] =>
  d.discrepancies.filter((x) => x.kind === 'certainty').map((x) => x.values.map((v) => v.text));

// Leaving questions off both sides put one more certainty entry, and one more look-alike trap,
// into half B's entries (13 -> 14): dropped under the halves rule (docs/story-level.md, stop 37).
describe('a question asserts nothing (certainty:question-no-side, dropped)', () => {
  it.fails('is not set against a hedged statement', () => {
    expect(drift(story('Was the Harlow Bible Church fire deliberately set?'))).toEqual([]);
  });
  it('control: the same statement asserted is', () => {
    expect(drift(story('The Harlow Bible Church fire was deliberately set on Friday night.'))).toHaveLength(
      1,
    );
  });
});
