import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from '#lib/content/content-entry.ts';
import { parseCollectionText, readCollectionTexts } from '#lib/content/read-content.ts';
import { parseWithSchema } from '#lib/content/schema-problems.ts';
import { collectionSchemas } from '#schemas/index.ts';
import { skippedFiles } from './skipped-files.ts';
import { styrdokEnvironment } from '#config/environment.ts';

// Every collection's loader uses the same fingerprint: it is worked out once per build.
let readerHash: Promise<string> | undefined;
// The files each collection's loader left out, so that one deleted since leaves the list too.
const skippedBy = new Map<CollectionName, Set<string>>();

/**
 * Loads one collection from `content/` with the same reader the checker uses, so frontmatter
 * means the same thing in `npm run check` and in the build (dates stay text, no YAML surprises).
 * `STYRDOK_CONTENT` points the site at another content folder, as the tests do.
 */
export function contentFiles(collection: CollectionName): Loader {
  return {
    name: 'styrdok-content-files',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const contentDir = styrdokEnvironment(root).contentDir;
      await loadCollection(collection, contentDir, root, context);
      // `npm run dev`: an edit under content/ is loaded again at once, and the pages that read it
      // are rebuilt on their next request (src/data/corpus.ts notices the changed entries).
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(contentDir);
      // One load at a time, and one more after it when files changed meanwhile. Saving a file can
      // give two events (the file emptied, then written); two loads at once could finish in the
      // wrong order, and the one that read the half-saved file would have the last word.
      let loading: Promise<void> | undefined;
      let changedMeanwhile = false;
      const reload = (changed: string) => {
        if (!path.resolve(changed).startsWith(path.resolve(contentDir) + path.sep)) return;
        if (loading) {
          changedMeanwhile = true;
          return;
        }
        loading = (async () => {
          do {
            changedMeanwhile = false;
            await loadCollection(collection, contentDir, root, context).catch((error: unknown) => logger.error(String(error)));
          } while (changedMeanwhile);
          loading = undefined;
        })();
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    },
  };
}

async function loadCollection(collection: CollectionName, contentDir: string, root: string, context: LoaderContext) {
  const { store, parseData, generateDigest, logger, watcher } = context;
  readerHash ??= readerFingerprint(root);
  const schemas = await readerHash;
  // Entries whose file and schemas are unchanged since the last build keep their data: a
  // rebuild after one edit reads the fields of one file and validates them, not all of them.
  const seen = new Set<string>();
  const seenPaths = new Set<string>();
  const skipped = skippedBy.get(collection) ?? new Set<string>();
  skippedBy.set(collection, skipped);
  for (const text of await readCollectionTexts(contentDir, collection, root)) {
    seen.add(text.id);
    seenPaths.add(text.path);
    const digest = generateDigest(`${schemas}\n${text.path}\n${text.text}`);
    if (store.get(text.id)?.digest === digest) continue;
    const { id, file, problem } = parseCollectionText(text);
    // A file that cannot be read or validated is left out, not thrown: the build has awaited the
    // content check, which reports it with every other problem, before Astro renders anything.
    const data = file && (await parseData({ id, data: file.data, filePath: file.path }).catch(() => undefined));
    if (!file || data === undefined) {
      store.delete(id);
      const problems = problem ? [problem] : file ? parseWithSchema(collectionSchemas[collection], file).problems : [];
      skippedFiles().set(text.path, problems);
      skipped.add(text.path);
      if (watcher) for (const problem of problems) logger.error(problem.format());
      continue;
    }
    skippedFiles().delete(text.path);
    skipped.delete(text.path);
    store.set({ id, data, body: file.body, filePath: file.path, digest });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  for (const file of skipped) {
    if (seenPaths.has(file)) continue;
    skippedFiles().delete(file);
    skipped.delete(file);
  }
}

/**
 * The schemas' source, the file reader's and the lockfile (the YAML and zod versions), so data kept
 * between builds is thrown away when the way it is read or validated changes.
 */
async function readerFingerprint(root: string): Promise<string> {
  const schemas = path.join(root, 'src/schemas');
  const files = [
    ...(await readdir(schemas)).filter((file) => file.endsWith('.ts')).map((file) => path.join(schemas, file)),
    path.join(root, 'src/lib/content/source-file.ts'),
    path.join(root, 'package-lock.json'),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(file).catch(() => ''));
  return hash.digest('hex');
}
