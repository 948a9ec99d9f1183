import type { Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import { type ContentDocument, fileLine } from '#lib/content/content-documents.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { contentIdFor, isContentId } from '#lib/routes/content-id.ts';
import { routesProblem } from '#lib/routes/problems.ts';
import { headingIdOf } from '#markdown/remark-heading-ids.ts';

/**
 * A heading's `{#id}` becomes the `#id` in links to it, in every kind of document: it must have
 * the documented form, or a link written from the guide ("#Övning") would not find it. A program
 * version's section IDs, which also become addresses, are checked with its sections (section-tree.ts).
 */
export function headingIdProblems(documents: readonly ContentDocument[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const document of documents) {
    if (document.collection === 'programversioner') continue;
    visit(document.tree, 'heading', (heading: Heading) => {
      const id = headingIdOf(heading);
      if (id === undefined || isContentId(id)) return;
      problems.push(
        new ContentProblem({
          location: { file: document.entry.path, ...fileLine(document, heading) },
          ...routesProblem('routes/invalid-heading-id', { id, suggested: contentIdFor(id) }),
        }),
      );
    });
  }
  return problems;
}
