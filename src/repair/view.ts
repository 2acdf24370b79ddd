import type { Repair } from '../model/document.js';
import type { Span } from '../model/span.js';

/**
 * The repaired text of a document with maps between its offsets and the
 * original's. Stages that need clean text read the view and map their spans
 * back with {@link RepairedView.toOriginal}, so `Document.text` is never rewritten.
 */
export interface RepairedView {
  readonly text: string;
  /** Offset in the view -> offset in the original (a position inside a replacement maps to its edges). */
  toOriginal(offset: number, side?: 'start' | 'end'): number;
  /** Offset in the original -> offset in the view. */
  fromOriginal(offset: number): number;
  spanToOriginal(span: Span): Span;
}

interface Piece {
  /** Start in the view. */
  readonly v: number;
  /** Start in the original. */
  readonly o: number;
  /** Length in the view. */
  readonly vLen: number;
  /** Length in the original. */
  readonly oLen: number;
  readonly replaced: boolean;
}

export function repairedView(original: string, repairs: readonly Repair[]): RepairedView {
  if (repairs.length === 0) {
    return {
      text: original,
      toOriginal: (n) => n,
      fromOriginal: (n) => n,
      spanToOriginal: (s) => ({ start: s.start, end: s.end }),
    };
  }
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let o = 0;
  let v = 0;
  for (const r of repairs) {
    if (r.start > o) {
      pieces.push({ v, o, vLen: r.start - o, oLen: r.start - o, replaced: false });
      parts.push(original.slice(o, r.start));
      v += r.start - o;
    }
    pieces.push({ v, o: r.start, vLen: r.replacement.length, oLen: r.end - r.start, replaced: true });
    parts.push(r.replacement);
    v += r.replacement.length;
    o = r.end;
  }
  if (o < original.length) {
    pieces.push({ v, o, vLen: original.length - o, oLen: original.length - o, replaced: false });
    parts.push(original.slice(o));
  }
  const text = parts.join('');
  const find = (n: number, key: 'v' | 'o', len: 'vLen' | 'oLen'): Piece => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]![key] <= n) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo]!;
    void len;
    return p;
  };
  const toOriginal = (n: number, side: 'start' | 'end' = 'start'): number => {
    if (n >= text.length) return original.length;
    const p = find(n, 'v', 'vLen');
    if (!p.replaced) return p.o + (n - p.v);
    return side === 'start' ? p.o : p.o + p.oLen;
  };
  const fromOriginal = (n: number): number => {
    if (n >= original.length) return text.length;
    const p = find(n, 'o', 'oLen');
    if (!p.replaced) return p.v + (n - p.o);
    return n === p.o ? p.v : p.v + p.vLen;
  };
  return {
    text,
    toOriginal,
    fromOriginal,
    spanToOriginal: (s) => {
      const start = toOriginal(s.start, 'start');
      const end = s.end === s.start ? start : toOriginal(s.end - 1, 'end') + (pieceAt(s.end - 1) ? 0 : 1);
      return { start, end: Math.max(start, end) };
    },
  };
  function pieceAt(n: number): boolean {
    if (n < 0 || n >= text.length) return false;
    return find(n, 'v', 'vLen').replaced;
  }
}
