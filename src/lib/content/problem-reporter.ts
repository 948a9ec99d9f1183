import { ContentProblem, type ProblemSeverity, type ProblemText } from './content-problem.ts';
import type { ContentEntry } from './content-entry.ts';

/** Collects problems about entries, placing each at the field it concerns when positions are known. */
export class ProblemReporter {
  readonly problems: ContentProblem[] = [];

  /** Reports a problem from a domain's catalogue (`corpusProblem('corpus/unknown-program', …)`) at a field of an entry. */
  at(entry: ContentEntry<unknown>, field: (string | number)[], text: ProblemText, severity: ProblemSeverity = 'fel'): void {
    const position = entry.locate?.(field);
    this.problems.push(
      new ContentProblem({
        location: { file: entry.path, ...position },
        field: field.length > 0 ? field.join('.') : undefined,
        code: text.code,
        message: text.message,
        hint: text.hint,
        dependsOn: text.dependsOn,
        severity,
      }),
    );
  }

  add(...problems: ContentProblem[]): void {
    this.problems.push(...problems);
  }
}
