/**
 * h-attr15: rules written from general patterns of news language, each with a fictional pair that
 * failed before its rule and a control that passes before and after (docs/attribution.md,
 * `2026-12-05, h-attr15`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-attr15: who says it', () => {
  it('opening-gerund: a participle opening the sentence is said by the main clause’s subject', () => {
    expect(found('Headline\nAfter saying the pier was safe, the mayor of Varn closed it.')).toEqual([
      ['saying', 'the mayor of Varn', 'the pier was safe', 'attribution:opening-gerund'],
    ]);
    expect(found('Headline\nDenying the charge, the Varn ferry firm angered the union.')).toEqual([
      ['Denying', 'the Varn ferry firm', 'the charge', 'attribution:opening-gerund'],
    ]);
    expect(found('Headline\nIn defending the plan, Ada Quill offered a glimpse of her methods.')[0]).toEqual([
      'defending',
      'Ada Quill',
      'the plan',
      'attribution:opening-gerund',
    ]);
  });
  it('opening-gerund control: an opening phrase with no participle of saying, or one in mid-sentence, is left alone', () => {
    expect(found('Headline\nFollowing the vote, the mayor of Varn resigned.')).toEqual([]);
    expect(found('Headline\nThe mayor of Varn closed the pier after saying it was safe.')).toEqual([]);
    expect(found('Headline\nSpeaking to reporters on Friday, Ada Quill said the pier was safe.')).toEqual([
      ['said', 'Ada Quill', 'the pier was safe', 'attribution:verb-after-content'],
    ]);
  });
  it('comparison-object: `compared the mayor to a pirate`, `, comparing them to` judge an object by likeness', () => {
    expect(found('Headline\nThe Varn dock union compared the mayor to a pirate.')).toEqual([
      ['compared', 'The Varn dock union', 'the mayor to a pirate', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nAda Quill praised the ferry crew, comparing them to lifeboat men.')[1]).toEqual([
      'comparing',
      'Ada Quill',
      'them to lifeboat men',
      'attribution:participle-after-clause',
    ]);
  });
  it('comparison-object control: a comparison of figures (`compared with 2 percent`) is no cue', () => {
    expect(found('Headline\nWages in Varn rose 3 percent, compared with 2 percent last year.')).toEqual([]);
    expect(found('Headline\nFares fell sharply, compared to last year.')).toEqual([]);
    expect(found('Headline\nWages in Varn rose 3 percent, comparing well with Halvek.')).toEqual([]);
  });
  it('political-idiom: a swipe taken, support thrown behind, a position doubled down on are stances', () => {
    expect(found('Headline\nAda Quill took a swipe at the mayor of Varn.')).toEqual([
      ['took a swipe at', 'Ada Quill', 'the mayor of Varn', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nThe Varn dock union threw its support behind the mayor.')).toEqual([
      ['threw its support behind', 'The Varn dock union', 'the mayor', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nAda Quill is doubling down on her attack on the plan.')).toEqual([
      ['doubling down on', 'Ada Quill', 'her attack on the plan', 'attribution:verb-after-source'],
    ]);
  });
  it('political-idiom control: the same verbs in their literal sense are no cue', () => {
    expect(found('Headline\nThe ferry crew took a break at the pier.')).toEqual([]);
    expect(found('Headline\nThe Varn dock union threw a party behind the hall.')).toEqual([]);
    expect(found('Headline\nThe mayor of Varn walked back to the car.')).toEqual([]);
    expect(found('Headline\nPolice fired back at the gunman.')).toEqual([]);
  });
});
