/**
 * h-attr21 (issue 13, "who says it"): verbs of saying in senses that are no speech. Each rule has a
 * fictional case that failed before it and a control, the speech sense of the same verb
 * (docs/attribution.md, `2026-12-06, h-attr21`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

describe('h-attr21: verbs of saying that say nothing', () => {
  it('passive-place: a passive before `to` or `into` and a place, an institution or a recipient names no speaker', () => {
    expect(found('Headline\nFive children have been admitted to hospital.')).toEqual([]);
    expect(
      found('Headline\nEight people were admitted to the Varnholt General Hospital after the fire.'),
    ).toEqual([]);
    expect(found('Headline\nAda Quill was admitted to the bar in 1998.')).toEqual([]);
    expect(found('Headline\nTen people have been admitted into intensive care.')).toEqual([]);
    expect(found('Headline\nThe pier plan was announced to staff on Monday.')).toEqual([]);
  });
  it('passive-place control: the speech sense of the same verbs', () => {
    expect(found('Headline\nThe minister admitted that the plan had failed.')).toEqual([
      ['admitted', 'The minister', 'the plan had failed', 'attribution:verb-after-source'],
    ]);
    expect(
      found('Headline\nThe minister admitted to the committee that the plan had failed.')[0]?.slice(0, 2),
    ).toEqual(['admitted', 'The minister']);
    expect(
      found('Headline\nThe council announced to staff that the pier would close.')[0]?.slice(0, 2),
    ).toEqual(['announced', 'The council']);
  });
  it('object-deed: lives or a title claimed, a crowd acknowledged, duty reported for, twins told apart', () => {
    expect(found('Headline\nThe storm claimed 12 lives in Varnholt.')).toEqual([]);
    expect(found('Headline\nThe fire has claimed the lives of three firefighters.')).toEqual([]);
    expect(found('Headline\nTomas Greer claimed the title in Brede on Sunday.')).toEqual([]);
    expect(found('Headline\nThe singer acknowledged the crowd before leaving the stage.')).toEqual([]);
    expect(found('Headline\nThirty recruits reported for duty on Monday.')).toEqual([]);
    expect(found('Headline\nForty recruits reported to the barracks on Monday.')).toEqual([]);
    expect(found('Headline\nThe Quill twins could barely be told apart.')).toEqual([]);
  });
  it('object-deed control: the same verbs with a clause or words as their object', () => {
    const cues = (text: string): Array<Array<string | null>> => found(text).map((a) => a.slice(0, 2));
    expect(cues('Headline\nTomas Greer claimed that the title had been rigged.')).toEqual([
      ['claimed', 'Tomas Greer'],
    ]);
    expect(cues('Headline\nThe storm group claimed responsibility for the attack.')).toEqual([
      ['claimed', 'The storm group'],
    ]);
    expect(cues('Headline\nThe minister acknowledged the mistake.')).toEqual([
      ['acknowledged', 'The minister'],
    ]);
    expect(cues('Headline\nThe engineer reported to the board that the pier was unsafe.')).toEqual([
      ['reported', 'The engineer'],
    ]);
    expect(cues('Headline\nThe Quill twins were told to leave the pier, the guard said.')).toEqual([
      ['said', 'the guard'],
    ]);
  });
  it('object-deed: a count added, a place confirmed, a search called off', () => {
    expect(found('Headline\nQuill added 12 points for the Varn club.')).toEqual([]);
    expect(found('Headline\nTomas Greer added two goals in the second half.')).toEqual([]);
    expect(found('Headline\nTomas Greer confirmed his place in the final with a win over Holt.')).toEqual([]);
    expect(found('Headline\nPolice called off the search for the two sailors.')).toEqual([]);
  });
  it('object-deed control: `added` before a clause or after what was said, `called for`', () => {
    const cues = (text: string): Array<Array<string | null>> => found(text).map((a) => a.slice(0, 2));
    expect(cues('Headline\nThe mayor added two more stations would close.')).toEqual([
      ['added', 'The mayor'],
    ]);
    expect(cues('Headline\nThe pier will close, the mayor added.')).toEqual([['added', 'the mayor']]);
    expect(cues('Headline\nThe council confirmed that 40 homes were flooded.')).toEqual([
      ['confirmed', 'The council'],
    ]);
    expect(cues('Headline\nThe union called for a strike.')).toEqual([['called for', 'The union']]);
  });
  it('object-deed: people admitted, a charge laid', () => {
    expect(found('Headline\nThe Varnholt hospital admitted 30 patients overnight.')).toEqual([]);
    expect(found('Headline\nPolice charged two men with theft.')).toEqual([]);
    expect(found('Headline\nPolice have charged a 24-year-old man in connection with the fire.')).toEqual([]);
  });
  it('object-deed control: `admitted` and `charged` before a clause', () => {
    const cues = (text: string): Array<Array<string | null>> => found(text).map((a) => a.slice(0, 2));
    expect(cues('Headline\nThe minister admitted two aides had lied.')).toEqual([
      ['admitted', 'The minister'],
    ]);
    expect(cues('Headline\nThe mayor charged that the council had lied.')).toEqual([
      ['charged', 'The mayor'],
    ]);
  });
  it('object-deed: a thing added to (`added to the damage`)', () => {
    expect(found('Headline\nThe storm added to the damage.')).toEqual([]);
    expect(found('Headline\nThe late goal added to the Varn lead.')).toEqual([]);
  });
  it('object-deed control: `added to` words or a recipient', () => {
    const cues = (text: string): Array<Array<string | null>> => found(text).map((a) => a.slice(0, 2));
    expect(cues('Headline\nThe mayor added to the criticism of the plan.')).toEqual([['added', 'The mayor']]);
    expect(cues('Headline\nThe mayor added to reporters that the pier would close.')).toEqual([
      ['added', 'The mayor'],
    ]);
  });
});
