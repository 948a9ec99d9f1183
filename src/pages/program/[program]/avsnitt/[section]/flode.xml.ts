import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '#config/site.ts';
import { getCorpus, getPageCacheKeys } from '#data/corpus.ts';
import { sv } from '#i18n/sv.ts';
import { atomXml, tagUri } from '#lib/site/atom-feed.ts';
import { sectionEntries } from '#lib/versions/feed-entries.ts';
import { programSectionIds, type SectionHistory, sectionHistory } from '#lib/lineage/section-history.ts';
import { urls } from '#lib/routes/urls.ts';

export const getStaticPaths = (async () => {
  const corpus = await getCorpus();
  const keys = await getPageCacheKeys();
  return corpus.programs.flatMap((program) =>
    programSectionIds(program).flatMap((sectionId) => {
      const history = sectionHistory(corpus, program, sectionId);
      return history
        ? [{ params: { program: program.id, section: sectionId }, props: { history }, cacheKey: keys.program(program.id) }]
        : [];
    }),
  );
}) satisfies GetStaticPaths;

/** Changes to one section and to the anvisningar that complete it. */
export const GET: APIRoute = async ({ site, props }) => {
  const base = site as URL;
  const { history } = props as { history: SectionHistory };
  const { program, sectionId, latest } = history;
  const xml = atomXml({
    id: tagUri(base, urls.sectionFeed(program.id, sectionId)),
    title: sv.compare.feed.section(`${latest.number} ${latest.title}`, program.data.kortnamn),
    self: new URL(urls.sectionFeed(program.id, sectionId), base).href,
    alternate: new URL(urls.sectionHistory(program.id, sectionId), base).href,
    author: siteConfig.organisation,
    entries: sectionEntries(await getCorpus(), history, base, sv.compare),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
