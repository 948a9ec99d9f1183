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
    await site.page.waitForSelector('#sok-traffar > li');

    // The filters are checkboxes in fieldsets, built with the first results: tick "Anvisning".
    await site.page.waitForSelector('#sok-filter input[name="typ"][value="Anvisning"]', { state: 'visible', timeout: 120_000 });
    await tabTo(site.page, (el) => el.tag === 'input' && el.value === 'Anvisning');
    expect(await focusIsVisible(site.page)).toBe(true);
    await site.page.keyboard.press('Space');
    await expect.poll(() => site.page.locator('#sok-traffar > li').count(), { timeout: 120_000 }).toBe(1);
    // The list was rebuilt: the keyboard stays on the ticked box.
    expect(await site.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Anvisning');

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
