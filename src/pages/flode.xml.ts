import type { APIRoute } from 'astro';
import { siteConfig } from '#config/site.ts';
import { getCorpus } from '#data/corpus.ts';
import { sv } from '#i18n/sv.ts';
import { atomXml, tagUri } from '#lib/site/atom-feed.ts';
import { changeEntries } from '#lib/versions/feed-entries.ts';
import { urls } from '#lib/routes/urls.ts';

/** Every new version of a program or an anvisning on the site. */
export const GET: APIRoute = async ({ site }) => {
  const base = site as URL;
  const xml = atomXml({
    id: tagUri(base, urls.feed()),
    title: sv.compare.feed.site,
    subtitle: sv.site.tagline,
    self: new URL(urls.feed(), base).href,
    alternate: new URL(urls.home(), base).href,
    author: siteConfig.organisation,
    entries: changeEntries(await getCorpus(), base, sv.compare),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
