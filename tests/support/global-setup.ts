import { buildSite } from './build-site.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE } from './paths.ts';

/** Builds the fixture corpus once for every build and browser test. */
export default async function setup() {
  const { code, output } = await buildSite(FIXTURE_CONTENT, FIXTURE_SITE);
  if (code !== 0) throw new Error(`The fixture site did not build:\n${output}`);
}
