import path from 'node:path/posix';
import { distance } from 'fastest-levenshtein';
import type { ContentDocument } from '#lib/content/content-documents.ts';
import { COLLECTIONS } from '#lib/content/content-entry.ts';
import { type ContentLink, isExternalLink } from '#lib/content/content-links.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { type SiteMap, urlOfContentFile } from '#lib/site/site-map.ts';
import { didYouMean } from '#lib/text/suggest.ts';

const ADDRESS_HINT = 'Skriv sidans adress från webbplatsens rot, som den står i webbläsaren, t.ex. "/anvisningar/krisstod/".';

/**
 * Links within the site must reach a page that is built, and an `#id` after it must be on that
 * page. Relative links are refused: the same text is shown on several pages (a version and its
 * sections), where a relative link would lead to different places.
 */
export function internalLinkProblems(links: readonly ContentLink[], map: SiteMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const link of links) {
    const problem = (message: string, hint: string) =>
      problems.push(
        new ContentProblem({ location: { file: link.document.entry.path, line: link.line, column: link.column }, message, hint }),
      );
    if (isExternalLink(link.url) || link.url === '') continue;

    const [beforeHash = '', hash] = link.url.split('#', 2) as [string, string | undefined];
    const pathname = beforeHash.split('?')[0] ?? '';
    if (pathname !== '' && !pathname.startsWith('/')) {
      const page = /\.(md|yaml)$/.test(pathname)
        ? urlOfContentFile(path.join(path.dirname(contentPath(link.document)), pathname))
        : undefined;
      problem(
        `länken "${link.url}" är relativ och leder till olika ställen beroende på vilken sida texten visas på.`,
        page ? `Länka till sidan i stället: "${page}${hash ? `#${hash}` : ''}".` : ADDRESS_HINT,
      );
      continue;
    }

    const url = pathname === '' ? urlOfContentFile(contentPath(link.document)) : pathname;
    if (url === undefined) continue;
    const page = map.get(url);
    if (!page) {
      const withSlash = !url.endsWith('/') && map.has(`${url}/`);
      problem(
        `länken går till "${url}", en sida som inte finns.`,
        withSlash ? `Adresserna slutar med snedstreck: skriv "${url}/".` : `${nearestAddress(url, map.keys())}${ADDRESS_HINT}`,
      );
      continue;
    }
    // A page that will not be published is the publicity check's concern, not a broken link.
    if (!page.published || hash === undefined || hash === '' || page.anchors.has(decodeURIComponent(hash))) continue;
    problem(
      `"#${hash}" finns inte på sidan ${url}.`,
      `${didYouMean(hash, page.anchors)} Det som står efter # ska vara ett avsnitts-, rubrik- eller kommentars-id på sidan.`,
    );
  }
  return problems;
}

/** "Menade du …" for an address: whole addresses compared, since every one shares the start "/". */
function nearestAddress(wrong: string, known: Iterable<string>): string {
  const scored = [...known].map((url) => ({ url, edits: distance(wrong, url) })).sort((a, b) => a.edits - b.edits);
  const best = scored[0];
  return best && best.edits <= Math.max(3, Math.ceil(wrong.length * 0.3)) ? `Menade du "${best.url}"? ` : '';
}

/** The document's path under content/, e.g. `anvisningar/krisstod/2022.md`. */
export function contentPath(document: ContentDocument): string {
  const depth = COLLECTIONS[document.collection].pattern.split('/').length;
  return document.entry.path.split('/').slice(-depth).join('/');
}
