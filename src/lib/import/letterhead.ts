import { type LetterheadLine, letterheadLine, PERSON } from './letterhead-lines.ts';

/**
 * The letterhead of a statement (tjänsteutlåtande, yttrande): the blocks with the administration,
 * Handläggare, Till, Dnr, dates and address. In text taken from a PDF it stands where the page
 * break fell, often in the middle of the statement, or in front of the title; it is found by what
 * its lines say and cut out.
 */

/** A line's cells: a PDF's columns come out side by side with two or more spaces between them. */
export const cellsOf = (line: string): string[] => line.split(/\s{2,}/).filter(Boolean);

const kindsOf = (line: string): LetterheadLine[] =>
  cellsOf(line).flatMap((cell) => {
    const kind = letterheadLine(cell);
    return kind ? [kind] : [];
  });

const isPattern = (line: string) => kindsOf(line).length > 0;
/** Unrecognised letterhead lines (names, titles) are short; recognised ones may be longer. */
const isShort = (line: string) => line.length <= 48 && !/[.!?]$/.test(line);

/** Lines that begin a letterhead anywhere: its labels. */
const LABELS = new Set<LetterheadLine['kind']>(['handlaggare', 'till', 'dnr', 'reference', 'dokumenttyp', 'meeting']);
/** Lines that begin one only where a block begins, as at the top of the first page. */
const BLOCK_STARTS = new Set<LetterheadLine['kind']>([...LABELS, 'administration', 'city', 'date', 'body']);

/**
 * The end of the letterhead-like run of lines from `start`: short lines or letterhead lines, up to
 * a blank line, or up to a line that heads a paragraph as a heading does.
 */
function groupEnd(lines: readonly string[], start: number): number {
  let index = start;
  while (index < lines.length && lines[index] !== '') {
    const line = lines[index] ?? '';
    const next = lines[index + 1] ?? '';
    if (isPattern(line) || (isShort(line) && (next === '' || isShort(next) || isPattern(next)))) index++;
    else break;
  }
  return index;
}

const skipBlank = (lines: readonly string[], index: number) => {
  let position = index;
  while (position < lines.length && lines[position] === '') position++;
  return position;
};

function startsLetterhead(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (/[.!?]$/.test(line)) return false;
  const atBlockStart = index === 0 || lines[index - 1] === '';
  return kindsOf(line).some((kind) => LABELS.has(kind.kind) || (atBlockStart && BLOCK_STARTS.has(kind.kind)));
}

/**
 * Where each letterhead stands in the lines, as [first, end) index pairs. A letterhead starts at a
 * label ("Handläggare", "Till", "Dnr …"), or where a block begins with the administration's name,
 * a registry number or a date; it takes in the groups of short lines that follow while they say
 * what a letterhead says, or are names followed by a group that does.
 */
export function letterheadRanges(lines: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let index = 0;
  while (index < lines.length) {
    if (!startsLetterhead(lines, index)) {
      index++;
      continue;
    }
    let end = groupEnd(lines, index);
    while (end === lines.length || lines[end] === '') {
      const start = skipBlank(lines, end);
      const stop = groupEnd(lines, start);
      const group = lines.slice(start, stop);
      const following = lines.slice(skipBlank(lines, stop), groupEnd(lines, skipBlank(lines, stop)));
      const endsGroup = stop === lines.length || lines[stop] === '';
      const belongs = group.some(isPattern) || (endsGroup && group.every((line) => PERSON.test(line)) && following.some(isPattern));
      if (group.length === 0 || !belongs) break;
      end = stop;
    }
    ranges.push([index, Math.max(end, index + 1)]);
    index = Math.max(end, index + 1);
  }
  return ranges;
}

/**
 * Cuts every letterhead out of the lines (trimmed, '' for blank). Where a letterhead interrupted
 * a paragraph mid-sentence the paragraph joins up again; otherwise a blank line keeps them apart.
 */
export function extractLetterhead(lines: readonly string[]): { body: string[]; letterhead: string[] } {
  const body: string[] = [];
  const letterhead: string[] = [];
  let from = 0;
  for (const [start, end] of letterheadRanges(lines)) {
    body.push(...lines.slice(from, start));
    letterhead.push(...lines.slice(start, end), '');
    const before = body.findLast((previous) => previous !== '') ?? '';
    if (/[.!?:]$/.test(before) || before === '') body.push('');
    else while (body.at(-1) === '') body.pop();
    from = end;
  }
  body.push(...lines.slice(from));
  return { body, letterhead };
}
