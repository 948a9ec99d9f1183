import type { APIRoute } from 'astro';
import { getCorpus } from '#data/corpus.ts';
import { remissPaths } from '#data/static-paths.ts';
import { siteUrl } from '#data/site-url.ts';
import type { RemissModel } from '#lib/corpus/corpus-model.ts';
import { apiKommentarer } from '#lib/open-data/consultation.ts';
import { jsonResponse } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';

export const getStaticPaths = remissPaths;

export const GET: APIRoute<{ remiss: RemissModel }> = async ({ props, site }) => {
  const corpus = await getCorpus();
  const nameOf = (id: string) => corpus.organisation(id)?.data.namn ?? id;
  return jsonResponse(apiKommentarer(corpus, props.remiss, apiLinks(siteUrl(site)), nameOf));
};
