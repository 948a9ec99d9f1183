import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE_SITE, ROOT } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';
import { must } from '../support/must.ts';

const SCREENSHOTS = path.join(ROOT, 'tests/.output/screenshots');
const COMPARISON = '/program/alfa/jamfor/2020/2024/';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await serveStatic(FIXTURE_SITE);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a comparison page in a real browser', () => {
  it('shows old and new side by side on a wide screen', async () => {
    await page.goto(`${server.url}${COMPARISON}`);
    const pair = page.locator('#avsnitt-krisstod .cmp-changed').first();
    const old = must(await pair.locator('.cmp-old').boundingBox(), 'the old column');
    const neu = must(await pair.locator('.cmp-new').boundingBox(), 'the new column');
    expect(neu.x).toBeGreaterThan(old.x + old.width - 1);
    expect(Math.abs(neu.y - old.y)).toBeLessThan(2);
    expect(await pair.locator('.cmp-old del').first().textContent()).toContain('dygnet runt');
    expect(await pair.locator('.cmp-new ins').first().textContent()).toContain('även utöver kontorstid');
    expect(await pair.locator('.cmp-inline').isVisible()).toBe(false);
    expect(await page.isChecked('#visning-auto')).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'jamforelse-dator.png'), fullPage: true });
  });

  it('can be used with the keyboard: jump list, view switch and links between a moved paragraph’s places', async () => {
    await page.goto(`${server.url}${COMPARISON}`);
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id ?? ''));
    }
    expect(reached).toContain('#avsnitt-beredskap');
    // Tab enters the view switch at its checked option, which the page renders checked.
    expect(reached).toContain('visning-auto');

    await page.focus('a[href="#avsnitt-beredskap"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#avsnitt-beredskap');

    // Arrow keys move between radio buttons, as in any radio group.
    await page.focus('#visning-sida');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('#visning-lopande')).toBe(true);
    const pair = page.locator('#avsnitt-krisstod .cmp-changed').first();
    expect(await pair.locator('.cmp-old').isVisible()).toBe(false);
    expect(await pair.locator('.cmp-inline').isVisible()).toBe(true);
    expect(await pair.locator('.cmp-inline del').first().textContent()).toContain('dygnet runt');

    const toNew = page.locator('.cmp-moved-out .cmp-inline a').first();
    const target = await toNew.getAttribute('href');
    await toNew.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    expect(await page.locator(`${target} .cmp-inline`).isVisible()).toBe(true);
    expect(await page.locator(`${target} .cmp-inline a`).getAttribute('href')).toBe(
      `#${await toNew.evaluate((a) => a.closest('.cmp-pair')?.id)}`,
    );
  });

  it('jumps to another pair of versions with the picker', async () => {
    await page.goto(`${server.url}${COMPARISON}`);
    expect(await page.locator('form.version-picker').isVisible()).toBe(true);
    await page.selectOption('#jamfor-fore', '2025-forslag');
    await page.selectOption('#jamfor-efter', '2024');
    await page.click('form.version-picker button');
    await page.waitForURL(/\/program\/alfa\/jamfor\/2024\/2025-forslag\/$/);
    expect(await page.locator('h1').textContent()).toContain('Testprogrammet Alfa (reviderat förslag)');
  });

  it('reads as one column on a phone, with removals and additions inline', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await phone.goto(`${server.url}${COMPARISON}`);
    const pair = phone.locator('#avsnitt-krisstod .cmp-changed').first();
    expect(await pair.locator('.cmp-inline').isVisible()).toBe(true);
    expect(await pair.locator('.cmp-old').isVisible()).toBe(false);
    expect(await phone.isChecked('#visning-auto')).toBe(true);
    // Side by side stays a choice on a phone too.
    await phone.check('#visning-sida');
    expect(await pair.locator('.cmp-old').isVisible()).toBe(true);
    await phone.check('#visning-auto');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'jamforelse-mobil.png'), fullPage: true });
    await phone.close();
  });

  it('prints without navigation and with changes marked in brackets', async () => {
    await page.goto(`${server.url}${COMPARISON}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.print-source').isVisible()).toBe(true);
    const before = await page
      .locator('#avsnitt-krisstod .cmp-old del')
      .first()
      .evaluate((del) => ({ content: getComputedStyle(del, '::before').content, display: getComputedStyle(del, '::before').display }));
    expect(before.content).toBe('"[−"');
    // The strike-through of the deleted text reaches an inline ::before whatever it says; an inline block it does not.
    expect(before.display).toBe('inline-block');
    await page.pdf({ path: path.join(SCREENSHOTS, 'jamforelse.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('the date picker on the point-in-time pages', () => {
  it("goes to the program's period a chosen date falls in, and says so when nothing applied", async () => {
    await page.goto(`${server.url}/program/alfa/per-datum/`);
    await page.fill('#per-datum', '2022-06-01');
    await Promise.all([page.waitForURL('**/program/alfa/per-datum/2022-05-10/'), page.click('form.date-picker button')]);
    expect(await page.locator('h1').textContent()).toMatch(/Alfa: Gällande 10 maj 2022/);
    await page.fill('#per-datum', '2019-01-01');
    await page.click('form.date-picker button');
    await expect.poll(() => page.locator('.picker-message').textContent()).toBe('Inget dokument i programmet gällde det datumet.');
    expect(new URL(page.url()).pathname).toBe('/program/alfa/per-datum/2022-05-10/');
  });

  it('lists, for all programs, the period of each that had something in force on the date', async () => {
    await page.goto(`${server.url}/per-datum/`);
    await page.fill('#per-datum', '2024-06-01');
    await page.click('form.date-picker button');
    const results = page.locator('.picker-results a');
    await expect.poll(() => results.count()).toBe(3);
    expect(await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/program/alfa/per-datum/2024-01-01/',
      '/program/beta/per-datum/2024-04-08/',
      '/program/delta/per-datum/2023-12-11/',
    ]);
    expect(await page.locator('.picker-results li').first().textContent()).toBe('Testprogrammet Alfa: Från 1 januari 2024');
    await page.fill('#per-datum', '2022-06-01');
    await page.click('form.date-picker button');
    await expect.poll(() => results.count()).toBe(1);
    await page.fill('#per-datum', '2019-01-01');
    await page.click('form.date-picker button');
    await expect.poll(() => page.locator('.picker-message').textContent()).toBe('Inget dokument i Styrdok gällde det datumet.');
    expect(await results.count()).toBe(0);
  });
});

describe('accessibility of the comparison, changelog, history and point-in-time pages', () => {
  const urls = [
    COMPARISON,
    '/program/alfa/jamfor/',
    '/anvisningar/larm/jamfor/2022/2025/',
    '/program/alfa/andringar/',
    '/program/alfa/avsnitt/krisstod/historik/',
    '/per-datum/',
    '/program/alfa/per-datum/',
    '/program/alfa/per-datum/2022-05-10/',
  ];
  for (const url of urls) {
    it(`has no axe violations on ${url}`, async () => {
      await page.goto(`${server.url}${url}`);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('has no axe violations in the inline view either', async () => {
    await page.goto(`${server.url}${COMPARISON}`);
    await page.check('#visning-lopande');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves screenshots of the changelog and history for review', async () => {
    for (const [url, name] of [
      ['/program/alfa/andringar/', 'andringslogg'],
      ['/program/alfa/avsnitt/krisstod/historik/', 'historik'],
    ]) {
      await page.goto(`${server.url}${url}`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-dator.png`), fullPage: true });
      expect(await page.locator('h1').count()).toBe(1);
    }
  });
});
