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
    await site.page.setViewportSize({ width: 390, height: 844 });
    await site.page.goto(`${site.url}/remisser/alfa-2024/matris/`);
    const region = site.page.getByRole('region', { name: 'Kommentarer per avsnitt och remissinstans' });
    await region.focus();
    expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);
    // The site.page itself never scrolls sideways; only the table's region does.
    expect(await site.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const chip = site.page.getByRole('link', { name: 'Avstyrker, kommentar k1 från Skolnämnden' });
    await chip.click();
    await site.page.waitForURL(/\/remisser\/alfa-2024\/skola\/#kommentar-k1$/);
    expect(await site.page.locator('#kommentar-k1').textContent()).toContain('Skolnämnden avstyrker');
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
