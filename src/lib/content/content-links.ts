import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { type ContentDocument, fileLine } from './content-documents.ts';
import { linkScheme } from './link-scheme.ts';

/** A link written in a document's body: `[text](/adress/#id)` or a reference definition. */
export interface ContentLink {
  document: ContentDocument;
  url: string;
  line: number;
  column: number;
}

/** Every link in the documents' bodies, in document order. */
export function contentLinks(documents: readonly ContentDocument[]): ContentLink[] {
  const links: ContentLink[] = [];
  for (const document of documents) {
    visit(document.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      links.push({ document, url: (node as Link | Definition).url, ...fileLine(document, node) });
    });
  }
  return links;
}

/**
 * Links that leave the site (https:, mailto:, tel:, //host) are not the site's to check. A scheme is
 * read as a browser reads it, so " javascript:" is not taken for a relative link (link-scheme.ts).
 */
export function isExternalLink(url: string): boolean {
  return linkScheme(url) !== undefined || url.startsWith('//');
}
