import type { RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { markdownSource } from '#markdown/mdx-source.ts';
import { parseMarkdown } from '#markdown/processor.ts';
import { headingIdOf } from '#markdown/remark-heading-ids.ts';
import { findIdentityNumbers, maskIdentityNumber } from '#lib/checks/personnummer.ts';
import { markedKommentarer } from '#lib/consultation/marked-kommentarer.ts';
import { urlOfContentFile } from '#lib/site/site-map.ts';
import { asciiSlug } from '#lib/text/slug.ts';
import { parseSourceFile, type SourceFile } from '#lib/content/source-file.ts';
import { wordDiffExcerpts } from '#lib/compare/word-diff-excerpts.ts';
import { siteAddress } from '#lib/routes/base-path.ts';
import { sitePaths } from '#lib/routes/urls.ts';
import { type DataChange, dataChanges } from './data-changes.ts';

/** One content file that differs between two refs: its text before and after (absent when added or removed). */
export interface FileChange {
  /** Path relative to the content folder, e.g. `anvisningar/krisstod/2022.md`. */
  path: string;
  before?: string;
  after?: string;
}

const KINDS: [RegExp, string][] = [
  [/^program\/[^/]+\/program\.yaml$/, 'Program'],
  [/^program\/[^/]+\/[^/]+\.mdx?$/, 'Programversion'],
  [/^anvisningar\/[^/]+\/[^/]+\.mdx?$/, 'Anvisning'],
  [/^remisser\/[^/]+\.mdx?$/, 'Remiss'],
  [/^remissvar\/[^/]+\/[^/]+\.mdx?$/, 'Remissvar'],
  [/^organisationer\/[^/]+\.yaml$/, 'Organisation'],
  [/^sidor\/[^/]+\.mdx?$/, 'Sida'],
  [/^beredning\/[^/]+\.yaml$/, 'Beredning'],
  [/^ordlista\.yaml$/, 'Ordlista'],
  [/^tillganglighetsredogorelse\.mdx?$/, 'Tillgänglighetsredogörelse'],
];
/** GitHub refuses comments longer than 65 536 characters. */
const MAX_LENGTH = 60_000;
/** Data changes listed for one file before the rest are counted: a whole new glossary would drown the summary. */
const MAX_DATA_CHANGES = 40;

/** Where the changed pages can be read. */
export interface SummaryAddresses {
  /** The published site (`https://host/` or `https://owner.github.io/styrdok/`): each changed page is linked there. */
  site?: string;
  /** The site's base path (STYRDOK_BASE), when `site` does not end with it. */
  basePath?: string;
  /** A preview of the site built from the change, served from its root: each page is linked there too. */
  preview?: string;
}

/**
 * A Markdown summary of what changed in the content, for a pull request: per document, whether
 * it is new, removed or changed, which fields changed, which sections were added, removed or
 * edited (with the words that changed), and in remissvar which comments changed.
 */
export function changeSummary(changes: readonly FileChange[], addresses: SummaryAddresses = {}): string {
  const documents = [...changes]
    .sort((a, b) => kindOrder(a.path) - kindOrder(b.path) || a.path.localeCompare(b.path))
    .map((change) => describeChange(change, addresses));
  const counts = [
    ['nytt', 'nya', changes.filter((change) => !change.before).length],
    ['ändrat', 'ändrade', changes.filter((change) => change.before && change.after).length],
    ['borttaget', 'borttagna', changes.filter((change) => !change.after).length],
  ] as const;
  const tally = counts
    .filter(([, , count]) => count > 0)
    .map(([one, many, count]) => `${count} ${count === 1 ? one : many}`)
    .join(', ');
  let markdown = [
    '## Ändringar i innehållet',
    '',
    changes.length === 0 ? 'Inga filer i innehållet har ändrats.' : `${changes.length} dokument: ${tally}.`,
    '',
    ...documents,
  ].join('\n');
  if (markdown.length > MAX_LENGTH)
    markdown = `${markdown.slice(0, MAX_LENGTH)}\n\n… (sammanfattningen är förkortad; se hela ändringen under Files changed)\n`;
  return maskIdentityNumbers(markdown);
}

function describeChange(change: FileChange, addresses: SummaryAddresses): string {
  const kind = KINDS.find(([pattern]) => pattern.test(change.path))?.[1] ?? 'Fil';
  const before = readSafely(change.path, change.before);
  const after = readSafely(change.path, change.after);
  const title = String(after?.data.titel ?? after?.data.namn ?? before?.data.titel ?? before?.data.namn ?? change.path);
  const state = !change.before ? 'ny' : !change.after ? 'borttagen' : 'ändrad';
  const page = pageOfFile(change.path);
  const hidden = (after ?? before)?.data.publicitet === 'ej-publicerad';
  const pageNote = page && change.after && !hidden ? ` · ${pageLinks(page, addresses)}` : '';
  const lines = [`### ${kind}: ${title}`, '', `\`${change.path}\` · ${state}${pageNote}${hidden ? ' · publiceras inte' : ''}`, ''];
  if ((change.before && !before) || (change.after && !after)) lines.push('- Filen kan inte läsas (se innehållskontrollen).');
  if (after && !before && !hidden) {
    const titles = [...bodySections(markdownSource(after)).values()]
      .filter((section) => section.title !== 'Inledningen')
      .map((section) => `**${section.title}**`);
    if (titles.length > 0) lines.push(`- Nytt dokument med ${titles.length === 1 ? 'avsnittet' : 'avsnitten'} ${titles.join(', ')}.`);
  }
  if (!before || !after) return `${lines.join('\n')}\n`;

  // Anything said below this line is a change that matters; with nothing said, only the form changed.
  const described = lines.length;
  lines.push(...fieldChanges(before.data, after.data));
  if (hidden) {
    lines.push('- Texten publiceras inte och visas därför inte här.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(...sectionChanges(markdownSource(before), markdownSource(after)));
  if (kind === 'Remissvar') lines.push(...kommentarChanges(change.path, markdownSource(before), markdownSource(after)));
  if (lines.length === described) lines.push('- Bara formen har ändrats (radbrytningar eller mellanslag).');
  return `${lines.join('\n')}\n`;
}

/** The page that shows a content file: its own, or for the beredning, glossary and statement the page made from them. */
function pageOfFile(file: string): string | undefined {
  const beredning = /^beredning\/([^/]+)\.yaml$/.exec(file)?.[1];
  if (beredning) return sitePaths.sammanstallning(beredning);
  if (file === 'ordlista.yaml') return sitePaths.glossary();
  if (/^tillganglighetsredogorelse\.mdx?$/.test(file)) return sitePaths.accessibility();
  return urlOfContentFile(file);
}

/** The page's address on the site, and in the preview when there is one, as links. */
function pageLinks(page: string, { site, basePath = '/', preview }: SummaryAddresses): string {
  const published = site ? `sidan [${page}](${siteAddress(site, basePath, page)})` : `sidan ${page}`;
  return preview ? `${published} ([förhandsvisning](${siteAddress(preview, '/', page)}))` : published;
}

/** Each value that changed in the file's data (frontmatter or YAML), key by key. */
function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const changes = dataChanges(before, after);
  const lines = changes.slice(0, MAX_DATA_CHANGES).flatMap(describeDataChange);
  if (changes.length > MAX_DATA_CHANGES) lines.push(`- … och ${changes.length - MAX_DATA_CHANGES} ändrade värden till.`);
  return lines;
}

function describeDataChange({ path, before, after }: DataChange): string[] {
  const where = `Fältet **${path.join(' › ')}**`;
  if (before === undefined) return [`- ${where}: nytt${valueLines(after)}`];
  if (after === undefined) return [`- ${where}: borttaget (var${valueLines(before).replace(/^:/, '')})`];
  if (typeof before === 'string' && typeof after === 'string' && Math.max(before.length, after.length) > 60) {
    return [
      `- ${where}:`,
      ...wordDiffExcerpts(before, after)
        .slice(0, 8)
        .map((excerpt) => `  > ${excerpt}`),
    ];
  }
  return [`- ${where}: ${inline(before)} → ${inline(after)}`];
}

/** A value after a colon: a short one on the line, a map as one line per field below it. */
function valueLines(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `: ${inline(value)}`;
  const fields = Object.entries(value as Record<string, unknown>).map(([key, field]) => `\n  - **${key}**: ${inline(field)}`);
  return fields.join('');
}

/** A value as written in YAML, on one line: text as it is, a list as its items, a map as its fields. */
function inline(value: unknown): string {
  if (value === undefined) return '(saknas)';
  if (typeof value === 'string') return value.includes('`') ? value.replaceAll('\n', ' ') : `\`${value.replaceAll('\n', ' ')}\``;
  if (Array.isArray(value)) return value.length === 0 ? '(tom lista)' : value.map(inline).join(', ');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, field]) => `${key}: ${inline(field)}`)
      .join('; ');
  }
  return `\`${String(value)}\``;
}

