import type { Program } from '#schemas/program.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import type { OrganisationModel } from './corpus-model.ts';
import { corpusProblem } from './problems.ts';

/** Every program's owner (`agare`) must be an organisation under content/organisationer/. */
export function checkProgramOwners(
  programs: readonly ContentEntry<Program>[],
  organisations: ReadonlyMap<string, OrganisationModel>,
  report: ProblemReporter,
): void {
  for (const entry of programs) {
    if (!organisations.has(entry.data.agare)) {
      report.at(entry, ['agare'], corpusProblem('corpus/unknown-organisation', { id: entry.data.agare, known: organisations.keys() }));
    }
  }
}
