import { decodePage, parsePage } from '../html/render.js';
import { decodeBytes, type DecodeOptions } from '../load/decode.js';
import type { InputFailure, InputItem } from '../load/inputs.js';
import { contentId } from '../model/id.js';
import type { DecodingFacts, Document, KnownMetadata, SourceRef } from '../model/document.js';
import { InputError } from '../model/messages.js';
import { repairedView, type RepairedView } from '../repair/view.js';
import {
  checkLayers,
  stagesFor,
  textStagesFor,
  type Layer,
  type Stage,
  type StageContext,
} from './text-stages.js';

// The per-article pipeline over a given list of stages. document.ts and item.ts run it over
// every stage (stages.ts); a caller that needs only the text layers runs it over the text
// stages (pipelineFor), and so never loads the modules of mentions and attribution.

/** Stable id derived from the decoded text: the same article gets the same id wherever it comes from. */
export function documentId(text: string): string {
  return contentId('d', text);
}

export interface ProcessOptions extends DecodeOptions {
  readonly known?: KnownMetadata;
  /** Override the stage list (tests, benchmarks). */
  readonly stages?: readonly Stage[];
  /**
   * Only the layers wanted (and what they read): e.g. `['blocks', 'metadata', 'language']`
   * for clean text and its metadata, without mentions and attribution. Layers not made
   * stay empty. Default: every layer.
   */
  readonly layers?: readonly Layer[];
}

function emptyDocument(
  text: string,
  source: SourceRef,
  decoding: DecodingFacts,
  format: 'text' | 'html',
): Document {
  return {
    id: documentId(text),
    source,
    text,
    decoding,
    outlet: null,
    title: null,
    byline: null,
    published: null,
    language: 'und',
    canonical: null,
    format,
    evidence: [],
    repairs: [],
    blocks: [],
    sentences: [],
    entities: [],
    quantities: [],
    dates: [],
    attributions: [],
    quotes: [],
    certainties: [],
    messages: [],
  };
}

/** Decoding facts of text that arrived as a JavaScript string (no bytes were decoded). */
const givenAsString = (text: string): DecodingFacts => ({
  encoding: 'utf-16',
  rule: 'given-as-string',
  confidence: 1,
  bytes: text.length * 2,
});

function runStages(
  stages: readonly Stage[],
  text: string,
  source: SourceRef,
  options: ProcessOptions,
  decoding: DecodingFacts,
  html: StageContext['html'],
): Document {
  if (text.trim().length === 0) {
    throw new InputError(
      html ? 'the page shows no visible text' : 'the article holds no visible text',
      'load:blank',
    );
  }
  let doc = emptyDocument(text, source, decoding, html ? 'html' : 'text');
  if (decoding.rule === 'utf8-replaced') {
    const n = decoding.brokenBytes ?? 0;
    doc = {
      ...doc,
      messages: [
        {
          severity: 'warning',
          rule: 'load:utf8-replaced',
          doc: doc.id,
          reason: `the bytes are UTF-8 except for ${n} broken byte${n === 1 ? '' : 's'}, each replaced by U+FFFD (perhaps not in the visible text)`,
        },
      ],
    };
  }
  let cached: { repairs: unknown; view: RepairedView } | null = null;
  const ctx: StageContext = {
    known: options.known ?? {},
    html,
    view: (d) => {
      if (!cached || cached.repairs !== d.repairs)
        cached = { repairs: d.repairs, view: repairedView(d.text, d.repairs) };
      return cached.view;
    },
  };
  const all = options.stages ?? stages;
  for (const stage of options.layers ? stagesFor(options.layers, all) : all) {
    const added = stage.run(doc, ctx);
    checkLayers(doc, added, stage.name);
    doc = { ...doc, ...added };
  }
  return doc;
}

/** The entry points of the per-article pipeline over one list of stages (see document.ts and item.ts). */
export interface Pipeline {
  processText(text: string, source: SourceRef, options?: ProcessOptions, decoding?: DecodingFacts): Document;
  processBytes(bytes: Uint8Array, source: SourceRef, options?: ProcessOptions): Document;
  processHtmlText(
    html: string,
    source: SourceRef,
    options?: ProcessOptions,
    decoding?: DecodingFacts,
  ): Document;
  processHtmlBytes(bytes: Uint8Array, source: SourceRef, options?: ProcessOptions): Document;
  processItem(item: InputItem, options?: ProcessOptions): Document | InputFailure;
}

/** The pipeline over `stages` (`ProcessOptions.stages`, when given, still replaces them). */
export function pipeline(stages: readonly Stage[]): Pipeline {
  const processText: Pipeline['processText'] = (text, source, options = {}, decoding = givenAsString(text)) =>
    runStages(stages, text, source, options, decoding, null);
  const processHtmlText: Pipeline['processHtmlText'] = (
    html,
    source,
    options = {},
    decoding = givenAsString(html),
  ) => {
    const page = parsePage(html, /^https?:/i.test(source.location) ? source.location : null);
    return runStages(stages, page.rendered.text, source, options, decoding, page);
  };
  const processBytes: Pipeline['processBytes'] = (bytes, source, options = {}) => {
    const { text, decoding } = decodeBytes(bytes, options);
    return processText(text, source, options, decoding);
  };
  const processHtmlBytes: Pipeline['processHtmlBytes'] = (bytes, source, options = {}) => {
    const { text, decoding } = decodePage(bytes, options);
    return processHtmlText(text, source, options, decoding);
  };
  const processItem: Pipeline['processItem'] = (item, options = {}) => {
    const location = item.source.location;
    try {
      const opts = { ...options, known: { ...options.known, ...item.known }, declared: item.charset ?? null };
      if (item.format === 'html') {
        if (item.text !== undefined) return processHtmlText(item.text, item.source, opts);
        return processHtmlBytes(item.bytes!, item.source, opts);
      }
      if (item.text !== undefined) return processText(item.text, item.source, opts);
      return processBytes(item.bytes!, item.source, opts);
    } catch (err) {
      if (err instanceof InputError) return { location, rule: err.rule, reason: err.message };
      throw err;
    }
  };
  return { processText, processBytes, processHtmlText, processHtmlBytes, processItem };
}

/**
 * The pipeline that makes what `options` asks for: over the text stages alone when they make
 * every layer asked (`extract -f text|jsonl`), else over every stage, whose modules (mentions,
 * attribution) are loaded then.
 */
export async function pipelineFor(options: Pick<ProcessOptions, 'layers'>): Promise<Pipeline> {
  const text = textStagesFor(options.layers);
  if (!text) return (await import('./document.js')).FULL_PIPELINE;
  textPipeline ??= pipeline(text);
  return textPipeline;
}

/** The pipeline over the text stages, made once (one set of closures, whose compiled code is kept). */
let textPipeline: Pipeline | null = null;
