import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// A mayoral race: one outlet gives the winner's votes, another her margin. Invented story.
const story = (second: string) =>
  analyzeTexts(
    [
      'Lind wins Varn race\n\nVARN - Council member Ada Lind won the race for mayor of Varn on Tuesday.\nLind received 41,200 votes to 35,100 for her opponent, Tomas Reyes.\n',
      `Lind elected\n\nAda Lind was elected mayor of Varn on Tuesday.\n${second}\n`,
    ].map((text, i) => ({ location: `race-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const counts = (d: ReturnType<typeof analyzeTexts>) =>
  d.discrepancies.filter((x) => x.kind === 'count').map((x) => x.values.map((v) => v.text).sort());

describe("a winner's margin (fact:count-margin)", () => {
  it('is not set against the votes the winner received', () => {
    expect(counts(story('Lind won the race, beating Tomas Reyes by about 6,000 votes.'))).toEqual([]);
    expect(counts(story('Lind won the race by a margin of 6,100 votes over Tomas Reyes.'))).toEqual([]);
  });
  it('control: another count of her votes is', () => {
    expect(counts(story('Lind won the race with 40,200 votes, beating Tomas Reyes.'))).toEqual([
      ['40,200 votes', '41,200 votes'],
    ]);
  });
});
