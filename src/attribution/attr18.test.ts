/**
 * h-attr18: rules written from general patterns of news language, each with a fictional pair that
 * failed before its rule and a control that passes before and after (docs/attribution.md,
 * `2026-12-05, h-attr18`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-attr18: who says it', () => {
  it('as-clause: auxiliaries and an adverb between the subject of `as` and its verb are no part of it', () => {
    expect(found('Headline\nAs the mayor of Varn has noted, the pier is old.')).toEqual([
      ['noted', 'the mayor of Varn', 'the pier is old', 'attribution:as-clause'],
    ]);
    expect(found('Headline\nAs Ada Quill recently put it, the pier is old.')).toEqual([
      ['put it', 'Ada Quill', 'the pier is old', 'attribution:as-clause'],
    ]);
  });
  it('as-clause control: a noun in -ly after its determiner stays the subject', () => {
    expect(found('Headline\nAs the family said, the pier is old.')).toEqual([
      ['said', 'the family', 'the pier is old', 'attribution:as-clause'],
    ]);
  });
  it('clause-opening-apposition: after an opening clause, a subject with its apposition speaks', () => {
    expect(
      found('Headline\nWhen the storm hit, the mayor of Varn, a former engineer, said the pier was old.'),
    ).toEqual([['said', 'the mayor of Varn', 'the pier was old', 'attribution:clause-opening-apposition']]);
    expect(
      found('Headline\nAs the tide rose, Ada Quill, the harbour master, warned that the pier was old.'),
    ).toEqual([['warned', 'Ada Quill', 'the pier was old', 'attribution:clause-opening-apposition']]);
  });
  it('clause-opening-apposition control: an opening phrase, or a clause with no apposition, as before', () => {
    expect(
      found('Headline\nAfter the storm hit, the mayor of Varn, a former engineer, said the pier was old.'),
    ).toEqual([['said', 'the mayor of Varn', 'the pier was old', 'attribution:subject-apposition']]);
    expect(found('Headline\nWhen the storm hit, the mayor of Varn said the pier was old.')).toEqual([
      ['said', 'the mayor of Varn', 'the pier was old', 'attribution:verb-after-content'],
    ]);
    expect(
      found('Headline\nBecause the pier was old, the mayor of Varn, a former engineer, closed it.'),
    ).toEqual([]);
  });
  it('asked-aside: a question set off after the speaker is put by someone unnamed', () => {
    expect(found('Headline\nAda Quill, asked whether the pier would close, said it would.')).toEqual([
      ['asked', null, 'whether the pier would close', 'attribution:asked-aside'],
      ['said', 'Ada Quill', 'it would', 'attribution:subject-apposition'],
    ]);
  });
  it('asked-aside control: the speaker who asks, and the question that opens the sentence, as before', () => {
    expect(found('Headline\nThe mayor of Varn asked whether the pier would close.')).toEqual([
      ['asked', 'The mayor of Varn', 'whether the pier would close', 'attribution:stance-verb'],
    ]);
    expect(found('Headline\nAsked whether the pier would close, Ada Quill said it would.')).toEqual([
      ['Asked', null, 'whether the pier would close', 'attribution:asked-opening'],
      ['said', 'Ada Quill', 'it would', 'attribution:verb-after-content'],
    ]);
  });
  it('parenthetical-speaker: a phrase of time or place after the cue of an aside leaves the statement whole', () => {
    expect(found('Headline\nThe pier, the mayor of Varn said on Friday, is unsafe.')).toEqual([
      [
        'said',
        'the mayor of Varn',
        'The pier, the mayor of Varn said on Friday, is unsafe',
        'attribution:parenthetical-speaker',
      ],
    ]);
  });
  it('parenthetical-speaker control: a conjunction or a relative after the phrase closes the statement', () => {
    expect(found('Headline\nThe pier was unsafe, the mayor of Varn said on Friday, and it closed.')).toEqual([
      ['said', 'the mayor of Varn', 'The pier was unsafe', 'attribution:verb-after-content'],
    ]);
    expect(found('Headline\nThe pier is old, the mayor of Varn said in Velmar, where she lives.')).toEqual([
      ['said', 'the mayor of Varn', 'The pier is old', 'attribution:verb-after-content'],
    ]);
  });
  it('sent-letter: sending a letter or a message states the sender’s position', () => {
    expect(
      found('Headline\nThe Varn dock union sent a letter to the mayor on Friday opposing the closure.'),
    ).toEqual([
      [
        'sent a letter',
        'The Varn dock union',
        'to the mayor on Friday opposing the closure',
        'attribution:stance-verb',
      ],
    ]);
  });
  it('sent-letter control: sending goods or people is a deed', () => {
    expect(found('Headline\nThe Varn post office sent parcels to the island.')).toEqual([]);
    expect(found('Headline\nThe mayor of Varn sent the crew home.')).toEqual([]);
  });
  // Dropped under the halves rule (half A's source F1 +0.0006, half B unchanged; a half-A miss
  // of this form was seen first): `has yet to say` gives no source.
  it.fails('yet-to: `has yet to say` keeps its subject, as `did not say` does', () => {
    expect(found('Headline\nThe Varn council has yet to say when the pier will close.')).toEqual([
      ['say', 'The Varn council', 'when the pier will close', 'attribution:verb-after-source'],
    ]);
  });
  it('yet-to control: `yet to` before a verb of no saying, and `did not say`, as before', () => {
    expect(found('Headline\nThe pier is yet to close, the mayor of Varn said.')).toEqual([
      ['said', 'the mayor of Varn', 'The pier is yet to close', 'attribution:verb-after-content'],
    ]);
    expect(found('Headline\nThe Varn council did not say when the pier will close.')).toEqual([
      ['say', 'The Varn council', 'when the pier will close', 'attribution:verb-after-source'],
    ]);
  });
  it('refusal-infinitive: a verb of saying after a refusal says nothing; the refusal is the cue', () => {
    expect(found('Headline\nThe Varn council declined to say when the pier will close.')).toEqual([
      ['declined', 'The Varn council', 'to say when the pier will close', 'attribution:stance-verb'],
    ]);
  });
  it('refusal-infinitive control: a verb of saying joined to a refusal by `and` still speaks', () => {
    expect(found('Headline\nThe Varn council declined the offer and said it would close the pier.')).toEqual([
      [
        'declined',
        'The Varn council',
        'the offer and said it would close the pier',
        'attribution:verb-after-source',
      ],
      ['said', 'The Varn council', 'it would close the pier', 'attribution:verb-after-source'],
    ]);
  });
});
