import { withBilagor } from './bilagor.ts';
import { isFlattened, restoreLineBreaks } from './flattened-text.ts';
import { extractLetterhead } from './letterhead.ts';
import { PERSON } from './letterhead-lines.ts';
import { PAGE_BREAK, removePageFurniture } from './page-furniture.ts';
import { SENTENCE_END, type StatementBlock, type StatementDocument, splitTitle } from './statement.ts';

const ORDERED_ITEM = /^(\d{1,2})[.)]\s+(\S.*)$/;
/**
 * Bullets as a PDF gives them: Word's Symbol and Wingdings bullets come out as characters of the
 * Private Use Area (U+F0B7 ·, U+F0A7 §, U+F0D8 Ø, U+F076 v, U+F0FC ü), often with no space after.
 */
const PDF_BULLETS = '\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0E0\uF0A8\uF06E\uF0B2';
const BULLET_ITEM = new RegExp(`^(?:[•▪■●◦‣∙➢►✓${PDF_BULLETS}]\\s*|[–-]\\s+)(\\S.*)$`, 'u');
/** A bullet that is no dash: it starts an item wherever it stands, as a dash at a line's start need not. */
const TRUE_BULLET = new RegExp(`^[•▪■●◦‣∙➢►✓${PDF_BULLETS}]`, 'u');
const LONE_BULLET = new RegExp(`^[•▪■●◦‣∙➢►✓${PDF_BULLETS}]$`, 'u');

/**
 * Reads a statement as plain text, as copied from a PDF: lines are hard-wrapped, paragraphs are
 * separated by blank lines, headings stand on a short line of their own, and the letterhead may
 * interrupt the text where a page began.
 */
export function statementFromText(text: string): StatementDocument {
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u00a0', ' ');
  const flattened = isFlattened(normalised);
  const raw = (flattened ? restoreLineBreaks(normalised) : normalised).replaceAll('\f', `\n${PAGE_BREAK}\n`).split('\n');
  // A line that ends in a hyphen with no space after it was broken inside a word ("RSA-" / "processen").
  const brokenInWord = new Set<string>();
  const trimmed: string[] = [];
  raw.forEach((line, index) => {
    const text = line.trim().replace(/\s{3,}/g, '  ');
    if (/\p{L}-$/u.test(line)) brokenInWord.add(text);
    // A bullet alone on its line belongs to the line after it.
    if (LONE_BULLET.test(text) && (raw[index + 1] ?? '').trim() !== '') raw[index + 1] = `${text} ${(raw[index + 1] ?? '').trim()}`;
    else trimmed.push(text);
  });
  const { lines, removed } = removePageFurniture(trimmed);
  const { body, letterhead } = extractLetterhead(lines);
  const width = wrapWidth(body);
  const chunks: string[][] = [[]];
  for (const line of body) {
    if (line === '') chunks.push([]);
    else chunks.at(-1)?.push(line);
  }
  const nonEmpty = rejoinBrokenSentences(chunks.filter((chunk) => chunk.length > 0));
  const blocks: StatementBlock[] = [];
  nonEmpty.forEach((chunk, index) => {
    // Before the first heading, a group of short lines is the title, one line under the other.
    const isTitle =
      !blocks.some((block) => block.type === 'heading') && chunk.every((line) => line.length <= width * 0.8 && !SENTENCE_END.test(line));
    if (isTitle && chunk.length > 1) blocks.push(...chunk.map((text) => ({ type: 'paragraph' as const, text })));
    else blocks.push(...chunkBlocks(chunk, nonEmpty[index + 1]?.[0], width, brokenInWord));
  });
  const { title, blocks: statement } = splitTitle(blocks);
  return { letterhead, title, blocks: withBilagor(statement), format: 'text', furniture: removed, flattened };
}

/**
 * A page break or a page's furniture leaves a blank line inside a paragraph. Where a chunk ends
 * mid-sentence and the next begins in lower case, the sentence goes on: the chunks are one.
 */
function rejoinBrokenSentences(chunks: readonly string[][]): string[][] {
  const joined: string[][] = [];
  for (const chunk of chunks) {
    const previous = joined.at(-1);
    const last = previous?.at(-1) ?? '';
    if (previous && /^\p{Ll}/u.test(chunk[0] ?? '') && !SENTENCE_END.test(last) && last.length > 30) previous.push(...chunk);
    else joined.push([...chunk]);
  }
  return joined;
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
  if (isSignature(chunk)) return [{ type: 'lines', lines: chunk }];
  // A signature right under the last sentence, with no blank line between, is no part of that sentence.
  const signed = chunk.findIndex((_, index) => index > 0 && SENTENCE_END.test(chunk[index - 1] ?? '') && isSignature(chunk.slice(index)));
  if (signed > 0) {
    return [...chunkBlocks(chunk.slice(0, signed), undefined, width, brokenInWord), { type: 'lines', lines: chunk.slice(signed) }];
  }
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
    // After a line that ends a sentence or opens a list ("… beslutar följande:"), a number starts a point.
    const mayStartItem = index === 0 || SENTENCE_END.test(previous ?? '') || TRUE_BULLET.test(line);
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

/** A signature: a name, then a title and the administration, each on a short line of its own. */
function isSignature(chunk: readonly string[]): boolean {
  return (
    chunk.length >= 2 &&
    chunk.length <= 4 &&
    PERSON.test(chunk[0] ?? '') &&
    chunk.every((line) => line.length <= 48 && !/[.!?:;,]$/.test(line))
  );
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
