import { statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/**
 * Milliseconds between keys: a quick typist, and under the pause (250 ms) after which the search page
 * searches by itself, so each query is searched once, at Enter.
 */
export const TYPING_MS = 150;

export interface SearchMeasurement {
  query: string;
  /** From Enter, after the query was typed on the search page, to its results shown and announced, in milliseconds. */
  ms: number;
  /** Bytes transferred for this query, from its first key (index chunks, fragments). */
  bytes: number;
  /** The same uncompressed, as a host that does not compress text would send them. */
  plainBytes: number;
  /** Pages Pagefind found. */
  results: number;
  /** Bytes loaded after the results were shown: the filters' counts (on the first query, the filter index). */
  filterBytes: number;
}

/** A reader who arrives at the search page with the query in its address, from the header's search form. */
export interface ArrivalMeasurement {
  query: string;
  /** From the navigation's start to the results shown and announced, in milliseconds. */
  ms: number;
  /** Everything loaded by then: the page, its script (the CSS is cached), Pagefind, the index chunks, fragments. */
  bytes: number;
}

export interface BrowserMetrics {
  /** JavaScript (and WebAssembly) bytes a reading page loads before anyone searches. */
  readingPageScriptBytes: number;
  readingPageRequests: number;
  /** Bytes of the search page itself (HTML, CSS, its script), before any search. */
  searchPageBytes: number;
  /** Pagefind's script, WebAssembly and index metadata, which the search page loads before the first query. */
  pagefindPreloadBytes: number;
  pagefindPreloadPlainBytes: number;
  arrival: ArrivalMeasurement;
  /** Each query in turn, the first loading Pagefind; then the first query again, warm. */
  searches: SearchMeasurement[];
}

/**
 * Loads a reading page, then the search page, and runs each query through the search page as a
 * reader would (the ranking and grouping of src/lib/search/rank-results.ts included), in Chromium.
 */
export async function browserMetrics(dist: string, readingPage: string, queries: string[]): Promise<BrowserMetrics> {
  // Text compressed as GitHub Pages sends it; the uncompressed figures are kept beside.
  const server = await serveStatic(dist, '/', { gzip: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const transferred = trackBytes(page, dist);

    await page.goto(`${server.url}${readingPage}`, { waitUntil: 'load' });
    const reading = await transferred.take();
    const scripts = reading.filter((response) => /javascript|wasm/.test(response.type) || /\.(m?js|wasm)$/.test(response.url));

    // A reader who types: the search page has loaded Pagefind by the time the query is sent.
    await page.goto(`${server.url}/sok/`, { waitUntil: 'networkidle' });
    const searchPage = await transferred.take();
    const isPagefind = (url: string) => new URL(url).pathname.startsWith('/pagefind/');

    const searches: SearchMeasurement[] = [];
    for (const query of [...queries, ...queries.slice(0, 1)]) {
      const ms = await typeAndSearch(page, query);
      // What was loaded by the time the results were shown; the filters' counts may come after.
      const loaded = await transferred.take();
      // A query with no results shows no filters: wait a while, not for ever.
      await page.waitForSelector('#sok-filter fieldset', { state: 'attached', timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(50);
      const after = sum(await transferred.take());
      const results = Number((await page.locator('#sok-status').textContent())?.match(/^\d+/)?.[0] ?? 0);
      searches.push({ query, ms, results, bytes: sum(loaded), plainBytes: sum(loaded, 'plain'), filterBytes: after });
    }
    return {
      readingPageScriptBytes: sum(scripts),
      readingPageRequests: reading.length,
      searchPageBytes: sum(searchPage.filter((response) => !isPagefind(response.url))),
      pagefindPreloadBytes: sum(searchPage.filter((response) => isPagefind(response.url))),
      pagefindPreloadPlainBytes: sum(
        searchPage.filter((response) => isPagefind(response.url)),
        'plain',
      ),
      arrival: await arrivalMetrics(browser, server.url, dist, readingPage, queries[0] ?? 'beredskap'),
      searches,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The reader empties the field, types the query and presses Enter: the search page prepares the
 * words as they are typed (or loads their index chunks), as it does for anyone. Milliseconds from
 * Enter to the results shown and announced. The keys are input events sent in the page at an even pace
 * (Playwright's own typing paused for 300 ms or more after a first key here, and the page then
 * searched by itself). A search the page showed before Enter anyway, on a loaded machine, would make
 * Enter's search a repeat: the query is typed again.
 */
async function typeAndSearch(page: Page, query: string): Promise<number> {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await page.fill('#sok-fraga', '');
    await page.waitForFunction(() => document.getElementById('sok-status')?.textContent === '');
    const { ms, early } = await page.evaluate(
      async ({ q, pause }) => {
        const field = document.getElementById('sok-fraga') as HTMLInputElement;
        const form = document.getElementById('sok-formular') as HTMLFormElement;
        const status = document.getElementById('sok-status') as HTMLElement;
        let entered = false;
        let early = false;
        const shown = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!entered) early ||= Boolean(status.textContent);
            else if (status.textContent?.includes(`”${q}”`)) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        for (let length = 1; length <= q.length; length += 1) {
          field.value = q.slice(0, length);
          field.dispatchEvent(new Event('input', { bubbles: true }));
          if (length < q.length) await new Promise((resolve) => setTimeout(resolve, pause));
        }
        entered = true;
        const started = performance.now();
        form.requestSubmit();
        await shown;
        return { ms: performance.now() - started, early };
      },
      { q: query, pause: TYPING_MS },
    );
    if (!early) return ms;
  }
  throw new Error(`Sökningen efter "${query}" startade före Enter tre gånger: maskinen är för belastad för mätningen.`);
}

/**
 * A reader who searches from the header of a reading page, in a fresh browser context (nothing of
 * Pagefind cached): /sok/?q=… timed from the start of its navigation.
 */
async function arrivalMetrics(
  browser: Browser,
  url: string,
  dist: string,
  readingPage: string,
  query: string,
): Promise<ArrivalMeasurement> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}${readingPage}`, { waitUntil: 'load' });
    const transferred = trackBytes(page, dist);
    await page.goto(`${url}/sok/?q=${encodeURIComponent(query)}`, { waitUntil: 'domcontentloaded' });
    const ms = await page.evaluate(
      (q) =>
        new Promise<number>((resolve) => {
          const status = document.getElementById('sok-status') as HTMLElement;
          const done = () => status.textContent?.includes(`”${q}”`) && !status.textContent.startsWith('Söker');
          if (done()) return resolve(performance.now());
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        }),
      query,
    );
    return { query, ms, bytes: sum(await transferred.take()) };
  } finally {
    await page.close();
  }
}

interface Loaded {
  url: string;
  type: string;
  /** Headers and body as sent. */
  bytes: number;
  /** Headers and the body uncompressed. */
  plain: number;
}

function sum(responses: Loaded[], key: 'bytes' | 'plain' = 'bytes'): number {
  return responses.reduce((total, response) => total + response[key], 0);
}

/**
 * Collects every finished response's size (headers and body) until taken. The uncompressed size is
 * the file's in `dist`: asking the browser for each body would add work to what is timed.
 */
function trackBytes(page: Page, dist: string) {
  let seen: Promise<Loaded>[] = [];
  page.on('requestfinished', (request) => {
    seen.push(
      request.sizes().then(async (sizes) => ({
        url: request.url(),
        type: (await request.response())?.headers()['content-type'] ?? '',
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        plain: (fileSize(dist, request.url()) ?? sizes.responseBodySize) + sizes.responseHeadersSize,
      })),
    );
  });
  return {
    take() {
      const taken = seen;
      seen = [];
      return Promise.all(taken);
    },
  };
}

function fileSize(dist: string, url: string): number | undefined {
  const file = path.join(dist, decodeURIComponent(new URL(url).pathname));
  try {
    const stats = statSync(file);
    return stats.isDirectory() ? statSync(path.join(file, 'index.html')).size : stats.size;
  } catch {
    return undefined;
  }
}
