import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { OLDER_LIST_FILE } from '#lib/search/search-entry.ts';
import { writeOlderVersionList } from '../../scripts/publish/older-versions.ts';

const fragment = (meta: Record<string, string>) =>
  gzipSync(`pagefind_dcd${JSON.stringify({ url: '/x/', content: 'text "meta": {}', meta, anchors: [] })}`);

describe('writeOlderVersionList', () => {
  let bundle: string;
  afterEach(async () => rm(bundle, { recursive: true, force: true }));

  const bundleWith = async (files: Record<string, Buffer>) => {
    bundle = await mkdtemp(path.join(os.tmpdir(), 'styrdok-pagefind-'));
    await mkdir(path.join(bundle, 'fragment'));
    for (const [name, body] of Object.entries(files)) await writeFile(path.join(bundle, 'fragment', name), body);
  };

  it("names by Pagefind's ID the fragments of older versions, in file order", async () => {
    await bundleWith({
      'sv_c3.pf_fragment': fragment({ title: 'Äldre', older: '1' }),
      'sv_a1.pf_fragment': fragment({ title: 'Gällande' }),
      'sv_b2.pf_fragment': fragment({ title: 'Remissversion', older: '1' }),
    });
    expect(await writeOlderVersionList(bundle)).toBe(2);
    expect(JSON.parse(await readFile(path.join(bundle, OLDER_LIST_FILE), 'utf8'))).toEqual({ older: ['sv_b2', 'sv_c3'] });
  });

  it('fails naming a fragment it cannot read, and what to do', async () => {
    await bundleWith({ 'sv_a1.pf_fragment': fragment({}), 'sv_bad.pf_fragment': Buffer.from('inte gzip') });
    await expect(writeOlderVersionList(bundle)).rejects.toThrow(/fragment .*sv_bad\.pf_fragment gick inte att läsa .*Bygg igen/);
  });
});
