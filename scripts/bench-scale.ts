/**
 * npm run bench:scale: incremental story clustering of a generated stream of short news
 * articles (100,000 and 1,000,000 by default), with throughput, memory and B3 against the
 * generator's stories. Nothing is written to disk; the corpus is made at run time.
 * Each article goes through the whole per-article pipeline (decode, blocks, mentions...),
 * then joins a story in the online index. Options: --sizes 100000,1000000
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { StoryIndex } from '../src/corpus/online.js';

const argSizes = process.argv.indexOf('--sizes');
const sizes = (argSizes > 0 ? process.argv[argSizes + 1]! : '100000,1000000').split(',').map(Number);

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ka lo ri ven dar mos tel an bri cor du fen gal hol ist jur kel mar nor oph pel quin ros sar tav ul vor wen yar zel'.split(
    ' ',
  );
/** Event kinds: noun; verbs; words of the scene (data, one kind a line). */
const KINDS: ReadonlyArray<{ noun: string; verbs: string[]; extra: string[] }> = [
  'fire; destroyed, gutted, ravaged; firefighters, blaze, smoke, warehouse',
  'flood; swamped, inundated, submerged; river, rain, residents, evacuated',
  'strike; halted, shut down, paralysed; workers, union, wages, pickets',
  'merger; agreed to buy, acquired, took over; shareholders, deal, regulators, shares',
  'election; won, secured, claimed; votes, ballot, turnout, candidate',
  'earthquake; shook, struck, rattled; magnitude, aftershocks, epicentre, tremor',
  'arrest; detained, arrested, held; police, charges, court, suspect',
  'recall; recalled, withdrew, pulled; vehicles, defect, safety, customers',
  'outage; cut power to, left dark, disrupted; grid, homes, engineers, storm',
  'trial; began hearing, opened, adjourned; judge, jury, defence, prosecutors',
].map((line) => {
  const [noun, verbs, extra] = line.split('; ') as [string, string, string];
  return { noun, verbs: verbs.split(', '), extra: extra.split(', ') };
});
const FILLER = [
  'The situation was being monitored closely, a spokesperson said.',
  'More details were expected later in the day.',
  'Local media reported long queues at the scene.',
  'Officials urged people to follow updates from the authorities.',
  'The news was widely shared on social media.',
  'Analysts said the full impact would take weeks to assess.',
];

interface Generated {
  text: string;
  story: number;
}

function* generate(n: number, seed = 7): Generator<Generated> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const name = (parts: number): string => {
    let s = '';
    for (let i = 0; i < parts; i++) s += pick(SYLLABLES);
    return s[0]!.toUpperCase() + s.slice(1);
  };
  // Stories start through a year; each has a geometric number of articles (mean about 6).
  const day0 = Date.UTC(2030, 0, 1);
  const pending: Array<{ time: number; g: Generated }> = [];
  let story = 0;
  let produced = 0;
  let clock = 0;
  const perDay = Math.max(1, n / 365);
  while (produced < n) {
    // Make stories for the next day, then emit articles due by then, in time order.
    const today = day0 + clock * 86_400_000;
    for (let s = 0; s < perDay / 6; s++) {
      const kind = pick(KINDS);
      const place = name(3);
      const person = `${name(2)} ${name(3)}`;
      const org = `${name(3)} ${pick(['Group', 'Holdings', 'Council', 'Authority', 'Union'])}`;
      const amount = 2 + Math.floor(r() * 900);
      const articles = 1 + Math.floor(-Math.log(1 - r()) * 5);
      for (let a = 0; a < articles; a++) {
        const verb = pick(kind.verbs);
        const lines = [
          `${kind.noun[0]!.toUpperCase() + kind.noun.slice(1)} ${verb} ${place}, ${org} says`,
          `A ${kind.noun} ${verb} parts of ${place} on ${new Date(today).toUTCString().slice(0, 11)}, ${org} said.`,
          `${person}, who leads ${org}, said ${amount} people were affected and the ${pick(kind.extra)} was under control.`,
          `The ${pick(kind.extra)} and the ${pick(kind.extra)} were the main concerns in ${place}, according to ${person}.`,
          pick(FILLER),
          `Reports said about $${amount} million in damage or costs were expected in ${place}.`,
          pick(FILLER),
        ].filter(() => r() > 0.15);
        pending.push({
          time: today + Math.floor(r() * 2 * 86_400_000),
          g: { text: lines.join('\n'), story },
        });
      }
      story++;
    }
    pending.sort((x, y) => x.time - y.time);
    while (pending.length && pending[0]!.time < today + 86_400_000 && produced < n) {
      const { time, g } = pending.shift()!;
      produced++;
      yield { ...g, text: `${g.text}\nPublished ${new Date(time).toISOString().slice(0, 10)}.` };
    }
    clock++;
  }
}

