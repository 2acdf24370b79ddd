import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { readInputs } from '../src/load/inputs.js';
import { enqueue, runWorker } from '../src/store/queue.js';
import { Store } from '../src/store/store.js';
import { ROOT } from './paths.js';

const postgresUrl = inject('postgresUrl');
const maybe = postgresUrl ? it : it.skip;

/** A new, empty database on the test server, so tests do not share data. */
async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return postgresUrl.replace(/\/postgres$/, `/${name}`);
}

maybe('two workers share one queue in PostgreSQL: every article stored once, none lost', async () => {
  // A database of its own, so the store tests' data does not mix in.
  const url = await freshDatabase('corroborate_queue_test');

  const { items } = readInputs([join(ROOT, 'examples', 'harbour-fire')]);
  const extra = [1, 2, 3, 4].map((n) => ({
    source: { kind: 'record' as const, location: `flood-${n}` },
    format: 'text' as const,
    text: `Floodwater breached the river barrier at Lowmarsh in 2029 for the ${n}th time, and 300 residents were moved to the town hall before dawn, the county council said.`,
  }));
  const broken = {
    source: { kind: 'record' as const, location: 'empty' },
    format: 'text' as const,
    text: '   ',
  };
  expect(await enqueue(url, [...items, ...extra, broken])).toBe(9);

  const [a, b] = await Promise.all([
    runWorker(url, { untilIdle: true, batchSize: 2 }),
    runWorker(url, { untilIdle: true, batchSize: 2 }),
  ]);
  expect(a.stored + b.stored).toBe(8);
  expect(a.failed + b.failed).toBe(1);

  const store = await Store.open({ url });
  expect(await store.articleCount()).toBe(8);
  const stories = await store.stories();
  expect(stories.flatMap((s) => s.documents).length).toBe(8);
  await store.close();
  // The same articles again: the queue delivers them, the store keeps them once.
  await enqueue(url, items);
  const again = await runWorker(url, { untilIdle: true });
  expect(again.stored).toBe(0);
});

maybe('works from the command line: ingest --queue, then two worker processes', async () => {
  const url = await freshDatabase('corroborate_cli_queue');
  const cli = (args: string[], env: NodeJS.ProcessEnv) =>
    new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
      const p = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), ...args], {
        env: { ...process.env, ...env },
      });
      let out = '';
      let err = '';
      p.stdout.on('data', (c) => (out += c));
      p.stderr.on('data', (c) => (err += c));
      p.on('close', (code) => resolve({ code, out, err }));
    });
  const queued = await cli(['ingest', '--queue', join(ROOT, 'examples', 'harbour-fire')], {
    DATABASE_URL: url,
  });
  expect(queued.out).toMatch(/queued 4 article\(s\)/);
  const workers = await Promise.all([
    cli(['worker', '--until-idle', '--batch', '1'], { DATABASE_URL: url }),
    cli(['worker', '--until-idle', '--batch', '1'], { DATABASE_URL: url }),
  ]);
  const stored = workers.map((w) => Number(/stored (\d+)/.exec(w.out)?.[1] ?? NaN));
  expect(stored[0]! + stored[1]!).toBe(4);
  const noDb = await cli(['worker', '--until-idle'], { DATABASE_URL: '' });
  expect(noDb.code).toBe(2);
  expect(noDb.err).toMatch(/set DATABASE_URL/);
});
