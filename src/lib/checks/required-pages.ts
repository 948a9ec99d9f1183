import { existsSync } from 'node:fs';
import path from 'node:path';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { checksProblem } from './problems.ts';

/** The law requires an accessibility statement, so a site without one must not build. */
export function requiredPageProblems(contentDir: string, rootDir: string, statements: readonly unknown[]): ContentProblem[] {
  const absolute = path.join(contentDir, 'tillganglighetsredogorelse.md');
  // A statement that is there but has errors is reported for those errors, not as missing.
  if (statements.length > 0 || existsSync(absolute) || existsSync(`${absolute}x`)) return [];
  const file = path.relative(rootDir, absolute).split(path.sep).join('/');
  return [new ContentProblem({ location: { file }, ...checksProblem('checks/missing-accessibility-statement') })];
}
