import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe } from 'vitest';

/** Debian's chromium, driven by playwright-core. */
export const CHROMIUM = '/usr/bin/chromium';

/** A describe block that needs Chromium: skipped without it, but CI must have it. */
export const describeBrowser = (name: string, fn: () => void): void => {
  if (!existsSync(CHROMIUM) && process.env.CI)
    throw new Error("Chromium is not installed (.ci/run installs Debian's chromium package)");
  (existsSync(CHROMIUM) ? describe : describe.skip)(name, fn);
};

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

/**
 * A new page that records console errors, page errors and dialogs (`problems`) and every
 * request whose URL does not start with `local` (`requests`).
 */
export async function watchedPage(
  browser: Browser,
  local: string,
): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(local)) requests.push(r.url());
  });
  return { page, problems, requests };
}
