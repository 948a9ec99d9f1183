import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useServedSite } from '../support/browser.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

const site = useServedSite(FIXTURE_SITE);

describe('the consultation views in a real browser', () => {
  const pages = [
    '/remisser/alfa-2024/matris/',
    '/remisser/delta-2023/matris/',
    '/remisser/alfa-2024/sammanstallning/',
    '/remisser/delta-2023/sammanstallning/',
    '/remisser/alfa-2024/avsnitt/beredskap/#stallning-avstyrker',
    '/remisser/delta-2023/norr/',
    '/program/delta/2023/',
    '/program/delta/2023/larm/',
  ];
  for (const url of pages) {
    it(`has no axe violations on ${url}`, async () => {
      await site.page.setViewportSize({ width: 1280, height: 900 });
      await site.page.goto(`${site.url}${url}`);
      expect(await axeViolations(site.page)).toEqual([]);
    });
  }

  it('lets a keyboard user reach the matrix, scroll it and follow a cell to the comment', async () => {
    await site.page.setViewportSize({ width: 660, height: 900 });
    await site.page.goto(`${site.url}/remisser/alfa-2024/matris/`);
    const region = site.page.getByRole('region', { name: 'Kommentarer per avsnitt och remissinstans' });
    await region.focus();
    expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);
    // Just wider than a phone the matrix is a table (its columns' least widths make it wider than
    // the screen): the page never scrolls sideways, the table's region does, from the keyboard too.
    expect(await site.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(660);
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await site.page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    const chip = site.page.getByRole('link', { name: 'Avstyrker, kommentar k1 från Skolnämnden' });
    await chip.click();
    await site.page.waitForURL(/\/remisser\/alfa-2024\/skola\/#kommentar-k1$/);
    expect(await site.page.locator('#kommentar-k1').textContent()).toContain('Skolnämnden avstyrker');
  });

  it('shows the matrix on a phone as one card per section, naming who commented, nothing to scroll', async () => {
    await site.page.setViewportSize({ width: 390, height: 844 });
    await site.page.goto(`${site.url}/remisser/alfa-2024/matris/`);
    const region = site.page.getByRole('region', { name: 'Kommentarer per avsnitt och remissinstans' });
    expect(await site.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await region.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    const chip = site.page.getByRole('link', { name: 'Avstyrker, kommentar k1 från Skolnämnden' });
    const card = site.page.locator('.matrix tbody tr', { has: chip });
    // The cell says whose comment it is, the cells of those who did not comment are left out, and
    // the card is no wider than the screen.
    expect(await chip.evaluate((element) => getComputedStyle(element.closest('td') as Element, '::before').content)).toBe('"Skolnämnden:"');
    const shownCells = await card
      .locator('td:not(.number)')
      .evaluateAll((cells) => cells.filter((cell) => getComputedStyle(cell).display !== 'none').length);
    expect(shownCells).toBe(await card.locator('td.has-comments').count());
    const emptyCells = site.page.locator('.matrix td.no-comments');
    expect(await emptyCells.count()).toBeGreaterThan(0);
    expect(await emptyCells.evaluateAll((cells) => cells.filter((cell) => getComputedStyle(cell).display !== 'none').length)).toBe(0);
    expect((await card.boundingBox())?.width).toBeLessThanOrEqual(390);
    await chip.click();
    await site.page.waitForURL(/\/remisser\/alfa-2024\/skola\/#kommentar-k1$/);
  });

  it('filters comments by stance with plain links, JavaScript switched off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${site.url}/remisser/alfa-2024/avsnitt/beredskap/`);
    expect(await noScript.locator('.kommentar-card').count()).toBe(2);
    await noScript.getByRole('link', { name: 'Synpunkt (1)' }).click();
    await noScript.waitForURL(/\/avsnitt\/beredskap\/#stallning-synpunkt$/);
    const shown = noScript.locator('.kommentar-card:visible');
    expect(await shown.count()).toBe(1);
    expect(await shown.textContent()).toContain('Krisstöd utöver kontorstid');
    expect(await noScript.locator('.stance-status:visible').textContent()).toBe('Visar 1 av 2 kommentarer: synpunkt.');
    await noScript.getByRole('link', { name: 'Tillstyrker (0)' }).click();
    expect(await noScript.locator('.kommentar-card:visible').count()).toBe(0);
    expect(await noScript.locator('.stance-status:visible').textContent()).toBe('Inga kommentarer om avsnittet har den här ställningen.');
    await noScript.getByRole('link', { name: 'Alla (2)' }).click();
    expect(await noScript.locator('.kommentar-card:visible').count()).toBe(2);
    await context.close();
  });
});
