// A worker thread of `pipeline/threads.ts`: processes the batches of input items it is
// sent and posts back, for each item, its Document or its failure, in the batch's order.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputItem } from '../load/inputs.js';
import { pipelineFor, type ProcessOptions } from './engine.js';
import type { WorkerStart } from './workers.js';

export interface BatchRequest {
  readonly batch: number;
  readonly items: readonly InputItem[];
  readonly options: ProcessOptions;
}

// The stages of the layers it is started for are loaded now, before the first batch comes
// (only the text stages for `extract -f text|jsonl`); a batch asking for more loads them then.
const start = (workerData ?? {}) as WorkerStart;
void pipelineFor(start).catch(() => undefined);

parentPort?.on('message', (m: BatchRequest) => {
  pipelineFor(m.options)
    .then((p) =>
      parentPort!.postMessage({ batch: m.batch, out: m.items.map((item) => p.processItem(item, m.options)) }),
    )
    .catch((err: unknown) =>
      // Not a refusal of an input (those are failures in `out`) but a fault: the caller throws it.
      parentPort!.postMessage({
        batch: m.batch,
        fault: err instanceof Error ? (err.stack ?? err.message) : String(err),
      }),
    );
});
