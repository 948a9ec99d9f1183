import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from './static-server.ts';

/** Debian's Chromium, started the way this machine allows: no sandbox as root, no background network. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * Serves a built site and opens one browser page on it for the tests of a file: registers the
 * hooks that start and stop both, and returns the session they fill in.
 */
export function useServedSite(siteDir: string, base = '/'): { browser: Browser; page: Page; url: string } {
  const session = {} as { browser: Browser; page: Page; url: string };
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    server = await serveStatic(siteDir, base);
    session.url = server.url;
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage();
    // Playwright waits 30 s by default; a loaded machine may need longer. This only catches hangs.
    session.page.setDefaultTimeout(120_000);
  });
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}
