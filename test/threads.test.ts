import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './paths.js';

const BIN = join(ROOT, 'dist', 'cli', 'main.js');

/** The CLI as a child process, without blocking the test worker. */
function cli(args: string[]) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.once('close', (code) => resolve({ code, out, err }));
  });
}

/** 40 short articles of one fictional story, an HTML page, a binary file and a copy among them (inputs in name order). */
function story(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'corroborate-threads-')), 'story');
  mkdirSync(dir);
  const towns = ['Lowmarsh', 'Brindle', 'Calder', 'Fenwick', 'Oakmere'];
  for (let i = 0; i < 40; i++) {
    const town = towns[i % towns.length]!;
    writeFileSync(
      join(dir, `${String(i).padStart(2, '0')}.txt`),
      [
        `Bridge in ${town} closed after cracks found (${i})`,
        `The council of ${town} voted on Friday to close the old bridge, the Gazette ${i} reported.`,
        `Engineers found cracks in ${2 + (i % 3)} of its piers last month, according to the county surveyor.`,
        `Repairs will cost at least $${1 + (i % 4)} million, a council spokesperson said.`,
      ].join('\n\n'),
    );
  }
  writeFileSync(
    join(dir, '05b.html'),
    `<html lang="en"><head><title>Lowmarsh bridge shut</title></head><body><nav>Home | News</nav><article><h1>Lowmarsh bridge shut</h1>
    <p>The council of Lowmarsh voted on Friday to close the old bridge after engineers found cracks in three of its piers.</p>
    <p>Repairs will cost at least $2 million, the county surveyor said on Saturday.</p></article></body></html>`,
  );
  writeFileSync(join(dir, '17b.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 0, 7, 8, 0, 0]));
  writeFileSync(join(dir, '29b.txt'), `Bridge in Fenwick closed after cracks found (3)\n\nA copy.`);
  writeFileSync(join(dir, '30b.txt'), `Bridge in Fenwick closed after cracks found (3)\n\nA copy.`);
  return dir;
}

describe('worker threads for the per-article pipeline', () => {
  const dir = story();

  it('extract: the same records in input order, and the same failures, with threads or without', async () => {
    const one = await cli(['extract', '-f', 'jsonl', '--threads', '1', dir]);
    const two = await cli(['extract', '-f', 'jsonl', '--threads', '2', dir]);
    expect(one.code).toBe(1); // the binary file is refused
    expect(two.code).toBe(1);
    expect(two.out).toBe(one.out);
    expect(two.err).toBe(one.err);
    expect(one.err).toMatch(/17b\.txt/);
    expect(one.err).toMatch(/30b\.txt.*same text as another input/);
    const locations = one.out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { location: string }).location.replace(/^.*\//, ''));
    expect(locations).toHaveLength(42);
    expect(locations).toEqual([...locations].sort());
  }, 120_000);

  it('analyze: the same dossier with threads or without', async () => {
    const one = await cli(['analyze', '-f', 'json', '--threads', '1', dir]);
    const two = await cli(['analyze', '-f', 'json', '--threads', '2', dir]);
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    const d = JSON.parse(one.out) as { documents: unknown[]; claims: unknown[] };
    expect(d.documents).toHaveLength(42);
    expect(d.claims.length).toBeGreaterThan(0);
  }, 120_000);
});
