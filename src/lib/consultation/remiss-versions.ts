import type { Corpus, ProgramModel, RemissModel, SectionModel, VersionModel } from '#lib/corpus/corpus-model.ts';

/** The program of a remiss, the version it sent and the version that followed, if any. */
export function remissVersions(
  corpus: Corpus,
  remiss: RemissModel,
): { program?: ProgramModel; sent?: VersionModel; followUp?: VersionModel } {
  const program = corpus.program(remiss.data.program);
  const find = (id: string | undefined) => (id === undefined ? undefined : program?.versions.find((version) => version.id === id));
  return { program, sent: find(remiss.data.version), followUp: find(remiss.followUpVersionId) };
}

/** "7.1.1 Krisstöd": how a section is named wherever it is listed. */
export function sectionLabel(section: Pick<SectionModel, 'number' | 'title'>): string {
  return `${section.number} ${section.title}`;
}
