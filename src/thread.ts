import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread from a module given without its extension
 * (`new URL('./analysis-worker', import.meta.url)`): the compiled `.js`, or, when running from
 * the TypeScript sources (tests, `tsx`), the `.ts` file through tsx's loader (registered in the
 * worker itself: Node 20 does not pass `--import` hooks on to workers).
 */
export function startThread(module: URL, workerData?: unknown): Worker {
  const js = new URL(`${module.href}.js`);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { workerData });
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const ts = `${module.href}.ts`;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(code, { eval: true, workerData });
}
