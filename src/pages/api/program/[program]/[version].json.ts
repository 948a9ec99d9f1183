import type { APIRoute } from 'astro';
import { getCorpus, getPageCacheKeys } from '#data/corpus.ts';
import { siteUrl } from '#data/site-url.ts';
import type { ProgramModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import { jsonResponse } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';
import { apiVersion } from '#lib/open-data/programs.ts';

export async function getStaticPaths() {
  const keys = await getPageCacheKeys();
  return (await getCorpus()).programs.flatMap((program) =>
    program.versions.map((version) => ({
      params: { program: program.id, version: version.id },
      props: { program, version },
      cacheKey: keys.program(program.id),
    })),
  );
}

export const GET: APIRoute<{ program: ProgramModel; version: VersionModel }> = async ({ props, site }) =>
  jsonResponse(apiVersion(await getCorpus(), props.program, props.version, apiLinks(siteUrl(site))));
