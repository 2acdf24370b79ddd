import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { labelPlainText } from '../src/blocks/plain.js';
import { extractArticleText } from '../src/html/extract.js';
import { decodePage, renderPage } from '../src/html/render.js';
import { bodyText } from '../src/report/text.js';
import { corpus, SHARED } from './shared.js';

export interface EvalPage {
  readonly url: string;
  readonly file: string;
  readonly bytes: Buffer;
}

/** The pages of ../shared/corpora/trafilatura-eval that are present, decompressed. */
export function evalPages(): EvalPage[] {
  const dir = corpus('trafilatura-eval');
  const evaldata = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const out: EvalPage[] = [];
  for (const [url, e] of Object.entries(evaldata)) {
    let bytes: Buffer;
    try {
      bytes = gunzipSync(readFileSync(join(dir, 'html', `${e.file}.gz`)));
    } catch {
      continue;
    }
    out.push({ url, file: e.file, bytes });
  }
  return out;
}

/** Our extraction of every page, by file name, as score-snippets.mjs reads it; a page we cannot read counts as empty. */
export function predictExtraction(pages: readonly EvalPage[]): Record<string, string> {
  const pred: Record<string, string> = {};
  for (const page of pages) {
    try {
      pred[page.file] = extractArticleText(page.bytes, page.url);
    } catch {
      pred[page.file] = '';
    }
  }
  return pred;
}

/**
 * The plain-text labeller on full-page scrapes: each page rendered to all its
 * visible text (what a scraper copies), then labelled as plain text. A check of
 * the plain-text method on real pages it was not written from.
 */
export function predictPlainScrape(pages: readonly EvalPage[]): Record<string, string> {
  const pred: Record<string, string> = {};
  for (const page of pages) {
    try {
      const { text } = decodePage(page.bytes, { maxBytes: 64 * 1024 * 1024 });
      const plain = renderPage(text).text;
      pred[page.file] = bodyText({ text: plain, repairs: [], blocks: labelPlainText(plain) });
    } catch {
      pred[page.file] = '';
    }
  }
  return pred;
}

/** Scores predictions with ../shared/tools/score-snippets.mjs (trafilatura's evaluation method). */
export function snippetScore(pred: Record<string, string>): {
  documents: number;
  precision: number;
  recall: number;
  f1: number;
} {
  const file = join(mkdtempSync(join(tmpdir(), 'corroborate-snippets-')), 'pred.json');
  writeFileSync(file, JSON.stringify(pred));
  return JSON.parse(
    execFileSync(
      'node',
      [
        join(SHARED!, 'tools', 'score-snippets.mjs'),
        corpus('trafilatura-eval', 'evaldata.json'),
        file,
        '--json',
      ],
      {
        encoding: 'utf8',
      },
    ),
  );
}
