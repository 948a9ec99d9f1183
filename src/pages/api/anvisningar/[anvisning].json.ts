import type { APIRoute } from 'astro';
import { getCorpus, getPageCacheKeys } from '#data/corpus.ts';
import { siteUrl } from '#data/site-url.ts';
import type { AnvisningModel } from '#lib/corpus/corpus-model.ts';
import { jsonResponse } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';
import { apiAnvisning } from '#lib/open-data/programs.ts';

export async function getStaticPaths() {
  const keys = await getPageCacheKeys();
  return (await getCorpus()).anvisningar.map((anvisning) => ({
    params: { anvisning: anvisning.id },
    props: { anvisning },
    cacheKey: keys.anvisning(anvisning.id),
  }));
}

export const GET: APIRoute<{ anvisning: AnvisningModel }> = async ({ props, site }) =>
  jsonResponse(apiAnvisning(await getCorpus(), props.anvisning, apiLinks(siteUrl(site))));
