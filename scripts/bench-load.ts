/**
 * Load on `serve` (issue 17 item 10), part of npm run bench: --clients (50) clients on
 * loopback, each sending one request after another for --seconds (30), a mix of reads (the
 * list, a dossier, the page: 80 %) and new stories of two or three articles (20 %); then
 * the same while a 240-article story (one JSON Lines upload) is analysed. The server runs
 * in a process of its own (as it does in use), so the clients' work does not delay it.
 * Prints the requests, their p50, p99 and longest time (as the clients saw them, and per
 * route as the server timed them), any failures, the server's event-loop delay and its CPU
 * time, the clients' own CPU time and event-loop delay (their share of the same cores, which
 * counts in the times they see), and the load average. Embedded store in a temporary folder; nothing is kept. `--checkout DIR` runs the
 * server of another checkout of corroborate (a baseline, measured at the same time).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { serverOf } from './shared.js';
import { seeded } from '../test/hostile.js';
import { ROOT } from '../test/paths.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const text = (name: string): string | null => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? null) : null;
};

/** Server-side figures of one round. */
interface ServerFigures {
  readonly routes: Record<string, number[]>;
  /** Event-loop delay, in ms. */
  readonly delay: { p50: number; p99: number; max: number };
  /** CPU time of the server process (every thread), in s. */
  readonly cpu: number;
}

/** The server process: opens a store, serves it, and times each request by route. */
async function server(): Promise<void> {
  const checkout = resolve(text('--checkout') ?? ROOT);
  const { serve, Store } = await serverOf(checkout);
  const store = await Store.open({ dir: text('--store') });
  const app = await serve({ store, port: 0 });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let routes: Record<string, number[]> = {};
  let cpu = process.cpuUsage();
  app.server.prependListener('request', (req, res) => {
    const t = performance.now();
    const path = (req.url ?? '/').split('?')[0]!;
    const name = `${req.method} ${path.startsWith('/api/stories/') ? '/api/stories/ID' : path}`;
    res.once('close', () => (routes[name] ??= []).push(performance.now() - t));
  });
  process.on('message', async (m: string) => {
    if (m === 'start') {
      routes = {};
      cpu = process.cpuUsage();
      delay.reset();
      delay.enable();
      process.send!('started');
    } else if (m === 'figures') {
      delay.disable();
      const used = process.cpuUsage(cpu);
      const ms = (ns: number): number => ns / 1e6;
      const figures: ServerFigures = {
        routes,
        delay: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
        cpu: (used.user + used.system) / 1e6,
      };
      process.send!(figures);
    } else if (m === 'stop') {
      await app.close();
      await store.close();
      process.exit(0);
    }
  });
  process.send!(app.url);
}

if (process.argv.includes('--server')) await server();
else await main();

