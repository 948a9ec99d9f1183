import type { ApiSchemaName, ResourceRef, SectionRef } from '#schemas/open-data.ts';
import type {
  AnvisningModel,
  KommentarModel,
  OrganisationModel,
  ProgramModel,
  RemissModel,
  RemissvarModel,
  SectionModel,
  VersionModel,
} from '#lib/corpus/corpus-model.ts';
import { urls } from '#lib/routes/urls.ts';

/**
 * Stable IDs and absolute links for every kind of resource in the JSON API. IDs follow the
 * content's own paths: `program/version/avsnitt`, `remiss/organisation#kommentar`.
 */
export function apiLinks(site: URL) {
  const abs = (path: string) => new URL(path, site).href;
  const ref = (id: string, api: string, page: string): ResourceRef => ({ id, url: abs(api), webbsida: abs(page) });
  return {
    abs,
    schema: (name: ApiSchemaName) => abs(urls.api.schema(name)),
    program: (program: ProgramModel) => ref(program.id, urls.api.program(program.id), urls.program(program.id)),
    version: (version: VersionModel) =>
      ref(
        `${version.programId}/${version.id}`,
        urls.api.version(version.programId, version.id),
        urls.version(version.programId, version.id),
      ),
    section: (section: SectionModel): SectionRef => ({
      ...ref(
        `${section.programId}/${section.versionId}/${section.id}`,
        urls.api.section(section.programId, section.versionId, section.id),
        urls.section(section.programId, section.versionId, section.id),
      ),
      avsnitt: section.id,
      nummer: section.number,
      rubrik: section.title,
    }),
    anvisning: (anvisning: AnvisningModel) => ref(anvisning.id, urls.api.anvisning(anvisning.id), urls.anvisning(anvisning.id)),
    organisation: (organisation: Pick<OrganisationModel, 'id'>) =>
      ref(organisation.id, urls.api.organisation(organisation.id), urls.organisation(organisation.id)),
    remiss: (remiss: Pick<RemissModel, 'id'>) => ref(remiss.id, urls.api.remiss(remiss.id), urls.remiss(remiss.id)),
    remissvar: (answer: Pick<RemissvarModel, 'remissId' | 'organisationId'>) =>
      ref(
        `${answer.remissId}/${answer.organisationId}`,
        urls.api.remissvar(answer.remissId, answer.organisationId),
        urls.remissvar(answer.remissId, answer.organisationId),
      ),
    kommentar: (kommentar: KommentarModel) =>
      ref(
        `${kommentar.remissId}/${kommentar.organisationId}#${kommentar.id}`,
        urls.api.kommentar(kommentar.remissId, kommentar.organisationId, kommentar.id),
        urls.kommentar(kommentar.remissId, kommentar.organisationId, kommentar.id),
      ),
  };
}

export type ApiLinks = ReturnType<typeof apiLinks>;
