import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';
import { RESIGNATION, type TrialArticle } from './resignation.fixture.js';

// A fictional business story over two days of publication, read as a new user reads the
// dossier: what is new on the second day must reach the brief; the timeline gives each date
// of a sentence its own clause.
const analyze = (articles: readonly TrialArticle[]): Dossier =>
  analyzeTexts(articles.map((a) => ({ location: a.location, text: a.text, known: { language: 'en' } })));
/** The documents (1-based, in input order) an item cites. */
const cited = (d: Dossier, item: { docs: readonly string[] }): number[] =>
  item.docs.map((id) => d.documents.findIndex((x) => x.id === id) + 1).sort((a, b) => a - b);
/** The story with every article dated the first day. */
const oneDay = (articles: readonly TrialArticle[]): TrialArticle[] =>
  articles.map((a) => ({ ...a, text: a.text.replace(/^4 March 2031$/m, '3 March 2031') }));

describe('the latest development in the brief (trial story: a resignation, then a successor)', () => {
  const story = analyze(RESIGNATION);
  it("tells the second day's lead that names a new person, cited to its own document", () => {
    const item = story.brief.find((b) => b.text.includes('Ines Marlowe'));
    expect(item).toBeDefined();
    expect(cited(story, item!)).toEqual([5]);
    // Without its wire dateline.
    expect(item!.text.startsWith('Veltrane Motors named')).toBe(true);
  });
  it('control: the same lead in a story of one day is no latest development', () => {
    const flat = analyze(oneDay(RESIGNATION));
    expect(flat.documents.every((x) => x.published?.startsWith('2031-03-03'))).toBe(true);
    expect(flat.brief.some((b) => b.text.includes('Ines Marlowe'))).toBe(false);
  });
  it("control: a second day's lead naming no one and no figure new is no item of its own", () => {
    const update = RESIGNATION[4]!;
    const plain: TrialArticle = {
      ...update,
      text: update.text.replace(
        /^HALVIK, Norvane - Veltrane Motors named .*$/m,
        'HALVIK, Norvane - Ola Brandt stayed away from the Veltrane Motors offices on Tuesday, a day after he resigned amid the inquiry.',
      ),
    };
    const d = analyze([...RESIGNATION.slice(0, 4), plain]);
    expect(d.brief.some((b) => b.text.includes('stayed away'))).toBe(false);
  });
});

describe('the timeline of the trial story', () => {
  const story = analyze(RESIGNATION);
  const n = new Map(story.documents.map((x, i) => [x.id, i + 1]));
  const events = (story.events ?? []).map(
    (e) => `${e.date} [${e.docs.map((x) => n.get(x)).join(',')}] ${e.text}`,
  );
  it('dates a resignation and the meeting before it apart, each with its own clause', () => {
    expect(events).toContain('2031-03-01 [2] the board met on Saturday');
    expect(
      events.some((e) => e.startsWith('2031-03-03 [1,2,3] Ola Brandt') && e.endsWith('resigned on Monday')),
    ).toBe(true);
  });
  it('dates no opinion of what the board should have done', () => {
    expect(events.some((e) => e.includes('should have acted'))).toBe(false);
  });
});

describe('claims of the trial story', () => {
  const story = analyze(RESIGNATION);
  it('are shown without the wire dateline their sentence opens with; the member keeps its span', () => {
    const lead = story.claims.find((c) => c.text.includes('resigned on Monday, the company said'));
    expect(lead).toBeDefined();
    expect(lead!.text.startsWith('Ola Brandt, the chief executive')).toBe(true);
    // The member still points at the whole sentence, dateline included.
    const doc = story.documents[0]!;
    const m = lead!.members.find(
      (x) => x.doc === doc.id && doc.text.slice(x.start, x.end).startsWith('HALVIK'),
    );
    expect(m).toBeDefined();
  });
});
