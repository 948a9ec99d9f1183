import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from './build-site.ts';
import { CONTENT, CONTENT_SITE, FIXTURE_CONTENT, FIXTURE_SITE } from './paths.ts';

/**
 * Builds the fixture corpus and the shipped content once for every build and browser test. Parsed
 * Markdown is cached in a folder of the test run's own (test workers and the builds they start
 * inherit it), so tests neither use nor overwrite the cache of whoever runs them.
 */
export default async function setup() {
  const parseCache = await mkdtemp(path.join(tmpdir(), 'styrdok-parse-cache-'));
  process.env.STYRDOK_PARSE_CACHE = parseCache;
  // The builds run here, outside the workers vitest.config.ts gives their day: the same day.
  process.env.STYRDOK_BUILD_DATE ??= '2026-06-15';
  for (const [content, site] of [
    [FIXTURE_CONTENT, FIXTURE_SITE],
    [CONTENT, CONTENT_SITE],
  ] as const) {
    const { code, output } = await buildSite(content, site);
    if (code !== 0) throw new Error(`The site from ${content} did not build:\n${output}`);
  }
  return async () => {
    await rm(parseCache, { recursive: true, force: true });
  };
}
