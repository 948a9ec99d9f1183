import type { Parent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** What an MDX body may not hold, as the content check names it (src/lib/content/problems.ts). */
export type MdxRefusalCode =
  | 'content/mdx-esm'
  | 'content/mdx-expression'
  | 'content/mdx-attribute-expression'
  | 'content/mdx-unknown-component'
  | 'content/mdx-inline-component'
  | 'content/mdx-syntax';

/** A construct the transform took out of an MDX tree, with where it stood in the body. */
export interface MdxRefusal {
  code: MdxRefusalCode;
  line: number;
  column: number;
  /** What the editor wrote: the line of code, the expression, the component's or attribute's name. */
  detail: string;
}

declare module 'mdast' {
  interface RootData {
    /** What remarkMdxComponents refused in an MDX body; the content check reports each one. */
    mdxRefusals?: MdxRefusal[];
  }
}

/**
 * The components an editor may write in MDX, each the directive it stands for: the same node a
 * `.md` file gets from `:::kommentar{…}` or `:::notis{…}`, so checks and pages never see a difference.
 */
export const MDX_COMPONENTS: Readonly<Record<string, string>> = { Kommentar: 'kommentar', Notis: 'notis' };

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * MDX content runs no code. The tree remark-mdx parses is only read here, never compiled: ESM,
 * `{expressions}`, attribute expressions and components not in MDX_COMPONENTS are taken out and
 * recorded on the root (`data.mdxRefusals`), so that the refusals travel with the tree through
 * worker threads and the parse cache to the check. An allowed component with plain string
 * attributes becomes its directive. A comment alone in braces (`{/* … *\/}`) is the editor's note,
 * as `<!-- … -->` is in Markdown, and is dropped.
 */
export default function remarkMdxComponents() {
  return (tree: Root) => {
    const refusals: MdxRefusal[] = [...(tree.data?.mdxRefusals ?? [])];
    const refuse = (code: MdxRefusalCode, node: { position?: RootContent['position'] }, detail: string) => {
      const start = node.position?.start ?? { line: 1, column: 1 };
      refusals.push({ code, line: start.line, column: start.column, detail });
    };
    rewrite(tree, refuse);
    if (refusals.length > 0) tree.data = { ...tree.data, mdxRefusals: refusals };
  };
}

type Refuse = (code: MdxRefusalCode, node: { position?: RootContent['position'] }, detail: string) => void;

/** Rewrites a parent's children depth first; what a child becomes replaces it (none, itself, or a directive). */
function rewrite(parent: Parent, refuse: Refuse): void {
  parent.children = parent.children.flatMap((child) => {
    if ('children' in child) rewrite(child as Parent, refuse);
    return replacement(child, refuse);
  }) as Parent['children'];
}

function replacement(node: RootContent, refuse: Refuse): RootContent[] {
  switch (node.type) {
    case 'mdxjsEsm':
      refuse('content/mdx-esm', node, node.value.split('\n')[0] ?? '');
      return [];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isComment(node.value)) refuse('content/mdx-expression', node, `{${node.value}}`);
      return [];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return component(node, refuse);
    default:
      return [node];
  }
}

function component(node: Jsx, refuse: Refuse): RootContent[] {
  const name = node.name ?? '';
  const directive = Object.hasOwn(MDX_COMPONENTS, name) ? MDX_COMPONENTS[name] : undefined;
  if (!directive) {
    refuse('content/mdx-unknown-component', node, name);
    return [];
  }
  const attributes: Record<string, string> = {};
  let plain = true;
  for (const attribute of node.attributes) {
    const value = stringValue(attribute);
    if (value === undefined) {
      refuse(
        'content/mdx-attribute-expression',
        attributeAt(attribute, node),
        attribute.type === 'mdxJsxAttribute' ? attribute.name : `{${attribute.value}}`,
      );
      plain = false;
    } else attributes[(attribute as MdxJsxAttribute).name] = value;
  }
  if (node.type === 'mdxJsxTextElement') {
    refuse('content/mdx-inline-component', node, name);
    return [];
  }
  if (!plain) return [];
  const mapped: ContainerDirective = {
    type: 'containerDirective',
    name: directive,
    attributes,
    children: node.children as ContainerDirective['children'],
    ...(node.position ? { position: node.position } : {}),
  };
  return [mapped];
}

/** A plain string attribute's value (a bare attribute, `<Notis viktig>`, is the empty string); undefined for an expression. */
function stringValue(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') return undefined;
  if (attribute.value === null || attribute.value === undefined) return '';
  return typeof attribute.value === 'string' ? attribute.value : undefined;
}

const attributeAt = (attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, node: Jsx) => (attribute.position ? attribute : node);

/** Whether an expression holds nothing but comments. */
function isComment(value: string): boolean {
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*)+$/.test(value);
}
