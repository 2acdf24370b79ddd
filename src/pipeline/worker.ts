// A worker thread of `pipeline/threads.ts`: processes the batches of input items it is
// sent and posts back, for each item, its Document or its failure, in the batch's order.
import { parentPort } from 'node:worker_threads';
import type { InputItem } from '../load/inputs.js';
import { processItem } from './item.js';
import type { ProcessOptions } from './document.js';

export interface BatchRequest {
  readonly batch: number;
  readonly items: readonly InputItem[];
  readonly options: ProcessOptions;
}

parentPort?.on('message', (m: BatchRequest) => {
  try {
    parentPort!.postMessage({ batch: m.batch, out: m.items.map((item) => processItem(item, m.options)) });
  } catch (err) {
    // Not a refusal of an input (those are failures in `out`) but a fault: the caller throws it.
    parentPort!.postMessage({
      batch: m.batch,
      fault: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }
});
