import type { HtmlMeta } from '../html/metadata.js';
import type { FieldEvidence } from '../model/document.js';
import { outletName, outletOfUrl } from './outlets.js';
import type { PlainMetadata, TextField } from './plain.js';

/** An ISO 8601 date (or date-time) from what pages put in `datePublished` and friends; null when unreadable. */
export function isoDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v.replace(' ', 'T');
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

/**
 * The time of day of an ISO 8601 date-time (`2031-03-04T13:05:00-05:00` → `13:05-05:00`,
 * `2031-03-04T06:30Z` → `06:30Z`, `2031-03-04 13:05` → `13:05`): the clock time as written,
 * with its zone when it gives one; null for a date alone (see `Document.publishedTime`).
 */
export function isoTime(value: string | null | undefined): string | null {
  const m = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::[\d.]+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value?.trim() ?? '',
  );
  return m ? `${m[1]}:${m[2]}${m[3] ?? ''}` : null;
}

/** The fields {@link markupMetadata} takes from the visible text: those the markup does not declare. */
export function fieldsLeftToText(meta: HtmlMeta): Set<TextField> {
  const out = new Set<TextField>();
  if (!meta.title) out.add('title');
  if (!meta.byline) out.add('byline');
  if (!meta.outlet) out.add('outlet');
  if (!(meta.published && isoDate(meta.published.value))) out.add('published');
  return out;
}

/**
 * Metadata of an HTML page: what its markup declares (JSON-LD, Open Graph,
 * `<meta>`, `<time>`, the URL), falling back to what the visible text shows.
 */
export function markupMetadata(meta: HtmlMeta, fromText: PlainMetadata): PlainMetadata {
  const evidence: FieldEvidence[] = [];
  const take = <K extends 'title' | 'byline' | 'outlet' | 'canonical'>(field: K): string | null => {
    const found = meta[field];
    if (found) {
      evidence.push({ field, rule: `metadata:markup`, markup: found.markup });
      return found.value;
    }
    const v = field === 'canonical' ? null : fromText[field as 'title' | 'byline' | 'outlet'];
    if (v) evidence.push(...fromText.evidence.filter((e) => e.field === field));
    return v;
  };
  const title = take('title');
  const byline = take('byline');
  const declared = take('outlet');
  const canonical = take('canonical');
  // `The New York Times Company` publishes the outlet `The New York Times`; with no name
  // anywhere, the page's address names it.
  let outlet = declared ? outletName(declared) : null;
  if (!outlet && canonical) {
    const found = outletOfUrl(canonical);
    if (found) {
      outlet = found.name;
      evidence.push({ field: 'outlet', rule: found.rule, markup: meta.canonical!.markup });
    }
  }
  let published = meta.published ? isoDate(meta.published.value) : null;
  let publishedTime = isoTime(published);
  if (published)
    evidence.push({ field: 'published', rule: 'metadata:markup', markup: meta.published!.markup });
  else {
    published = fromText.published;
    publishedTime = fromText.publishedTime ?? null;
    evidence.push(...fromText.evidence.filter((e) => e.field === 'published'));
  }
  return { title, byline, outlet, published, publishedTime, canonical, evidence };
}
