import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(ROOT, '..', 'shared');
export const SHARED: string | null = existsSync(join(shared, 'corpora')) ? shared : null;
export const corpus = (...p: string[]): string => join(SHARED ?? '', 'corpora', ...p);
export const tool = (name: string): string => join(SHARED ?? '', 'tools', name);
