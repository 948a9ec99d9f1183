import { buildCorpus } from './build-corpus.ts';
import type { ContentProblem } from './content-problem.ts';
import { publicityProblems } from './publicity.ts';
import { readContentEntries } from './read-content.ts';

/** Every problem in the content under `contentDir`, without rendering anything. */
export async function checkContent(contentDir: string, rootDir = process.cwd()): Promise<ContentProblem[]> {
  const { entries, problems } = await readContentEntries(contentDir, rootDir);
  const { problems: referenceProblems } = buildCorpus(entries, { render: false });
  return [...problems, ...referenceProblems, ...publicityProblems(entries)];
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
