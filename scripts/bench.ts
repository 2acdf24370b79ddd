/**
 * npm run bench: per-stage throughput of the per-article pipeline on one core,
 * over a corpus of at least 10,000 plain-text articles generated at run time
 * from ../shared/corpora (nothing is written to the repository).
 * Options: --articles N (default 10000); --only stages|html-stages (that table alone: the
 * per-stage table of plain text, or of `extract -f jsonl`'s pipeline over the trafilatura-eval pages).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeBytes } from '../src/load/decode.js';
import { processText } from '../src/pipeline/document.js';
import { STAGES } from '../src/pipeline/stages.js';
import { extractArticleText } from '../src/html/extract.js';
import { buildDossier } from '../src/dossier/build.js';
import { corpus, SHARED, timedStages } from './shared.js';
import { evalPages } from './trafilatura-eval.js';

if (!SHARED) {
  console.error('bench: ../shared not found (the corpus is generated from it)');
  process.exit(1);
}
const argN = process.argv.indexOf('--articles');
const N = argN > 0 ? Number(process.argv[argN + 1]) : 10_000;
const argOnly = process.argv.indexOf('--only');
const ONLY = argOnly > 0 ? process.argv[argOnly + 1] : null;

if (ONLY === 'html-stages') {
  // `extract -f jsonl`'s per-article pipeline over the trafilatura-eval pages, in one process:
  // decoding, reading the page (parse, render, declared metadata), then each text stage.
  const { decodePage } = await import('../src/html/render.js');
  const { pipeline } = await import('../src/pipeline/engine.js');
  const { TEXT_STAGES } = await import('../src/pipeline/text-stages.js');
  const pages = evalPages();
  const layers = ['repairs', 'blocks', 'metadata', 'language'] as const;
  const times = new Map<string, number>();
  const timedPipeline = pipeline(timedStages(TEXT_STAGES, times));
  const run = (): { decode: number; whole: number } => {
    let decode = 0;
    let whole = 0;
    for (const p of pages) {
      const t0 = performance.now();
      let decoded;
      try {
        decoded = decodePage(p.bytes);
      } catch {
        continue;
      }
      const t1 = performance.now();
      try {
        timedPipeline.processHtmlText(
          decoded.text,
          { kind: 'url', location: p.url },
          { layers },
          decoded.decoding,
        );
      } catch {
        // a page with no text still counts its time
      }
      decode += t1 - t0;
      whole += performance.now() - t0;
    }
    return { decode, whole };
  };
  run(); // warm up
  times.clear();
  const { decode, whole } = run();
  const mb = pages.reduce((acc, p) => acc + p.bytes.length, 0) / 1048576;
  const staged = [...times.values()].reduce((a, b) => a + b, 0);
  const line = (name: string, ms: number): string =>
    `${name.padEnd(34)} ${(pages.length / (ms / 1000)).toFixed(0).padStart(9)} pages/s ${(mb / (ms / 1000)).toFixed(1).padStart(8)} MB/s ${((100 * ms) / whole).toFixed(1).padStart(6)}% of time`;
  console.log(
    `extract's pipeline, one core, warm, ${pages.length} pages, ${mb.toFixed(1)} MB (node ${process.version})`,
  );
  console.log(line('decode', decode));
  console.log(line('read the page (parse, render, meta)', whole - decode - staged));
  for (const [name, ms] of times) console.log(line(name, ms));
  console.log(line('total', whole));
  process.exit(0);
}

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (name.endsWith('.txt')) out.push(p);
  }
  return out;
}

// Seed articles: every plain-text article of the development corpora.
const seeds = [
  ...files(corpus('nk-assets')),
  ...files(corpus('ecbplus', 'dev')),
  ...files(corpus('polnear-dev', 'text')),
].map((f) => readFileSync(f));
// Variants: each seed with its paragraphs rotated and a numbered line, so no two articles are the same text.
const articles: Buffer[] = [];
for (let i = 0; articles.length < N; i++) {
  const seed = seeds[i % seeds.length]!.toString('utf8').split('\n');
  const k = Math.floor(i / seeds.length) % Math.max(1, seed.length);
  const lines = [
    ...seed.slice(0, 1),
    ...seed.slice(1 + k),
    ...seed.slice(1, 1 + k),
    `Edition ${i} of the generated bench corpus.`,
  ];
  articles.push(Buffer.from(lines.join('\n'), 'utf8'));
}
const totalBytes = articles.reduce((s, a) => s + a.length, 0);

const timings = new Map<string, number>();
const timed = timedStages(STAGES, timings);

// Warm up the JIT on a few hundred articles, then measure.
for (const a of articles.slice(0, 300))
  processText(decodeBytes(a).text, { kind: 'file', location: 'warm' }, { stages: STAGES });
timings.clear();
let decodeMs = 0;
const t0 = performance.now();
let sentences = 0;
for (const a of articles) {
  const d0 = performance.now();
  const { text, decoding } = decodeBytes(a);
  decodeMs += performance.now() - d0;
  const doc = processText(text, { kind: 'file', location: 'bench' }, { stages: timed }, decoding);
  sentences += doc.sentences.length;
}
const wall = performance.now() - t0;

const mb = totalBytes / 1048576;
const row = (name: string, ms: number): string =>
  `${name.padEnd(12)} ${(N / (ms / 1000)).toFixed(0).padStart(9)} articles/s ${(mb / (ms / 1000)).toFixed(2).padStart(8)} MB/s ${((100 * ms) / wall).toFixed(1).padStart(6)}% of time`;
console.log(
  `per-article pipeline, one core, ${N} articles, ${mb.toFixed(1)} MB, ${sentences} sentences (node ${process.version})`,
);
console.log(row('load', decodeMs));
for (const s of STAGES) console.log(row(s.name, timings.get(s.name) ?? 0));
console.log(row('total', wall));
if (ONLY === 'stages') process.exit(0);

// Story analysis: one story of n articles (the first n ECB+ dev articles, related events of a few
// topics), per-article pipeline and story stages (align, provenance, compare, flows, brief) timed apart.
{
  const pool = files(corpus('ecbplus', 'dev')).sort();
  console.log(
    '\nStory analysis (analyze), one core: n articles -> per-article ms, story stages ms, total ms',
  );
  for (const n of [5, 10, 20, 30, 60, 120, 240]) {
    const picked = pool.slice(0, n).map((f) => readFileSync(f));
    const best = { docs: Infinity, story: Infinity };
    for (let rep = 0; rep < 3; rep++) {
      const t0 = performance.now();
      const docs = picked.map((b, i) => {
        const { text, decoding } = decodeBytes(b);
        return processText(text, { kind: 'file', location: `a${i}.txt` }, {}, decoding);
      });
      const t1 = performance.now();
      const d = buildDossier(docs);
      const t2 = performance.now();
      if (d.documents.length !== n) throw new Error('bench: story lost documents');
      best.docs = Math.min(best.docs, t1 - t0);
      best.story = Math.min(best.story, t2 - t1);
    }
    console.log(
      `  ${String(n).padStart(4)} articles: ${best.docs.toFixed(0).padStart(6)} ms + ${best.story.toFixed(0).padStart(6)} ms = ${(best.docs + best.story).toFixed(0).padStart(6)} ms`,
    );
  }
}

// HTML extraction: ours and Readability over linkedom, side by side on the same decompressed pages.
const pages = evalPages();
const pageBytes = pages.reduce((acc, p) => acc + p.bytes.length, 0);
const { parseHTML } = await import('linkedom');
const { Readability } = await import('@mozilla/readability');
const decoder = new TextDecoder('utf-8');
const timeIt = (fn: (p: (typeof pages)[number]) => void): number => {
  for (const p of pages.slice(0, 30)) fn(p); // warm up
  const t = performance.now();
  for (const p of pages) {
    try {
      fn(p);
    } catch {
      // a page an extractor cannot read still counts its time
    }
  }
  return performance.now() - t;
};
const ours = timeIt((p) => extractArticleText(p.bytes, p.url));
const readability = timeIt((p) => {
  const { document } = parseHTML(decoder.decode(p.bytes));
  new Readability(document as never).parse();
});
const pmb = pageBytes / 1048576;
const hrow = (name: string, ms: number): string =>
  `${name.padEnd(34)} ${(pages.length / (ms / 1000)).toFixed(1).padStart(8)} pages/s ${(pmb / (ms / 1000)).toFixed(2).padStart(7)} MB/s`;
console.log(`\nHTML extraction, one core, ${pages.length} pages of trafilatura-eval, ${pmb.toFixed(1)} MB`);
console.log(hrow('corroborate (decode+render+label)', ours));
console.log(hrow('Readability over linkedom', readability));
console.log(
  `ratio: corroborate is ${(readability / ours).toFixed(1)}x the throughput of Readability over linkedom`,
);

// Ingest through the queue: one worker process and two, on the same queued pages.
const { benchWorkers } = await import('./bench-workers.js');
await benchWorkers(pages.length);

// Whole commands timed from outside, start-up included, beside the peers.
const { benchCommands } = await import('./bench-commands.js');
benchCommands();

// One story of 30 to 1,000 articles, whole process: time and peak memory.
const { benchStory } = await import('./bench-story.js');
benchStory([30, 120, 300, 600, 1000], 1);
