import type { Link, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { glossaryFormsPattern } from '#lib/site/glossary.ts';

export interface GlossaryLinkTerm {
  /** Words and abbreviations that stand for the term in running text, e.g. ["RSA", "risk- och sårbarhetsanalys"]. */
  forms: string[];
  /** Where the term is explained. */
  href: string;
}

export interface RemarkGlossaryLinksOptions {
  terms: readonly GlossaryLinkTerm[];
}

/**
 * Links the first occurrence of each glossary term in a document to its explanation, so readers
 * can look up RSA or remissinstans where they meet it. Text is not changed; headings, links and
 * code are left alone; a term is linked once per document to keep the text calm.
 */
export default function remarkGlossaryLinks(options: RemarkGlossaryLinksOptions) {
  const forms = options.terms.flatMap((term) => term.forms.map((form) => ({ form, href: term.href })));
  const pattern = glossaryFormsPattern(forms.map(({ form }) => form));
  if (!pattern) return () => {};
  const hrefOf = new Map(forms.map(({ form, href }) => [form.toLocaleLowerCase('sv'), href]));

  return (tree: Root) => {
    const linked = new Set<string>();
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (
        node.type === 'heading' ||
        node.type === 'link' ||
        node.type === 'linkReference' ||
        node.type === 'code' ||
        node.type === 'inlineCode'
      ) {
        return SKIP;
      }
      if (node.type !== 'text' || !parent || index === undefined) return;
      const { value } = node as Text;
      const parts: (Text | Link)[] = [];
      let last = 0;
      for (const match of value.matchAll(pattern)) {
        const word = match[0];
        const href = hrefOf.get(word.toLocaleLowerCase('sv'));
        if (!href || linked.has(href)) continue;
        linked.add(href);
        if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
        parts.push({ type: 'link', url: href, data: { hProperties: { className: ['term'] } }, children: [{ type: 'text', value: word }] });
        last = match.index + word.length;
      }
      if (parts.length === 0) return;
      if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
      parent.children.splice(index, 1, ...(parts as never[]));
      return [SKIP, index + parts.length];
    });
  };
}
