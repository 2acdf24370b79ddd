import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Dossier } from '../dossier/types.js';
import type { InputFailure, InputItem } from '../load/inputs.js';

/** What a worker analyses: the items read for one story, and the failures so far. */
export interface AnalysisJob {
  readonly items: readonly InputItem[];
  readonly failures: readonly InputFailure[];
}

/** What it answers: the dossier (null when no article could be read) and every failure. */
export interface AnalysisResult {
  readonly dossier: Dossier | null;
  readonly failures: InputFailure[];
}

/** The story took longer than its budget and its analysis was stopped. */
export class AnalysisTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`the analysis took over ${seconds} s and was stopped`);
    this.name = 'AnalysisTimeout';
  }
}

/**
 * Starts the worker: the compiled `.js` beside this file, or, when running from the
 * TypeScript sources (tests, `tsx`), the `.ts` file through tsx's loader (registered in the
 * worker itself: Node 20 does not pass `--import` hooks on to workers).
 */
function startWorker(job: AnalysisJob): Worker {
  const js = new URL('./analysis-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { workerData: job });
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const ts = new URL('./analysis-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(code, { eval: true, workerData: job });
}

/**
 * Runs story analyses in worker threads, at most `concurrency` at a time (the others wait
 * their turn), each stopped past `timeoutMs` of its own running time.
 */
export class AnalysisPool {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly timeoutMs: number,
    private readonly concurrency: number = Math.max(1, availableParallelism() - 1),
  ) {}

  /** Analyses one story; rejects with {@link AnalysisTimeout} past the budget. */
  async analyse(job: AnalysisJob): Promise<AnalysisResult> {
    if (this.running >= this.concurrency) await new Promise<void>((r) => this.waiting.push(r));
    this.running++;
    try {
      return await this.run(job);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  private run(job: AnalysisJob): Promise<AnalysisResult> {
    const worker = startWorker(job);
    return new Promise<AnalysisResult>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };
      const timer = setTimeout(() => {
        settle(() => reject(new AnalysisTimeout(this.timeoutMs / 1000)));
        void worker.terminate();
      }, this.timeoutMs);
      worker.once('message', (r: AnalysisResult) => settle(() => resolve(r)));
      worker.once('error', (err) => settle(() => reject(err)));
      worker.once('exit', (code) =>
        settle(() => reject(new Error(`the analysis worker stopped (exit code ${code}) before it answered`))),
      );
    });
  }
}
