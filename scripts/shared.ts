import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repository (development corpora and scorers), or null when absent. */
export const SHARED: string | null = (() => {
  const p = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
  return existsSync(join(p, 'corpora')) ? p : null;
})();

export const corpus = (...parts: string[]): string => join(SHARED!, 'corpora', ...parts);
export const tool = (name: string): string => join(SHARED!, 'tools', name);
