import type { InputFailure, InputItem } from '../load/inputs.js';
import type { Document } from '../model/document.js';
import { pipelineFor, type ProcessOptions } from './engine.js';
import type { BatchRequest } from './worker.js';
import { endStartedWorkers, takeWorker } from './workers.js';

export { endStartedWorkers, threadsFor } from './workers.js';

/** Items sent to a thread at a time: few enough to share the work out evenly. */
const BATCH = 4;

/**
 * Where the batches of `n` items begin (and `n`, where the last ends): {@link BATCH} items
 * each, then the last items one at a time (two a thread), so that at the end no thread waits
 * while another works through whole batches queued ahead (issue 16).
 */
export function batchStarts(n: number, threads: number): number[] {
  const tail = Math.min(n, 2 * BATCH * threads);
  const starts: number[] = [];
  let i = 0;
  for (; i < n - tail; i += BATCH) starts.push(i);
  for (; i < n; i++) starts.push(i);
  starts.push(n);
  return starts;
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
  const starts = batchStarts(items.length, threads);
  const batches = starts.length - 1;
  const workers = Array.from({ length: Math.max(1, threads - 1) }, () => takeWorker(options.layers));
  await endStartedWorkers();
  let next = 0;
  let done = 0;
  let failed: Error | null = null;
  const finish = (batch: number, results: ReadonlyArray<Document | InputFailure>): void => {
    results.forEach((r, k) => (out[starts[batch]! + k] = r));
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
              items: items.slice(starts[batch], starts[batch + 1]),
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
    // This thread's share: a batch at a time, letting the workers' answers in after each item, so
    // that a worker is sent its next batch while this thread is still busy with one of its own.
    const mine = (async (): Promise<void> => {
      // This thread's pipeline, loaded (when not yet) after the workers have been sent their first batches.
      const here = await pipelineFor(options);
      while (next < batches && !failed) {
        const batch = next++;
        const results: Array<Document | InputFailure> = [];
        for (const item of items.slice(starts[batch], starts[batch + 1])) {
          results.push(here.processItem(item, options));
          await new Promise((resolve) => setImmediate(resolve));
        }
        finish(batch, results);
      }
    })();
    await Promise.all([mine, ...working]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
