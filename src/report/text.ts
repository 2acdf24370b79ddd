import type { Dossier } from '../dossier/types.js';
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
