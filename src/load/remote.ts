import { InputError } from '../model/messages.js';
import { parseFeed, looksLikeFeed } from './feed.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import type { InputFailure, InputItem } from './inputs.js';

export interface RemoteOptions extends FetchOptions {
  /** Most feed items fetched per feed. */
  readonly maxItems?: number;
  /** Fetches under way at once for a feed's items. */
  readonly concurrency?: number;
}

function isoOrNull(v: string | null): string | null {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function formatOf(contentType: string, bytes: Uint8Array): 'html' | 'text' {
  if (/html|xml/i.test(contentType)) return 'html';
  if (/text\/plain/i.test(contentType)) return 'text';
  return /<(html|body|p|div|article)\b/i.test(Buffer.from(bytes.subarray(0, 2048)).toString('latin1'))
    ? 'html'
    : 'text';
}

/**
 * Reads one URL: a page becomes one item; a feed becomes one item per entry
 * (each entry's link fetched, with the feed's title as outlet and the entry's
 * title and date as known metadata). Failures are returned, never thrown.
 */
export async function readUrl(
  url: string,
  options: RemoteOptions = {},
): Promise<{ items: InputItem[]; failures: InputFailure[] }> {
  const items: InputItem[] = [];
  const failures: InputFailure[] = [];
  const fail = (location: string, err: unknown): void => {
    if (err instanceof InputError) failures.push({ location, rule: err.rule, reason: err.message });
    else
      failures.push({
        location,
        rule: 'fetch:error',
        reason: err instanceof Error ? err.message : String(err),
      });
  };
  let page;
  try {
    page = await fetchUrl(url, options);
  } catch (err) {
    fail(url, err);
    return { items, failures };
  }
  if (!looksLikeFeed(page.bytes, page.contentType)) {
    items.push({
      source: { kind: 'url', location: page.finalUrl },
      bytes: page.bytes,
      charset: page.charset,
      format: formatOf(page.contentType, page.bytes),
    });
    return { items, failures };
  }
  let feed;
  try {
    feed = parseFeed(Buffer.from(page.bytes).toString('utf8'));
  } catch (err) {
    failures.push({
      location: url,
      rule: 'feed:parse',
      reason: `the feed could not be read: ${err instanceof Error ? err.message : String(err)}`,
    });
    return { items, failures };
  }
  const entries = feed.items.slice(0, options.maxItems ?? 100);
  if (entries.length === 0)
    failures.push({ location: url, rule: 'feed:empty', reason: 'the feed lists no items' });
  const queue = [...entries.entries()];
  const results: Array<InputItem | null> = new Array(entries.length).fill(null);
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [i, entry] = next;
      try {
        const link = new URL(entry.link, page.finalUrl).href;
        const got = await fetchUrl(link, options);
        results[i] = {
          source: { kind: 'feed', location: got.finalUrl },
          bytes: got.bytes,
          charset: got.charset,
          format: formatOf(got.contentType, got.bytes),
          known: { title: entry.title, published: isoOrNull(entry.published), outlet: feed.title },
        };
      } catch (err) {
        fail(entry.link, err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  for (const r of results) if (r) items.push(r);
  return { items, failures };
}
