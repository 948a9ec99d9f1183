import type { AnvisningModel, AnvisningVersionModel, Corpus, ProgramModel, VersionModel } from '#lib/corpus/corpus-model.ts';
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

/** The program a document belongs to: a version's own, or the one an anvisning version completes. */
function programOf(item: ApplicableDocument): string {
  return item.type === 'version' ? item.program.id : item.version.data.program;
}

/**
 * What applied when, program by program: for each program, the periods between every date its
 * versions or its anvisningar started or stopped applying. One list for the whole corpus would
 * list every document on every date anything changed, which grows with the square of the corpus.
 */
export function programPeriods(corpus: Corpus): Map<string, Period<ApplicableDocument>[]> {
  // Every point-in-time page asks; the answer depends only on the corpus.
  const known = periodsOf.get(corpus);
  if (known) return known;
  const computed = new Map(
    [...byProgram(applicableDocuments(corpus))].map(([programId, items]) => [
      programId,
      periods(items.map((item) => ({ item, validity: item.validity }))),
    ]),
  );
  periodsOf.set(corpus, computed);
  return computed;
}

const periodsOf = new WeakMap<Corpus, Map<string, Period<ApplicableDocument>[]>>();

/** The dates programPeriods's periods begin on, by program, without working out what applies in each. */
export function programPeriodStarts(corpus: Corpus): Map<string, string[]> {
  return new Map(
    [...byProgram(applicableDocuments(corpus))].map(([programId, items]) => [programId, periodStarts(items.map((item) => item.validity))]),
  );
}

function byProgram(items: readonly ApplicableDocument[]): Map<string, ApplicableDocument[]> {
  const groups = new Map<string, ApplicableDocument[]>();
  for (const item of items) {
    const programId = programOf(item);
    const group = groups.get(programId);
    if (group) group.push(item);
    else groups.set(programId, [item]);
  }
  return groups;
}

/** How a document is named in lists of what applied: the version's title, and an anvisning's version. */
export function applicableLabel(item: ApplicableDocument): string {
  return item.type === 'anvisning' ? `${item.version.data.titel} (${item.version.id})` : item.version.data.titel;
}
