import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { routesProblem } from './problems.ts';

/** Names under /program/<program>/ that pages other than versions use: comparison, changelog, section history, point in time. */
export const RESERVED_PROGRAM_VERSION_IDS = ['jamfor', 'andringar', 'avsnitt', 'per-datum'] as const;
/** Names under /anvisningar/<anvisning>/ that the comparison uses. */
export const RESERVED_ANVISNING_VERSION_IDS = ['jamfor'] as const;

/** A version file named like one of those pages would hide it, or be hidden by it. */
export function checkReservedVersionIds(
  entries: readonly ContentEntry<unknown>[],
  reserved: readonly string[],
  report: ProblemReporter,
): void {
  for (const entry of entries) {
    const versionId = entry.id.split('/')[1] ?? '';
    if (reserved.includes(versionId)) {
      report.at(entry, [], routesProblem('routes/reserved-version-id', { versionId }));
    }
  }
}
