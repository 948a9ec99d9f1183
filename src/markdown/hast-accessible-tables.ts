import type { Element, ElementContent, Nodes } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/**
 * Makes the tables an editor writes usable by everyone. Header cells say they head a column
 * (`scope="col"`), so a screen reader reads each cell with its column's name. A table wider than
 * the screen scrolls inside a named, focusable region instead of widening the page (WCAG 1.4.10),
 * so no column is lost on a phone and a keyboard can scroll it; print shows it whole (the CSS).
 */
export function accessibleTables<Tree extends Nodes>(tree: Tree): Tree {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    const headers: string[] = [];
    visit(node, 'element', (cell) => {
      if (cell.tagName !== 'th') return;
      cell.properties.scope = 'col';
      const text = textOf(cell).replace(/\s+/g, ' ').trim();
      if (text) headers.push(text);
    });
    const region: Element = {
      type: 'element',
      tagName: 'div',
      properties: {
        className: ['table-scroll'],
        role: 'region',
        tabIndex: 0,
        ariaLabel: headers.length > 0 ? `Tabell: ${headers.join(', ')}` : 'Tabell',
      },
      children: [node],
    };
    parent.children[index] = region;
    return SKIP;
  });
  return tree;
}
