import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { decodeBytes } from '../src/load/decode.js';
import { declaredCharset, htmlMetadata } from '../src/html/metadata.js';
import { renderHtml } from '../src/html/render.js';
import { labelHtml } from '../src/html/label.js';
const dir = '/work/shared/corpora/trafilatura-eval';
const ev = JSON.parse(readFileSync(`${dir}/evaldata.json`, 'utf8'));
const pred: Record<string, string> = {};
let ms = 0,
  bytes = 0;
for (const [url, e] of Object.entries<any>(ev)) {
  let raw: Buffer;
  try {
    raw = gunzipSync(readFileSync(`${dir}/html/${e.file}.gz`));
  } catch {
    continue;
  }
  const t0 = performance.now();
  let text: string;
  try {
    ({ text } = decodeBytes(raw, { declared: declaredCharset(raw), maxBytes: 50e6 }));
  } catch (err) {
    console.error(e.file, String(err));
    pred[e.file] = '';
    continue;
  }
  const r = renderHtml(text);
  const meta = htmlMetadata(r.root, url);
  const blocks = labelHtml(r, meta);
  const withTitle = process.env.TITLE === '1';
  pred[e.file] = blocks
    .filter((b) => b.label === 'body' || b.label === 'subhead' || (withTitle && b.label === 'title'))
    .map((b) => r.text.slice(b.start, b.end))
    .join('\n');
  ms += performance.now() - t0;
  bytes += raw.length;
}
writeFileSync('/tmp/pred.json', JSON.stringify(pred));
console.log(
  execFileSync('node', ['/work/shared/tools/score-snippets.mjs', `${dir}/evaldata.json`, '/tmp/pred.json'], {
    encoding: 'utf8',
  }).trim(),
  `| ${(Object.keys(pred).length / (ms / 1000)).toFixed(0)} pages/s`,
);
