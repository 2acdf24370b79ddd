import { describe, expect, it } from 'vitest';
import { capLength, MAX_SENTENCE, splitSentences } from './split.js';

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
  it('does not split after a state abbreviation after a town (`SAN JOSE, Calif. (Wire) -`), unless a sentence starts', () => {
    expect(split('SAN JOSE, Calif. (Velo Wire) - Velo unveiled a phone. It costs $799.')).toEqual([
      'SAN JOSE, Calif. (Velo Wire) - Velo unveiled a phone.',
      'It costs $799.',
    ]);
    expect(split('He was born in Fresno, Calif., in 1970.')).toEqual([
      'He was born in Fresno, Calif., in 1970.',
    ]);
    // Controls: a sentence starting after it; a word that is no state after no town.
    expect(split('She lives in Fresno, Calif. She works there.')).toEqual([
      'She lives in Fresno, Calif.',
      'She works there.',
    ]);
    expect(split('He said he was ill. Doctors agreed.')).toEqual(['He said he was ill.', 'Doctors agreed.']);
  });
  it('does not split inside a decimal tokenised text writes with a space (`$2. 5 million`)', () => {
    expect(split('Thieves stole $2. 5 million in jewels . Police came .')).toEqual([
      'Thieves stole $2. 5 million in jewels .',
      'Police came .',
    ]);
    // Control: a sentence ending on a figure before one opening with a word splits.
    expect(split('The toll rose to 12. Police came.')).toEqual(['The toll rose to 12.', 'Police came.']);
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

describe('overlong sentences', () => {
  it('cuts a run-on line into pieces no longer than MAX_SENTENCE, at spaces, losing no word', () => {
    const text = 'word '.repeat(2_000).trim();
    const pieces = capLength(text, { start: 0, end: text.length });
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(p.start, p.end)).toMatch(/^word( word)*$/);
    }
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(text);
  });
  it('leaves a sentence under the limit whole, and cuts a spaceless run at the limit', () => {
    expect(capLength('A short sentence.', { start: 0, end: 17 })).toEqual([{ start: 0, end: 17 }]);
    const run = 'x'.repeat(MAX_SENTENCE * 2 + 5);
    expect(capLength(run, { start: 0, end: run.length }).map((p) => p.end - p.start)).toEqual([
      MAX_SENTENCE,
      MAX_SENTENCE,
      5,
    ]);
  });
});

describe('a straight quote opening the next sentence', () => {
  it('splits before a quote that a letter follows, and keeps a closing quote with its sentence', () => {
    const spans = (t: string) => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end));
    expect(spans('Vell denied any wrongdoing. "Every contract followed the rules," she said.')).toEqual([
      'Vell denied any wrongdoing.',
      '"Every contract followed the rules," she said.',
    ]);
    expect(spans('He said: "We are done." Then he left.')).toEqual([
      'He said: "We are done."',
      'Then he left.',
    ]);
  });
});
