import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../src/load/decode.js';
import { declaredCharset, htmlMetadata } from '../src/html/metadata.js';
import { renderHtml } from '../src/html/render.js';
import { labelHtml } from '../src/html/label.js';
const f = process.argv[2]!;
const raw = gunzipSync(readFileSync(`/work/shared/corpora/trafilatura-eval/html/${f}.gz`));
const { text } = decodeBytes(raw, { declared: declaredCharset(raw), maxBytes: 50e6 });
const r = renderHtml(text);
const blocks = labelHtml(r, htmlMetadata(r.root, null));
const path = (id: number) => {
  const out: string[] = [];
  for (let e = id, k = 0; e > 0 && k < 7; e = r.elements[e]!.parent, k++) {
    const x = r.elements[e]!;
    out.push(`${x.tag}${x.hints ? '.' + x.hints.split(/\s+/)[0]!.slice(0, 18) : ''}#${e}`);
  }
  return out.join('<');
};
blocks.forEach((b, i) =>
  console.log(
    b.label.slice(0, 6).padEnd(6),
    b.rule.replace('blocks:', '').slice(0, 18).padEnd(18),
    path(r.lines[i]!.owner).slice(0, 90).padEnd(90),
    r.text.slice(b.start, b.end).slice(0, 50),
  ),
);
