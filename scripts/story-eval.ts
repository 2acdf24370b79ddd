/**
 * The story level on ECB+ dev, by the fixed halves (A: odd topics, B: even): discrepancies
 * against the exhaustive labels of ../shared/corpora/ecbplus/discrepancies, claim match
 * against gold.json, and claims that repeat one another. Used by `npm run eval`; run alone
 * with `tsx scripts/story-eval.ts [--verbose]`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { analyze } from '../src/analyze.js';
import type { Dossier } from '../src/dossier/types.js';
import { STOP, stem } from '../src/text/words.js';
import { corpus, runScorer, tool } from './shared.js';

export interface HalfFigures {
  stories: number;
  typedRecall: number;
  typedFound: number;
  typedLabelled: number;
  found: number;
  labelled: number;
  precision: number;
  factualReported: number;
  factualRight: number;
  traps: number;
  falseAlarms: number;
  reported: number;
}

/** Story folders of ECB+ dev in half A and half B (../shared/tools/halves.mjs). */
export function ecbHalves(): { A: string[]; B: string[] } {
  return JSON.parse(execFileSync('node', [tool('halves.mjs'), 'ecbplus', '--json'], { encoding: 'utf8' }));
}

/** Pairs of claims that repeat one another: the same text, or most members in common. */
export function alikeClaims(d: Dossier): number {
  let n = 0;
  const key = (m: { doc: string; start: number }): string => `${m.doc}:${m.start}`;
  const sets = d.claims.map((c) => new Set(c.members.map(key)));
  for (let i = 0; i < d.claims.length; i++)
    for (let j = i + 1; j < d.claims.length; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      const common = [...a].filter((k) => b.has(k)).length;
      if (d.claims[i]!.text === d.claims[j]!.text || common >= 0.8 * Math.min(a.size, b.size)) n++;
    }
  return n;
}

/** The words of a text, lowercased (letters or digits), as a set. */
const wordSet = (t: string): Set<string> => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Pairs of claims a reader sees as one: their shown texts share at least 80% of their words
 * (Jaccard), a quoted statement shown as several claims.
 */
export function nearTexts(d: Dossier): number {
  const sets = d.claims.map((c) => wordSet(c.text));
  let n = 0;
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      let common = 0;
      for (const w of a) if (b.has(w)) common++;
      if (common && common >= 0.8 * (a.size + b.size - common)) n++;
    }
  return n;
}

/**
 * Members of a claim that share at most one content word (stop words left out, light stems)
 * with every member of the claim from another document: a sentence joined on one word.
 */
export function thinMembers(d: Dossier): number {
  const content = (t: string): Set<string> =>
    new Set(
      (t.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}|\p{N}+/gu) ?? [])
        .filter((w) => w.length > 2 && !STOP.has(w))
        .map(stem),
    );
  let n = 0;
  for (const c of d.claims) {
    const sets = c.members.map((m) => content(m.text));
    c.members.forEach((m, i) => {
      let best = 0;
      c.members.forEach((o, j) => {
        if (o.doc === m.doc) return;
        let common = 0;
        for (const w of sets[i]!) if (sets[j]!.has(w)) common++;
        best = Math.max(best, common);
      });
      if (best <= 1) n++;
    });
  }
  return n;
}

export function discrepancyFigures(stories: readonly string[], verbose = false): HalfFigures {
  const sum: HalfFigures = {
    stories: 0,
    typedRecall: 0,
    typedFound: 0,
    typedLabelled: 0,
    found: 0,
    labelled: 0,
    precision: 0,
    factualReported: 0,
    factualRight: 0,
    traps: 0,
    falseAlarms: 0,
    reported: 0,
  };
  for (const s of stories) {
    const gold = corpus('ecbplus', 'discrepancies', `${s}.json`);
    if (!existsSync(gold)) continue;
    const d = analyze([corpus('ecbplus', 'dev', s)]);
    const r = runScorer('score-discrepancies.mjs', d, gold);
    if (verbose) {
      console.log(
        `  ${s}: found ${r.found}/${r.labelled} typed ${r.typedFound}/${r.typedLabelled} right ${r.factualRight}/${r.factualReported} traps ${r.falseAlarms}/${r.traps} reported ${r.reported}`,
      );
      for (const m of r.missed as string[]) console.log(`    missed: ${m}`);
    }
    sum.stories++;
    for (const k of [
      'typedFound',
      'typedLabelled',
      'found',
      'labelled',
      'factualReported',
      'factualRight',
      'traps',
      'falseAlarms',
      'reported',
    ] as const)
      sum[k] += r[k] as number;
  }
  sum.typedRecall = sum.typedLabelled ? sum.typedFound / sum.typedLabelled : 0;
  sum.precision = sum.factualReported ? sum.factualRight / sum.factualReported : 1;
  return sum;
}

