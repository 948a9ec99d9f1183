import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { VERSION_LIST_FILE, type VersionList } from '#lib/search/search-entry.ts';
import { writeVersionList } from '../../scripts/publish/version-list.ts';

const fragment = (url: string, meta: Record<string, string>) =>
  gzipSync(`pagefind_dcd${JSON.stringify({ url, content: 'text "meta": {}', meta, anchors: [] })}`);

describe('writeVersionList', () => {
  let bundle: string;
  afterEach(async () => rm(bundle, { recursive: true, force: true }));

  const bundleWith = async (files: Record<string, Buffer>) => {
    bundle = await mkdtemp(path.join(os.tmpdir(), 'styrdok-pagefind-'));
    await mkdir(path.join(bundle, 'fragment'));
    for (const [name, body] of Object.entries(files)) await writeFile(path.join(bundle, 'fragment', name), body);
  };

  it("names the older versions by Pagefind's ID, and each group's versions, the older ones as a result lists them", async () => {
    await bundleWith({
      'sv_c3.pf_fragment': fragment('/p/2020/larm/', {
        title: '3 Larm',
        group: 'p/larm',
        older: '1',
        versionLabel: '2020–2023',
        keys: '3',
        names: 'larm|3 larm',
        kind: 'Programavsnitt',
        status: 'Ersatt',
      }),
      'sv_a1.pf_fragment': fragment('/p/2024/larm/', { title: '3 Larm', group: 'p/larm', keys: '3', status: 'Gällande' }),
      'sv_b2.pf_fragment': fragment('/p/2024-remiss/', { title: 'Programmet', older: '1', versionLabel: 'remissversion 2024' }),
      'sv_d4.pf_fragment': fragment('/p/2024/ensam/', { title: '4 Ensam', group: 'p/ensam' }),
    });
    expect(await writeVersionList(bundle)).toBe(2);
    expect(JSON.parse(await readFile(path.join(bundle, VERSION_LIST_FILE), 'utf8'))).toEqual({
      // An older version in a group is named there only.
      older: ['sv_b2'],
      // A group of one page is left out: there is nothing to list under it. The title is left out
      // where the label names the version; what only a result itself shows (kind, status) is not
      // listed, nor what the list says by itself (the group, that it is older).
      groups: [
        [
          'sv_a1',
          {
            id: 'sv_c3',
            url: '/p/2020/larm/',
            meta: { versionLabel: '2020–2023', keys: '3', names: 'larm|3 larm' },
          },
        ],
      ],
    });
  });

  it('keeps the titles of older versions of a group that share a label, which tell them apart', async () => {
    const older = (title: string) => ({ title, group: 'p/beredskap', older: '1', versionLabel: '2020–2023' });
    await bundleWith({
      'sv_a1.pf_fragment': fragment('/p/2024/beredskap/', { title: '7.1 Beredskap', group: 'p/beredskap' }),
      'sv_b2.pf_fragment': fragment('/p/2020/civilt/', older('5.1 Civilt försvar')),
      'sv_c3.pf_fragment': fragment('/p/2020/kris/', older('5.2 Krisberedskap')),
      'sv_d4.pf_fragment': fragment('/p/2024-remiss/beredskap/', { ...older('7.1 Beredskap'), versionLabel: 'remissversion 2024' }),
    });
    await writeVersionList(bundle);
    const [group] = (JSON.parse(await readFile(path.join(bundle, VERSION_LIST_FILE), 'utf8')) as VersionList).groups;
    const titles = group?.map((member) => (typeof member === 'string' ? member : member.meta.title));
    expect(titles).toEqual(['sv_a1', '5.1 Civilt försvar', '5.2 Krisberedskap', undefined]);
  });

  it('fails naming a fragment it cannot read, and what to do', async () => {
    await bundleWith({ 'sv_a1.pf_fragment': fragment('/x/', {}), 'sv_bad.pf_fragment': Buffer.from('inte gzip') });
    await expect(writeVersionList(bundle)).rejects.toThrow(/fragment .*sv_bad\.pf_fragment gick inte att läsa .*Bygg igen/);
  });
});
