import { labelPlainText } from '../blocks/plain.js';
import { labelHtml } from '../html/label.js';
import type { HtmlMeta } from '../html/metadata.js';
import type { RenderedText } from '../html/render.js';
import { detectLanguage, LANGUAGE_SAMPLE } from '../language/detect.js';
import { fieldsLeftToText, isoTime, markupMetadata } from '../metadata/markup.js';
import { plainMetadata, TEXT_FIELDS, withSourceAddress } from '../metadata/plain.js';
import type { Document, KnownMetadata } from '../model/document.js';
import type { Message } from '../model/messages.js';
import { checkSpan, type Span } from '../model/span.js';
import { findMojibake } from '../repair/mojibake.js';
import { withTokenRepairs } from '../repair/tokens.js';
import type { RepairedView } from '../repair/view.js';
import { sentencesOf } from '../sentences/split.js';

// The stages that make an article's text layers (repairs, blocks, metadata, sentences,
// language): what `extract -f text|jsonl` needs. The stages that read mentions and attribution,
// and the modules behind them, are added in stages.ts, so that a thread which makes only these
// layers never loads those (pipeline/batch.ts, pipeline/worker.ts).

/** What stages share about one document while it is processed. */
export interface StageContext {
  readonly known: KnownMetadata;
  /** The rendered page and its declared metadata, for HTML input. */
  readonly html: { readonly rendered: RenderedText; readonly meta: HtmlMeta } | null;
  /** The repaired view, built once the repair layer exists. */
  view(doc: Document): RepairedView;
}

/**
 * The layers of a Document the stages add, by name; a caller asks for layers
 * (`ProcessOptions.layers`) and only the stages they need run. The text itself
 * (and an HTML page's rendering) is always there: loading makes it.
 * - `repairs`: mojibake repairs; `blocks`: line labels; `metadata`: title,
 *   byline, outlet, published, canonical and their evidence; `sentences`;
 *   `language`; `mentions`: entities, quantities, dates; `attribution`:
 *   attributions, quotes, certainties.
 */
export type Layer = 'repairs' | 'blocks' | 'metadata' | 'sentences' | 'language' | 'mentions' | 'attribution';

/** Every layer, in the order the stages make them. */
export const LAYERS: readonly Layer[] = [
  'repairs',
  'blocks',
  'metadata',
  'sentences',
  'language',
  'mentions',
  'attribution',
];

/** One step of the per-article pipeline: adds layers, never edits text or earlier layers. */
export interface Stage {
  readonly name: string;
  /** Layers its `run` reads (besides the text, always there). */
  readonly reads: readonly Layer[];
  /** Layers it adds. */
  readonly writes: readonly Layer[];
  run(doc: Document, ctx: StageContext): Partial<Document>;
}

/** The stages of the text layers, in order: the first of `STAGES` (stages.ts). */
export const TEXT_STAGES: readonly Stage[] = [
  {
    name: 'repair',
    reads: [],
    writes: ['repairs'],
    run: (doc) => ({ repairs: withTokenRepairs(doc.text, findMojibake(doc.text)) }),
  },
  {
    name: 'blocks',
    reads: [],
    writes: ['blocks'],
    run: (doc, ctx) => {
      const blocks = ctx.html ? labelHtml(ctx.html.rendered, ctx.html.meta) : labelPlainText(doc.text);
      if (blocks.some((b) => b.label === 'body' || b.label === 'subhead')) return { blocks };
      const message: Message = {
        severity: 'warning',
        rule: 'blocks:no-article-text',
        doc: doc.id,
        reason: `no line was recognised as article text; all ${blocks.length} lines are labelled page furniture, title, byline or captions (see the blocks layer)`,
      };
      return { blocks, messages: [...doc.messages, message] };
    },
  },
  {
    name: 'metadata',
    reads: ['repairs', 'blocks'],
    writes: ['metadata'],
    run: (doc, ctx) => {
      const k = ctx.known;
      // Only what neither the caller nor the page's markup gives is looked for in the text.
      const wanted = ctx.html ? fieldsLeftToText(ctx.html.meta) : new Set(TEXT_FIELDS);
      for (const f of TEXT_FIELDS) if (k[f] != null) wanted.delete(f);
      const found = ctx.html
        ? markupMetadata(ctx.html.meta, plainMetadata(ctx.view(doc), doc.blocks, wanted))
        : withSourceAddress(plainMetadata(ctx.view(doc), doc.blocks, wanted), doc.source.location);
      return {
        title: k.title ?? found.title,
        byline: k.byline ?? found.byline,
        outlet: k.outlet ?? found.outlet,
        published: k.published ?? found.published,
        // The time of day goes with the date it was read with (a caller's date-time gives its own);
        // absent, not null, when none is given, so that documents without one serialise as before.
        publishedTime: (k.published != null ? isoTime(k.published) : found.publishedTime) ?? undefined,
        canonical: k.canonical ?? found.canonical,
        evidence: found.evidence.filter((e) => k[e.field as keyof KnownMetadata] == null),
      };
    },
  },
  {
    name: 'sentences',
    reads: ['repairs', 'blocks'],
    writes: ['sentences'],
    run: (doc, ctx) => ({ sentences: sentencesOf(doc.blocks, ctx.view(doc)) }),
  },
  {
    name: 'language',
    // Detected on the body's first sentences: those of the sentences layer when it is made, else
    // split here from the first body blocks, no further than the sample reaches.
    reads: ['repairs', 'blocks'],
    writes: ['language'],
    run: (doc, ctx) => {
      if (ctx.known.language) return { language: ctx.known.language };
      const declared = ctx.html?.meta.language?.value;
      if (declared && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(declared)) return { language: declared };
      const v = ctx.view(doc);
      return { language: detectLanguage(bodySample(doc, v) || v.text) };
    },
  },
];

