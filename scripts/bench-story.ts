/**
 * Growth of `corroborate analyze` with the size of one story: whole processes
 * (start-up included) on stories of n ECB+ dev articles, with their peak memory.
 * Past the 462 dev articles, each article comes again with a line of its own
 * appended (a syndicated copy with an editor's note), so every input is a new text.
 *
 * usage: tsx scripts/bench-story.ts [--sizes 30,120,300,600,1000] [--runs N] [--bin PATH] [--base PATH]
 * (--base: another build's dist/cli/main.js, run in turn with this one on each story, so
 * both columns see the same load on a shared machine)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpus, SHARED } from './shared.js';

const root = resolve(import.meta.dirname ?? '.', '..');
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** The ECB+ dev articles (`*.txt`), sorted by path. */
export function ecbArticles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) out.push(p);
    }
  };
  walk(corpus('ecbplus', 'dev'));
  return out.sort();
}

/** Writes a story of `n` distinct article texts to a new temporary folder; returns the folder. */
export function writeStory(n: number, pool: readonly string[] = ecbArticles()): string {
  const dir = mkdtempSync(join(tmpdir(), `corroborate-story-${n}-`));
  for (let i = 0; i < n; i++) {
    const round = Math.floor(i / pool.length);
    let text = readFileSync(pool[i % pool.length]!, 'utf8');
    if (round > 0) text = `${text.trimEnd()}\n\nEditor's note: syndicated copy ${round}.\n`;
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), text);
  }
  return dir;
}

/**
 * Wall-clock milliseconds, CPU seconds (user and system, every thread) and peak resident
 * memory (MB) of one `analyze` of a folder. On a machine shared with other jobs the CPU
 * time is the steadier figure.
 */
export function timeAnalyze(bin: string, dir: string): { ms: number; cpu: number; mb: number } {
  const t0 = performance.now();
  // /usr/bin/time reports the child's CPU time and peak resident set.
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %M', process.execPath, bin, 'analyze', '-f', 'json', dir],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bench-story: analyze of ${dir} exited ${r.status}: ${r.stderr}`);
  const [, user, system, kb] = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr) ?? [];
  return { ms, cpu: Number(user) + Number(system), mb: Number(kb) / 1024 };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function benchStory(
  sizes: readonly number[] = (option('--sizes') ?? '30,120,300,600,1000').split(',').map(Number),
  runs = Number(option('--runs') ?? 3),
  bin = resolve(option('--bin') ?? join(root, 'dist', 'cli', 'main.js')),
  base: string | undefined = option('--base') && resolve(option('--base')!),
): void {
  const builds = base ? [base, bin] : [bin];
  console.log(
    `\nanalyze of one story, whole process, median of ${runs} runs (load average ${loadavg()[0]!.toFixed(1)} at the start)`,
  );
  if (base) console.log(`  base: ${base}\n  this: ${bin}`);
  const head = `${'wall'.padStart(9)} ${'CPU'.padStart(9)} ${'peak RSS'.padStart(9)}`;
  console.log(`  ${'articles'.padStart(8)} ${base ? `${head}  |  ${head}` : head}`);
  const pool = ecbArticles();
  for (const n of sizes) {
    const dir = writeStory(n, pool);
    try {
      // Builds in turn within each round, so a change in the machine's load falls on both.
      const results = builds.map(() => [] as Array<ReturnType<typeof timeAnalyze>>);
      for (let r = 0; r < runs; r++) builds.forEach((b, k) => results[k]!.push(timeAnalyze(b, dir)));
      const columns = results.map((rs) => {
        const ms = median(rs.map((r) => r.ms));
        const cpu = median(rs.map((r) => r.cpu));
        const mb = median(rs.map((r) => r.mb));
        return `${(ms / 1000).toFixed(1).padStart(7)} s ${cpu.toFixed(1).padStart(7)} s ${mb.toFixed(0).padStart(6)} MB`;
      });
      // The one-minute load average when the size's runs end: on a shared machine it tells
      // how far the wall times are from an idle machine's.
      console.log(`  ${String(n).padStart(8)} ${columns.join('  |  ')}  (load ${loadavg()[0]!.toFixed(1)})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(root, 'scripts', 'bench-story.ts')) {
  if (!SHARED) {
    console.error('bench: ../shared not found (the articles come from it)');
    process.exit(1);
  }
  benchStory();
}
