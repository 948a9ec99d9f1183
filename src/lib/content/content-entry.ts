import type { Anvisning } from '#schemas/anvisning.ts';
import type { Beredning } from '#schemas/beredning.ts';
import type { Organisation } from '#schemas/organisation.ts';
import type { Program } from '#schemas/program.ts';
import type { ProgramVersion } from '#schemas/program-version.ts';
import type { Remiss } from '#schemas/remiss.ts';
import type { Remissvar } from '#schemas/remissvar.ts';
import type { Sida } from '#schemas/sida.ts';
import type { SourceFile } from './source-file.ts';

/**
 * The collections under `content/`, the files each holds, and how a file's path gives its ID. A
 * document with a body is Markdown (`.md`) or MDX (`.mdx`), read alike (docs/content-model.md).
 */
export const COLLECTIONS = {
  program: { pattern: 'program/*/program.yaml' },
  programversioner: { pattern: 'program/*/*.{md,mdx}' },
  organisationer: { pattern: 'organisationer/*.yaml' },
  remisser: { pattern: 'remisser/*.{md,mdx}' },
  remissvar: { pattern: 'remissvar/*/*.{md,mdx}' },
  anvisningar: { pattern: 'anvisningar/*/*.{md,mdx}' },
  tillganglighet: { pattern: 'tillganglighetsredogorelse.{md,mdx}' },
  ordlista: { pattern: 'ordlista.yaml' },
  sidor: { pattern: 'sidor/*.{md,mdx}' },
  beredning: { pattern: 'beredning/*.yaml' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** A validated content file, as plain data: from Astro's store or from the checker alike. */
export interface ContentEntry<T> {
  /** `program/program.yaml` → `sakerhetsprogrammet`; nested files → `folder/file`. */
  id: string;
  /** Path relative to the repository root. */
  path: string;
  data: T;
  body: string;
  /** Line where the body starts in the file (1 when unknown). */
  bodyLine?: number;
  /** Finds a frontmatter field's line; absent when entries come from a store without positions. */
  locate?: SourceFile['locate'];
}

/** The validated entries of the collections the corpus is built from. */
export interface CorpusEntries {
  program: ContentEntry<Program>[];
  programversioner: ContentEntry<ProgramVersion>[];
  organisationer: ContentEntry<Organisation>[];
  remisser: ContentEntry<Remiss>[];
  remissvar: ContentEntry<Remissvar>[];
  anvisningar: ContentEntry<Anvisning>[];
  sidor: ContentEntry<Sida>[];
  beredning: ContentEntry<Beredning>[];
}

/** The entry ID for a file at `relativePath` (relative to `content/`) in a collection. */
export function entryIdFromPath(collection: CollectionName, relativePath: string): string {
  const withoutExtension = relativePath.replace(/\.(md|mdx|yaml)$/, '');
  const all = withoutExtension.split('/');
  // A file at the top of content/ is its own entry, named by the file.
  if (all.length === 1) return all[0] ?? '';
  const parts = all.slice(1);
  if (collection === 'program') return parts[0] ?? '';
  return parts.join('/');
}
