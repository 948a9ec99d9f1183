import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '#config/site.ts';
import { getCorpus } from '#data/corpus.ts';
import { programPaths } from '#data/static-paths.ts';
import { sv } from '#i18n/sv.ts';
import { atomXml, tagUri } from '#lib/site/atom-feed.ts';
import type { ProgramModel } from '#lib/corpus/corpus-model.ts';
import { changeEntries } from '#lib/versions/feed-entries.ts';
import { urls } from '#lib/routes/urls.ts';

export const getStaticPaths = programPaths satisfies GetStaticPaths;

/** New versions of one program and of the anvisningar that complete it. */
export const GET: APIRoute = async ({ site, props }) => {
  const base = site as URL;
  const { program } = props as { program: ProgramModel };
  const xml = atomXml({
    id: tagUri(base, urls.programFeed(program.id)),
    title: sv.compare.feed.program(program.data.namn),
    self: new URL(urls.programFeed(program.id), base).href,
    alternate: new URL(urls.changelog(program.id), base).href,
    author: siteConfig.organisation,
    entries: changeEntries(await getCorpus(), base, sv.compare, program),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