/** The layers {@link TEXT_STAGES} make. */
export const TEXT_LAYERS: ReadonlySet<Layer> = new Set(TEXT_STAGES.flatMap((s) => s.writes));

/**
 * {@link TEXT_STAGES} when they make every layer of `layers` (given: not given is every
 * layer), else null: the stages of mentions and attribution are needed (stages.ts).
 */
export function textStagesFor(layers: readonly Layer[] | undefined): readonly Stage[] | null {
  return layers && layers.every((l) => TEXT_LAYERS.has(l)) ? TEXT_STAGES : null;
}

/**
 * The start of the body's sentences joined by spaces, as long as language detection reads
 * ({@link LANGUAGE_SAMPLE}) and one sentence more: the same prefix as joining them all. The
 * sentences are the layer's when made, else split block by block (a block's sentences do not
 * depend on other blocks) until the sample is full.
 */
function bodySample(doc: Document, v: RepairedView): string {
  let out = '';
  let first = true;
  const add = (s: { start: number; end: number }): boolean => {
    out += (first ? '' : ' ') + v.text.slice(v.fromOriginal(s.start), v.fromOriginal(s.end));
    first = false;
    return out.length > LANGUAGE_SAMPLE;
  };
  if (doc.sentences.length > 0) {
    for (const s of doc.sentences) if (add(s)) break;
    return out;
  }
  for (let i = 0; i < doc.blocks.length; i++) {
    if (doc.blocks[i]!.label !== 'body' && doc.blocks[i]!.label !== 'subhead') continue;
    for (const s of sentencesOf(doc.blocks, v, i, i + 1)) if (add(s)) return out;
  }
  return out;
}

/**
 * The stages that make `wanted` and every layer they read, in pipeline order.
 * Throws when a stage reads a layer that no earlier stage writes (a stage list
 * out of order).
 */
export function stagesFor(wanted: readonly Layer[], stages: readonly Stage[]): Stage[] {
  const needed = new Set<Layer>(wanted);
  const chosen = new Set<Stage>();
  // Walk back from the last stage, so that what a chosen stage reads is added before its writers are met.
  for (let i = stages.length - 1; i >= 0; i--) {
    const stage = stages[i]!;
    if (!stage.writes.some((l) => needed.has(l))) continue;
    chosen.add(stage);
    for (const l of stage.reads) needed.add(l);
  }
  const made = new Set<Layer>();
  const order = stages.filter((s) => chosen.has(s));
  for (const s of order) {
    const missing = s.reads.find((l) => !made.has(l));
    if (missing) throw new Error(`stage ${s.name} reads ${missing}, which no earlier stage writes`);
    for (const l of s.writes) made.add(l);
  }
  const unmade = wanted.find((l) => !made.has(l));
  if (unmade) throw new Error(`no stage writes the layer ${unmade}`);
  return order;
}

/** Checks every span a stage added against the text; throws a SpanError naming the stage. */
export function checkLayers(doc: Document, added: Partial<Document>, stage: string): void {
  const n = doc.text.length;
  const spans = (what: string, list: readonly Span[] | undefined): void => {
    list?.forEach((s, i) => checkSpan(s, n, stage, `${what}[${i}]`));
  };
  spans('repairs', added.repairs);
  spans('blocks', added.blocks);
  spans('sentences', added.sentences);
  spans('entities', added.entities);
  spans('quantities', added.quantities);
  spans('dates', added.dates);
  spans('quotes', added.quotes);
  added.evidence?.forEach((e, i) => {
    if (e.start !== undefined || e.end !== undefined)
      checkSpan({ start: e.start ?? -1, end: e.end ?? -1 }, n, stage, `evidence[${i}]`);
  });
  added.attributions?.forEach((a, i) => {
    checkSpan(a.cue, n, stage, `attributions[${i}].cue`);
    checkSpan(a.content, n, stage, `attributions[${i}].content`);
    if (a.source) checkSpan(a.source, n, stage, `attributions[${i}].source`);
    if (a.recipient) checkSpan(a.recipient, n, stage, `attributions[${i}].recipient`);
  });
  added.certainties?.forEach((c) =>
    c.cues.forEach((q, i) => checkSpan(q, n, stage, `certainties[${c.sentence}].cues[${i}]`)),
  );
}
