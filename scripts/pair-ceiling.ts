/**
 * The best pair F1 that any one threshold on the alignment's unit similarity can reach
 * against a line-level claims gold, before clustering: line pairs from different files
 * are ranked by the highest similarity of their units, and the F1 of every prefix of the
 * ranking is taken. Clustering only constrains these decisions further (transitivity),
 * so it shows how much room the similarity itself leaves for pair F1.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Document } from '../src/model/document.js';
import { claimUnits, unitSimilarity } from '../src/story/align.js';

export interface PairCeiling {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  /** Similarity at which the best F1 is reached. */
  readonly threshold: number;
  readonly goldPairs: number;
}

export function pairCeiling(documents: readonly Document[], goldPath: string): PairCeiling {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    annotated?: string[];
    claims: Array<{ members: Array<{ ref: string }> }>;
  };
  const scored = new Set(gold.annotated ?? gold.claims.flatMap((c) => c.members.map((m) => m.ref)));
  const fileOf = (ref: string): string => ref.slice(0, ref.lastIndexOf(':'));
  const goldPairs = new Set<string>();
  for (const c of gold.claims) {
    const refs = [...new Set(c.members.map((m) => m.ref))].filter((r) => scored.has(r)).sort();
    for (let i = 0; i < refs.length; i++)
      for (let j = i + 1; j < refs.length; j++)
        if (fileOf(refs[i]!) !== fileOf(refs[j]!)) goldPairs.add(`${refs[i]}|${refs[j]}`);
  }
  const units = claimUnits(documents);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const refs = units.map((u) => {
    const d = byId.get(u.doc)!;
    let line = 1;
    for (let i = 0; i < u.start; i++) if (d.text.charCodeAt(i) === 10) line++;
    return `${basename(d.source.location)}:${line}`;
  });
  const best = new Map<string, number>();
  for (let i = 0; i < units.length; i++)
    for (let j = 0; j < units.length; j++) {
      const a = refs[i]!;
      const b = refs[j]!;
      if (a >= b || !scored.has(a) || !scored.has(b) || fileOf(a) === fileOf(b)) continue;
      const key = `${a}|${b}`;
      const s = unitSimilarity(units[i]!, units[j]!);
      if (s > (best.get(key) ?? -1)) best.set(key, s);
    }
  const ranked = [...best].sort((x, y) => y[1] - x[1]);
  let tp = 0;
  let top: PairCeiling = { f1: 0, precision: 0, recall: 0, threshold: 1, goldPairs: goldPairs.size };
  ranked.forEach(([key, s], k) => {
    if (goldPairs.has(key)) tp++;
    const precision = tp / (k + 1);
    const recall = goldPairs.size ? tp / goldPairs.size : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > top.f1) top = { f1, precision, recall, threshold: s, goldPairs: goldPairs.size };
  });
  return top;
}
