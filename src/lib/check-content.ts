import { glob, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildCorpus } from './build-corpus.ts';
import { ContentProblem } from './content-problem.ts';
import { COLLECTIONS } from './content-entry.ts';
import { publicityProblems } from './publicity.ts';
import { readContentEntries } from './read-content.ts';

/** Every problem in the content under `contentDir`, without rendering anything. */
export async function checkContent(contentDir: string, rootDir = process.cwd()): Promise<ContentProblem[]> {
  const { entries, problems } = await readContentEntries(contentDir, rootDir);
  const { problems: referenceProblems } = buildCorpus(entries, { render: false });
  return [
    ...(await strayFiles(contentDir, rootDir)),
    ...problems,
    ...requiredPages(contentDir, rootDir, entries.tillganglighet),
    ...referenceProblems,
    ...publicityProblems(entries),
  ];
}

/** The law requires an accessibility statement, so a site without one must not build. */
function requiredPages(contentDir: string, rootDir: string, statements: unknown[]): ContentProblem[] {
  if (statements.length > 0) return [];
  const file = path.relative(rootDir, path.join(contentDir, 'tillganglighetsredogorelse.md')).split(path.sep).join('/');
  return [
    new ContentProblem({
      location: { file },
      message: 'webbplatsen saknar tillgänglighetsredogörelse, som lagen om tillgänglighet till digital offentlig service kräver.',
      hint: 'Skapa filen med fälten organisation, tjanst, efterlevnad, brister, bedomning, senastUppdaterad, aterkoppling och tillsyn (se src/schemas/tillganglighet.ts).',
    }),
  ];
}

/**
 * Files in content/ that no collection reads: a misplaced file would silently not be published,
 * and content must never hold code (.mdx, .js …), so both are errors.
 */
async function strayFiles(contentDir: string, rootDir: string): Promise<ContentProblem[]> {
  const known = new Set<string>();
  for (const { pattern } of Object.values(COLLECTIONS)) {
    for await (const file of glob(pattern, { cwd: contentDir })) known.add(file);
  }
  const problems: ContentProblem[] = [];
  for await (const file of glob('**/*', { cwd: contentDir, withFileTypes: false })) {
    const absolute = path.join(contentDir, file);
    if (known.has(file) || !(await isFile(absolute))) continue;
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

async function isFile(file: string): Promise<boolean> {
  return (await stat(file)).isFile();
}

/** A problem as a GitHub workflow command, so it shows on the line in the pull request. */
export function githubAnnotation(problem: ContentProblem): string {
  const { file, line, column } = problem.location;
  const properties = [`file=${file}`, line ? `line=${line}` : '', column ? `col=${column}` : '', `title=${problem.field ?? 'innehåll'}`]
    .filter(Boolean)
    .join(',');
  const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const message = escapeData(`${problem.message}${problem.hint ? ` ${problem.hint}` : ''}`);
  return `::${problem.severity === 'fel' ? 'error' : 'warning'} ${properties}::${message}`;
}
