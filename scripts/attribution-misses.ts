/**
 * PolNeAR attribution failures on half A of the dev split, for reading (half B is never shown):
 * `tsx scripts/attribution-misses.ts [missed|source|extra]...` prints each missed gold cue, each
 * found with a wrong source, and each predicted cue that matches no gold one, with its sentence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { halves } from './origins-eval.js';
import { corpus, SHARED } from './shared.js';

if (!SHARED) {
  console.error('attribution-misses: ../shared not found (the development corpora live there)');
  process.exit(1);
}
const kinds = process.argv.slice(2).filter((a) => /^(missed|source|extra)$/.test(a));
const show = (k: string): boolean => kinds.length === 0 || kinds.includes(k);
const files = halves('polnear-dev').A.map((f) => corpus('polnear-dev', 'text', f));
const dossier = analyze(files);
const annDir = corpus('polnear-dev', 'attributions');
const annFiles = readdirSync(annDir).filter((f) => f.endsWith('.ann'));
interface S {
  start: number;
  end: number;
}
const overlaps = (a: S | null | undefined, b: S | null | undefined): boolean =>
  !!a && !!b && a.start < b.end && b.start < a.end;
const one = (s: string): string => s.replace(/\s+/g, ' ');
for (const doc of dossier.documents) {
  const name = (doc.source?.location ?? '').replace(/^.*\//, '').replace(/\.txt$/, '');
  const ann = annFiles.find((f) => f.startsWith(name + '_') || f === name + '.ann');
  if (!ann) continue;
  const text = doc.text;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  const t = new Map<string, S>();
  const gold: Array<{ cue: S; source: S | null; content: S | null }> = [];
  for (const line of readFileSync(join(annDir, ann), 'utf8').split('\n')) {
    const [id, body] = line.split('\t');
    if (id?.startsWith('T')) {
      const [, s, e] = body!.split(/[ ;]/);
      t.set(id, { start: map[+s!]!, end: map[+e!]! });
    }
    if (id?.startsWith('E')) {
      const kv = Object.fromEntries(body!.split(' ').map((x) => x.split(':')));
      if (kv.Cue)
        gold.push({
          cue: t.get(kv.Cue)!,
          source: kv.Source ? t.get(kv.Source)! : null,
          content: kv.Content ? t.get(kv.Content)! : null,
        });
    }
  }
  const sentenceOf = (at: number): string => {
    const s = doc.sentences.find((x) => x.start <= at && at < x.end);
    return s ? one(text.slice(s.start, s.end)) : '';
  };
  const pred = doc.attributions ?? [];
  const sl = (x: S | null | undefined): string => (x ? one(text.slice(x.start, x.end)) : '∅');
  for (const g of gold) {
    const hit = pred.find((p) => overlaps(p.cue, g.cue));
    if (!hit && show('missed'))
      console.log(
        `MISSED [${sl(g.cue)}] src [${sl(g.source)}] :: ${sentenceOf(g.cue.start)}\n   content [${sl(g.content).slice(0, 120)}]`,
      );
    else if (hit && !(g.source ? overlaps(hit.source, g.source) : !hit.source) && show('source'))
      console.log(
        `SOURCE [${sl(g.cue)}] gold [${sl(g.source)}] got [${sl(hit.source)}] (${hit.rule}) :: ${sentenceOf(g.cue.start)}`,
      );
  }
  if (show('extra'))
    for (const p of pred)
      if (!gold.some((g) => overlaps(p.cue, g.cue)))
        console.log(`EXTRA [${sl(p.cue)}] src [${sl(p.source)}] (${p.rule}) :: ${sentenceOf(p.cue.start)}`);
}
