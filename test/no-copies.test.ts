import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { describeShared, ROOT, tool } from './shared.js';

// The repository holds no text of ../shared's corpora: tests read them from ../shared. The
// check is ../shared's own (`tools/check-no-copies.mjs`: any 50-character stretch of an
// article line), run over every file git tracks or would add.
describeShared('no corpus text in the repository', () => {
  it('check-no-copies finds none', () => {
    const out = execFileSync('node', [tool('check-no-copies.mjs'), ROOT], { encoding: 'utf8' });
    expect(out).toMatch(/^no corpus text in \d+ files/m);
  }, 60_000);
});
