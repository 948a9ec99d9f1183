import type { Beredning } from '#schemas/beredning.ts';
import type { Publicitet } from '#schemas/common.ts';
import type { CorpusEntries } from '#lib/content/content-entry.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { remissvarIds } from '#lib/corpus/remissvar-ids.ts';
import { publicityProblem } from './problems.ts';
import { dependingOn, documentKey } from '#lib/content/document-keys.ts';

type WithPublicity = { publicitet: Publicitet };

/** Whether a document may appear on the site and in its search index. */
export function isPublished(data: WithPublicity): boolean {
  return data.publicitet !== 'ej-publicerad';
}

/** Only the entries that may be published; everything the site is built from passes through here. */
export function publishedEntries(entries: CorpusEntries): CorpusEntries {
  const keep = <T extends WithPublicity>(list: ContentEntry<T>[]) => list.filter((entry) => isPublished(entry.data));
  const hiddenPrograms = new Set(entries.program.filter((entry) => !isPublished(entry.data)).map((entry) => entry.id));
  const hiddenRemisser = new Set(entries.remisser.filter((entry) => !isPublished(entry.data)).map((entry) => entry.id));
  return {
    program: keep(entries.program),
    programversioner: keep(entries.programversioner).filter((entry) => !hiddenPrograms.has(entry.id.split('/')[0] ?? '')),
    organisationer: keep(entries.organisationer),
    remisser: keep(entries.remisser),
    remissvar: keep(entries.remissvar).filter((entry) => !hiddenRemisser.has(remissvarIds(entry).remissId)),
    anvisningar: keep(entries.anvisningar),
    sidor: keep(entries.sidor),
    beredning: keep(entries.beredning)
      .filter((entry) => !hiddenRemisser.has(entry.id))
      .map((entry) => withoutHiddenAnswers(entry, entries)),
  };
}

/**
 * A beredning without the summaries and handling of answers that are not published: they would
 * point at comments the site does not have, and reveal that the answer exists.
 */
function withoutHiddenAnswers(entry: ContentEntry<Beredning>, entries: CorpusEntries): ContentEntry<Beredning> {
  const hidden = new Set(
    entries.remissvar
      .filter((answer) => !isPublished(answer.data) && remissvarIds(answer).remissId === entry.id)
      .map((answer) => remissvarIds(answer).organisationId),
  );
  if (hidden.size === 0) return entry;
  const visible = <T>(record: Record<string, T>, organisationOf: (key: string) => string) =>
    Object.fromEntries(Object.entries(record).filter(([key]) => !hidden.has(organisationOf(key))));
  return {
    ...entry,
    data: {
      ...entry.data,
      sammanfattningar: visible(entry.data.sammanfattningar, (key) => key),
      kommentarer: visible(entry.data.kommentarer, (key) => key.split('#')[0] ?? ''),
    },
  };
}

/**
 * A published document must not lean on one that is not published: the site would link to a
 * page that does not exist, or reveal that the hidden document exists.
 */
export function publicityProblems(entries: CorpusEntries): ProblemReporter['problems'] {
  const report = new ProblemReporter();
  const hiddenEntries = <T extends WithPublicity>(list: ContentEntry<T>[]) =>
    new Map(list.filter((entry) => !isPublished(entry.data)).map((entry) => [entry.id, entry as ContentEntry<unknown>]));
  const programs = hiddenEntries(entries.program);
  const versions = hiddenEntries(entries.programversioner);
  const remisser = hiddenEntries(entries.remisser);
  const organisations = hiddenEntries(entries.organisationer);
  // The public documents that lean on each hidden one, by the hidden document's key.
  const dependents = new Map<string, { hidden: ContentEntry<unknown>; paths: string[] }>();
  const leansOn = (
    entry: ContentEntry<unknown>,
    field: string,
    hidden: ContentEntry<unknown>,
    key: string,
    text: ReturnType<typeof publicityProblem>,
  ) => {
    report.at(entry, [field], dependingOn(text, key));
    const record = dependents.get(key) ?? { hidden, paths: [] };
    record.paths.push(entry.path);
    dependents.set(key, record);
  };

  for (const entry of entries.programversioner.filter((e) => isPublished(e.data))) {
    const programId = entry.id.split('/')[0] ?? '';
    const program = programs.get(programId);
    if (program) {
      leansOn(
        entry,
        'publicitet',
        program,
        documentKey.program(programId),
        publicityProblem('publicity/version-of-hidden-program', { programId }),
      );
    }
  }
  for (const entry of entries.remisser.filter((e) => isPublished(e.data))) {
    const version = `${entry.data.program}/${entry.data.version}`;
    const hidden = versions.get(version) ?? programs.get(entry.data.program);
    if (hidden) {
      const key = versions.has(version)
        ? documentKey.version(entry.data.program, entry.data.version)
        : documentKey.program(entry.data.program);
      leansOn(entry, 'version', hidden, key, publicityProblem('publicity/remiss-of-hidden-version', { version }));
    }
  }
  for (const entry of entries.remissvar.filter((e) => isPublished(e.data))) {
    const { remissId, organisationId } = remissvarIds(entry);
    const remiss = remisser.get(remissId);
    if (remiss) {
      leansOn(
        entry,
        entry.data.remiss ? 'remiss' : 'publicitet',
        remiss,
        documentKey.remiss(remissId),
        publicityProblem('publicity/remissvar-to-hidden-remiss', { remissId }),
      );
    }
    const organisation = organisations.get(organisationId);
    if (organisation) {
      leansOn(
        entry,
        entry.data.organisation ? 'organisation' : 'publicitet',
        organisation,
        documentKey.organisation(organisationId),
        publicityProblem('publicity/remissvar-from-hidden-organisation', { organisationId }),
      );
    }
  }
  for (const entry of entries.anvisningar.filter((e) => isPublished(e.data))) {
    const program = programs.get(entry.data.program);
    if (program) {
      leansOn(
        entry,
        'program',
        program,
        documentKey.program(entry.data.program),
        publicityProblem('publicity/anvisning-of-hidden-program', { programId: entry.data.program }),
      );
    }
  }
  for (const entry of entries.beredning.filter((e) => isPublished(e.data))) {
    const remiss = remisser.get(entry.id);
    if (remiss) {
      leansOn(
        entry,
        'publicitet',
        remiss,
        documentKey.remiss(entry.id),
        publicityProblem('publicity/beredning-of-hidden-remiss', { remissId: entry.id }),
      );
    }
  }
  // Several public documents leaning on one that is kept back most likely means its publicity was
  // just changed: one error there, naming them all, and theirs wait as follow-ons of it. One alone
  // is most likely a reference just written, and is reported where it was written.
  for (const { hidden, paths } of dependents.values()) {
    const unique = [...new Set(paths)];
    if (unique.length < 2) continue;
    report.at(hidden, ['publicitet'], publicityProblem('publicity/hidden-but-needed', { count: unique.length, dependents: unique }));
  }
  return report.problems;
}
