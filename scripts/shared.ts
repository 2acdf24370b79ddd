import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleOf, StoryIndex } from '../src/corpus/online.js';
import type { Document } from '../src/model/document.js';
import type { Stage } from '../src/pipeline/stages.js';

/** ../shared beside the repository (development corpora and scorers), or null when absent. */
export const SHARED: string | null = (() => {
  const p = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
  return existsSync(join(p, 'corpora')) ? p : null;
})();

export const corpus = (...parts: string[]): string => join(SHARED!, 'corpora', ...parts);
export const tool = (name: string): string => join(SHARED!, 'tools', name);

/** Runs a ../shared scorer on `data` (written to a temporary JSON file) and returns its `--json` result. */
// Scorers report numbers, lists and labels; callers read the fields they know.
export function runScorer(name: string, data: unknown, ...args: string[]): Record<string, any> {
  const file = join(mkdtempSync(join(tmpdir(), 'corroborate-score-')), 'input.json');
  writeFileSync(file, JSON.stringify(data));
  return JSON.parse(execFileSync('node', [tool(name), file, ...args, '--json'], { encoding: 'utf8' }));
}

/** The stories the incremental index makes of documents arriving one by one, as `score-clusters.mjs` reads them. */
export function incrementalStories(documents: readonly Document[]): {
  stories: Array<{ id: string; documents: Array<{ id: string; location: string }> }>;
} {
  const index = new StoryIndex();
  const stories = new Map<number, Array<{ id: string; location: string }>>();
  for (const d of documents) {
    const { story } = index.add(articleOf(d));
    if (!stories.has(story)) stories.set(story, []);
    stories.get(story)!.push({ id: d.id, location: d.source.location });
  }
  return { stories: [...stories].map(([id, docs]) => ({ id: String(id), documents: docs })) };
}

/** The stages, each adding the milliseconds it runs to `timings` under its name (benchmarks). */
export function timedStages(stages: readonly Stage[], timings: Map<string, number>): Stage[] {
  return stages.map((stage) => ({
    ...stage,
    run(doc, ctx) {
      const t0 = performance.now();
      const out = stage.run(doc, ctx);
      timings.set(stage.name, (timings.get(stage.name) ?? 0) + performance.now() - t0);
      return out;
    },
  }));
}

/** The server and the store of another checkout (`--checkout DIR`), to bench it beside this one. */
export async function serverOf(checkout: string): Promise<{
  serve: typeof import('../src/server/serve.js').serve;
  Store: typeof import('../src/store/store.js').Store;
}> {
  const { serve } = (await import(
    pathToFileURL(join(checkout, 'src', 'server', 'serve.ts')).href
  )) as typeof import('../src/server/serve.js');
  const { Store } = (await import(
    pathToFileURL(join(checkout, 'src', 'store', 'store.ts')).href
  )) as typeof import('../src/store/store.js');
  return { serve, Store };
}
