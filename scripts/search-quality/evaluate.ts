import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import type { SearchQuery } from './queries.ts';

export interface QueryOutcome {
  query: string;
  compound: boolean;
  expected: string[];
  /** Result addresses in Pagefind's order. */
  results: string[];
  /** Share of the expected pages among all results. */
  recall: number;
  /** Share of the first five results that are expected pages (of fewer, when fewer came back). */
  precisionAt5: number;
}

export interface Evaluation {
  outcomes: QueryOutcome[];
  recall: number;
  precisionAt5: number;
}

/**
 * Source run in the page: Pagefind's own search, every result's address in order. A string, so
 * that no bundler (vitest runs this file too) rewrites its `import()`.
 */
const searchInPage = (query: string) => `(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(${JSON.stringify(query)});
  return Promise.all(search.results.map(async (result) => (await result.data()).url));
})()`;

/** Runs every query through Pagefind's own search in Chromium against a built site. */
export async function evaluateSearch(site: string, queries: readonly SearchQuery[]): Promise<Evaluation> {
  const server = await serveStatic(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const outcomes: QueryOutcome[] = [];
    for (const { query, expected, compound = false } of queries) {
      const results = (await page.evaluate(searchInPage(query))) as string[];
      const top = results.slice(0, 5);
      outcomes.push({
        query,
        compound,
        expected,
        results,
        recall: expected.filter((url) => results.includes(url)).length / expected.length,
        precisionAt5: top.length === 0 ? 0 : top.filter((url) => expected.includes(url)).length / top.length,
      });
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    return { outcomes, recall: mean(outcomes.map((o) => o.recall)), precisionAt5: mean(outcomes.map((o) => o.precisionAt5)) };
  } finally {
    await browser.close();
    await server.close();
  }
}
