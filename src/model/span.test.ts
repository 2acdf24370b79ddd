import { describe, expect, it } from 'vitest';
import { checkSpan, lineColumn, overlaps, SpanError } from './span.js';

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
