import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSpan, coveredBy, lineColumn, overlaps, SpanError } from './span.js';

describe('span', () => {
  it('accepts spans inside the text, including empty ones at the end', () => {
    expect(() => checkSpan({ start: 0, end: 5 }, 5, 'test', 'x')).not.toThrow();
    expect(() => checkSpan({ start: 5, end: 5 }, 5, 'test', 'x')).not.toThrow();
  });
  it('rejects spans outside the text, reversed or fractional, naming the stage', () => {
    expect(() => checkSpan({ start: 2, end: 6 }, 5, 'blocks', 'blocks[0]')).toThrow(
      /blocks: blocks\[0\] span \[2, 6\)/,
    );
    expect(() => checkSpan({ start: 3, end: 2 }, 5, 'x', 'y')).toThrow(SpanError);
    expect(() => checkSpan({ start: -1, end: 2 }, 5, 'x', 'y')).toThrow(SpanError);
    expect(() => checkSpan({ start: 0.5, end: 2 }, 5, 'x', 'y')).toThrow(SpanError);
  });
  it('overlaps is half-open', () => {
    expect(overlaps({ start: 0, end: 2 }, { start: 2, end: 4 })).toBe(false);
    expect(overlaps({ start: 0, end: 3 }, { start: 2, end: 4 })).toBe(true);
  });
  it('gives 1-based line and column for display', () => {
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('covered by a layer', () => {
  it('is what a search of every span of the layer finds, in any order, nested or overlapping (seeded)', () => {
    const span = fc.tuple(fc.nat(40), fc.nat(12)).map(([start, n]) => ({ start, end: start + n }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(span, { maxLength: 20 }), (layer, probes) => {
        const inside = coveredBy(layer);
        for (const q of probes)
          expect(inside(q)).toBe(layer.some((x) => x.start <= q.start && q.end <= x.end));
      }),
      { seed: 5, numRuns: 2000 },
    );
  });
  it('finds nothing inside an empty layer (control)', () => {
    expect(coveredBy([])({ start: 0, end: 0 })).toBe(false);
  });
});
