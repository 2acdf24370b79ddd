import { describe } from 'vitest';
import { SHARED } from './paths.js';

export { corpus, ROOT, SHARED, tool } from './paths.js';

/** A describe block that needs ../shared: skipped, saying so, on a machine without it. */
export const describeShared = (name: string, fn: () => void): void => {
  if (SHARED) describe(name, fn);
  else describe.skip(`${name} (skipped: ../shared not found)`, fn);
};
export { incrementalStories, runScorer } from '../scripts/shared.js';
