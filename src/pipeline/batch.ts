// Reading and processing many inputs: each article through the per-article pipeline, in
// worker threads when asked and worth it. Apart from analyze.ts (which re-exports it) so
// that a command which needs no story stages does not load them; and a run that asks only
// for the text layers (`extract -f text|jsonl`) loads only their stages (engine.ts).
import { readInputs, type InputFailure, type InputItem, type ReadOptions } from '../load/inputs.js';
import type { RemoteOptions } from '../load/remote.js';
import type { Document } from '../model/document.js';
import { pipelineFor, type Pipeline, type ProcessOptions } from './engine.js';

export interface LoadResult {
  readonly documents: Document[];
  readonly failures: InputFailure[];
}

export interface ProgressOptions {
  /** Called before each article with its 0-based index and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Processes items already read through `p`; failures (and texts given twice) are added to `failures`. */
export function processItemsWith(
  p: Pipeline,
  items: readonly InputItem[],
  failures: InputFailure[],
  options: ProcessOptions & ProgressOptions,
): LoadResult {
  return collect(
    items.map((item, i) => {
      options.onProgress?.(i, items.length);
      return p.processItem(item, options);
    }),
    failures,
  );
}

/** Documents in input order, each text once; failures (and texts given twice) are added to `failures`. */
export function collect(
  results: ReadonlyArray<Document | InputFailure>,
  failures: InputFailure[],
): LoadResult {
  const documents: Document[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    if ('id' in r) {
      if (seen.has(r.id)) {
        failures.push({
          location: r.source.location,
          rule: 'load:duplicate',
          reason: `the same text as another input (document ${r.id}); kept once`,
        });
        continue;
      }
      seen.add(r.id);
      documents.push(r);
    } else failures.push(r);
  }
  return { documents, failures };
}

export interface ThreadOptions {
  /**
   * Threads for the per-article pipeline: 1 processes every article here; N shares them
   * out between this thread and N-1 workers; `'auto'`: one a core when there are articles
   * enough to pay for a thread's start-up (see `pipeline/threads.ts`). Default 1.
   */
  readonly threads?: number | 'auto';
}

/**
 * Processes items already read, in worker threads when asked and worth it; the same result
 * as `processItems` (analyze.ts) gives. Only the stages of the layers asked are loaded.
 */
export async function processItemsAsync(
  items: readonly InputItem[],
  failures: InputFailure[],
  options: ProcessOptions & ProgressOptions & ThreadOptions,
): Promise<LoadResult> {
  const asked = options.threads ?? 1;
  if (asked === 1 || options.stages)
    return processItemsWith(await pipelineFor(options), items, failures, options);
  const { endStartedWorkers, processInThreads, threadsFor } = await import('./threads.js');
  const threads = threadsFor(items.length, asked, options.layers);
  if (threads <= 1) {
    await endStartedWorkers();
    return processItemsWith(await pipelineFor(options), items, failures, options);
  }
  // What the pipeline reads of the options, and nothing a thread cannot be sent (functions).
  const pipeline: ProcessOptions = {
    known: options.known,
    layers: options.layers,
    maxBytes: options.maxBytes,
  };
  return collect(await processInThreads(items, pipeline, threads, options.onProgress), failures);
}

/**
 * Reads and processes every input, `http(s)://` ones too: pages are fetched, feeds
 * expanded into their items (see readUrl). Failures are collected, not thrown.
 */
export async function loadDocumentsAsync(
  inputs: readonly string[],
  options: ProcessOptions & ReadOptions & ProgressOptions & RemoteOptions & ThreadOptions = {},
): Promise<LoadResult> {
  const asked = options.threads ?? 1;
  if (asked === 1 || options.stages) {
    const { items, failures } = await readItemsAsync(inputs, options);
    return processItemsAsync(items, failures, options);
  }
  // Workers for as many articles as inputs named start now (unless the caller started them
  // already), loading the pipeline while the inputs are read.
  const { endStartedWorkers, startWorkersFor } = await import('./workers.js');
  startWorkersFor(inputs.length, asked, options.layers);
  try {
    const { items, failures } = await readItemsAsync(inputs, options);
    return await processItemsAsync(items, failures, options);
  } finally {
    await endStartedWorkers();
  }
}

/** Reads every input, fetching URLs and expanding feeds, without processing: what a queue carries. */
export async function readItemsAsync(
  inputs: readonly string[],
  options: ReadOptions & RemoteOptions = {},
): Promise<{ items: InputItem[]; failures: InputFailure[] }> {
  const urls = inputs.filter((i) => /^https?:\/\//i.test(i));
  const local = inputs.filter((i) => !/^https?:\/\//i.test(i));
  const read = readInputs(local, options);
  const items = [...read.items];
  const failures = [...read.failures];
  if (urls.length === 0) return { items, failures };
  // Fetching (undici, the feed parser) is loaded only for URLs: local files start without it.
  const { readUrl } = await import('../load/remote.js');
  // A few URLs at a time (a slow host does not hold up the others), results in input order.
  const results: Array<Awaited<ReturnType<typeof readUrl>>> = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      const i = next++;
      results[i] = await readUrl(urls[i]!, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(URL_CONCURRENCY, urls.length) }, worker));
  for (const r of results) {
    items.push(...r.items);
    failures.push(...r.failures);
  }
  return { items, failures };
}

/** URLs fetched at once by {@link readItemsAsync}. */
const URL_CONCURRENCY = 4;
