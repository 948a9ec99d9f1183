import type { ProgramVersion } from '../schemas/program-version.ts';
import type { ContentEntry } from './content-entry.ts';
import type { ProblemReporter } from './problem-reporter.ts';

/** Names under /program/<program>/ that pages other than versions use: comparison, changelog, section history. */
export const RESERVED_VERSION_IDS = ['jamfor', 'andringar', 'avsnitt'] as const;

/** A version file named like one of those pages would hide it, or be hidden by it. */
export function checkReservedVersionIds(entries: readonly ContentEntry<ProgramVersion>[], report: ProblemReporter): void {
  for (const entry of entries) {
    const versionId = entry.id.split('/')[1] ?? '';
    if ((RESERVED_VERSION_IDS as readonly string[]).includes(versionId)) {
      report.at(
        entry,
        [],
        `versionen kan inte heta "${versionId}": namnet används av en annan sida om programmet.`,
        'Döp om filen, t.ex. efter årtalet versionen gäller från ("2024.md").',
      );
    }
  }
}
