/**
 * A mistake in content that an editor must fix. Every check reports through this one class so
 * that messages share one shape: where, what, and what to do — in Swedish.
 */
export interface ProblemLocation {
  /** Path relative to the repository root, e.g. `content/remisser/x.md`. */
  file: string;
  line?: number;
  column?: number;
}

export type ProblemSeverity = 'fel' | 'varning';

export class ContentProblem extends Error {
  readonly location: ProblemLocation;
  /** The frontmatter field or attribute at fault, as a dotted path, if any. */
  readonly field?: string;
  /** What the editor can do about it. */
  readonly hint?: string;
  readonly severity: ProblemSeverity;

  constructor(options: {
    location: ProblemLocation;
    message: string;
    field?: string;
    hint?: string;
    severity?: ProblemSeverity;
  }) {
    super(options.message);
    this.name = 'ContentProblem';
    this.location = options.location;
    this.field = options.field;
    this.hint = options.hint;
    this.severity = options.severity ?? 'fel';
  }

  /** One line an editor can read in a terminal: `fil:rad:kolumn fel [fält]: meddelande Tips: …`. */
  format(): string {
    const { file, line, column } = this.location;
    const where = [file, line, line !== undefined ? column : undefined].filter((part) => part !== undefined).join(':');
    const field = this.field ? ` [${this.field}]` : '';
    const hint = this.hint ? ` ${this.hint}` : '';
    return `${where} ${this.severity}${field}: ${this.message}${hint}`;
  }
}

/** Raised when content has errors; carries all of them so an editor sees every mistake at once. */
export class ContentErrors extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter((problem) => problem.severity === 'fel');
    super(`Innehållet har ${errors.length} fel:\n${errors.map((problem) => `  ${problem.format()}`).join('\n')}`);
    this.name = 'ContentErrors';
    this.problems = problems;
  }
}
