import type { Document } from '../model/document.js';
import type { Message } from '../model/messages.js';
import { runStoryStages, STORY_STAGES, type StoryOptions } from '../story/stages.js';
import { storyOrigins, storyRoles, withoutRelativeClause } from '../story/provenance.js';
import { VERSION } from '../version.js';
import { DOSSIER_SCHEMA, type Dossier, type DossierDocument } from './types.js';

/**
 * Assembles a dossier from analysed documents: the documents with their
 * layers, and the story-level layers that can be read off them (entities
 * merged by key across documents, quotes); the timeline and its events come from the
 * timeline stage.
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
  const timeline = layers.timeline!;
  return {
    schema: DOSSIER_SCHEMA,
    generator: { name: 'corroborate', version: VERSION },
    documents: docs,
    claims: aligned.claims,
    facts: facts.map(({ context: _c, decimals: _d, ...f }) => f),
    provenance: shownByName({
      ...trace.graph,
      origins: storyOrigins(trace, aligned.claims),
      ...storyRoles(trace),
    }),
    discrepancies: layers.discrepancies!,
    entities: [...entities.values()].sort(
      (a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id),
    ),
    quotes: documents.flatMap((d) =>
      d.quotes.map((q) => ({ doc: d.id, start: q.start, end: q.end, speaker: q.speaker })),
    ),
    timeline: timeline.entries,
    events: timeline.events,
    flows: layers.flows!,
    brief: layers.brief!,
    messages: [...messages, ...documents.flatMap((d) => d.messages)],
  };
}

/** The provenance with each source shown by its name, without a relative clause after it (`withoutRelativeClause`). */
function shownByName<P extends Dossier['provenance']>(p: P): P {
  const shown = <T extends { label: string }>(list: readonly T[] | undefined): T[] | undefined =>
    list?.map((x) => ({ ...x, label: withoutRelativeClause(x.label) }));
  return {
    ...p,
    nodes: shown(p.nodes)!,
    origins: shown(p.origins),
    relays: shown(p.relays),
    commentators: shown(p.commentators),
  };
}
