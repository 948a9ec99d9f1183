import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { KOMMENTAR_PROPOSAL, kommentarAttributesSchema, type KommentarAttributes } from '#schemas/kommentar.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { issueToProblem } from '#lib/content/schema-problems.ts';
import type { SourceFile } from '#lib/content/source-file.ts';
import { consultationProblem } from './problems.ts';

export interface MarkedKommentar extends KommentarAttributes {
  text: string;
  /** 1-based line in the file where the comment starts. */
  line: number;
  node: ContainerDirective;
}

/**
 * Finds the comments marked in a statement (`:::kommentar{…}`) and checks their attributes.
 * Whether the sections they name exist is for the caller, who knows the version.
 */
export function markedKommentarer(tree: Root, file: string, bodyLine = 1): { kommentarer: MarkedKommentar[]; problems: ContentProblem[] } {
  const kommentarer: MarkedKommentar[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();

  visit(tree, (node) => {
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return;
    const directive = node as ContainerDirective | LeafDirective | TextDirective;
    if (directive.name !== 'kommentar') return;
    const line = (directive.position?.start.line ?? 1) + bodyLine - 1;
    const column = directive.position?.start.column ?? 1;
    if (directive.type !== 'containerDirective') {
      problems.push(new ContentProblem({ location: { file, line, column }, ...consultationProblem('consultation/kommentar-not-a-block') }));
      return;
    }
    const { [KOMMENTAR_PROPOSAL]: proposal, ...attributes } = directive.attributes ?? {};
    if (proposal !== undefined) {
      // A comment the importer proposed: the editor has not yet said that it is one, nor checked its section and stance.
      problems.push(
        new ContentProblem({
          location: { file, line, column },
          field: `kommentar.${KOMMENTAR_PROPOSAL}`,
          ...consultationProblem('consultation/unconfirmed-kommentar', {
            id: typeof attributes.id === 'string' ? attributes.id : '',
            avsnitt: attributes.avsnitt ?? '',
            stallning: attributes.stallning ?? '',
            why: proposal ?? '',
          }),
        }),
      );
    }
    const result = kommentarAttributesSchema.safeParse(attributes);
    if (!result.success) {
      const pseudoFile: SourceFile = { path: file, data: attributes, body: '', bodyLine, locate: () => ({ line, column }) };
      for (const issue of result.error.issues) {
        const problem = issueToProblem(issue, pseudoFile, attributes, kommentarAttributesSchema);
        problems.push(
          // The schema's problem, about an attribute of the comment rather than a field of the file.
          new ContentProblem({
            location: problem.location,
            field: problem.field ? `kommentar.${problem.field}` : 'kommentar',
            code: problem.code,
            message: problem.message.replace('fältet', 'attributet'),
            hint: problem.hint,
          }),
        );
      }
      return;
    }
    const earlier = seen.get(result.data.id);
    if (earlier !== undefined) {
      problems.push(
        new ContentProblem({
          location: { file, line, column },
          field: 'kommentar.id',
          ...consultationProblem('consultation/duplicate-kommentar-id', { id: result.data.id, line: earlier }),
        }),
      );
      return;
    }
    seen.set(result.data.id, line);
    kommentarer.push({ ...result.data, text: mdastToString(directive.children).trim(), line, node: directive });
  });
  return { kommentarer, problems };
}
