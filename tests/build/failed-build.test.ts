import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

describe('a build with bad content', async () => {
  const copy = await fixtureCopy();
  const outer = await mkdtemp(path.join(tmpdir(), 'styrdok-dist-'));
  const dist = path.join(outer, 'dist');
  afterAll(async () => {
    await copy.remove();
    await rm(outer, { recursive: true, force: true });
  });

  it('fails with the file and the bad ID, and leaves the last good site as it was', async () => {
    await cp(FIXTURE_SITE, dist, { recursive: true });
    const before = await readFile(path.join(dist, 'index.html'), 'utf8');
    await copy.edit('remissvar/alfa-2024/norr.md', (text) => text.replace('avsnitt="personsakerhet"', 'avsnitt="personsakerhe"'));

    const { code, output } = await buildSite(copy.dir, dist);

    expect(code).toBe(1);
    expect(output).toContain('remissvar/alfa-2024/norr.md:11:1 fel [kommentar.k1.avsnitt] (corpus/unknown-kommentar-section):');
    expect(output).toContain('"personsakerhe"');
    expect(output).toContain('Menade du "personsakerhet"?');
    expect(output).toContain('den förra versionen i dist/ är orörd');
    expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe(before);
    // No half-written site beside it; the build cache may stay.
    expect((await readdir(outer)).filter((name) => !name.endsWith('.cache'))).toEqual(['dist']);
  });
});