interface BodySection {
  title: string;
  text: string;
  /** Every link and image in the section, as `text` and where it leads: the text alone hides a new target. */
  links: { text: string; url: string }[];
}

/** A body (as markdownSource gives it) split at its headings, keyed by the heading's ID (or its text, when it has none). */
function bodySections(body: string): Map<string, BodySection> {
  const sections = new Map<string, BodySection>();
  let current: { key: string; title: string; nodes: RootContent[] } = { key: '', title: 'Inledningen', nodes: [] };
  const flush = () => {
    const text = current.nodes.map((node) => mdastToString(node)).join('\n\n');
    const links: BodySection['links'] = [];
    for (const node of current.nodes) {
      visit(node, (child) => {
        if (child.type === 'link') links.push({ text: mdastToString(child), url: child.url });
        else if (child.type === 'image') links.push({ text: child.alt ?? '', url: child.url });
        else if (child.type === 'definition') links.push({ text: `[${child.label ?? child.identifier}]`, url: child.url });
      });
    }
    if (current.key || text.trim() || links.length > 0) sections.set(current.key, { title: current.title, text, links });
  };
  for (const node of parseMarkdown(body).children) {
    if (node.type !== 'heading') {
      current.nodes.push(node);
      continue;
    }
    flush();
    const title = mdastToString(node).trim();
    current = { key: headingIdOf(node) ?? asciiSlug(title), title, nodes: [] };
  }
  flush();
  return sections;
}

