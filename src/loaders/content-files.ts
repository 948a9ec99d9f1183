import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '#lib/content/content-entry.ts';
import { parseCollectionText, readCollectionTexts } from '#lib/content/read-content.ts';
import { styrdokEnvironment } from '#config/environment.ts';

// Every collection's loader uses the same fingerprint: it is worked out once per build.
let readerHash: Promise<string> | undefined;

/**
 * Loads one collection from `content/` with the same reader the checker uses, so frontmatter
 * means the same thing in `npm run check` and in the build (dates stay text, no YAML surprises).
 * `STYRDOK_CONTENT` points the site at another content folder, as the tests do.
 */
export function contentFiles(collection: CollectionName): Loader {
  return {
    name: 'styrdok-content-files',
    async load({ store, parseData, generateDigest, config }) {
      const root = fileURLToPath(config.root);
      const contentDir = styrdokEnvironment(root).contentDir;
      readerHash ??= readerFingerprint(root);
      const schemas = await readerHash;
      // Entries whose file and schemas are unchanged since the last build keep their data: a
      // rebuild after one edit reads the fields of one file and validates them, not all of them.
      const seen = new Set<string>();
      for (const text of await readCollectionTexts(contentDir, collection, root)) {
        seen.add(text.id);
        const digest = generateDigest(`${schemas}\n${text.path}\n${text.text}`);
        if (store.get(text.id)?.digest === digest) continue;
        const { id, file } = parseCollectionText(text);
        // The content check, which the build awaits before rendering, reports a file that cannot be
        // read or validated with every other problem; here it is only left out, so that Astro does
        // not stop first with a message of its own about one of them.
        const data = file && (await parseData({ id, data: file.data, filePath: file.path }).catch(() => undefined));
        if (!file || data === undefined) {
          store.delete(id);
          continue;
        }
        store.set({ id, data, body: file.body, filePath: file.path, digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
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
