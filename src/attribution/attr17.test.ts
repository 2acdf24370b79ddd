/**
 * h-attr17: rules written from general patterns of news language, each with a fictional pair that
 * failed before its rule and a control that passes before and after (docs/attribution.md,
 * `2026-12-05, h-attr17`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-attr17: what is a cue, who says it, what is said', () => {
  it('participle-after-noun: a form in -ing right after a noun modifies the noun', () => {
    expect(found('Headline\nThe complaint says Rolf Daner handed a teller a note demanding cash.')).toEqual([
      [
        'says',
        'The complaint',
        'Rolf Daner handed a teller a note demanding cash',
        'attribution:verb-after-source',
      ],
    ]);
    expect(found('Headline\nA sign warning drivers stood at the pier.')).toEqual([]);
  });
  it('participle-after-noun control: a progressive, or a participle after a comma, still reports', () => {
    expect(found('Headline\nThe mayor is demanding cash.')).toEqual([
      ['demanding', 'The mayor', 'cash', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nRolf Daner left, demanding cash.')).toEqual([
      ['demanding', 'Rolf Daner', 'cash', 'attribution:participle-after-clause'],
    ]);
  });
  it('closing-bare-plural: a plural noun for people after a comma, before a closing `said.`, speaks', () => {
    const text =
      'Headline\nAbout 9,000 people marched through Velmar on Sunday against the ferry tax, organisers said.';
    expect(found(text)).toEqual([
      [
        'said',
        'organisers',
        'About 9,000 people marched through Velmar on Sunday against the ferry tax',
        'attribution:verb-after-source',
      ],
    ]);
  });
  it('closing-bare-plural control: a time after `said` (since h-attr20 `bare-plural-subject`, the speaker is read there too)', () => {
    expect(found('Headline\nThe pier was closed, organisers said on Friday.')[0]?.[1]).toBe('organisers');
    expect(found('Headline\nProtesters said the pier was closed.')[0]?.slice(0, 2)).toEqual([
      'said',
      'Protesters',
    ]);
  });
  it('modal-base-form: a modal before a base form and a `that` clause reports', () => {
    expect(found('Headline\nAda Quill may warn that the pier is unsafe.')).toEqual([
      ['warn', 'Ada Quill', 'the pier is unsafe', 'attribution:verb-after-source'],
    ]);
  });
  it('modal-base-form control: a modal before a base form with no clause reports nothing', () => {
    expect(found('Headline\nThe pier may show signs of wear.')).toEqual([]);
  });
  it('progressive-contraction: `It’s` before a form in -ing is `It is`', () => {
    expect(found('Headline\nIt’s denouncing the closure.')).toEqual([
      ['denouncing', 'It', 'the closure', 'attribution:verb-after-source'],
    ]);
  });
  it('progressive-contraction control: `It’s said` is left as it was', () => {
    expect(found('Headline\nIt’s said the pier is unsafe.')[0]?.[1]).toBeNull();
  });
  it('parenthetical-speaker: a speaker set off by commas inside a statement leaves the whole sentence said', () => {
    expect(found('Headline\nMany councillors, the mayor said, want the pier closed.')).toEqual([
      [
        'said',
        'the mayor',
        'Many councillors, the mayor said, want the pier closed',
        'attribution:parenthetical-speaker',
      ],
    ]);
  });
  it('parenthetical-speaker control: a clause joined after the aside, or an opening phrase, is left alone', () => {
    expect(found('Headline\nThe pier was unsafe, the mayor said, and it closed.')).toEqual([
      ['said', 'the mayor', 'The pier was unsafe', 'attribution:verb-after-content'],
    ]);
    expect(found('Headline\nYesterday, the mayor said the pier was closed.')).toEqual([
      ['said', 'the mayor', 'the pier was closed', 'attribution:verb-after-content'],
    ]);
  });
});
