/**
 * npm run bench:repair: per-stage time of the per-article pipeline on the
 * visible text of the first 400 trafilatura-eval pages (multilingual, many
 * lines of non-ASCII text: the hard case for mojibake repair, which the
 * mostly-English bench corpus is not). Prints each stage's share of the time,
 * then the CPU time of repair alone on 1 MB of generated mojibake in three
 * shapes (issue 17 wants any 1 MB input analysed in under 10 s): short broken
 * lines, one line of them joined by spaces, and one long "word" of them joined
 * without spaces.
 */
import { performance } from 'node:perf_hooks';
import { decodePage, renderPage } from '../src/html/render.js';
import { processText } from '../src/pipeline/document.js';
import { STAGES } from '../src/pipeline/stages.js';
import { generateCases } from '../src/repair/generate.js';
import { findMojibake } from '../src/repair/mojibake.js';
import { SHARED, timedStages } from './shared.js';
import { evalPages } from './trafilatura-eval.js';

if (!SHARED) {
  console.error('bench:repair: ../shared not found (the pages live there)');
  process.exit(1);
}
const texts: string[] = [];
for (const page of evalPages()) {
  try {
    texts.push(renderPage(decodePage(page.bytes, { maxBytes: 64 * 1024 * 1024 }).text).text);
  } catch {
    continue;
  }
  if (texts.length >= 400) break;
}
const timings = new Map<string, number>();
const timed = timedStages(STAGES, timings);
for (const t of texts.slice(0, 50)) processText(t, { kind: 'file', location: 'warm' }, { stages: STAGES });
timings.clear();
const t0 = performance.now();
let repairs = 0;
for (const t of texts)
  repairs += processText(t, { kind: 'file', location: 'bench' }, { stages: timed }).repairs.length;
const wall = performance.now() - t0;
console.log(`per-article pipeline on ${texts.length} pages of visible text, one core, ${repairs} repairs`);
for (const s of STAGES) {
  const ms = timings.get(s.name) ?? 0;
  console.log(
    `${s.name.padEnd(12)} ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / wall).toFixed(1).padStart(6)}% of time`,
  );
}
console.log(`${'total'.padEnd(12)} ${wall.toFixed(0).padStart(7)} ms`);

/** About `size` UTF-16 units of the generated cases' broken lines (seed lines), joined by `sep`. */
function brokenText(size: number, sep: string, squeeze: boolean): string {
  const cases = generateCases(20261201);
  const parts: string[] = [];
  for (let k = 0, n = 0; n < size; k++) {
    const broken = cases[k % cases.length]!.broken;
    const part = squeeze ? broken.replace(/\s+/g, '') : broken;
    parts.push(part);
    n += part.length + sep.length;
  }
  return parts.join(sep);
}
for (const [name, sep, squeeze] of [
  ['short broken lines', '\n', false],
  ['one line of them', ' ', false],
  ['one long word of them', '', true],
] as const) {
  const text = brokenText(1 << 20, sep, squeeze);
  const before = process.cpuUsage();
  const found = findMojibake(text).length;
  const used = process.cpuUsage(before);
  console.log(
    `repair alone, 1 MB, ${name.padEnd(22)} ${((used.user + used.system) / 1e6).toFixed(1).padStart(5)} s of CPU, ${found} repairs`,
  );
}
