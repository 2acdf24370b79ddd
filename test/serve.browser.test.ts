import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serve } from '../src/server/serve.js';
import { Store } from '../src/store/store.js';
import { describeBrowser, launchChromium, watchedPage } from './browser.js';
import { ROOT } from './paths.js';

/** How long the page may take to show an answer: a loaded machine (CI beside other work) takes seconds, not vitest's default second. */
const POLL = { timeout: 30_000, interval: 100 };
const exampleDir = join(ROOT, 'examples', 'harbour-fire');
const [first, second] = readdirSync(exampleDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(exampleDir, f), 'utf8'));

describeBrowser('serve: the web page in headless Chromium', () => {
  let browser: Browser;
  let store: Store;
  let app: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    store = await Store.open({ dir: null });
    app = await serve({ store, port: 0 });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  /** A page that records console errors, dialogs and every request that leaves the server. */
  async function open(): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const { page, problems, requests } = await watchedPage(browser, app.url);
    await page.goto(app.url, { waitUntil: 'load' });
    return { page, problems, requests };
  }

  it('puts a story together from pasted articles and opens its report, running nothing an article holds', async () => {
    const { page, problems, requests } = await open();
    expect(await page.locator('#none').isVisible()).toBe(true);
    // A hostile article first (its title names the story in the list): markup, an event
    // handler and a javascript: link in pasted HTML, markup in its title and outlet.
    await page
      .locator('.article input[name=title]')
      .nth(0)
      .fill('<img src="x" onerror="window.__ran = 5">Fire');
    await page
      .locator('.article textarea')
      .nth(0)
      .fill(
        '<div><h1>Port Calder fire: union says 40 dock workers were evacuated</h1>' +
          '<p>A fire destroyed a grain warehouse at Port Calder on Sunday night, the dockers union said. <script>window.__ran = 1</script>' +
          '<img src="x" onerror="window.__ran = 2"> <a href="javascript:window.__ran = 3">read more</a></p></div>',
      );
    await page
      .locator('.article input[name=outlet]')
      .nth(0)
      .fill('<b onmouseover="window.__ran = 4">Dock News</b>');
    await page.locator('#more').click();
    await page.locator('.article textarea').nth(1).fill(first!);
    await page.locator('#more').click();
    await page.locator('.article textarea').nth(2).fill(second!);
    await Promise.all([page.waitForURL(/\/stories\/a[0-9a-f]+$/), page.locator('#analyse').click()]);
    expect(await page.locator('h2', { hasText: 'Provenance' }).count()).toBe(1);
    expect(await page.locator('table.matrix tr[id^="claim-"]').count()).toBeGreaterThan(0);
    // The article's text is there, as text.
    expect(await page.content()).toContain('the dockers union said');
    expect(await page.evaluate('window.__ran')).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.content()).toContain('&lt;b onmouseover=');

    // Back on the list, the story is there and links to its report.
    await page.locator('nav a', { hasText: 'all stories' }).click();
    await page.waitForURL(app.url);
    const row = page.locator('#stories tbody tr');
    await expect.poll(() => row.count(), POLL).toBe(1);
    expect(await row.locator('td a').textContent()).toBe('<img src="x" onerror="window.__ran = 5">Fire');
    expect(await page.evaluate('window.__ran')).toBeUndefined();
    expect(await row.locator('td').nth(1).textContent()).toBe('put together here');
    expect(await row.locator('td').nth(2).textContent()).toBe('3');
    expect(await page.locator('#none').isVisible()).toBe(false);
    // Deleting takes two clicks and empties the list.
    await row.locator('button.delete').click();
    expect(await row.locator('button.delete').textContent()).toBe('Delete for good?');
    expect(await row.count()).toBe(1);
    await row.locator('button.delete').click();
    await expect.poll(() => row.count(), POLL).toBe(0);
    expect(await page.locator('#none').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('says what is wrong when nothing can be analysed, and stays on the page', async () => {
    const { page, problems } = await open();
    await page.locator('#urls').fill('http://127.0.0.1:9/nowhere');
    await page.locator('#analyse').click();
    await expect.poll(() => page.locator('#status').textContent(), POLL).toBe('no article could be read');
    expect(await page.locator('#problems li').first().textContent()).toMatch(
      /^http:\/\/127\.0\.0\.1:9\/nowhere: .*private or loopback/,
    );
    expect(page.url()).toBe(app.url);
    await page.locator('#urls').fill('');
    await page.locator('#analyse').click();
    await expect.poll(() => page.locator('#status').textContent(), POLL).toMatch(/nothing to analyse/);
    // The refusals are answers the page shows, not errors it hides in the console.
    expect(problems.filter((p) => !p.includes('status of 4'))).toEqual([]);
    await page.close();
  });
});
