import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION_LIST_FILE, type VersionList } from '#lib/search/search-entry.ts';
import { readVersionList } from '#lib/search/version-index.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

interface Fragment {
  /** Pagefind's ID for the page: its fragment's file name. */
  id: string;
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Every page's record in the built Pagefind index: what search finds and excerpts. */
async function fragments(site: string): Promise<Map<string, Fragment>> {
  const folder = path.join(site, 'pagefind/fragment');
  const byUrl = new Map<string, Fragment>();
  for (const file of await readdir(folder)) {
    const text = gunzipSync(await readFile(path.join(folder, file))).toString('utf8');
    const fragment = { ...JSON.parse(text.slice(text.indexOf('{'))), id: file.replace(/\.pf_fragment$/, '') } as Fragment;
    byUrl.set(fragment.url, fragment);
  }
  return byUrl;
}

describe('what the search index holds of a page', () => {
  let index: Map<string, Fragment>;
  beforeAll(async () => {
    index = await fragments(FIXTURE_SITE);
  });

  it("leaves an anvisning's fact list out, so its excerpt starts in the text, and keeps the facts searchable at the end", () => {
    const anvisning = index.get('/anvisningar/larm/')?.content ?? '';
    expect(anvisning).toContain('Ring krisstödet');
    expect(anvisning).not.toMatch(/Status Gällande/);
    expect(anvisning.trim()).toMatch(/Beslutad av Stadsdirektören\. .*Datum 10 maj 2022\.$/);
  });

  it("leaves the handling of comments and the lineage out of a version's page: their own pages hold them", () => {
    const version = index.get('/program/alfa/2025-forslag/')?.content ?? '';
    expect(version).toMatch(/reviderat förslag/);
    // Before, the version's record held every comment's handling and the lineage table.
    expect(version).not.toMatch(/Hantering inte redovisad|Tabellen visar hur/);
    expect(version).not.toMatch(/Ny rubrik/);
    expect(index.get('/remisser/alfa-2024/norr/')?.content).toMatch(/ökade kostnader för stadsdelsnämnderna/);
  });
});

describe('the list of older versions beside the index', () => {
  it("names by Pagefind's ID exactly the pages that are older versions", async () => {
    const index = await fragments(FIXTURE_SITE);
    const list = readVersionList(JSON.parse(await readFile(path.join(FIXTURE_SITE, 'pagefind', VERSION_LIST_FILE), 'utf8')) as VersionList);
    const older = [...index.values()].filter((fragment) => fragment.meta.older).map((fragment) => fragment.id);
    expect(older.length).toBeGreaterThan(3);
    expect([...list.older].sort()).toEqual(older.sort());
    // The remiss version of a section is older; the section in force is not.
    const idOf = (url: string) => index.get(url)?.id as string;
    expect(list.older.has(idOf('/program/delta/2023-remiss/larm/'))).toBe(true);
    expect(list.older.has(idOf('/program/delta/2023/larm/'))).toBe(false);
  });

  it('groups the versions of a section as their pages do, the older ones with their address and label', async () => {
    const index = await fragments(FIXTURE_SITE);
    const list = JSON.parse(await readFile(path.join(FIXTURE_SITE, 'pagefind', VERSION_LIST_FILE), 'utf8')) as VersionList;
    const idOf = (url: string) => index.get(url)?.id;
    const larm = list.groups.find((members) => members.includes(idOf('/program/delta/2023/larm/') as string));
    expect(larm).toContainEqual({
      id: idOf('/program/delta/2023-remiss/larm/'),
      url: '/program/delta/2023-remiss/larm/',
      meta: expect.objectContaining({ versionLabel: expect.stringMatching(/remissversion/) }),
    });
    // Every page with other versions is in exactly one group, the one its metadata names.
    const byGroup = new Map<string, string[]>();
    for (const fragment of index.values()) {
      if (fragment.meta.group) byGroup.set(fragment.meta.group, [...(byGroup.get(fragment.meta.group) ?? []), fragment.id]);
    }
    const expected = [...byGroup.values()].filter((ids) => ids.length > 1).map((ids) => ids.sort());
    const written = list.groups.map((members) => members.map((member) => (typeof member === 'string' ? member : member.id)).sort());
    expect(written.sort()).toEqual(expected.sort());
    expect(written.length).toBeGreaterThan(2);
  });
});

describe('the search page', () => {
  it('asks the browser early for Pagefind files the build wrote, and only those', async () => {
    const html = await readFile(path.join(FIXTURE_SITE, 'sok/index.html'), 'utf8');
    const hrefs = [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/g)].map((match) => match[1] as string);
    expect(hrefs).toEqual(['/pagefind/pagefind.js', '/pagefind/wasm.sv.pagefind']);
    for (const href of hrefs) await expect(readFile(path.join(FIXTURE_SITE, href))).resolves.toBeDefined();
  });
});
