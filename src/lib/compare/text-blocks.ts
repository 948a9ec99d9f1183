import type { Root, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { headingIdOf } from '#markdown/remark-heading-ids.ts';
import { asciiSlug } from '#lib/text/slug.ts';

/** The unit a comparison pairs, moves and diffs: a paragraph, a list item, a table row, a quoted paragraph … */
export interface TextBlock {
  kind: 'paragraph' | 'item' | 'quote' | 'code' | 'tablerow';
  text: string;
  /** For list items: whether the list is numbered. */
  ordered?: boolean;
  /** For items of a numbered list: the item's number. */
  number?: number;
}

/** A section as a comparison sees it: heading and plain-text blocks. */
export interface ComparableSection {
  id: string;
  title: string;
  /** Computed number ("4.1"), empty when the document does not number its headings. */
  number: string;
  /** 1 for a top section. */
  level: number;
  blocks: TextBlock[];
  /** Where readers find the section, when it has a page. */
  href?: string;
  /** For a section of another program: that program and version, as readers name it. */
  elsewhere?: string;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A section's content as blocks of plain text. Lists become one block per item, so an added
 * bullet shows as one added line; quotes and directives are read through.
 */
export function textBlocks(nodes: readonly RootContent[], kind: TextBlock['kind'] = 'paragraph'): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        blocks.push({ kind, text: clean(mdastToString(node)) });
        break;
      case 'code':
        blocks.push({ kind: 'code', text: node.value });
        break;
      case 'list':
        node.children.forEach((item, index) => {
          const own = item.children.filter((child) => child.type !== 'list');
          const text = clean(own.map((child) => mdastToString(child)).join(' '));
          blocks.push(
            node.ordered
              ? { kind: 'item', ordered: true, number: (node.start ?? 1) + index, text }
              : { kind: 'item', ordered: false, text },
          );
          blocks.push(...textBlocks(item.children.filter((child) => child.type === 'list')));
        });
        break;
      case 'table':
        // One block per row, cells in order, so a changed cell shows as a changed row.
        for (const row of node.children) {
          blocks.push({ kind: 'tablerow', text: row.children.map((cell) => clean(mdastToString(cell))).join(' | ') });
        }
        break;
      case 'blockquote':
        blocks.push(...textBlocks(node.children, 'quote'));
        break;
      case 'containerDirective':
        blocks.push(...textBlocks(node.children as RootContent[], kind));
        break;
      default:
        break;
    }
  }
  return blocks.filter((block) => block.text.length > 0);
}

/**
 * Splits a document without declared lineage (an anvisning) at its headings. The text before the
 * first heading becomes a section with an empty ID; headings without an ID (`{#id}`) get one from
 * their title, so a heading that keeps its wording pairs with itself across versions.
 */
export function headingSections(tree: Root): ComparableSection[] {
  const sections: ComparableSection[] = [{ id: '', title: '', number: '', level: 1, blocks: [] }];
  const contents: RootContent[][] = [[]];
  const used = new Map<string, number>();
  for (const node of tree.children) {
    if (node.type !== 'heading') {
      contents.at(-1)?.push(node);
      continue;
    }
    const title = clean(mdastToString(node));
    const base = headingIdOf(node) ?? (asciiSlug(title) || 'rubrik');
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    sections.push({ id: count === 1 ? base : `${base}-${count}`, title, number: '', level: Math.max(1, node.depth - 1), blocks: [] });
    contents.push([]);
  }
  sections.forEach((section, index) => {
    section.blocks = textBlocks(contents[index] ?? []);
  });
  return sections.filter((section, index) => index > 0 || section.blocks.length > 0);
}
