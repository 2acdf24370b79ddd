import type { Document } from '../model/document.js';
import type { Dossier } from '../model/dossier.js';
import { checkSpan } from '../model/span.js';
import { buildBrief } from './brief.js';
import { findClaims, type AlignedClaims } from './claims.js';
import { compareStory } from './compare/index.js';
import { findFacts, type FactInContext } from './facts.js';
import { findFlows } from './flows.js';
import { traceProvenance, type ProvenanceTrace } from './provenance.js';

/** The story-level layers, each added by one stage and never edited by a later one. */
export interface StoryLayers {
  provenance?: ProvenanceTrace;
  claims?: AlignedClaims;
  facts?: FactInContext[];
  discrepancies?: Dossier['discrepancies'];
  flows?: Dossier['flows'];
  brief?: Dossier['brief'];
}

/** A story stage: what it reads, the layer it writes, and how. */
export interface StoryStage {
  readonly name: string;
  readonly reads: ReadonlyArray<keyof StoryLayers>;
  readonly writes: keyof StoryLayers;
  run(documents: readonly Document[], layers: Readonly<StoryLayers>): void | StoryLayers[keyof StoryLayers];
}

const need = <K extends keyof StoryLayers>(
  layers: Readonly<StoryLayers>,
  k: K,
): NonNullable<StoryLayers[K]> => {
  const v = layers[k];
  if (v === undefined) throw new Error(`story stage ran before the ${k} layer it reads`);
  return v as NonNullable<StoryLayers[K]>;
};

/**
 * The story stages in order, shaped like the article pipeline (`pipeline/stages.ts`):
 * provenance (who cites whom), align (claims across outlets), facts (typed values with
 * what they are about), compare (discrepancies from facts and claims), flows, brief.
 */
export const STORY_STAGES: readonly StoryStage[] = [
  { name: 'provenance', reads: [], writes: 'provenance', run: (docs) => traceProvenance(docs) },
  {
    name: 'align',
    reads: ['provenance'],
    writes: 'claims',
    run: (docs, l) => findClaims(docs, need(l, 'provenance')),
  },
  { name: 'facts', reads: [], writes: 'facts', run: (docs) => findFacts(docs) },
  {
    name: 'compare',
    reads: ['facts', 'claims', 'provenance'],
    writes: 'discrepancies',
    run: (docs, l) => compareStory(docs, need(l, 'facts'), need(l, 'claims'), need(l, 'provenance')),
  },
  { name: 'flows', reads: ['claims'], writes: 'flows', run: (docs, l) => findFlows(docs, need(l, 'claims')) },
  {
    name: 'brief',
    reads: ['claims', 'facts'],
    writes: 'brief',
    run: (_docs, l) => buildBrief(need(l, 'claims'), need(l, 'facts')),
  },
];

/** Runs the story stages in order, checking every span a stage adds against its document. */
export function runStoryStages(
  documents: readonly Document[],
  stages: readonly StoryStage[] = STORY_STAGES,
): StoryLayers {
  const layers: StoryLayers = {};
  const length = new Map(documents.map((d) => [d.id, d.text.length]));
  for (const stage of stages) {
    const out = stage.run(documents, layers);
    (layers as Record<string, unknown>)[stage.writes] = out;
    for (const [i, loc] of locations(stage.writes, out).entries()) {
      const n = length.get(loc.doc);
      if (n === undefined)
        throw new Error(`story:${stage.name}: ${stage.writes}[${i}] names unknown document ${loc.doc}`);
      checkSpan(loc, n, `story:${stage.name}`, `${stage.writes}[${i}]`);
    }
  }
  return layers;
}

type Loc = { doc: string; start: number; end: number };

/** The spans a layer points at. */
function locations(layer: keyof StoryLayers, value: unknown): Loc[] {
  switch (layer) {
    case 'claims':
      return (value as AlignedClaims).claims.flatMap((c) => c.members);
    case 'facts':
      return value as FactInContext[];
    case 'discrepancies':
      return (value as Dossier['discrepancies']).flatMap((x) => x.values);
    case 'flows':
      return (value as Dossier['flows']).flatMap((f) => f.evidence ?? []);
    default:
      return [];
  }
}
