import type { Root } from 'mdast';
import type { MdxRefusal } from './remark-mdx-components.ts';

/**
 * Bodies travel as strings (to worker threads, through the parse cache, to the corpus builders),
 * and a string does not say whether it is MDX. An MDX body is therefore marked at the front with
 * characters a text file never starts with, so it is read with MDX's syntax and never shares a
 * cached tree with the same text in a `.md` file.
 */
const MDX_MARK = '\u0000mdx\u0000';

/** Whether a content file is MDX, by its name. */
export const isMdxFile = (file: string): boolean => file.endsWith('.mdx');

/** What the parsers take for an entry's body: the body itself for Markdown, marked for MDX. */
export function markdownSource(entry: { body: string; path: string }): string {
  return isMdxFile(entry.path) ? `${MDX_MARK}${entry.body}` : entry.body;
}

/** The MDX text of a marked source, or undefined for Markdown. */
export function mdxText(source: string): string | undefined {
  return source.startsWith(MDX_MARK) ? source.slice(MDX_MARK.length) : undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING_ID = /^( {0,3}#{1,6}[ \t].*?[ \t])\{(#[^\s{}]+\}[ \t]*)$/;

/**
 * In MDX a brace starts a JavaScript expression, so `## Beredskap {#beredskap}` would not parse.
 * A trailing heading ID is escaped (`\{#beredskap}`) before parsing, as Docusaurus does, and
 * remark-heading-ids reads it from the heading's text as in Markdown. Lines and the columns of
 * anything before the ID stay where they were; code blocks are left alone.
 */
export function escapeHeadingIds(mdx: string): string {
  let fence: string | undefined;
  return mdx
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? undefined : marker;
        return line;
      }
      if (fence) return line;
      return line.replace(HEADING_ID, '$1\\{$2');
    })
    .join('\n');
}

/** What an MDX parse error looks like; remark-mdx throws a VFileMessage. */
interface ParseError {
  reason?: string;
  ruleId?: string;
  source?: string;
  line?: number;
  column?: number;
  place?: { line: number; column: number } | { start: { line: number; column: number } };
}

/** The kinds of MDX syntax an editor trips over, which src/lib/content/problems.ts explains in Swedish. */
export type MdxSyntaxKind = 'html-comment' | 'autolink' | 'less-than' | 'brace' | 'code-line' | 'closing-tag' | 'other';

/**
 * An MDX parse error as a tree: nothing of the body, and the refusal that the check reports with
 * its line and column. Being a tree, it is cached and joined like any other, and the check, not a
 * crash, tells the editor.
 */
export function unparsedMdx(error: unknown): Root {
  if (!isParseError(error)) throw error;
  // A tag left open is reported without a place, with the tag's position in the reason: "(3:1-3:8)".
  const inReason = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.reason ?? '');
  const place =
    error.place && 'start' in error.place
      ? error.place.start
      : (error.place ?? (inReason ? { line: Number(inReason[1]), column: Number(inReason[2]) } : undefined));
  const refusal: MdxRefusal = {
    code: 'content/mdx-syntax',
    line: error.line ?? place?.line ?? 1,
    column: error.column ?? place?.column ?? 1,
    detail: syntaxKind(error),
  };
  return { type: 'root', children: [], data: { mdxRefusals: [refusal] } };
}

function isParseError(error: unknown): error is ParseError {
  return typeof error === 'object' && error !== null && 'reason' in error && 'source' in error;
}

function syntaxKind({ reason = '', source = '', ruleId = '' }: ParseError): MdxSyntaxKind {
  if (reason.includes('to create a comment')) return 'html-comment';
  if (reason.includes('to create a link')) return 'autolink';
  if (source === 'micromark-extension-mdxjs-esm') return 'code-line';
  if (source === 'micromark-extension-mdx-expression') return 'brace';
  if (ruleId === 'end-tag-mismatch' || ruleId === 'unexpected-closing-slash') return 'closing-tag';
  if (source === 'micromark-extension-mdx-jsx') return 'less-than';
  return 'other';
}
