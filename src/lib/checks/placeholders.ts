import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { type ContentDocument, fileLine } from '#lib/content/content-documents.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { isPublished } from '#lib/publicity/publicity.ts';
import { checksProblem } from './problems.ts';

/** What the scaffolding commands write where the editor has to fill something in. */
export const PLACEHOLDER = 'FYLL I';

/**
 * A scaffolded file that still has a placeholder: an error in a document that would be
 * published, a warning in one that is not, so a half-finished draft can wait but never go live.
 * Code in the text (`FYLL I` written as an example) does not count.
 */
export function placeholderProblems(documents: readonly ContentDocument[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const document of documents) {
    const { entry } = document;
    const severity = isPublished(entry.data as { publicitet: 'offentlig' }) ? 'fel' : 'varning';
    const problem = (line: number, column: number, field?: string) =>
      problems.push(
        new ContentProblem({
          location: { file: entry.path, line, column },
          field,
          severity,
          ...checksProblem('checks/placeholder', { placeholder: PLACEHOLDER, field }),
        }),
      );
    for (const [key, value] of Object.entries(entry.data)) {
      if (typeof value === 'string' && value.includes(PLACEHOLDER)) {
        const position = entry.locate?.([key]) ?? { line: 1, column: 1 };
        problem(position.line, position.column, key);
      }
    }
    // A text node's words come from the body: without the placeholder there, no node has it.
    if (!entry.body.includes(PLACEHOLDER)) continue;
    visit(document.tree, 'text', (node: Text) => {
      const index = node.value.indexOf(PLACEHOLDER);
      if (index === -1) return;
      const start = fileLine(document, node);
      const before = node.value.slice(0, index);
      const lines = before.split('\n');
      problem(start.line + lines.length - 1, lines.length === 1 ? start.column + index : (lines.at(-1)?.length ?? 0) + 1);
    });
  }
  return problems;
}
