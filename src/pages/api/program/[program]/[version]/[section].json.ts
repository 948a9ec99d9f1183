import type { APIRoute } from 'astro';
import { getCorpus, getPageCacheKeys } from '#data/corpus.ts';
import { siteUrl } from '#data/site-url.ts';
import type { SectionModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import { jsonResponse } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';
import { apiSection } from '#lib/open-data/programs.ts';

export async function getStaticPaths() {
  const keys = await getPageCacheKeys();
  return (await getCorpus()).programs.flatMap((program) =>
    program.versions.flatMap((version) =>
      version.sections.map((section) => ({
        params: { program: program.id, version: version.id, section: section.id },
        props: { version, section },
        cacheKey: keys.program(program.id),
      })),
    ),
  );
}

export const GET: APIRoute<{ version: VersionModel; section: SectionModel }> = async ({ props, site }) =>
  jsonResponse(apiSection(await getCorpus(), props.version, props.section, apiLinks(siteUrl(site))));
