import type { Element, Nodes, Parents } from 'hast';
import { visit } from 'unist-util-visit';
import { refusedScheme } from '#lib/content/link-scheme.ts';

/**
 * Properties that hold an address. Markdown makes only `href` (links) and `src` (images); the rest
 * stand for what a plugin might one day add, so that a new plugin cannot open the door by accident.
 */
const ADDRESS_PROPERTIES = ['href', 'src', 'cite', 'action', 'formAction', 'poster', 'xLinkHref'] as const;

/**
 * Whether an address has a scheme content may not have, as written or as the editor wrote it:
 * mdast-util-to-hast percent-encodes an address (a tab becomes %09), which a browser then reads as
 * a path, but the check refused the address as written, and the page should not differ from it.
 */
function refused(address: string): boolean {
  if (refusedScheme(address) !== undefined) return true;
  try {
    return refusedScheme(decodeURIComponent(address)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Takes out every address with a scheme content may not have (`javascript:`, `data:`, `vbscript:` …,
 * as a browser reads it): a link becomes its text, an image its description, and any other element
 * loses the property. The content check refuses such links already (src/lib/checks/link-schemes.ts);
 * this is the second line of defence, where content becomes HTML, for whatever slips past it.
 */
export function safeLinks<Tree extends Nodes>(tree: Tree): Tree {
  visit(tree, 'element', (node: Element, index, parent: Parents | undefined) => {
    const unsafe = ADDRESS_PROPERTIES.filter((name) => {
      const value = node.properties[name];
      return typeof value === 'string' && refused(value);
    });
    if (unsafe.length === 0) return undefined;
    if (parent && index !== undefined && (node.tagName === 'a' || node.tagName === 'img')) {
      const alt = node.properties.alt;
      const text = typeof alt === 'string' && alt ? [{ type: 'text' as const, value: alt }] : [];
      parent.children.splice(index, 1, ...(node.tagName === 'a' ? node.children : text));
      // What took the element's place is visited next.
      return index;
    }
    for (const name of unsafe) delete node.properties[name];
    return undefined;
  });
  return tree;
}
