import { parentPort, type Transferable, type Worker } from 'node:worker_threads';
import { startThread } from '../thread.js';

/** A job as a {@link JobThread} sends it, numbered. */
interface Sent<J> {
  readonly id: number;
  readonly job: J;
}

/** Its answer, or why there is none (the worker's function threw: a bug, not the caller's fault). */
type Answer<R> =
  | { readonly id: number; readonly ok: true; readonly value: R }
  | { readonly id: number; readonly ok: false; readonly error: string };

/**
 * Work `serve` hands to a worker thread of its own, started at the first job and kept, so that
 * it does not hold the server's thread (which goes on answering other requests): jobs run one
 * after another, in the order given. The thread keeps the process alive only while a job is
 * running, and a thread that stops fails its jobs and is replaced at the next one. The worker
 * module answers with {@link answerJobs}.
 */
export class JobThread<J, R> {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { ok: (value: R) => void; fail: (e: Error) => void }>();
  private nextId = 1;
  private closed = false;

  /** `module`: the worker module, without its extension (see `startThread`); `what` names it in errors. */
  constructor(
    private readonly module: URL,
    private readonly what: string,
  ) {}

  /** Runs a job; `transfer` lists buffers moved to the thread rather than copied (unusable here after). */
  run(job: J, transfer: readonly Transferable[] = []): Promise<R> {
    if (this.closed) return Promise.reject(new Error('the server is closing'));
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<R>((ok, fail) => {
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { ok, fail });
      worker.postMessage({ id, job } satisfies Sent<J>, [...transfer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = startThread(this.module);
    worker.unref();
    worker.on('message', (r: Answer<R>) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      if (this.pending.size === 0) worker.unref();
      if (r.ok) p.ok(r.value);
      else p.fail(new Error(`the ${this.what} failed: ${r.error}`));
    });
    const stop = (why: string): void => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.fail(new Error(why));
      this.pending.clear();
    };
    worker.on('error', (err) => stop(`the ${this.what} thread stopped: ${err.message || String(err)}`));
    worker.on('exit', (code) => stop(`the ${this.what} thread stopped (exit code ${code})`));
    return worker;
  }
}

/** In a worker module of a {@link JobThread}: answers each job with `fn`'s value. */
export function answerJobs<J, R>(fn: (job: J) => R): void {
  parentPort!.on('message', ({ id, job }: Sent<J>) => {
    let answer: Answer<R>;
    try {
      answer = { id, ok: true, value: fn(job) };
    } catch (err) {
      answer = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    parentPort!.postMessage(answer);
  });
}
