import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// A break-in's alarm: outlets give the time it went off, each with its own verb. Invented story.
const story = (articles: string[]) =>
  analyzeTexts(
    articles.map((text, i) => ({ location: `gallery-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const times = (d: ReturnType<typeof analyzeTexts>) =>
  d.discrepancies.filter((x) => x.kind === 'time').map((x) => x.note);

describe('the time an alarm went off (moment at:alarm)', () => {
  it('sets two times of the alarm against each other, told with different verbs', () => {
    const d = story([
      'Gallery robbed\n\nThieves broke into the Lanfrey Gallery on Tuesday night and took four paintings.\nThe alarm went off at 11:40 p.m., police said.\n',
      'Paintings stolen\n\nFour paintings were stolen from the Lanfrey Gallery on Tuesday night.\nPolice said the alarm sounded at 10:40 p.m.\n',
    ]);
    expect(times(d)).toHaveLength(1);
    expect(times(d)[0]).toMatch(
      /^outlets give different time of day: (?:11:40 p\.m\. vs 10:40|10:40 p\.m\. vs 11:40) p\.m\.$/,
    );
  });
  it('control: the alarm and the break-in are two moments, their times not compared (before, both read as the event)', () => {
    const d = story([
      'Gallery robbed\n\nThieves broke into the Lanfrey Gallery on Tuesday night and took four paintings.\nThe alarm went off at 11:40 p.m., police said.\n',
      'Paintings stolen\n\nFour paintings were stolen from the Lanfrey Gallery on Tuesday night.\nPolice said the thieves broke in at 10:40 p.m.\n',
    ]);
    expect(times(d)).toEqual([]);
  });
});
