import { describe, expect, it } from 'vitest';
import type { VersionList } from '#lib/search/search-entry.ts';
import { listedHit, olderOnly, readVersionList } from '#lib/search/version-index.ts';

const list: VersionList = {
  older: ['sv_lone'],
  groups: [
    ['sv_a', { id: 'sv_b', url: '/p/2020/larm/', meta: { older: '1', versionLabel: '2020–2023' } }],
    ['sv_x', { id: 'sv_c', url: '/p/2020/brand/', meta: { older: '1', versionLabel: '2020–2023' } }],
  ],
};

describe('readVersionList', () => {
  const index = readVersionList(list);

  it('knows which pages are older, in groups or alone, and which share a group', () => {
    expect([...index.older].sort()).toEqual(['sv_b', 'sv_c', 'sv_lone']);
    expect(index.groupOf.get('sv_a')).toBe(index.groupOf.get('sv_b'));
    expect(index.groupOf.get('sv_x')).toBe(index.groupOf.get('sv_c'));
    expect(index.groupOf.get('sv_a')).not.toBe(index.groupOf.get('sv_x'));
    expect(index.groupOf.has('sv_lone')).toBe(false);
  });

  it('keeps the older versions of groups as a result lists them, and only those', () => {
    expect([...index.listed.keys()]).toEqual(['sv_b', 'sv_c']);
  });
});

describe('olderOnly', () => {
  it('knows the older pages and no group', () => {
    const index = olderOnly(new Set(['sv_b']));
    expect(index.older.has('sv_b')).toBe(true);
    expect(index.groupOf.size).toBe(0);
    expect(index.listed.size).toBe(0);
  });
});

describe('listedHit', () => {
  const version = { id: 'sv_b', url: '/p/2020/larm/', meta: { versionLabel: '2020–2023', keys: '3' } };

  it("puts the site's base path before the address, as Pagefind does for a loaded hit", () => {
    expect(listedHit(version, 'p/larm', '/styrdok/').url).toBe('/styrdok/p/2020/larm/');
    expect(listedHit(version, 'p/larm', '/').url).toBe('/p/2020/larm/');
  });

  it('is an older version of the group of the result it is listed under, with its listed metadata', () => {
    expect(listedHit(version, 'p/larm', '/')).toEqual({
      id: 'sv_b',
      url: '/p/2020/larm/',
      meta: { versionLabel: '2020–2023', keys: '3', older: '1', group: 'p/larm' },
    });
  });
});
