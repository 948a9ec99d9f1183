import type { Parent, Root, Text } from 'mdast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

export interface RemarkLiteralDirectivesOptions {
  /** Directive names that other plugins handle; every other directive goes back to plain text. */
  keep?: readonly string[];
}

/**
 * Swedish prose has colons before words ("kl. 8:e", "Dnr:JÄRVA"), which the directive syntax
 * reads as `:name`. Text and leaf directives that no plugin handles are put back as the text
 * the editor wrote, so that enabling directives never swallows words.
 */
export default function remarkLiteralDirectives(options: RemarkLiteralDirectivesOptions = {}) {
  const keep = new Set(options.keep ?? []);
  return (tree: Root) => {
    visit(tree, (visited, index, parent: Parent | undefined) => {
      if (visited.type !== 'textDirective' && visited.type !== 'leafDirective') return;
      const node = visited as TextDirective | LeafDirective;
      if (keep.has(node.name)) return;
      if (!parent || index === undefined) return;
      const prefix = node.type === 'textDirective' ? ':' : '::';
      const label = node.children.map((child) => ('value' in child ? String(child.value) : '')).join('');
      const text: Text = { type: 'text', value: `${prefix}${node.name}${label ? `[${label}]` : ''}` };
      if (node.type === 'leafDirective') {
        parent.children.splice(index, 1, { type: 'paragraph', children: [text] } as never);
      } else {
        parent.children.splice(index, 1, text as never);
      }
    });
  };
}
