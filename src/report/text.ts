import type { Dossier, DossierDocument } from '../dossier/types.js';
import type { Document } from '../model/document.js';
import { repairedView } from '../repair/view.js';

/** The article text a reader wants: body and subhead blocks, repaired, one paragraph each. */
export function bodyText(doc: Pick<Document, 'text' | 'repairs' | 'blocks'>): string {
  const view = repairedView(doc.text, doc.repairs);
  return doc.blocks
    .filter((b) => b.label === 'body' || b.label === 'subhead')
    .map((b) => view.text.slice(view.fromOriginal(b.start), view.fromOriginal(b.end)).trim())
    .join('\n\n');
}

/** The one-line summary `extract` writes per article in JSON Lines. */
export function articleRecord(doc: Document): Record<string, unknown> {
  return {
    id: doc.id,
    location: doc.source.location,
    title: doc.title,
    byline: doc.byline,
    published: doc.published,
    outlet: doc.outlet,
    language: doc.language,
    canonical: doc.canonical,
    body: bodyText(doc),
  };
}

/** A flow party's name: as the article wrote it, else the entity's label, else its id in words. */
export function partyLabel(d: Dossier, id: string): string {
  for (const f of d.flows) {
    if (f.from === id && f.fromLabel) return f.fromLabel;
    if (f.to === id && f.toLabel) return f.toLabel;
  }
  return d.entities.find((e) => e.id === id)?.label ?? id.replace(/^np:/, '').replace(/-/g, ' ');
}

/** Document ids in the order of the dossier's documents (the order reports number them in). */
export function inDocumentOrder(d: Dossier, ids: readonly string[]): string[] {
  const index = new Map(d.documents.map((x, i) => [x.id, i]));
  return [...ids].sort((a, b) => (index.get(a) ?? 0) - (index.get(b) ?? 0));
}

/** An event of the timeline as the reports show it. */
export interface ShownEvent {
  readonly date: string;
  readonly kind: 'event' | 'statement';
  readonly text: string;
  readonly docs: readonly string[];
  readonly claims: readonly string[];
  /** The first document's clause (or date, for a dossier without events), for a link to it. */
  readonly at: { doc: string; start: number; end: number };
  /** The date lies after the publication of every document telling it (a plan, a deadline). */
  readonly ahead: boolean;
}

/**
 * The timeline's events (a dossier from before events were added: each dated mention as one,
 * told by the date as written), each marked when it lies ahead of the reports telling it.
 */
export function shownEvents(d: Dossier): ShownEvent[] {
  const byId = new Map(d.documents.map((x) => [x.id, x]));
  const ahead = (date: string, docs: readonly string[]): boolean =>
    docs.every((id) => {
      const published = byId.get(id)?.published;
      return !!published && date > published.slice(0, date.length);
    });
  if (d.events)
    return d.events.map((e) => ({
      date: e.date,
      kind: e.kind,
      text: e.text,
      docs: inDocumentOrder(d, e.docs),
      claims: e.claims,
      at: e.members[0] ?? { doc: e.docs[0] ?? '', start: 0, end: 0 },
      ahead: ahead(e.date, e.docs),
    }));
  return d.timeline.map((t) => {
    const doc = byId.get(t.doc);
    const at = t.clause ? { doc: t.doc, ...t.clause } : { doc: t.doc, start: t.start, end: t.end };
    const view = doc ? repairedView(doc.text, doc.repairs) : null;
    return {
      date: t.date,
      kind: t.kind ?? 'event',
      text: view ? view.text.slice(view.fromOriginal(at.start), view.fromOriginal(at.end)) : '',
      docs: [t.doc],
      claims: t.claim ? [t.claim] : [],
      at,
      ahead: ahead(t.date, [t.doc]),
    };
  });
}

/** `1 article`, `2 articles`. */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The host of a web address, without `www.`; null for anything else. */
export function hostOf(location: string | null): string | null {
  if (!location || !/^https?:\/\//i.test(location)) return null;
  try {
    return new URL(location).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** Distinct outlets among the documents (an article with no outlet named counts as its own), and how many are not named. */
export function outletCount(d: Dossier): { all: number; unnamed: number } {
  const named = d.documents.map(outletOf);
  const unnamed = named.filter((x) => x === null).length;
  return { all: new Set(named.filter((x) => x !== null)).size + unnamed, unnamed };
}

/** A document's outlet: the outlet named, else the web site it came from; null when neither is known. */
export function outletOf(doc: DossierDocument): string | null {
  return doc.outlet ?? hostOf(doc.canonical) ?? hostOf(doc.source.location);
}

/** `s` cut to `n` characters, an ellipsis marking the cut. */
export const short = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** A document's outlet as the report names it: the outlet, else the web site it came from. Never a path. */
export function outletName(doc: DossierDocument): string {
  return outletOf(doc) ?? 'unknown outlet';
}

/** A document's headline: its title, else the start of its first body line. Never a path. */
export function headlineOf(doc: DossierDocument): string {
  if (doc.title) return doc.title;
  const first = doc.blocks.find((b) => b.label === 'body') ?? doc.blocks[0];
  const text = first ? doc.text.slice(first.start, first.end).trim() : '';
  return text ? short(text, 90) : 'untitled article';
}
