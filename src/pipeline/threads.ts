import type { InputFailure, InputItem } from '../load/inputs.js';
import type { Document } from '../model/document.js';
import { pipelineFor, type ProcessOptions } from './engine.js';
import type { BatchRequest } from './worker.js';
import { endStartedWorkers, takeWorker } from './workers.js';

export { autoThreads, endStartedWorkers, ITEMS_PER_THREAD, startWorkers, threadsFor } from './workers.js';

/** Items sent to a thread at a time: few enough to share the work out evenly. */
const BATCH = 4;

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
  const workers = Array.from({ length: Math.max(1, threads - 1) }, () => takeWorker(options.layers));
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
    const mine = (async (): Promise<void> => {
      // This thread's pipeline, loaded (when not yet) after the workers have been sent their first batches.
      const here = await pipelineFor(options);
      while (next < batches && !failed) {
        const batch = next++;
        finish(
          batch,
          items.slice(batch * BATCH, (batch + 1) * BATCH).map((item) => here.processItem(item, options)),
        );
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all([mine, ...working]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
