import type { RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { markdownSource } from '#markdown/mdx-source.ts';
import { parseMarkdown } from '#markdown/processor.ts';
import { headingIdOf } from '#markdown/remark-heading-ids.ts';
import { findIdentityNumbers, maskIdentityNumber } from '#lib/checks/personnummer.ts';
import { markedKommentarer } from '#lib/consultation/marked-kommentarer.ts';
import { urlOfContentFile } from '#lib/site/site-map.ts';
import { asciiSlug } from '#lib/text/slug.ts';
import { parseSourceFile, type SourceFile } from '#lib/content/source-file.ts';
import { wordDiffExcerpts } from '#lib/compare/word-diff-excerpts.ts';

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
];
/** GitHub refuses comments longer than 65 536 characters. */
const MAX_LENGTH = 60_000;

/**
 * A Markdown summary of what changed in the content, for a pull request: per document, whether
 * it is new, removed or changed, which fields changed, which sections were added, removed or
 * edited (with the words that changed), and in remissvar which comments changed.
 */
export function changeSummary(changes: readonly FileChange[]): string {
  const documents = [...changes].sort((a, b) => kindOrder(a.path) - kindOrder(b.path) || a.path.localeCompare(b.path)).map(describeChange);
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

function describeChange(change: FileChange): string {
  const kind = KINDS.find(([pattern]) => pattern.test(change.path))?.[1] ?? 'Fil';
  const before = readSafely(change.path, change.before);
  const after = readSafely(change.path, change.after);
  const title = String(after?.data.titel ?? after?.data.namn ?? before?.data.titel ?? before?.data.namn ?? change.path);
  const state = !change.before ? 'ny' : !change.after ? 'borttagen' : 'ändrad';
  const page = urlOfContentFile(change.path);
  const hidden = (after ?? before)?.data.publicitet === 'ej-publicerad';
  const pageNote = page && change.after && !hidden ? ` · sidan ${page}` : '';
  const lines = [`### ${kind}: ${title}`, '', `\`${change.path}\` · ${state}${pageNote}${hidden ? ' · publiceras inte' : ''}`, ''];
  if ((change.before && !before) || (change.after && !after)) lines.push('- Filen kan inte läsas (se innehållskontrollen).');
  if (after && !before && !hidden) {
    const titles = [...bodySections(markdownSource(after)).values()]
      .filter((section) => section.title !== 'Inledningen')
      .map((section) => `**${section.title}**`);
    if (titles.length > 0) lines.push(`- Nytt dokument med ${titles.length === 1 ? 'avsnittet' : 'avsnitten'} ${titles.join(', ')}.`);
  }
  if (!before || !after) return `${lines.join('\n')}\n`;

  lines.push(...fieldChanges(before.data, after.data));
  if (hidden) {
    lines.push('- Texten publiceras inte och visas därför inte här.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(...sectionChanges(markdownSource(before), markdownSource(after)));
  if (kind === 'Remissvar') lines.push(...kommentarChanges(change.path, markdownSource(before), markdownSource(after)));
  if (lines.length === 4 && !hidden) lines.push('- Bara formen har ändrats (radbrytningar eller mellanslag).');
  return `${lines.join('\n')}\n`;
}

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `- Fältet **${key}**: ${shortValue(before[key])} → ${shortValue(after[key])}`);
}

function shortValue(value: unknown): string {
  if (value === undefined) return '(saknas)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.length > 80 ? `${text.slice(0, 77)}…` : text}\``.replaceAll('\n', ' ');
}

interface BodySection {
  title: string;
  text: string;
}

/** A body (as markdownSource gives it) split at its headings, keyed by the heading's ID (or its text, when it has none). */
function bodySections(body: string): Map<string, BodySection> {
  const sections = new Map<string, BodySection>();
  let current: { key: string; title: string; nodes: RootContent[] } = { key: '', title: 'Inledningen', nodes: [] };
  const flush = () => {
    const text = current.nodes.map((node) => mdastToString(node)).join('\n\n');
    if (current.key || text.trim()) sections.set(current.key, { title: current.title, text });
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
    if (excerpts.length === 0 && !renamed) continue;
    lines.push(`- Avsnittet **${section.title}**${renamed}${excerpts.length ? ':' : '.'}`);
    for (const excerpt of excerpts.slice(0, 8)) lines.push(`  > ${excerpt}`);
    if (excerpts.length > 8) lines.push(`  > … och ${excerpts.length - 8} ändringar till.`);
  }
  for (const [key, section] of before) if (!after.has(key)) lines.push(`- Avsnittet **${section.title}** är borttaget.`);
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
