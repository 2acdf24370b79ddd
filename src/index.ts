/**
 * corroborate: what does a news story really rest on?
 *
 * Offsets everywhere are half-open, 0-based UTF-16 code unit indices into
 * `Document.text`, the decoded original.
 */
export {
  analyze,
  analyzeAsync,
  analyzeTexts,
  loadDocuments,
  loadDocumentsAsync,
  processItem,
} from './analyze.js';
export { buildDossier } from './dossier/build.js';
export { DOSSIER_SCHEMA } from './dossier/types.js';
export type { Dossier, DossierDocument } from './dossier/types.js';
export { decodeBytes, DEFAULT_MAX_BYTES } from './load/decode.js';
export { readInputs } from './load/inputs.js';
export type { InputFailure, InputItem } from './load/inputs.js';
export * from './model/document.js';
export { InputError } from './model/messages.js';
export type { Message, Severity } from './model/messages.js';
export { checkSpan, SpanError, overlaps } from './model/span.js';
export type { Span } from './model/span.js';
export {
  processBytes,
  processHtmlBytes,
  processHtmlText,
  processText,
  documentId,
} from './pipeline/document.js';
export { extractArticleText } from './html/extract.js';
export { clusterStories } from './corpus/cluster.js';
export { Store } from './store/store.js';
export { enqueue, runWorker } from './store/queue.js';
export type { WorkerOptions } from './store/queue.js';
export type { IngestResult, ReclusterResult, StoreOptions, StorySummary } from './store/store.js';
export { createApp, serve } from './server/serve.js';
export type { ServeOptions } from './server/serve.js';
export type { ClusterOptions, Story, StoryDocument } from './corpus/cluster.js';
export { fetchUrl } from './load/fetch.js';
export type { FetchOptions, Fetched } from './load/fetch.js';
export { parseFeed } from './load/feed.js';
export { LAYERS, STAGES, stagesFor } from './pipeline/stages.js';
export type { Layer, Stage, StageContext } from './pipeline/stages.js';
export { findMojibake } from './repair/mojibake.js';
export { repairedView } from './repair/view.js';
export type { RepairedView } from './repair/view.js';
export { renderHtml, escapeHtml } from './report/html.js';
export { renderMarkdown } from './report/markdown.js';
export { bodyText, articleRecord } from './report/text.js';
export { VERSION } from './version.js';
