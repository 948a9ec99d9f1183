import { type CheckOptions, checkContent } from '#lib/checks/check-content.ts';
import type { ContentProblem } from '#lib/content/content-problem.ts';
import path from 'node:path';
import { fixtureCopy } from './fixture-copy.ts';
import { FIXTURE_CONTENT } from './paths.ts';

/** A problem as text with its file relative to the content folder, to compare across copies. */
const withinContent = (problem: ContentProblem, contentDir: string) =>
  problem.format().replaceAll(`${path.relative(process.cwd(), contentDir)}/`, '');

/**
 * Runs the content check on a copy of the fixture corpus after some edits and new files, and
 * returns the problems with each formatted as the editor reads it (`file:line:col fel [fält] (kod): …`).
 */
export async function checkFixture(
  changes: { edit?: Record<string, (text: string) => string>; write?: Record<string, string> } = {},
  options: CheckOptions = {},
): Promise<{ problems: ContentProblem[]; lines: string[] }> {
  const copy = await fixtureCopy();
  try {
    for (const [file, change] of Object.entries(changes.edit ?? {})) await copy.edit(file, change);
    for (const [file, text] of Object.entries(changes.write ?? {})) await copy.write(file, text);
    // Only what the change brought: the untouched fixture's own warnings (an open remiss with
    // comments not yet handled) belong to other tests.
    const baseline = new Set(
      (await checkContent(FIXTURE_CONTENT, undefined, options)).map((problem) => withinContent(problem, FIXTURE_CONTENT)),
    );
    const problems = (await checkContent(copy.dir, undefined, options)).filter(
      (problem) => !baseline.has(withinContent(problem, copy.dir)),
    );
    return { problems, lines: problems.map((problem) => problem.format()) };
  } finally {
    await copy.remove();
  }
}

/** The one formatted problem that mentions all fragments, or a failure listing what was found. */
export function lineSaying(lines: string[], ...fragments: string[]): string {
  const match = lines.find((line) => fragments.every((fragment) => line.includes(fragment)));
  if (!match) throw new Error(`No problem says all of ${JSON.stringify(fragments)}. Problems:\n${lines.join('\n') || '(none)'}`);
  return match;
}
