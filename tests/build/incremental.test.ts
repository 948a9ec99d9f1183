import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';
import { siteHashes } from '../support/site-hashes.ts';

// A rebuild copies unchanged pages from the last build (src/lib/site/page-cache-keys.ts). If a key
// missed something a page shows, that page would stay stale: so after each kind of edit the
// rebuilt site must be byte for byte the site a cold build of the edited content gives.
describe('a rebuild after an edit', async () => {
  const content = await fixtureCopy();
  const outer = await mkdtemp(path.join(tmpdir(), 'styrdok-rebuild-'));
  const cache = path.join(outer, 'cache');
  const site = path.join(outer, 'dist');
  afterAll(async () => {
    await content.remove();
    await rm(outer, { recursive: true, force: true });
  });

  /** Rebuilds with the kept cache (loudly, to count the pages it copied) and cold, and compares. */
  async function rebuildMatchesCold(name: string) {
    const rebuilt = await buildSite(content.dir, site, { STYRDOK_CACHE_DIR: cache, STYRDOK_QUIET: '' });
    expect(rebuilt.code, rebuilt.output).toBe(0);
    const cold = path.join(outer, `cold-${name}`);
    const fresh = await buildSite(content.dir, cold, { STYRDOK_CACHE_DIR: path.join(outer, `cache-${name}`) });
    expect(fresh.code, fresh.output).toBe(0);
    expect(await siteHashes(site)).toEqual(await siteHashes(cold));
    return rebuilt.output;
  }
  const copiedCount = (output: string) => (output.match(/\((?:restored|cached)\)/g) ?? []).length;
  // Astro colours its log when it may (in CI, say): the codes stand between a path and its note.
  const copied = (output: string, page: string) =>
    new RegExp(`${page}\\S* \\((?:restored|cached)\\)`).test(stripVTControlCharacters(output));

  it('first builds the content cold', async () => {
    // As loud as the rebuilds: the log level is part of the configuration the cache is keyed by.
    const { code, output } = await buildSite(content.dir, site, { STYRDOK_CACHE_DIR: cache, STYRDOK_QUIET: '' });
    expect(code, output).toBe(0);
  });

  it('shows a changed comment everywhere, copying the pages of other programs', async () => {
    await content.edit('remissvar/alfa-2024/norr.md', (text) =>
      text.replace('medför ökade kostnader för stadsdelsnämnderna', 'medför kraftigt ökade kostnader för stadsdelsnämnderna'),
    );
    const output = await rebuildMatchesCold('remissvar');
    expect(copiedCount(output)).toBeGreaterThan(10);
    // Only the answering organisation's page and JSON, and no year of the registry, are rendered again.
    expect(copied(output, '/organisationer/soder/'), output).toBe(true);
    expect(copied(output, '/api/organisationer/soder.json'), output).toBe(true);
    expect(copied(output, '/organisationer/norr/'), output).toBe(false);
    expect(copied(output, '/diarienummer/2023/'), output).toBe(true);
  });

  it('shows a changed anvisning everywhere, copying the pages of the consultation', async () => {
    await content.edit('anvisningar/larm/2025.md', (text) => text.replace('Efter larmet', 'När larmet har gått'));
    expect(copiedCount(await rebuildMatchesCold('anvisning'))).toBeGreaterThan(10);
  });

  it('shows a changed program text everywhere, also where lineage follows a section into another program', async () => {
    await content.edit('program/alfa/2020.md', (text) => text.replace('Påverkan ska förebyggas.', 'Otillåten påverkan ska förebyggas.'));
    expect(copiedCount(await rebuildMatchesCold('program'))).toBeGreaterThan(0);
  });

  it('moves a changed registry number to its year, and shows a new title on its organisation page', async () => {
    await content.edit('remissvar/alfa-2024/norr.md', (text) =>
      text.replace('dnr: NORRBY 2023/665', 'dnr: NORRBY 2024/12').replace('titel: Svar på remiss', 'titel: Norrbys svar på remiss'),
    );
    const output = await rebuildMatchesCold('diarienummer');
    expect(copied(output, '/diarienummer/2023/'), output).toBe(false);
    expect(copied(output, '/organisationer/norr/'), output).toBe(false);
  });
});
