import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyze, analyzeTexts } from '../src/analyze.js';
import type { Dossier } from '../src/dossier/types.js';
import { CERTAINTY_SIGN, renderHtml } from '../src/report/html.js';
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
    expect(await page.locator('section.article').count()).toBe(4);
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
    // The timeline: one item per event (statements apart), each citing the articles that tell it.
    const told = (d.events ?? []).filter((e) => e.kind === 'event');
    expect(told.length).toBeGreaterThan(0);
    expect(await page.locator('ol.timeline li').count()).toBe(told.length);
    expect(await page.locator('ol.timeline li a[href^="#doc-"]').count()).toBe(
      told.reduce((n, e) => n + e.docs.length, 0),
    );
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
    expect(await page.locator('script, iframe, img, section.article svg, [onerror], [onload]').count()).toBe(
      0,
    );
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain('<script>');
    await page.close();
  });
});

/** A fictional story told by `n` outlets: a wire report relayed, some hedging, one count that differs. */
function manyOutletStory(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const outlet = `The ${['Fenland', 'Marsh', 'Lowmarsh', 'Eastwick', 'Tarn Valley', 'Saltcote'][i % 6]} ${['Herald', 'Courier', 'Radio', 'Post', 'Gazette'][i % 5]} ${i + 1}`;
    const injured = i === 7 ? 'five' : 'three';
    const lines = [
      `Old bridge at Lowmarsh collapses into the river (${outlet})`,
      'By Staff Reporter',
      i % 3 === 0
        ? 'The old bridge at Lowmarsh collapsed into the River Tarn on Friday night, Marsh Wire reported.'
        : 'The old bridge at Lowmarsh collapsed into the River Tarn on Friday night.',
      `${injured[0]!.toUpperCase()}${injured.slice(1)} people were injured, the county fire service said on Saturday.`,
      i % 4 === 1
        ? 'The collapse may have been caused by flood water undermining a pier, according to engineers.'
        : 'Engineers said flood water had undermined a pier.',
      'Mayor Tobias Wren said a ferry would run from Monday while the crossing is closed.',
      i % 5 === 2 ? 'The council denied that it had ignored warnings about the bridge.' : '',
      // Who gave what to whom: flows for the flows graph.
      'Norway sent satellite images of the river to the United Nations on Monday, officials said.',
      i % 2 === 0 ? 'Denmark gave $2 million to the Red Cross for the rescue, officials said.' : '',
      i % 3 === 0 ? 'Sweden sold 40 rescue boats to Finland last year.' : '',
      i % 2 === 1 ? 'Germany will lend $10 million to Poland, the ministry said.' : '',
    ].filter(Boolean);
    return {
      text: lines.join('\n'),
      location: `/tmp/fiction/${outlet.replace(/\W+/g, '-')}.txt`,
      known: { outlet },
    };
  });
}

