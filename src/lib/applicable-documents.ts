import type { AnvisningModel, AnvisningVersionModel, Corpus, ProgramModel, VersionModel } from './corpus-model.ts';
import { type Period, periodStarts, periods, type Validity, validities } from './point-in-time.ts';

export type ApplicableDocument =
  | { type: 'version'; program: ProgramModel; version: VersionModel; validity: Validity }
  | { type: 'anvisning'; anvisning: AnvisningModel; version: AnvisningVersionModel; validity: Validity };

/** Every version of every program and anvisning that has applied, with when. */
export function applicableDocuments(corpus: Corpus): ApplicableDocument[] {
  const documents: ApplicableDocument[] = [];
  for (const program of corpus.programs) {
    validities(program.versions.map((version) => version.data)).forEach((validity, index) => {
      const version = program.versions[index] as VersionModel;
      if (validity) documents.push({ type: 'version', program, version, validity });
    });
  }
  for (const anvisning of corpus.anvisningar) {
    validities(anvisning.versions.map((version) => version.data)).forEach((validity, index) => {
      const version = anvisning.versions[index] as AnvisningVersionModel;
      if (validity) documents.push({ type: 'anvisning', anvisning, version, validity });
    });
  }
  return documents;
}

/** What applied when: the periods between every date a program or anvisning version started or stopped applying. */
export function corpusPeriods(corpus: Corpus): Period<ApplicableDocument>[] {
  return periods(applicableDocuments(corpus).map((item) => ({ item, validity: item.validity })));
}

/** The dates corpusPeriods's periods begin on, without working out what applies in each. */
export function corpusPeriodStarts(corpus: Corpus): string[] {
  return periodStarts(applicableDocuments(corpus).map((item) => item.validity));
}

/** How a document is named in lists of what applied: the version's title, and an anvisning's version. */
export function applicableLabel(item: ApplicableDocument): string {
  return item.type === 'anvisning' ? `${item.version.data.titel} (${item.version.id})` : item.version.data.titel;
}
