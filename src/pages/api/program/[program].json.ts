import type { APIRoute } from 'astro';
import { getCorpus, getPageCacheKeys } from '../../../data/corpus.ts';
import { siteUrl } from '../../../data/site-url.ts';
import type { ProgramModel } from '../../../lib/corpus-model.ts';
import { jsonResponse } from '../../../lib/open-data/json-schema.ts';
import { apiLinks } from '../../../lib/open-data/links.ts';
import { apiProgram } from '../../../lib/open-data/programs.ts';

export async function getStaticPaths() {
  const keys = await getPageCacheKeys();
  return (await getCorpus()).programs.map((program) => ({
    params: { program: program.id },
    props: { program },
    cacheKey: keys.program(program.id),
  }));
}

export const GET: APIRoute<{ program: ProgramModel }> = ({ props, site }) =>
  jsonResponse(apiProgram(props.program, apiLinks(siteUrl(site))));
