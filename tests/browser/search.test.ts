import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useServedSite } from '../support/browser.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

const site = useServedSite(FIXTURE_SITE);
const foreignRequests: string[] = [];

beforeAll(() => {
  site.page.on('request', (request) => {
    if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
});

describe('search in a real browser', () => {
  it('searches from the header form, filters by type and opens a result', async () => {
    await site.page.goto(`${site.url}/program/alfa/2024/`);
    await site.page.fill('#sok-falt', 'krisstöd');
    await site.page.press('#sok-falt', 'Enter');
    await site.page.waitForURL(/\/sok\/\?q=krisst%C3%B6d/);
    await site.page.waitForSelector('.pagefind-ui__result');
    const unfiltered = await site.page.locator('.pagefind-ui__result').count();
    expect(unfiltered).toBeGreaterThan(1);

    await site.page
      .getByText('Dokumenttyp', { exact: false })
      .or(site.page.locator('.pagefind-ui__filter-name', { hasText: 'typ' }))
      .first()
      .click();
    await site.page.locator('.pagefind-ui__filter-checkbox[value="Anvisning"]').check();
    await expect.poll(() => site.page.locator('.pagefind-ui__result').count(), { timeout: 120_000 }).toBe(1);
    const title = site.page.locator('.pagefind-ui__result-link').first();
    expect(await title.textContent()).toContain('Anvisning för larm och krisstöd');

    await title.click();
    await site.page.waitForURL(/\/anvisningar\/larm\/$/);
    expect(await site.page.locator('h1').textContent()).toBe('Anvisning för larm och krisstöd');
  });

  it('puts the right site.page first for a phrase from a statement and for an organisation', async () => {
    await site.page.goto(`${site.url}/sok/?q=${encodeURIComponent('ökade kostnader för stadsdelsnämnderna')}`);
    await site.page.waitForSelector('.pagefind-ui__result');
    expect(await site.page.locator('.pagefind-ui__result-link').first().getAttribute('href')).toBe('/remisser/alfa-2024/norr/');

    await site.page.goto(`${site.url}/sok/?q=Söderby`);
    await site.page.waitForSelector('.pagefind-ui__result');
    expect(await site.page.locator('.pagefind-ui__result-link').first().getAttribute('href')).toBe('/organisationer/soder/');
  });

  it('finds nothing from a document that is not public', async () => {
    await site.page.goto(`${site.url}/sok/?q=HEMLIG-MARKÖR-FIXTUR`);
    await site.page.waitForSelector('.pagefind-ui__message');
    await expect.poll(() => site.page.locator('.pagefind-ui__message').textContent(), { timeout: 120_000 }).toMatch(/gav inga träffar/);
    expect(await site.page.locator('.pagefind-ui__result').count()).toBe(0);
  });
});

describe('accessibility of the main site.page types', () => {
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
      await site.page.goto(`${site.url}${url}`);
      if (url.startsWith('/sok/')) await site.page.waitForSelector('.pagefind-ui__result');
      expect(await axeViolations(site.page)).toEqual([]);
    });
  }

  it('made no request outside the site', () => {
    expect(foreignRequests).toEqual([]);
  });
});
