import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Evaluation, evaluateSearch } from '../../scripts/search-quality/evaluate.ts';
import { QUERIES } from '../../scripts/search-quality/queries.ts';
import { buildSite } from '../support/build-site.ts';
import { CONTENT, CONTENT_SITE, ROOT } from '../support/paths.ts';

// The shipped content/, as the global setup built it, with the query set of scripts/search-quality
// (see docs/search.md), and the same content indexed without compound splitting to compare with.
let evaluation: Evaluation;
let withoutSplitting: Evaluation;

beforeAll(async () => {
  const unsplit = path.join(ROOT, 'tests/.output/content-site-unsplit');
  const { code, output } = await buildSite(CONTENT, unsplit, { STYRDOK_DECOMPOUND: '0' });
  if (code !== 0) throw new Error(output);
  evaluation = await evaluateSearch(CONTENT_SITE, QUERIES);
  withoutSplitting = await evaluateSearch(unsplit, QUERIES);
});

describe('search quality on the shipped content', () => {
  it('has a query set of at least 30 Swedish queries', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  });

  it('puts an expected page first for at least nine queries in ten, and in the first five for every query', () => {
    expect(evaluation.hitAt1).toBeGreaterThanOrEqual(0.9);
    const late = evaluation.outcomes
      .filter((outcome) => (outcome.firstExpectedAt ?? Number.POSITIVE_INFINITY) > 5)
      .map((outcome) => `${outcome.query}: ${outcome.firstExpectedAt ?? 'saknas'}`);
    expect(late).toEqual([]);
  });

  it('shows the section in force with its older versions under it, not three results', () => {
    const outcome = evaluation.outcomes.find((o) => o.query === 'krisstöd');
    const first = outcome?.shown.find((result) => result.url.startsWith('/program/sakerhetsprogrammet/'));
    expect(first?.url).toBe('/program/sakerhetsprogrammet/2024/krisstod/');
    expect(first?.also).toEqual(['/program/sakerhetsprogrammet/2020-2023/krisstod/', '/program/sakerhetsprogrammet/2024-remiss/krisstod/']);
  });

  it('lists two older sections merged into the one in force by label and title, so no two links say the same', () => {
    const outcome = evaluation.outcomes.find((o) => o.query === 'beredskap');
    const merged = outcome?.shown.find((result) => result.url === '/program/sakerhetsprogrammet/2024/beredskap/');
    expect(merged?.also).toEqual(
      expect.arrayContaining([
        '/program/sakerhetsprogrammet/2020-2023/krisberedskap/',
        '/program/sakerhetsprogrammet/2020-2023/civilt-forsvar/',
      ]),
    );
    expect(merged?.alsoText).toEqual(expect.arrayContaining([expect.stringMatching(/^2020–2023: .*Krisberedskap$/), 'remissversion 2024']));
    for (const result of outcome?.shown ?? []) expect(new Set(result.alsoText).size).toBe(result.alsoText.length);
  });

  it('finds the compound by its part: "program" → säkerhetsprogrammet, "beredskap" → krisberedskap', () => {
    const resultsFor = (query: string) => evaluation.outcomes.find((outcome) => outcome.query === query)?.results ?? [];
    expect(resultsFor('program')).toContain('/remisser/sakerhetsprogrammet-2024/');
    expect(resultsFor('beredskap')).toContain('/program/sakerhetsprogrammet/2024/beredskap/');
    expect(resultsFor('organisation')).toContain('/program/sakerhetsprogrammet/2024/sektorsorganisation/');
  });

  it('finds every expected page of every query', () => {
    const missing = evaluation.outcomes.flatMap((outcome) =>
      outcome.expected.filter((url) => !outcome.results.includes(url)).map((url) => `${outcome.query}: ${url}`),
    );
    expect(missing).toEqual([]);
    expect(evaluation.recall).toBe(1);
  });

  it('finds more with compound splitting than without, and ranks no worse', () => {
    expect(evaluation.recall).toBeGreaterThan(withoutSplitting.recall);
    expect(evaluation.precisionAt5).toBeGreaterThanOrEqual(withoutSplitting.precisionAt5);
    expect(evaluation.mrr).toBeGreaterThanOrEqual(withoutSplitting.mrr);
  });
});
