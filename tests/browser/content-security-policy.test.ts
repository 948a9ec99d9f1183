import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '#lib/site/content-security-policy.ts';
import { useServedSite } from '../support/browser.ts';
import { FIXTURE_SITE, ROOT } from '../support/paths.ts';

// One page of every page type (every route file in src/pages), loaded in Chromium under the site's
// Content-Security-Policy: nothing the page loads or runs may be refused, the scripts included.
const PAGE_OF_TYPE: Record<string, string> = {
  '404.astro': '/404.html',
  '[sida].astro': '/redaktorsguide/',
  'anvisningar/[anvisning]/[version].astro': '/anvisningar/larm/2022/',
  'anvisningar/[anvisning]/index.astro': '/anvisningar/larm/',
  'anvisningar/[anvisning]/jamfor/[older]/[newer].astro': '/anvisningar/larm/jamfor/2022/2025/',
  'anvisningar/index.astro': '/anvisningar/',
  'diarienummer/[ar].astro': '/diarienummer/2024/',
  'diarienummer/index.astro': '/diarienummer/',
  'index.astro': '/',
  'ordlista.astro': '/ordlista/',
  'organisationer/[organisation].astro': '/organisationer/norr/',
  'organisationer/index.astro': '/organisationer/',
  'per-datum/index.astro': '/per-datum/',
  'program/[program]/[version]/[section].astro': '/program/alfa/2024/krisstod/',
  'program/[program]/[version]/index.astro': '/program/alfa/2024/',
  'program/[program]/andringar.astro': '/program/alfa/andringar/',
  'program/[program]/avsnitt/[section]/historik.astro': '/program/alfa/avsnitt/krisstod/historik/',
  'program/[program]/index.astro': '/program/alfa/',
  'program/[program]/jamfor/[older]/[newer].astro': '/program/alfa/jamfor/2020/2024/',
  'program/[program]/jamfor/index.astro': '/program/alfa/jamfor/',
  'program/[program]/per-datum/[datum].astro': '/program/alfa/per-datum/2022-05-10/',
  'program/[program]/per-datum/index.astro': '/program/alfa/per-datum/',
  'program/index.astro': '/program/',
  'remisser/[remiss]/[organisation].astro': '/remisser/alfa-2024/norr/',
  'remisser/[remiss]/avsnitt/[section].astro': '/remisser/alfa-2024/avsnitt/krisstod/',
  'remisser/[remiss]/index.astro': '/remisser/alfa-2024/',
  'remisser/[remiss]/matris.astro': '/remisser/alfa-2024/matris/',
  'remisser/[remiss]/sammanstallning.astro': '/remisser/alfa-2024/sammanstallning/',
  'remisser/index.astro': '/remisser/',
  'sok.astro': '/sok/?q=krisstöd',
  'tillganglighet.astro': '/tillganglighet/',
};

const site = useServedSite(FIXTURE_SITE);
/** What the browser refused or complained of since the last look, on any page. */
const problems: string[] = [];

beforeAll(async () => {
  // Registered before any script of a page runs, so a violation as the page loads is seen too.
  await site.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  site.page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${site.page.url()}: ${message.text()}`);
  });
  site.page.on('pageerror', (error) => problems.push(`${site.page.url()}: ${error.message}`));
  site.page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/404.html')) problems.push(`${response.url()}: HTTP ${response.status()}`);
  });
});

/** The problems seen so far, emptied. */
const seen = () => problems.splice(0);

async function load(page: Page, url: string) {
  await page.goto(`${site.url}${url}`, { waitUntil: 'networkidle' });
  // The policy the browser applies is the one the site declares.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(contentSecurityPolicy);
}

describe('every page type under the Content-Security-Policy', () => {
  it('is listed here: one page for every route file in src/pages', () => {
    const routes = readdirSync(path.join(ROOT, 'src/pages'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.astro'))
      .map((file) => file.split(path.sep).join('/'))
      .sort();
    expect(Object.keys(PAGE_OF_TYPE).sort()).toEqual(routes);
  });

  for (const [route, url] of Object.entries(PAGE_OF_TYPE)) {
    it(`${url} (${route}) loads and runs with no violation and no error`, async () => {
      await load(site.page, url);
      expect(seen()).toEqual([]);
    });
  }
});

describe('the scripts work under the policy', () => {
  it('the search page loads Pagefind (WebAssembly included) and finds', async () => {
    await load(site.page, '/sok/');
    await site.page.fill('#sok-fraga', 'krisstöd');
    await site.page.waitForSelector('#sok-traffar > li');
    expect(await site.page.locator('#sok-traffar > li').count()).toBeGreaterThan(0);
    expect(new URL(site.page.url()).searchParams.get('q')).toBe('krisstöd');
    expect(seen()).toEqual([]);
  });

  it('the comparison picker goes to the chosen pair of versions', async () => {
    await load(site.page, '/program/alfa/jamfor/2020/2024/');
    expect(await site.page.locator('form.version-picker').isVisible()).toBe(true);
    await site.page.selectOption('#jamfor-fore', '2024');
    await site.page.selectOption('#jamfor-efter', '2025-forslag');
    await Promise.all([
      site.page.waitForURL(/\/program\/alfa\/jamfor\/2024\/2025-forslag\/$/),
      site.page.click('form.version-picker button'),
    ]);
    expect(seen()).toEqual([]);
  });

  it('the date picker fetches the periods and lists what applied on a date', async () => {
    await load(site.page, '/per-datum/');
    await site.page.fill('#per-datum', '2024-06-01');
    await site.page.click('form.date-picker button');
    await expect.poll(() => site.page.locator('.picker-results a').count()).toBeGreaterThan(0);
    expect(seen()).toEqual([]);
  });

  it('an inline script is refused and reported, so the tests above would see one', async () => {
    await load(site.page, '/');
    await site.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran";';
      document.body.append(script);
      const handler = document.createElement('button');
      handler.setAttribute('onclick', 'document.body.dataset.handler = "ran"');
      document.body.append(handler);
      handler.click();
    });
    expect(await site.page.evaluate(() => [document.body.dataset.inline, document.body.dataset.handler])).toEqual([undefined, undefined]);
    await expect.poll(() => problems.filter((problem) => problem.includes('CSP: script-src-elem')).length).toBe(1);
    await expect.poll(() => problems.filter((problem) => problem.includes('CSP: script-src-attr')).length).toBe(1);
    seen();
  });
});
