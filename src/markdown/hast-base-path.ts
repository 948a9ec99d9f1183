import type { Element, Nodes } from 'hast';
import { visit } from 'unist-util-visit';
import { underBase } from '#lib/routes/base-path.ts';

/** Properties that hold an address Markdown can make: links and images. */
const ADDRESS_PROPERTIES = ['href', 'src'] as const;

/**
 * Puts the site's base path (`/styrdok/` on a GitHub project site) in front of every address from
 * the root that content wrote (`/program/…`, `/anvisningar/…`): editors and the link check know pages
 * by their address from the root, wherever the site is published. Other addresses stay as they are.
 */
export function basePathLinks<Tree extends Nodes>(tree: Tree, base: string): Tree {
  if (base === '/') return tree;
  visit(tree, 'element', (node: Element) => {
    for (const name of ADDRESS_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = underBase(base, value);
    }
  });
  return tree;
}
