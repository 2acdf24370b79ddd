// Starting the worker threads of `pipeline/threads.ts`, apart from the pipeline itself: a
// command starts its workers with this module before it loads the pipeline, so that they load
// theirs on the other cores meanwhile.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Layer } from './text-stages.js';

/**
 * Items a thread must have to pay for its start-up when the number of threads is left
 * to us: a thread loads and warms the pipeline anew (about 0.5 s of CPU), an article
 * takes about 10 ms.
 */
export const ITEMS_PER_THREAD = 32;

/**
 * The same for a run that makes only the text layers (`extract -f text|jsonl`): such an
 * article takes about 5 ms, and one thread already keeps more than one core busy (the
 * optimising compiler and the garbage collector work beside it), so on two idle cores a
 * second thread made 181 pages no sooner (1.4 s either way) for about a third more CPU, 400
 * pages about 0.2 s sooner and 922 pages about 0.9 s sooner, for a fifth more (issue 16).
 */
export const ITEMS_PER_TEXT_THREAD = 200;

/** Items a thread must have to pay for itself when `layers` are asked for (not given: every layer). */
export const itemsPerThread = (layers?: readonly Layer[]): number =>
  layers && !layers.includes('mentions') && !layers.includes('attribution')
    ? ITEMS_PER_TEXT_THREAD
    : ITEMS_PER_THREAD;

/** The compiled worker beside this module; absent when running from the TypeScript sources. */
const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * Threads to process `items` inputs with: `asked` (at most one an item), or for `'auto'`
 * one an idle core (up to 8) and one per `ITEMS_PER_THREAD` items (`ITEMS_PER_TEXT_THREAD`
 * when only text `layers` are asked for); 1 (no worker) when the worker module is not
 * compiled (tests and scripts running the sources).
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
  layers?: readonly Layer[],
  cores = availableParallelism(),
  load = loadavg()[0]!,
): number {
  if (!existsSync(WORKER)) return 1;
  if (asked !== 'auto') return Math.max(1, Math.min(asked, items));
  return autoThreads(items, cores, load, itemsPerThread(layers));
}

/**
 * Threads `'auto'` gives `items` inputs on `cores` cores under a load average of `load`, a
 * thread paying for itself from `perThread` items (see {@link threadsFor}).
 */
export function autoThreads(
  items: number,
  cores: number,
  load: number,
  perThread = ITEMS_PER_THREAD,
): number {
  const idle = Math.floor(cores - load + 0.5);
  return Math.max(1, Math.min(idle, 8, Math.floor(items / perThread)));
}

/** Workers started ahead of need by {@link startWorkers}, for the next {@link takeWorker}s. */
let started: Worker[] = [];

/** What a worker is told when it starts: the layers it will be asked for (every layer when not given), to load their stages. */
export interface WorkerStart {
  readonly layers?: readonly Layer[];
}

/** A new pipeline worker, loading the stages of `layers`. */
const newWorker = (layers?: readonly Layer[]): Worker =>
  new Worker(WORKER, { workerData: { layers } satisfies WorkerStart });

/**
 * Starts `n` workers now (none when the worker module is not compiled), so that they load the
 * pipeline while this thread loads its own and reads the inputs: the next `processInThreads`
 * takes them. Those it does not take are ended there, or by {@link endStartedWorkers}.
 */
export function startWorkers(n: number, layers?: readonly Layer[]): void {
  if (!existsSync(WORKER)) return;
  while (started.length < n) started.push(newWorker(layers));
}

/**
 * Starts the workers {@link threadsFor} gives `inputs` inputs (one thread asked: none). A
 * folder or a feed, one input here, may ask for more workers when its articles are known.
 */
export function startWorkersFor(inputs: number, asked: number | 'auto', layers?: readonly Layer[]): void {
  if (asked !== 1) startWorkers(threadsFor(inputs, asked, layers) - 1, layers);
}

/** A worker {@link startWorkers} started, or a new one loading the stages of `layers` (a worker loads what it is asked for in any case). */
export function takeWorker(layers?: readonly Layer[]): Worker {
  return started.shift() ?? newWorker(layers);
}

/** Ends the workers {@link startWorkers} started that nothing took. */
export async function endStartedWorkers(): Promise<void> {
  const left = started;
  started = [];
  await Promise.all(left.map((w) => w.terminate()));
}
