import type { z } from 'zod';
import { ContentProblem } from './content-problem.ts';
import { contentProblem } from './problems.ts';
import type { SourceFile } from './source-file.ts';

type Issue = z.core.$ZodIssue;
type Shape = Record<string, unknown>;

/**
 * Validates a file's data with its schema and turns every zod issue into a ContentProblem that
 * names the file, line, field and bad value — the one place where schema errors become Swedish.
 */
export function parseWithSchema<T extends z.ZodType>(
  schema: T,
  file: SourceFile,
  data: unknown = file.data,
): { data: z.output<T>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  // A misspelt field name leaves the field it meant missing, and a rule across fields (lineage without
  // "foregaende") then fails for that reason alone: the misspelling is the one mistake to report.
  const misspelt = result.error.issues.some((issue) => issue.code === 'unrecognized_keys');
  const issues = misspelt ? result.error.issues.filter((issue) => issue.code !== 'custom') : result.error.issues;
  return { data: undefined, problems: issues.map((issue) => issueToProblem(issue, file, data, schema)) };
}

export function issueToProblem(issue: Issue, file: SourceFile, data: unknown, schema?: z.ZodType): ContentProblem {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const field = path.length > 0 ? path.join('.') : undefined;
  const value = valueAt(data, path);
  const at = { file: file.path, ...file.locate(path) };

  switch (issue.code) {
    case 'unrecognized_keys':
      return new ContentProblem({
        location: { file: file.path, ...file.locate([...path, issue.keys[0] ?? '']) },
        field: [...path, issue.keys[0]].join('.'),
        ...contentProblem('content/unknown-field', { keys: issue.keys, known: schema ? knownKeys(schema, path) : [] }),
      });
    case 'invalid_type':
      if (value === undefined) {
        return new ContentProblem({
          location: at,
          field,
          ...contentProblem('content/missing-field', { field, name: path.at(-1), type: typeName(issue.expected) }),
        });
      }
      return new ContentProblem({
        location: at,
        field,
        ...contentProblem('content/wrong-type', { field, value, type: typeName(issue.expected) }),
      });
    case 'invalid_value':
      return new ContentProblem({
        location: at,
        field,
        ...contentProblem('content/invalid-value', { field, value, allowed: issue.values.map(String) }),
      });
    case 'invalid_union':
      return new ContentProblem({
        location: at,
        field,
        ...contentProblem('content/wrong-shape', { field, value, hasTyp: valueAt(data, [...path, 'typ']) !== undefined }),
      });
    default:
      return new ContentProblem({
        location: at,
        field,
        ...contentProblem('content/invalid-field', { field, value, detail: issue.message }),
      });
  }
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Shape)[key as string];
  }
  return current;
}

/** Field names the schema accepts at a path, for suggesting a fix to a misspelt key. */
function knownKeys(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let current: unknown = schema;
  let depth = 0;
  for (;;) {
    const def = (current as { _zod?: { def?: Shape } })._zod?.def;
    if (!def) return [];
    if (def.type === 'pipe') current = def.in;
    else if (def.type === 'optional' || def.type === 'default') current = def.innerType;
    else if (def.type === 'object') {
      const shape = def.shape as Shape;
      if (depth === path.length) return Object.keys(shape);
      current = shape[String(path[depth++])];
    } else if (def.type === 'array' && typeof path[depth] === 'number') {
      current = def.element;
      depth++;
    } else return [];
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'ett tal',
    boolean: 'true eller false',
    array: 'en lista',
    object: 'en grupp av fält',
  };
  return names[expected] ?? expected;
}
