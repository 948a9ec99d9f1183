import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import type { AnvisningModel, AnvisningVersionModel, ProgramModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import { versionsProblem } from './problems.ts';
import { type StandingConflict, versionStandings } from './version-standing.ts';

/**
 * Gives every program and anvisning version its standing on the build date, picks each program's
 * version in force by the same rule, and reports where a stored status and the dates disagree.
 */
export function applyStandings(
  programs: Iterable<ProgramModel>,
  anvisningar: Iterable<AnvisningModel>,
  entries: readonly ContentEntry<unknown>[],
  report: ProblemReporter,
  day: string,
): void {
  const entryAt = new Map(entries.map((entry) => [entry.path, entry]));
  const apply = (versions: readonly (VersionModel | AnvisningVersionModel)[]) => {
    const standings = versionStandings(
      versions.map((version) => version.data),
      day,
    );
    versions.forEach((version, index) => {
      version.standing = standings[index]?.standing ?? version.standing;
    });
    for (const conflict of standings.conflicts) {
      const version = versions[conflict.index];
      const entry = version && entryAt.get(version.path);
      if (entry) reportConflict(entry, conflict, version.id, versions, report, day);
    }
    return standings;
  };
  for (const program of programs) {
    const standings = apply(program.versions);
    program.versions.forEach((version, index) => {
      version.validity = standings[index]?.validity;
    });
    program.inForce = program.versions.find((version) => version.standing === 'gallande');
  }
  for (const anvisning of anvisningar) apply(anvisning.versions);
}

function reportConflict(
  entry: ContentEntry<unknown>,
  conflict: StandingConflict,
  versionId: string,
  versions: readonly { id: string }[],
  report: ProblemReporter,
  day: string,
): void {
  switch (conflict.kind) {
    case 'expired':
      report.at(entry, ['status'], versionsProblem('versions/in-force-expired', { versionId, till: conflict.till, day }), 'varning');
      return;
    case 'ended-still-applies':
      report.at(entry, ['status'], versionsProblem('versions/ended-without-end', { versionId, status: conflict.status, day }), 'varning');
      return;
    case 'overlap':
      report.at(
        entry,
        // Where the start was written: giltighet.fran, else the decision date it is taken from.
        (entry.data as { giltighet?: unknown }).giltighet ? ['giltighet', 'fran'] : ['beslutsdatum'],
        versionsProblem('versions/overlapping-validity', {
          versionId,
          otherId: versions[conflict.otherIndex]?.id ?? '',
          from: conflict.from,
        }),
      );
  }
}
