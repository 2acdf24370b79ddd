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
function startWorker(): Worker {
  const js = new URL('./analysis-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const ts = new URL('./analysis-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(code, { eval: true });
}

/** How long a story waits for a worker at most, by default, before it is answered 503. */
export const DEFAULT_ANALYSIS_WAIT_MS = 1_000;

/** Every worker is busy and the queue is full (or the wait too long): the request is answered 503. */
export class AnalysisBusy extends Error {
  constructor(readonly waiting: number) {
    super(`${waiting} stories are waiting for analysis already`);
    this.name = 'AnalysisBusy';
  }
}

/**
 * Runs story analyses in worker threads kept between stories, at most `workers` at a time;
 * up to `queue` more wait their turn, each for at most `waitMs`, and past either a story is
 * refused with {@link AnalysisBusy} (so a crowd of posts, or posts behind a long story, cannot
 * pile up answers minutes late). Each analysis is stopped past `timeoutMs` of its own running
 * time (its worker is ended and another started when needed).
 */
export class AnalysisPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private busy = 0;
  /** Stories waiting for a worker: each is handed the worker of the analysis that ends. */
  private readonly waiting: Array<() => void> = [];
  private closed = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly workers: number = Math.max(1, availableParallelism() - 1),
    private readonly queue: number = 4 * workers,
    private readonly waitMs: number = DEFAULT_ANALYSIS_WAIT_MS,
  ) {}

  /**
   * Analyses one story; rejects with {@link AnalysisTimeout} past the budget, and with
   * {@link AnalysisBusy} when the queue is full or no worker came free within `waitMs`.
   */
  async analyse(job: AnalysisJob): Promise<AnalysisResult> {
    if (this.busy < this.workers) this.busy++;
    else {
      if (this.waiting.length >= this.queue) throw new AnalysisBusy(this.waiting.length);
      await new Promise<void>((resolve, reject) => {
        const handed = (): void => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(handed), 1);
          reject(new AnalysisBusy(this.waiting.length));
        }, this.waitMs);
        this.waiting.push(handed);
      });
    }
    try {
      return await this.run(job);
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.busy--;
    }
  }

  /** Ends every worker (the server is closing). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
    this.idle.length = 0;
  }

  private take(): Worker {
    const w = this.idle.pop();
    if (w) return w;
    const started = startWorker();
    // An idle worker does not keep the process alive.
    started.unref();
    this.all.add(started);
    started.once('exit', () => {
      this.all.delete(started);
      const at = this.idle.indexOf(started);
      if (at >= 0) this.idle.splice(at, 1);
    });
    return started;
  }

  private run(job: AnalysisJob): Promise<AnalysisResult> {
    if (this.closed) return Promise.reject(new Error('the server is closing'));
    const worker = this.take();
    return new Promise<AnalysisResult>((resolve, reject) => {
      let settled = false;
      const done = (): void => {
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (r: AnalysisResult): void => {
        if (settled) return;
        done();
        if (!this.closed) this.idle.push(worker);
        resolve(r);
      };
      const onError = (err: Error): void => {
        if (settled) return;
        done();
        void worker.terminate();
        reject(err);
      };
      const onExit = (code: number): void => {
        if (settled) return;
        done();
        reject(new Error(`the analysis worker stopped (exit code ${code}) before it answered`));
      };
      const timer = setTimeout(() => {
        if (settled) return;
        done();
        void worker.terminate();
        reject(new AnalysisTimeout(this.timeoutMs / 1000));
      }, this.timeoutMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(job);
    });
  }
}
