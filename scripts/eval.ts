/**
 * npm run eval: measures the pipeline on ../shared/corpora with the shared scorers.
 * Prints one line per metric; `--json` prints them as one JSON object.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, loadDocuments } from '../src/analyze.js';
import { clusterStories } from '../src/corpus/cluster.js';
import { Store } from '../src/store/store.js';
import { asSeeds, cleanChanges, cleanLines, ftfyCounts, generatedResults } from './mojibake-measure.js';
import { corpus, incrementalStories, runScorer, SHARED } from './shared.js';
import { pairCeiling } from './pair-ceiling.js';
import {
  claimFigures,
  discrepancyFigures,
  ecbHalves,
  formatBrief,
  formatDiscrepancies,
} from './story-eval.js';
import { evalPages, predictExtraction, predictPlainScrape, snippetScore } from './trafilatura-eval.js';
import {
  attributionLine,
  ecbLabels,
  ecbOrigins,
  labelLine,
  nkOrigins,
  originLine,
  polnearAttribution,
} from './origins-eval.js';

if (!SHARED) {
  console.error('eval: ../shared not found (the development corpora live there)');
  process.exit(1);
}
const results: Record<string, unknown> = {};
/** The seed of the generated mojibake cases (the same as the property test's). */
const MOJIBAKE_SEED = 20261201;

// Blocks on nk-assets.
const nk = analyze([corpus('nk-assets')]);
const blocks = runScorer('score-blocks.mjs', nk, corpus('nk-assets', 'lines.tsv'));
results.blocks = { f1: blocks.f1, precision: blocks.precision, recall: blocks.recall, misses: blocks.misses };
console.log(
  `blocks (nk-assets): F1 ${blocks.f1!.toFixed(3)}  precision ${blocks.precision!.toFixed(3)}  recall ${blocks.recall!.toFixed(3)}`,
);

// Story analysis on nk-assets: claims, certainty of claim members, discrepancies, origin.
const nkGold = corpus('nk-assets', 'claims.json');
const claims = runScorer('score-claims.mjs', nk, nkGold);
const certainty = runScorer('score-certainty.mjs', nk, nkGold);
const disc = runScorer('score-discrepancies.mjs', nk, nkGold);
const origin = nk.provenance.origins?.[0];
results.story = {
  claims,
  certainty,
  discrepancies: disc,
  origin: origin?.label,
  originDocuments: origin?.documents.length,
};
console.log(
  `claims (nk-assets): pair F1 ${claims.f1!.toFixed(3)} (P ${claims.precision!.toFixed(3)} R ${claims.recall!.toFixed(3)})  match ${claims.match!.toFixed(3)}; certainty ${certainty.right}/${certainty.labelled} (${(100 * certainty.accuracy!).toFixed(0)}%); discrepancies ${disc.found}/${disc.labelled} found, ${disc.reported} reported; origin ${origin?.label ?? 'none'} (${origin?.documents.length ?? 0}/${nk.documents.length} documents)`,
);

// How far one threshold on the alignment's similarity could take pair F1, before clustering.
{
  const ceiling = pairCeiling(loadDocuments([corpus('nk-assets')]).documents, nkGold);
  results.pairCeiling = ceiling;
  console.log(
    `claims (nk-assets): best pair F1 of any one threshold on unit similarity ${ceiling.f1.toFixed(3)} (P ${ceiling.precision.toFixed(3)} R ${ceiling.recall.toFixed(3)} at ${ceiling.threshold.toFixed(3)}; ${ceiling.goldPairs} gold pairs)`,
  );
}

// The story level by the fixed halves of ECB+ dev: discrepancies against the exhaustive labels, claims.
{
  const halves = ecbHalves();
  const claimsOf: Partial<Record<'A' | 'B', ReturnType<typeof claimFigures>>> = {};
  for (const h of ['A', 'B'] as const) {
    const f = discrepancyFigures(halves[h]);
    const c = (claimsOf[h] = claimFigures(halves[h]));
    results[`ecbHalf${h}`] = { discrepancies: f, claims: c };
    console.log(formatDiscrepancies(`half ${h}`, f));
    console.log(
      `claims (ecbplus half ${h}, ${halves[h].length} stories): match ${c.match.toFixed(3)}  pair F1 ${c.f1.toFixed(3)}  pairs of alike claims ${c.alike}`,
    );
    console.log(formatBrief(`half ${h}`, c.brief));
  }
  // All 40 stories: the halves' averages weighted by their story counts (each story analysed once).
  const n = halves.A.length + halves.B.length;
  const all = (k: 'match' | 'f1'): number =>
    (claimsOf.A![k] * halves.A.length + claimsOf.B![k] * halves.B.length) / n;
  results.ecbClaims = { match: all('match'), f1: all('f1'), stories: n };
  console.log(
    `claims (ecbplus dev, ${n} stories): match ${all('match').toFixed(3)}  pair F1 ${all('f1').toFixed(3)}  (one claim per story scores match 0.64)`,
  );
}

