import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../src/load/decode.js';
import { declaredCharset, htmlMetadata } from '../src/html/metadata.js';
import { renderHtml } from '../src/html/render.js';
import { labelHtml } from '../src/html/label.js';
const dir = '/work/shared/corpora/trafilatura-eval';
const ev = JSON.parse(readFileSync(`${dir}/evaldata.json`, 'utf8'));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
let wrongTop = 0,
  partial = 0,
  pagesFN = 0,
  notRendered: string[] = [];
const worst: Array<[string, number, number]> = [];
for (const [url, e] of Object.entries<any>(ev)) {
  let raw: Buffer;
  try {
    raw = gunzipSync(readFileSync(`${dir}/html/${e.file}.gz`));
  } catch {
    continue;
  }
  let text: string;
  try {
    ({ text } = decodeBytes(raw, { declared: declaredCharset(raw), maxBytes: 50e6 }));
  } catch {
    continue;
  }
  const r = renderHtml(text);
  const blocks = labelHtml(r, htmlMetadata(r.root, url));
  const kept = norm(
    blocks
      .filter((b) => b.label === 'body' || b.label === 'subhead')
      .map((b) => r.text.slice(b.start, b.end))
      .join('\n'),
  );
  const full = norm(r.text);
  const w = (e.with ?? []) as string[];
  const miss = w.filter((s) => !kept.includes(norm(s)));
  const fp = ((e.without ?? []) as string[]).filter((s) => kept.includes(norm(s)));
  for (const s of w) if (!full.includes(norm(s))) notRendered.push(`${e.file}: ${s.slice(0, 70)}`);
  if (miss.length) {
    pagesFN++;
    if (miss.length === w.length) wrongTop++;
    else partial++;
  }
  worst.push([e.file, miss.length, fp.length]);
}
console.log({ pagesFN, wrongTop, partial });
console.log(
  'worst FN',
  worst
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map((x) => x.join(':'))
    .join(' '),
);
console.log(
  'worst FP',
  worst
    .sort((a, b) => b[2] - a[2])
    .slice(0, 12)
    .map((x) => x.join(':'))
    .join(' '),
);
console.log(notRendered.slice(0, 26).join('\n'));
