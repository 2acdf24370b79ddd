import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, describeShared, ROOT, runScorer } from '../../test/shared.js';
import { analyzeTexts, loadDocuments } from '../analyze.js';
import { processText } from '../pipeline/document.js';
import { clusterStories } from './cluster.js';
import { lshPairs, minHasher, similarity } from './minhash.js';
import { DEFAULT_WEIGHTS, termCounts } from './vectors.js';

const wire =
  'A fire destroyed a grain warehouse at Port Calder on Sunday night, forcing the evacuation of 40 dock workers, the harbour authority said on Monday. ' +
  'Four people were treated for smoke inhalation, and the damage was estimated at $12 million. The cause of the fire was not yet known, officials said.';
const other =
  'Floodwater breached the river barrier at Lowmarsh in 2029, and 300 residents of the Fenland village were moved to the town hall before dawn. ' +
  'Engineers had warned the county council about cracks in two gates of the barrier, according to minutes of a meeting in March.';

describe('story vectors', () => {
  it('count the days of the year an undated article names, however it writes them, and none of a dated one', () => {
    const short = processText(
      'Polls open in Saltby\nVoting for the harbour council began in Saltby on Dec.14, officials said.',
      { kind: 'file', location: 'short.txt' },
    );
    const long = processText(
      'Saltby votes\nThe harbour council election was held on December 14, 2030, and results are due on Monday.',
      { kind: 'file', location: 'long.txt' },
    );
    const days = (d: typeof short) => [...termCounts(d).keys()].filter((k) => k.startsWith('#day:'));
    expect(days(short)).toEqual(['#day:12-14']);
    expect(days(long)).toContain('#day:12-14');
    expect(termCounts(short, { ...DEFAULT_WEIGHTS, date: 0 }).has('#day:12-14')).toBe(false);
    // A dated article is kept in time by its date (the week window), not by the days it names.
    expect(days({ ...long, published: '2030-12-10' })).toEqual([]);
  });
});

describe('participants and years keep similar events apart', () => {
  // Two fights of one (fictional) boxer against different opponents, in different arenas:
  // the same words, different participants.
  const REPORTERS =
    'Adler Brisk Corvo Dunmere Eskel Farrow Galt Hesketh Ivers Jarrow Kettle Lindqvist Morrow Nettle Orsk Pellham'.split(
      ' ',
    );
  const fight = (opponent: string, arena: string, reporter: string) =>
    [
      `Ivo Branek retains title against ${opponent}`,
      `Ivo Branek defended his heavyweight title by stopping ${opponent} at the ${arena} on Saturday, ringside officials said.`,
      `${opponent} was knocked down twice before the referee stopped the heavyweight fight at the ${arena}, according to the fight's promoter.`,
      `Branek said he wanted a rematch with a bigger purse next spring, ${reporter} reported from ringside.`,
    ].join('\n');
  const docs = [
    ...REPORTERS.slice(0, 8).map((r) => fight('Tomas Ruzik', 'Calder Dome', r)),
    ...REPORTERS.slice(8).map((r) => fight('Anders Velk', 'Harbour Arena', r)),
  ].map((text, i) => processText(text, { kind: 'record', location: `fight-${i}.txt` }));

  it('does not merge two established stories that each name a participant the other never does', () => {
    const stories = clusterStories(docs);
    const together = stories.filter((s) => s.documents.length > 1);
    for (const s of together) {
      const opponents = new Set(s.documents.map((d) => Number(d.location.slice(6, -4)) < 8));
      expect(opponents.size).toBe(1);
    }
    // Without the veto (it only applies to stories of `vetoSize` articles) they would merge.
    expect(clusterStories(docs, { vetoSize: 1000 }).length).toBeLessThan(stories.length);
  });

  // Two quakes on one (fictional) island, years apart: the same words, the same places;
  // the later reports are set in a year the earlier ones never name.
  const quake = (year: string | null, reporter: string) =>
    [
      `Quake shakes Kelda island, homes damaged`,
      `A strong earthquake struck Kelda island off the coast of Varnia on Sunday${year ? ` in March ${year}` : ''}, damaging homes in the port of Ostrel, the island's governor said.`,
      `Rescue teams and tents were sent to villages near Ostrel, and the ferry to the mainland was suspended, according to the coastguard.`,
      `The island sits on a fault line and is often shaken by tremors, ${reporter} reported.`,
    ].join('\n');
  const quakes = [
    ...REPORTERS.slice(0, 4).map((r) => quake(null, r)),
    ...REPORTERS.slice(4, 8).map((r) => quake('2031', r)),
  ].map((text, i) => processText(text, { kind: 'record', location: `quake-${i}.txt` }));

  it('keeps apart two stories when most articles of one are set in a year the other never names', () => {
    const stories = clusterStories(quakes);
    for (const s of stories) {
      const dated = new Set(s.documents.map((d) => Number(d.location.slice(6, -4)) >= 4));
      expect(dated.size).toBe(1);
    }
    expect(stories.length).toBeLessThanOrEqual(4);
    // Without the year rule they are one story.
    expect(clusterStories(quakes, { yearVetoSize: 1000 })).toHaveLength(1);
  });
});

