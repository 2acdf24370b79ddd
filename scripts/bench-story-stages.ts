/**
 * Where the CPU time of `analyze` on one large story goes: the per-article pipeline (the part
 * worker threads share out) and each story stage (one thread, but for the stages that read no
 * layer, see story/stages.ts), in fresh processes, medians of several runs. With --base,
 * another build runs in turn with this one, so both see the same load on a shared machine.
 *
 * usage: tsx scripts/bench-story-stages.ts [--size 600] [--runs 3] [--base PATH/dist]
 * (this checkout's dist/ must be built)
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeStory } from './bench-story.js';
import { SHARED } from './shared.js';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Child: CPU seconds of each part of analyzing the story in `dir` with the build in `dist`. */
async function child(dist: string, dir: string): Promise<void> {
  const url = (p: string): string => pathToFileURL(join(dist, p)).href;
  const { loadDocuments } = await import(url('analyze.js'));
  const { STORY_STAGES } = await import(url('story/stages.js'));
  const { buildDossier } = await import(url('dossier/build.js'));
  const out: Record<string, number> = {};
  let t = cpu();
  const { documents } = loadDocuments([dir]);
  out['per-article'] = cpu() - t;
  const layers: Record<string, unknown> = {};
  for (const s of STORY_STAGES) {
    t = cpu();
    layers[s.writes] = s.run(documents, layers);
    out[s.name] = cpu() - t;
  }
  t = cpu();
  const d = buildDossier(documents);
  out['dossier (stages again)'] = cpu() - t;
  t = cpu();
  JSON.stringify(d, null, 2);
  out.json = cpu() - t;
  process.stdout.write(JSON.stringify(out));
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!);
} else {
  if (!SHARED) {
    console.error('bench-story-stages: ../shared not found');
    process.exit(1);
  }
  const size = Number(option('--size') ?? 600);
  const runs = Number(option('--runs') ?? 3);
  const builds: Array<[string, string]> = [['this', resolve(import.meta.dirname ?? '.', '..', 'dist')]];
  const base = option('--base');
  if (base) builds.push(['base', resolve(base)]);
  const dir = writeStory(size);
  const results = new Map<string, Array<Record<string, number>>>(builds.map(([n]) => [n, []]));
  try {
    for (let r = 0; r < runs; r++)
      for (const [name, dist] of builds) {
        const out = execFileSync(
          process.execPath,
          [...process.execArgv, process.argv[1]!, '--child', dist, dir],
          { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] },
        );
        results.get(name)!.push(JSON.parse(out));
      }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${size} ECB+ dev articles, CPU seconds, median of ${runs}`);
  const parts = Object.keys(results.get('this')![0]!);
  console.log(['part', ...builds.map(([n]) => n)].join('\t'));
  const stages = (r: Record<string, number>): number =>
    Object.entries(r)
      .filter(([k]) => !['per-article', 'dossier (stages again)', 'json'].includes(k))
      .reduce((x, [, v]) => x + v, 0);
  for (const p of [...parts, 'story stages'])
    console.log(
      [
        p,
        ...builds.map(([n]) =>
          median(results.get(n)!.map((r) => (p === 'story stages' ? stages(r) : r[p]!))).toFixed(2),
        ),
      ].join('\t'),
    );
}
