import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// A mayoral race: one outlet gives the winner's votes, another her margin. Invented story.
const story = (second: string) =>
  analyzeTexts(
    [
      'Lind wins Varn race\n\nVARN - Council member Ada Lind won the race for mayor of Varn on Tuesday.\nLind received 41,200 votes to 35,100 for her opponent, Tomas Reyes.\n',
      `Lind elected\n\nAda Lind was elected mayor of Varn on Tuesday.\n${second}\n`,
    ].map((text, i) => ({ location: `race-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const counts = (d: ReturnType<typeof analyzeTexts>) =>
  d.discrepancies.filter((x) => x.kind === 'count').map((x) => x.values.map((v) => v.text).sort());

describe("a winner's margin (fact:count-margin)", () => {
  it('is not set against the votes the winner received', () => {
    expect(counts(story('Lind won the race, beating Tomas Reyes by about 6,000 votes.'))).toEqual([]);
    expect(counts(story('Lind won the race by a margin of 6,100 votes over Tomas Reyes.'))).toEqual([]);
  });
  it('control: another count of her votes is', () => {
    expect(counts(story('Lind won the race with 40,200 votes, beating Tomas Reyes.'))).toEqual([
      ['40,200 votes', '41,200 votes'],
    ]);
  });
});

// A league table: one outlet gives the leaders' points, another their lead. Invented story.
const table = (second: string) =>
  analyzeTexts(
    [
      'Dorvel top of the league\n\nDorvel United moved to 54 points after beating Casko 2-0 on Saturday.\n',
      `Dorvel win at Casko\n\n${second}\n`,
    ].map((text, i) => ({ location: `table-${i + 1}.txt`, text, known: { language: 'en' } })),
  );

describe('a lead told after its count (fact:count-margin)', () => {
  it('is not set against the points total', () => {
    expect(counts(table('Dorvel United are now eight points clear at the top of the table.'))).toEqual([]);
    expect(counts(table('Dorvel United are eight points ahead of Marlow at the top of the table.'))).toEqual(
      [],
    );
    expect(counts(story('With most ballots counted, Lind was 6,000 votes ahead.'))).toEqual([]);
  });
  it('control: a count of people before a time (`ahead of the summit`) is a count', () => {
    const d = analyzeTexts(
      [
        'Arrests in Varn\n\nPolice arrested 50 people ahead of the summit in Varn on Friday.\n',
        'Varn summit\n\nPolice arrested 40 people in Varn on Friday.\n',
      ].map((text, i) => ({ location: `summit-${i + 1}.txt`, text, known: { language: 'en' } })),
    );
    expect(counts(d)).toHaveLength(1);
  });
  it('control: a count before a verb `clear` is a count', () => {
    const d = analyzeTexts(
      [
        'Varn clean-up\n\nAbout 200 volunteers clear debris in Varn after the storm.\n',
        'Varn storm\n\nSome 150 volunteers helped clean up Varn after the storm.\n',
      ].map((text, i) => ({ location: `clean-${i + 1}.txt`, text, known: { language: 'en' } })),
    );
    expect(
      (d.facts ?? []).filter((f) => f.kind === 'count' && /margin/.test(f.about)).map((f) => f.text),
    ).toEqual([]);
  });
  it('control: another points total is', () => {
    expect(counts(table('Dorvel United moved to 51 points with the win.'))).toEqual([
      ['51 points', '54 points'],
    ]);
  });
});
