import { describe, expect, it } from 'vitest';
import { splitSentences } from './split.js';

const split = (s: string): string[] => splitSentences(s, 0, s.length).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it('splits at sentence ends with exact offsets', () => {
    const s = 'The fire began at 9 p.m. on Sunday. Crews arrived at 9.40. Nobody died!';
    expect(splitSentences(s, 0, s.length)).toEqual([
      { start: 0, end: 35 },
      { start: 36, end: 58 },
      { start: 59, end: 71 },
    ]);
  });
  it('does not split after abbreviations, initials and dates', () => {
    expect(split('Prof. James D.J. Brown met Mr. Lee on Jan. 15 in St. Louis. He left.')).toEqual([
      'Prof. James D.J. Brown met Mr. Lee on Jan. 15 in St. Louis.',
      'He left.',
    ]);
    expect(split('U.S. officials declined. Anonymous U.S. officials told NYT so.')).toEqual([
      'U.S. officials declined.',
      'Anonymous U.S. officials told NYT so.',
    ]);
  });
  it('splits after an acronym when a sentence clearly starts', () => {
    expect(split('He moved to the U.S. The move was quick.')).toEqual([
      'He moved to the U.S.',
      'The move was quick.',
    ]);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(split('"We pulled back," she said. “It fell.” Then it rained.')).toEqual([
      '"We pulled back," she said.',
      '“It fell.”',
      'Then it rained.',
    ]);
  });
});
