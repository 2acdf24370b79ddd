/**
 * Issue 13 (h-attr13): rules written from general patterns of news language, each with a fictional
 * pair that failed before its rule and a control that passes before and after (docs/attribution.md,
 * `2026-12-05, h-attr13`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf } from './read.js';

/** Each attribution as [cue, source, rule]. */
const found = (text: string) => attributionsOf(text).map(([cue, source, , rule]) => [cue, source, rule]);

describe('h-attr13: who says it', () => {
  it('response-to-words: `did not immediately respond to requests for comment` is the subject’s answer', () => {
    expect(found('The Varn Port Authority did not immediately respond to requests for comment.')).toEqual([
      ['respond', 'The Varn Port Authority', 'attribution:no-response'],
    ]);
    expect(found('The mayor has not responded to questions about the pier.')).toEqual([
      ['responded', 'The mayor', 'attribution:no-response'],
    ]);
    expect(found('The mayor of Varn responded to the criticism on Friday.')).toEqual([
      ['responded', 'The mayor of Varn', 'attribution:response-to-words'],
    ]);
  });
  it('response-to-words control: a response to an event is a deed (`Crews responded to the blaze`)', () => {
    expect(found('Crews from Halvek responded to the blaze near the pier.')).toEqual([]);
  });
  it('urging-verbs: `encouraged residents to stay indoors`, `exhorted her crew to` state the subject’s position', () => {
    expect(found('The mayor of Varn encouraged residents to stay indoors.')).toEqual([
      ['encouraged', 'The mayor of Varn', 'attribution:verb-after-source'],
    ]);
    expect(found('Ada Quill exhorted her crew to keep rowing.')).toEqual([
      ['exhorted', 'Ada Quill', 'attribution:verb-after-source'],
    ]);
  });
  it('urging-verbs control: a thing that encourages names no speaker (`lower fares encouraged tourists`)', () => {
    expect(found('In May, lower fares encouraged tourists to visit the island.')).toEqual([]);
  });
  it('speaking-about: `spoke about`, `has spoken of` name their subject’s account', () => {
    expect(found('The mayor of Varn spoke about the fire on Friday.')).toEqual([
      ['spoke about', 'The mayor of Varn', 'attribution:stance-verb'],
    ]);
    expect(found('Ada Quill has spoken of her fear.')).toEqual([
      ['spoken of', 'Ada Quill', 'attribution:stance-verb'],
    ]);
  });
  it('speaking-about control: a thing that speaks of something names no speaker', () => {
    expect(found('Inspectors left the pier because the rust there speaks of neglect.')).toEqual([]);
  });
});
