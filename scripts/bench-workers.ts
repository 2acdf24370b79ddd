/**
 * Ingest through the queue with one and with two worker processes, on the same
 * queued articles (real HTML pages from ../shared/corpora/trafilatura-eval),
 * each run in a fresh database of a throwaway PostgreSQL server.
 * usage: tsx scripts/bench-workers.ts [--pages N]
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { enqueue } from '../src/store/queue.js';
import type { InputItem } from '../src/load/inputs.js';
import { startPostgres } from '../test/postgres-server.js';
import { evalPages } from './trafilatura-eval.js';

const root = resolve(import.meta.dirname ?? '.', '..');
const argPages = process.argv.indexOf('--pages');
const count = argPages > 0 ? Number(process.argv[argPages + 1]) : 300;

export async function benchWorkers(pagesWanted = count): Promise<void> {
  const server = await startPostgres();
  if (!server) {
    console.log('\nqueue ingest: skipped (no PostgreSQL server binaries on this machine)');
    return;
  }
  try {
    const pages = evalPages().slice(0, pagesWanted);
    const items: InputItem[] = pages.map((p) => ({
      source: { kind: 'url', location: p.url },
      bytes: p.bytes,
      format: 'html',
    }));
    const run = async (workers: number): Promise<number> => {
      const db = `bench_workers_${workers}`;
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query(`drop database if exists ${db}`);
      await admin.query(`create database ${db}`);
      await admin.end();
      const url = server.url.replace(/\/postgres$/, `/${db}`);
      await enqueue(url, items);
      const t0 = performance.now();
      await Promise.all(
        Array.from(
          { length: workers },
          () =>
            new Promise<void>((done, fail) => {
              const p = spawn(
                process.execPath,
                [join(root, 'dist', 'cli', 'main.js'), 'worker', '--until-idle', '--batch', '10'],
                {
                  env: { ...process.env, DATABASE_URL: url },
                  stdio: ['ignore', 'ignore', 'inherit'],
                },
              );
              p.on('close', (code) => (code === 0 ? done() : fail(new Error(`worker exited ${code}`))));
            }),
        ),
      );
      return performance.now() - t0;
    };
    const one = await run(1);
    const two = await run(2);
    console.log(
      `\nqueue ingest of ${pages.length} HTML pages into PostgreSQL (processing, storing, one story update at the end)`,
    );
    console.log(
      `one worker   ${(one / 1000).toFixed(1).padStart(6)} s  ${(pages.length / (one / 1000)).toFixed(1)} pages/s`,
    );
    console.log(
      `two workers  ${(two / 1000).toFixed(1).padStart(6)} s  ${(pages.length / (two / 1000)).toFixed(1)} pages/s`,
    );
    console.log(`ratio: two workers take ${(two / one).toFixed(2)} of the time of one`);
  } finally {
    server.stop();
  }
}

if (process.argv[1]?.endsWith('bench-workers.ts')) await benchWorkers();
