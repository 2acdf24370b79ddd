import { XMLParser } from 'fast-xml-parser';

export interface FeedItem {
  readonly link: string;
  readonly title: string | null;
  readonly published: string | null;
}

export interface Feed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

/** True when bytes look like an RSS, RDF or Atom document. */
export function looksLikeFeed(bytes: Uint8Array, contentType: string): boolean {
  if (/(rss|atom|rdf)\+xml/i.test(contentType)) return true;
  const head = Buffer.from(bytes.subarray(0, 2048))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head);
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return text((v as Record<string, unknown>)['#text']);
  return null;
};

/** Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: its title and each item's link, title and date. */
export function parseFeed(xml: string): Feed {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: true,
    htmlEntities: true,
  });
  const doc = parser.parse(xml) as Record<string, any>;
  if (doc.rss?.channel) {
    const ch = doc.rss.channel;
    return {
      title: text(ch.title),
      items: list<any>(ch.item).flatMap((i) => {
        const link =
          text(i.link) ?? (i.guid && (i.guid['@isPermaLink'] ?? 'true') !== 'false' ? text(i.guid) : null);
        return link ? [{ link, title: text(i.title), published: text(i.pubDate) ?? text(i['dc:date']) }] : [];
      }),
    };
  }
  if (doc['rdf:RDF']) {
    const rdf = doc['rdf:RDF'];
    return {
      title: text(rdf.channel?.title),
      items: list<any>(rdf.item).flatMap((i) =>
        text(i.link) ? [{ link: text(i.link)!, title: text(i.title), published: text(i['dc:date']) }] : [],
      ),
    };
  }
  if (doc.feed) {
    const f = doc.feed;
    return {
      title: text(f.title),
      items: list<any>(f.entry).flatMap((e) => {
        const links = list<any>(e.link);
        const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
        const link = alt?.['@href'] ?? text(alt);
        return link ? [{ link, title: text(e.title), published: text(e.published) ?? text(e.updated) }] : [];
      }),
    };
  }
  throw new Error('not an RSS, RDF or Atom feed');
}
