import type { ContentProblem } from '#lib/content/content-problem.ts';
import { failureCovers } from '#lib/content/document-keys.ts';

export interface SeparatedProblems {
  /** What the editor should fix: every problem that is not caused by another. */
  shown: ContentProblem[];
  /** Problems in documents that lean on a document with errors; they are checked again once it is fixed. */
  followOns: ContentProblem[];
}

/**
 * One mistake, one error. A document with an error of its own has failed; a problem that depends
 * on a failed document (a link to its page, a note citing its comment) is a follow-on, and its own
 * document fails in turn, so the chain stops where the mistake is. Starting only from problems that
 * depend on nothing, two documents can never hide each other's errors.
 */
export function separateFollowOns(
  problems: readonly ContentProblem[],
  documentOf: (file: string) => string | undefined,
): SeparatedProblems {
  const failed = new Set<string>();
  for (const problem of problems) {
    const document = documentOf(problem.location.file);
    if (problem.severity === 'fel' && !problem.dependsOn && document) failed.add(document);
  }
  const followOns = new Set<ContentProblem>();
  const real = new Set<ContentProblem>();
  const dependent = problems.filter((problem) => problem.dependsOn);
  const fail = (problem: ContentProblem) => {
    const own = documentOf(problem.location.file);
    if (problem.severity !== 'fel' || !own || failed.has(own)) return false;
    failed.add(own);
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const problem of dependent) {
      if (followOns.has(problem) || real.has(problem)) continue;
      const own = documentOf(problem.location.file);
      const caused = problem.dependsOn?.some((dependency) =>
        [...failed].some((document) => document !== own && failureCovers(document, dependency)),
      );
      if (!caused) continue;
      followOns.add(problem);
      changed = fail(problem) || changed;
    }
    // What no failure explains is a mistake of its own (a reference to a section that never
    // existed): it stays shown, and its document has failed for those that lean on it.
    // Those whose dependencies no unsettled problem could fail go first, so a chain is settled from its start.
    if (!changed) {
      const open = dependent.filter((problem) => !followOns.has(problem) && !real.has(problem));
      const unsettled = new Set(open.map((problem) => documentOf(problem.location.file)).filter((document) => document !== undefined));
      const settled = open.filter((problem) => {
        const own = documentOf(problem.location.file);
        return !problem.dependsOn?.some((dependency) =>
          [...unsettled].some((document) => document !== own && failureCovers(document, dependency)),
        );
      });
      for (const problem of settled.length > 0 ? settled : open.slice(0, 1)) {
        real.add(problem);
        changed = fail(problem) || changed;
      }
      if (settled.length === 0 && open.length > 0) changed = true;
    }
  }
  return {
    shown: problems.filter((problem) => !followOns.has(problem)),
    followOns: problems.filter((problem) => followOns.has(problem)),
  };
}
