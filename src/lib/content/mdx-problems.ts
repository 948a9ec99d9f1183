import type { MdxSyntaxKind } from '#markdown/mdx-source.ts';
import type { MdxRefusal } from '#markdown/remark-mdx-components.ts';
import { type ContentDocument, fileLine } from './content-documents.ts';
import { ContentProblem } from './content-problem.ts';
import { contentProblem } from './problems.ts';

/**
 * What remarkMdxComponents took out of each MDX body (code, expressions, components that are not
 * allowed) or could not parse, as problems at their place in the file. The refusals travel on the
 * tree, so a tree read back from the parse cache reports them as well as a fresh one.
 */
export function mdxProblems(documents: readonly ContentDocument[]): ContentProblem[] {
  return documents.flatMap((document) =>
    (document.tree.data?.mdxRefusals ?? []).map(
      (refusal) =>
        new ContentProblem({
          location: { file: document.entry.path, ...fileLine(document, { position: { start: refusal } }) },
          ...problemText(refusal),
        }),
    ),
  );
}

function problemText({ code, detail }: MdxRefusal) {
  switch (code) {
    case 'content/mdx-esm':
      return contentProblem(code, { line: detail });
    case 'content/mdx-expression':
      return contentProblem(code, { expression: detail });
    case 'content/mdx-attribute-expression':
      return contentProblem(code, { attribute: detail });
    case 'content/mdx-unknown-component':
    case 'content/mdx-inline-component':
      return contentProblem(code, { name: detail });
    case 'content/mdx-syntax':
      return contentProblem(code, { kind: detail as MdxSyntaxKind });
  }
}
