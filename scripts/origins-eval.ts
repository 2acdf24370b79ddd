/**
 * Origins and attribution on the development halves: `tsx scripts/origins-eval.ts [--verbose]`
 * (`--verbose` lists the misses of half A and nk-assets, never of half B)
 * prints origin recall/precision/split/relays and commentators as origins for ECB+ origin
 * stories of half A, half B and for nk-assets, and PolNeAR attribution for halves A and B.
 * `npm run eval` prints the same lines.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/analyze.js';
import type { Dossier } from '../src/dossier/types.js';
import { corpus, runScorer, SHARED, tool } from './shared.js';

/** The fixed halves of a development set, from ../shared/tools/halves.mjs. */
export function halves(set: string): { A: string[]; B: string[] } {
  return JSON.parse(execFileSync('node', [tool('halves.mjs'), set, '--json'], { encoding: 'utf8' }));
}

export interface OriginScore {
  stories: number;
  labelled: number;
  found: number;
  reported: number;
  right: number;
  split: number;
  relaysAsOrigins: number;
  commentatorsAsOrigins: number;
  recall: number;
  precision: number;
  /** Share of found origins that came out as several origins. */
  splitShare: number;
  details: Array<{ story: string; missed: string[]; wrong: string[] }>;
}

/** Pools score-origins.mjs over stories: each item names a dossier and its gold file. */
export function poolOrigins(
  items: ReadonlyArray<{ story: string; dossier: Dossier; gold: string }>,
): OriginScore {
  const s: OriginScore = {
    stories: 0,
    labelled: 0,
    found: 0,
    reported: 0,
    right: 0,
    split: 0,
    relaysAsOrigins: 0,
    commentatorsAsOrigins: 0,
    recall: 0,
    precision: 0,
    splitShare: 0,
    details: [],
  };
  for (const { story, dossier, gold } of items) {
    const r = runScorer('score-origins.mjs', dossier, gold);
    s.stories++;
    for (const k of [
      'labelled',
      'found',
      'reported',
      'right',
      'split',
      'relaysAsOrigins',
      'commentatorsAsOrigins',
    ] as const)
      s[k] += r[k] as number;
    s.details.push({ story, missed: r.missed, wrong: r.wrong });
  }
  s.recall = s.labelled ? s.found / s.labelled : 1;
  s.precision = s.reported ? s.right / s.reported : 1;
  s.splitShare = s.found ? s.split / s.found : 0;
  return s;
}

/** Origin scores on the ECB+ origin stories of one half. */
export function ecbOrigins(half: 'A' | 'B'): OriginScore {
  const wanted = new Set(halves('ecbplus')[half]);
  const dir = corpus('ecbplus', 'origins');
  const stories = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .filter((s) => wanted.has(s))
    .sort();
  return poolOrigins(
    stories.map((story) => ({
      story,
      dossier: analyze([corpus('ecbplus', 'dev', story)]),
      gold: join(dir, `${story}.json`),
    })),
  );
}

export function nkOrigins(dossier: Dossier = analyze([corpus('nk-assets')])): OriginScore {
  return poolOrigins([{ story: 'nk-assets', dossier, gold: corpus('nk-assets', 'origins.json') }]);
}

export function originLine(name: string, s: OriginScore): string {
  return `origins (${name}, ${s.stories} ${s.stories === 1 ? 'story' : 'stories'}): recall ${s.recall.toFixed(2)} (${s.found}/${s.labelled})  precision ${s.precision.toFixed(2)} (${s.right}/${s.reported})  split ${s.split} (${(100 * s.splitShare).toFixed(0)}% of found)  relays as origins ${s.relaysAsOrigins}  commentators as origins ${s.commentatorsAsOrigins}`;
}

/**
 * Label checks on ECB+ stories of one half: provenance labels (nodes, origins, relays,
 * commentators) that are no names, by a test independent of the pipeline's own (an address,
 * a path, a slug, empty, or a clause fragment: a verb of saying or being, or cut off at a
 * function word), and the articles that open with their address whose outlet is known.
 */
