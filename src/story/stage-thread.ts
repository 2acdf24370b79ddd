import { parentPort, type MessagePort } from 'node:worker_threads';
import type { Document } from '../model/document.js';
import { STORY_STAGES } from './stages.js';

/** What the thread is sent: the documents, the stages to run (by name), where to answer. */
export interface StageRequest {
  readonly documents: readonly Document[];
  readonly names: readonly string[];
  readonly port: MessagePort;
  /** Set to 1 (and notified) once the answer is on `port`. */
  readonly done: SharedArrayBuffer;
}

/** The layers the stages wrote, in the order asked, or the fault that stopped them. */
export type StageAnswer = { readonly layers: unknown[] } | { readonly error: string };

// A thread running story stages that read no layer (see `runStoryStages`) beside the stages
// of the main thread, and answering on a port the main thread reads when it needs the layers.
parentPort?.once('message', ({ documents, names, port, done }: StageRequest) => {
  let answer: StageAnswer;
  try {
    answer = { layers: names.map((n) => STORY_STAGES.find((s) => s.name === n)!.run(documents, {})) };
  } catch (e) {
    answer = { error: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(answer);
  port.close();
  const flag = new Int32Array(done);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});
