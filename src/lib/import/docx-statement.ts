import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { withBilagor } from './bilagor.ts';
import { letterheadRanges } from './letterhead.ts';
import { isFurniture } from './page-furniture.ts';
import { SENTENCE_END, type StatementBlock, type StatementDocument, splitTitle } from './statement.ts';

/** One line of the document with the block it belongs to, so letterhead lines can be taken out. */
interface Entry {
  line: string;
  block?: StatementBlock;
}

/**
 * Reads a statement converted from Word by mammoth: headings come from the heading styles (or a
 * short paragraph in bold), each paragraph is one paragraph, lists are lists, and table cells
 * (letterheads and signatures are often tables) are read cell by cell.
 */
export function statementFromDocxHtml(html: string): StatementDocument {
  const walked: Entry[] = [];
  walk(fromHtml(html, { fragment: true }), walked);
  const furniture = walked.filter((entry) => entry.line !== '' && isFurniture(entry.line)).map((entry) => entry.line);
  const entries = walked.filter((entry) => entry.line === '' || !isFurniture(entry.line));
  const lines = entries.map((entry) => entry.line);
  const removed = new Set<number>();
  for (const [start, end] of letterheadRanges(lines)) for (let index = start; index < end; index++) removed.add(index);
  const letterhead = lines.filter((_, index) => removed.has(index));
  const blocks: StatementBlock[] = [];
  entries.forEach((entry, index) => {
    if (entry.block && !removed.has(index) && blocks.at(-1) !== entry.block) blocks.push(entry.block);
  });
  const { title, blocks: statement } = splitTitle(blocks);
  return { letterhead, title, blocks: withBilagor(statement), format: 'docx', furniture, flattened: false };
}

function walk(node: Root | Element, entries: Entry[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const tag = child.tagName;
    if (/^h[1-6]$/.test(tag)) add(entries, { type: 'heading', text: textOf(child), level: Number(tag.slice(1)) });
    else if (tag === 'p') paragraph(child, entries);
    else if (tag === 'ol' || tag === 'ul') {
      const items = child.children.filter((item): item is Element => item.type === 'element' && item.tagName === 'li');
      const start = Number(child.properties.start ?? 1);
      items.forEach((item, index) => {
        add(entries, { type: 'item', ordered: tag === 'ol', number: tag === 'ol' ? start + index : undefined, text: textOf(item) });
      });
    } else if (tag === 'table') {
      for (const cell of descendants(child).filter((element) => element.tagName === 'td' || element.tagName === 'th')) {
        cellBlocks(cell, entries);
        entries.push({ line: '' });
      }
    } else walk(child, entries);
  }
}

function paragraph(element: Element, entries: Entry[]): void {
  const text = textOf(element);
  if (text === '') {
    entries.push({ line: '' });
    return;
  }
  const meaningful = element.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const allBold =
    meaningful.length > 0 && meaningful.every((child) => child.type === 'element' && (child.tagName === 'strong' || child.tagName === 'b'));
  if (allBold && text.length <= 80 && !SENTENCE_END.test(text)) add(entries, { type: 'heading', text });
  else if (text.includes('\n')) add(entries, { type: 'lines', lines: text.split('\n') });
  else add(entries, { type: 'paragraph', text });
}

/** A cell of short lines is kept line by line (a signature); otherwise its paragraphs are paragraphs. */
function cellBlocks(cell: Element, entries: Entry[]): void {
  const paragraphs = descendants(cell)
    .filter((element) => element.tagName === 'p')
    .map(textOf)
    .filter(Boolean);
  if (paragraphs.length > 1 && paragraphs.every((text) => text.length <= 48 && !SENTENCE_END.test(text))) {
    add(entries, { type: 'lines', lines: paragraphs });
  } else for (const text of paragraphs) add(entries, { type: 'paragraph', text });
}

function add(entries: Entry[], block: StatementBlock): void {
  const lines = block.type === 'lines' ? block.lines : [block.text];
  for (const line of lines) entries.push({ line, block });
}

function descendants(element: Element): Element[] {
  return element.children.flatMap((child) => (child.type === 'element' ? [child, ...descendants(child)] : []));
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return '\n';
  return node.children
    .map(textOf)
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}