describe('near-duplicates', () => {
  it('finds syndicated copies with small edits and leaves different texts apart', () => {
    const h = minHasher();
    const a = h.signature(wire);
    const b = h.signature(
      wire.replace('Sunday night', 'late Sunday') + ' Reporting by the Meridian Wire desk.',
    );
    const c = h.signature(other);
    expect(similarity(a, b)).toBeGreaterThan(0.6);
    expect(similarity(a, c)).toBeLessThan(0.1);
    expect(lshPairs([a, b, c])).toEqual([[0, 1]]);
  });
});

describe('clusterStories', () => {
  it('groups articles of one event, keeps another event apart, marks copies', () => {
    const d = analyzeTexts([
      { text: wire, location: 'wire.txt' },
      { text: wire.replace('on Monday', 'on Monday morning'), location: 'copy.txt' },
      { text: other, location: 'flood.txt' },
      {
        text: other.replace('300 residents', 'about 300 people').replace('Engineers had', 'Inspectors had'),
        location: 'flood2.txt',
      },
    ]);
    const stories = clusterStories(d.documents as never);
    expect(stories.map((s) => s.documents.map((x) => x.location).sort())).toEqual([
      ['copy.txt', 'wire.txt'],
      ['flood.txt', 'flood2.txt'],
    ]);
    const copy = stories[0]!.documents.find((x) => x.location === 'copy.txt')!;
    expect(copy.duplicateOf).toBe(stories[0]!.documents.find((x) => x.location === 'wire.txt')!.id);
    expect(stories[0]!.id).toMatch(/^s[0-9a-f]{15}$/);
  });
  it('keeps the four articles of our example story together', () => {
    const { documents } = loadDocuments([join(ROOT, 'examples', 'harbour-fire')]);
    expect(clusterStories(documents)).toHaveLength(1);
  });
});

describeShared('story clustering on ECB+ dev (../shared)', () => {
  // Stop 47: 0.949 -> 0.944 when date lines led by their time (`7: 15 a. m. Dec. 7, 2009`) began to
  // date their articles: nine more ECB+ articles dated, correctly; a story told over more than the
  // 7-day window now loses the links of its later article (docs/story-level.md, stop 47).
  it('scores B3 F1 >= 0.94 over all 40 stories in one run (measured 0.944)', () => {
    const { documents } = loadDocuments([corpus('ecbplus', 'dev')]);
    const r = runScorer('score-clusters.mjs', { stories: clusterStories(documents) });
    expect(r.documents).toBe(462);
    expect(r.f1).toBeGreaterThanOrEqual(0.94);
  });
});
