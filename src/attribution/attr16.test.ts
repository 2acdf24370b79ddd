/**
 * h-attr16: rules written from general patterns of news language, each with a fictional pair that
 * failed before its rule and a control that passes before and after (docs/attribution.md,
 * `2026-12-05, h-attr16`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-attr16: who says it', () => {
  it('citing-opening: an opening `Citing` is cited by the main clause’s subject', () => {
    expect(found('Headline\nCiting safety concerns, the mayor closed the pier.')).toEqual([
      ['Citing', 'the mayor', 'safety concerns', 'attribution:citing'],
    ]);
  });
  it('citing-opening control: `citing` after a clause keeps the clause’s subject', () => {
    expect(found('Headline\nThe mayor closed the pier, citing safety concerns.')).toEqual([
      ['citing', 'The mayor', 'safety concerns', 'attribution:citing'],
    ]);
  });
  it('participle-opening: an opening past participle and its phrase are no statement', () => {
    expect(found('Headline\nChallenged on the closure, Ada Quill insisted the pier was unsafe.')).toEqual([
      ['insisted', 'Ada Quill', 'the pier was unsafe', 'attribution:verb-after-content'],
    ]);
    expect(found('Headline\nCiting a poll of his own, the mayor of Varn said the pier was safe.')[1]).toEqual(
      ['said', 'the mayor of Varn', 'the pier was safe', 'attribution:verb-after-content'],
    );
  });
  it('participle-opening control: a statement before its speaker, or a gerund subject, stays what was said', () => {
    expect(found('Headline\nThe pier was unsafe, Ada Quill insisted.')).toEqual([
      ['insisted', 'Ada Quill', 'The pier was unsafe', 'attribution:verb-after-content'],
    ]);
    expect(found('Headline\nClosing the pier, the mayor said, was a mistake.')[0]?.[1]).toBe('the mayor');
  });
  it('negated-auxiliary: `didn’t`, `hasn’t` before the cue are no part of the source', () => {
    expect(found("Headline\nAda Quill didn't say whether the pier was closed.")).toEqual([
      ['say', 'Ada Quill', 'whether the pier was closed', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nThe mayor of Varn hasn’t said whether the pier is safe.')[0]?.[1]).toBe(
      'The mayor of Varn',
    );
  });
  it('negated-auxiliary control: a name ending the subject is kept whole', () => {
    expect(found('Headline\nAda Quill did not say whether the pier was closed.')[0]?.[1]).toBe('Ada Quill');
    expect(found('Headline\nTheresa Vane said the pier was safe.')[0]?.[1]).toBe('Theresa Vane');
  });
  it('contracted-auxiliary: `’re`, `’ve` on a pronoun before the cue are no part of the source', () => {
    expect(found('Headline\nThey’re insisting the pier is safe.')[0]?.slice(0, 2)).toEqual([
      'insisting',
      'They',
    ]);
    expect(found("Headline\nWe've said the pier is safe.")[0]?.slice(0, 2)).toEqual(['said', 'We']);
  });
  it('contracted-auxiliary control: a possessive `’s` before a noun cue is left to the noun', () => {
    expect(found('Headline\nThe mayor’s claims that the pier is safe were false.')[0]?.slice(0, 2)).toEqual([
      'claims',
      'mayor',
    ]);
  });
  it('month-before-verb: `in May` between a subject and its verb is the month, not the modal', () => {
    expect(found('Headline\nAda Quill, who in May warned of storms, resigned.')[0]?.slice(0, 2)).toEqual([
      'warned',
      'who',
    ]);
    expect(
      found('Headline\nThe mayor, who in late May said the pier was safe, resigned.')[0]?.slice(0, 2),
    ).toEqual(['said', 'who']);
  });
  it('month-before-verb control: `May` as a surname stays in the name', () => {
    expect(found('Headline\nOlwen May said the pier was safe.')[0]?.[1]).toBe('Olwen May');
  });
  it('role-before-who: a role in lower case after its determiner is the head of `, who said`', () => {
    expect(found('Headline\nThe pier was closed by the mayor, who said it was unsafe.')).toEqual([
      ['said', 'who', 'it was unsafe', 'attribution:verb-after-source'],
    ]);
  });
  it('role-before-who control: a thing before `, which`, or `who` with no cue, speaks not', () => {
    expect(found('Headline\nThe storm hit the pier, which was unsafe.')).toEqual([]);
    expect(found('Headline\nThe crew met the mayor, who resigned.')).toEqual([]);
  });
});
