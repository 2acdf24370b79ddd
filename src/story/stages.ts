import { availableParallelism, loadavg } from 'node:os';
import { receiveMessageOnPort, MessageChannel, type Worker } from 'node:worker_threads';
import type { Document } from '../model/document.js';
import type { Dossier } from '../model/dossier.js';
import { checkSpan } from '../model/span.js';
import { buildBrief } from './brief.js';
import { findClaims, type AlignedClaims } from './claims.js';
import { compareStory } from './compare/index.js';
import { findFacts, type FactInContext } from './facts.js';
import { findFlows } from './flows.js';
import { traceProvenance, type ProvenanceTrace } from './provenance.js';
import { buildTimeline, type TimelineLayer } from './timeline.js';
import type { StageAnswer, StageRequest } from './stage-thread.js';
import { startThread } from '../thread.js';

/** The story-level layers, each added by one stage and never edited by a later one. */
export interface StoryLayers {
  provenance?: ProvenanceTrace;
  claims?: AlignedClaims;
  facts?: FactInContext[];
  discrepancies?: Dossier['discrepancies'];
  flows?: Dossier['flows'];
  brief?: Dossier['brief'];
  timeline?: TimelineLayer;
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
 * what they are about), compare (discrepancies from facts and claims), flows, brief, timeline
 * (dated events merged across documents).
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
    reads: ['claims', 'facts', 'discrepancies'],
    writes: 'brief',
    run: (docs, l) =>
      buildBrief(
        need(l, 'claims'),
        need(l, 'facts'),
        8,
        need(l, 'discrepancies'),
        new Map(docs.map((d) => [d.id, d.published])),
      ),
  },
  {
    name: 'timeline',
    reads: ['claims'],
    writes: 'timeline',
    run: (docs, l) => buildTimeline(docs, need(l, 'claims')),
  },
];

export interface StoryOptions {
  /**
   * Threads the story stages may use: 1 (the default) runs them one after another in this
   * thread; from 2, a story of at least `threadFrom` documents runs the stages that read no
   * layer (facts) in a thread of its own beside the stages before them (provenance, align);
   * `'auto'` does so when the load average leaves a second core idle.
   */
  readonly threads?: number | 'auto';
  /** Documents from which a thread pays for its start-up (default {@link STAGE_THREAD_FROM}). */
  readonly threadFrom?: number;
  /** Told which stages ran in the thread and whether their layers came from it (benches, tests). */
  readonly onThread?: (stages: readonly string[], answered: boolean) => void;
}

/**
 * Documents from which the stages read no layer run in a thread of their own: the thread
 * starts (about 0.1 s) and copies the documents (about 50 ms for 600 articles), and facts
 * take about 2 ms an article.
 */
export const STAGE_THREAD_FROM = 100;

/** Runs the story stages in order, checking every span a stage adds against its document. */
export function runStoryStages(
  documents: readonly Document[],
  stages: readonly StoryStage[] = STORY_STAGES,
  options: StoryOptions = {},
): StoryLayers {
  const aside = besideThread(documents, stages, options);
  try {
    return runStages(documents, stages, aside);
  } finally {
    aside?.close();
  }
}

function runStages(
  documents: readonly Document[],
  stages: readonly StoryStage[],
  aside: StageThread | null,
): StoryLayers {
  const layers: StoryLayers = {};
  const length = new Map(documents.map((d) => [d.id, d.text.length]));
  for (const stage of stages) {
    const out = aside?.runs(stage) ? aside.take(stage, documents) : stage.run(documents, layers);
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
    case 'timeline':
      return (value as TimelineLayer).entries.flatMap((e) => [
        e,
        ...(e.clause ? [{ doc: e.doc, ...e.clause }] : []),
      ]);
    default:
      return [];
  }
}

/** Stages run in a thread beside this one, their layers taken when a later stage needs them. */
interface StageThread {
  runs(stage: StoryStage): boolean;
  /** The layer `stage` wrote in the thread; run here if the thread failed or never answered. */
  take(stage: StoryStage, documents: readonly Document[]): StoryLayers[keyof StoryLayers] | void;
  close(): void;
}

/** Longest wait for the thread's answer: a generous multiple of the time the stages here took. */
const WAIT_FACTOR = 4;
const WAIT_MIN_MS = 20_000;

/**
 * Starts a thread for the stages that read no layer, except the first (it would only make
 * this thread wait), when the options allow one (see {@link StoryOptions}); null otherwise.
 * The answer is read synchronously (the stages are synchronous): the thread raises a shared
 * flag once its answer is on the port.
 */
function besideThread(
  documents: readonly Document[],
  stages: readonly StoryStage[],
  options: StoryOptions,
): StageThread | null {
  const threads =
    options.threads === 'auto'
      ? Math.floor(availableParallelism() - loadavg()[0]! + 0.5)
      : (options.threads ?? 1);
  if (threads < 2 || documents.length < (options.threadFrom ?? STAGE_THREAD_FROM)) return null;
  // Stages are named to the thread, which runs its own copy of STORY_STAGES.
  const names = new Set(
    stages.filter((s, i) => i > 0 && s.reads.length === 0 && STORY_STAGES.includes(s)).map((s) => s.name),
  );
  if (!names.size) return null;
  const started = performance.now();
  const done = new SharedArrayBuffer(4);
  const flag = new Int32Array(done);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | null = startThread(new URL('./stage-thread', import.meta.url));
  worker.unref();
  const request: StageRequest = { documents, names: [...names], port: port2, done };
  worker.postMessage(request, [port2]);
  // The layers the thread wrote, in `order`; empty once it failed or did not answer in time.
  let layers: unknown[] | null = null;
  const order = [...names];
  return {
    runs: (stage) => names.has(stage.name) && STORY_STAGES.includes(stage),
    take: (stage, docs) => {
      if (!layers) {
        const limit = Math.max(WAIT_MIN_MS, WAIT_FACTOR * (performance.now() - started));
        const answer =
          Atomics.wait(flag, 0, 0, limit) === 'timed-out'
            ? undefined
            : (receiveMessageOnPort(port1)?.message as StageAnswer | undefined);
        layers = answer && 'layers' in answer ? answer.layers : [];
        options.onThread?.(order, layers.length === order.length);
      }
      const i = order.indexOf(stage.name);
      // No answer, or a fault: the stage runs here (it gives the same layer).
      return i < layers.length ? (layers[i] as StoryLayers[keyof StoryLayers]) : stage.run(docs, {});
    },
    close: () => {
      port1.close();
      void worker?.terminate();
      worker = null;
    },
  };
}
