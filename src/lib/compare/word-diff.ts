import { diffArrays } from 'diff';
import { cleanUp } from './diff-cleanup.ts';
import { BREAK, isWord, tokenize } from '#lib/text/word-tokens.ts';

/** A run of text that both versions share, or that only the old or only the new one has. */
export interface DiffSegment {
  type: 'equal' | 'removed' | 'added';
  text: string;
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

/** Drops empty segments and the whitespace a paragraph break leaves at either end. */
function trimSegments(segments: DiffSegment[]): DiffSegment[] {
  const result = segments.filter((segment) => segment.text.length > 0);
  const first = result[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = result.at(-1);
  if (last) last.text = last.text.replace(/\s+$/, '');
  return result.filter((segment) => segment.text.length > 0);
}