describeBrowser('HTML report as a reader meets it (issue 14)', () => {
  let browser: Browser;
  const shots = join(tmpdir(), 'corroborate-report-screenshots');
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const stories: Array<[string, () => Dossier]> = [
    ['example', () => analyze([join(ROOT, 'examples', 'harbour-fire')])],
    ['30 outlets', () => analyzeTexts(manyOutletStory(30))],
  ];

  async function open(html: string, width: number) {
    const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.html');
    writeFileSync(file, html);
    const { page, problems, requests } = await watchedPage(browser, 'file:');
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, problems, requests };
  }

  /** Whether the element's centre is on screen and the element (not something over it) is there. */
  const shownAtCentre = (page: Page, selector: string): Promise<boolean> =>
    page.evaluate(`(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
      const hit = document.elementFromPoint(x, y);
      return hit === el || el.contains(hit);
    })()`) as Promise<boolean>;

  for (const [name, story] of stories)
    for (const width of [1400, 800])
      it(`reads top-down at ${width} px: ${name} story`, async () => {
        const d = story();
        expect(d.claims.length).toBeGreaterThan(2);
        const { page, problems, requests } = await open(renderHtml(d), width);
        const slug = `${name.replace(/\W+/g, '-')}-${width}`;
        await page.screenshot({ path: join(shots, `${slug}-top.png`) });
        expect(problems).toEqual([]);
        expect(requests).toEqual([]);
        // The story's headline names the page and heads it.
        const headline = d.documents.find((x) => x.title)!.title!;
        expect(await page.title()).toBe(headline);
        expect(await page.locator('h1').innerText()).toBe(headline);
        // Never wider than the window.
        expect(await page.evaluate('document.documentElement.scrollWidth <= innerWidth')).toBe(true);
        // A section navigation, in reading order, each link landing on a section.
        const nav: string[] = await page.$$eval('nav.sections a', (as) =>
          as.map((a) => a.getAttribute('href')!),
        );
        expect(nav.slice(0, 4)).toEqual([
          '#summary',
          '#claims',
          '#provenance',
          nav.includes('#flows') ? '#flows' : '#discrepancies',
        ]);
        expect(nav.at(-1) === '#articles' || nav.at(-1) === '#messages').toBe(true);
        for (const id of nav) expect(await page.locator(`section${id}`).count()).toBe(1);
        // The summary first: articles, outlets and independent origins in one sentence.
        const lead = await page.locator('#summary .lead').innerText();
        expect(lead).toMatch(
          new RegExp(`^${d.documents.length} articles from \\d+ outlets.* rest on \\d+ independent origins?`),
        );
        // Relays and commentators listed apart from the origins, when there are any.
        const provenanceText = await page.locator('section#provenance').innerText();
        if (d.provenance.commentators?.length)
          expect(provenanceText).toContain('commentators: they give a view');
        if (d.provenance.relays?.length)
          expect(provenanceText).toContain('relays: they pass on another report');
        // Articles named by outlet and headline, never by path.
        const names = await page.locator('section.article h3').allInnerTexts();
        expect(names).toHaveLength(d.documents.length);
        for (const n of names) expect(n).not.toMatch(/[\\/]|\.txt\b/);
        const heads = await page.locator('table.matrix thead th.doc').allInnerTexts();
        expect(heads).toHaveLength(d.documents.length);
        for (const h of heads) expect(h).not.toMatch(/[\\/]|\.txt\b|http/);
        // Every matrix cell says its certainty in a sign of the legend, besides its colour.
        const legend = await page.locator('#legend').innerText();
        for (const [c, sign] of Object.entries(CERTAINTY_SIGN)) expect(legend).toContain(`${sign} ${c}`);
        const cells =
          (await page.evaluate(`[...document.querySelectorAll('table.matrix td.cell')].map((td) => ({
          signs: [...td.querySelectorAll('.sign')].map((x) => x.textContent),
          words: [...td.querySelectorAll('.sign')].map((x) => x.getAttribute('aria-label')),
          bg: getComputedStyle(td).backgroundColor,
        }))`)) as Array<{ signs: string[]; words: string[]; bg: string }>;
        expect(cells.length).toBeGreaterThanOrEqual(d.claims.length * 2);
        for (const cell of cells) {
          expect(cell.signs.length).toBeGreaterThan(0);
          cell.signs.forEach((s, i) =>
            expect(s).toBe(CERTAINTY_SIGN[cell.words[i] as keyof typeof CERTAINTY_SIGN]),
          );
          expect(cell.bg).not.toBe('rgba(0, 0, 0, 0)');
        }
        // The matrix scrolls inside its own frame, never taller than the window, its header row and
        // claim column staying in view when it is scrolled to its far corner.
        await page.locator('.matrix-wrap').scrollIntoViewIfNeeded();
        await page.evaluate(`(() => {
          const w = document.querySelector('.matrix-wrap');
          window.scrollBy(0, w.getBoundingClientRect().top - document.querySelector('nav.sections').offsetHeight - 4);
          w.scrollTop = w.scrollHeight;
          w.scrollLeft = w.scrollWidth;
        })()`);
        expect(
          await page.evaluate(
            `document.querySelector('.matrix-wrap').getBoundingClientRect().height <= innerHeight`,
          ),
        ).toBe(true);
        await page.screenshot({ path: join(shots, `${slug}-matrix.png`) });
        expect(await shownAtCentre(page, 'table.matrix thead th.doc:last-child')).toBe(true);
        expect(await shownAtCentre(page, 'table.matrix tbody tr:last-child th.claimtext')).toBe(true);
        // The graphs are laid out: no two labels and no two boxes overlap.
        const overlaps = (await page.evaluate(`[...document.querySelectorAll('svg.graph')].flatMap((svg) => {
          const found = [];
          for (const sel of ['text', 'g.node rect, g.party rect']) {
            const r = [...svg.querySelectorAll(sel)].map((t) => t.getBoundingClientRect());
            for (let i = 0; i < r.length; i++)
              for (let j = i + 1; j < r.length; j++)
                if (r[i].left < r[j].right - 0.5 && r[j].left < r[i].right - 0.5 && r[i].top < r[j].bottom - 0.5 && r[j].top < r[i].bottom - 0.5)
                  found.push(sel + ': ' + [...svg.querySelectorAll(sel)][i].textContent + ' / ' + [...svg.querySelectorAll(sel)][j].textContent);
          }
          return found;
        })`)) as string[];
        expect(await page.locator('svg.graph text').count()).toBeGreaterThan(3);
        expect(await page.locator('svg[aria-label="flows"] g.flow').count()).toBe(
          Math.min(d.flows.length, 24),
        );
        if (name !== 'example') expect(d.flows.length).toBeGreaterThanOrEqual(3);
        expect(overlaps).toEqual([]);
        // The navigation stays on screen down the page.
        await page.evaluate(`document.getElementById('articles').scrollIntoView()`);
        expect(await shownAtCentre(page, 'nav.sections')).toBe(true);
        // Printed: no navigation, the whole matrix on paper.
        await page.emulateMedia({ media: 'print' });
        expect(await page.evaluate(`getComputedStyle(document.querySelector('nav.sections')).display`)).toBe(
          'none',
        );
        expect(await page.evaluate(`getComputedStyle(document.querySelector('.matrix-wrap')).overflow`)).toBe(
          'visible',
        );
        await page.close();
      });
});
