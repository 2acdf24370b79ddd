/**
 * A seeded generator of hostile input shapes: inputs small enough to pass every size
 * limit but shaped to make a super-linear stage pay (issue 17 item 3). Shared by the
 * time-guard test (`test/hostile.test.ts`) and the longer campaign (`npm run fuzz`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeTexts } from '../src/analyze.js';
import { buildDossier } from '../src/dossier/build.js';
import { processHtmlText } from '../src/pipeline/document.js';
import { random } from '../src/repair/generate.js';
import { ROOT } from './paths.js';

/** What one shape makes: one plain text, one HTML page, or several articles of one story. */
export type HostileInput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'story'; readonly articles: readonly string[] };

export interface HostileShape {
  /** A short name, used in test titles and fuzz reports. */
  readonly name: string;
  /** Makes an input of about `size` UTF-16 code units (a story: in all), from a seeded random source. */
  readonly make: (size: number, random: () => number) => HostileInput;
}

/** The seeded generator the mojibake generator uses: the same sequence for a seed on every machine. */
export const seeded = random;

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Joins pieces from `next` until the text reaches `size` code units. */
function fill(size: number, next: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const p = next();
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, size);
}

function word(random: () => number, min = 2, max = 9): string {
  const n = min + Math.floor(random() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += String.fromCharCode(97 + Math.floor(random() * 26));
  return w;
}

const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** A phrase repeated to the size: `said ` × 20,000. */
const repeated = (name: string, phrase: string): HostileShape => ({
  name,
  make: (size) => ({ kind: 'text', text: `${fill(size, () => phrase)}\n` }),
});

const HOSTILE_WORDS = [
  'said',
  'says',
  'told',
  'according to',
  'denied',
  'reportedly',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '$1.5',
  '1.5 million',
  'May 5',
  'Jan.',
  'U.S.',
  'Mr.',
  '(GUR)',
  'The',
  'Ministry of Defence',
  'New York Times',
  'of',
  'and',
  ',',
  '—',
  '10%',
  '€3bn',
  'at least 12',
  'aged 34',
];

/** Every shape the issue names, and seeded mixtures of the words the stages look for. */
export const HOSTILE_SHAPES: readonly HostileShape[] = [
  {
    name: 'title-case words in one sentence',
    make: (size, random) => ({ kind: 'text', text: `${fill(size, () => `${capital(word(random))} `)}\n` }),
  },
  {
    name: 'capitalised function words in one sentence',
    make: (size, random) => ({
      kind: 'text',
      text: `${fill(size, () => `${pick(random, ['The', 'According', 'Meanwhile', 'But', 'In', 'Of'])} `)}\n`,
    }),
  },
  {
    name: 'capitalised words in prose sentences',
    make: (size, random) => ({
      kind: 'text',
      text: fill(size, () => {
        const words = Array.from({ length: 30 }, () => capital(word(random)));
        return `The ${words.join(' ')} said on Monday that it was over. `;
      }),
    }),
  },
  repeated('said × n', 'said '),
  repeated('according to × n', 'according to '),
  repeated('May 5 × n', 'May 5 '),
  repeated('curly quotes × n', '“'),
  repeated('curly quote pairs × n', '“”'),
  repeated('straight quotes × n', '" '),
  repeated('$1.5 × n', '$1.5 '),
  repeated('numbers × n', '12 '),
  repeated('U.S. × n', 'U.S. '),
  repeated('open brackets × n', '( '),
  {
    name: 'one line without a full stop',
    make: (size, random) => ({ kind: 'text', text: `${fill(size, () => `${word(random)} `)}\n` }),
  },
  {
    name: 'one line of one word',
    make: (size) => ({ kind: 'text', text: `${'a'.repeat(size)}\n` }),
  },
  {
    name: 'lines of one word each',
    make: (size, random) => ({ kind: 'text', text: fill(size, () => `${capital(word(random))}\n`) }),
  },
  {
    name: 'mixture of the words the stages read',
    make: (size, random) => ({
      kind: 'text',
      text: fill(size, () => {
        const w = pick(random, HOSTILE_WORDS);
        const r = random();
        return r < 0.02 ? `${w}.\n\n` : r < 0.1 ? `${w}. ` : `${w} `;
      }),
    }),
  },
  {
    name: 'nested <div> elements',
    make: (size) => ({ kind: 'html', html: `${'<div>'.repeat(Math.floor(size / 5))}text` }),
  },
  {
    name: 'nested <div> elements, each with text',
    make: (size) => ({ kind: 'html', html: `${'<div>x '.repeat(Math.floor(size / 7))}` }),
  },
  {
    name: 'nested inline elements',
    make: (size) => ({
      kind: 'html',
      html: `<p>${'<b><i>'.repeat(Math.floor(size / 6))}The council said it was over.</p>`,
    }),
  },
  {
    name: 'near-identical articles',
    make: (size, random) => {
      const base = fill(3_000, () => {
        const words = Array.from({ length: 12 }, () => word(random));
        return `${capital(words.join(' '))}, ${pick(random, ['officials said', 'the minister said', 'according to police'])}. `;
      });
      const n = Math.max(2, Math.min(300, Math.floor(size / base.length)));
      return {
        kind: 'story',
        articles: Array.from({ length: n }, (_, i) => `${base} Update ${i + 1}: ${word(random)} said ${i}.`),
      };
    },
  },
  // The timeline reads a clause around each date of a sentence: one run-on sentence of dated clauses.
  repeated(
    'dated clauses in one sentence',
    'a ferry sank off the pier in 2019, officials said Tuesday, and ',
  ),
];

/** Analyses one hostile input as the library does (a story of its articles, or one page). */
export function analyseHostile(input: HostileInput): void {
  if (input.kind === 'text') analyzeTexts([{ text: input.text }]);
  else if (input.kind === 'story') analyzeTexts(input.articles.map((text) => ({ text })));
  else buildDossier([processHtmlText(input.html, { kind: 'file', location: 'hostile.html' })], []);
}

/**
 * CPU seconds the process spends on `run` (user and system, every thread). Time guards read
 * CPU time, not the clock: the machine the tests share may be loaded several times over,
 * which stretches the clock but not the work.
 */
export function cpuSeconds(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/**
 * The machine's pace: CPU seconds to analyse the example story (`examples/harbour-fire`, four
 * ordinary articles) sixty times over, after twenty analyses that warm the compiler up. One long
 * measurement, not the least of short ones: on a shared machine short rounds vary twofold.
 */
export function referenceSeconds(): number {
  const folder = join(ROOT, 'examples', 'harbour-fire');
  const texts = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ text: readFileSync(join(folder, f), 'utf8') }));
  for (let i = 0; i < 20; i++) analyzeTexts(texts);
  return cpuSeconds(() => {
    for (let i = 0; i < 60; i++) analyzeTexts(texts);
  });
}

/**
 * {@link referenceSeconds} on the machine the bounds were met on (stop 23's, 2026-12-02: the
 * slowest 1 MB shapes in 3.7 to 4.4 s). Derived, as that machine is gone: on 2026-12-03's
 * machine the reference took 2.85 to 3.23 s (median 2.9), and the same commit's same cases
 * (`d70d2c3`: `$1.5 × n`, lines of one word each, the word mixture) 2.5 to 3.5 times as long
 * as on stop 23's; 2.9 / 2.5 (the smaller ratio, the stricter bound).
 */
export const REFERENCE_SECONDS = 1.16;

/**
 * How much slower this machine is than the one the bounds were checked on (never below 1: on a
 * faster machine the issue's bounds hold as written).
 */
export function paceFactor(): number {
  return Math.max(1, referenceSeconds() / REFERENCE_SECONDS);
}
