import type { APIRoute } from 'astro';
import { getCorpus } from '#data/corpus.ts';
import { remissPaths } from '#data/static-paths.ts';
import { siteUrl } from '#data/site-url.ts';
import { sv } from '#i18n/sv.ts';
import { kommentarExportRows, toExcelCsv } from '#lib/consultation/comment-export.ts';
import type { RemissModel } from '#lib/corpus/corpus-model.ts';

export const getStaticPaths = remissPaths;

export const GET: APIRoute<{ remiss: RemissModel }> = async ({ props, site }) => {
  const corpus = await getCorpus();
  const { remiss } = props;
  const versionOf = (id: string | undefined) => corpus.program(remiss.data.program)?.versions.find((version) => version.id === id);
  const rows = kommentarExportRows(remiss, {
    nameOf: (id) => corpus.organisation(id)?.data.namn ?? id,
    sentSections: versionOf(remiss.data.version)?.sections ?? [],
    followUpSections: versionOf(remiss.followUpVersionId)?.sections,
    site: siteUrl(site),
    stanceLabel: (stallning) => sv.stance[stallning],
    utfallLabel: (utfall) => sv.consultation.utfall[utfall],
  });
  return new Response(toExcelCsv(rows, sv.consultation.csvHeaders), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
