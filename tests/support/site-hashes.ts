import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file of a built site by its path, as a SHA-256 of its bytes. */
export async function siteHashes(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const result: Record<string, string> = {};
  for (const file of files) {
    const absolute = path.join(file.parentPath, file.name);
    result[path.relative(dir, absolute).split(path.sep).join('/')] = createHash('sha256')
      .update(await readFile(absolute))
      .digest('hex');
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}
