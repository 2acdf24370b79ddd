/**
 * npm run bench:store: GET /api/stories on a store of many analyses (issue 17 item 8).
 * Fills a store (embedded PGlite in a temporary folder, or the PostgreSQL server of
 * DATABASE_URL, in its own schema-free tables: use an empty database) with --rows analyses
 * (default 1,000,000) and 1 % as many corpus stories, starts `serve` on loopback and times
 * the listing (after 20 requests of each kind not timed, while the server's code is
 * compiled); then times what the listing cost before the indexes and the totals kept by the
 * writes (a full count and a sort of the table), for comparison. Not part of the tests. Prints the
 * clock time of each request and the CPU time they took (this process, every thread: the
 * server's, the store's and the client's), and the load average. `--checkout DIR` runs the
 * server and store of another checkout of corroborate (a baseline, measured at the same time).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serverOf } from './shared.js';
import { ROOT } from '../test/paths.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('--rows', 1_000_000);
const REQUESTS = arg('--requests', 200);
/** Requests of each kind before those timed. */
const WARM_UP = 20;
const at = process.argv.indexOf('--checkout');
const checkout = resolve(at > 0 ? process.argv[at + 1]! : ROOT);
const { serve, Store } = await serverOf(checkout);
const url = process.env.DATABASE_URL;
const work = url ? null : mkdtempSync(join(tmpdir(), 'corroborate-bench-store-'));
const dir = work ? join(work, 'store') : null;
const store = await Store.open(url ? { url } : { dir });

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const ms = (x: number): string => `${x.toFixed(1)} ms`;

try {
  const started = performance.now();
  const CHUNK = 100_000;
  for (let from = 1; from <= ROWS; from += CHUNK) {
    await store.sql.query(
      `insert into analyses (id, title, articles, outlets, dossier, created_at)
       select 'a-' || g, 'Story ' || g, 3, 2, '{"schema":"corroborate/dossier@1"}', now() - g * interval '1 second'
       from generate_series($1::int, $2::int) g`,
      [from, Math.min(ROWS, from + CHUNK - 1)],
    );
    process.stderr.write(`\rfilled ${Math.min(ROWS, from + CHUNK - 1).toLocaleString('en')} analyses`);
  }
  await store.sql.query(
    `insert into stories (id, updated_at) select 's-' || g, now() - g * interval '1 second'
     from generate_series(1, $1::int) g`,
    [Math.ceil(ROWS / 100)],
  );
  await store.sql.query('analyze');
  process.stderr.write(`\n`);
  console.log(
    `store: ${ROWS.toLocaleString('en')} analyses, ${Math.ceil(ROWS / 100).toLocaleString('en')} corpus stories (${url ? 'PostgreSQL' : 'PGlite'}), filled in ${((performance.now() - started) / 1000).toFixed(0)} s${at > 0 ? `; the server of ${checkout}` : ''}`,
  );

  const app = await serve({ store, port: 0 });
  // Not timed: the first requests compile the server's code (and, under tsx, load it).
  for (let i = 0; i < WARM_UP; i++)
    for (const path of ['api/stories?kind=created', 'api/stories']) {
      await store.sql.query(`update analyses set outlets = outlets where id = 'a-1'`);
      await (await fetch(`${app.url}${path}`)).arrayBuffer();
    }
  // Read from the store each time: a write before each request (not timed) makes the server's
  // kept answer stale (on the embedded store it keeps a listing until the next write). Then
  // the same requests with no write between them, answered from what it kept.
  for (const fresh of [true, false])
    for (const path of ['api/stories?kind=created', 'api/stories']) {
      const times: number[] = [];
      let cpu = 0;
      for (let i = 0; i < REQUESTS; i++) {
        if (fresh) await store.sql.query(`update analyses set outlets = outlets where id = 'a-1'`);
        const c = process.cpuUsage();
        const t = performance.now();
        const r = await fetch(`${app.url}${path}`);
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`GET /${path} answered ${r.status}`);
        const used = process.cpuUsage(c);
        times.push(performance.now() - t);
        cpu += (used.user + used.system) / 1000;
      }
      console.log(
        `GET /${path} (a page of 100 with the totals), ${REQUESTS} requests${fresh ? ', each read from the store' : url ? '' : ', no write between them'}: median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))}; CPU ${ms(cpu / times.length)} a request; load average ${loadavg()[0]!.toFixed(1)}`,
      );
    }
  // A deep page, read with the cursor of the page before it (`after`), where an offset read
  // through every entry before it (offsets are now bounded at 10,000).
  // (A checkout from before the cursor answers no `next`, and is not asked.)
  if ('next' in ((await (await fetch(`${app.url}api/stories?limit=1`)).json()) as object)) {
    const deep = ROWS - 100;
    const { rows } = await store.sql.query<{ at: string }>(
      `select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as at from analyses where id = $1`,
      [`a-${deep}`],
    );
    const after = Buffer.from(JSON.stringify({ created: [rows[0]!.at, `a-${deep}`], corpus: null })).toString(
      'base64url',
    );
    const times: number[] = [];
    let cpu = 0;
    for (let i = 0; i < 20; i++) {
      await store.sql.query(`update analyses set outlets = outlets where id = 'a-1'`);
      const c = process.cpuUsage();
      const t = performance.now();
      const r = await fetch(`${app.url}api/stories?kind=created&after=${after}`);
      const page = (await r.json()) as { stories: Array<{ id: string }> };
      if (r.status !== 200 || page.stories[0]?.id !== `a-${deep + 1}`)
        throw new Error('the deep page is wrong');
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu += (used.user + used.system) / 1000;
    }
    console.log(
      `GET /api/stories?kind=created&after=(the ${deep.toLocaleString('en')}th analysis), 20 requests, each read from the store: median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}; CPU ${ms(cpu / times.length)} a request`,
    );
  }
  await app.close();

  // What a listing cost before: a count of every row and a sort of the table.
  const timed = async (sql: string): Promise<number> => {
    const t = performance.now();
    await store.sql.query(sql);
    return performance.now() - t;
  };
  const count = await timed('select count(*) from analyses');
  await store.sql.query('drop index analyses_created');
  const sorted = await timed(
    'select id, title from analyses order by created_at desc, id limit 100 offset 0',
  );
  console.log(
    `before (for comparison): select count(*) ${ms(count)}; the first page without the index ${ms(sorted)}`,
  );
} finally {
  await store.close();
  if (work) rmSync(work, { recursive: true, force: true });
}
