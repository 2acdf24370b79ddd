/**
 * Measures mojibake repair: generated cases per kind (src/repair/generate.ts),
 * the ftfy cases by half, and changes on a clean multilingual sample (the
 * visible text of the trafilatura-eval pages, read at run time, never copied).
 */
import { execFileSync } from 'node:child_process';
import { franc } from 'franc-min';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePage, renderPage } from '../src/html/render.js';
import { generateCases, MOJIBAKE_KINDS, type MojibakeCase } from '../src/repair/generate.js';
import { findMojibake } from '../src/repair/mojibake.js';
import type { SeedLine } from '../src/repair/seed.js';
import { repairedView } from '../src/repair/view.js';
import { corpus, SHARED } from './shared.js';
import { evalPages } from './trafilatura-eval.js';

const fix = (s: string): string => repairedView(s, findMojibake(s)).text;

export interface KindResult {
  readonly kind: string;
  readonly fixed: number;
  readonly total: number;
  readonly misses: readonly MojibakeCase[];
}

/** Generated cases repaired exactly, per kind. */
export function generatedResults(seed: number, lines?: readonly SeedLine[]): KindResult[] {
  const cases = generateCases(seed, lines);
  return MOJIBAKE_KINDS.map((kind) => {
    const mine = cases.filter((c) => c.kind === kind);
    const misses = mine.filter((c) => fix(c.broken) !== c.expected);
    return { kind, fixed: mine.length - misses.length, total: mine.length, misses };
  });
}

/** The files of a corpus in half A or B (../shared/tools/halves.mjs). */
export function half(name: string, which: 'A' | 'B'): Set<string> {
  const out = execFileSync('node', [join(SHARED!, 'tools', 'halves.mjs'), name], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const line = out.split('\n').find((l) => l.startsWith(`${which} `)) ?? '';
  return new Set(line.replace(/^[AB] \(\d+\): /, '').split(' '));
}

/** ftfy cases fixed (negative: left alone or fixed as ftfy expects), per file, for one half or all. */
export function ftfyCounts(which?: 'A' | 'B'): Record<string, { fixed: number; total: number }> {
  const ids = which ? half('ftfy-cases', which) : null;
  const out: Record<string, { fixed: number; total: number }> = {};
  for (const name of ['synthetic', 'language-names', 'negative', 'known-failures']) {
    const cases = JSON.parse(readFileSync(corpus('ftfy-cases', `${name}.json`), 'utf8')) as Array<
      Record<string, string>
    >;
    let fixed = 0;
    let total = 0;
    cases.forEach((c, i) => {
      if (ids && !ids.has(`${name}.json#${i}`)) return;
      total++;
      const got = fix(c.original!);
      const want = c['fixed-encoding'] ?? c.fixed!;
      if (name === 'negative' ? got === c.original || got === want : got === want) fixed++;
    });
    out[name] = { fixed, total };
  }
  return out;
}

/**
 * Real mojibake that some pages hold (C1 controls for windows-1252 quotes,
 * `Ã`/`Â` before a windows-1252 continuation character): lines with it are not
 * clean text.
 */
const REAL_MOJIBAKE =
  /[\u0080-\u009f]|[ÃÂ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;

/**
 * Distinct visible lines (20 characters or more, holding a non-ASCII character)
 * of the trafilatura-eval pages of one half (or all), without the lines that
 * hold real mojibake.
 */
export function cleanLines(which?: 'A' | 'B'): string[] {
  const seen = new Set<string>();
  for (const page of halfPages(which)) addCleanLines(page, seen);
  return [...seen];
}

/** {@link cleanLines}, yielding to the event loop between pages (a test worker must stay responsive). */
export async function cleanLinesAsync(which?: 'A' | 'B'): Promise<string[]> {
  const seen = new Set<string>();
  for (const page of halfPages(which)) {
    addCleanLines(page, seen);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return [...seen];
}

function halfPages(which?: 'A' | 'B'): ReturnType<typeof evalPages> {
  const ids = which ? half('trafilatura-eval', which) : null;
  return evalPages().filter((page) => !ids || ids.has(`${page.file}.gz`));
}

function addCleanLines(page: ReturnType<typeof evalPages>[number], seen: Set<string>): void {
  let text: string;
  try {
    text = renderPage(decodePage(page.bytes, { maxBytes: 64 * 1024 * 1024 }).text).text;
  } catch {
    return;
  }
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length >= 20 && /[^\x00-\x7f]/.test(line) && !REAL_MOJIBAKE.test(line)) seen.add(line);
  }
}

const FRANC_TO_TAG: Record<string, string> = {
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  ron: 'ro',
  hun: 'hu',
  hrv: 'hr',
  slv: 'sl',
  rus: 'ru',
  ukr: 'uk',
  bul: 'bg',
  srp: 'sr',
};

/** Every `every`-th clean line as a seed line, its language guessed (the regional-charset kinds need it). */
export const asSeeds = (lines: readonly string[], every = 1): SeedLine[] =>
  lines.filter((_, i) => i % every === 0).map((text) => ({ lang: FRANC_TO_TAG[franc(text)] ?? 'und', text }));

/** Clean lines that repair changes. */
export function cleanChanges(lines: readonly string[]): string[] {
  return lines.filter((l) => findMojibake(l).length > 0);
}
