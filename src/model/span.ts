/**
 * A half-open range `[start, end)` of **0-based UTF-16 code unit offsets** into
 * `Document.text` (JavaScript string indices). Every annotation carries one.
 */
export interface Span {
  /** 0-based, UTF-16 code units, inclusive. */
  readonly start: number;
  /** 0-based, UTF-16 code units, exclusive. */
  readonly end: number;
}

/** Raised when a stage produced a span outside its document: a bug, never a user error. */
export class SpanError extends Error {
  constructor(
    message: string,
    readonly stage: string,
    readonly span: Span,
  ) {
    super(message);
    this.name = 'SpanError';
  }
}

/** Throws a {@link SpanError} unless `0 <= start <= end <= length` with integer offsets. */
export function checkSpan(span: Span, length: number, stage: string, what: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length) {
    throw new SpanError(
      `${stage}: ${what} span [${start}, ${end}) is outside the text (length ${length})`,
      stage,
      span,
    );
  }
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** 1-based line and column (UTF-16 units) of an offset, for display only. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Layers known to be sorted by start (checked once per array). */
const sortedLayers = new WeakMap<readonly Span[], boolean>();

/**
 * The spans of `layer` lying inside `span` (start and end within it), in the layer's order.
 * A layer sorted by start (as the stages leave theirs) is searched by bisection, so a
 * look-up per sentence costs the sentence's spans, not the document's; another layer is
 * filtered whole.
 */
export function spansWithin<T extends Span>(layer: readonly T[], span: Span): T[] {
  let sorted = sortedLayers.get(layer);
  if (sorted === undefined) {
    sorted = layer.every((x, i) => i === 0 || layer[i - 1]!.start <= x.start);
    sortedLayers.set(layer, sorted);
  }
  if (!sorted) return layer.filter((x) => x.start >= span.start && x.end <= span.end);
  let lo = 0;
  let hi = layer.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (layer[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < layer.length && layer[i]!.start <= span.end; i++)
    if (layer[i]!.end <= span.end) out.push(layer[i]!);
  return out;
}

/**
 * A test of whether a span lies inside one of `layer`'s spans (start and end within it), in
 * log n a test: the spans by start, with the furthest end reached so far, for layers of tens
 * of thousands of spans read once a figure or a date.
 */
export function coveredBy(layer: readonly Span[]): (span: Span) => boolean {
  const spans = [...layer].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const [i, s] of spans.entries()) furthest.push(Math.max(s.end, i ? furthest[i - 1]! : -Infinity));
  return (span) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid]!.start <= span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthest[lo - 1]! >= span.end;
  };
}
