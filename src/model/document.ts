import type { Message } from './messages.js';
import type { Span } from './span.js';

/** How sure the text is of a statement, weakest last but one: `denied` is a negation, not a degree. */
export type Certainty = 'asserted' | 'attributed' | 'hedged' | 'unconfirmed' | 'denied';
export const CERTAINTIES: readonly Certainty[] = [
  'asserted',
  'attributed',
  'hedged',
  'unconfirmed',
  'denied',
];

export type BlockLabel =
  | 'title'
  | 'deck'
  | 'byline'
  | 'dateline'
  | 'body'
  | 'subhead'
  | 'caption'
  | 'boilerplate';

export type SourceKind = 'file' | 'url' | 'stdin' | 'feed' | 'record';

/** Where a document came from, as the user named it. */
export interface SourceRef {
  readonly kind: SourceKind;
  readonly location: string;
}

/** A replacement of `[start, end)` of the original by `replacement`, decided by `rule`. */
export interface Repair extends Span {
  readonly replacement: string;
  /** e.g. `mojibake:utf8-as-windows-1252`. */
  readonly rule: string;
  readonly reason: string;
}

/** One line (plain text) or block element (HTML) with its label and the rule that decided it. */
export interface Block extends Span {
  readonly label: BlockLabel;
  /** Human-readable: which feature decided the label. */
  readonly reason: string;
  /** Stable rule id, e.g. `blocks:all-caps-promo`. */
  readonly rule: string;
}

export interface Sentence extends Span {
  /** Index into `blocks` of the block holding the sentence. */
  readonly block: number;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'group';

export interface EntityMention extends Span {
  readonly kind: EntityKind;
  /** Normalised key shared by aliases within and across documents, e.g. `country:north-korea`. */
  readonly key: string;
  /** Preferred display name for the key. */
  readonly label: string;
  readonly rule: string;
}

export type QuantityKind = 'money' | 'count' | 'percent' | 'measure';

export interface Quantity extends Span {
  readonly kind: QuantityKind;
  /** Normalised value in `unit`s: `$9M` has value 9000000 and unit `USD`. */
  readonly value: number;
  /** ISO 4217 code for money, `%` for percent, the counted noun (lemma) for counts, the unit for measures. */
  readonly unit: string;
  /** `about`, `at least`, `at most`, `up to`, `more than`, `fewer than` when the text qualifies the number. */
  readonly qualifier: string | null;
  readonly rule: string;
}

export interface DateMention extends Span {
  /** ISO 8601 (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known); null when it cannot be resolved. */
  readonly value: string | null;
  /** True when the date was resolved against the publication date (relative or year-less expressions). */
  readonly relative: boolean;
  readonly rule: string;
}

/** A cue word or phrase that decided a certainty, with its kind. */
export interface CertaintyCue extends Span {
  readonly certainty: Certainty;
  readonly rule: string;
}

export interface Attribution {
  /** The reporting expression: `said`, `according to`, `told`, `citing`. */
  readonly cue: Span;
  /** Who, as written; null when unnamed. */
  readonly source: Span | null;
  /** Normalised source name (alias-merged), e.g. `The New York Times`. */
  readonly sourceLabel: string | null;
  /** What is attributed. */
  readonly content: Span;
  readonly certainty: Certainty;
  /** Whom it was told to (`told the NYT`): the relaying party, when the text says. */
  readonly recipient: Span | null;
  readonly recipientLabel: string | null;
  /** Index into `sentences`. */
  readonly sentence: number;
  readonly rule: string;
}

export interface Quote extends Span {
  /** Normalised speaker, when an attribution names one. */
  readonly speaker: string | null;
  readonly speakerSpan: Span | null;
  readonly rule: string;
}

/** The certainty of one sentence and the cues that decided it. */
export interface SentenceCertainty {
  /** Index into `sentences`. */
  readonly sentence: number;
  readonly certainty: Certainty;
  readonly cues: readonly CertaintyCue[];
}

/**
 * Where a metadata field was found, and by which rule: a span of the text, or,
 * for values the page declares in markup that is not visible text (`<meta>`,
 * JSON-LD), the `markup` it came from and no span.
 */
export interface FieldEvidence {
  readonly field: 'outlet' | 'title' | 'byline' | 'published' | 'language' | 'canonical';
  readonly rule: string;
  /** 0-based UTF-16 offsets into `Document.text`, when the value is visible text. */
  readonly start?: number;
  readonly end?: number;
  /** e.g. `meta[property=og:site_name]`, `json-ld:datePublished`. */
  readonly markup?: string;
}

export interface DecodingFacts {
  /** Name as iconv-lite knows it, e.g. `utf-8`, `windows-1252`, `utf-16le`. */
  readonly encoding: string;
  /**
   * How the encoding was chosen: `bom`, `declared`, `utf8-valid`, `utf8-over-declared`
   * (valid UTF-8 declared as a single-byte charset), `utf8-replaced` (UTF-8 but for a few
   * broken bytes, each now U+FFFD), `utf16-zero-bytes`, `sniffed`.
   */
  readonly rule: string;
  /** 0..1; 1 for BOM, declared and valid UTF-8. */
  readonly confidence: number;
  /** Size of the input in bytes. */
  readonly bytes: number;
  /** For `utf8-replaced`: bytes that fit no UTF-8 sequence and were replaced by U+FFFD. */
  readonly brokenBytes?: number;
}

/**
 * One article. `text` is the decoded original and is never rewritten; every
 * layer holds spans into it. Stages add layers and never edit earlier ones.
 */
export interface Document {
  readonly id: string;
  readonly source: SourceRef;
  readonly text: string;
  readonly decoding: DecodingFacts;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  /** ISO 8601 when known. */
  readonly published: string | null;
  /**
   * The time of day of `published` when the source gives one (`HH:MM`, then its zone as the
   * source writes it when it gives one: `13:05`, `13:05Z`, `06:30-05:00`): a date line's clock
   * time (`6: 30 a. m. March 4, 2031`, `Published 2031-03-04 13:05`), or the time of a declared
   * ISO date-time. Absent or null when the source gives none: never guessed.
   */
  readonly publishedTime?: string | null;
  /** BCP 47, `und` when unknown. */
  readonly language: string;
  /** The page's canonical URL (HTML input), else null. */
  readonly canonical: string | null;
  /** `text` for plain-text input; `html` when `text` was rendered from a page. */
  readonly format: 'text' | 'html';
  readonly evidence: readonly FieldEvidence[];
  readonly repairs: readonly Repair[];
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly EntityMention[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateMention[];
  readonly attributions: readonly Attribution[];
  readonly quotes: readonly Quote[];
  readonly certainties: readonly SentenceCertainty[];
  readonly messages: readonly Message[];
}

/** Metadata a caller already knows (JSON Lines fields, HTTP headers); it wins over what the text shows. */
export interface KnownMetadata {
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly byline?: string | null;
  readonly published?: string | null;
  readonly language?: string | null;
  readonly canonical?: string | null;
}
