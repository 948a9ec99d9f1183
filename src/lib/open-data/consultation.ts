import type { ApiKommentar, ApiKommentarer, ApiOrganisation, ApiRemiss, ApiRemissvar } from '#schemas/open-data.ts';
import type { Corpus, KommentarModel, OrganisationModel, RemissModel, RemissvarModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import { urls } from '#lib/routes/urls.ts';
import type { ApiLinks } from './links.ts';
import { compareSwedish } from '#lib/text/swedish-order.ts';

export interface ConsultationApiOptions {
  /** Whether officials' names and contact details may be published (src/config/site.ts). */
  showHandlaggare: boolean;
}

const versionOf = (corpus: Corpus, programId: string, versionId: string | undefined): VersionModel | undefined =>
  versionId === undefined ? undefined : corpus.program(programId)?.versions.find((version) => version.id === versionId);

export function apiOrganisation(corpus: Corpus, organisation: OrganisationModel, links: ApiLinks): ApiOrganisation {
  return {
    $schema: links.schema('organisation'),
    ...links.organisation(organisation),
    ...organisation.data,
    efterfoljare: organisation.successorIds.map((id) => links.organisation({ id })),
    remissvar: organisation.remissvarKeys.flatMap((key) => {
      const [remissId = '', organisationId = ''] = key.split('/');
      return corpus.remiss(remissId) ? [links.remissvar({ remissId, organisationId })] : [];
    }),
  };
}

export function apiRemiss(corpus: Corpus, remiss: RemissModel, links: ApiLinks): ApiRemiss {
  const sent = versionOf(corpus, remiss.data.program, remiss.data.version) as VersionModel;
  const next = versionOf(corpus, remiss.data.program, remiss.followUpVersionId);
  return {
    $schema: links.schema('remiss'),
    ...links.remiss(remiss),
    ...remiss.data,
    skickadVersion: links.version(sent),
    foljandeVersion: next ? links.version(next) : null,
    beslutad: remiss.decided,
    remissvar: remiss.remissvar.map(links.remissvar),
    harInteSvarat: remiss.unansweredIds.map((id) => links.organisation({ id })),
    sammanfattningar: remiss.sammanfattningar,
    kommentarer: links.abs(urls.api.kommentarer(remiss.id)),
    kommentarerCsv: links.abs(urls.kommentarerCsv(remiss.id)),
  };
}

/** A remissvar with its comments in full: a comment has no file of its own, its address is `<remissvar>.json#<id>`. */
export function apiRemissvar(corpus: Corpus, answer: RemissvarModel, links: ApiLinks, options: ConsultationApiOptions): ApiRemissvar {
  const { handlaggare, ...data } = answer.data;
  return {
    $schema: links.schema('remissvar'),
    ...links.remissvar(answer),
    ...data,
    ...(options.showHandlaggare && handlaggare ? { handlaggare } : {}),
    remiss: answer.remissId,
    organisation: answer.organisationId,
    remissRef: links.remiss({ id: answer.remissId }),
    organisationRef: links.organisation({ id: answer.organisationId }),
    html: answer.html,
    kommentarer: answer.kommentarer.map((kommentar) => embedded(apiKommentar(corpus, kommentar, links))),
  };
}

export function apiKommentar(corpus: Corpus, kommentar: KommentarModel, links: ApiLinks): ApiKommentar {
  const remiss = corpus.remiss(kommentar.remissId) as RemissModel;
  const answer = remiss.remissvar.find((candidate) => candidate.organisationId === kommentar.organisationId) as RemissvarModel;
  const sent = versionOf(corpus, remiss.data.program, remiss.data.version);
  const handling = kommentar.hantering;
  const next = versionOf(corpus, remiss.data.program, handling?.versionId);
  const sectionsIn = (version: VersionModel | undefined, ids: readonly string[]) =>
    ids.flatMap((id) => {
      const section = version?.sections.find((candidate) => candidate.id === id);
      return section ? [links.section(section)] : [];
    });
  return {
    $schema: links.schema('kommentar'),
    ...links.kommentar(kommentar),
    kommentar: kommentar.id,
    remiss: links.remiss(remiss),
    remissvar: links.remissvar(answer),
    organisation: {
      ...links.organisation({ id: kommentar.organisationId }),
      namn: corpus.organisation(kommentar.organisationId)?.data.namn ?? kommentar.organisationId,
    },
    dnr: answer.data.dnr,
    datum: answer.data.datum,
    stallning: kommentar.stallning,
    avsnitt: sectionsIn(sent, kommentar.sectionIds),
    text: kommentar.text,
    html: kommentar.html,
    hantering: handling
      ? {
          hantering: handling.utfall,
          motivering: handling.motivering,
          version: next ? links.version(next) : null,
          avsnitt: sectionsIn(next, handling.sectionIds),
        }
      : null,
  };
}

/** Every comment on a remiss in one file: the JSON twin of the CSV export. */
export function apiKommentarer(corpus: Corpus, remiss: RemissModel, links: ApiLinks, nameOf: (id: string) => string): ApiKommentarer {
  const answers = [...remiss.remissvar].sort((a, b) => compareSwedish(nameOf(a.organisationId), nameOf(b.organisationId)));
  return {
    $schema: links.schema('kommentarer'),
    remiss: links.remiss(remiss),
    kommentarer: answers.flatMap((answer) => answer.kommentarer.map((kommentar) => embedded(apiKommentar(corpus, kommentar, links)))),
  };
}

/** A resource inside another one names no schema of its own. */
function embedded<T extends { $schema: string }>({ $schema: _schema, ...rest }: T): Omit<T, '$schema'> {
  return rest;
}
