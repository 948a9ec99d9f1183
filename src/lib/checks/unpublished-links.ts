import { type ContentLink, isExternalLink } from '#lib/content/content-links.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { isPublished } from '#lib/publicity/publicity.ts';
import type { SiteMap } from '#lib/site/site-map.ts';
import { dependingOn } from '#lib/content/document-keys.ts';
import { documentOfAddress } from '#lib/routes/address-document.ts';
import { checksProblem } from './problems.ts';

/**
 * A published text must not link to a document that is not published: the link would be broken
 * on the site, and its address (and the text around it) would reveal that the document exists.
 * Structural references (fields like `program`) are checked in src/lib/publicity/publicity.ts.
 */
export function unpublishedLinkProblems(links: readonly ContentLink[], map: SiteMap): ContentProblem[] {
  return links
    .filter((link) => isPublished(link.document.entry.data as { publicitet: 'offentlig' | 'utdrag' | 'ej-publicerad' }))
    .filter((link) => !isExternalLink(link.url))
    .flatMap((link) => {
      const url = link.url.split('#')[0]?.split('?')[0] ?? '';
      if (map.get(url)?.published !== false) return [];
      const target = documentOfAddress(url);
      return [
        new ContentProblem({
          location: { file: link.document.entry.path, line: link.line, column: link.column },
          field: 'publicitet',
          // When several documents lean on the one kept back, the error is there (publicity.ts).
          ...dependingOn(checksProblem('checks/link-to-unpublished', { url }), ...(target ? [target] : [])),
        }),
      ];
    });
}
