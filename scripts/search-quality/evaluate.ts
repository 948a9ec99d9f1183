import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import type { SearchQuery } from './queries.ts';

/** One result as the search page shows it: the page linked, and the other versions listed under it. */
export interface ShownResult {
  url: string;
  also: string[];
  /** The texts of the links in `also`. */
  alsoText: string[];
}

export interface QueryOutcome {
  query: string;
  compound: boolean;
  expected: string[];
  /** The results in the order the search page shows them, every "Visa fler" opened. */
  shown: ShownResult[];
  /** Every page the reader can reach from the results: the results, then the versions under them. */
  results: string[];
  /** Share of the expected pages among all results, those listed under another included. */
  recall: number;
  /** Share of the first five results that are expected pages (of fewer, when fewer came back). */
  precisionAt5: number;
  /** 1 if the first result is an expected page. */
  hitAt1: number;
  /** 1 / the place of the first expected result, 0 if none. */
  reciprocalRank: number;
  /** The place (from 1) of the first expected result, undefined if none. */
  firstExpectedAt: number | undefined;
}

export interface Evaluation {
  outcomes: QueryOutcome[];
  recall: number;
  precisionAt5: number;
  hitAt1: number;
  /** Mean reciprocal rank. */
  mrr: number;
}

/** Runs every query through the site's own search page in Chromium, as a reader would. */
export async function evaluateSearch(site: string, queries: readonly SearchQuery[]): Promise<Evaluation> {
  const server = await serveStatic(site);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sok/`);
    const outcomes: QueryOutcome[] = [];
    for (const { query, expected, compound = false } of queries) {
      outcomes.push(score(query, compound, expected, await searchOnPage(page, query)));
    }
    const mean = (pick: (outcome: QueryOutcome) => number) => outcomes.reduce((sum, outcome) => sum + pick(outcome), 0) / outcomes.length;
    return {
      outcomes,
      recall: mean((o) => o.recall),
      precisionAt5: mean((o) => o.precisionAt5),
      hitAt1: mean((o) => o.hitAt1),
      mrr: mean((o) => o.reciprocalRank),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Types the query into the search page's field, sends it, opens every further page of results and reads them. */
export async function searchOnPage(page: Page, query: string): Promise<ShownResult[]> {
  await page.fill('#sok-fraga', query);
  await page.press('#sok-fraga', 'Enter');
  // The status line names the query once its results are shown.
  await page.waitForFunction(
    (q) => {
      const status = document.getElementById('sok-status')?.textContent ?? '';
      return status.includes(`”${q}”`);
    },
    query,
    // Generous, as every wait in the tests: a limit only catches a search that never ends.
    { polling: 20, timeout: 120_000 },
  );
  for (;;) {
    const more = page.locator('#sok-fler');
    if (!(await more.isVisible())) break;
    const before = Number(await page.locator('#sok-traffar').getAttribute('data-hits'));
    await more.click();
    // Hits loaded may join results already shown, so wait for the number of hits, not of results.
    await page.waitForFunction((count) => Number(document.getElementById('sok-traffar')?.dataset.hits) > count, before, {
      polling: 20,
      timeout: 120_000,
    });
  }
  return page.evaluate(() =>
    [...document.querySelectorAll('#sok-traffar > li')].map((item) => ({
      url: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      also: [...item.querySelectorAll('.search-result-also a')].map((link) => link.getAttribute('href') ?? ''),
      alsoText: [...item.querySelectorAll('.search-result-also a')].map((link) => link.textContent ?? ''),
    })),
  );
}

export function score(query: string, compound: boolean, expected: string[], shown: ShownResult[]): QueryOutcome {
  const results = [...shown.map((result) => result.url), ...shown.flatMap((result) => result.also)];
  const top = shown.slice(0, 5);
  const index = shown.findIndex((result) => expected.includes(result.url));
  const firstExpectedAt = index === -1 ? undefined : index + 1;
  return {
    query,
    compound,
    expected,
    shown,
    results,
    recall: expected.filter((url) => results.includes(url)).length / expected.length,
    precisionAt5: top.length === 0 ? 0 : top.filter((result) => expected.includes(result.url)).length / top.length,
    hitAt1: firstExpectedAt === 1 ? 1 : 0,
    reciprocalRank: firstExpectedAt ? 1 / firstExpectedAt : 0,
    firstExpectedAt,
  };
}
