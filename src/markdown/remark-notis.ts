import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/** The kinds of notice an editor may write, `typ="…"`; the first is what a notice without `typ` is. */
export const NOTIS_TYPES = ['observera', 'viktigt'] as const;

export type NotisTyp = (typeof NOTIS_TYPES)[number];

export interface RemarkNotisOptions {
  /** The word that opens a notice of a kind, e.g. "Observera". */
  label: (typ: NotisTyp) => string;
}

/** A notice's kind from its attributes; one the check refuses reads as the default. */
export function notisTyp(attributes: Record<string, string | null | undefined> | null | undefined): NotisTyp {
  const typ = attributes?.typ;
  return (NOTIS_TYPES as readonly string[]).includes(typ ?? '') ? (typ as NotisTyp) : NOTIS_TYPES[0];
}

/**
 * Turns `:::notis{typ="viktigt"}` around a passage (in MDX, `<Notis typ="viktigt">`) into a
 * `<div role="note">` that opens with its kind in words, so the notice is told by text and not by
 * its frame or colour alone.
 */
export default function remarkNotis(options: RemarkNotisOptions) {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'notis') return;
      const typ = notisTyp(node.attributes);
      const label: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['notis-etikett'] } },
        children: [{ type: 'strong', children: [{ type: 'text', value: options.label(typ) }] }],
      };
      node.children = [label, ...node.children];
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['notis', `notis-${typ}`], role: 'note' } };
    });
  };
}
