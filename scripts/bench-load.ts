/**
 * Load on `serve` (issue 17 item 10), part of npm run bench: --clients (50) clients on
 * loopback, each sending one request after another for --seconds (30), a mix of reads (the
 * list, a dossier, the page: 80 %) and new stories of two or three articles (20 %); then
 * the same while a 240-article story (one JSON Lines upload) is analysed. Prints the
 * requests, their p50, p99 and longest time, and any failures. Embedded store in a
 * temporary folder; nothing is kept.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../src/server/serve.js';
import { Store } from '../src/store/store.js';
import { seeded } from '../test/hostile.js';
import { ROOT } from '../test/paths.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg('--clients', 50);
const SECONDS = arg('--seconds', 30);

const exampleDir = join(ROOT, 'examples', 'harbour-fire');
const examples = readdirSync(exampleDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(exampleDir, f), 'utf8'));
/** An article of the example story, made new by a closing line. */
const article = (n: number): string =>
  `${examples[n % examples.length]!}\nThe council said on Tuesday that ${n + 3} crews and ${n * 7 + 11} volunteers had helped.\n`;

const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-load-'));
const dir = join(work, 'store');
const store = await Store.open({ dir });
const app = await serve({ store, port: 0 });
const base = app.url.replace(/\/$/, '');

const post = (body: unknown): Promise<Response> =>
  fetch(`${base}/api/stories`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

interface Round {
  readonly times: number[];
  readonly reads: number[];
  readonly posts: number[];
  readonly failures: string[];
}

/** Clients sending requests one after another until the time is up. */
async function round(seconds: number, seed: number): Promise<Round> {
  const times: number[] = [];
  const reads: number[] = [];
  const posts: number[] = [];
  const failures: string[] = [];
  const first = (await (await post({ articles: [{ text: article(0) }, { text: article(1) }] })).json()) as {
    id: string;
  };
  let counter = seed * 1_000_000;
  const ends = performance.now() + seconds * 1000;
  const client = async (k: number): Promise<void> => {
    const random = seeded(seed * 1000 + k);
    while (performance.now() < ends) {
      const r = random();
      const t = performance.now();
      let res: Response;
      try {
        if (r < 0.5) res = await fetch(`${base}/api/stories`);
        else if (r < 0.7) res = await fetch(`${base}/api/stories/${first.id}`);
        else if (r < 0.8) res = await fetch(`${base}/`);
        else {
          const n = (counter += 3);
          res = await post({
            articles: [
              { text: article(n) },
              { text: article(n + 1) },
              ...(r < 0.9 ? [{ text: article(n + 2) }] : []),
            ],
          });
        }
        await res.arrayBuffer();
        if (res.status >= 400) failures.push(`${res.status}`);
      } catch (err) {
        failures.push((err as Error).message);
      }
      const took = performance.now() - t;
      times.push(took);
      (r < 0.8 ? reads : posts).push(took);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, k) => client(k)));
  return { times, reads, posts, failures };
}

const figures = (times: number[]): string => {
  const s = [...times].sort((a, b) => a - b);
  if (!s.length) return 'none';
  const q = (x: number): string => `${s[Math.min(s.length - 1, Math.floor(x * s.length))]!.toFixed(0)} ms`;
  return `${s.length}, p50 ${q(0.5)}, p99 ${q(0.99)}, max ${s[s.length - 1]!.toFixed(0)} ms`;
};
const report = (name: string, r: Round): void => {
  console.log(
    `${name}: ${r.times.length} requests (${(r.times.length / SECONDS).toFixed(0)}/s): all ${figures(r.times)}; reads ${figures(r.reads)}; new stories ${figures(r.posts)}; ${r.failures.length} refused or failed${r.failures.length ? ` (${[...new Set(r.failures)].slice(0, 3).join(', ')}: 503 is 'busy, try again')` : ''}`,
  );
};

try {
  console.log(`load on serve: ${CLIENTS} clients on loopback for ${SECONDS} s, 80 % reads, 20 % new stories`);
  report('mixed', await round(SECONDS, 1));
  // A 240-article story: one JSON Lines file of 240 records (one input of the request).
  const jsonl = Array.from({ length: 240 }, (_, i) => JSON.stringify({ text: article(10_000 + i) })).join(
    '\n',
  );
  const started = performance.now();
  const big = post({ files: [{ name: 'story.jsonl', base64: Buffer.from(jsonl).toString('base64') }] }).then(
    async (r) => ({ status: r.status, seconds: (performance.now() - started) / 1000, body: await r.text() }),
  );
  const during = await round(SECONDS, 2);
  const b = await big;
  report('mixed, while a 240-article story is analysed', during);
  console.log(`the 240-article story: ${b.status} after ${b.seconds.toFixed(1)} s`);
} finally {
  await app.close();
  await store.close();
  rmSync(work, { recursive: true, force: true });
}