// Mojibake repair: the ftfy cases by half, generated cases per kind, a clean multilingual sample.
{
  const line = (c: ReturnType<typeof ftfyCounts>): string =>
    `synthetic ${c.synthetic!.fixed}/${c.synthetic!.total} fixed, language-names ${c['language-names']!.fixed}/${c['language-names']!.total} fixed, negative ${c.negative!.fixed}/${c.negative!.total} left alone, known-failures ${c['known-failures']!.fixed}/${c['known-failures']!.total}`;
  const ftfy = { all: ftfyCounts(), A: ftfyCounts('A'), B: ftfyCounts('B') };
  results.ftfy = ftfy.all;
  results.ftfyHalves = { A: ftfy.A, B: ftfy.B };
  console.log(`mojibake (ftfy-cases): ${line(ftfy.all)}`);
  console.log(`mojibake (ftfy-cases, half A): ${line(ftfy.A)}`);
  console.log(`mojibake (ftfy-cases, half B): ${line(ftfy.B)}`);
  const kinds = (r: ReturnType<typeof generatedResults>): string =>
    r.map((k) => `${k.kind} ${k.fixed}/${k.total}`).join(', ');
  const seedRun = generatedResults(MOJIBAKE_SEED);
  results.mojibakeGenerated = Object.fromEntries(
    seedRun.map((k) => [k.kind, { fixed: k.fixed, total: k.total }]),
  );
  console.log(`mojibake (generated from the seed lines, 30 languages): ${kinds(seedRun)}`);
  const clean = { A: cleanLines('A'), B: cleanLines('B') };
  for (const h of ['A', 'B'] as const) {
    const run = generatedResults(MOJIBAKE_SEED, asSeeds(clean[h], 20));
    results[`mojibakeGenerated${h}`] = Object.fromEntries(
      run.map((k) => [k.kind, { fixed: k.fixed, total: k.total }]),
    );
    console.log(`mojibake (generated from trafilatura-eval half ${h}, every 20th clean line): ${kinds(run)}`);
  }
  const changed = { A: cleanChanges(clean.A).length, B: cleanChanges(clean.B).length };
  results.mojibakeClean = {
    A: { changed: changed.A, lines: clean.A.length },
    B: { changed: changed.B, lines: clean.B.length },
  };
  console.log(
    `mojibake (clean visible lines of trafilatura-eval pages with non-ASCII text): changed ${changed.A}/${clean.A.length} (half A), ${changed.B}/${clean.B.length} (half B)`,
  );
}

// Attribution on PolNeAR dev.
const polnear = analyze([corpus('polnear-dev', 'text')]);
const attr = runScorer('score-attribution.mjs', polnear, corpus('polnear-dev', 'attributions'));
results.attribution = attr;
console.log(
  `attribution (polnear-dev): cue F1 ${attr.cueF1!.toFixed(3)} (P ${attr.cuePrecision!.toFixed(3)} R ${attr.cueRecall!.toFixed(3)})  source F1 ${attr.sourceF1!.toFixed(3)}`,
);

// Attribution on the PolNeAR dev halves, origins (roles: no commentator or relay an origin) on the
// ECB+ origin stories of each half and on nk-assets, and provenance labels and outlets on ECB+ halves.
{
  const halvesOut: Record<string, unknown> = {};
  for (const half of ['A', 'B'] as const) {
    const a = polnearAttribution(half);
    halvesOut[`attribution${half}`] = a;
    console.log(attributionLine(`polnear-dev half ${half}`, a));
  }
  for (const half of ['A', 'B'] as const) {
    const { details: _d, ...o } = ecbOrigins(half);
    halvesOut[`origins${half}`] = o;
    console.log(originLine(`ecbplus half ${half}`, { ...o, details: [] }));
  }
  const { details: _n, ...nkO } = nkOrigins(nk);
  halvesOut.originsNk = nkO;
  console.log(originLine('nk-assets', { ...nkO, details: [] }));
  for (const half of ['A', 'B'] as const) {
    const { examples: _e, ...l } = ecbLabels(half);
    halvesOut[`labels${half}`] = l;
    console.log(labelLine(`ecbplus dev half ${half}`, { ...l, examples: [] }));
  }
  results.provenance = halvesOut;
}

