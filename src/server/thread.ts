import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread from a module beside this file (`name` without its extension): the
 * compiled `.js`, or, when running from the TypeScript sources (tests, `tsx`), the `.ts` file
 * through tsx's loader (registered in the worker itself: Node 20 does not pass `--import`
 * hooks on to workers).
 */
export function startThread(name: string): Worker {
  const js = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const ts = new URL(`./${name}.ts`, import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(code, { eval: true });
}
