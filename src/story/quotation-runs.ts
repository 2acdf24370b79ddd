import type { Attribution, Document } from '../model/document.js';
import type { Span } from '../model/span.js';

/**
 * Who says the sentences of a quotation that runs over several sentences. News quotes a speaker
 * for a few sentences and names them once (`“The pier is closed. Nobody may enter until the
 * divers are done,” harbour master Tomas Greer said.`): the first sentence names nobody, yet it
 * is Greer's word, not the outlet's own reporting; so is a quotation standing alone right after
 * (`“We expect to reopen on Friday.”`). Used by the provenance trace (see
 * `ProvenanceTrace.carried`) so a claim such a sentence states rests on the speaker.
 */

/** A sentence that names no source of its own, resting on the source another sentence names. */
export interface CarriedSource {
  /** Index into `sentences` of the sentence that names no source. */
  readonly sentence: number;
  /** Index into `sentences` of the sentence naming the source. */
  readonly from: number;
  /** The attribution's source as written in that sentence (UTF-16 offsets into `Document.text`). */
  readonly source: Span;
  /** The quotation both sentences belong to, from its opening mark to its closing one. */
  readonly quotation: Span;
  /** The rule that carried it: `provenance:quotation-run` or `provenance:quotation-continues`. */
  readonly rule: string;
}

