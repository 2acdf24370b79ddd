import { buildDossier } from './dossier/build.js';
import type { Dossier } from './dossier/types.js';
import { errorText, readInputs, type InputFailure, type InputItem, type ReadOptions } from './load/inputs.js';
import type { RemoteOptions } from './load/remote.js';
import type { Document } from './model/document.js';
import { InputError, type Message } from './model/messages.js';
import {
  loadDocumentsAsync,
  processItemsWith,
  type LoadResult,
  type ProgressOptions,
} from './pipeline/batch.js';
import { FULL_PIPELINE, processText, type ProcessOptions } from './pipeline/document.js';

// Reading and processing many inputs asynchronously (in threads) is pipeline/batch.ts, which
// the CLI's `extract` loads without the story stages; re-exported here, the library's entry point.
export {
  loadDocumentsAsync,
  processItemsAsync,
  readItemsAsync,
  type LoadResult,
  type ProgressOptions,
  type ThreadOptions,
} from './pipeline/batch.js';
export { processItem } from './pipeline/item.js';

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
  return processItemsWith(FULL_PIPELINE, items, failures, options);
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

/** Analyses one story from any inputs, URLs and feeds included. */
export async function analyzeAsync(
  inputs: readonly string[],
  options: ProcessOptions & ReadOptions & RemoteOptions = {},
): Promise<Dossier> {
  const { documents, failures } = await loadDocumentsAsync(inputs, options);
  return buildDossier(documents, failureMessages(failures));
}
