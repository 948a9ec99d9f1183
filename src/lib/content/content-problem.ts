import { didYouMean } from '#lib/text/suggest.ts';

/**
 * A mistake in content that an editor must fix. Every check reports through this one class so
 * that messages share one shape: where, which mistake (a stable code), what, and what to do — in Swedish.
 */
export interface ProblemLocation {
  /** Path relative to the repository root, e.g. `content/remisser/x.md`. */
  file: string;
  line?: number;
  column?: number;
}

export type ProblemSeverity = 'fel' | 'varning';

/** What a problem says once its parameters are filled in, as a domain's catalogue gives it. */
export interface ProblemText {
  /**
   * Which mistake this is, the same in every message about it: the domain folder under src/lib,
   * a slash, and the mistake in kebab-case English, e.g. `lineage/unknown-section`. The editors'
   * guide lists every code with what to do (content/sidor/redaktorsguide.md, "Felkoder").
   */
  code: string;
  message: string;
  /** What the editor can do about it. */
  hint?: string;
  /**
   * The documents this problem is about besides its own file (keys from document-keys.ts): when
   * one of them has errors of its own, this problem is a follow-on and is not shown until they are fixed.
   */
  dependsOn?: readonly string[];
}

export class ContentProblem extends Error {
  readonly code: string;
  readonly location: ProblemLocation;
  /** The frontmatter field or attribute at fault, as a dotted path, if any. */
  readonly field?: string;
  /** What the editor can do about it. */
  readonly hint?: string;
  readonly severity: ProblemSeverity;
  readonly dependsOn?: readonly string[];

  constructor(options: ProblemText & { location: ProblemLocation; field?: string; severity?: ProblemSeverity }) {
    super(options.message);
    this.name = 'ContentProblem';
    this.code = options.code;
    this.location = options.location;
    this.field = options.field;
    this.hint = options.hint;
    this.severity = options.severity ?? 'fel';
    if (options.dependsOn?.length) this.dependsOn = options.dependsOn;
  }

  /** One line an editor can read in a terminal: `fil:rad:kolumn fel [fält] (kod): meddelande Tips: …`. */
  format(): string {
    const { file, line, column } = this.location;
    const where = [file, line, line !== undefined ? column : undefined].filter((part) => part !== undefined).join(':');
    const field = this.field ? ` [${this.field}]` : '';
    const hint = this.hint ? ` ${this.hint}` : '';
    return `${where} ${this.severity}${field} (${this.code}): ${this.message}${hint}`;
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

/**
 * One entry of a domain's catalogue: its message and hint in Swedish, as text, or made from the
 * problem's parameters. The parameters' type is written once, on the functions, and inferred from there.
 */
export interface ProblemDefinition {
  message: string | ((params: never) => string);
  hint?: string | ((params: never) => string | undefined);
}

type ParamsOf<D> = (D extends { message: (params: infer P) => string } ? P : unknown) &
  (D extends { hint: (params: infer P) => unknown } ? P : unknown);

/** The parameters a catalogue entry needs: none when its texts are fixed. */
export type ProblemArgs<D> = unknown extends ParamsOf<D> ? [] : [params: ParamsOf<D>];

/** A domain's problems by code; called with a code and its parameters, it gives the problem's text. */
export interface ProblemCatalogue<C> {
  <K extends keyof C & string>(code: K, ...params: ProblemArgs<C[K]>): ProblemText;
  /** The folder under src/lib whose problems these are, the first part of every code. */
  readonly domain: string;
  readonly definitions: Readonly<C>;
}

/**
 * Declares a domain's problems in one place, at the top of its `problems.ts`, as Astro's error
 * catalogue does: every code starts with the domain, and the texts are the only copy of the wording.
 */
export function problemCatalogue<
  const D extends string,
  C extends { [K in keyof C]: K extends `${D}/${string}` ? ProblemDefinition : never },
>(domain: D, definitions: C): ProblemCatalogue<C> {
  const text = (code: string, params?: unknown): ProblemText => {
    const definition = (definitions as Record<string, ProblemDefinition>)[code];
    if (!definition) throw new Error(`unknown problem code ${code}`);
    const fill = (part: ProblemDefinition['hint']) =>
      typeof part === 'function' ? (part as (params: unknown) => string | undefined)(params) : part;
    const hint = fill(definition.hint);
    return { code, message: fill(definition.message) as string, ...(hint === undefined ? {} : { hint }) };
  };
  return Object.assign(text as unknown as ProblemCatalogue<C>, { domain, definitions });
}

/** A reference to an ID that does not exist, with the nearest that do: `programmet "x" finns inte. Menade du "y"?` */
export interface UnknownReference {
  id: string;
  known: Iterable<string>;
}

/** The catalogue entry for a reference to something (`what`: "programmet") that does not exist. */
export function unknownReference(what: string) {
  return {
    message: ({ id }: UnknownReference) => `${what} "${id}" finns inte.`,
    hint: ({ id, known }: UnknownReference) => didYouMean(id, known),
  };
}
