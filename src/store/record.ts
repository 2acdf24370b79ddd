import type { Dossier } from '../dossier/types.js';
import { contentId } from '../model/id.js';

/**
 * A dossier as the store keeps a story a user put together: written out as JSON, with what
 * a listing shows of it. Made where the dossier was built (`serve`'s analysis worker), so
 * that the server's own thread neither copies the dossier's objects nor writes them out.
 */
export interface AnalysisRecord {
  /** Follows from the documents: the same articles again replace the earlier analysis. */
  readonly id: string;
  readonly title: string | null;
  readonly articles: number;
  readonly outlets: number;
  /** The dossier, `JSON.stringify`'d. */
  readonly json: string;
}

/** The record of a dossier (see {@link AnalysisRecord}). */
export function analysisRecord(dossier: Dossier): AnalysisRecord {
  return {
    id: contentId(
      'a',
      dossier.documents
        .map((d) => d.id)
        .sort()
        .join(' '),
    ),
    title: dossier.documents.find((d) => d.title)?.title ?? null,
    articles: dossier.documents.length,
    outlets: new Set(dossier.documents.map((d) => d.outlet ?? d.source.location)).size,
    json: JSON.stringify(dossier),
  };
}
