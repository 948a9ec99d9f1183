import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';
import { ROOT } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';

// A paragraph merged with one that was not next to it, and one split into two that are apart:
// the comparison shows each where the text now is, and a pointer where the distant piece stood
// (src/lib/compare/distant-pieces.ts). The texts are the compare fixture case's, as an anvisning.
const CASE = path.join(ROOT, 'tests/fixtures/compare/distant-merge-and-split');
const COMPARISON = '/anvisningar/rapportering/jamfor/2023/2025/';
// The same across sections (src/lib/compare/pieces-elsewhere.ts): the pointer names the section it leads to.
const ACROSS = path.join(ROOT, 'tests/fixtures/compare/merge-and-split-across-sections');
const ACROSS_COMPARISON = '/anvisningar/utrymning/jamfor/2023/2025/';
// Three paragraphs of three sections that became one.
const THREE = path.join(ROOT, 'tests/fixtures/compare/three-piece-merge-across-sections');
const THREE_COMPARISON = '/anvisningar/hot-och-vald/jamfor/2023/2025/';

const version = (status: string, date: string | undefined, body: string) =>
  `---\ntitel: Anvisning för rapportering av hot och våld\nprogram: alfa\navsnitt: [krisstod]\nbeslutadAv: Stadsdirektören\n${
    date ? `beslutsdatum: ${date}\n` : ''
  }status: ${status}\nsammanfattning: Så rapporteras hot och våld.\nexempel: true\n---\n${body}`;

describe('a comparison with distant merges and splits, in a real browser', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let outer: string;
  let removeContent: () => Promise<void>;

  beforeAll(async () => {
    const content = await fixtureCopy();
    removeContent = content.remove;
    // Each case is an anvisning whose two versions are the case's old and new text.
    for (const [anvisning, fixture] of [
      ['rapportering', CASE],
      ['utrymning', ACROSS],
      ['hot-och-vald', THREE],
    ] as const) {
      await mkdir(path.join(content.dir, 'anvisningar', anvisning));
      for (const [file, status, date] of [
        ['old.md', 'ersatt', '2023-02-01'],
        ['new.md', 'gallande', '2025-02-01'],
      ] as const) {
        const text = await readFile(path.join(fixture, file), 'utf8');
        await content.write(`anvisningar/${anvisning}/${date.slice(0, 4)}.md`, version(status, date, text));
      }
    }
    outer = await mkdtemp(path.join(tmpdir(), 'styrdok-distant-'));
    const site = path.join(outer, 'dist');
    const built = await buildSite(content.dir, site);
    expect(built.code, built.output).toBe(0);
    server = await serveStatic(site);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await removeContent?.();
    if (outer) await rm(outer, { recursive: true, force: true });
  });

  it('shows the merged paragraph where it now is, and follows the pointer left where the distant piece stood', async () => {
    await page.goto(`${server.url}${COMPARISON}`);
    const pointer = page.getByRole('link', { name: 'Se det sammanfogade stycket' }).first();
    expect(await pointer.getAttribute('href')).toBe('#sammanfogat-1');
    expect(await page.locator('.cmp-merged-away .cmp-old').textContent()).toContain('Rapporten ska innehålla vad som hände');
    await pointer.click();
    await page.waitForURL(/#sammanfogat-1$/);
    const merged = page.locator('#sammanfogat-1');
    expect(await merged.locator('.cmp-new').textContent()).toContain('Sammanfogat av 2 stycken');
    // Both old pieces are shown beside the paragraph they became, the distant one included.
    expect(await merged.locator('.cmp-old').textContent()).toContain('Rapporten ska innehålla vad som hände');
  });

  it('does the same for a split whose pieces are apart, instead of calling a piece moved', async () => {
    await page.goto(`${server.url}${COMPARISON}`);
    const pointer = page.getByRole('link', { name: 'Se det delade stycket' }).first();
    expect(await pointer.getAttribute('href')).toBe('#delat-2');
    expect(await page.locator('#delat-2 .cmp-new').textContent()).toContain('Delat i 2 stycken');
    expect(await page.locator('.cmp-moved-in, .cmp-moved-out').count()).toBe(0);
  });

  it('shows merges and splits across sections too, with a pointer that names the section it leads to', async () => {
    await page.goto(`${server.url}${ACROSS_COMPARISON}`);
    const mergedAway = page.locator('.cmp-merged-away .cmp-old');
    expect(await mergedAway.textContent()).toContain('Sammanfogat med ett stycke i');
    expect(await mergedAway.textContent()).toContain('Fastighetsansvarig ska dokumentera');
    const toMerged = mergedAway.getByRole('link');
    expect(await toMerged.getAttribute('href')).toBe('#sammanfogat-1');
    expect(await toMerged.textContent()).toContain('Larm');
    await toMerged.click();
    await page.waitForURL(/#sammanfogat-1$/);
    expect(await page.locator('#sammanfogat-1 .cmp-new').textContent()).toContain('Sammanfogat av 2 stycken');
    expect(await page.locator('#sammanfogat-1 .cmp-old').textContent()).toContain('Fastighetsansvarig ska dokumentera');
    // Each piece says which section it stood in, so the one from elsewhere is not read as the section's own.
    expect(await page.locator('#sammanfogat-1 .cmp-old .cmp-section-start').allTextContents()).toEqual(['Larm', 'Ansvar']);
    expect(await page.locator('#delat-2 .cmp-new .cmp-section-start').allTextContents()).toEqual(['Övningar', 'Ansvar']);

    const splitAway = page.locator('.cmp-split-away .cmp-new');
    expect(await splitAway.textContent()).toContain('Avdelat från ett stycke i');
    expect(await splitAway.getByRole('link').getAttribute('href')).toBe('#delat-2');
    expect(await splitAway.getByRole('link').textContent()).toContain('Övningar');
    expect(await page.locator('#delat-2 .cmp-new').textContent()).toContain('Delat i 2 stycken');
    expect(await page.locator('.cmp-removed, .cmp-added').count()).toBe(0);
  });

  it('shows three paragraphs of three sections that became one, with a pointer in each section the pieces left', async () => {
    await page.goto(`${server.url}${THREE_COMPARISON}`);
    const merged = page.locator('#sammanfogat-1');
    expect(await merged.locator('.cmp-new').textContent()).toContain('Sammanfogat av 3 stycken');
    expect(await merged.locator('.cmp-old .cmp-section-start').allTextContents()).toEqual(['Rapportering', 'Innehåll', 'Stöd']);
    const pointers = page.locator('.cmp-merged-away .cmp-old').getByRole('link');
    expect(await pointers.count()).toBe(2);
    for (const pointer of await pointers.all()) {
      expect(await pointer.getAttribute('href')).toBe('#sammanfogat-1');
      expect(await pointer.textContent()).toContain('Rapportering');
    }
    expect(await page.locator('.cmp-removed, .cmp-added').count()).toBe(0);
  });

  it('has no axe violations', async () => {
    for (const url of [COMPARISON, ACROSS_COMPARISON, THREE_COMPARISON]) {
      await page.goto(`${server.url}${url}`);
      expect(await axeViolations(page), url).toEqual([]);
    }
  });
});