export function ecbLabels(half: 'A' | 'B'): {
  labels: number;
  junk: number;
  examples: string[];
  urlArticles: number;
  outletKnown: number;
} {
  const out = { labels: 0, junk: 0, examples: [] as string[], urlArticles: 0, outletKnown: 0 };
  for (const story of halves('ecbplus')[half]) {
    const d = analyze([corpus('ecbplus', 'dev', story)]);
    const p = d.provenance;
    const labels = [...p.nodes, ...(p.origins ?? []), ...(p.relays ?? []), ...(p.commentators ?? [])].map(
      (x) => x.label,
    );
    for (const label of labels) {
      out.labels++;
      // An outlet the text does not name is shown with its headline, quoted: no name to test.
      const l = label.replace(/^unknown outlet \(“.*”\)$/u, 'unknown outlet');
      if (
        /^\s*$|^(https?:|www\.)|[\\/]|\.(txt|html?|php|aspx?)\b|^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+){2,}$/u.test(
          l,
        ) ||
        /\b(is|are|was|were|has|have|had|does|did|said|says|told|will|would)\b|\p{Ll}n['’]t\b/u.test(l) ||
        (/\b(and|or|of|the|to|in|on|at|for|with|by|that)$/i.test(l) &&
          !/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(l))
      ) {
        out.junk++;
        if (out.examples.length < 8) out.examples.push(`${story}: ${l}`);
      }
    }
    for (const doc of d.documents) {
      const first = doc.text.split('\n').find((x) => x.trim());
      if (first && /^\s*(https?\s*:\s*\/\s*\/|www\s*\.)/i.test(first)) {
        out.urlArticles++;
        if (doc.outlet) out.outletKnown++;
      }
    }
  }
  return out;
}

export function labelLine(name: string, l: ReturnType<typeof ecbLabels>): string {
  return `labels (${name}): ${l.junk}/${l.labels} provenance labels no names (address, path, slug, empty, fragment); outlet known for ${l.outletKnown}/${l.urlArticles} articles that open with their address`;
}

/** PolNeAR attribution on one half of the dev split. */
export function polnearAttribution(half: 'A' | 'B'): Record<string, any> {
  const files = halves('polnear-dev')[half].map((f) => corpus('polnear-dev', 'text', f));
  return runScorer('score-attribution.mjs', analyze(files), corpus('polnear-dev', 'attributions'));
}

export function attributionLine(name: string, a: Record<string, any>): string {
  return `attribution (${name}): cue F1 ${a.cueF1!.toFixed(3)} (P ${a.cuePrecision!.toFixed(3)} R ${a.cueRecall!.toFixed(3)})  source F1 ${a.sourceF1!.toFixed(3)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  if (!SHARED) {
    console.error('origins-eval: ../shared not found (the development corpora live there)');
    process.exit(1);
  }
  const verbose = process.argv.includes('--verbose');
  const only = process.argv.find((a) => /^--only=/.test(a))?.slice(7);
  // Misses are shown for half A and nk-assets only: half B is the check, never read.
  const show = (name: string, s: OriginScore, details = true) => {
    console.log(originLine(name, s));
    if (verbose && details)
      for (const d of s.details) {
        for (const m of d.missed) console.log(`  ${d.story} missed: ${m}`);
        for (const w of d.wrong) console.log(`  ${d.story} not an origin: ${w}`);
      }
  };
  if (!only || only === 'origins') {
    show('ecbplus half A', ecbOrigins('A'));
    show('ecbplus half B', ecbOrigins('B'), false);
    show('nk-assets', nkOrigins());
  }
  if (!only || only === 'labels')
    for (const half of ['A', 'B'] as const) {
      const l = ecbLabels(half);
      console.log(labelLine(`ecbplus dev half ${half}`, l));
      if (verbose && half === 'A') for (const e of l.examples) console.log(`  ${e}`);
    }
  if (!only || only === 'attribution') {
    console.log(attributionLine('polnear-dev half A', polnearAttribution('A')));
    console.log(attributionLine('polnear-dev half B', polnearAttribution('B')));
  }
}