function sectionChanges(beforeBody: string, afterBody: string): string[] {
  const before = bodySections(beforeBody);
  const after = bodySections(afterBody);
  const lines: string[] = [];
  for (const [key, section] of after) {
    const old = before.get(key);
    if (!old) {
      lines.push(`- Nytt avsnitt **${section.title}**.`);
      continue;
    }
    const renamed = old.title !== section.title ? ` (ny rubrik, tidigare **${old.title}**)` : '';
    const excerpts = wordDiffExcerpts(old.text, section.text);
    const links = linkChanges(old.links, section.links);
    if (excerpts.length === 0 && links.length === 0 && !renamed) continue;
    lines.push(`- Avsnittet **${section.title}**${renamed}${excerpts.length || links.length ? ':' : '.'}`);
    for (const excerpt of excerpts.slice(0, 8)) lines.push(`  > ${excerpt}`);
    if (excerpts.length > 8) lines.push(`  > … och ${excerpts.length - 8} ändringar till.`);
    lines.push(...links.map((line) => `  - ${line}`));
  }
  for (const [key, section] of before) if (!after.has(key)) lines.push(`- Avsnittet **${section.title}** är borttaget.`);
  return lines;
}

/** Links whose target changed (by their text), and links added or removed, in a section. */
function linkChanges(before: BodySection['links'], after: BodySection['links']): string[] {
  const key = (link: { text: string; url: string }) => `${link.text}\n${link.url}`;
  const unmatched = (from: BodySection['links'], other: BodySection['links']) => {
    const left = other.map(key);
    return from.filter((link) => {
      const index = left.indexOf(key(link));
      if (index === -1) return true;
      left.splice(index, 1);
      return false;
    });
  };
  const removed = unmatched(before, after);
  const added = unmatched(after, before);
  const lines: string[] = [];
  for (const link of added) {
    const index = removed.findIndex((old) => old.text === link.text);
    const label = link.text ? `**${link.text}**` : 'utan text';
    if (index === -1) {
      lines.push(`Ny länk ${label} till \`${link.url}\`.`);
      continue;
    }
    const [old] = removed.splice(index, 1);
    lines.push(`Länken ${label} går nu till \`${link.url}\` (tidigare \`${old?.url}\`).`);
  }
  for (const link of removed) lines.push(`Länken ${link.text ? `**${link.text}**` : 'utan text'} till \`${link.url}\` är borttagen.`);
  return lines;
}

function kommentarChanges(file: string, beforeBody: string, afterBody: string): string[] {
  const read = (body: string) => new Map(markedKommentarer(parseMarkdown(body), file).kommentarer.map((k) => [k.id, k]));
  const before = read(beforeBody);
  const after = read(afterBody);
  const lines: string[] = [];
  for (const [id, kommentar] of after) {
    const old = before.get(id);
    const about = `${kommentar.stallning} om ${kommentar.avsnitt.join(', ')}`;
    if (!old) lines.push(`- Ny kommentar **${id}** (${about}).`);
    else if (old.stallning !== kommentar.stallning || old.avsnitt.join(' ') !== kommentar.avsnitt.join(' ')) {
      lines.push(`- Kommentaren **${id}**: ${old.stallning} om ${old.avsnitt.join(', ')} → ${about}.`);
    }
  }
  for (const id of before.keys()) if (!after.has(id)) lines.push(`- Kommentaren **${id}** är borttagen.`);
  return lines;
}

function readSafely(path: string, text: string | undefined): SourceFile | undefined {
  if (text === undefined) return undefined;
  try {
    return parseSourceFile(path, text);
  } catch {
    return undefined;
  }
}

function kindOrder(path: string): number {
  const index = KINDS.findIndex(([pattern]) => pattern.test(path));
  return index === -1 ? KINDS.length : index;
}

/** A summary is posted where many can read it: never with an identity number in it. */
function maskIdentityNumbers(markdown: string): string {
  let masked = markdown;
  for (const match of findIdentityNumbers(markdown)) masked = masked.replace(match.text, maskIdentityNumber(match.text));
  return masked;
}
