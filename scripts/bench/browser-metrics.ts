import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

export interface SearchMeasurement {
  query: string;
  /** From calling search to having the first five results' data, in milliseconds. */
  ms: number;
  /** Bytes transferred for this query (index chunks, fragments; on the first query also Pagefind's script and WebAssembly). */
  bytes: number;
  results: number;
}

export interface BrowserMetrics {
  /** JavaScript (and WebAssembly) bytes a reading page loads before anyone searches. */
  readingPageScriptBytes: number;
  readingPageRequests: number;
  searches: SearchMeasurement[];
}

/** Loads a reading page and runs searches through Pagefind's API in Chromium, as the search page does. */
export async function browserMetrics(dist: string, readingPage: string, queries: string[]): Promise<BrowserMetrics> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const transferred = trackBytes(page);

    await page.goto(`${server.url}${readingPage}`, { waitUntil: 'load' });
    const reading = await transferred.take();
    const scripts = reading.filter((response) => /javascript|wasm/.test(response.type) || /\.(m?js|wasm)$/.test(response.url));

    const searches: SearchMeasurement[] = [];
    for (const query of queries) {
      const { ms, results } = await page.evaluate(async (q) => {
        const started = performance.now();
        // A path the browser resolves against the served site; not a module of this project.
        const pagefind = await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`);
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()));
        return { ms: performance.now() - started, results: search.results.length };
      }, query);
      await page.waitForTimeout(50);
      searches.push({ query, ms, results, bytes: (await transferred.take()).reduce((sum, response) => sum + response.bytes, 0) });
    }
    return {
      readingPageScriptBytes: scripts.reduce((sum, response) => sum + response.bytes, 0),
      readingPageRequests: reading.length,
      searches,
    };
  } finally {
    await browser.close();
    await server.close();
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