/** Directed quotation marks (typographic, the tokenised ` `` ` and `''`) and the straight `"`. */
const MARK = /``|''|[“”"]/g;
const OPENS = new Set(['“', '``']);
/** A straight `"` (the middle character of three) shaped as an opening mark. */
const STRAIGHT_OPENING = /^(?:"|[\s(\[—–-]")[\p{L}\p{N}‘'(…]/u;

/**
 * The quotations of a document that open in one sentence and close in a later one, each from its
 * opening mark to the end of its closing mark. A mark opened and never closed (or opened again
 * before it closes: a stray mark, or a quotation over paragraphs that leaves its closing mark
 * out) makes none; single quotation marks are not read (they are told from apostrophes in
 * `quotation.ts`, for the brief).
 */
export function quotationRuns(d: Document): Array<Span & { first: number; last: number }> {
  return quotationsOf(d).filter((q) => q.last > q.first);
}

/** Every quotation of a document with the first and last sentence it lies in (see `quotationRuns`). */
function quotationsOf(d: Document): Array<Span & { first: number; last: number }> {
  const sentences = d.sentences;
  if (!sentences.length) return [];
  const text = d.text.slice(0, sentences[sentences.length - 1]!.end);
  /** The sentence holding an offset, or the nearest before it (marks between sentences). */
  const sentenceAt = (at: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (sentences[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out: Array<Span & { first: number; last: number }> = [];
  let open: { at: number; straight: boolean } | null = null;
  for (const m of text.matchAll(MARK)) {
    const mark = m[0];
    const at = m.index;
    const straight = mark === '"';
    // A straight mark opens by its shape (after a space, before a letter: `said, "They`), else
    // closes (`kids. "`, `life,"`); with nothing open, one of closing shape is a stray.
    const opening = straight
      ? STRAIGHT_OPENING.test(text.slice(Math.max(0, at - 1), at + 2))
      : OPENS.has(mark);
    if (opening) {
      // (An opening mark while one is open: the earlier one is never closed; start again.)
      open = { at, straight };
      continue;
    }
    // (A typographic closing mark closes a straight opening one too: `"He ran. ... kids. ”`.)
    if (!open || (straight && !open.straight)) continue;
    const first = sentenceAt(open.at);
    // (A closing mark at the very start of a sentence ends the one before: `... done. ”` split.)
    let last = sentenceAt(at);
    if (last > first && sentences[last]!.start === at) last--;
    out.push({ start: open.at, end: at + mark.length, first, last });
    open = null;
  }
  return out;
}

/**
 * Rule `provenance:quotation-run`: each sentence of a quotation running over several sentences
 * that names no source of its own rests on the source of the attribution reporting the
 * quotation: one whose cue stands outside the quotation marks (`,” Greer said.`, `Greer said:
 * “...`), in a sentence of the run, and whose content overlaps the quotation. `named` holds the
 * sources each sentence names (the trace's ids), `nodeOf` the node an attribution's source span
 * was read as. A run whose reporting attributions name different sources, or none the sentence
 * rests on, carries nothing, and a sentence naming a source of its own keeps it.
 */
export function carriedSources(
  d: Document,
  named: ReadonlyMap<number, readonly string[]>,
  nodeOf: (source: Span) => string | undefined,
): Map<number, CarriedSource & { sources: readonly string[] }> {
  const out = new Map<number, CarriedSource & { sources: readonly string[] }>();
  // The attributions of each sentence, by their index in `d.attributions` (read in that order):
  // a run reads those of its own sentences, not every attribution of the document.
  const bySentence = new Map<number, number[]>();
  d.attributions.forEach((a, i) => {
    const at = bySentence.get(a.sentence);
    if (at) at.push(i);
    else bySentence.set(a.sentence, [i]);
  });
  /** The attributions of sentences `first` to `last`, in the document's order. */
  const attributionsIn = (first: number, last: number): Attribution[] => {
    const at: number[] = [];
    for (let k = first; k <= last; k++) for (const i of bySentence.get(k) ?? []) at.push(i);
    if (last > first) at.sort((x, y) => x - y);
    return at.map((i) => d.attributions[i]!);
  };
  for (const run of quotationRuns(d)) {
    const reporting = attributionsIn(run.first, run.last).flatMap((a) => {
      if (
        a.source === null ||
        (a.cue.end > run.start && a.cue.start < run.end) ||
        a.content.start >= run.end ||
        a.content.end <= run.start
      )
        return [];
      const id = nodeOf(a.source);
      return id && named.get(a.sentence)?.includes(id) ? [{ a, id }] : [];
    });
    if (!reporting.length || new Set(reporting.map((r) => r.id)).size !== 1) continue;
    const { a, id } = reporting[0]!;
    for (let k = run.first; k <= run.last; k++) {
      if ((named.get(k)?.length ?? 0) > 0 || out.has(k)) continue;
      out.set(k, {
        sentence: k,
        from: a.sentence,
        source: a.source!,
        quotation: { start: run.start, end: run.end },
        rule: 'provenance:quotation-run',
        sources: [id],
      });
    }
  }
  // Rule `provenance:quotation-continues`: a quotation that is all its sentences hold (`“It is hard
  // to say at this point.”`), right after a sentence whose one source is named or carried, goes on
  // with that speaker's words: news names a speaker once and quotes on.
  for (const q of quotationsOf(d)) {
    const first = d.sentences[q.first]!;
    const last = d.sentences[q.last]!;
    if (
      q.first === 0 ||
      d.text.slice(first.start, q.start).trim() !== '' ||
      !/^[\s.,!?…]*$/.test(d.text.slice(q.end, last.end))
    )
      continue;
    let quiet = true;
    for (let k = q.first; k <= q.last; k++) if ((named.get(k)?.length ?? 0) > 0 || out.has(k)) quiet = false;
    if (!quiet) continue;
    const prev = q.first - 1;
    const before = out.get(prev);
    const ids = named.get(prev)?.length ? named.get(prev)! : (before?.sources ?? []);
    if (ids.length !== 1) continue;
    const said = named.get(prev)?.length
      ? attributionsIn(prev, prev).find((a) => a.source && nodeOf(a.source) === ids[0])
      : undefined;
    const from = said
      ? { sentence: prev, source: said.source! }
      : before && { sentence: before.from, source: before.source };
    if (!from) continue;
    for (let k = q.first; k <= q.last; k++)
      out.set(k, {
        sentence: k,
        from: from.sentence,
        source: from.source,
        quotation: { start: q.start, end: q.end },
        rule: 'provenance:quotation-continues',
        sources: ids,
      });
  }
  return out;
}
