import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURE_CONTENT } from './paths.ts';

/** A scratch copy of the fixture corpus that a test may break, and a way to break it. */
export async function fixtureCopy() {
  const dir = await mkdtemp(path.join(tmpdir(), 'styrdok-content-'));
  await cp(FIXTURE_CONTENT, dir, { recursive: true });
  return {
    dir,
    async edit(relative: string, change: (text: string) => string) {
      const file = path.join(dir, relative);
      const before = await readFile(file, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`The edit of ${relative} changed nothing: the fixture no longer has what the test expects.`);
      await writeFile(file, after);
    },
    async write(relative: string, text: string) {
      await writeFile(path.join(dir, relative), text);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
