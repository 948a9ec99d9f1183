import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface RemarkNestHeadingsOptions {
  /** How many levels deeper every heading goes (default 1); none goes deeper than `<h6>`. */
  by?: number;
}

/**
 * Moves every heading of a text down, for a text shown under a heading of the page: a statement's
 * `##` headings stand under the page's "Yttrandet" (`<h2>`), so they become `<h3>`.
 */
export default function remarkNestHeadings(options: RemarkNestHeadingsOptions = {}) {
  const by = options.by ?? 1;
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading) => {
      node.depth = Math.min(6, node.depth + by) as Heading['depth'];
    });
  };
}
