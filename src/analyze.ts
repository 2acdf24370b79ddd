import { buildDossier } from './dossier/build.js';
import type { Dossier } from './dossier/types.js';
import { errorText, type InputFailure, type ReadOptions } from './load/inputs.js';
import type { RemoteOptions } from './load/remote.js';
import type { Document } from './model/document.js';
import { InputError, type Message } from './model/messages.js';
import { processText, type ProcessOptions } from './pipeline/document.js';
import { loadDocuments, loadDocumentsAsync } from './pipeline/batch.js';

// Reading and processing many inputs is pipeline/batch.ts (the CLI's `extract` loads it without
// the story stages); re-exported here, the library's entry point.
export {
  loadDocuments,
  loadDocumentsAsync,
  processItems,
  processItemsAsync,
  processItem,
  readItemsAsync,
  type LoadResult,
  type ProgressOptions,
  type ThreadOptions,
} from './pipeline/batch.js';

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
