import type { Html, Paragraph, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { isMdxFile } from '#markdown/mdx-source.ts';
import { NOTIS_TYPES } from '#markdown/remark-notis.ts';
import { type ContentDocument, fileLine } from '#lib/content/content-documents.ts';
import type { CollectionName } from '#lib/content/content-entry.ts';
import { ContentProblem, type ProblemText } from '#lib/content/content-problem.ts';
import { positionAt } from '#lib/content/raw-content-files.ts';
import { checksProblem } from './problems.ts';

/** Directives every text may use: a notice (`:::notis`). */
const EVERYWHERE = ['notis'] as const;

/** Directives that only some collections may use; everything else that looks like a component is refused. */
export const ALLOWED_DIRECTIVES: Partial<Record<CollectionName, readonly string[]>> = {
  remissvar: ['kommentar'],
};

/** Attributes a notice may have. */
const NOTIS_ATTRIBUTES = ['typ'];

/**
 * Whether a body can hold anything this check reports, by its text: a tag or HTML starts with "<",
 * an expression with "{", a code line with its keyword, "&" writes those as entities (&lt;,
 * &#123;), and a directive has its name after "::". Walking every tree was most of the check's time
 * after parsing. The opening line of an allowed directive (":::kommentar{#k1 avsnitt=…}") holds
 * only its name and attributes, which nothing here reports, so it is left out first; any other
 * line with a directive's name, or a label, leads to the walk.
 */
function mightHaveCode(body: string, allowed: ReadonlySet<string>): boolean {
  const rest = allowed.size > 0 ? body.replace(DIRECTIVE_LINE, (line, name: string) => (allowed.has(name) ? '' : line)) : body;
  if (/[<{&]|\b(?:import|export)\s/.test(rest)) return true;
  for (const [, name] of rest.matchAll(/::+([A-Za-z][\w-]*)/g)) if (!allowed.has(name as string)) return true;
  return false;
}

const DIRECTIVE_LINE = /^[ \t]*:{2,}([A-Za-z][\w-]*)(?:\{[^{}\n]*\})?[ \t]*$/gm;

/**
 * Content is plain Markdown and runs no code. Anything that would be code in MDX — `import` and
 * `export` lines, `{expressions}`, components — and raw HTML (which the site does not render) is
 * an error, so a pull request that edits text can never run code or hide markup in the build.
 */
export function codeInContentProblems(documents: readonly ContentDocument[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const document of documents) {
    const allowed = new Set([...EVERYWHERE, ...(ALLOWED_DIRECTIVES[document.collection] ?? [])]);
    // In MDX, remarkMdxComponents has already taken out code, expressions and tags: what is left
    // to check here are the directives its components became.
    const mdx = isMdxFile(document.entry.path);
    // A notice's attributes are checked, so its lines are not passed over as the comments' are.
    if (!mightHaveCode(document.entry.body, new Set(ALLOWED_DIRECTIVES[document.collection] ?? []))) continue;
    const file = document.entry.path;
    const at = (node: Parameters<typeof fileLine>[1], text: ProblemText) =>
      problems.push(new ContentProblem({ location: { file, ...fileLine(document, node) }, ...text }));

    visit(document.tree, (node) => {
      if (mdx && (node.type === 'html' || node.type === 'paragraph' || node.type === 'text')) return;
      if (node.type === 'html') {
        const problem = htmlProblem((node as Html).value);
        if (problem) at(node, problem);
      } else if (node.type === 'paragraph') {
        const first = (node as Paragraph).children[0];
        const keyword = first?.type === 'text' ? /^(import|export)\s/.exec(first.value)?.[1] : undefined;
        if (keyword) at(node, checksProblem('checks/code-line', { keyword }));
      } else if (node.type === 'text') {
        const value = (node as Text).value;
        const inText = (index: number) => {
          const offset = positionAt(value, index);
          const start = fileLine(document, node);
          return { line: start.line + offset.line - 1, column: offset.line === 1 ? start.column + offset.column - 1 : offset.column };
        };
        for (const match of value.matchAll(/\{[^{}\n]*\}/g)) {
          problems.push(
            new ContentProblem({
              location: { file, ...inText(match.index) },
              ...checksProblem('checks/code-expression', { expression: match[0] }),
            }),
          );
        }
        // Tags that Markdown does not take for HTML (a component with å in an attribute) still read as code.
        for (const match of value.matchAll(/<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>/g)) {
          const problem = htmlProblem(match[0]);
          if (problem) problems.push(new ContentProblem({ location: { file, ...inText(match.index) }, ...problem }));
        }
      } else if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') {
        const directive = node as ContainerDirective | LeafDirective | TextDirective;
        // ":e" in "kl. 8:e" is prose; only a directive with attributes or its own line is meant as a component.
        const prose = directive.type === 'textDirective' && Object.keys(directive.attributes ?? {}).length === 0;
        if (directive.name === 'notis' && !prose) {
          const problem = notisProblem(directive);
          if (problem) at(node, problem);
          return;
        }
        if (allowed.has(directive.name) || prose) return;
        const known = Object.entries(ALLOWED_DIRECTIVES).filter(([, names]) => names?.includes(directive.name));
        const colons = ':'.repeat(directive.type === 'containerDirective' ? 3 : directive.type === 'leafDirective' ? 2 : 1);
        at(
          node,
          known.length > 0
            ? checksProblem('checks/directive-elsewhere', {
                name: directive.name,
                collections: known.map(([collection]) => collection),
                allowed: [...allowed],
              })
            : checksProblem('checks/unknown-directive', { directive: `${colons}${directive.name}`, allowed: [...allowed] }),
        );
      }
    });
  }
  return problems;
}

/** What is wrong with a piece of raw HTML; comments are editors' notes and pass. */
function htmlProblem(html: string): ProblemText | undefined {
  const trimmed = html.trim();
  if (trimmed.startsWith('<!--')) return undefined;
  const tag = /^<\/?([A-Za-z][\w.:-]*)/.exec(trimmed)?.[1];
  if (trimmed.startsWith('</') && tag) return undefined; // reported at the opening tag
  if (!tag) return checksProblem('checks/raw-html', { html: trimmed });
  if (tag.toLowerCase() === 'script' || tag.toLowerCase() === 'style') return checksProblem('checks/script-tag', { tag });
  if (/^[A-Z]/.test(tag)) return checksProblem('checks/component', { tag });
  return checksProblem('checks/html-tag', { tag });
}

/** What is wrong with a notice: it must surround whole paragraphs, and `typ` is one of NOTIS_TYPES. */
function notisProblem(directive: ContainerDirective | LeafDirective | TextDirective): ProblemText | undefined {
  if (directive.type !== 'containerDirective') return checksProblem('checks/directive-not-a-block', { name: directive.name });
  const attributes = directive.attributes ?? {};
  const unknown = Object.keys(attributes).find((name) => !NOTIS_ATTRIBUTES.includes(name));
  if (unknown !== undefined) return checksProblem('checks/notis-attribute', { attribute: unknown, value: undefined });
  const typ = attributes.typ;
  if (typ !== undefined && typ !== null && !(NOTIS_TYPES as readonly string[]).includes(typ))
    return checksProblem('checks/notis-attribute', { attribute: 'typ', value: typ });
  return undefined;
}
