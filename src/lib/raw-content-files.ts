import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A content file as it lies on disk, whether or not it is valid: some checks must see every byte. */
export interface RawContentFile {
  /** Path relative to the repository root. */
  path: string;
  text: string;
}

/** Every Markdown and YAML file under `contentDir`, sorted by path. */
export async function readRawContentFiles(contentDir: string, rootDir = process.cwd()): Promise<RawContentFile[]> {
  const relatives: string[] = [];
  for await (const relative of glob('**/*.{md,yaml}', { cwd: contentDir })) relatives.push(relative);
  return Promise.all(
    relatives.sort().map(async (relative) => {
      const absolute = path.join(contentDir, relative);
      return { path: path.relative(rootDir, absolute).split(path.sep).join('/'), text: await readFile(absolute, 'utf8') };
    }),
  );
}

/** 1-based line and column of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
