import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE_SITE } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
const foreignRequests: string[] = [];

beforeAll(async () => {
  server = await serveStatic(FIXTURE_SITE);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search in a real browser', () => {
  it('searches from the header form, filters by type and opens a result', async () => {
    await page.goto(`${server.url}/program/alfa/2024/`);
    await page.fill('#sok-falt', 'krisstöd');
    await page.press('#sok-falt', 'Enter');
    await page.waitForURL(/\/sok\/\?q=krisst%C3%B6d/);
    await page.waitForSelector('.pagefind-ui__result');
    const unfiltered = await page.locator('.pagefind-ui__result').count();
    expect(unfiltered).toBeGreaterThan(1);

    await page
      .getByText('Dokumenttyp', { exact: false })
      .or(page.locator('.pagefind-ui__filter-name', { hasText: 'typ' }))
      .first()
      .click();
    await page.locator('.pagefind-ui__filter-checkbox[value="Anvisning"]').check();
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 15_000 }).toBe(1);
    const title = page.locator('.pagefind-ui__result-link').first();
    expect(await title.textContent()).toContain('Anvisning för larm och krisstöd');

    await title.click();
    await page.waitForURL(/\/anvisningar\/larm\/$/);
    expect(await page.locator('h1').textContent()).toBe('Anvisning för larm och krisstöd');
  });

  it('puts the right page first for a phrase from a statement and for an organisation', async () => {
    await page.goto(`${server.url}/sok/?q=${encodeURIComponent('ökade kostnader för stadsdelsnämnderna')}`);
    await page.waitForSelector('.pagefind-ui__result');
    expect(await page.locator('.pagefind-ui__result-link').first().getAttribute('href')).toBe('/remisser/alfa-2024/norr/');

    await page.goto(`${server.url}/sok/?q=Söderby`);
    await page.waitForSelector('.pagefind-ui__result');
    expect(await page.locator('.pagefind-ui__result-link').first().getAttribute('href')).toBe('/organisationer/soder/');
  });

  it('finds nothing from a document that is not public', async () => {
    await page.goto(`${server.url}/sok/?q=HEMLIG-MARKÖR-FIXTUR`);
    await page.waitForSelector('.pagefind-ui__message');
    await expect.poll(() => page.locator('.pagefind-ui__message').textContent(), { timeout: 15_000 }).toMatch(/gav inga träffar/);
    expect(await page.locator('.pagefind-ui__result').count()).toBe(0);
  });
});

describe('accessibility of the main page types', () => {
  const urls = [
    '/',
    '/program/alfa/2024/',
    '/program/alfa/2024/beredskap/',
    '/remisser/alfa-2024/',
    '/remisser/alfa-2024/norr/',
    '/anvisningar/larm/',
    '/organisationer/norr/',
    '/sok/?q=beredskap',
    '/redaktorsguide/',
  ];
  for (const url of urls) {
    it(`has no axe violations on ${url}`, async () => {
      await page.goto(`${server.url}${url}`);
      if (url.startsWith('/sok/')) await page.waitForSelector('.pagefind-ui__result');
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('made no request outside the site', () => {
    expect(foreignRequests).toEqual([]);
  });
});
