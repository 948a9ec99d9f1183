import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, selectAll as selectAllIn, select as selectIn } from 'hast-util-select';
import { FIXTURE_SITE } from './paths.ts';

// Build tests read a page the way a browser does, through a parser, and find what they check with
// CSS selectors: a change of attribute order, quoting or whitespace in the markup breaks none of them.

/** The page at this URL (a folder with an index.html) of a built site, the fixture site unless told, parsed. */
export async function parsePage(url: string, site = FIXTURE_SITE): Promise<Root> {
  return fromHtml(await readFile(path.join(site, url, 'index.html'), 'utf8'));
}

/** The first element in the tree (the tree itself included) that matches the CSS selector; fails the test if none does. */
export function select(selector: string, tree: Nodes): Element {
  const found = selectIn(selector, tree);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

/** Every element in the tree (the tree itself included) that matches the CSS selector, in document order. */
export function selectAll(selector: string, tree: Nodes): Element[] {
  return selectAllIn(selector, tree);
}

/** Elements whose text a reader sees set apart from the text around them, as a browser's innerText does. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/**
 * The text of a node as a reader gets it: the text of everything inside but scripts and styles (and
 * the elements matching `leaveOut`, a CSS selector, say `[aria-hidden="true"]` for what a screen
 * reader reads), block elements and table cells set apart by a space, whitespace collapsed, trimmed.
 */
export function textOf(node: Nodes, leaveOut = ''): string {
  const skipped = `script, style, template${leaveOut ? `, ${leaveOut}` : ''}`;
  const parts: string[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'text') parts.push(current.value);
    if (current.type === 'element' && matches(skipped, current)) return;
    if (!('children' in current)) return;
    const block = current.type === 'element' && BLOCKS.has(current.tagName);
    if (block) parts.push(' ');
    for (const child of current.children) walk(child);
    if (block) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The value of an element's attribute as written in the HTML (`class`, `href`, `data-stallning`,
 * `aria-labelledby`, …; a list such as `class` joined by spaces): '' for a boolean attribute that is
 * set, undefined for an attribute that is not there.
 */
export function attr(node: Element, name: string): string | undefined {
  const key = (property: string) => property.toLowerCase().replaceAll('-', '');
  const wanted = key({ class: 'className', for: 'htmlFor', 'http-equiv': 'httpEquiv' }[name] ?? name);
  const property = Object.keys(node.properties).find((candidate) => key(candidate) === wanted);
  const value = property === undefined ? undefined : node.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Every link (`a` with an href) in the node, in document order, with where it goes and its text. */
export function links(node: Nodes): { href: string; text: string }[] {
  return selectAll('a[href]', node).map((link) => ({ href: attr(link, 'href') ?? '', text: textOf(link) }));
}

/** Where every link (`a` with an href) in the node goes, in document order. */
export function hrefs(node: Nodes): string[] {
  return links(node).map((link) => link.href);
}

/**
 * The part of the page a heading heads: the heading and what follows it beside it, up to the next
 * heading of the same or a higher rank (or the end of the element they are in).
 */
export function underHeading(tree: Nodes, heading: Element): Root {
  const rank = (node: Nodes) => (node.type === 'element' && /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : 7);
  const childrenOf = (node: Nodes): Nodes[] => ('children' in node ? node.children : []);
  const parent = [tree, ...selectAll('*', tree)].find((node) => childrenOf(node).includes(heading));
  if (!parent) throw new Error(`the heading "${textOf(heading)}" is not in the tree`);
  const siblings = childrenOf(parent);
  const start = siblings.indexOf(heading);
  const end = siblings.findIndex((node, index) => index > start && rank(node) <= rank(heading));
  return { type: 'root', children: siblings.slice(start, end === -1 ? undefined : end) as Root['children'] };
}
