import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { CONTENT_SITE, FIXTURE_SITE } from '../support/paths.ts';
import { sitePages } from '../support/site-pages.ts';
import { serveStatic } from '../support/static-server.ts';

// axe-core (WCAG 2.1 A/AA and 2.2 AA rules) over every page of both built sites, at a phone
// width and a desktop width, and no request may leave the site's own origin.
for (const [name, site] of [
  ['fixture site', FIXTURE_SITE],
  ['content site', CONTENT_SITE],
] as const) {
  describe(`accessibility sweep of the ${name}`, () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveStatic>>;
    let page: Page;
    const foreign = new Set<string>();

    beforeAll(async () => {
      server = await serveStatic(site);
      browser = await launchBrowser();
      page = await browser.newPage();
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(server.url) && !url.startsWith('data:')) foreign.add(url);
      });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('has no axe violations on any page', async () => {
      const pages = await sitePages(site);
      expect(pages.length).toBeGreaterThan(10);
      const failures: string[] = [];
      for (const [index, path] of pages.entries()) {
        // Alternate widths so both layouts are covered without doubling the run.
        await page.setViewportSize(index % 2 === 0 ? { width: 1280, height: 900 } : { width: 375, height: 800 });
        await page.goto(`${server.url}${path}`);
        for (const violation of await axeViolations(page)) {
          failures.push(`${path} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
        }
      }
      expect(failures).toEqual([]);
    });

    it('made no request outside the site', () => {
      expect([...foreign]).toEqual([]);
    });
  });
}
