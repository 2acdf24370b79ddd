/**
 * h-attr20: rules written from general patterns of news language, each with a fictional pair that
 * failed before its rule and a control that passes before and after (docs/attribution.md,
 * `2026-12-06, h-attr20`). The gaps named by earlier sessions that no rule closed are kept as
 * `it.fails` pairs: they pass the day a rule reads them.
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-attr20: who says it', () => {
  it('long-closing-role: a role of some eight words before a closing cue speaks', () => {
    expect(
      found('Headline\nThe pier is unsafe, the Varn harbour board’s former chief engineer maintains.'),
    ).toEqual([
      [
        'maintains',
        'the Varn harbour board’s former chief engineer',
        'The pier is unsafe',
        'attribution:verb-after-content',
      ],
    ]);
  });
  it('long-closing-role control: a short role as before; a long phrase with no cue stays none', () => {
    expect(found('Headline\nThe pier is unsafe, the harbour master said.')).toEqual([
      ['said', 'the harbour master', 'The pier is unsafe', 'attribution:verb-after-content'],
    ]);
    expect(
      found('Headline\nThe pier, the old wooden landmark on the north shore of the bay, closed.'),
    ).toEqual([]);
  });
  it('bare-plural-subject: a plural noun for people speaks wherever it stands before the cue', () => {
    expect(found('Headline\nThe bridge is unsafe, engineers warned on Friday.')).toEqual([
      ['warned', 'engineers', 'The bridge is unsafe', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nThe pier closed after engineers warned that it was unsafe.')).toEqual([
      ['warned', 'engineers', 'it was unsafe', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nThe pier closed, but engineers said it was safe.')).toEqual([
      ['said', 'engineers', 'it was safe', 'attribution:verb-after-source'],
    ]);
  });
  it('bare-plural-subject control: plural nouns for things, and plural people doing deeds, are no speakers', () => {
    expect(found('Headline\nThe pier closed after the storm, workers left.')).toEqual([]);
    expect(found('Headline\nWorkers repaired the pier and engineers inspected it.')).toEqual([]);
    expect(found('Headline\nThe pier closed after rumours spread that it was unsafe.')).toEqual([]);
  });
  // A gap named by earlier sessions: a rule for it was written and measured (`told-by-that`) and
  // dropped, as it moved no PolNeAR figure on either half.
  it.fails(
    'open: a passive of telling with a bare plural agent and `that` (`told by engineers that`)',
    () => {
      expect(found('Headline\nThe council was told by engineers that the bridge was unsafe.')).toEqual([
        ['told', 'engineers', 'the bridge was unsafe', 'attribution:passive-by'],
      ]);
    },
  );
  it('the gaps’ controls: a named agent, a bare plural before a closing `said`, a role after an opening phrase', () => {
    expect(found('Headline\nThe plan was criticized by Ada Quill.')).toEqual([
      ['criticized', 'Ada Quill', 'The plan', 'attribution:passive-by'],
    ]);
    expect(found('Headline\nThe bridge is unsafe, organisers said.')).toEqual([
      ['said', 'organisers', 'The bridge is unsafe', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nOn Monday, the mayor said that the bridge was unsafe.')).toEqual([
      ['said', 'the mayor', 'the bridge was unsafe', 'attribution:verb-after-content'],
    ]);
  });
});
