import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// A cup semi-final's crowd, told as `a crowd of` by one outlet and `the attendance was` by
// another. Invented story.
const story = (second: string) =>
  analyzeTexts(
    [
      'Harwick reach final\n\nHarwick City beat Dunmore Rovers 3-1 on Saturday to reach the cup final.\nA crowd of 18,400 watched at Castle Park.\n',
      `Brandt double for Harwick\n\nLeo Brandt scored two goals as Harwick City beat Dunmore Rovers 3-1 on Saturday.\n${second}\n`,
    ].map((text, i) => ({ location: `cup-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const counts = (d: ReturnType<typeof analyzeTexts>) =>
  d.discrepancies.filter((x) => x.kind === 'count').map((x) => x.values.map((v) => v.text).sort());

describe('a crowd told after a verb of being (fact:count-of-group-was)', () => {
  it('sets `the attendance was 18,040` against `a crowd of 18,400`', () => {
    expect(counts(story('The attendance at Castle Park was 18,040.'))).toEqual([['18,040', '18,400']]);
  });
  it('controls: the same crowd, and a share of voters, are no conflict', () => {
    expect(counts(story('The attendance at Castle Park was 18,400.'))).toEqual([]);
    expect(counts(story('Turnout in the city vote on Sunday was 62%.'))).toEqual([]);
  });
});
