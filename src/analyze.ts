import { buildDossier } from './dossier/build.js';
import type { Dossier } from './dossier/types.js';
import { errorText, readInputs, type InputFailure, type InputItem, type ReadOptions } from './load/inputs.js';
import { readUrl, type RemoteOptions } from './load/remote.js';
import type { Document } from './model/document.js';
import { InputError, type Message } from './model/messages.js';
import {
  processBytes,
  processHtmlBytes,
  processHtmlText,
  processText,
  type ProcessOptions,
} from './pipeline/document.js';

export interface LoadResult {
  readonly documents: Document[];
  readonly failures: InputFailure[];
}

/** Processes one input item, turning refusals into failures. */
export function processItem(item: InputItem, options: ProcessOptions = {}): Document | InputFailure {
  const location = item.source.location;
  try {
    const opts = { ...options, known: { ...options.known, ...item.known }, declared: item.charset ?? null };
    if (item.format === 'html') {
      if (item.text !== undefined) return processHtmlText(item.text, item.source, opts);
      return processHtmlBytes(item.bytes!, item.source, opts);
    }
    if (item.text !== undefined) return processText(item.text, item.source, opts);
    return processBytes(item.bytes!, item.source, opts);
  } catch (err) {
    if (err instanceof InputError) return { location, rule: err.rule, reason: err.message };
    throw err;
  }
}

export interface ProgressOptions {
  /** Called before each article with its 0-based index and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Reads and processes every input; failures are collected, not thrown. */
export function loadDocuments(
  inputs: readonly string[],
  options: ProcessOptions & ReadOptions & ProgressOptions = {},
): LoadResult {
  const { items, failures } = readInputs(inputs, options);
  return processItems(items, failures, options);
}

/** Processes items already read; failures (and texts given twice) are added to `failures`. */
export function processItems(
  items: readonly InputItem[],
  failures: InputFailure[],
  options: ProcessOptions & ProgressOptions,
): LoadResult {
  const documents: Document[] = [];
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    options.onProgress?.(i, items.length);
    const r = processItem(item, options);
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

/** Failures as dossier messages. */
export function failureMessages(failures: readonly InputFailure[]): Message[] {
  return failures.map((f) => ({
    severity: 'error' as const,
    rule: f.rule,
    reason: `${f.location}: ${f.reason}`,
  }));
}

/**
 * Analyses one story: reads the inputs (files, folders, JSON Lines, `-`),
 * runs the per-article pipeline and assembles a `corroborate/dossier@1`.
 * Inputs that cannot be read become error messages in the dossier.
 */
export function analyze(inputs: readonly string[], options: ProcessOptions & ReadOptions = {}): Dossier {
  const { documents, failures } = loadDocuments(inputs, options);
  return buildDossier(documents, failureMessages(failures));
}

/** Analyses articles given as strings (library use). */
export function analyzeTexts(
  articles: ReadonlyArray<{ text: string; location?: string; known?: ProcessOptions['known'] }>,
  options: ProcessOptions = {},
): Dossier {
  const messages: Message[] = [];
  const documents: Document[] = [];
  articles.forEach((a, i) => {
    try {
      documents.push(
        processText(
          a.text,
          { kind: 'record', location: a.location ?? `#${i + 1}` },
          { ...options, known: a.known ?? {} },
        ),
      );
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      messages.push({
        severity: 'error',
        rule: err.rule,
        reason: `${a.location ?? `#${i + 1}`}: ${errorText(err)}`,
      });
    }
  });
  return buildDossier(documents, messages);
}

/**
 * Like {@link loadDocuments}, but also reads `http(s)://` inputs: pages are
 * fetched, feeds expanded into their items (see readUrl).
 */
export async function loadDocumentsAsync(
  inputs: readonly string[],
  options: ProcessOptions & ReadOptions & ProgressOptions & RemoteOptions = {},
): Promise<LoadResult> {
  const { items, failures } = await readItemsAsync(inputs, options);
  return processItems(items, failures, options);
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

/** Analyses one story from any inputs, URLs and feeds included. */
export async function analyzeAsync(
  inputs: readonly string[],
  options: ProcessOptions & ReadOptions & RemoteOptions = {},
): Promise<Dossier> {
  const { documents, failures } = await loadDocumentsAsync(inputs, options);
  return buildDossier(documents, failureMessages(failures));
}
