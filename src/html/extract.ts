import { declaredCharset, htmlMetadata } from './metadata.js';
import { labelHtml } from './label.js';
import { renderHtml } from './render.js';
import { decodeBytes } from '../load/decode.js';

/**
 * The article text of a page (body and subhead lines), without running the
 * NLP stages: what benchmarks compare and what a fast extractor returns.
 */
export function extractArticleText(bytes: Uint8Array, url: string | null = null): string {
  const { text } = decodeBytes(bytes, { declared: declaredCharset(bytes), maxBytes: 64 * 1024 * 1024 });
  const rendered = renderHtml(text);
  const blocks = labelHtml(rendered, htmlMetadata(rendered.root, url));
  return blocks
    .filter((b) => b.label === 'body' || b.label === 'subhead')
    .map((b) => rendered.text.slice(b.start, b.end))
    .join('\n');
}