async function main(): Promise<void> {
  const CLIENTS = arg('--clients', 50);
  const SECONDS = arg('--seconds', 30);
  const checkout = text('--checkout');
  /** A folder for CPU profiles of the server's threads (node --cpu-prof). */
  const profile = text('--profile');

  const exampleDir = join(ROOT, 'examples', 'harbour-fire');
  const examples = readdirSync(exampleDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(exampleDir, f), 'utf8'));
  /** An article of the example story, made new by a closing line. */
  const article = (n: number): string =>
    `${examples[n % examples.length]!}\nThe council said on Tuesday that ${n + 3} crews and ${n * 7 + 11} volunteers had helped.\n`;

  const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-load-'));
  const child: ChildProcess = fork(
    fileURLToPath(import.meta.url),
    ['--server', '--store', join(work, 'store'), ...(checkout ? ['--checkout', checkout] : [])],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [...process.execArgv, ...(profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [])],
    },
  );
  const next = <T>(): Promise<T> =>
    new Promise((ok, fail) => {
      child.once('message', (m) => ok(m as T));
      child.once('exit', (code) => fail(new Error(`the server process ended (exit code ${code})`)));
    });
  const ask = <T>(m: string): Promise<T> => {
    const answer = next<T>();
    child.send(m);
    return answer;
  };
  const base = (await next<string>()).replace(/\/$/, '');

  // node:http with connections kept open, lighter per request than fetch (undici): the
  // clients share the cores with the server, and their own delays count in their figures.
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS + 1 });
  /** One request; resolves with the status once the whole answer has arrived. */
  const call = (method: string, path: string, body?: string): Promise<number> =>
    new Promise((ok, fail) => {
      const req = request(
        `${base}${path}`,
        {
          method,
          agent,
          headers: body
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
            : {},
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            last = Buffer.concat(chunks);
            ok(res.statusCode!);
          });
          res.on('error', fail);
        },
      );
      req.on('error', fail);
      req.end(body);
    });
  /** The body of the answer that ended last (read right after its status). */
  let last = Buffer.alloc(0);
  const post = (body: unknown): Promise<number> => call('POST', '/api/stories', JSON.stringify(body));

  interface Round {
    readonly times: number[];
    readonly reads: number[];
    readonly posts: number[];
    readonly failures: string[];
    /** The slowest requests: what they were, when they started (s into the round) and took (ms). */
    readonly slowest: Array<{ what: string; at: number; took: number }>;
    readonly server: ServerFigures;
    /** This process's CPU time (s) and event-loop delay (ms): the clients' own share of the cores. */
    readonly clients: { cpu: number; delayP99: number; delayMax: number };
  }

  /** Clients sending requests one after another until the time is up. */
  async function round(seconds: number, seed: number, during?: () => Promise<void>): Promise<Round> {
    const times: number[] = [];
    const reads: number[] = [];
    const posts: number[] = [];
    const failures: string[] = [];
    const slowest: Array<{ what: string; at: number; took: number }> = [];
    await post({ articles: [{ text: article(seed) }, { text: article(seed + 1) }] });
    const first = JSON.parse(last.toString('utf8')) as { id: string };
    await ask('start');
    const cpu = process.cpuUsage();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await during?.();
    let counter = seed * 1_000_000;
    const ends = performance.now() + seconds * 1000;
    const client = async (k: number): Promise<void> => {
      const random = seeded(seed * 1000 + k);
      while (performance.now() < ends) {
        const r = random();
        const t = performance.now();
        try {
          let status: number;
          if (r < 0.5) status = await call('GET', '/api/stories');
          else if (r < 0.7) status = await call('GET', `/api/stories/${first.id}`);
          else if (r < 0.8) status = await call('GET', '/');
          else {
            const n = (counter += 3);
            status = await post({
              articles: [
                { text: article(n) },
                { text: article(n + 1) },
                ...(r < 0.9 ? [{ text: article(n + 2) }] : []),
              ],
            });
          }
          if (status >= 400) failures.push(`${status}`);
        } catch (err) {
          failures.push((err as Error).message);
        }
        const took = performance.now() - t;
        const what = r < 0.5 ? 'list' : r < 0.7 ? 'dossier' : r < 0.8 ? 'page' : 'new story';
        slowest.push({ what, at: (t - (ends - seconds * 1000)) / 1000, took });
        slowest.sort((a, b) => b.took - a.took);
        slowest.length = Math.min(slowest.length, 5);
        times.push(took);
        (r < 0.8 ? reads : posts).push(took);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, k) => client(k)));
    delay.disable();
    const used = process.cpuUsage(cpu);
    const clients = {
      cpu: (used.user + used.system) / 1e6,
      delayP99: delay.percentile(99) / 1e6,
      delayMax: delay.max / 1e6,
    };
    return {
      times,
      reads,
      posts,
      failures,
      slowest,
      server: await ask<ServerFigures>('figures'),
      clients,
    };
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
    const d = r.server.delay;
    console.log(
      `  server: event-loop delay p50 ${d.p50.toFixed(0)} ms, p99 ${d.p99.toFixed(0)} ms, max ${d.max.toFixed(0)} ms; CPU ${r.server.cpu.toFixed(1)} s in ${SECONDS} s; clients: CPU ${r.clients.cpu.toFixed(1)} s, event-loop delay p99 ${r.clients.delayP99.toFixed(0)} ms, max ${r.clients.delayMax.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    console.log(
      `  slowest: ${r.slowest.map((x) => `${x.what} at ${x.at.toFixed(1)} s: ${x.took.toFixed(0)} ms`).join('; ')}`,
    );
    for (const [name, times] of Object.entries(r.server.routes).sort())
      console.log(`  server, ${name}: ${figures(times)}`);
  };

  try {
    console.log(
      `load on serve${checkout ? ` (the server of ${checkout})` : ''}: ${CLIENTS} clients on loopback for ${SECONDS} s, 80 % reads, 20 % new stories`,
    );
    report('mixed', await round(SECONDS, 1));
    // A 240-article story: one JSON Lines file of 240 records (one input of the request).
    const jsonl = Array.from({ length: 240 }, (_, i) => JSON.stringify({ text: article(10_000 + i) })).join(
      '\n',
    );
    // Posted a second before the clients start, and again after each 503 (busy) a second later.
    let big: Promise<{ status: number; seconds: number; tries: number }> | undefined;
    const bigStory = async (): Promise<{ status: number; seconds: number; tries: number }> => {
      const started = performance.now();
      for (let tries = 1; ; tries++) {
        const status = await post({
          files: [{ name: 'story.jsonl', base64: Buffer.from(jsonl).toString('base64') }],
        });
        if (status !== 503 || tries === 30)
          return { status, seconds: (performance.now() - started) / 1000, tries };
        await new Promise((ok) => setTimeout(ok, 1000));
      }
    };
    const during = await round(SECONDS, 2, async () => {
      big = bigStory();
      await new Promise((ok) => setTimeout(ok, 1000));
    });
    const b = await big!;
    report('mixed, while a 240-article story is analysed', during);
    console.log(
      `the 240-article story: ${b.status} after ${b.seconds.toFixed(1)} s (${b.tries} ${b.tries === 1 ? 'try' : 'tries'})`,
    );
  } finally {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
    rmSync(work, { recursive: true, force: true });
  }
}
