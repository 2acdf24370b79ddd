/**
 * npm run fuzz: a longer campaign of hostile input shapes (test/hostile.ts) than the test
 * suite's, through the library and through the CLI, reporting every case, crash, hang and
 * case over its time bound. A case's bound is the issue's: 2 s of CPU up to 100 KB, 10 s up
 * to 1 MB; a case still running at 5 times its bound (by the clock) is a hang and is stopped.
 * Options: --seconds N (campaign length, default 300), --seed N (default 1), --max-size BYTES
 * (default 1000000), --no-cli. Exit 1 when any case crashed, hung or passed its bound.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_SHAPES, seeded, type HostileInput } from '../test/hostile.js';
import { ROOT } from '../test/paths.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('--seconds', 300);
const SEED = arg('--seed', 1);
const MAX_SIZE = arg('--max-size', 1_000_000);
const CLI = !process.argv.includes('--no-cli');
const BIN = join(ROOT, 'dist', 'cli', 'main.js');
if (CLI && !existsSync(BIN)) {
  console.error('fuzz: dist/cli/main.js is missing; run npm run build first (or pass --no-cli)');
  process.exit(2);
}

/** The issue's bound for an input of `size` code units, in seconds of CPU. */
const boundFor = (size: number): number => (size <= 100_000 ? 2 : 10);
const SIZES = [10_000, 100_000, 300_000, 1_000_000].filter((s) => s <= MAX_SIZE);

interface Outcome {
  readonly status: 'ok' | 'refused' | 'slow' | 'crash' | 'hang';
  readonly seconds: number;
  readonly detail: string;
}

/** Runs a command, stopped at `limit` seconds by the clock; its CPU time when it prints one. */
function run(
  cmd: string,
  args: string[],
  limit: number,
): Promise<{ code: number | null; out: string; err: string; hung: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, limit * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, hung });
    });
  });
}

/** The library: one child process per case, which reports its CPU time. */
async function libraryCase(shape: number, size: number, seed: number): Promise<Outcome> {
  const bound = boundFor(size);
  const r = await run(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'fuzz-case.ts'), String(shape), String(size), String(seed)],
    bound * 5 + 5,
  );
  if (r.hung) return { status: 'hang', seconds: bound * 5 + 5, detail: 'stopped' };
  if (r.code !== 0)
    return { status: 'crash', seconds: 0, detail: r.err.trim().split('\n').slice(0, 3).join(' | ') };
  const { cpu, refused } = JSON.parse(r.out.trim().split('\n').pop()!) as {
    cpu: number;
    refused: string | null;
  };
  if (cpu > bound) return { status: 'slow', seconds: cpu, detail: `over ${bound} s` };
  return { status: refused ? 'refused' : 'ok', seconds: cpu, detail: refused ?? '' };
}

/** Writes an input where the CLI reads it: a file, or a folder of articles. */
function write(input: HostileInput, dir: string): string {
  if (input.kind === 'text')
    return (writeFileSync(join(dir, 'input.txt'), input.text), join(dir, 'input.txt'));
  if (input.kind === 'html')
    return (writeFileSync(join(dir, 'input.html'), input.html), join(dir, 'input.html'));
  const folder = join(dir, 'story');
  mkdirSync(folder);
  input.articles.forEach((a, i) => writeFileSync(join(folder, `${String(i).padStart(3, '0')}.txt`), a));
  return folder;
}

/** The CLI: `corroborate analyze INPUT -f json -o FILE`; exit 0, or 1 with a refusal and no stack trace. */
async function cliCase(shape: number, size: number, seed: number, dir: string): Promise<Outcome> {
  const bound = boundFor(size);
  const input = write(HOSTILE_SHAPES[shape]!.make(size, seeded(seed)), dir);
  const started = performance.now();
  // The clock, with the start-up of a process: a case's bound plus 2 s, times 5 before it is a hang.
  const r = await run(
    process.execPath,
    [BIN, 'analyze', input, '-f', 'json', '-o', join(dir, 'out.json')],
    (bound + 2) * 5,
  );
  const seconds = (performance.now() - started) / 1000;
  if (r.hung) return { status: 'hang', seconds, detail: 'stopped' };
  if (/\n\s+at |internal error/.test(r.err))
    return { status: 'crash', seconds, detail: r.err.trim().split('\n')[0]! };
  if (r.code === 0) return { status: 'ok', seconds, detail: 'wall clock' };
  if (r.code === 1 && /\[[a-z-]+:[a-z-]+\]/.test(r.err))
    return { status: 'refused', seconds, detail: r.err.trim().split('\n')[0]! };
  return { status: 'crash', seconds, detail: `exit ${r.code}: ${r.err.trim().split('\n')[0] ?? ''}` };
}

const random = seeded(SEED);
const counts: Record<Outcome['status'], number> = { ok: 0, refused: 0, slow: 0, crash: 0, hang: 0 };
const work = mkdtempSync(join(tmpdir(), 'corroborate-fuzz-'));
const ends = performance.now() + SECONDS * 1000;
let cases = 0;
console.log(
  `fuzz: ${HOSTILE_SHAPES.length} shapes, sizes ${SIZES.join(', ')}, seed ${SEED}, ${SECONDS} s${CLI ? ', library and CLI' : ', library'}`,
);
try {
  while (performance.now() < ends) {
    const shape = Math.floor(random() * HOSTILE_SHAPES.length);
    const size = SIZES[Math.floor(random() * SIZES.length)]!;
    const seed = Math.floor(random() * 1e9);
    const viaCli = CLI && random() < 0.3;
    const dir = join(work, String(cases));
    mkdirSync(dir);
    const o = viaCli ? await cliCase(shape, size, seed, dir) : await libraryCase(shape, size, seed);
    rmSync(dir, { recursive: true, force: true });
    cases++;
    counts[o.status]++;
    console.log(
      `${o.status.padEnd(7)} ${o.seconds.toFixed(2).padStart(6)} s  ${viaCli ? 'cli' : 'lib'}  ${HOSTILE_SHAPES[shape]!.name}, ${size / 1000} KB, seed ${seed}${o.detail ? `  (${o.detail})` : ''}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(
  `fuzz: ${cases} cases: ${counts.ok} ok, ${counts.refused} refused, ${counts.slow} over their bound, ${counts.crash} crashes, ${counts.hang} hangs`,
);
process.exit(counts.slow + counts.crash + counts.hang ? 1 : 0);
