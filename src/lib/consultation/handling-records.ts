import type { Beredning } from '#schemas/beredning.ts';
import { type Hantering, hanteringSchema } from '#schemas/hantering.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import { parseWithSchema } from '#lib/content/schema-problems.ts';

/**
 * The handling records of a beredning, each validated on its own: valid records by reference
 * (`jarva#k4`), and a problem for every mistake, placed at the record's line.
 */
export function parseHandlingRecords(entry: ContentEntry<Beredning>): { records: Map<string, Hantering>; problems: ContentProblem[] } {
  const records = new Map<string, Hantering>();
  const problems: ContentProblem[] = [];
  for (const [ref, value] of Object.entries(entry.data.kommentarer)) {
    const at = ['kommentarer', ref];
    const scoped = {
      path: entry.path,
      data: (value ?? {}) as Record<string, unknown>,
      body: '',
      bodyLine: 1,
      locate: (field: readonly (string | number)[]) => entry.locate?.([...at, ...field]) ?? { line: 1, column: 1 },
    };
    const result = parseWithSchema(hanteringSchema, scoped, value);
    if (result.data) records.set(ref, result.data);
    for (const problem of result.problems) {
      problems.push(
        new ContentProblem({
          location: problem.location,
          field: [...at, ...(problem.field ? [problem.field] : [])].join('.'),
          code: problem.code,
          message: problem.message,
          hint: problem.hint,
        }),
      );
    }
  }
  return { records, problems };
}
