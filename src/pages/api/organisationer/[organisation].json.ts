import type { APIRoute } from 'astro';
import { getCorpus, getPageCacheKeys } from '#data/corpus.ts';
import { siteUrl } from '#data/site-url.ts';
import type { OrganisationModel } from '#lib/corpus/corpus-model.ts';
import { apiOrganisation } from '#lib/open-data/consultation.ts';
import { jsonResponse } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';

export async function getStaticPaths() {
  const keys = await getPageCacheKeys();
  return (await getCorpus()).organisations.map((organisation) => ({
    params: { organisation: organisation.id },
    props: { organisation },
    cacheKey: keys.organisation(organisation.id),
  }));
}

export const GET: APIRoute<{ organisation: OrganisationModel }> = async ({ props, site }) =>
  jsonResponse(apiOrganisation(await getCorpus(), props.organisation, apiLinks(siteUrl(site))));
