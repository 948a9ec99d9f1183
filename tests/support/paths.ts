import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The one fixture corpus that unit, build and browser tests share. */
export const FIXTURE_CONTENT = path.join(ROOT, 'tests/fixtures/corpus');
/** Where the global setup builds the fixture corpus. */
export const FIXTURE_SITE = path.join(ROOT, 'tests/.output/fixture-site');
/** The shipped content/, built too so the sweeps cover every real page. */
export const CONTENT = path.join(ROOT, 'content');
export const CONTENT_SITE = path.join(ROOT, 'tests/.output/content-site');
/** The fixture corpus built for a GitHub project site, under `/styrdok/` (by tests/browser/base-path.test.ts). */
export const FIXTURE_BASE_SITE = path.join(ROOT, 'tests/.output/fixture-site-base');
