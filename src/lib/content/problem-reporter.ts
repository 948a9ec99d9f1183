import { ContentProblem, type ProblemSeverity } from './content-problem.ts';
import type { ContentEntry } from './content-entry.ts';
import { didYouMean } from '#lib/text/suggest.ts';

/** Collects problems about entries, placing each at the field it concerns when positions are known. */
export class ProblemReporter {
  readonly problems: ContentProblem[] = [];

  at(entry: ContentEntry<unknown>, field: (string | number)[], message: string, hint?: string, severity: ProblemSeverity = 'fel'): void {
    const position = entry.locate?.(field);
    this.problems.push(
      new ContentProblem({
        location: { file: entry.path, ...position },
        field: field.length > 0 ? field.join('.') : undefined,
        message,
        hint,
        severity,
      }),
    );
  }

  /** Reports a reference to an ID that does not exist, suggesting the nearest ones that do. */
  unknown(entry: ContentEntry<unknown>, field: (string | number)[], what: string, id: string, known: Iterable<string>): void {
    this.at(entry, field, `${what} "${id}" finns inte.`, didYouMean(id, known));
  }

  add(...problems: ContentProblem[]): void {
    this.problems.push(...problems);
  }
}
