import type { Certainty, Document } from './document.js';
import type { Message } from './messages.js';

export const DOSSIER_SCHEMA = 'corroborate/dossier@1' as const;

interface Loc {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}

/**
 * How a date reads on the timeline: the date of an `event` the sentence tells, or of a
 * `statement` (`officials said Tuesday`: when something was said, not when it happened).
 */
export type TimelineKind = 'event' | 'statement';

/** One dated mention on the timeline: `[start, end)` is the date as written. */
export interface TimelineEntry extends Loc {
  /** ISO 8601: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  readonly date: string;
  /** The claim whose member sentence holds the date, if any. */
  readonly claim?: string;
  /** Additive to dossier@1 (from here on). */
  readonly kind?: TimelineKind;
  /** The id of the event in `events` this entry tells. */
  readonly event?: string;
  /** What happened on the date: the clause or sentence of the document the date belongs to. */
  readonly clause?: { readonly start: number; readonly end: number };
  /** The rule that read the date (`dates:chrono-relative`, `timeline:year`, …). */
  readonly rule?: string;
}

/** An event of the timeline: what happened on a date, and the documents that tell it. */
export interface TimelineEvent {
  readonly id: string;
  readonly date: string;
  readonly kind: TimelineKind;
  /** What happened, as the first document telling it writes it (repaired text of its clause). */
  readonly text: string;
  /** The documents that tell it, in dossier order. */
  readonly docs: readonly string[];
  /** The claims its clauses belong to. */
  readonly claims: readonly string[];
  /** Each document's clause telling it. */
  readonly members: readonly Loc[];
}

/** A document as the dossier carries it: the contract's fields plus every layer. */
export type DossierDocument = Omit<Document, 'messages'>;

/** `corroborate/dossier@1`: see schema/dossier.schema.json. Offsets are 0-based UTF-16 code units into the document's text. */
export interface Dossier {
  readonly schema: typeof DOSSIER_SCHEMA;
  readonly generator: { readonly name: 'corroborate'; readonly version: string };
  readonly documents: readonly DossierDocument[];
  readonly claims: ReadonlyArray<{
    id: string;
    text: string;
    members: ReadonlyArray<
      Loc & {
        text: string;
        certainty: Certainty;
        cues: ReadonlyArray<{ start: number; end: number }>;
        sources: string[];
        /**
         * When the sentence states several claims (it is a member of more than one): the
         * clause of it that states this one. Additive to dossier@1.
         */
        part?: { start: number; end: number };
        /**
         * When the member names no source of its own but another sentence of its article names who
         * says it: the provenance node ids it rests on, the rule that carried them
         * (`provenance:quotation-run`: a quotation over several sentences; `provenance:quotation-continues`:
         * a quotation standing alone after its speaker's sentence; `claims:headline-from-lead`:
         * a headline and its lead; `claims:lead-restated`: a lead restated with its source by the
         * next sentence, h-who25), the sentence naming them, the source as written there, and the
         * quotation both belong to (h-who24). Additive to dossier@1.
         */
        carried?: {
          sources: string[];
          rule: string;
          from: { start: number; end: number };
          source: { start: number; end: number };
          quotation?: { start: number; end: number };
        };
      }
    >;
    outlets: number;
    origins: string[];
    /** True when some outlet's member denies the claim or says it cannot be confirmed. */
    contested?: boolean;
  }>;
  /** Typed facts read from each document (see `story/facts.ts`): additive to dossier@1. */
  readonly facts?: ReadonlyArray<
    Loc & {
      id: string;
      kind: string;
      text: string;
      value: number | string;
      unit?: string;
      qualifier: string | null;
      about: string;
      aboutText: string;
      event?: string;
      sentence: number;
      rule: string;
      asOf?: string;
      holder?: string;
      low?: number;
    }
  >;
  readonly provenance: {
    readonly nodes: ReadonlyArray<{ id: string; label: string; kind: string }>;
    readonly edges: ReadonlyArray<{ from: string; to: string; kind: 'cites' | 'relays' }>;
    /** Where the story comes from: each origin node with the documents and claims resting on it. */
    readonly origins?: ReadonlyArray<{
      id: string;
      label: string;
      documents: string[];
      claims: string[];
      rule?: string;
    }>;
    /** Outlets passing on a news organisation's report, and copies of one text run by several articles: never origins. */
    readonly relays?: ReadonlyArray<{
      id: string;
      label: string;
      documents: string[];
      of: string[];
      rule: string;
    }>;
    /** Analysts, experts, lawmakers, advocates, reactions: what they say is a view, never the origin of a fact. */
    readonly commentators?: ReadonlyArray<{ id: string; label: string; documents: string[]; rule: string }>;
  };
  readonly discrepancies: ReadonlyArray<{
    id: string;
    kind: string;
    claim?: string;
    note: string;
    /** The comparison rule that decided it (`compare:figures`, `compare:spelling`, …). */
    rule?: string;
    values: ReadonlyArray<Loc & { text: string; normalized?: unknown }>;
  }>;
  readonly entities: ReadonlyArray<{ id: string; label: string; kind: string; mentions: readonly Loc[] }>;
  readonly quotes: ReadonlyArray<Loc & { speaker: string | null }>;
  /** Every resolved date of the documents (and each year a sentence places an event in), by date. */
  readonly timeline: ReadonlyArray<TimelineEntry>;
  /**
   * The timeline told as events: the entries of one date that tell the same thing (the same
   * claim, or clauses alike in their words) merged across documents, by date. Additive to dossier@1.
   */
  readonly events?: ReadonlyArray<TimelineEvent>;
  readonly flows: ReadonlyArray<{
    from: string;
    to: string;
    what: string;
    amount?: { value: number; unit: string };
    claims: string[];
    certainty: Certainty;
    /** money, weapons, access, information, technology, goods or other. */
    kind?: string;
    /** The statements behind the flow, with the verb rule that read them. */
    evidence?: Array<{ doc: string; start: number; end: number; rule: string }>;
    /** Giver and recipient as written (entity label, or the unnamed party's words). */
    fromLabel?: string;
    toLabel?: string;
  }>;
  readonly brief: ReadonlyArray<{ text: string; claims: string[]; docs: string[]; certainty: Certainty }>;
  readonly messages: readonly Message[];
}
