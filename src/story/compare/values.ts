import type { Document } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import { repairedView } from '../../repair/view.js';
import type { Dossier } from '../../model/dossier.js';

export type Discrepancy = Dossier['discrepancies'][number];
export type Value = Discrepancy['values'][number];
/** A discrepancy before its id is derived from its values. */
export type Finding = Omit<Discrepancy, 'id'>;

/** Reads spans of a story's documents as values: the repaired text of the span, with its place. */
export interface Reader {
  readonly byId: ReadonlyMap<string, Document>;
  text(doc: string, s: Span): string;
  value(doc: string, s: Span, normalized?: unknown): Value;
}

export function reader(documents: readonly Document[]): Reader {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const views = new Map(documents.map((d) => [d.id, repairedView(d.text, d.repairs)]));
  const text = (doc: string, s: Span): string => {
    const v = views.get(doc)!;
    return v.text.slice(v.fromOriginal(s.start), v.fromOriginal(s.end));
  };
  return {
    byId,
    text,
    value: (doc, s, normalized) => ({
      doc,
      start: s.start,
      end: s.end,
      text: text(doc, s),
      ...(normalized === undefined ? {} : { normalized }),
    }),
  };
}

export const inside = (x: Span, m: Span): boolean => x.start >= m.start && x.end <= m.end;
