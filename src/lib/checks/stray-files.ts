import { glob, stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentProblem } from '../content-problem.ts';
import { COLLECTIONS } from '../content-entry.ts';

/**
 * Files in content/ that no collection reads: a misplaced file would silently not be published,
 * and content must never hold code (.mdx, .js …), so both are errors.
 */
export async function strayFileProblems(contentDir: string, rootDir: string): Promise<ContentProblem[]> {
  const known = new Set<string>();
  for (const { pattern } of Object.values(COLLECTIONS)) {
    for await (const file of glob(pattern, { cwd: contentDir })) known.add(file);
  }
  const problems: ContentProblem[] = [];
  for await (const file of glob('**/*', { cwd: contentDir, withFileTypes: false })) {
    const absolute = path.join(contentDir, file);
    if (known.has(file) || !(await stat(absolute)).isFile()) continue;
    const shown = path.relative(rootDir, absolute).split(path.sep).join('/');
    const isCode = !/\.(md|yaml)$/.test(file);
    problems.push(
      new ContentProblem({
        location: { file: shown },
        message: isCode
          ? 'innehållet får bara bestå av Markdown (.md) och YAML (.yaml); den här filen skulle inte publiceras.'
          : 'filen ligger på en plats som ingen del av webbplatsen läser.',
        hint: 'Se README.md, avsnittet om hur content/ är ordnat, och flytta eller ta bort filen.',
      }),
    );
  }
  return problems;
}