// Body lines kept on ECB+ (every line there is article text, a few are titles or dates).
let lines = 0;
let kept = 0;
const ecb = corpus('ecbplus', 'dev');
for (const dir of readdirSync(ecb)) {
  const d = analyze([join(ecb, dir)]);
  for (const doc of d.documents) {
    for (const b of doc.blocks) {
      lines++;
      if (b.label === 'body' || b.label === 'subhead') kept++;
    }
  }
}
results.ecbKept = kept / lines;
console.log(
  `blocks (ecbplus dev, sentence-per-line articles): ${kept}/${lines} lines kept as body (${((100 * kept) / lines).toFixed(1)}%)`,
);
// HTML extraction on trafilatura's evaluation pages (snippets that must and must not be extracted).
const pages = evalPages();
const pred = predictExtraction(pages);
const extraction = snippetScore(pred);
results.extraction = extraction;
console.log(
  `extraction (trafilatura-eval, ${extraction.documents} pages): F1 ${extraction.f1.toFixed(3)}  precision ${extraction.precision.toFixed(3)}  recall ${extraction.recall.toFixed(3)}  (trafilatura 0.924 on all 990 per its docs; Readability over linkedom 0.885 here)`,
);
// The plain-text labeller on full-page scrapes of the same real pages.
const plainScrape = snippetScore(predictPlainScrape(pages));
results.plainScrape = plainScrape;
console.log(
  `blocks on full-page plain-text scrapes (trafilatura-eval pages rendered to text): F1 ${plainScrape.f1.toFixed(3)}  precision ${plainScrape.precision.toFixed(3)}  recall ${plainScrape.recall.toFixed(3)}`,
);

// Story clustering over all of ECB+ dev in one run (two similar events per topic).
const ecbDocs = loadDocuments([corpus('ecbplus', 'dev')]).documents;
const clusters = runScorer('score-clusters.mjs', { stories: clusterStories(ecbDocs) });
results.clusters = clusters;
console.log(
  `clusters (ecbplus dev, ${clusters.documents} articles in one run): B3 F1 ${clusters.f1!.toFixed(3)}  precision ${clusters.precision!.toFixed(3)}  recall ${clusters.recall!.toFixed(3)}  stories ${clusters.predictedStories}/${clusters.goldStories}  (tuned TF-IDF average-linkage baseline 0.89)`,
);
// The incremental index on the same articles, one at a time.
const online = runScorer('score-clusters.mjs', incrementalStories(ecbDocs));
results.onlineClusters = online;
console.log(
  `clusters, incremental index (ecbplus dev, articles one by one): B3 F1 ${online.f1!.toFixed(3)}  precision ${online.precision!.toFixed(3)}  recall ${online.recall!.toFixed(3)}  stories ${online.predictedStories}/${online.goldStories}`,
);
// A store fed 20 articles at a time, then re-clustered (`corroborate recluster`).
{
  const store = await Store.open({ dir: null });
  const b3 = async () =>
    runScorer('score-clusters.mjs', {
      stories: (await store.stories()).map((s) => ({
        id: s.id,
        documents: s.documents.map((d) => ({ id: d.id, location: d.location })),
      })),
    });
  for (let i = 0; i < ecbDocs.length; i += 20) await store.ingest(ecbDocs.slice(i, i + 20));
  const fed = await b3();
  await store.recluster();
  const reclustered = await b3();
  await store.close();
  results.storeClusters = { fed: fed.f1, reclustered: reclustered.f1 };
  console.log(
    `clusters, store (ecbplus dev, 20 articles a call): B3 F1 ${fed.f1!.toFixed(3)} as ingested, ${reclustered.f1!.toFixed(3)} after recluster (stories ${reclustered.predictedStories}/${reclustered.goldStories})`,
  );
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results));
