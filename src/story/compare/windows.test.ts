import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// A coach fired: outlets give his team's record in windows of games, careers of two men,
// shortfalls. Invented story.
const story = (first: string, second: string) =>
  analyzeTexts(
    [
      `Gulls fire coach Dale Brennan\n\nThe Harbor City Gulls fired head coach Dale Brennan on Monday after a 7-15 start.\n${first}\n`,
      `Brennan out as Gulls coach\n\nThe Harbor City Gulls fired Dale Brennan on Monday.\n${second}\n`,
    ].map((text, i) => ({ location: `gulls-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const counts = (d: ReturnType<typeof analyzeTexts>) =>
  d.discrepancies
    .filter((x) => x.kind === 'count' || x.kind === 'update')
    .map((x) => x.values.map((v) => v.text).sort());

// A window's number (`their last 10 games`) read as a key of its own took out false alarms of
// stories nobody labelled, but put one more look-alike trap of half B in an entry: dropped under
// the halves rule (docs/story-level.md, stop 37). The case was kept as it.fails; h-disc62's
// `fact:count-window-of-periods` (count-runs.ts) reads it with both halves' labelled entries unchanged.
describe('a window of a series (fact:count-window-of-periods)', () => {
  it('is not set against a count of the whole or another window', () => {
    expect(
      counts(
        story(
          'The Gulls had lost eight of their last 10 games.',
          'Last season Brennan led the Gulls to 44 wins in 82 games.',
        ),
      ),
    ).toEqual([]);
    expect(
      counts(
        story(
          'The Gulls had lost eight of their last 10 games.',
          'The Gulls won 12 of their next 16 games after a slow start last season.',
        ),
      ),
    ).toEqual([]);
  });
  it('control: two counts of the games of one season are set against each other', () => {
    expect(
      counts(
        story(
          'Last season the Gulls won 44 games under Brennan.',
          'Last season the Gulls won 41 games under Brennan.',
        ),
      ),
    ).toEqual([['41 games', '44 games']]);
  });
  it('control: one window in two outlets is compared', () => {
    expect(
      counts(
        story(
          'The Gulls had lost eight of their last 10 games.',
          'The Gulls had lost seven of their last 12 games.',
        ),
      ),
    ).toHaveLength(1);
  });
});

describe('a figure of the name a relative clause follows (fact:holder-who)', () => {
  it("is that person's, not another's", () => {
    expect(
      counts(
        story(
          'General manager Ray Ostrow, who has spent 17 seasons with the Gulls, will name an interim coach.',
          'Brennan played 14 seasons in the league before he became a coach.',
        ),
      ),
    ).toEqual([]);
  });
  it("control: the same person's figure in two outlets is compared", () => {
    expect(
      counts(
        story(
          'General manager Ray Ostrow, who has spent 17 seasons with the Gulls, will name an interim coach.',
          'General manager Ray Ostrow has spent 15 seasons with the Gulls.',
        ),
      ),
    ).toEqual([['15 seasons', '17 seasons']]);
  });
});

// A title fight: one outlet tells how much sooner it ended, another the rounds. Invented story.
const fight = (second: string) =>
  analyzeTexts(
    [
      'Ruud retains title\n\nTomas Ruud stopped challenger Ben Okafor on Saturday to keep his heavyweight title.\nRuud finished the fight four rounds sooner than in their first meeting.\n',
      `Ruud beats Okafor again\n\nTomas Ruud beat Ben Okafor on Saturday to keep his heavyweight title.\n${second}\n`,
    ].map((text, i) => ({ location: `fight-${i + 1}.txt`, text, known: { language: 'en' } })),
  );

describe('a shortfall or a head start told after its count (fact:count-margin)', () => {
  it('is not set against a count of its noun', () => {
    expect(
      counts(fight('Ruud stopped Okafor in the fifth round, after six rounds in their first fight.')),
    ).toEqual([]);
    expect(
      (fight('Ruud is two fights shy of the record.').facts ?? [])
        .filter((f) => f.rule === 'fact:count-margin')
        .map((f) => f.text),
    ).toEqual(['four rounds sooner', 'two fights shy']);
  });
  it('control: the rounds of the fight in two outlets are compared', () => {
    const d = analyzeTexts(
      [
        'Ruud retains title\n\nTomas Ruud stopped challenger Ben Okafor in seven rounds on Saturday to keep his title.\n',
        'Ruud beats Okafor\n\nTomas Ruud stopped challenger Ben Okafor in five rounds on Saturday to keep his title.\n',
      ].map((text, i) => ({ location: `rounds-${i + 1}.txt`, text, known: { language: 'en' } })),
    );
    expect(counts(d)).toEqual([['five rounds', 'seven rounds']]);
  });
});
