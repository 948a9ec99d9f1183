import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { FIXTURE_BASE_SITE, FIXTURE_CONTENT, FIXTURE_SITE } from '../support/paths.ts';
import { writtenAddresses } from '../support/site-links.ts';

// A GitHub project site lives at owner.github.io/<repo>/: the fixture corpus built with
// STYRDOK_BASE=/styrdok/ must write every address under it, and every one must lead somewhere.
const BASE = '/styrdok/';
const ORIGIN = 'https://stockholmsstad.github.io';

beforeAll(async () => {
  const { code, output } = await buildSite(FIXTURE_CONTENT, FIXTURE_BASE_SITE, {
    STYRDOK_BASE: '/styrdok',
    STYRDOK_SITE: `${ORIGIN}/styrdok`,
  });
  if (code !== 0) throw new Error(`The fixture site under ${BASE} did not build:\n${output}`);
});

/** The built file an address under the base leads to, or undefined for one outside it. */
function fileOf(site: string, address: string): string | undefined {
  if (!address.startsWith(BASE)) return undefined;
  const pathname = decodeURIComponent(address.slice(BASE.length).split(/[?#]/)[0] ?? '');
  return path.join(site, pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map((file) => file.split(path.sep).join('/')).sort();
}

describe(`a site built with STYRDOK_BASE=${BASE}`, () => {
  it('writes every address into the site (pages, assets, feeds, API, content links) under the base, and each reaches a file', async () => {
    const addresses = await writtenAddresses(FIXTURE_BASE_SITE, ORIGIN);
    // Links written in content, the glossary's, the API's and the feeds' are all among them.
    for (const expected of ['/styrdok/anvisningar/larm/', '/styrdok/ordlista/', '/styrdok/api/program.json', '/styrdok/flode.xml']) {
      expect(addresses.map(({ address }) => address.split('#')[0])).toContain(expected);
    }
    const outside = addresses.filter(({ address }) => !address.startsWith(BASE));
    expect(outside).toEqual([]);
    const broken = addresses.filter(({ address }) => !address.includes('{') && !existsSync(fileOf(FIXTURE_BASE_SITE, address) ?? ''));
    expect(broken).toEqual([]);
  });

  it('publishes the same files as a build at the root, whose addresses stay from the root', async () => {
    expect((await files(FIXTURE_BASE_SITE)).filter((file) => !file.startsWith('pagefind/') && !file.startsWith('_astro/'))).toEqual(
      (await files(FIXTURE_SITE)).filter((file) => !file.startsWith('pagefind/') && !file.startsWith('_astro/')),
    );
    const home = await readFile(path.join(FIXTURE_SITE, 'index.html'), 'utf8');
    expect(home).toContain('href="/program/"');
    expect(home).not.toMatch(/(href|src)="\/styrdok\//);
  });
});

describe(`in Chromium, served under ${BASE} as GitHub Pages serves a project site`, () => {
  const site = useServedSite(FIXTURE_BASE_SITE, BASE);
  const failed: string[] = [];

  beforeAll(() => {
    site.page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()} (from ${site.page.url()})`);
    });
    // A request the next navigation cut short (a favicon, say) is not a broken link.
    site.page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText ?? '';
      if (error !== 'net::ERR_ABORTED') failed.push(`${error} ${request.url()} (from ${site.page.url()})`);
    });
  });

  it('reaches every page by following links from the home page, with no broken link, style sheet, script or image', async () => {
    const start = `${site.url}${BASE}`;
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const url = queue.shift() as string;
      await site.page.goto(url);
      // The site's style sheet loaded (a sheet that failed to load has no rules to read).
      expect(await site.page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0)), url).toBe(true);
      const links = await site.page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      for (const link of links) {
        const target = link.split('#')[0] as string;
        if (!target.startsWith(site.url) || seen.has(target) || /\.(json|xml|csv)$/.test(target)) continue;
        seen.add(target);
        queue.push(target);
      }
    }
    const pages = (await files(FIXTURE_BASE_SITE)).filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind/'));
    expect(seen.size).toBeGreaterThanOrEqual(pages.length * 0.9);
    expect(failed).toEqual([]);
  });

  it('loads the Pagefind bundle from under the base, and the index links its results under the base', async () => {
    await site.page.goto(`${site.url}${BASE}sok/`);
    // Pagefind's own API, as the search page uses it, whatever the page draws with the results.
    // As a string, so that Vite leaves the page's own import() alone.
    const urls = (await site.page.evaluate(`(async () => {
      const pagefind = await import('${BASE}pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search('krisstöd');
      return Promise.all(search.results.map(async (result) => (await result.data()).url));
    })()`)) as string[];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/styrdok\//);
    await site.page.goto(`${site.url}${urls[0]}`);
    expect(await site.page.locator('h1').count()).toBe(1);
    expect(failed).toEqual([]);
  });

  it("links the older versions listed under a result, which come from the build's list, under the base", async () => {
    await site.page.goto(`${site.url}${BASE}sok/?q=larm`);
    await site.page.waitForSelector('#sok-traffar .search-result-also a');
    const also = await site.page
      .locator('#sok-traffar .search-result-also a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(also).toContain(`${BASE}program/delta/2023-remiss/larm/`);
    for (const href of also) expect(href).toMatch(/^\/styrdok\/program\//);
    await site.page.goto(`${site.url}${also[0]}`);
    expect(await site.page.locator('h1').count()).toBe(1);
    expect(failed).toEqual([]);
  });
});
