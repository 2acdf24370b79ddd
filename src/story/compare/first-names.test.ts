import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';

// An outlet that gets a person's first name wrong still gives the post and the surname right:
// one detective sergeant is `Paul` in two reports and `Peter` in a third. Invented stories.
const story = (articles: string[]) =>
  analyzeTexts(
    articles.map((text, i) => ({ location: `robbery-${i + 1}.txt`, text, known: { language: 'en' } })),
  );
const names = (d: ReturnType<typeof analyzeTexts>) =>
  d.discrepancies
    .filter((x) => x.kind === 'name')
    .map((x) => ({ rule: x.rule, note: x.note, n: x.values.length }));

describe('one post given two first names (name:one-post-first-names)', () => {
  it('reports the holder of one post named with two first names by different outlets', () => {
    const d = story([
      'Bank robbed in Harwick\n\nHARWICK - A man robbed the First Harwick Bank on Tuesday, police said.\nDetective Sgt. Paul Kessler said the robber handed a teller a note.\n',
      'Arrest in Harwick robbery\n\nA man was arrested Wednesday, a day after the First Harwick Bank was robbed.\nHe was held at the county jail, Det. Sgt. Peter Kessler said.\n',
    ]);
    expect(names(d)).toEqual([
      {
        rule: 'compare:first-names',
        note: 'one Detective Sgt. given two first names: Paul / Peter Kessler',
        n: 2,
      },
    ]);
  });
  it('reports it for a post on a lower rung too (`deputy mayor`)', () => {
    const d = story([
      'Mayor resigns\n\nTOLLAND - Mayor Dana Orrin resigned on Friday.\nDeputy Mayor Marcus Ardent will serve as acting mayor, the council said.\n',
      "Tolland's mayor resigns\n\nDana Orrin, the mayor of Tolland, resigned on Friday.\nThe council said deputy mayor Daniel Ardent would take over.\n",
    ]);
    expect(names(d).map((x) => x.note)).toEqual([
      'one Deputy Mayor given two first names: Marcus / Daniel Ardent',
    ]);
  });
  it('leaves relatives, short forms and one outlet naming both alone (controls)', () => {
    // Two people of one family, one holding a post: a surname is shared, a post is not.
    const family = story([
      'Bank robbed\n\nHARWICK - Detective Sgt. Paul Kessler said the robber handed a teller a note.\n',
      'Arrest in robbery\n\nA man was arrested Wednesday, his lawyer Peter Kessler said.\n',
    ]);
    expect(names(family)).toEqual([]);
    // A short form of one given name is that name.
    const short = story([
      'Bank robbed\n\nHARWICK - Detective Sgt. Robert Kessler said the robber handed a teller a note.\n',
      'Arrest in robbery\n\nA man was arrested Wednesday, Det. Sgt. Bob Kessler said.\n',
    ]);
    expect(names(short)).toEqual([]);
    // An outlet naming both gives two people.
    const both = story([
      'Bank robbed\n\nHARWICK - Detective Sgt. Paul Kessler and Det. Sgt. Peter Kessler, his brother, led the inquiry.\n',
      'Arrest in robbery\n\nA man was arrested Wednesday, Det. Sgt. Peter Kessler said.\n',
    ]);
    expect(names(both)).toEqual([]);
  });
});

describe('a name inside a titled name read whole', () => {
  it('reads no name `Mayor Marcus` out of `Deputy Mayor Marcus MacDonald`', () => {
    const d = story([
      'Mayor resigns\n\nDeputy Mayor Marcus MacDonald will serve as acting mayor, the council said.\n',
    ]);
    const written = (d.facts ?? []).filter((f) => f.kind === 'name').map((f) => f.value);
    expect(written).not.toContain('Mayor Marcus');
    expect(written).toContain('Marcus MacDonald');
  });
  it('control: a name after a title that no entity takes in is still read', () => {
    const d = story(['Minister resigns\n\nInterior Minister Paul Hadley said on Monday he would resign.\n']);
    expect((d.facts ?? []).filter((f) => f.kind === 'name').map((f) => f.value)).toContain('Paul Hadley');
  });
});
