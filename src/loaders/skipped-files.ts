import type { ContentProblem } from '#lib/content/content-problem.ts';

const KEY = Symbol.for('styrdok.skippedFiles');

/**
 * The files the loader left out because they cannot be read or validated, by path, with why. The
 * build awaits the content check, which reports them with everything else; `npm run dev` runs no
 * check, so its pages show these instead. Kept on globalThis: in one dev process the loader and
 * the pages are separate module instances (content config and page bundle).
 */
export function skippedFiles(): Map<string, ContentProblem[]> {
  const shared = globalThis as { [KEY]?: Map<string, ContentProblem[]> };
  shared[KEY] ??= new Map();
  return shared[KEY];
}
