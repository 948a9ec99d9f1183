import { buildSite } from './build-site.ts';
import { CONTENT, CONTENT_SITE, FIXTURE_CONTENT, FIXTURE_SITE } from './paths.ts';

/** Builds the fixture corpus and the shipped content once for every build and browser test. */
export default async function setup() {
  for (const [content, site] of [
    [FIXTURE_CONTENT, FIXTURE_SITE],
    [CONTENT, CONTENT_SITE],
  ] as const) {
    const { code, output } = await buildSite(content, site);
    if (code !== 0) throw new Error(`The site from ${content} did not build:\n${output}`);
  }
}
