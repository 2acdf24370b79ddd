import { bodyText } from '../report/text.js';
import { labelHtml } from './label.js';
import { decodePage, parsePage } from './render.js';

/**
 * The article text of a page (body and subhead lines), without running the
 * NLP stages: what benchmarks compare and what a fast extractor returns.
 */
export function extractArticleText(bytes: Uint8Array, url: string | null = null): string {
  const { text } = decodePage(bytes, { maxBytes: 64 * 1024 * 1024 });
  const { rendered, meta } = parsePage(text, url);
  return bodyText({ text: rendered.text, repairs: [], blocks: labelHtml(rendered, meta) });
}
