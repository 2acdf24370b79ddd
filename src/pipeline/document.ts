import type { DecodingFacts, Document, SourceRef } from '../model/document.js';
import { pipeline, type ProcessOptions } from './engine.js';
import { STAGES } from './stages.js';

export { documentId, type ProcessOptions } from './engine.js';

/** The per-article pipeline over every stage. */
export const FULL_PIPELINE = pipeline(STAGES);

/** Runs the per-article stages over already decoded text. */
export function processText(
  text: string,
  source: SourceRef,
  options: ProcessOptions = {},
  decoding?: DecodingFacts,
): Document {
  return FULL_PIPELINE.processText(text, source, options, decoding);
}

/** Decodes bytes (see decodeBytes) and runs the per-article stages. */
export function processBytes(bytes: Uint8Array, source: SourceRef, options: ProcessOptions = {}): Document {
  return FULL_PIPELINE.processBytes(bytes, source, options);
}

/**
 * Renders an HTML page to its visible text (`Document.text`, one block a line)
 * and runs the stages with the page's structure and declared metadata at hand.
 */
export function processHtmlText(
  html: string,
  source: SourceRef,
  options: ProcessOptions = {},
  decoding?: DecodingFacts,
): Document {
  return FULL_PIPELINE.processHtmlText(html, source, options, decoding);
}

/** Decodes a page's bytes (BOM, HTTP charset, `<meta charset>`, sniffing) and processes it as HTML. */
export function processHtmlBytes(
  bytes: Uint8Array,
  source: SourceRef,
  options: ProcessOptions = {},
): Document {
  return FULL_PIPELINE.processHtmlBytes(bytes, source, options);
}
