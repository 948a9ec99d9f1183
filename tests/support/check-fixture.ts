import { type CheckOptions, checkContent } from '../../src/lib/check-content.ts';
import type { ContentProblem } from '../../src/lib/content-problem.ts';
import { fixtureCopy } from './fixture-copy.ts';

/**
 * Runs the content check on a copy of the fixture corpus after some edits and new files, and
 * returns the problems with each formatted as the editor reads it (`file:line:col fel: …`).
 */
export async function checkFixture(
  changes: { edit?: Record<string, (text: string) => string>; write?: Record<string, string> } = {},
  options: CheckOptions = {},
): Promise<{ problems: ContentProblem[]; lines: string[] }> {
  const copy = await fixtureCopy();
  try {
    for (const [file, change] of Object.entries(changes.edit ?? {})) await copy.edit(file, change);
    for (const [file, text] of Object.entries(changes.write ?? {})) await copy.write(file, text);
    const problems = await checkContent(copy.dir, undefined, options);
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
