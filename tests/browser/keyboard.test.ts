import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { focusIsVisible, tabTo } from '../support/keyboard.ts';
import { FIXTURE_SITE } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(FIXTURE_SITE);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the main paths with the keyboard only', () => {
  it('skips to the content with the first Tab', async () => {
    await page.goto(`${server.url}/program/alfa/2024/`);
    const skip = await tabTo(page, (el) => el.href === '#innehall', 1);
    expect(skip.text).toBe('Hoppa till innehållet');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall');
  });

  it('searches, filters by type and opens a result', async () => {
    await page.goto(`${server.url}/program/alfa/2020/`);
    await tabTo(page, (el) => el.tag === 'input');
    await page.keyboard.type('krisstöd');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\/\?q=/);
    await page.waitForSelector('.pagefind-ui__result');

    // Open the "typ" filter group and tick "Anvisning".
    await tabTo(page, (el) => el.tag === 'summary' && /typ/i.test(el.text));
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.tag === 'input' && el.value === 'Anvisning');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 15_000 }).toBe(1);

    await tabTo(page, (el) => el.tag === 'a' && el.text.includes('Anvisning för larm och krisstöd'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/anvisningar\/larm\/$/);
  });

  it('goes from program to section to anvisning and back', async () => {
    await page.goto(`${server.url}/program/alfa/2020/`);
    await tabTo(page, (el) => el.href === '/program/alfa/2020/krisstod/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/program\/alfa\/2020\/krisstod\/$/);
    expect(await page.locator('h1').textContent()).toContain('Krisstöd');

    await tabTo(page, (el) => el.href === '/anvisningar/larm/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/anvisningar\/larm\/$/);

    await tabTo(page, (el) => el.href === '/program/alfa/2020/krisstod/');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/program\/alfa\/2020\/krisstod\/$/);

    await page.goBack();
    await page.waitForURL(/\/anvisningar\/larm\/$/);
  });

  it('reaches a comment in a statement from its index, and the section it concerns', async () => {
    await page.goto(`${server.url}/remisser/alfa-2024/norr/`);
    await tabTo(page, (el) => el.href === '#kommentar-k2');
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.href === '/program/alfa/2024/beredskap/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/program\/alfa\/2024\/beredskap\/$/);
  });
});
