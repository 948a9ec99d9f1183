import type { APIRoute } from 'astro';
import { getCorpus, getPageCacheKeys } from '../../../data/corpus.ts';
import { siteUrl } from '../../../data/site-url.ts';
import type { RemissModel } from '../../../lib/corpus-model.ts';
import { apiRemiss } from '../../../lib/open-data/consultation.ts';
import { jsonResponse } from '../../../lib/open-data/json-schema.ts';
import { apiLinks } from '../../../lib/open-data/links.ts';

export async function getStaticPaths() {
  const keys = await getPageCacheKeys();
  return (await getCorpus()).remisser.map((remiss) => ({
    params: { remiss: remiss.id },
    props: { remiss },
    cacheKey: keys.remiss(remiss.id),
  }));
}

export const GET: APIRoute<{ remiss: RemissModel }> = async ({ props, site }) =>
  jsonResponse(apiRemiss(await getCorpus(), props.remiss, apiLinks(siteUrl(site))));
