import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// A wildfire's containment, worded two ways by two outlets. Invented story.
const story = (second: string) =>
  analyzeTexts(
    [
      'Wildfire near Tessin\n\nTESSIN - A wildfire north of Tessin has burned 12,000 acres and is 20 percent contained, officials said on Tuesday.\n',
      `Tessin fire grows\n\nThe wildfire north of Tessin has burned 12,000 acres, officials said on Tuesday.\n${second}\n`,
    ].map((text, i) => ({ location: `fire-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const shares = (d: ReturnType<typeof analyzeTexts>) =>
  d.discrepancies.filter((x) => x.kind === 'quantity').map((x) => x.values.map((v) => v.text).sort());

describe('how much of a fire is contained (fact:percent-contained)', () => {
  it('sets `contained 25% of the blaze` against `20 percent contained`', () => {
    expect(shares(story('Crews have contained 25% of the blaze.'))).toEqual([['20 percent', '25%']]);
  });
  it('controls: the same share, and a share of something else, are no conflict', () => {
    expect(shares(story('Crews have contained 20% of the blaze.'))).toEqual([]);
    expect(shares(story('About 25% of the residents have left.'))).toEqual([]);
  });
});
