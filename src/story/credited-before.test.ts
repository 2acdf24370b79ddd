import { describe, expect, it } from 'vitest';
import { outletStory } from './invented.fixture.js';

/**
 * A news organisation credited before a named speaker (`According to Reuters, harbour master
 * Ilse Varn said ...`) relays the speaker: the sentence rests on her; the organisation stays the
 * report the article's other lines rest on (stop 48, `credited-before-speaker`). Fictional
 * places, people and agencies.
 */
const story = (lead: string) =>
  outletStory([
    `Ferry owner charged\nMarch 9, 2046\n${lead}\nThe ferry sank on Monday near Dask.`,
    'Ferry sinks near Dask\nMarch 9, 2046\nThe Dask ferry had no licence, harbour master Ilse Varn said.\nThe ferry sank on Monday near Dask.',
  ]);
const originsOf = (d: ReturnType<typeof outletStory>, word: RegExp): readonly string[] =>
  d.claims.find((c) => word.test(c.text))?.origins ?? [];

describe('a news organisation credited before a named speaker relays her (credited-before-speaker)', () => {
  it('`According to Reuters, harbour master Ilse Varn said ...` rests on Varn, not on Reuters', () => {
    const d = story('According to Reuters, harbour master Ilse Varn said the ferry had no licence.');
    expect(originsOf(d, /licence/)).toEqual(['n:person:ilse-varn']);
  });
  it('control: the article’s other lines still rest on Reuters’s report', () => {
    const d = story('According to Reuters, harbour master Ilse Varn said the ferry had no licence.');
    expect(originsOf(d, /sank/)).toContain('n:org:reuters');
  });
  it('control: `According to Reuters, the ferry had no licence` is Reuters’s own report', () => {
    const d = story('According to Reuters, the ferry had no licence.');
    expect(originsOf(d, /licence/)).toContain('n:org:reuters');
  });
});
