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
  it('closing-count: a group counted by any number before a closing cue speaks', () => {
    expect(found('Headline\n“The pier is unsafe,” four engineers wrote in a letter.')).toEqual([
      ['wrote', 'four engineers', 'The pier is unsafe', 'attribution:verb-after-content'],
    ]);
    expect(found('Headline\nThe pier is unsafe, 40 residents said in a petition.')).toEqual([
      ['said', '40 residents', 'The pier is unsafe', 'attribution:verb-after-content'],
    ]);
  });
  it('closing-count control: `two`, `three` as before; a count with no verb of saying is no speaker', () => {
    expect(found('Headline\n“The pier is unsafe,” two engineers said.')).toEqual([
      ['said', 'two engineers', 'The pier is unsafe', 'attribution:verb-after-content'],
    ]);
    expect(found('Headline\nThe pier closed, 12 ferries were cancelled.')).toEqual([]);
  });
  it('closing-quantifier: a pronoun of quantity and its `of` before a closing cue speaks', () => {
    expect(found('Headline\n“The pier is unsafe,” none of the engineers said.')).toEqual([
      ['said', 'none of the engineers', 'The pier is unsafe', 'attribution:verb-after-content'],
    ]);
    expect(found('Headline\n“The pier is unsafe,” each of the engineers said.')).toEqual([
      ['said', 'each of the engineers', 'The pier is unsafe', 'attribution:verb-after-content'],
    ]);
  });
  it('closing-quantifier control: `some of the engineers` as before; no cue, no speaker', () => {
    expect(found('Headline\n“The pier is unsafe,” some of the engineers said.')).toEqual([
      ['said', 'some of the engineers', 'The pier is unsafe', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nThe pier closed, each of the ferries left.')).toEqual([]);
  });
  it('counted-subject: a group counted by a number speaks inside the sentence', () => {
    expect(found('Headline\nThe pier closed after four engineers warned that it was unsafe.')).toEqual([
      ['warned', 'four engineers', 'it was unsafe', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nThe pier closed when 12 engineers warned it was unsafe.')).toEqual([
      ['warned', '12 engineers', 'it was unsafe', 'attribution:verb-after-source'],
    ]);
  });
  it('counted-subject control: a count doing a deed, or the object of a verb, is no speaker', () => {
    expect(found('Headline\nThe pier closed after 40 residents signed a petition.')).toEqual([]);
    expect(found('Headline\nThe storm injured four engineers and closed the pier.')).toEqual([]);
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
  it('bare-plural-stance: a plural noun for people holds a stance as a name does', () => {
    expect(found('Headline\nThe pier closed after engineers criticized the plan.')).toEqual([
      ['criticized', 'engineers', 'the plan', 'attribution:stance-verb'],
    ]);
  });
  it('bare-plural-stance control: a plural noun for things holds none', () => {
    expect(found('Headline\nThe pier closed after storms battered the coast.')).toEqual([]);
    expect(found('Headline\nThe pier closed after the rains criticized nothing.')).toEqual([]);
  });
  it('joined-infinitive: a base form joined by `and` to a reporting infinitive of purpose shares its speaker', () => {
    expect(
      found(
        'Headline\nThe mayor took to the radio to accuse the union of being “cowards” and urge residents to stay calm.',
      ),
    ).toEqual([
      ['accuse', 'The mayor', 'the union of being “cowards', 'attribution:purpose-infinitive'],
      ['urge', 'The mayor', 'residents to stay calm', 'attribution:joined-infinitive'],
    ]);
  });
  it('joined-infinitive control: infinitives of deeds, or after a wish, report nothing', () => {
    expect(found('Headline\nThe mayor went to the pier to inspect the deck and repair the rail.')).toEqual(
      [],
    );
    expect(found('Headline\nThe mayor wants to praise the crew and criticize the union.')).toEqual([]);
  });
  it('adverb-participle: a determiner and an adverb in -ly before a participle make an adjective, no cue', () => {
    expect(found('Headline\nFollowing a hastily called meeting, the council closed the pier.')).toEqual([]);
    expect(found('Headline\nThe council dropped the widely criticized plan.')).toEqual([]);
  });
  it('adverb-participle control: an adverb between auxiliary or subject and the verb leaves the cue', () => {
    expect(found('Headline\nThe mayor has repeatedly criticized the plan.')).toEqual([
      ['criticized', 'The mayor', 'the plan', 'attribution:stance-verb'],
    ]);
    expect(found('Headline\nThe mayor publicly criticized the plan.')).toEqual([
      ['criticized', 'The mayor', 'the plan', 'attribution:stance-verb'],
    ]);
  });
  it('participle-adjective: a participle opening a noun phrase before a plural noun and its verb is no cue', () => {
    expect(found('Headline\nHowever, documented cases of fraud are rare.')).toEqual([]);
    expect(found('Headline\nReported cases of flu rose in Varn.')).toEqual([]);
    expect(found('Headline\nThe council said confirmed cases rose.')).toEqual([
      ['said', 'The council', 'confirmed cases rose', 'attribution:verb-after-source'],
    ]);
  });
  it('participle-adjective control: a subject before the participle keeps the cue', () => {
    expect(found('Headline\nOfficials confirmed cases rose.')).toEqual([
      ['confirmed', 'Officials', 'cases rose', 'attribution:verb-after-source'],
    ]);
    expect(found('Headline\nAda Quill reported problems were rare.')).toEqual([
      ['reported', 'Ada Quill', 'problems were rare', 'attribution:verb-after-source'],
    ]);
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
