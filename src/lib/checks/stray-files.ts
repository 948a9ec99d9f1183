import { globSync } from 'node:fs';
import path from 'node:path';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { COLLECTIONS } from '#lib/content/content-entry.ts';
import { checksProblem } from './problems.ts';

/**
 * Files in content/ that no collection reads: a misplaced file would silently not be published,
 * and content must never hold code (.mdx, .js …), so both are errors.
 *
 * One synchronous walk of the folder, matched against every collection's pattern: walked through
 * the thread pool beside the rest of the check, the walk only moved when the check paused, and the
 * check ended up waiting a second for it at 5,000 documents (a tenth of that, done here at once).
 */
export function strayFileProblems(contentDir: string, rootDir: string): ContentProblem[] {
  const patterns = Object.values(COLLECTIONS).map(({ pattern }) => pattern);
  const problems: ContentProblem[] = [];
  for (const entry of globSync('**/*', { cwd: contentDir, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const file = path.relative(contentDir, absolute).split(path.sep).join('/');
    if (patterns.some((pattern) => path.posix.matchesGlob(file, pattern))) continue;
    const shown = path.relative(rootDir, absolute).split(path.sep).join('/');
    const isCode = !/\.(md|yaml)$/.test(file);
    problems.push(new ContentProblem({ location: { file: shown }, ...checksProblem(isCode ? 'checks/code-file' : 'checks/stray-file') }));
  }
  return problems;
}
