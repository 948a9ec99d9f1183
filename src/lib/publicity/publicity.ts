import type { Beredning } from '#schemas/beredning.ts';
import type { Publicitet } from '#schemas/common.ts';
import type { CorpusEntries } from '#lib/content/content-entry.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { remissvarIds } from '#lib/corpus/remissvar-ids.ts';
import { publicityProblem } from './problems.ts';

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
  const hidden = <T extends WithPublicity>(list: ContentEntry<T>[]) =>
    new Set(list.filter((entry) => !isPublished(entry.data)).map((entry) => entry.id));
  const programs = hidden(entries.program);
  const versions = hidden(entries.programversioner);
  const remisser = hidden(entries.remisser);
  const organisations = hidden(entries.organisationer);

  for (const entry of entries.programversioner.filter((e) => isPublished(e.data))) {
    const programId = entry.id.split('/')[0] ?? '';
    if (programs.has(programId)) report.at(entry, ['publicitet'], publicityProblem('publicity/version-of-hidden-program', { programId }));
  }
  for (const entry of entries.remisser.filter((e) => isPublished(e.data))) {
    if (versions.has(`${entry.data.program}/${entry.data.version}`) || programs.has(entry.data.program)) {
      const version = `${entry.data.program}/${entry.data.version}`;
      report.at(entry, ['version'], publicityProblem('publicity/remiss-of-hidden-version', { version }));
    }
  }
  for (const entry of entries.remissvar.filter((e) => isPublished(e.data))) {
    const { remissId, organisationId } = remissvarIds(entry);
    if (remisser.has(remissId)) {
      report.at(
        entry,
        [entry.data.remiss ? 'remiss' : 'publicitet'],
        publicityProblem('publicity/remissvar-to-hidden-remiss', { remissId }),
      );
    }
    if (organisations.has(organisationId)) {
      report.at(
        entry,
        [entry.data.organisation ? 'organisation' : 'publicitet'],
        publicityProblem('publicity/remissvar-from-hidden-organisation', { organisationId }),
      );
    }
  }
  for (const entry of entries.anvisningar.filter((e) => isPublished(e.data))) {
    if (programs.has(entry.data.program)) {
      report.at(entry, ['program'], publicityProblem('publicity/anvisning-of-hidden-program', { programId: entry.data.program }));
    }
  }
  for (const entry of entries.beredning.filter((e) => isPublished(e.data))) {
    if (remisser.has(entry.id))
      report.at(entry, ['publicitet'], publicityProblem('publicity/beredning-of-hidden-remiss', { remissId: entry.id }));
  }
  return report.problems;
}
