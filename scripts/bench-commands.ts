/**
 * Whole commands as a user meets them: each timed from outside as a child
 * process (start-up included), several paired runs, medians; side by side with
 * the peers.
 *
 * - `corroborate --version` against a bare `node -e 0`;
 * - `corroborate extract -f jsonl` over the trafilatura-eval pages against a node
 *   script running Readability over linkedom on the same pages in one process;
 * - `corroborate analyze` on one story of 5, 30 and 120 ECB+ dev articles (the growth
 *   beyond, to 1,000 articles, is bench-story.ts).
 *
 * usage: tsx scripts/bench-commands.ts [--runs N] [--pages N] [--bin PATH]  (builds dist first)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpus, SHARED } from './shared.js';

const root = resolve(import.meta.dirname ?? '.', '..');
/** The CLI timed: the built one, or `--bin PATH` (another build, to compare before and after a change). */
const binArg = process.argv.indexOf('--bin');
const BIN = binArg > 0 ? resolve(process.argv[binArg + 1]!) : join(root, 'dist', 'cli', 'main.js');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Readability over linkedom on every page named on the command line, in one node process. */
const READABILITY = `
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
const decoder = new TextDecoder('utf-8');
let chars = 0;
for (const file of process.argv.slice(1)) {
  try {
    const { document } = parseHTML(decoder.decode(gunzipSync(readFileSync(file))));
    chars += new Readability(document).parse()?.textContent?.length ?? 0;
  } catch {
    // a page Readability cannot read still counts its time
  }
}
process.stdout.write(String(chars) + '\\n');
`;

/** Wall-clock milliseconds of one child process; throws if it fails. */
function timeProcess(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`bench: ${args.slice(0, 3).join(' ')} … exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Paired runs of two commands (alternating, so both see the same load on a
 * shared machine): the median time of each and the median of the per-pair ratios.
 */
function paired(
  ours: readonly string[],
  peer: readonly string[],
  runs: number,
): { ours: number; peer: number; ratio: number } {
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  timeProcess(ours); // warm the file cache
  timeProcess(peer);
  for (let i = 0; i < runs; i++) {
    const x = timeProcess(ours);
    const y = timeProcess(peer);
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  return { ours: median(a), peer: median(b), ratio: median(ratios) };
}

function textFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) textFiles(p, out);
    else if (name.endsWith('.txt')) out.push(p);
  }
  return out;
}

export function benchCommands(runs = arg('--runs', 5), pageCount = arg('--pages', 300)): void {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const ms = (x: number): string => `${x.toFixed(0).padStart(7)} ms`;
  console.log(`\nWhole commands, timed from outside (start-up included), median of ${runs} paired runs`);
  console.log(`  ${'command'.padEnd(52)} ${'corroborate'.padStart(10)} ${'peer'.padStart(10)}  ratio`);
  const line = (what: string, r: { ours: number; peer: number; ratio: number }, peer: string): void =>
    console.log(`  ${what.padEnd(52)} ${ms(r.ours)} ${ms(r.peer)}  ${r.ratio.toFixed(2)}x ${peer}`);

  const version = paired([BIN, '--version'], ['-e', '0'], Math.max(runs, 11));
  line('corroborate --version', version, 'node -e 0');

  const pagesDir = corpus('trafilatura-eval', 'html');
  const pages = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, pageCount)
    .map((f) => join(pagesDir, f));
  const extract = paired(
    [BIN, 'extract', '-f', 'jsonl', ...pages],
    ['--input-type=module', '-e', READABILITY, ...pages],
    runs,
  );
  line(`extract -f jsonl, ${pages.length} trafilatura-eval pages`, extract, 'Readability+linkedom');

  const pool = textFiles(corpus('ecbplus', 'dev')).sort();
  for (const n of [5, 30, 120]) {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t = timeProcess([BIN, 'analyze', '-f', 'json', ...pool.slice(0, n)]);
      if (i > 0) times.push(t); // the first run warms the file cache
    }
    console.log(`  ${`analyze, one story of ${n} ECB+ dev articles`.padEnd(52)} ${ms(median(times))}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(root, 'scripts', 'bench-commands.ts')) {
  if (!SHARED) {
    console.error('bench: ../shared not found (the pages and articles come from it)');
    process.exit(1);
  }
  benchCommands();
}
