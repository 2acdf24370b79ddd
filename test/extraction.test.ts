import { expect, it } from 'vitest';
import {
  evalPages,
  predictExtraction,
  predictPlainScrape,
  snippetScore,
} from '../scripts/trafilatura-eval.js';
import { extractArticleText } from '../src/html/extract.js';
import { describeShared } from './shared.js';

describeShared('HTML extraction on trafilatura-eval (../shared)', () => {
  it('scores snippet F1 >= 0.925 (floor below the measured 0.931; Readability over linkedom: 0.885)', () => {
    const r = snippetScore(predictExtraction(evalPages()));
    expect(r.documents).toBeGreaterThanOrEqual(880);
    expect(r.f1).toBeGreaterThanOrEqual(0.925);
  });
  it('labels full-page plain-text scrapes of the same pages with F1 >= 0.81 and recall >= 0.92 (measured 0.828 / 0.948)', () => {
    const r = snippetScore(predictPlainScrape(evalPages()));
    expect(r.f1).toBeGreaterThanOrEqual(0.81);
    expect(r.recall).toBeGreaterThanOrEqual(0.92);
  });
});

it('extracts a 20 MB page without running out of time or stack', () => {
  const para =
    '<p>The council met again on Thursday, and the clerk read the minutes of the previous session aloud.</p>';
  const page = `<html><body><nav><a href="/">Home</a></nav><article>${para.repeat(Math.ceil((20 * 1024 * 1024) / para.length))}</article></body></html>`;
  const text = extractArticleText(Buffer.from(page));
  expect(text.length).toBeGreaterThan(15 * 1024 * 1024);
  expect(text.startsWith('The council met again')).toBe(true);
});

it('extracts a page with a long JSON-LD articleBody and many paragraphs in time linear in its size', () => {
  // Each line used to be searched for in the whole body: 50,000 lines not in a 4 MB body would not finish.
  const n = 50_000;
  const body =
    'The council met again on Thursday, and the clerk read the minutes of the previous session aloud. '.repeat(
      n / 2,
    );
  const paras = Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i} of the harbour report, on ferries, fees and tides.</p>`,
  );
  const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: body });
  const page = `<html><head><script type="application/ld+json">${ld}</script></head><body><article>${paras.join('')}</article></body></html>`;
  const text = extractArticleText(Buffer.from(page));
  expect(text.split('\n\n')).toHaveLength(n);
}, 20_000); // a guard against the quadratic search (29 s before), not a timing: it takes about 1 s
