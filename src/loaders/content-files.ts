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
      store.clear();
      for (const { id, file, problem } of await readCollectionFiles(contentDir, collection, root)) {
        if (problem || !file) throw new ContentErrors(problem ? [problem] : []);
        const data = await parseData({ id, data: file.data, filePath: file.path });
        store.set({
          id,
          data,
          body: file.body,
          filePath: file.path,
          digest: generateDigest(`${file.path}\n${JSON.stringify(file.data)}\n${file.body}`),
        });
      }
    },
  };
}
