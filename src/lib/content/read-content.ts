import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectionSchemas } from '#schemas/index.ts';
import type { Ordlista } from '#schemas/ordlista.ts';
import type { Tillganglighetsredogorelse } from '#schemas/tillganglighet.ts';
import type { CorpusEntries } from '#lib/content/content-entry.ts';
import { ContentProblem } from './content-problem.ts';
import { COLLECTIONS, type CollectionName, type ContentEntry, entryIdFromPath } from './content-entry.ts';
import { parseWithSchema } from './schema-problems.ts';
import { entryDocumentKey } from './document-keys.ts';
import { parseSourceFile, type SourceFile } from './source-file.ts';

type CollectionFile = { id: string; file?: SourceFile; problem?: ContentProblem };

/** Texts of files already read, by path relative to the repository root, so they are not read twice. */
export type KnownTexts = ReadonlyMap<string, string>;

/** A collection's file as text, before its fields are read. */
export interface CollectionText {
  id: string;
  /** Path relative to the repository root, as problems name it. */
  path: string;
  text: string;
}

/** Reads one collection's files as text, sorted by path so results never depend on the disk. */
export async function readCollectionTexts(
  contentDir: string,
  collection: CollectionName,
  rootDir = process.cwd(),
  known?: KnownTexts,
): Promise<CollectionText[]> {
  // Read synchronously, as readRawContentFiles does: small files are read faster so than through the thread pool.
  return globSync(COLLECTIONS[collection].pattern, { cwd: contentDir })
    .sort()
    .map((relative) => {
      const shown = path.relative(rootDir, path.join(contentDir, relative)).split(path.sep).join('/');
      const id = entryIdFromPath(collection, relative.split(path.sep).join('/'));
      return { id, path: shown, text: known?.get(shown) ?? readFileSync(path.join(contentDir, relative), 'utf8') };
    });
}

/** A collection's file with its fields and body read, or the problem that stopped it. */
export function parseCollectionText({ id, path: shown, text }: CollectionText): CollectionFile {
  try {
    return { id, file: parseSourceFile(shown, text) };
  } catch (error) {
    if (!(error instanceof ContentProblem)) throw error;
    return { id, problem: error };
  }
}

/** Reads one collection's files as SourceFiles, sorted by path. */
export async function readCollectionFiles(contentDir: string, collection: CollectionName, rootDir = process.cwd(), known?: KnownTexts) {
  return (await readCollectionTexts(contentDir, collection, rootDir, known)).map(parseCollectionText);
}

/** Every collection's entries: the document corpus and the site's own pages. */
export interface ContentEntries extends CorpusEntries {
  tillganglighet: ContentEntry<Tillganglighetsredogorelse>[];
  ordlista: ContentEntry<Ordlista>[];
}

/** Reads and validates every content file; entries that fail their schema are left out and reported. */
export async function readContentEntries(
  contentDir: string,
  rootDir = process.cwd(),
  known?: KnownTexts,
): Promise<{ entries: ContentEntries; problems: ContentProblem[]; documents: Map<string, string> }> {
  const problems: ContentProblem[] = [];
  const entries = {} as Record<CollectionName, ContentEntry<unknown>[]>;
  // Every file's document, read or not, so a problem elsewhere can be traced to a file that failed.
  const documents = new Map<string, string>();
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    entries[collection] = [];
    for (const text of await readCollectionTexts(contentDir, collection, rootDir, known)) {
      documents.set(text.path, entryDocumentKey(collection, text.id));
      const { id, file, problem } = parseCollectionText(text);
      if (problem) problems.push(problem);
      if (!file) continue;
      const result = parseWithSchema(collectionSchemas[collection], file);
      problems.push(...result.problems);
      if (result.data === undefined) continue;
      entries[collection].push({ id, path: file.path, data: result.data, body: file.body, bodyLine: file.bodyLine, locate: file.locate });
    }
  }
  return { entries: entries as unknown as ContentEntries, problems, documents };
}
