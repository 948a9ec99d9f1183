import path from 'node:path/posix';
import { distance } from 'fastest-levenshtein';
import type { ContentDocument } from '#lib/content/content-documents.ts';
import { COLLECTIONS } from '#lib/content/content-entry.ts';
import { type ContentLink, isExternalLink } from '#lib/content/content-links.ts';
import { ContentProblem, type ProblemText } from '#lib/content/content-problem.ts';
import { type SiteMap, urlOfContentFile } from '#lib/site/site-map.ts';
import { dependingOn } from '#lib/content/document-keys.ts';
import { documentOfAddress } from '#lib/routes/address-document.ts';
import { checksProblem } from './problems.ts';

/**
 * Links within the site must reach a page that is built, and an `#id` after it must be on that
 * page. Relative links are refused: the same text is shown on several pages (a version and its
 * sections), where a relative link would lead to different places.
 */
export function internalLinkProblems(links: readonly ContentLink[], map: SiteMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const link of links) {
    const problem = (text: ProblemText) =>
      problems.push(new ContentProblem({ location: { file: link.document.entry.path, line: link.line, column: link.column }, ...text }));
    if (isExternalLink(link.url) || link.url === '') continue;

    const [beforeHash = '', hash] = link.url.split('#', 2) as [string, string | undefined];
    const pathname = beforeHash.split('?')[0] ?? '';
    if (pathname !== '' && !pathname.startsWith('/')) {
      const page = /\.(md|mdx|yaml)$/.test(pathname)
        ? urlOfContentFile(path.join(path.dirname(contentPath(link.document)), pathname))
        : undefined;
      problem(checksProblem('checks/relative-link', { url: link.url, page: page && `${page}${hash ? `#${hash}` : ''}` }));
      continue;
    }

    const url = pathname === '' ? urlOfContentFile(contentPath(link.document)) : pathname;
    if (url === undefined) continue;
    const page = map.get(url);
    if (!page) {
      const withSlash = !url.endsWith('/') && map.has(`${url}/`);
      const target = documentOfAddress(url);
      const text = withSlash
        ? checksProblem('checks/link-without-slash', { url })
        : checksProblem('checks/broken-link', { url, nearest: nearestAddress(url, map.keys()) });
      problem(target && !withSlash ? dependingOn(text, target) : text);
      continue;
    }
    // A page that will not be published is the publicity check's concern, not a broken link.
    if (!page.published || hash === undefined || hash === '' || page.anchors.has(decodeURIComponent(hash))) continue;
    const text = checksProblem('checks/unknown-anchor', { hash, url, known: page.anchors });
    const target = documentOfAddress(url);
    problem(target ? dependingOn(text, target) : text);
  }
  return problems;
}

/** The address meant by a mistyped one, if one is near: whole addresses compared, since every one shares the start "/". */
function nearestAddress(wrong: string, known: Iterable<string>): string | undefined {
  const scored = [...known].map((url) => ({ url, edits: distance(wrong, url) })).sort((a, b) => a.edits - b.edits);
  const best = scored[0];
  return best && best.edits <= Math.max(3, Math.ceil(wrong.length * 0.3)) ? best.url : undefined;
}

/** The document's path under content/, e.g. `anvisningar/krisstod/2022.md`. */
export function contentPath(document: ContentDocument): string {
  const depth = COLLECTIONS[document.collection].pattern.split('/').length;
  return document.entry.path.split('/').slice(-depth).join('/');
}
