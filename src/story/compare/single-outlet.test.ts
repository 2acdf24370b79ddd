import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// A protest's crowd: one outlet words the organisers' figure its own way. Invented story.
const story = (third: string) =>
  analyzeTexts(
    [
      'Thousands march in Kessel\n\nKESSEL - About 80,000 people marched through Kessel on Saturday against pension cuts, police said.\nOrganisers said 120,000 had joined the march.\n',
      'Kessel protest\n\nTens of thousands of people marched in Kessel on Saturday to protest pension cuts.\nPolice put the crowd at 80,000; organisers said 120,000 had joined.\n',
      `Pension protest in Kessel\n\nSome 80,000 people took to the streets of Kessel on Saturday, according to police.\n${third}\n`,
    ].map((text, i) => ({ location: `protest-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const single = (d: ReturnType<typeof analyzeTexts>) =>
  d.discrepancies
    .filter((x) => x.kind === 'single-outlet')
    .map((x) =>
      d.documents
        .find((doc) => doc.id === x.values[0]!.doc)!
        .text.slice(x.values[0]!.start, x.values[0]!.end),
    );

describe('a statement only one outlet makes (single-outlet:own-facts)', () => {
  it('is no such statement when its figure is given by other outlets in other words', () => {
    expect(single(story('Organisers claimed 120,000 took part.'))).toEqual([]);
  });
  it('control: a figure no other outlet gives makes it one', () => {
    expect(single(story('Organisers claimed 150,000 took part.'))).toEqual([
      'Organisers claimed 150,000 took part.',
    ]);
  });
});
