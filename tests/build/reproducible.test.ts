import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE } from '../support/paths.ts';
import { siteHashes } from '../support/site-hashes.ts';

describe('two builds of the same content', async () => {
  const outer = await mkdtemp(path.join(tmpdir(), 'styrdok-again-'));
  afterAll(() => rm(outer, { recursive: true, force: true }));

  it('produce identical files, the search index included', async () => {
    const again = path.join(outer, 'dist');
    const { code, output } = await buildSite(FIXTURE_CONTENT, again);
    expect(code, output).toBe(0);

    const first = await siteHashes(FIXTURE_SITE);
    expect(Object.keys(first).some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(await siteHashes(again)).toEqual(first);
  });
});
