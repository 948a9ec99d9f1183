import { diffArrays } from 'diff';

/** A run of text that both versions share, or that only the old or only the new one has. */
export interface DiffSegment {
  type: 'equal' | 'removed' | 'added';
  text: string;
}

/**
 * Words are letters and digits of any script (å, ä, ö included) joined by hyphens, colons or
 * apostrophes inside a compound (RSA-processen, 27000-serien, SKR:s), keeping the trailing hyphen
 * of a shared compound part ("risk- och sårbarhetsanalys"). Everything else is one token per
 * character, so a changed comma does not mark its word as changed.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[-‐:'’][\p{L}\p{N}]+)*-?|\s+|[^\p{L}\p{N}\s]/gu;
const WORD = /^[\p{L}\p{N}]/u;

/** Marks where one paragraph ends and the next begins when several are diffed as one text. */
const BREAK = '\u2029';

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function isWord(token: string): boolean {
  return WORD.test(token);
}

export function wordCount(text: string): number {
  return tokenize(text).filter(isWord).length;
}

/** The word diff of paragraphs, laid out for both columns and for the inline view. */
export interface ParagraphDiff {
  /** One list per old paragraph: shared and removed text. */
  oldSide: DiffSegment[][];
  /** One list per new paragraph: shared and added text. */
  newSide: DiffSegment[][];
  /** One list per new paragraph (or one when there is none): removed and added text in reading order. */
  inline: DiffSegment[][];
  wordsAdded: number;
  wordsRemoved: number;
}

interface Run {
  type: DiffSegment['type'];
  tokens: string[];
}

/**
 * Diffs old paragraphs against new ones word by word. Several paragraphs on one side (a split or
 * a merge) are diffed as one text, so a paragraph cut in two reads as the same words, not as a
 * rewrite.
 */
export function diffParagraphs(oldTexts: readonly string[], newTexts: readonly string[]): ParagraphDiff {
  const join = (texts: readonly string[]) => texts.flatMap((text, index) => (index === 0 ? tokenize(text) : [BREAK, ...tokenize(text)]));
  const runs = cleanUp(
    diffArrays(join(oldTexts), join(newTexts)).map((change) => ({
      type: change.added ? 'added' : change.removed ? 'removed' : 'equal',
      tokens: change.value,
    })),
  );

  const oldSide: DiffSegment[][] = [[]];
  const newSide: DiffSegment[][] = [[]];
  const inline: DiffSegment[][] = [[]];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  const push = (target: DiffSegment[][], type: DiffSegment['type'], text: string) => {
    const list = target.at(-1) as DiffSegment[];
    const last = list.at(-1);
    if (last?.type === type) last.text += text;
    else if (text) list.push({ type, text });
  };
  for (const run of runs) {
    let text = '';
    // Spaces that only differ where a paragraph was split or joined are not a change to show.
    const quiet = run.type !== 'equal' && run.tokens.every((token) => token === BREAK || /^\s+$/.test(token));
    const flush = () => {
      if (quiet) {
        push(run.type === 'removed' ? oldSide : newSide, 'equal', text);
        if (run.type === 'added') push(inline, 'equal', text);
      } else {
        if (run.type !== 'added') push(oldSide, run.type, text);
        if (run.type !== 'removed') push(newSide, run.type, text);
        push(inline, run.type, text);
      }
      text = '';
    };
    for (const token of run.tokens) {
      if (token !== BREAK) {
        text += token;
        if (isWord(token) && run.type === 'added') wordsAdded++;
        if (isWord(token) && run.type === 'removed') wordsRemoved++;
        continue;
      }
      flush();
      // Text removed across a paragraph break still reads as two sentences inline.
      if (run.type === 'removed') text = ' ';
      if (run.type !== 'added') oldSide.push([]);
      if (run.type !== 'removed') {
        newSide.push([]);
        inline.push([]);
      }
    }
    flush();
  }
  return {
    oldSide: oldSide.map(trimSegments),
    newSide: newSide.map(trimSegments),
    inline: inline.map(trimSegments),
    wordsAdded,
    wordsRemoved,
  };
}

/** The word diff of two texts in reading order. */
export function wordDiff(oldText: string, newText: string): DiffSegment[] {
  return diffParagraphs([oldText], [newText]).inline[0] ?? [];
}

/**
 * Makes a diff read like an editor's changes: a change interrupted only by spaces or punctuation,
 * or by one word between two longer changes, is shown as one change rather than a word salad.
 */
function cleanUp(runs: Run[]): Run[] {
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
    const small =
      shared === 0 || (shared === 1 && words([...before.removed, ...before.added]) >= 2 && words([...after.removed, ...after.added]) >= 2);
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

/** Drops empty segments and the whitespace a paragraph break leaves at either end. */
function trimSegments(segments: DiffSegment[]): DiffSegment[] {
  const result = segments.filter((segment) => segment.text.length > 0);
  const first = result[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = result.at(-1);
  if (last) last.text = last.text.replace(/\s+$/, '');
  return result.filter((segment) => segment.text.length > 0);
}
