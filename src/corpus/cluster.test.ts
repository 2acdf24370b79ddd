import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, describeShared, ROOT, tool } from '../../test/shared.js';
import { analyzeTexts, loadDocuments } from '../analyze.js';
import { clusterStories } from './cluster.js';
import { lshPairs, minHasher, similarity } from './minhash.js';

const wire =
  'A fire destroyed a grain warehouse at Port Calder on Sunday night, forcing the evacuation of 40 dock workers, the harbour authority said on Monday. ' +
  'Four people were treated for smoke inhalation, and the damage was estimated at $12 million. The cause of the fire was not yet known, officials said.';
const other =
  'Floodwater breached the river barrier at Lowmarsh in 2029, and 300 residents of the Fenland village were moved to the town hall before dawn. ' +
  'Engineers had warned the county council about cracks in two gates of the barrier, according to minutes of a meeting in March.';

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
  it('scores B3 F1 >= 0.87 over all 40 stories in one run (measured 0.889)', () => {
    const { documents } = loadDocuments([corpus('ecbplus', 'dev')]);
    const file = join(mkdtempSync(join(tmpdir(), 'clusters-')), 'c.json');
    writeFileSync(file, JSON.stringify({ stories: clusterStories(documents) }));
    const r = JSON.parse(
      execFileSync('node', [tool('score-clusters.mjs'), file, '--json'], { encoding: 'utf8' }),
    );
    expect(r.documents).toBe(462);
    expect(r.f1).toBeGreaterThanOrEqual(0.87);
  });
});
