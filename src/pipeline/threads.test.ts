import { describe, expect, it } from 'vitest';
import { autoThreads, ITEMS_PER_THREAD } from './threads.js';

describe('threads left to us', () => {
  it('takes one idle core a thread, when there are articles enough', () => {
    expect(autoThreads(1000, 4, 0)).toBe(4);
    expect(autoThreads(1000, 16, 0.2)).toBe(8);
    // Control: few articles pay for no thread.
    expect(autoThreads(ITEMS_PER_THREAD - 1, 4, 0)).toBe(1);
    expect(autoThreads(2 * ITEMS_PER_THREAD, 4, 0)).toBe(2);
  });
  it('counts only the cores a busy machine leaves idle', () => {
    expect(autoThreads(1000, 4, 2)).toBe(2);
    expect(autoThreads(1000, 2, 1)).toBe(1);
    expect(autoThreads(1000, 2, 9)).toBe(1);
  });
});
