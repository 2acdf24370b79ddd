import type { Document } from '../model/document.js';
import type { Message } from '../model/messages.js';
import { runStoryStages, STORY_STAGES, type StoryOptions } from '../story/stages.js';
import { storyOrigins, storyRoles } from '../story/provenance.js';
import { VERSION } from '../version.js';
import { DOSSIER_SCHEMA, type Dossier, type DossierDocument } from './types.js';

/**
 * Assembles a dossier from analysed documents: the documents with their
 * layers, and the story-level layers that can be read off them (entities
 * merged by key across documents, quotes, a timeline of resolved dates).
 * Documents' own messages move to the dossier's `messages`.
 */
export function buildDossier(
  documents: readonly Document[],
  messages: readonly Message[] = [],
  options: StoryOptions = {},
): Dossier {
  const docs: DossierDocument[] = documents.map(({ messages: _m, ...d }) => d);
  const entities = new Map<
    string,
    { id: string; label: string; kind: string; mentions: Array<{ doc: string; start: number; end: number }> }
  >();
  for (const d of documents) {
    for (const e of d.entities) {
      let entry = entities.get(e.key);
      if (!entry) {
        entry = { id: e.key, label: e.label, kind: e.kind, mentions: [] };
        entities.set(e.key, entry);
      }
      entry.mentions.push({ doc: d.id, start: e.start, end: e.end });
    }
  }
  const layers = runStoryStages(documents, STORY_STAGES, options);
  const trace = layers.provenance!;
  const facts = layers.facts!;
  const aligned = layers.claims!;
  // Each document's claim members, in claim order: the first holding a span names its claim.
  const membersOf = new Map<string, Array<{ start: number; end: number; claim: string }>>();
  for (const c of aligned.claims)
    for (const m of c.members) {
      const list = membersOf.get(m.doc);
      if (list) list.push({ start: m.start, end: m.end, claim: c.id });
      else membersOf.set(m.doc, [{ start: m.start, end: m.end, claim: c.id }]);
    }
  const claimAt = (doc: string, start: number, end: number): string | undefined =>
    membersOf.get(doc)?.find((m) => m.start <= start && end <= m.end)?.claim;
  const timeline = documents
    .flatMap((d) =>
      d.dates
        .filter((x) => x.value !== null)
        .map((x) => {
          const claim = claimAt(d.id, x.start, x.end);
          return { date: x.value!, doc: d.id, start: x.start, end: x.end, ...(claim ? { claim } : {}) };
        }),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.doc.localeCompare(b.doc) || a.start - b.start);
  return {
    schema: DOSSIER_SCHEMA,
    generator: { name: 'corroborate', version: VERSION },
    documents: docs,
    claims: aligned.claims,
    facts: facts.map(({ context: _c, decimals: _d, ...f }) => f),
    provenance: { ...trace.graph, origins: storyOrigins(trace, aligned.claims), ...storyRoles(trace) },
    discrepancies: layers.discrepancies!,
    entities: [...entities.values()].sort(
      (a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id),
    ),
    quotes: documents.flatMap((d) =>
      d.quotes.map((q) => ({ doc: d.id, start: q.start, end: q.end, speaker: q.speaker })),
    ),
    timeline,
    flows: layers.flows!,
    brief: layers.brief!,
    messages: [...messages, ...documents.flatMap((d) => d.messages)],
  };
}
