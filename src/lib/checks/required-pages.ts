import path from 'node:path';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { checksProblem } from './problems.ts';

/** The law requires an accessibility statement, so a site without one must not build. */
export function requiredPageProblems(contentDir: string, rootDir: string, statements: readonly unknown[]): ContentProblem[] {
  if (statements.length > 0) return [];
  const file = path.relative(rootDir, path.join(contentDir, 'tillganglighetsredogorelse.md')).split(path.sep).join('/');
  return [new ContentProblem({ location: { file }, ...checksProblem('checks/missing-accessibility-statement') })];
}