function b3(gold: Int32Array, pred: Int32Array): number {
  const pair = new Map<string, number>();
  const g = new Map<number, number>();
  const p = new Map<number, number>();
  for (let i = 0; i < gold.length; i++) {
    pair.set(`${gold[i]},${pred[i]}`, (pair.get(`${gold[i]},${pred[i]}`) ?? 0) + 1);
    g.set(gold[i]!, (g.get(gold[i]!) ?? 0) + 1);
    p.set(pred[i]!, (p.get(pred[i]!) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [key, c] of pair) {
    const [gs, ps] = key.split(',').map(Number) as [number, number];
    precision += (c * c) / p.get(ps)!;
    recall += (c * c) / g.get(gs)!;
  }
  precision /= gold.length;
  recall /= gold.length;
  return (2 * precision * recall) / (precision + recall);
}

interface Analysed {
  id: string;
  time: number;
  counts: Array<[string, number]>;
  signature: Uint32Array | null;
}

const THREADS = Math.max(1, Math.min(2, availableParallelism()));
// The workers run the built package: build it first.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

/** Worker threads running the per-article pipeline, one job at a time each, results by job. */
class Pool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, (r: Analysed[]) => void>();
  private job = 0;
  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(new URL('./bench-scale-worker.mjs', import.meta.url));
      w.on('message', (m: { job: number; out: Analysed[] }) => {
        this.waiting.get(m.job)!(m.out);
        this.waiting.delete(m.job);
      });
      return w;
    });
  }
  run(texts: string[]): Promise<Analysed[]> {
    const job = this.job++;
    return new Promise((resolve) => {
      this.waiting.set(job, resolve);
      this.workers[job % this.workers.length]!.postMessage({ job, texts });
    });
  }
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function* batched<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const x of items) {
    batch.push(x);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

for (const n of sizes) {
  const index = new StoryIndex();
  const gold = new Int32Array(n);
  const pred = new Int32Array(n);
  let bytes = 0;
  let peak = 0;
  let analysisMs = 0;
  let clusterMs = 0;
  const curve: string[] = [];
  const t0 = performance.now();
  let i = 0;
  const pool = new Pool(THREADS);
  const batches = batched(generate(n), 400)[Symbol.iterator]();
  // Keep two batches in flight per thread; take results back in order.
  const inflight: Array<Promise<Analysed[]>> = [];
  const golds: number[][] = [];
  const refill = (): void => {
    while (inflight.length < THREADS * 2) {
      const next = batches.next();
      if (next.done) return;
      bytes += next.value.reduce((s, g) => s + g.text.length, 0);
      golds.push(next.value.map((g) => g.story));
      inflight.push(pool.run(next.value.map((g) => g.text)));
    }
  };
  refill();
  while (inflight.length) {
    const w0 = performance.now();
    const results = await inflight.shift()!;
    analysisMs += performance.now() - w0;
    const storyOf = golds.shift()!;
    refill();
    const c0 = performance.now();
    results.forEach((r, k) => {
      const a = index.add({
        id: r.id,
        time: r.time,
        counts: new Map(r.counts),
        signature: r.signature ?? undefined,
      });
      gold[i] = storyOf[k]!;
      pred[i] = a.story;
      i++;
      if (i % 10_000 === 0) {
        const rss = process.memoryUsage().rss;
        if (rss > peak) peak = rss;
        if (i % (n / 10) === 0)
          curve.push(
            `${i / 1000}k: ${((performance.now() - t0) / 1000).toFixed(0)} s, RSS ${(rss / 1048576).toFixed(0)} MB, live stories ${index.liveStories}`,
          );
      }
    });
    clusterMs += performance.now() - c0;
  }
  await pool.close();
  const s = (performance.now() - t0) / 1000;
  console.log(
    `${n.toLocaleString('en')} articles (${(bytes / 1048576).toFixed(0)} MB): ${s.toFixed(0)} s wall, ${(n / s).toFixed(0)} articles/s (analysis in ${THREADS} threads, story assignment ${(clusterMs / 1000).toFixed(0)} s on the main thread = ${(n / (clusterMs / 1000)).toFixed(0)} articles/s, waiting for analysis ${(analysisMs / 1000).toFixed(0)} s), peak RSS ${(peak / 1048576).toFixed(0)} MB, ${index.storyCount} stories (generated ${gold[n - 1]! + 1}), B3 F1 ${b3(gold, pred).toFixed(3)}`,
  );
  for (const c of curve) console.log(`  ${c}`);
}
