import type { APIRoute } from 'astro';
import { getCorpus } from '#data/corpus.ts';
import { remissPaths } from '#data/static-paths.ts';
import { siteUrl } from '#data/site-url.ts';
import type { RemissModel } from '#lib/corpus/corpus-model.ts';
import { apiRemiss } from '#lib/open-data/consultation.ts';
import { jsonResponse } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';

export const getStaticPaths = remissPaths;

export const GET: APIRoute<{ remiss: RemissModel }> = async ({ props, site }) =>
  jsonResponse(apiRemiss(await getCorpus(), props.remiss, apiLinks(siteUrl(site))));
