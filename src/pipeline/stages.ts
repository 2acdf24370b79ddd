import { attribute } from '../attribution/attribute.js';
import { findDates } from '../mentions/dates.js';
import { findEntities } from '../mentions/entities.js';
import { findQuantities } from '../mentions/quantities.js';
import type { Document } from '../model/document.js';
import type { Message } from '../model/messages.js';
import { stagesFor as stagesAmong, TEXT_STAGES, type Layer, type Stage } from './text-stages.js';

export {
  LAYERS,
  TEXT_STAGES,
  textStagesFor,
  type Layer,
  type Stage,
  type StageContext,
} from './text-stages.js';

/** Languages whose mentions and attribution rules we have. */
export const NLP_LANGUAGES: ReadonlySet<string> = new Set(['en', 'und']);

/** The primary subtag of a BCP 47 tag: `en-GB` -> `en`. */
const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();

const unsupported = (doc: Document, stage: string): Message => ({
  severity: 'info',
  rule: `${stage}:language`,
  doc: doc.id,
  reason: `${stage} supports English only; this document is '${doc.language}', so its ${stage} layer is left empty`,
});

/** The per-article stages in order: the text stages (text-stages.ts), then mentions and attribution. */
export const STAGES: readonly Stage[] = [
  ...TEXT_STAGES,
  {
    name: 'mentions',
    // `published` (metadata) anchors relative dates.
    reads: ['repairs', 'blocks', 'metadata', 'sentences', 'language'],
    writes: ['mentions'],
    run: (doc, ctx) => {
      if (!NLP_LANGUAGES.has(primary(doc.language)))
        return { messages: [...doc.messages, unsupported(doc, 'mentions')] };
      const v = ctx.view(doc);
      // Headlines state facts too: read title and deck lines as well as the body's sentences.
      const spans = [
        ...doc.blocks.flatMap((b, i) =>
          b.label === 'title' || b.label === 'deck' ? [{ start: b.start, end: b.end, block: i }] : [],
        ),
        ...doc.sentences,
      ];
      return {
        entities: findEntities(v, spans),
        quantities: findQuantities(v, spans),
        dates: findDates(v, spans, doc.published),
      };
    },
  },
  {
    name: 'attribution',
    reads: ['repairs', 'sentences', 'language', 'mentions'],
    writes: ['attribution'],
    run: (doc, ctx) => {
      if (!NLP_LANGUAGES.has(primary(doc.language)))
        return { messages: [...doc.messages, unsupported(doc, 'attribution')] };
      return attribute(ctx.view(doc), doc.sentences, doc.entities);
    },
  },
];

/**
 * The stages that make `wanted` and every layer they read, in pipeline order.
 * Throws when a stage reads a layer that no earlier stage writes (a stage list
 * out of order).
 */
export function stagesFor(wanted: readonly Layer[], stages: readonly Stage[] = STAGES): Stage[] {
  return stagesAmong(wanted, stages);
}
