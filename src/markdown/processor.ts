import type { Root, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkDirective from 'remark-directive';
import remarkGfm, { type Options as GfmOptions } from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import remarkGlossaryLinks, { type GlossaryLinkTerm } from './remark-glossary-links.ts';
import remarkHeadingIds from './remark-heading-ids.ts';
import remarkLiteralDirectives from './remark-literal-directives.ts';
import remarkMdxComponents from './remark-mdx-components.ts';
import remarkNotis from './remark-notis.ts';
import { escapeHeadingIds, mdxText, unparsedMdx } from './mdx-source.ts';
import { sv } from '#i18n/sv.ts';
import { styrdokEnvironment } from '#config/environment.ts';
import { accessibleTables } from './hast-accessible-tables.ts';
import { basePathLinks } from './hast-base-path.ts';
import { safeLinks } from './hast-safe-links.ts';

/** Directives that content may use; anything else is read as plain text. */
export const KNOWN_DIRECTIVES = ['kommentar'] as const;

/**
 * GitHub-flavoured Markdown, as editors know it from GitHub's own preview: tables, ~~struck~~
 * text, bare web addresses as links, footnotes. One tilde stays a tilde ("ca ~5 %").
 */
const GFM: GfmOptions = { singleTilde: false };

const NOTIS = { label: (typ: keyof typeof sv.notis) => sv.notis[typ] };

const writtenParser = unified().use(remarkParse).use(remarkGfm, GFM).use(remarkDirective).use(remarkHeadingIds);

/**
 * MDX (`.mdx`) is read by remark-mdx, the parser @astrojs/mdx uses, into the same mdast; it is
 * never compiled or evaluated. remarkMdxComponents turns the allowed components into the
 * directives Markdown writes and takes out everything that would be code (see there).
 */
const mdxParser = unified().use(remarkParse).use(remarkGfm, GFM).use(remarkMdx).use(remarkMdxComponents).use(remarkHeadingIds);

/** What turns a tree as written into the tree pages are made from. */
const publishing = unified().use(remarkLiteralDirectives, { keep: KNOWN_DIRECTIVES }).use(remarkNotis, NOTIS);

/**
 * Parses a body (or what markdownSource gives for an entry, which may be MDX) into mdast with
 * heading IDs and directives resolved.
 */
export function parseMarkdown(source: string): Root {
  return publishing.runSync(parseMarkdownAsWritten(source)) as Root;
}

/**
 * Parses a body as the editor wrote it: unknown directives stay directives instead of turning
 * back into text, so the content checks can see everything that looks like a component. An MDX
 * body that does not parse gives an empty tree that carries the error for the check.
 */
export function parseMarkdownAsWritten(source: string): Root {
  const mdx = mdxText(source);
  if (mdx === undefined) return writtenParser.runSync(writtenParser.parse(source)) as Root;
  try {
    return mdxParser.runSync(mdxParser.parse(escapeHeadingIds(mdx))) as Root;
  } catch (error) {
    return unparsedMdx(error);
  }
}

/**
 * The tree parseMarkdown gives, made from a copy of one parsed as written: copying and one
 * transform cost less than parsing the text again.
 */
export function publishedTree(written: Root): Root {
  return publishing.runSync(structuredClone(written)) as Root;
}

const KEPT_DIRECTIVES = new Set<string>(KNOWN_DIRECTIVES);

/**
 * publishedTree for a caller that only reads the tree: the written tree itself when it has no
 * directive to put back as text (most bodies), which spares copying it. A notice's label is
 * left out then: a reader of the tree has no use for it.
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

/** The path the site lives under; links from the root in content get it in front. */
const BASE_PATH = styrdokEnvironment().basePath;

/** Renders mdast (a whole tree or a run of nodes) to an HTML string. */
export function renderHtml(nodes: Root | readonly RootContent[]): string {
  const root: Root = Array.isArray(nodes) ? { type: 'root', children: [...nodes] } : (nodes as Root);
  const tree = toHast(root, {
    footnoteLabel: 'Fotnoter',
    footnoteBackLabel: (referenceIndex) => `Tillbaka till hänvisning ${referenceIndex + 1}`,
  });
  return toHtml(basePathLinks(safeLinks(accessibleTables(tree)), BASE_PATH), { allowDangerousHtml: false });
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
