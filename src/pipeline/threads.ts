import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputFailure, InputItem } from '../load/inputs.js';
import type { Document } from '../model/document.js';
import type { ProcessOptions } from './document.js';
import { processItem } from './item.js';
import type { BatchRequest } from './worker.js';

/**
 * Items a thread must have to pay for its start-up when the number of threads is left
 * to us: a thread loads and warms the pipeline anew (about 0.5 s of CPU), an article
 * takes about 10 ms.
 */
export const ITEMS_PER_THREAD = 32;
/** Items sent to a thread at a time: few enough to share the work out evenly. */
const BATCH = 4;

/** The compiled worker beside this module; absent when running from the TypeScript sources. */
const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * Threads to process `items` inputs with: `asked` (at most one an item), or for `'auto'`
 * one an idle core (up to 8) and one per `ITEMS_PER_THREAD` items; 1 (no worker) when the
 * worker module is not compiled (tests and scripts running the sources).
 *
 * A thread pays for itself only on a core nothing else wants: each loads and warms the
 * pipeline anew and copies its articles and Documents across, about a third more CPU in
 * all (extract of 922 pages: 24 to 28 s of CPU in two threads against 18 to 21 s in one).
 * On a machine already busy (`load`, the one-minute load average, at or above the cores)
 * that cost buys no time, so `'auto'` counts only the cores the load leaves idle.
 */
export function threadsFor(
  items: number,
  asked: number | 'auto',
  cores = availableParallelism(),
  load = loadavg()[0]!,
): number {
  if (!existsSync(WORKER)) return 1;
  if (asked !== 'auto') return Math.max(1, Math.min(asked, items));
  return autoThreads(items, cores, load);
}

/** Threads `'auto'` gives `items` inputs on `cores` cores under a load average of `load` (see {@link threadsFor}). */
export function autoThreads(items: number, cores: number, load: number): number {
  const idle = Math.floor(cores - load + 0.5);
  return Math.max(1, Math.min(idle, 8, Math.floor(items / ITEMS_PER_THREAD)));
}

/** Workers started ahead of need by {@link startWorkers}, for the next {@link processInThreads}. */
let started: Worker[] = [];

/**
 * Starts `n` workers now (none when the worker module is not compiled), so that they load the
 * pipeline while this thread reads the inputs: the next {@link processInThreads} takes them.
 * Those it does not take are ended there, or by {@link endStartedWorkers}.
 */
export function startWorkers(n: number): void {
  if (!existsSync(WORKER)) return;
  while (started.length < n) started.push(new Worker(WORKER));
}

/** Ends the workers {@link startWorkers} started that nothing took. */
export async function endStartedWorkers(): Promise<void> {
  const left = started;
  started = [];
  await Promise.all(left.map((w) => w.terminate()));
}

/**
 * Processes input items in `threads` threads, this one and `threads - 1` workers: each
 * item's Document or failure, in input order (the same as `processItem` one after another
 * gives). `onDone` is called as items finish. A fault inside the pipeline (not a refused
 * input) rejects.
 *
 * This thread takes a share of the batches too, rather than waiting for the workers: a worker
 * loads and warms the pipeline anew and copies its Documents across, so one worker fewer
 * costs less CPU for the same use of the cores. Each worker is kept two batches ahead, so it
 * never waits while this thread is busy with a batch of its own.
 */
export async function processInThreads(
  items: readonly InputItem[],
  options: ProcessOptions,
  threads: number,
  onDone?: (done: number, total: number) => void,
): Promise<Array<Document | InputFailure>> {
  if (options.stages) throw new Error('processInThreads: a custom stage list cannot be sent to a thread');
  const out: Array<Document | InputFailure> = new Array(items.length);
  const batches = Math.ceil(items.length / BATCH);
  const workers = Array.from(
    { length: Math.max(1, threads - 1) },
    () => started.shift() ?? new Worker(WORKER),
  );
  await endStartedWorkers();
  let next = 0;
  let done = 0;
  let failed: Error | null = null;
  const finish = (batch: number, results: ReadonlyArray<Document | InputFailure>): void => {
    results.forEach((r, k) => (out[batch * BATCH + k] = r));
    done += results.length;
    onDone?.(done, items.length);
  };
  try {
    const working = workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          let pending = 0;
          const send = (): void => {
            if (next >= batches || failed) {
              if (!pending) resolve();
              return;
            }
            const batch = next++;
            const request: BatchRequest = {
              batch,
              items: items.slice(batch * BATCH, (batch + 1) * BATCH),
              options,
            };
            pending++;
            w.postMessage(request);
          };
          const fail = (err: Error): void => {
            failed ??= err;
            reject(err);
          };
          w.on('message', (m: { batch: number; out?: Array<Document | InputFailure>; fault?: string }) => {
            pending--;
            if (m.fault !== undefined) {
              fail(new Error(`pipeline worker: ${m.fault}`));
              return;
            }
            finish(m.batch, m.out!);
            send();
          });
          w.on('error', fail);
          w.on('exit', (code) => {
            if (pending || code !== 0) fail(new Error(`pipeline worker stopped (exit ${code})`));
          });
          send();
          send();
        }),
    );
    // This thread's share: a batch at a time, letting the workers' answers in between.
    const here = (async (): Promise<void> => {
      while (next < batches && !failed) {
        const batch = next++;
        finish(
          batch,
          items.slice(batch * BATCH, (batch + 1) * BATCH).map((item) => processItem(item, options)),
        );
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all([here, ...working]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
