import { BREAK, isWord } from '#lib/text/word-tokens.ts';

/** A stretch of tokens the diff found shared, removed or added. */
export interface Run {
  type: 'equal' | 'removed' | 'added';
  tokens: string[];
}

/**
 * Makes a diff read like an editor's changes: a change interrupted only by spaces or punctuation,
 * or by one word between two longer changes, is shown as one change rather than a word salad.
 */
export function cleanUp(runs: Run[]): Run[] {
  // Group into alternating equal runs and change groups (removed then added).
  type Group = { equal: string[] } | { removed: string[]; added: string[] };
  const groups: Group[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    if (run.type === 'equal') groups.push({ equal: [...run.tokens] });
    else if (last && !('equal' in last)) last[run.type].push(...run.tokens);
    else groups.push(run.type === 'removed' ? { removed: [...run.tokens], added: [] } : { removed: [], added: [...run.tokens] });
  }
  const words = (tokens: string[]) => tokens.filter(isWord).length;
  for (let i = 1; i < groups.length - 1; i++) {
    const [before, middle, after] = [groups[i - 1], groups[i], groups[i + 1]];
    if (!before || !middle || !after || !('equal' in middle) || 'equal' in before || 'equal' in after) continue;
    if (middle.equal.includes(BREAK)) continue;
    const slid = slide(before, middle.equal, after);
    if (slid) {
      groups.splice(i - 1, 3, ...slid);
      continue;
    }
    const shared = words(middle.equal);
    const size = (group: { removed: string[]; added: string[] }) => Math.max(words(group.removed), words(group.added));
    const small = shared === 0 || (shared === 1 && size(before) >= 2 && size(after) >= 2);
    if (!small) continue;
    groups.splice(i - 1, 3, {
      removed: [...before.removed, ...middle.equal, ...after.removed],
      added: [...before.added, ...middle.equal, ...after.added],
    });
    i = Math.max(0, i - 2);
  }
  trimEnds(groups);
  return groups.flatMap((group): Run[] =>
    'equal' in group
      ? [{ type: 'equal', tokens: group.equal }]
      : [
          ...(group.removed.length > 0 ? [{ type: 'removed' as const, tokens: group.removed }] : []),
          ...(group.added.length > 0 ? [{ type: 'added' as const, tokens: group.added }] : []),
        ],
  );
}

/**
 * Text added or removed at the very end (or start) of a paragraph starts (or ends) with the space
 * that joins it to the rest; that space belongs to the unchanged text, not to the change.
 */
function trimEnds(groups: ({ equal: string[] } | { removed: string[]; added: string[] })[]): void {
  const space = (token: string | undefined) => token !== undefined && /^\s+$/.test(token);
  const [first, second] = [groups[0], groups[1]];
  const last = groups.at(-1);
  const beforeLast = groups.at(-2);
  if (last && beforeLast && 'equal' in beforeLast && !('equal' in last)) {
    const side = last.removed.length === 0 ? last.added : last.added.length === 0 ? last.removed : undefined;
    if (side && side.length > 1 && space(side[0])) beforeLast.equal.push(side.shift() as string);
  }
  if (first && second && 'equal' in second && !('equal' in first)) {
    const side = first.removed.length === 0 ? first.added : first.added.length === 0 ? first.removed : undefined;
    if (side && side.length > 1 && space(side.at(-1))) second.equal.unshift(side.pop() as string);
  }
}

/**
 * Two insertions (or two deletions) around a shared run, where the second ends with that same
 * run, are one insertion followed by it: "ska [även … ska] kunna" rather than "ska [även …] kunna
 * [starta … ska kunna]". The same run at the start of the first one slides the other way.
 */
function slide(
  before: { removed: string[]; added: string[] },
  equal: string[],
  after: { removed: string[]; added: string[] },
): ({ equal: string[] } | { removed: string[]; added: string[] })[] | undefined {
  const side =
    before.removed.length === 0 && after.removed.length === 0
      ? 'added'
      : before.added.length === 0 && after.added.length === 0
        ? 'removed'
        : undefined;
  if (!side) return undefined;
  const [first, second] = [before[side], after[side]];
  const same = (tokens: string[], at: number) => equal.every((token, k) => tokens[at + k] === token);
  const make = (tokens: string[]) => (side === 'added' ? { removed: [], added: tokens } : { removed: tokens, added: [] });
  if (second.length >= equal.length && same(second, second.length - equal.length)) {
    return [make([...first, ...equal, ...second.slice(0, second.length - equal.length)]), { equal: [...equal] }];
  }
  if (first.length >= equal.length && same(first, 0)) {
    return [{ equal: [...equal] }, make([...first.slice(equal.length), ...equal, ...second])];
  }
  return undefined;
}
