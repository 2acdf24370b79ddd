/**
 * h-who21 (issue 13, "who says it"): who says it, on invented stories. Each rule has a fictional
 * case that failed on main d6bd39b and a control (docs/origins.md, `2026-12-06, h-who21`).
 */
import { describe, expect, it } from 'vitest';
import { attributionsOf as found } from './read.js';

const cues = (text: string): Array<Array<string | null>> => found(text).map((a) => a.slice(0, 2));

describe('h-who21: `reports to` an office is a line of command (`reports-to-office`)', () => {
  it('pair: `who reports to the mayor`, `reports directly to chief executive Arne Vold` say nothing', () => {
    expect(cues('Headline\nNina Berg, who reports to the mayor, said staff numbers were fine.')).toEqual([
      ['said', 'Nina Berg'],
    ]);
    expect(cues('Headline\nThe new director will report directly to the board of Kolbe.')).toEqual([]);
    expect(cues('Headline\nIts finance director reports to chief executive Arne Vold.')).toEqual([]);
  });
  it('control: `reported to the mayor that`, `reports to the board that` tell', () => {
    expect(cues('Headline\nNina Berg reported to the mayor that staff numbers were fine.')).toEqual([
      ['reported', 'Nina Berg'],
    ]);
    expect(cues('Headline\nKvist reports to the board that sales fell.')).toEqual([['reports', 'Kvist']]);
  });
});

describe('h-who21: the aide speaks, not the one served (`aide-to`)', () => {
  it('pair: `An aide to the mayor`, `An adviser to Minister Ola Brek`', () => {
    expect(cues('Headline\nAn aide to the mayor said the council would appeal.')).toEqual([
      ['said', 'An aide to the mayor'],
    ]);
    expect(cues('Headline\nAn adviser to Minister Ola Brek said the river would be tested.')).toEqual([
      ['said', 'An adviser to Minister Ola Brek'],
    ]);
  });
  it('control: `to` before an infinitive or after a verb of going still ends the speaker', () => {
    expect(cues('Headline\nThe mayor went to the council and said it would appeal.')).toEqual([
      ['said', 'The mayor'],
    ]);
    expect(cues('Headline\nThe mayor said the council would appeal.')).toEqual([['said', 'The mayor']]);
  });
});

describe('h-who21: a passive of telling or reporting with a person as its agent', () => {
  it('pair (`passive-told-by`): `was told by engineers that ...`: the engineers said the clause', () => {
    expect(found('Headline\nThe mayor was told by engineers that the cable had frayed.')).toEqual([
      ['told', 'engineers', 'the cable had frayed', 'attribution:passive-told-by'],
    ]);
  });
  it('control: a means or a thing after `by`, or `told by` with no `that`, names no speaker', () => {
    expect(found('Headline\nHe was told by letter that the bridge was shut.')).toEqual([]);
    expect(found('Headline\nThe staff were told by managers to stay at home.')).toEqual([]);
    expect(found('Headline\nThe plan was criticised by the river.')).toEqual([]);
  });
});

describe('h-who21: a charge with its agent after it (`charged-by`)', () => {
  it('pair: `was charged with negligence by the regulator`: the regulator says it', () => {
    expect(
      found('Headline\nThe Brenna council was charged with negligence by the national care regulator.'),
    ).toEqual([
      [
        'charged',
        'the national care regulator',
        'The Brenna council was charged with negligence',
        'attribution:charged-by',
      ],
    ]);
  });
  it('control: a charge with no agent after it, or `by` and a time, names no speaker', () => {
    expect(cues('Headline\nTwo men were charged with theft in Brenna.')).toEqual([]);
    expect(cues('Headline\nHe was charged with driving by night.')).toEqual([]);
  });
});

describe('h-who21: a role, its holder`s name, then a relative clause (`named-role-relative`)', () => {
  it('pair: `Kolbe`s chief executive, Erik Sand, who joined in 2040, said`: the name is in the source', () => {
    expect(
      cues(
        'Headline\nKolbe’s chief executive, Erik Sand, who joined in 2040, said the plant would be rebuilt.',
      ),
    ).toEqual([['said', 'Kolbe’s chief executive, Erik Sand']]);
  });
  it('control: with no name in the apposition the role stays the source', () => {
    expect(
      cues('Headline\nKolbe’s chief executive, who joined in 2040, said the plant would be rebuilt.')[0],
    ).toEqual(['said', 'Kolbe’s chief executive']);
  });
});
