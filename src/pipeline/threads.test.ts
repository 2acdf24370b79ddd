import { describe, expect, it } from 'vitest';
import { batchStarts } from './threads.js';
import { autoThreads, ITEMS_PER_TEXT_THREAD, ITEMS_PER_THREAD, itemsPerThread } from './workers.js';

describe('threads left to us', () => {
  it('takes one idle core a thread, when there are articles enough', () => {
    expect(autoThreads(1000, 4, 0)).toBe(4);
    expect(autoThreads(1000, 16, 0.2)).toBe(8);
    // Control: few articles pay for no thread.
    expect(autoThreads(ITEMS_PER_THREAD - 1, 4, 0)).toBe(1);
    expect(autoThreads(2 * ITEMS_PER_THREAD, 4, 0)).toBe(2);
  });
  it('asks more articles of a thread that makes only the text layers', () => {
    expect(itemsPerThread(['repairs', 'blocks', 'metadata', 'language'])).toBe(ITEMS_PER_TEXT_THREAD);
    expect(ITEMS_PER_TEXT_THREAD).toBeGreaterThan(ITEMS_PER_THREAD);
    // Controls: every layer (none named), or mentions or attribution among them.
    expect(itemsPerThread()).toBe(ITEMS_PER_THREAD);
    expect(itemsPerThread(['blocks', 'mentions'])).toBe(ITEMS_PER_THREAD);
    expect(itemsPerThread(['attribution'])).toBe(ITEMS_PER_THREAD);
    // 181 pages of text on two idle cores: one thread; 400: two.
    expect(autoThreads(181, 2, 0, ITEMS_PER_TEXT_THREAD)).toBe(1);
    expect(autoThreads(181, 2, 0)).toBe(2);
    expect(autoThreads(400, 2, 0, ITEMS_PER_TEXT_THREAD)).toBe(2);
  });
  it('counts only the cores a busy machine leaves idle', () => {
    expect(autoThreads(1000, 4, 2)).toBe(2);
    expect(autoThreads(1000, 2, 1)).toBe(1);
    expect(autoThreads(1000, 2, 9)).toBe(1);
  });
  it('sends whole batches of four, then the last items one at a time, covering every item once', () => {
    // 2 threads: whole batches while 16 items or more are left after them, then one at a time.
    expect(batchStarts(30, 2)).toEqual([0, 4, 8, 12, ...Array.from({ length: 15 }, (_, k) => 16 + k)]);
    // Controls: fewer items than the tail, and none.
    expect(batchStarts(3, 2)).toEqual([0, 1, 2, 3]);
    expect(batchStarts(0, 2)).toEqual([0]);
    for (const [n, t] of [
      [181, 2],
      [181, 3],
      [17, 2],
      [923, 8],
    ] as const) {
      const s = batchStarts(n, t);
      expect(s[0]).toBe(0);
      expect(s.at(-1)).toBe(n);
      for (let b = 1; b < s.length; b++) expect(s[b]! - s[b - 1]!).toBeGreaterThanOrEqual(1);
      for (let b = 1; b < s.length; b++) expect(s[b]! - s[b - 1]!).toBeLessThanOrEqual(4);
    }
  });
});
