/**
 * The letterhead of a Stockholm statement (tjänsteutlåtande): the block with Handläggare, Till,
 * Dnr, dates and the administration's address. In text taken from a PDF it stands where the page
 * break fell, often in the middle of the statement, so it is found by its labels and cut out.
 */

// Labels stand alone on their line ("Till"), or lead it ("Dnr JÄRVA 2023/665"), so prose that happens
// to begin with "Till …" is never taken for a letterhead.
const STARTS = /^(?:(?:Handläggare|Till|Tjänsteutlåtande|Yttrande)(?::.*)?|Dnr[:.\s].+)$/i;
const PATTERNS = [
  STARTS,
  /^(?:Skrivelse|Telefon:?|Tel\.?|E-post:?)(?:\s.*)?$/i,
  /^\d{4}-\d{2}-\d{2}$/,
  /^\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}$/i,
  /^\d{3} ?\d{2} \p{L}/u,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
  /^(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)+\/?$/,
  /^\p{L}[\p{L} -]* \d+\s?[A-Z]?$/u,
];
/** Letterhead lines are short: names, labels, addresses. */
const MAX_LENGTH = 48;

const isPattern = (line: string) => PATTERNS.some((pattern) => pattern.test(line));
const isShort = (line: string) => line.length <= MAX_LENGTH && !/[.!?]$/.test(line);

/** A line naming the administration that wrote the statement, which letterheads carry without a label. */
const ADMINISTRATION = /(?:förvaltning|förvaltningen|kontoret|kontor|avdelning|avdelningen)$/i;

/**
 * The end of the letterhead-like run of lines from `start`: short lines or labelled ones, up to a
 * blank line, or up to a line that heads a paragraph as a heading does.
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

/**
 * Where each letterhead stands in the lines, as [first, end) index pairs. A letterhead starts at a
 * label ("Handläggare", "Till", "Dnr …") and takes in the groups of short lines that follow while
 * they carry a label, a date or address, or the administration's name — or lead to one that does.
 */
export function letterheadRanges(lines: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    if (!STARTS.test(line) || !isShort(line)) {
      index++;
      continue;
    }
    let end = groupEnd(lines, index);
    while (end === lines.length || lines[end] === '') {
      const start = skipBlank(lines, end);
      const stop = groupEnd(lines, start);
      const group = lines.slice(start, stop);
      const following = lines.slice(skipBlank(lines, stop), groupEnd(lines, skipBlank(lines, stop)));
      const belongs =
        group.some(isPattern) ||
        ADMINISTRATION.test(group[0] ?? '') ||
        (stop === lines.length || lines[stop] === '' ? following.some(isPattern) : false);
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
