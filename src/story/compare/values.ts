import type { Document } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import { repairedView } from '../../repair/view.js';
import type { Dossier } from '../../model/dossier.js';
import type { ProvenanceTrace } from '../provenance.js';

export type Discrepancy = Dossier['discrepancies'][number];
export type Value = Discrepancy['values'][number];
/** A discrepancy before its id is derived from its values. */
export type Finding = Omit<Discrepancy, 'id'>;

/**
 * A value's key in a discrepancy: its number and unit (`14` and `Fourteen people`, read by two
 * rules, are one value), else its normalised form, else its text in lower case.
 */
export const valueKey = (v: Value): string => {
  const n = v.normalized as { value?: unknown; unit?: unknown } | undefined;
  if (n && typeof n === 'object' && 'value' in n) return `${String(n.value)}|${n.unit ?? ''}`;
  return n === undefined ? v.text.toLowerCase() : JSON.stringify(n);
};

/** Reads spans of a story's documents as values: the repaired text of the span, with its place. */
export interface Reader {
  readonly byId: ReadonlyMap<string, Document>;
  text(doc: string, s: Span): string;
  value(doc: string, s: Span, normalized?: unknown): Value;
  /** The other documents of the story whose outlet sentence `sentence` of `doc` names as a source (the provenance trace's reading). */
  cites(doc: string, sentence: number): readonly string[];
}

export function reader(documents: readonly Document[], trace?: ProvenanceTrace): Reader {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const views = new Map(documents.map((d) => [d.id, repairedView(d.text, d.repairs)]));
  const text = (doc: string, s: Span): string => {
    const v = views.get(doc)!;
    return v.text.slice(v.fromOriginal(s.start), v.fromOriginal(s.end));
  };
  // Each outlet's node, to the documents it published.
  const docsOf = new Map<string, string[]>();
  for (const [doc, node] of trace?.outletOf ?? []) docsOf.set(node, [...(docsOf.get(node) ?? []), doc]);
  return {
    byId,
    text,
    cites: (doc, sentence) =>
      (trace?.sentenceSources.get(doc)?.get(sentence) ?? [])
        .flatMap((node) => docsOf.get(node) ?? [])
        .filter((d) => d !== doc),
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

/** The text of a fact's sentence ('' for a headline or a missing sentence). */
export const sentenceText = (r: Reader, f: { doc: string; sentence: number }): string => {
  const s = r.byId.get(f.doc)?.sentences[f.sentence];
  return s ? r.text(f.doc, s) : '';
};

/** Whether a fact's body sentence matches a pattern, read once a sentence. */
export const sentenceReads = (r: Reader, re: RegExp): ((f: { doc: string; sentence: number }) => boolean) => {
  const seen = new Map<string, boolean>();
  return (f) => {
    const k = `${f.doc}:${f.sentence}`;
    if (!seen.has(k)) seen.set(k, f.sentence >= 0 && re.test(sentenceText(r, f)));
    return seen.get(k)!;
  };
};
