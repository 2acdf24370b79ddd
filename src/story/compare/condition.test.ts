import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';

// A train derailment told by two outlets. Invented story.
const story = (a: string, b: string): Dossier =>
  analyzeTexts(
    [
      `Train derails near Corvel\n\nA passenger train derailed near Corvel on Sunday morning, killing three people and injuring 41, officials said.\n${a}\n`,
      `Corvel derailment kills three\n\nThree people died and 41 were injured when a train came off the tracks near Corvel on Sunday.\n${b}\n`,
    ].map((text, i) => ({ location: `train-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const counts = (d: Dossier): string[][] =>
  d.discrepancies
    .filter((x) => x.kind === 'count' || x.kind === 'update')
    .map((x) => x.values.map((v) => v.text).sort());

describe('people in a condition are counted by it (fact:count-in-condition)', () => {
  it('sets `seven of the injured are in critical condition` against `six people remain in critical condition`', () => {
    expect(
      counts(
        story(
          'Seven of the injured are in critical condition.',
          'Six people remain in critical condition, the rail operator said.',
        ),
      ),
    ).toEqual([['Seven', 'Six people remain'].sort()]);
  });
  it('control: the same number in that condition, and no condition set against the injured', () => {
    expect(
      counts(
        story(
          'Seven of the injured are in critical condition.',
          'Seven people remain in critical condition, the rail operator said.',
        ),
      ),
    ).toEqual([]);
  });
});
