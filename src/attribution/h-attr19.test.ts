/**
 * h-attr19: rules written from general patterns of news language seen among half A's misses,
 * each with a fictional pair that failed before its rule and a control that passes before and
 * after (docs/attribution.md, `2026-12-05, h-attr19`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-attr19: who says it', () => {
  it('make-the-case: `makes the case`, `make the case` after a plural subject report as `made the case`', () => {
    expect(found('Headline\nAda Quill makes the case that the pier is unsafe.')).toEqual([
      ['makes the case', 'Ada Quill', 'the pier is unsafe', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nHarbour engineers make the case that the pier is unsafe.')).toEqual([
      ['make the case', 'Harbour engineers', 'the pier is unsafe', 'attribution:verb-after-source'],
    ]);
  });
  it('joined-catenative: `and attempted to make the case` shares the subject of the verb before `and`', () => {
    expect(
      found(
        'Headline\nThe mayor of Varn promised a vote and attempted to make the case that the pier is unsafe.',
      ),
    ).toEqual([
      [
        'promised',
        'The mayor of Varn',
        'a vote and attempted to make the case that the pier is unsafe',
        'attribution:stance-verb',
      ],
      ['make the case', 'The mayor of Varn', 'the pier is unsafe', 'attribution:verb-after-source'],
    ]);
  });
  it('make-the-case control: `made the case` as before; an attempt at a deed, a case made of oak, no report', () => {
    expect(found('Headline\nThe mayor of Varn made the case that the pier is unsafe.')).toEqual([
      ['made the case', 'The mayor of Varn', 'the pier is unsafe', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nThe mayor of Varn tried to open the pier.')).toEqual([]);
    expect(found('Headline\nThe mayor of Varn opened the pier and tried to sell the ferry.')).toEqual([]);
  });
  it('feeling-state: `felt betrayed`, `feel uneasy`, `felt stung` name a state, no view held', () => {
    expect(found('Headline\nAda Quill felt betrayed by the council.')).toEqual([]);
    expect(found('Headline\nThe harbour engineers feel uneasy about the pier.')).toEqual([]);
    expect(found('Headline\nThe Varn dock workers felt stung after the vote.')).toEqual([]);
  });
  it('feeling-state control: a view felt, with a clause or `that` after the adjective, as before', () => {
    expect(found('Headline\nAda Quill felt the pier was unsafe.')).toEqual([
      ['felt', 'Ada Quill', 'the pier was unsafe', 'attribution:stance-verb'],
    ]);
    expect(found('Headline\nThe harbour engineers felt convinced that the pier was unsafe.')).toEqual([
      ['felt', 'The harbour engineers', 'convinced that the pier was unsafe', 'attribution:stance-verb'],
    ]);
  });
  it('opening-preposition: a preposition opening a sentence, in capitals, is no speaker', () => {
    expect(found('Headline\nUnder pressure the mayor took to the radio to criticize the union.')).toEqual([]);
    expect(
      found('Headline\nDuring the storm the harbour master went on the radio to warn residents.'),
    ).toEqual([]);
  });
  it('opening-preposition control: a subject after a focusing adverb, a purpose clause, as before', () => {
    expect(found('Headline\nThe mayor took to the radio to accuse the council of lying.')).toEqual([
      ['accuse', 'The mayor', 'the council of lying', 'attribution:purpose-infinitive'],
    ]);
    expect(found('Headline\nEven the mayor of Varn said the pier was unsafe.')).toEqual([
      ['said', 'Even the mayor of Varn', 'the pier was unsafe', 'attribution:verb-after-source'],
    ]);
  });
});
