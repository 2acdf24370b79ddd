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
 * usage: tsx scripts/bench-commands.ts [--runs N] [--pages N] [--bin PATH] [--only version|extract]  (builds dist first)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
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

/** GNU time, to read a child's CPU time (user + system, all its threads); without it only wall-clock time is shown. */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** One child process's wall-clock and CPU milliseconds (CPU NaN without GNU time); throws if it fails. */
function timeProcess(args: readonly string[]): { wall: number; cpu: number } {
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', 'cpu-seconds %U %S', process.execPath, ...args], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 256 * 1024 * 1024,
      })
    : spawnSync(process.execPath, args, {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 256 * 1024 * 1024,
      });
  const wall = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`bench: ${args.slice(0, 3).join(' ')} … exited ${r.status}: ${r.stderr}`);
  const m = /cpu-seconds ([\d.]+) ([\d.]+)\s*$/.exec(String(r.stderr));
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Paired {
  /** Median milliseconds of each command and median of the per-pair ratios, ours over the peer's. */
  readonly ours: number;
  readonly peer: number;
  readonly ratio: number;
}

/**
 * Paired runs of two commands (alternating, so both see the same load on a
 * shared machine): medians of CPU time (user + system: what a busy machine's
 * other jobs disturb least) and of wall-clock time.
 */
function paired(
  ours: readonly string[],
  peer: readonly string[],
  runs: number,
): { cpu: Paired; wall: Paired } {
  const pairs: Array<[{ wall: number; cpu: number }, { wall: number; cpu: number }]> = [];
  timeProcess(ours); // warm the file cache
  timeProcess(peer);
  for (let i = 0; i < runs; i++) pairs.push([timeProcess(ours), timeProcess(peer)]);
  const of = (k: 'wall' | 'cpu'): Paired => ({
    ours: median(pairs.map((p) => p[0][k])),
    peer: median(pairs.map((p) => p[1][k])),
    ratio: median(pairs.map((p) => p[0][k] / p[1][k])),
  });
  return { cpu: of('cpu'), wall: of('wall') };
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
  console.log(
    `\nWhole commands, timed from outside (start-up included), median of ${runs} paired runs: CPU time (user + system${TIME ? '' : ': no /usr/bin/time here, so NaN'}), then wall-clock time`,
  );
  console.log(
    `  ${'command'.padEnd(52)} ${'CPU ours'.padStart(10)} ${'CPU peer'.padStart(10)}  ratio   ${'wall ours'.padStart(10)} ${'wall peer'.padStart(10)}  ratio`,
  );
  // The one-minute load average when each line's runs end: on a shared machine the peer slows
  // more than we do as it rises (the same build of extract: 0.43 at load 3, 0.26 at load 8; issue 16).
  const line = (what: string, r: { cpu: Paired; wall: Paired }, peer: string): void =>
    console.log(
      `  ${what.padEnd(52)} ${ms(r.cpu.ours)} ${ms(r.cpu.peer)}  ${r.cpu.ratio.toFixed(2)}x  ${ms(r.wall.ours)} ${ms(r.wall.peer)}  ${r.wall.ratio.toFixed(2)}x ${peer} (load ${loadavg()[0]!.toFixed(1)})`,
    );
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

  if (!only || only === 'version') {
    const version = paired([BIN, '--version'], ['-e', '0'], Math.max(runs, 11));
    line('corroborate --version', version, 'node -e 0');
  }
  if (only && only !== 'extract') return;

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
  if (only) return;

  const pool = textFiles(corpus('ecbplus', 'dev')).sort();
  for (const n of [5, 30, 120]) {
    const times: Array<{ wall: number; cpu: number }> = [];
    for (let i = 0; i <= runs; i++) {
      const t = timeProcess([BIN, 'analyze', '-f', 'json', ...pool.slice(0, n)]);
      if (i > 0) times.push(t); // the first run warms the file cache
    }
    console.log(
      `  ${`analyze, one story of ${n} ECB+ dev articles`.padEnd(52)} ${ms(median(times.map((t) => t.cpu)))} ${''.padStart(10)}         ${ms(median(times.map((t) => t.wall)))}`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(root, 'scripts', 'bench-commands.ts')) {
  if (!SHARED) {
    console.error('bench: ../shared not found (the pages and articles come from it)');
    process.exit(1);
  }
  benchCommands();
}
