import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentErrors } from '../lib/content-problem.ts';
import type { CollectionName } from '../lib/content-entry.ts';
import { readCollectionFiles } from '../lib/read-content.ts';

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
      const contentDir = path.resolve(root, process.env.STYRDOK_CONTENT ?? 'content');
      const schemas = await schemaFingerprint(path.join(root, 'src/schemas'));
      // Entries whose file and schemas are unchanged since the last build keep their parsed data:
      // a rebuild after one edit validates one file, not all of them.
      const seen = new Set<string>();
      for (const { id, file, problem } of await readCollectionFiles(contentDir, collection, root)) {
        if (problem || !file) throw new ContentErrors(problem ? [problem] : []);
        seen.add(id);
        const digest = generateDigest(`${schemas}\n${file.path}\n${JSON.stringify(file.data)}\n${file.body}`);
        if (store.get(id)?.digest === digest) continue;
        const data = await parseData({ id, data: file.data, filePath: file.path });
        store.set({ id, data, body: file.body, filePath: file.path, digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

/** The schemas' source, so parsed data kept between builds is thrown away when a schema changes. */
async function schemaFingerprint(dir: string): Promise<string> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.ts')).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(await readFile(path.join(dir, file)));
  return hash.digest('hex');
}
