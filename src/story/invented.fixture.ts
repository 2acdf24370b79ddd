import { analyzeTexts } from '../analyze.js';

/** The dossier of invented articles, one text each (`a1.txt`, `a2.txt` ...), all in English. */
export const story = (...texts: string[]) =>
  analyzeTexts(texts.map((text, i) => ({ text, location: `a${i + 1}.txt`, known: { language: 'en' } })));

/** The values of each discrepancy of a kind in a dossier, each entry's distinct texts sorted. */
export const entries = (d: ReturnType<typeof story>, kind: string): string[][] =>
  d.discrepancies.filter((x) => x.kind === kind).map((x) => [...new Set(x.values.map((v) => v.text))].sort());

/** The kinds of a dossier's factual discrepancies (not single-outlet, certainty or source). */
export const factual = (d: ReturnType<typeof story>): string[] =>
  d.discrepancies
    .filter((x) => !['single-outlet', 'certainty', 'source'].includes(x.kind))
    .map((x) => x.kind);

/** The dossier of invented articles, each of its own outlet `Outlet 1`, `Outlet 2` ... */
export const outletStory = (texts: readonly string[]) =>
  analyzeTexts(
    texts.map((text, i) => ({
      text,
      location: `a${i + 1}.txt`,
      known: { outlet: `Outlet ${i + 1}`, language: 'en' },
    })),
  );
