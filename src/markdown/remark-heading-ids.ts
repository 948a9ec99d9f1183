import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** `## Beredskap {#beredskap}`: an explicit, stable ID written after the heading text. */
const TRAILING_ID = /\s*\{#([^\s{}]+)\}\s*$/;

export interface HeadingIdData {
  /** The ID written in the heading, or undefined when the heading has none. */
  headingId?: string;
}

/**
 * Moves a trailing `{#id}` out of the heading text into the heading's `id`, so headings can
 * carry IDs that stay the same when their titles change. Headings without one are left as they
 * are; whether that is allowed is for the caller to decide.
 */
export default function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = TRAILING_ID.exec(last.value);
      if (!match) return;
      const id = match[1] as string;
      (last as Text).value = last.value.slice(0, match.index);
      if ((last as Text).value === '') heading.children.pop();
      heading.data = { ...heading.data, headingId: id, hProperties: { ...heading.data?.hProperties, id } } as Heading['data'];
    });
  };
}

export function headingIdOf(heading: Heading): string | undefined {
  return (heading.data as HeadingIdData | undefined)?.headingId;
}
