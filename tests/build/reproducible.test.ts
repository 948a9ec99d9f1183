import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE } from '../support/paths.ts';

/** Every file of a built site by its path, as a SHA-256 of its bytes. */
async function hashes(dir: string): Promise<Record<string, string>> {
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

describe('two builds of the same content', async () => {
  const outer = await mkdtemp(path.join(tmpdir(), 'styrdok-again-'));
  afterAll(() => rm(outer, { recursive: true, force: true }));

  it('produce identical files, the search index included', async () => {
    const again = path.join(outer, 'dist');
    const { code, output } = await buildSite(FIXTURE_CONTENT, again);
    expect(code, output).toBe(0);

    const first = await hashes(FIXTURE_SITE);
    expect(Object.keys(first).some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(await hashes(again)).toEqual(first);
  });
});
