import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '#lib/corpus/build-corpus.ts';
import { contentDocuments } from '#lib/content/content-documents.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { siteMap } from '#lib/site/site-map.ts';
import { attr, parsePage, selectAll } from '../support/html.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE } from '../support/paths.ts';

// The link check trusts siteMap() to know every page and its anchors without building. This
// compares it with the built fixture site, so a new kind of page cannot be forgotten there.
describe('the site map the link check uses matches the built site', async () => {
  const { entries } = await readContentEntries(FIXTURE_CONTENT);
  const { corpus } = buildCorpus(entries, { render: false });
  const map = siteMap(corpus, await contentDocuments(entries));
  const built = (await readdir(FIXTURE_SITE, { recursive: true }))
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
    .map((file) => `/${path.dirname(file).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/'));

  it('has exactly the pages that were built, and marks the unpublished ones', () => {
    const published = [...map].filter(([, page]) => page.published).map(([url]) => url);
    expect(published.sort()).toEqual(built.sort());
    expect(map.get('/anvisningar/hemlig/')?.published).toBe(false);
  });

  it('names only anchors that are on the built pages', async () => {
    for (const [url, page] of map) {
      if (!page.published) continue;
      const ids = selectAll('[id]', await parsePage(url)).map((element) => attr(element, 'id'));
      for (const anchor of page.anchors) expect(ids, `${url}#${anchor}`).toContain(anchor);
    }
  });
});
