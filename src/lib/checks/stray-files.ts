import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { COLLECTIONS } from '#lib/content/content-entry.ts';
import { contentProblem } from '#lib/content/problems.ts';
import { contentIdFor, isContentId } from '#lib/routes/content-id.ts';
import { routesProblem } from '#lib/routes/problems.ts';
import { checksProblem } from './problems.ts';

/**
 * Files in content/ that no collection reads: a misplaced file would silently not be published,
 * and content must never hold code (.js, .astro …), so both are errors. A document written both
 * as `.md` and as `.mdx` would be two entries with one ID, so the second is an error too. A hidden file (a name
 * starting with a dot) is one no other check reads; a folder or file whose name is not an ID
 * would give an address with spaces or capitals. One problem per name, at its first file.
 *
 * One synchronous walk of the folder, matched against every collection's pattern: walked through
 * the thread pool beside the rest of the check, the walk only moved when the check paused, and the
 * check ended up waiting a second for it at 5,000 documents (a tenth of that, done here at once).
 */
export function strayFileProblems(contentDir: string, rootDir: string): ContentProblem[] {
  const patterns = Object.values(COLLECTIONS).map(({ pattern }) => pattern);
  const problems: ContentProblem[] = [];
  const named = new Set<string>();
  const markdown = new Map<string, string>();
  const mdx = new Map<string, string>();
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const file = path.relative(contentDir, absolute).split(path.sep).join('/');
    const shown = path.relative(rootDir, absolute).split(path.sep).join('/');
    const location = { file: shown };
    if (file.split('/').some((part) => part.startsWith('.'))) {
      problems.push(new ContentProblem({ location, ...checksProblem('checks/hidden-file') }));
      continue;
    }
    if (!patterns.some((pattern) => path.posix.matchesGlob(file, pattern))) {
      const isCode = !/\.(md|mdx|yaml)$/.test(file);
      problems.push(new ContentProblem({ location, ...checksProblem(isCode ? 'checks/code-file' : 'checks/stray-file') }));
      continue;
    }
    const withoutExtension = file.replace(/\.(md|mdx|yaml)$/, '');
    if (file.endsWith('.md')) markdown.set(withoutExtension, shown);
    if (file.endsWith('.mdx')) mdx.set(withoutExtension, shown);
    const parts = withoutExtension.split('/');
    parts.forEach((name, index) => {
      const where = parts.slice(0, index + 1).join('/');
      if (isContentId(name) || named.has(where)) return;
      named.add(where);
      const kind = index === parts.length - 1 ? 'filen' : 'mappen';
      // At the file's first line, so the annotation shows on the file in a pull request.
      problems.push(
        new ContentProblem({
          location: { ...location, line: 1, column: 1 },
          ...routesProblem('routes/invalid-id', { name, kind, suggested: contentIdFor(name) }),
        }),
      );
    });
  }
  for (const [name, file] of mdx) {
    const other = markdown.get(name);
    if (other !== undefined) problems.push(new ContentProblem({ location: { file }, ...contentProblem('content/md-and-mdx', { other }) }));
  }
  return problems;
}
