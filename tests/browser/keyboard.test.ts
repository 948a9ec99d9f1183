import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/browser.ts';
import { focusIsVisible, tabTo } from '../support/keyboard.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

const site = useServedSite(FIXTURE_SITE);

describe('the main paths with the keyboard only', () => {
  it('skips to the content with the first Tab', async () => {
    await site.page.goto(`${site.url}/program/alfa/2024/`);
    const skip = await tabTo(site.page, (el) => el.href === '#innehall', 1);
    expect(skip.text).toBe('Hoppa till innehållet');
    expect(await focusIsVisible(site.page)).toBe(true);
    await site.page.keyboard.press('Enter');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('innehall');
  });

  it('searches, filters by type and opens a result', async () => {
    await site.page.goto(`${site.url}/program/alfa/2020/`);
    await tabTo(site.page, (el) => el.tag === 'input');
    await site.page.keyboard.type('krisstöd');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\/sok\/\?q=/);
    await site.page.waitForSelector('.pagefind-ui__result');

    // Open the "typ" filter group and tick "Anvisning".
    // Pagefind builds its filter panel after the first results: wait for it, as a reader would
    // (generously: other test files build sites on both cores meanwhile).
    await site.page.waitForSelector('.pagefind-ui__filter-checkbox[value="Anvisning"]', { state: 'attached', timeout: 120_000 });
    await tabTo(site.page, (el) => el.tag === 'summary' && /typ/i.test(el.text));
    await site.page.keyboard.press('Enter');
    await site.page.waitForSelector('.pagefind-ui__filter-checkbox[value="Anvisning"]', { state: 'visible', timeout: 120_000 });
    await tabTo(site.page, (el) => el.tag === 'input' && el.value === 'Anvisning');
    expect(await focusIsVisible(site.page)).toBe(true);
    await site.page.keyboard.press('Space');
    await expect.poll(() => site.page.locator('.pagefind-ui__result').count(), { timeout: 120_000 }).toBe(1);

    await tabTo(site.page, (el) => el.tag === 'a' && el.text.includes('Anvisning för larm och krisstöd'));
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\/anvisningar\/larm\/$/);
  });

  it('goes from program to section to anvisning and back', async () => {
    await site.page.goto(`${site.url}/program/alfa/2020/`);
    await tabTo(site.page, (el) => el.href === '/program/alfa/2020/krisstod/');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\/program\/alfa\/2020\/krisstod\/$/);
    expect(await site.page.locator('h1').textContent()).toContain('Krisstöd');

    await tabTo(site.page, (el) => el.href === '/anvisningar/larm/');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\/anvisningar\/larm\/$/);

    await tabTo(site.page, (el) => el.href === '/program/alfa/2020/krisstod/');
    expect(await focusIsVisible(site.page)).toBe(true);
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\/program\/alfa\/2020\/krisstod\/$/);

    await site.page.goBack();
    await site.page.waitForURL(/\/anvisningar\/larm\/$/);
  });

  it('reaches a comment in a statement from its index, and the section it concerns', async () => {
    await site.page.goto(`${site.url}/remisser/alfa-2024/norr/`);
    await tabTo(site.page, (el) => el.href === '#kommentar-k2');
    await site.page.keyboard.press('Enter');
    await tabTo(site.page, (el) => el.href === '/program/alfa/2024/beredskap/');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\/program\/alfa\/2024\/beredskap\/$/);
  });
});
