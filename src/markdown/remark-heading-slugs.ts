import type { Heading, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { asciiSlug } from '#lib/text/slug.ts';
import { headingIdOf } from './remark-heading-ids.ts';

/**
 * Gives every heading without an explicit `{#id}` one made from its text ("Så ändrar du en
 * anvisning" → `sa-andrar-du-en-anvisning`), unique in the document, so any heading of a page
 * can be linked to. Run after remark-heading-ids; explicit IDs are kept.
 */
export default function remarkHeadingSlugs() {
  return (tree: Root) => {
    const taken = new Set<string>();
    visit(tree, 'heading', (heading: Heading) => {
      const explicit = headingIdOf(heading);
      if (explicit) taken.add(explicit);
    });
    visit(tree, 'heading', (heading: Heading) => {
      if (headingIdOf(heading)) return;
      const base = asciiSlug(mdastToString(heading)) || 'rubrik';
      let id = base;
      for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      heading.data = { ...heading.data, headingId: id, hProperties: { ...heading.data?.hProperties, id } } as Heading['data'];
    });
  };
}
