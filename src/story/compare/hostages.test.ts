import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';

// A bank siege told by two outlets. Invented story.
const story = (a: string, b: string): Dossier =>
  analyzeTexts(
    [`Corvel bank siege ends\n\n${a}\n`, `Siege over in Corvel\n\n${b}\n`].map((text, i) => ({
      location: `siege-${i + 1}.txt`,
      text,
      known: { language: 'en' },
    })),
  );
const counts = (d: Dossier): string[][] =>
  d.discrepancies
    .filter((x) => x.kind === 'count' || x.kind === 'update')
    .map((x) => x.values.map((v) => v.text).sort());

describe('hostages taken and hostages freed (event take; a verb over `the last`)', () => {
  it('sets no count of hostages taken against the last ones freed', () => {
    expect(
      counts(
        story(
          'A gunman who took 14 people hostage at a bank in Corvel on Wednesday was arrested.',
          'Police stormed a Corvel bank on Wednesday night and freed the last six hostages held by a gunman.',
        ),
      ),
    ).toEqual([]);
  });
  it('control: two counts of the hostages freed are set against each other', () => {
    expect(
      counts(
        story(
          'Police stormed a Corvel bank on Wednesday night and freed the last five hostages held by a gunman.',
          'Police stormed a Corvel bank on Wednesday night and freed the last six hostages held by a gunman.',
        ),
      ),
    ).toHaveLength(1);
  });
});
