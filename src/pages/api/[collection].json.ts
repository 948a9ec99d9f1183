import type { APIRoute } from 'astro';
import { getCorpus } from '#data/corpus.ts';
import { siteUrl } from '#data/site-url.ts';
import { API_COLLECTIONS, type ApiCollection, apiList } from '#lib/open-data/catalogue.ts';
import { jsonResponse } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';

export function getStaticPaths() {
  return API_COLLECTIONS.map((collection) => ({ params: { collection } }));
}

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(apiList(await getCorpus(), params.collection as ApiCollection, apiLinks(siteUrl(site))));
