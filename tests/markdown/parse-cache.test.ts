import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import { openParseCache, parserFingerprint, serializeShard } from '#markdown/parse-cache.ts';
import { parseInParallel } from '#markdown/parse-in-parallel.ts';
import { parseMarkdown, parseMarkdownAsWritten } from '#markdown/processor.ts';

const dirs: string[] = [];
async function temporary(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'styrdok-parse-cache-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

// Enough bodies for a worker thread, so its shard is tested too.
const bodies = Array.from({ length: 900 }, (_, index) => `## Avsnitt ${index} {#a${index}}\n\nText om krisberedskap nummer ${index}.\n`);
const shardsIn = async (dir: string) => (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.v8'));

describe('the parse cache', () => {
  it('gives back every tree a run parsed, on whichever thread', async () => {
    const dir = await temporary();
    await parseInParallel(bodies, { cache: openParseCache(dir, 'markdown', 'parser-1') });
    const reopened = openParseCache(dir, 'markdown', 'parser-1');
    expect(bodies.map((body) => reopened.get(body))).toEqual(bodies.map(parseMarkdownAsWritten));
    expect((await shardsIn(dir)).length).toBeGreaterThanOrEqual(1);
  });

  it('is used instead of parsing: a tree it holds is the one handed out', async () => {
    const dir = await temporary();
    const marked: Root = { type: 'root', children: [{ type: 'thematicBreak' }] };
    openParseCache(dir, 'markdown', 'parser-1').store(serializeShard([bodies[0] as string], [marked]));
    const trees = await parseInParallel(bodies.slice(0, 3), { cache: openParseCache(dir, 'markdown', 'parser-1') });
    expect(trees[0]).toEqual(marked);
    expect(trees[1]).toEqual(parseMarkdownAsWritten(bodies[1] as string));
  });

  it('keeps the trees as parsed, whatever the caller does to them afterwards', async () => {
    const dir = await temporary();
    const [tree] = await parseInParallel(bodies.slice(0, 1), { mode: 'published', cache: openParseCache(dir, 'markdown', 'parser-1') });
    (tree as Root).children = [];
    expect(openParseCache(dir, 'markdown', 'parser-1').get(bodies[0] as string)).toEqual(parseMarkdown(bodies[0] as string));
  });

  it('ignores and removes trees made by another parser', async () => {
    const dir = await temporary();
    await parseInParallel(bodies.slice(0, 2), { cache: openParseCache(dir, 'markdown', 'parser-1') });
    const other = openParseCache(dir, 'markdown', 'parser-2');
    expect(other.get(bodies[0] as string)).toBeUndefined();
    await parseInParallel(bodies.slice(0, 2), { cache: other });
    expect(await readdir(dir)).toEqual([expect.stringMatching(/^markdown-parser-2/)]);
  });

  it('does not grow without end: after many small edits it is one shard again', async () => {
    const dir = await temporary();
    const corpus = bodies.slice(0, 20);
    for (let edit = 0; edit < 12; edit++) {
      corpus[edit % corpus.length] = `${corpus[edit % corpus.length]}\nÄndring ${edit}.\n`;
      await parseInParallel(corpus, { cache: openParseCache(dir, 'markdown', 'parser-1') });
      expect((await shardsIn(dir)).length).toBeLessThanOrEqual(9);
    }
    const cache = openParseCache(dir, 'markdown', 'parser-1');
    expect(corpus.map((body) => cache.get(body))).toEqual(corpus.map(parseMarkdownAsWritten));
  });
});

describe('the parser fingerprint', () => {
  it('changes with the project Markdown code and with the lockfile', async () => {
    const root = await temporary();
    await mkdir(path.join(root, 'src/markdown'), { recursive: true });
    await writeFile(path.join(root, 'src/markdown/processor.ts'), 'export const version = 1;\n');
    const before = parserFingerprint(root);
    expect(parserFingerprint(root)).toBe(before);
    await writeFile(path.join(root, 'src/markdown/processor.ts'), 'export const version = 2;\n');
    const afterCode = parserFingerprint(root);
    expect(afterCode).not.toBe(before);
    await writeFile(
      path.join(root, 'package-lock.json'),
      '{"packages":{"node_modules/micromark-extension-directive":{"version":"4.0.1"}}}\n',
    );
    expect(parserFingerprint(root)).not.toBe(afterCode);
  });
});
