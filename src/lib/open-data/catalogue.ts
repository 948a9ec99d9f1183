import { type ApiIndex, type ApiList, type ApiSchemaName, apiSchemas } from '#schemas/open-data.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { urls } from '#lib/routes/urls.ts';
import type { ApiLinks } from './links.ts';

/** The lists of the API, by the name in their address: /api/<samling>.json. */
export const API_COLLECTIONS = [
  'program',
  'versioner',
  'avsnitt',
  'anvisningar',
  'organisationer',
  'remisser',
  'remissvar',
  'kommentarer',
] as const;
export type ApiCollection = (typeof API_COLLECTIONS)[number];

/** Every resource of one kind, each as its ID, a title and its links. */
export function apiList(corpus: Corpus, collection: ApiCollection, links: ApiLinks): ApiList {
  const nameOf = (id: string) => corpus.organisation(id)?.data.namn ?? id;
  const versions = corpus.programs.flatMap((program) => program.versions);
  const answers = corpus.remisser.flatMap((remiss) => remiss.remissvar);
  const items: ApiList['data'] = {
    program: () => corpus.programs.map((program) => ({ ...links.program(program), titel: program.data.namn })),
    versioner: () => versions.map((version) => ({ ...links.version(version), titel: version.data.titel })),
    avsnitt: () =>
      versions.flatMap((version) =>
        version.sections.map((section) => {
          const { id, url, webbsida } = links.section(section);
          return { id, url, webbsida, titel: `${section.number} ${section.title} (${version.data.titel})` };
        }),
      ),
    anvisningar: () => corpus.anvisningar.map((anvisning) => ({ ...links.anvisning(anvisning), titel: anvisning.current.data.titel })),
    organisationer: () =>
      corpus.organisations.map((organisation) => ({ ...links.organisation(organisation), titel: organisation.data.namn })),
    remisser: () => corpus.remisser.map((remiss) => ({ ...links.remiss(remiss), titel: remiss.data.titel })),
    remissvar: () =>
      answers.map((answer) => ({ ...links.remissvar(answer), titel: `${nameOf(answer.organisationId)}: ${answer.data.titel}` })),
    kommentarer: () =>
      answers.flatMap((answer) =>
        answer.kommentarer.map((kommentar) => ({
          ...links.kommentar(kommentar),
          titel: `${nameOf(answer.organisationId)} ${kommentar.id} (${kommentar.stallning})`,
        })),
      ),
  }[collection]();
  return { $schema: links.schema('lista'), data: items };
}

export function apiIndex(links: ApiLinks): ApiIndex {
  return {
    $schema: links.schema('index'),
    namn: 'Styrdok – öppna data',
    beskrivning:
      'Program, versioner, avsnitt, tillämpningsanvisningar, organisationer, remisser, remissvar och kommentarer som JSON. Varje resurs har ett stabilt id och länkar till de resurser den hänger ihop med.',
    samlingar: Object.fromEntries(API_COLLECTIONS.map((name) => [name, links.abs(urls.api.list(name))])),
    scheman: Object.fromEntries((Object.keys(apiSchemas) as ApiSchemaName[]).map((name) => [name, links.schema(name)])),
  };
}
