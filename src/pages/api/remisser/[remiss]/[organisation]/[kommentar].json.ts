import type { APIRoute } from 'astro';
import { getCorpus } from '../../../../../data/corpus.ts';
import { siteUrl } from '../../../../../data/site-url.ts';
import type { KommentarModel } from '../../../../../lib/corpus-model.ts';
import { apiKommentar } from '../../../../../lib/open-data/consultation.ts';
import { jsonResponse } from '../../../../../lib/open-data/json-schema.ts';
import { apiLinks } from '../../../../../lib/open-data/links.ts';

export async function getStaticPaths() {
  return (await getCorpus()).remisser.flatMap((remiss) =>
    remiss.remissvar.flatMap((answer) =>
      answer.kommentarer.map((kommentar) => ({
        params: { remiss: remiss.id, organisation: answer.organisationId, kommentar: kommentar.id },
        props: { kommentar },
      })),
    ),
  );
}

export const GET: APIRoute<{ kommentar: KommentarModel }> = async ({ props, site }) =>
  jsonResponse(apiKommentar(await getCorpus(), props.kommentar, apiLinks(siteUrl(site))));
