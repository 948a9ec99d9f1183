import { describe, expect, it } from 'vitest';
import { nuCheck } from '../support/nu-checker.ts';
import { CONTENT_SITE, FIXTURE_SITE } from '../support/paths.ts';
import { sitePages } from '../support/site-pages.ts';

// The Nu Html Checker over every built page, in one JVM run per site, with the machine's Java
// (Debian's default-jre-headless; the pull-request workflow installs it).
describe('HTML validity (Nu Html Checker)', () => {
  for (const [name, site] of [
    ['fixture site', FIXTURE_SITE],
    ['content site', CONTENT_SITE],
  ] as const) {
    it(`checks every page of the ${name} and finds no errors`, async () => {
      const { checked, errors } = await nuCheck(site);
      expect(checked.length).toBeGreaterThanOrEqual((await sitePages(site)).length);
      expect(errors.map((m) => `${m.url.replace(`file:${site}`, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
    });
  }

  it('fails, rather than passing on an empty answer, when the checker cannot run', async () => {
    await expect(nuCheck(FIXTURE_SITE, { java: '/nonexistent/java' })).rejects.toThrow('could not run');
    await expect(nuCheck(FIXTURE_SITE, { jar: '/nonexistent/vnu.jar' })).rejects.toThrow('gave no report');
  });
});
