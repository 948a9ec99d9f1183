import { extractLetterhead } from './letterhead.ts';
import { SENTENCE_END, type StatementBlock, type StatementDocument, splitTitle } from './statement.ts';

const ORDERED_ITEM = /^(\d{1,2})[.)]\s+(\S.*)$/;
const BULLET_ITEM = /^[•▪●◦‣∙·–-]\s+(\S.*)$/;
/** "Sida 2 (4)" or "2 (4)": page numbers from the PDF. */
const PAGE_NUMBER = /^(?:Sida\s+)?\d+\s*\(\d+\)$/i;

/**
 * Reads a statement as plain text, as copied from a PDF: lines are hard-wrapped, paragraphs are
 * separated by blank lines, headings stand on a short line of their own, and the letterhead may
 * interrupt the text where a page began.
 */
export function statementFromText(text: string): StatementDocument {
  const raw = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replaceAll('\f', '\n\n')
    .replaceAll('\u00a0', ' ')
    .split('\n');
  // A line that ends in a hyphen with no space after it was broken inside a word ("RSA-" / "processen").
  const brokenInWord = new Set<string>();
  const lines = raw.map((line) => {
    const trimmed = line.trim().replace(/\s{3,}/g, '  ');
    if (/\p{L}-$/u.test(line)) brokenInWord.add(trimmed);
    return PAGE_NUMBER.test(trimmed) ? '' : trimmed;
  });
  const { body, letterhead } = extractLetterhead(lines);
  const width = wrapWidth(body);
  const chunks: string[][] = [[]];
  for (const line of body) {
    if (line === '') chunks.push([]);
    else chunks.at(-1)?.push(line);
  }
  const nonEmpty = chunks.filter((chunk) => chunk.length > 0);
  const blocks: StatementBlock[] = [];
  nonEmpty.forEach((chunk, index) => {
    // Before the first heading, a group of short lines is the title, one line under the other.
    const isTitle =
      !blocks.some((block) => block.type === 'heading') && chunk.every((line) => line.length <= width * 0.8 && !SENTENCE_END.test(line));
    if (isTitle && chunk.length > 1) blocks.push(...chunk.map((text) => ({ type: 'paragraph' as const, text })));
    else blocks.push(...chunkBlocks(chunk, nonEmpty[index + 1]?.[0], width, brokenInWord));
  });
  return { letterhead, ...splitTitle(blocks) };
}

/** The width the text was wrapped at: nearly every wrapped line comes close to it. */
function wrapWidth(lines: readonly string[]): number {
  const lengths = lines
    .filter(Boolean)
    .map((line) => line.length)
    .sort((a, b) => a - b);
  return Math.max(40, lengths[Math.floor(lengths.length * 0.9)] ?? 0);
}

function isHeadingLike(line: string, width: number): boolean {
  return line.length <= Math.min(80, width * 0.8) && /^\p{Lu}/u.test(line) && !/[.,;:!?]$/.test(line) && line.split(/\s+/).length <= 10;
}

/**
 * Whether the next line's first word would have fitted on this line: then the break is a wrap
 * inside a paragraph, not the end of a heading. The margin allows for proportional fonts.
 */
function wouldHaveWrapped(line: string, next: string, width: number): boolean {
  const firstWord = next.split(/\s/)[0] ?? '';
  return line.length + 1 + firstWord.length > width * 0.9;
}

function chunkBlocks(chunk: string[], nextChunkStart: string | undefined, width: number, brokenInWord: Set<string>): StatementBlock[] {
  const columns = signatureColumns(chunk);
  if (columns) return columns.map((lines) => ({ type: 'lines', lines }));
  const [first = ''] = chunk;
  // A lone short line is a heading when a wrapped paragraph follows it.
  if (chunk.length === 1 && isHeadingLike(first, width) && !ORDERED_ITEM.test(first) && (nextChunkStart?.length ?? 0) > width * 0.8) {
    return [{ type: 'heading', text: first }];
  }

  const blocks: StatementBlock[] = [];
  let current: string[] = [];
  let item: { ordered: boolean; number?: number; lines: string[] } | undefined;
  const flush = () => {
    if (item) blocks.push(listItem(item, width, brokenInWord));
    else if (current.length > 0) blocks.push({ type: 'paragraph', text: joinWrapped(current, brokenInWord) });
    current = [];
    item = undefined;
  };
  chunk.forEach((line, index) => {
    const previous = chunk[index - 1];
    const mayStartItem = index === 0 || (item !== undefined && SENTENCE_END.test(previous ?? ''));
    const ordered = ORDERED_ITEM.exec(line);
    const bullet = BULLET_ITEM.exec(line);
    if (mayStartItem && (ordered || bullet)) {
      flush();
      item = ordered
        ? { ordered: true, number: Number(ordered[1]), lines: [ordered[2] ?? ''] }
        : { ordered: false, lines: [bullet?.[1] ?? ''] };
    } else if (index === 0 && chunk.length > 1 && isHeadingLike(line, width) && !wouldHaveWrapped(line, chunk[1] ?? '', width)) {
      blocks.push({ type: 'heading', text: line });
    } else if (item) item.lines.push(line);
    else current.push(line);
  });
  flush();
  return blocks;
}

/** "1. Beredskap" followed by its text keeps the short first line as the item's title. */
function listItem(item: { ordered: boolean; number?: number; lines: string[] }, width: number, brokenInWord: Set<string>): StatementBlock {
  const [first = '', ...rest] = item.lines;
  const titled = rest.length > 0 && isHeadingLike(first, width) && first.length < width * 0.6;
  return {
    type: 'item',
    ordered: item.ordered,
    number: item.number,
    ...(titled ? { title: first, text: joinWrapped(rest, brokenInWord) } : { text: joinWrapped(item.lines, brokenInWord) }),
  };
}

/** Joins hard-wrapped lines into one paragraph; a line broken inside a word joins without a space. */
export function joinWrapped(lines: readonly string[], brokenInWord: ReadonlySet<string> = new Set()): string {
  let text = lines[0] ?? '';
  for (let index = 1; index < lines.length; index++) {
    text += brokenInWord.has(lines[index - 1] ?? '') ? lines[index] : ` ${lines[index]}`;
  }
  return text.replace(/ {2,}/g, ' ');
}

/** Lines laid out in columns with two or more spaces between them, as signatures side by side. */
function signatureColumns(chunk: readonly string[]): string[][] | undefined {
  if (chunk.length < 2) return undefined;
  const rows = chunk.map((line) => line.split(/\s{2,}/));
  const count = rows[0]?.length ?? 0;
  if (count < 2 || !rows.every((row) => row.length === count && row.every((cell) => cell.length <= 48 && !/[.!?]$/.test(cell))))
    return undefined;
  return Array.from({ length: count }, (_, column) => rows.map((row) => row[column] ?? ''));
}
