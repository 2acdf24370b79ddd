import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyze, analyzeTexts } from '../src/analyze.js';
import { renderHtml } from '../src/report/html.js';
import { describeBrowser, launchChromium, watchedPage } from './browser.js';
import { ROOT } from './paths.js';

describeBrowser('HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string) {
    const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.html');
    writeFileSync(file, html);
    const { page, problems, requests } = await watchedPage(browser, 'file:');
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, problems, requests };
  }

  it('loads the example report with no console errors and no external request', async () => {
    const { page, problems, requests } = await open(
      renderHtml(analyze([join(ROOT, 'examples', 'harbour-fire')])),
    );
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('h2', { hasText: 'Provenance' }).count()).toBe(1);
    expect(await page.locator('section').count()).toBe(4);
    await page.close();
  });

  it('links every claim cell, brief citation and discrepancy to a sentence or article that exists', async () => {
    const d = analyze([join(ROOT, 'examples', 'harbour-fire')]);
    const { page, problems } = await open(renderHtml(d));
    expect(problems).toEqual([]);
    // The claim matrix: one row per claim, one column per document, cells coloured by certainty.
    expect(await page.locator('table.matrix tr[id^="claim-"]').count()).toBe(d.claims.length);
    const cells = page.locator(
      'table.matrix td.asserted, table.matrix td.attributed, table.matrix td.hedged, table.matrix td.unconfirmed',
    );
    expect(await cells.count()).toBeGreaterThan(d.claims.length);
    const colour = await page.evaluate(
      `getComputedStyle(document.querySelector('table.matrix td.attributed, table.matrix td.hedged, table.matrix td.asserted')).backgroundColor`,
    );
    expect(colour).not.toBe('rgba(0, 0, 0, 0)');
    // Every in-page link lands on an element of the page.
    const targets: string[] = await page.$$eval('a[href^="#"]', (as) =>
      as.map((a) => a.getAttribute('href')!.slice(1)),
    );
    expect(targets.length).toBeGreaterThan(10);
    const missing = await page.evaluate(
      `${JSON.stringify(targets)}.filter((id) => !document.getElementById(id))`,
    );
    expect(missing).toEqual([]);
    // Following a matrix link highlights the claim sentence in its article.
    const link = page.locator('table.matrix td a').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    expect(await page.evaluate('location.hash')).toBe(href);
    const outline = await page.evaluate(
      `getComputedStyle(document.getElementById(${JSON.stringify(href.slice(1))})).outlineStyle`,
    );
    expect(outline).toBe('solid');
    // The provenance graph is drawn: a box per node that has an edge, the origin outlined.
    expect(await page.locator('svg.graph g.node').count()).toBeGreaterThanOrEqual(
      d.provenance.edges.length > 0 ? 3 : 0,
    );
    expect(await page.locator('svg.graph g.node.origin').count()).toBeGreaterThanOrEqual(1);
    // The brief: items with citations.
    expect(await page.locator('ol.brief li').count()).toBe(d.brief.length);
    expect(await page.locator('ol.brief li a[href^="#doc-"]').count()).toBeGreaterThanOrEqual(d.brief.length);
    await page.close();
  });

  it('executes nothing from a hostile article', async () => {
    const hostile = [
      'Council <script>window.__pwned = 1; alert("script")</script> votes <img src="https://tracker.invalid/x.png" onerror="window.__pwned = 2">',
      'The council voted on Friday <a href="javascript:window.__pwned=3">click</a> to close the bridge, officials said.',
      '<iframe src="https://evil.invalid"></iframe><svg onload="window.__pwned=4"></svg> The clerk said the vote was final.',
      '"><script>window.__pwned=5</script> <style>body{background:url(https://tracker.invalid/bg)}</style>',
    ].join('\n');
    const html = renderHtml(analyzeTexts([{ text: hostile, location: 'hostile.txt' }]));
    const { page, problems, requests } = await open(html);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.locator('script, iframe, img, section svg, [onerror], [onload]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain('<script>');
    await page.close();
  });
});
