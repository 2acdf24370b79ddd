import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { startThread } from '../thread.js';
import type { PGliteOptions } from '@electric-sql/pglite';

/** PGlite's compiled WebAssembly (a type only: this file does not load PGlite). */
type WasmModule = NonNullable<PGliteOptions['wasmModule']>;

/** A request to the store's thread (see pglite-worker.ts). */
export interface ThreadRequest {
  readonly id: number;
  readonly op: 'query' | 'exec' | 'begin' | 'commit' | 'rollback' | 'close';
  readonly text?: string;
  readonly params?: unknown[];
  /** The transaction the statement belongs to, or ends. */
  readonly tx?: number;
}

/** Its answer: the value (rows, a transaction's number) or the error's words and fields. */
export type ThreadReply =
  | { readonly id: number; readonly ok: true; readonly value?: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { message: string; fields: Record<string, string | number> };
    };

/** Starts the store's worker (pglite-worker.ts beside this file). */
function startWorker(workerData: WorkerData): Worker {
  return startThread(new URL('./pglite-worker', import.meta.url), workerData);
}

/** What the store's thread is started with: its folder, and PGlite's compiled code if at hand. */
export interface WorkerData {
  readonly dir: string | null;
  readonly wasmModule?: WasmModule;
}

let compiled: Promise<WasmModule | undefined> | undefined;

/**
 * PGlite's WebAssembly, compiled once per process and handed to each store's thread (a thread
 * cannot share what another compiled otherwise, and compiling it costs seconds of CPU).
 * Undefined when it cannot be read here: the thread then compiles it itself.
 */
function pgliteModule(): Promise<WasmModule | undefined> {
  compiled ??= (async () => {
    try {
      const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
      // The global, whose value the type declarations at hand (no DOM library) do not name.
      const wasm = (globalThis as { WebAssembly?: { compile(b: Uint8Array): Promise<WasmModule> } })
        .WebAssembly!;
      return await wasm.compile(await readFile(join(dirname(entry), 'pglite.wasm')));
    } catch {
      return undefined;
    }
  })();
  return compiled;
}

/**
 * The embedded store's PostgreSQL (PGlite) in a worker thread of its own, so that its
 * queries (WebAssembly, and synchronous reads and writes of its folder) leave the main
 * thread free: `serve` answers other requests while the store works. Requests are answered
 * in the order they are sent. The thread keeps the process alive only while a request is
 * waiting for its answer.
 */
export class PgliteThread {
  private readonly pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private nextId = 1;
  /** Why the thread stopped, once it has. */
  private stopped: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (r: ThreadReply) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      if (this.pending.size === 0) this.worker.unref();
      if (r.ok) p.ok(r.value);
      else p.fail(rebuild(r.error));
    });
    const stop = (err: Error): void => {
      this.stopped ??= err;
      for (const p of this.pending.values()) p.fail(this.stopped);
      this.pending.clear();
    };
    worker.on('error', (err) => stop(new Error(`the store stopped: ${err.message || String(err)}`)));
    worker.on('exit', (code) => stop(new Error(`the store's thread stopped (exit code ${code})`)));
  }

  /** Opens the store in `dir` (null: in memory); rejects with the reason it cannot be opened. */
  static async open(dir: string | null): Promise<PgliteThread> {
    const worker = startWorker({ dir, wasmModule: await pgliteModule() });
    let onMessage = (_: ThreadReply): void => undefined;
    let onError = (_: Error): void => undefined;
    let onExit = (_: number): void => undefined;
    const reply = await new Promise<ThreadReply>((resolve, reject) => {
      onMessage = resolve;
      onError = reject;
      onExit = (code) => reject(new Error(`the store's thread stopped (exit code ${code})`));
      worker.once('message', onMessage).once('error', onError).once('exit', onExit);
    });
    // Only our own listeners: the worker's internal ones must stay.
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    if (!reply.ok) {
      await worker.terminate();
      throw rebuild(reply.error);
    }
    worker.unref();
    return new PgliteThread(worker);
  }

  /** Sends one request and waits for its answer. */
  call<T>(op: ThreadRequest['op'], fields: Omit<ThreadRequest, 'id' | 'op'> = {}): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise<T>((ok, fail) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { ok: ok as (v: unknown) => void, fail });
      this.worker.postMessage({ id, op, ...fields } satisfies ThreadRequest);
    });
  }

  /** Closes the store and ends the thread. */
  async close(): Promise<void> {
    if (!this.stopped) await this.call('close');
    this.stopped ??= new Error('the store is closed');
    await this.worker.terminate();
  }
}

/** An error of the thread as an Error here, with PostgreSQL's fields (code, detail...). */
function rebuild(e: { message: string; fields: Record<string, string | number> }): Error {
  const { message: _message, stack: _stack, ...fields } = e.fields;
  return Object.assign(new Error(e.message), fields);
}
