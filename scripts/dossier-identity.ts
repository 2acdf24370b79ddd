/**
 * Do two builds of corroborate write the same dossiers? Runs `analyze -f json` with
 * each build on every ECB+ dev story, on nk-assets and on larger stories of ECB+ dev
 * articles (see bench-story.ts), and compares the outputs byte for byte. For a change
 * meant to alter speed and nothing else.
 *
 * usage: tsx scripts/dossier-identity.ts --before PATH/dist/cli/main.js [--after PATH] [--sizes 120,300]
 * (--after defaults to this checkout's dist/, which must be built)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeStory } from './bench-story.js';
import { corpus, SHARED } from './shared.js';

const root = resolve(import.meta.dirname ?? '.', '..');
const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

function dossier(bin: string, input: string): Buffer {
  return execFileSync(process.execPath, [bin, 'analyze', '-f', 'json', input], {
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** The first differing line of two JSON texts, for the report. */
function firstDifference(a: Buffer, b: Buffer): string {
  const x = JSON.stringify(JSON.parse(a.toString('utf8')), null, 1).split('\n');
  const y = JSON.stringify(JSON.parse(b.toString('utf8')), null, 1).split('\n');
  const i = x.findIndex((line, k) => line !== y[k]);
  return i < 0 ? 'same after re-indenting' : `line ${i + 1}: ${x[i]?.trim()} / ${y[i]?.trim()}`;
}

if (!SHARED) {
  console.error('dossier-identity: ../shared not found');
  process.exit(1);
}
const before = option('--before');
if (!before) {
  console.error(
    'usage: tsx scripts/dossier-identity.ts --before PATH/dist/cli/main.js [--after PATH] [--sizes 120,300]',
  );
  process.exit(2);
}
const after = resolve(option('--after') ?? join(root, 'dist', 'cli', 'main.js'));
const dev = corpus('ecbplus', 'dev');
const stories: Array<{ name: string; input: string; temporary?: boolean }> = [
  ...readdirSync(dev)
    .filter((d) => statSync(join(dev, d)).isDirectory())
    .sort()
    .map((d) => ({ name: `ecbplus/dev/${d}`, input: join(dev, d) })),
  { name: 'nk-assets', input: corpus('nk-assets') },
  ...(option('--sizes') ?? '120,300')
    .split(',')
    .filter(Boolean)
    .map((n) => ({ name: `${n} ECB+ dev articles`, input: writeStory(Number(n)), temporary: true })),
];
let differ = 0;
for (const s of stories) {
  try {
    const a = dossier(resolve(before), s.input);
    const b = dossier(after, s.input);
    const same = a.equals(b);
    if (!same) differ++;
    console.log(
      `${same ? 'same   ' : 'DIFFERS'} ${s.name} (${a.length} bytes)${same ? '' : `: ${firstDifference(a, b)}`}`,
    );
  } finally {
    if (s.temporary) rmSync(s.input, { recursive: true, force: true });
  }
}
console.log(`${stories.length - differ} of ${stories.length} dossiers byte-identical`);
process.exit(differ ? 1 : 0);
