import type { APIRoute } from 'astro';
import { siteConfig } from '#config/site.ts';
import { getCorpus, getPageCacheKeys } from '#data/corpus.ts';
import { siteUrl } from '#data/site-url.ts';
import type { RemissvarModel } from '#lib/corpus/corpus-model.ts';
import { apiRemissvar } from '#lib/open-data/consultation.ts';
import { jsonResponse } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';

export async function getStaticPaths() {
  const keys = await getPageCacheKeys();
  return (await getCorpus()).remisser.flatMap((remiss) =>
    remiss.remissvar.map((answer) => ({
      params: { remiss: remiss.id, organisation: answer.organisationId },
      props: { answer },
      cacheKey: keys.remiss(remiss.id),
    })),
  );
}

export const GET: APIRoute<{ answer: RemissvarModel }> = async ({ props, site }) =>
  jsonResponse(apiRemissvar(await getCorpus(), props.answer, apiLinks(siteUrl(site)), { showHandlaggare: siteConfig.showHandlaggare }));
