import { contentId } from '../model/id.js';
import { decodePage, parsePage } from '../html/render.js';
import { decodeBytes, type DecodeOptions } from '../load/decode.js';
import type { DecodingFacts, Document, KnownMetadata, SourceRef } from '../model/document.js';
import { InputError } from '../model/messages.js';
import { repairedView, type RepairedView } from '../repair/view.js';
import { checkLayers, STAGES, stagesFor, type Layer, type Stage, type StageContext } from './stages.js';

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

/** Runs the per-article stages over already decoded text. */
export function processText(
  text: string,
  source: SourceRef,
  options: ProcessOptions = {},
  decoding: DecodingFacts = givenAsString(text),
): Document {
  return runStages(text, source, options, decoding, null);
}

function runStages(
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
  const all = options.stages ?? STAGES;
  for (const stage of options.layers ? stagesFor(options.layers, all) : all) {
    const added = stage.run(doc, ctx);
    checkLayers(doc, added, stage.name);
    doc = { ...doc, ...added };
  }
  return doc;
}

/** Decodes bytes (see decodeBytes) and runs the per-article stages. */
export function processBytes(bytes: Uint8Array, source: SourceRef, options: ProcessOptions = {}): Document {
  const { text, decoding } = decodeBytes(bytes, options);
  return processText(text, source, options, decoding);
}

/**
 * Renders an HTML page to its visible text (`Document.text`, one block a line)
 * and runs the stages with the page's structure and declared metadata at hand.
 */
export function processHtmlText(
  html: string,
  source: SourceRef,
  options: ProcessOptions = {},
  decoding: DecodingFacts = givenAsString(html),
): Document {
  const page = parsePage(html, /^https?:/i.test(source.location) ? source.location : null);
  return runStages(page.rendered.text, source, options, decoding, page);
}

/** Decodes a page's bytes (BOM, HTTP charset, `<meta charset>`, sniffing) and processes it as HTML. */
export function processHtmlBytes(
  bytes: Uint8Array,
  source: SourceRef,
  options: ProcessOptions = {},
): Document {
  const { text, decoding } = decodePage(bytes, options);
  return processHtmlText(text, source, options, decoding);
}