/**
 * Brief items that fall short of a whole body sentence: no final stop, read independently of
 * the brief's own rule (a headline, a subhead, a line cut short); and pairs of items that
 * state one sum of money (`$9 million`), told twice.
 */
export function briefFaults(d: Dossier): { items: number; partial: number; repeated: number } {
  const money = (t: string): Set<string> =>
    new Set(
      (
        t
          .replace(/(\d)[,.]\s?(\d{3})\b/g, '$1$2')
          .match(/[$€£]\s?\d+(?:\.\s?\d+)?(?:\s?(?:million|billion|bn|m)\b)?/g) ?? []
      ).map((x) => x.replace(/\s/g, '')),
    );
  const sets = d.brief.map((b) => money(b.text));
  let repeated = 0;
  for (let i = 0; i < sets.length; i++)
    for (let j = 0; j < i; j++) if ([...sets[i]!].some((x) => sets[j]!.has(x))) repeated++;
  const partial = d.brief.filter((b) => !/[.!?…]["'”’»)\]\s]*(?:'')?\s*$/u.test(b.text)).length;
  return { items: d.brief.length, partial, repeated };
}

export function claimFigures(stories: readonly string[]): {
  match: number;
  f1: number;
  alike: number;
  nearTexts: number;
  thin: number;
  claims: number;
  brief: { items: number; partial: number; repeated: number };
} {
  let match = 0;
  let f1 = 0;
  let alike = 0;
  let near = 0;
  let thin = 0;
  let claims = 0;
  const brief = { items: 0, partial: 0, repeated: 0 };
  for (const s of stories) {
    const dir = corpus('ecbplus', 'dev', s);
    const d = analyze([dir]);
    const r = runScorer('score-claims.mjs', d, join(dir, 'gold.json'));
    match += r.match!;
    f1 += r.f1!;
    alike += alikeClaims(d);
    near += nearTexts(d);
    thin += thinMembers(d);
    claims += d.claims.length;
    const b = briefFaults(d);
    brief.items += b.items;
    brief.partial += b.partial;
    brief.repeated += b.repeated;
  }
  return {
    match: match / stories.length,
    f1: f1 / stories.length,
    alike,
    nearTexts: near,
    thin,
    claims,
    brief,
  };
}

export const formatBrief = (name: string, b: { items: number; partial: number; repeated: number }): string =>
  `brief (ecbplus ${name}): ${b.items} items, ${b.partial} not a whole sentence, ${b.repeated} pairs stating one sum of money`;

export const formatDiscrepancies = (name: string, f: HalfFigures): string =>
  `discrepancies (ecbplus ${name}, ${f.stories} stories): typed recall ${f.typedRecall.toFixed(2)} (${f.typedFound}/${f.typedLabelled}), all ${f.found}/${f.labelled}, precision ${f.precision.toFixed(2)} (${f.factualRight}/${f.factualReported}), traps reported ${f.falseAlarms}/${f.traps} (${((100 * f.falseAlarms) / Math.max(1, f.traps)).toFixed(0)}%), ${f.reported} entries`;

if (process.argv[1]?.endsWith('story-eval.ts')) {
  const halves = ecbHalves();
  const verbose = process.argv.includes('--verbose');
  const only = process.argv.includes('--A') ? ['A'] : process.argv.includes('--B') ? ['B'] : ['A', 'B'];
  if (!process.argv.includes('--no-discrepancies'))
    // Story by story (and what each misses) for half A only: half B is read as figures.
    for (const h of only as Array<'A' | 'B'>)
      console.log(formatDiscrepancies(`half ${h}`, discrepancyFigures(halves[h], verbose && h === 'A')));
  if (!process.argv.includes('--no-claims'))
    for (const h of only as Array<'A' | 'B'>) {
      const c = claimFigures(halves[h]);
      console.log(
        `claims (ecbplus half ${h}): match ${c.match.toFixed(4)} pair F1 ${c.f1.toFixed(4)} alike pairs ${c.alike} near-identical texts ${c.nearTexts} members on one word ${c.thin} (${c.claims} claims)`,
      );
      console.log(formatBrief(`half ${h}`, c.brief));
    }
}
