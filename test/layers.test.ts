import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadDocuments } from '../src/analyze.js';
import { articleRecord } from '../src/report/text.js';
import { corpus, describeShared, ROOT } from './shared.js';

describeShared('extract runs only the stages its output needs (../shared)', () => {
  it('prints the same JSON Lines records as the full pipeline on real pages', async () => {
    const dir = corpus('trafilatura-eval', 'html');
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.html.gz'))
      .sort()
      .slice(0, 50)
      .map((f) => join(dir, f));
    // Run without blocking the test worker, which a long synchronous stretch would starve.
    const r = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'dist', 'cli', 'main.js'), 'extract', '-f', 'jsonl', ...pages],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
    );
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const full = loadDocuments(pages).documents;
    expect(full.some((d) => d.attributions.length > 0)).toBe(true);
    expect(rows).toHaveLength(full.length);
    expect(rows).toEqual(full.map((d) => articleRecord(d)));
  }, 180_000);
});
