import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// A wildfire: the firefighters hurt, told as `were injured` and as `suffered minor injuries`.
// Invented story.
const story = (second: string) =>
  analyzeTexts(
    [
      'Wildfire near Tessin\n\nTESSIN - A wildfire burning in hills north of Tessin forced 3,000 people from their homes on Tuesday.\nTwo firefighters were injured while fighting the blaze, fire officials said.\n',
      `Tessin fire grows\n\nA wildfire north of Tessin forced 3,000 people from their homes on Tuesday.\n${second}\n`,
    ].map((text, i) => ({ location: `fire-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const tolls = (d: ReturnType<typeof analyzeTexts>) =>
  d.discrepancies
    .filter((x) => x.kind === 'count')
    // (The count's span runs on past its noun, `Three firefighters suffered minor`: its first two words.)
    .map((x) => x.values.map((v) => v.text.split(' ').slice(0, 2).join(' ')).sort());

describe('suffered injuries are the injured (fact:suffered-injuries)', () => {
  it('sets three firefighters who suffered minor injuries against two injured', () => {
    expect(
      tolls(story('Three firefighters suffered minor injuries while fighting the blaze, officials said.')),
    ).toEqual([['Three firefighters', 'Two firefighters']]);
  });
  it('controls: the same two, and losses suffered, are no conflict of the injured', () => {
    expect(
      tolls(story('Two firefighters suffered minor injuries while fighting the blaze, officials said.')),
    ).toEqual([]);
    expect(
      tolls(story('Three firefighters suffered heavy losses of equipment in the blaze, officials said.')),
    ).toEqual([]);
  });
});
