import type { Root, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkDirective from 'remark-directive';
import remarkGfm, { type Options as GfmOptions } from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import remarkGlossaryLinks, { type GlossaryLinkTerm } from './remark-glossary-links.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkLiteralDirectives from './remark-literal-directives.ts';
import { accessibleTables } from './hast-accessible-tables.ts';
import { safeLinks } from './hast-safe-links.ts';

/** Directives that content may use; anything else is read as plain text. */
export const KNOWN_DIRECTIVES = ['kommentar'] as const;

/**
 * GitHub-flavoured Markdown, as editors know it from GitHub's own preview: tables, ~~struck~~
 * text, bare web addresses as links, footnotes. One tilde stays a tilde ("ca ~5 %").
 */
const GFM: GfmOptions = { singleTilde: false };

const parser = unified()
  .use(remarkParse)
  .use(remarkGfm, GFM)
  .use(remarkDirective)
  .use(remarkHeadingIds)
  .use(remarkLiteralDirectives, { keep: KNOWN_DIRECTIVES });

/** Parses a Markdown body into mdast with heading IDs and directives resolved. */
export function parseMarkdown(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}

const writtenParser = unified().use(remarkParse).use(remarkGfm, GFM).use(remarkDirective).use(remarkHeadingIds);

/**
 * Parses a body as the editor wrote it: unknown directives stay directives instead of turning
 * back into text, so the content checks can see everything that looks like a component.
 */
export function parseMarkdownAsWritten(markdown: string): Root {
  return writtenParser.runSync(writtenParser.parse(markdown)) as Root;
}

const literalDirectives = unified().use(remarkLiteralDirectives, { keep: KNOWN_DIRECTIVES });

/**
 * The tree parseMarkdown gives, made from a copy of one parsed as written: copying and one
 * transform cost less than parsing the text again.
 */
export function publishedTree(written: Root): Root {
  return literalDirectives.runSync(structuredClone(written)) as Root;
}

const KEPT_DIRECTIVES = new Set<string>(KNOWN_DIRECTIVES);

/**
 * publishedTree for a caller that only reads the tree: the written tree itself when it has no
 * directive to put back as text (most bodies), which spares copying it.
 */
export function publishedTreeToRead(written: Root): Root {
  let literal = false;
  visit(written, (node) => {
    if ((node.type === 'textDirective' || node.type === 'leafDirective') && !KEPT_DIRECTIVES.has(node.name)) {
      literal = true;
      return EXIT;
    }
    return undefined;
  });
  return literal ? publishedTree(written) : written;
}

/** Runs tree transforms (remark plugins with their options) on a copy-free tree. */
export function transform(tree: Root, plugins: [Plugin<never[], Root>, ...unknown[]][]): Root {
  let processor = unified();
  for (const [plugin, ...options] of plugins) processor = processor.use(plugin as never, ...(options as never[]));
  return processor.runSync(tree) as Root;
}

/** Renders mdast (a whole tree or a run of nodes) to an HTML string. */
export function renderHtml(nodes: Root | readonly RootContent[]): string {
  const root: Root = Array.isArray(nodes) ? { type: 'root', children: [...nodes] } : (nodes as Root);
  const tree = toHast(root, {
    footnoteLabel: 'Fotnoter',
    footnoteBackLabel: (referenceIndex) => `Tillbaka till hänvisning ${referenceIndex + 1}`,
  });
  return toHtml(safeLinks(accessibleTables(tree)), { allowDangerousHtml: false });
}

/** Renders mdast to HTML; what a builder calls for every document it publishes. */
export type HtmlRenderer = (nodes: Root | readonly RootContent[]) => string;

/**
 * A renderer that also links the first occurrence of each glossary term in what it renders to the
 * term's explanation, so readers can look up RSA or remissinstans where they meet it.
 */
export function htmlRenderer(options: { glossary?: readonly GlossaryLinkTerm[] } = {}): HtmlRenderer {
  const terms = options.glossary ?? [];
  if (terms.length === 0) return renderHtml;
  return (nodes) => {
    const root: Root = Array.isArray(nodes) ? { type: 'root', children: structuredClone([...nodes]) } : structuredClone(nodes as Root);
    return renderHtml(transform(root, [[remarkGlossaryLinks as never, { terms }]]));
  };
}
