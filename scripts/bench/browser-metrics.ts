import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

export interface SearchMeasurement {
  query: string;
  /** From sending the query on the search page to its results shown and announced, in milliseconds. */
  ms: number;
  /** Bytes transferred for this query (index chunks, fragments; on the first query also Pagefind's script and WebAssembly). */
  bytes: number;
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
  arrival: ArrivalMeasurement;
  /** Each query in turn, the first loading Pagefind; then the first query again, warm. */
  searches: SearchMeasurement[];
}

/**
 * Loads a reading page, then the search page, and runs each query through the search page as a
 * reader would (the ranking and grouping of src/lib/search/rank-results.ts included), in Chromium.
 */
export async function browserMetrics(dist: string, readingPage: string, queries: string[]): Promise<BrowserMetrics> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const transferred = trackBytes(page);

    await page.goto(`${server.url}${readingPage}`, { waitUntil: 'load' });
    const reading = await transferred.take();
    const scripts = reading.filter((response) => /javascript|wasm/.test(response.type) || /\.(m?js|wasm)$/.test(response.url));

    // A reader who types: the search page has loaded Pagefind by the time the query is sent.
    await page.goto(`${server.url}/sok/`, { waitUntil: 'networkidle' });
    const searchPage = await transferred.take();
    const isPagefind = (url: string) => new URL(url).pathname.startsWith('/pagefind/');

    const searches: SearchMeasurement[] = [];
    for (const query of [...queries, ...queries.slice(0, 1)]) {
      const ms = await page.evaluate(async (q) => {
        const field = document.getElementById('sok-fraga') as HTMLInputElement;
        const form = document.getElementById('sok-formular') as HTMLFormElement;
        const status = document.getElementById('sok-status') as HTMLElement;
        status.textContent = '';
        const shown = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (status.textContent?.includes(`”${q}”`)) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        const started = performance.now();
        field.value = q;
        form.requestSubmit();
        await shown;
        return performance.now() - started;
      }, query);
      // What was loaded by the time the results were shown; the filters' counts may come after.
      const bytes = (await transferred.take()).reduce((sum, response) => sum + response.bytes, 0);
      // A query with no results shows no filters: wait a while, not for ever.
      await page.waitForSelector('#sok-filter fieldset', { state: 'attached', timeout: 10_000 }).catch(() => undefined);
      await page.waitForTimeout(50);
      const after = (await transferred.take()).reduce((sum, response) => sum + response.bytes, 0);
      const results = Number((await page.locator('#sok-status').textContent())?.match(/^\d+/)?.[0] ?? 0);
      searches.push({ query, ms, results, bytes, filterBytes: after });
    }
    return {
      readingPageScriptBytes: scripts.reduce((sum, response) => sum + response.bytes, 0),
      readingPageRequests: reading.length,
      searchPageBytes: searchPage.filter((response) => !isPagefind(response.url)).reduce((sum, response) => sum + response.bytes, 0),
      pagefindPreloadBytes: searchPage.filter((response) => isPagefind(response.url)).reduce((sum, response) => sum + response.bytes, 0),
      arrival: await arrivalMetrics(browser, server.url, readingPage, queries[0] ?? 'beredskap'),
      searches,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A reader who searches from the header of a reading page, in a fresh browser context (nothing of
 * Pagefind cached): /sok/?q=… timed from the start of its navigation.
 */
async function arrivalMetrics(browser: Browser, url: string, readingPage: string, query: string): Promise<ArrivalMeasurement> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}${readingPage}`, { waitUntil: 'load' });
    const transferred = trackBytes(page);
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
    const bytes = (await transferred.take()).reduce((sum, response) => sum + response.bytes, 0);
    return { query, ms, bytes };
  } finally {
    await page.close();
  }
}

/** Collects every finished response's size (headers and body) until taken. */
function trackBytes(page: Page) {
  let seen: Promise<{ url: string; type: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    seen.push(
      request.sizes().then(async (sizes) => ({
        url: request.url(),
        type: (await request.response())?.headers()['content-type'] ?? '',
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
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
