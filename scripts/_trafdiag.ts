import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../src/load/decode.js';
import { declaredCharset, htmlMetadata } from '../src/html/metadata.js';
import { renderHtml } from '../src/html/render.js';
import { labelHtml } from '../src/html/label.js';
const dir = '/work/shared/corpora/trafilatura-eval';
const ev = JSON.parse(readFileSync(`${dir}/evaldata.json`, 'utf8'));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const fnRules = new Map<string, number>(),
  fpRules = new Map<string, number>();
const ex: string[] = [];
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
  const meta = htmlMetadata(r.root, url);
  const blocks = labelHtml(r, meta);
  const full = norm(r.text);
  const kept = norm(
    blocks
      .filter((b) => b.label === 'body' || b.label === 'subhead')
      .map((b) => r.text.slice(b.start, b.end))
      .join('\n'),
  );
  const ruleFor = (snip: string) => {
    const s = norm(snip);
    const b = blocks.find((b) => norm(r.text.slice(b.start, b.end)).includes(s.slice(0, 40)));
    return b ? `${b.label}:${b.rule}` : full.includes(s) ? 'spans-lines' : 'not-rendered';
  };
  for (const s of e.with ?? [])
    if (!kept.includes(norm(s))) {
      const k = ruleFor(s);
      fnRules.set(k, (fnRules.get(k) ?? 0) + 1);
      if (ex.length < 30 && k === process.env.SHOW) ex.push(`${e.file}: ${s.slice(0, 80)}`);
    }
  for (const s of e.without ?? [])
    if (kept.includes(norm(s))) {
      const k = ruleFor(s);
      fpRules.set(k, (fpRules.get(k) ?? 0) + 1);
      if (ex.length < 30 && 'FP ' + k === process.env.SHOW) ex.push(`${e.file}: ${s.slice(0, 80)}`);
    }
}
console.log('FN', [...fnRules].sort((a, b) => b[1] - a[1]).slice(0, 14));
console.log('FP', [...fpRules].sort((a, b) => b[1] - a[1]).slice(0, 14));
console.log(ex.join('\n'));
