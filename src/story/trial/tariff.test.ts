import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../analyze.js';
import type { Dossier } from '../../model/dossier.js';
import { TARIFF, type TrialArticle } from './tariff.fixture.js';
import { article } from '../compare/trial-stories.fixture.js';

// A fictional political story (a parliament's vote on a trade deal, four outlets), read as a
// fact-checker reads the dossier: the tally, the tariff and the minister's name are told two
// ways; the night told from two time zones, one sum in two notations, a floor under a figure and
// an earlier dispute's tariff are not conflicts.
const analyze = (articles: readonly TrialArticle[]): Dossier =>
  analyzeTexts(articles.map((a) => ({ location: a.location, text: a.text, known: { language: 'en' } })));
const docNumber = (d: Dossier, id: string): number => d.documents.findIndex((x) => x.id === id) + 1;
/** Each entry of a kind as `kind: the values' texts (their documents)`. */
const entries = (d: Dossier, kind: string): string[] =>
  d.discrepancies
    .filter((x) => x.kind === kind)
    .map((x) => x.values.map((v) => `${v.text} (${docNumber(d, v.doc)})`).join(' / '));
/** The fact of a one-sentence article about `what`, as `about value`. */
const factsOf = (sentence: string): string[] =>
  (analyzeTexts([{ text: `Parliament report\n\n${sentence}\n`, known: { language: 'en' } }]).facts ?? []).map(
    (f) => `${f.about} ${String(f.value)} ${f.rule}`,
  );

describe('the trial story of a vote on a trade deal', () => {
  const story = analyze(TARIFF);
  it('reports the tariff given as 25 per cent and as 15 per cent, and the earlier dispute not', () => {
    const tariff = entries(story, 'quantity');
    expect(tariff).toHaveLength(1);
    expect(tariff[0]).toContain('15 per cent (2)');
    expect(tariff[0]).toContain('25 per cent (1)');
    expect(tariff[0]).not.toContain('10 per cent');
  });
  it('reports the votes against, 198 and 189, and not the 212 votes for every outlet gives', () => {
    const counts = entries(story, 'count');
    expect(counts).toEqual(['198 (1) / 189 (2)']);
  });
  it('shows the vote told late on Monday and early on Tuesday (another time zone) as one event of the timeline', () => {
    const vote = (story.events ?? []).filter((e) => /approved/.test(e.text));
    expect(vote).toHaveLength(1);
    expect(vote[0]!.date).toBe('2031-04-14');
    // The wire's `late on Monday` and the foreign outlet's `early on Tuesday, Ostravan time`.
    expect(vote[0]!.docs.map((id) => docNumber(story, id))).toEqual(expect.arrayContaining([1, 4]));
  });
  it('control: a claim told on two days, neither late nor early, stays two dated events', () => {
    const days = analyze([
      article('one.txt', '2031-04-16', [
        'Vote report',
        '16 April 2031',
        'Parliament approved the trade deal on Monday after a long debate.',
      ]),
      article('two.txt', '2031-04-16', [
        'Vote update',
        '16 April 2031',
        'Parliament approved the trade deal on Tuesday after a long debate.',
      ]),
    ]);
    expect(
      (days.events ?? [])
        .filter((e) => /approved/.test(e.text))
        .map((e) => e.date)
        .sort(),
    ).toEqual(['2031-04-14', '2031-04-15']);
  });
  it('sets neither the night told from two time zones nor one sum in two notations against itself', () => {
    expect(entries(story, 'date')).toEqual([]);
    expect(story.discrepancies.some((x) => x.values.some((v) => /billion/.test(v.text)))).toBe(false);
  });
  it("cites for the brief's tariff no outlet that gives another tariff", () => {
    const item = story.brief.find((b) => b.text.includes('25 per cent'));
    expect(item).toBeDefined();
    expect(item!.docs.map((id) => docNumber(story, id))).not.toContain(2);
  });
});

describe('a rate at the level a verb sets, and a vote tally', () => {
  it('reads the level a verb sets or a change will reach as the rate (fact:percent-level-set)', () => {
    expect(factsOf('The government cut the duty on imported rice to 12 per cent.')).toContain(
      'noun:rate-of-duty 12 fact:percent-level-set',
    );
    expect(factsOf('The duty on imported rice would rise to 12 per cent next year.')).toContain(
      'noun:rate-of-duty 12 fact:percent-level-set',
    );
  });
  it('control: a cut by a percentage, or a change without `to`, is no level', () => {
    expect(factsOf('The government cut the duty on imported rice by 12 per cent.').join()).not.toContain(
      'rate-of-duty',
    );
    expect(factsOf('The duty on imported rice would rise 12 per cent next year.').join()).not.toContain(
      'rate-of-duty',
    );
  });
  it('reads both sides of a tally (fact:vote-tally)', () => {
    expect(factsOf('The council voted 9 to 4 on Friday to close the depot.')).toEqual(
      expect.arrayContaining(['noun:vote 9 fact:vote-tally', 'noun:vote-against 4 fact:vote-tally']),
    );
    expect(factsOf('The council passed the budget on Friday by a vote of 9 to 4.')).toEqual(
      expect.arrayContaining(['noun:vote 9 fact:vote-tally', 'noun:vote-against 4 fact:vote-tally']),
    );
    // The span is the tally's own number, not the same number earlier in the sentence.
    const d = analyzeTexts([
      {
        text: 'Council report\n\nThe council passed bill 12 on Friday by 12 to 3.\n',
        known: { language: 'en' },
      },
    ]);
    const f = (d.facts ?? []).find((x) => x.about === 'noun:vote')!;
    expect(f.rule).toBe('fact:vote-tally');
    expect(d.documents[0]!.text.slice(f.start - 3, f.end)).toBe('by 12');
    expect(factsOf('The bill passed 54-46 in the upper house.')).toEqual(
      expect.arrayContaining(['noun:vote 54 fact:vote-tally', 'noun:vote-against 46 fact:vote-tally']),
    );
  });
  it('a tally that differs on both sides is one entry of tallies, each outlet on its side', () => {
    const vote = (b: string) =>
      analyze([
        article('one.txt', '2031-04-16', [
          'Vote report',
          'Parliament approved the trade deal on Tuesday by 212 votes to 198.',
        ]),
        article('two.txt', '2031-04-16', [
          'Vote update',
          `Parliament approved the trade deal on Tuesday by ${b}.`,
        ]),
      ]);
    const both = vote('210 votes to 200').discrepancies.filter((x) => x.kind === 'count');
    expect(both).toHaveLength(1);
    expect(both[0]!.note).toContain('212 to 198');
    expect(both[0]!.note).toContain('210 to 200');
    expect(both[0]!.values.map((v) => v.text).sort()).toEqual(['198', '200', '210 votes', '212 votes']);
    // Control: one side differing is the entry of that side alone.
    const one = vote('210 votes to 198').discrepancies.filter((x) => x.kind === 'count');
    expect(one.map((x) => x.values.map((v) => v.text).sort())).toEqual([['210 votes', '212 votes']]);
  });
  it('control: a range of a measure or of hours is no tally', () => {
    for (const s of [
      'Prices rose by 5 to 10 per cent in the capital.',
      'The office was staffed by 4 to 5 people on weekdays.',
      'The ferry ran from 2 to 3 in the afternoon.',
      'Sheep outnumber people by 3 to 1 on the island.',
    ])
      expect(factsOf(s).join(), s).not.toContain('fact:vote-tally');
  });
});
