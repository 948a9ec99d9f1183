import type { Definition, Image, Link } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { type ContentDocument, fileLine } from '#lib/content/content-documents.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { refusedScheme } from '#lib/content/link-scheme.ts';
import { checksProblem } from './problems.ts';

/**
 * Every way Markdown writes an address needs "]" (`[text](…)`, `[text][ref]` with `[ref]: …`,
 * `![bild](…)`), "<" (`<scheme:…>`) or "{" (a directive's attributes); a body with none of them
 * has no address, and the walk is spared. Character references (`&#58;`) cannot write these three.
 */
const MIGHT_HAVE_ADDRESS = /[\]<{]/;

/**
 * A link in content goes to a page of the site or to https:, http:, mailto: or tel:. Any other
 * scheme (`javascript:` in any case, with spaces, tabs or character references; `data:`,
 * `vbscript:`, `file:` …) is an error wherever an address is written: an inline link, a reference
 * definition, an autolink, an image, or a directive's attribute. The renderer takes such links out
 * too (src/markdown/hast-safe-links.ts), but an editor should learn of it before merge.
 */
export function linkSchemeProblems(documents: readonly ContentDocument[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const document of documents) {
    if (!MIGHT_HAVE_ADDRESS.test(document.entry.body)) continue;
    const report = (node: Parameters<typeof fileLine>[1], what: string, url: string, field?: string) => {
      const scheme = refusedScheme(url);
      if (scheme === undefined) return;
      problems.push(
        new ContentProblem({
          location: { file: document.entry.path, ...fileLine(document, node) },
          ...(field ? { field } : {}),
          ...checksProblem('checks/unsafe-link-scheme', { what, url, scheme }),
        }),
      );
    };
    visit(document.tree, (node) => {
      if (node.type === 'link') report(node, 'länken', (node as Link).url);
      else if (node.type === 'definition') report(node, 'länkdefinitionen', (node as Definition).url);
      else if (node.type === 'image') report(node, 'bilden', (node as Image).url);
      else if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') {
        const attributes = (node as ContainerDirective | LeafDirective | TextDirective).attributes ?? {};
        for (const [name, value] of Object.entries(attributes)) {
          if (value) report(node, `attributet "${name}"`, value, name);
        }
      }
    });
  }
  return problems;
}
