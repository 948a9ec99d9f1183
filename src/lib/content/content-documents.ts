import type { Root } from 'mdast';
import { markdownSource } from '#markdown/mdx-source.ts';
import { parseInParallel } from '#markdown/parse-in-parallel.ts';
import type { CorpusEntries } from '#lib/content/content-entry.ts';
import type { CollectionName, ContentEntry } from './content-entry.ts';

/** A Markdown document with its body parsed once, as written, for the checks that read text. */
export interface ContentDocument {
  collection: CollectionName;
  entry: ContentEntry<Record<string, unknown>>;
  tree: Root;
}

/**
 * Every entry that has a Markdown or MDX body, parsed as the editor wrote it. `parsed` holds trees
 * already parsed as written, by what markdownSource gives for the entry; the rest are parsed here,
 * on every core.
 */
export async function contentDocuments(entries: CorpusEntries, parsed: ReadonlyMap<string, Root> = new Map()): Promise<ContentDocument[]> {
  const markdown = (Object.entries(entries) as [CollectionName, ContentEntry<Record<string, unknown>>[]][]).flatMap(([collection, list]) =>
    list.filter((entry) => /\.mdx?$/.test(entry.path)).map((entry) => ({ collection, entry })),
  );
  const missing = [...new Set(markdown.map(({ entry }) => markdownSource(entry)).filter((source) => !parsed.has(source)))];
  const trees = await parseInParallel(missing);
  const bySource = new Map([...parsed, ...missing.map((source, index): [string, Root] => [source, trees[index] as Root])]);
  return markdown.map((document) => ({ ...document, tree: bySource.get(markdownSource(document.entry)) as Root }));
}

/** Where a node of a document's body lies in its file. */
export function fileLine(document: ContentDocument, node: { position?: { start: { line: number; column: number } } }) {
  const start = node.position?.start ?? { line: 1, column: 1 };
  return { line: start.line + (document.entry.bodyLine ?? 1) - 1, column: start.column };
}
