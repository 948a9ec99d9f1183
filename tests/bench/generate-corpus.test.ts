import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_DATE } from '../../scripts/bench/corpus-format.ts';
import { generateCorpus, writeCorpus } from '../../scripts/bench/generate-corpus.ts';
import { checkContent } from '#lib/checks/check-content.ts';

describe('the benchmark corpus generator', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('makes the same files from the same seed and other files from another', () => {
    const first = generateCorpus({ documents: 30, seed: 7 });
    const again = generateCorpus({ documents: 30, seed: 7 });
    const other = generateCorpus({ documents: 30, seed: 8 });
    expect([...again.files]).toEqual([...first.files]);
    expect([...other.files]).not.toEqual([...first.files]);
  });

  it('writes exactly the documents asked for, of every kind, and they pass the content check', async () => {
    const corpus = generateCorpus({ documents: 30, seed: 1, mdxEvery: 10 });
    const dir = await mkdtemp(path.join(tmpdir(), 'styrdok-bench-'));
    dirs.push(dir);
    await writeCorpus(dir, corpus);

    const written = (await readdir(dir, { recursive: true })).filter(
      // Documents only: the accessibility statement and each remiss's beredning support them.
      (file) => /\.(md|mdx|yaml)$/.test(file) && file !== 'tillganglighetsredogorelse.md' && !file.startsWith('beredning'),
    );
    expect(written).toHaveLength(30);
    for (const count of Object.values(corpus.counts)) expect(count).toBeGreaterThan(0);
    const text = [...corpus.files.values()].join('\n');
    expect(text).toContain(':::kommentar{#k1 avsnitt=');
    expect(text).toContain('harkomst:');
    expect(text).toContain('exempel: true');
    // One document in ten with a body is MDX, its comments marked with the component.
    const mdx = [...corpus.files.keys()].filter((file) => file.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(0);
    expect(mdx.sort()).toEqual([...corpus.markdownOf.keys()].sort());

    const problems = await checkContent(dir);
    // Warnings may remain, but nothing stops a build.
    expect(problems.filter((problem) => problem.severity === 'fel').map((problem) => problem.format())).toEqual([]);
    // Each program's version in force is in force today, whatever the year: the search then has
    // sections in force to rank above their older versions, as on the city's site.
    expect(problems.map((problem) => problem.code)).not.toContain('versions/in-force-expired');
    expect(text).toContain('status: gallande');
  });

  it("decides nothing after the corpus's own day, whatever the seed and size", () => {
    // Before, an anvisning's newest version could be decided later in the year or years ahead: its
    // earlier version was then "ersatt" with nothing in force after it (14 warnings at 5,000).
    const dates = [1, 2].flatMap((seed) =>
      [...generateCorpus({ documents: 5000, seed }).files.values()].flatMap((text) =>
        [...text.matchAll(/^\s*(?:beslutsdatum|fran): "?(\d{4}-\d{2}-\d{2})/gm)].map((match) => match[1] as string),
      ),
    );
    expect(dates.length).toBeGreaterThan(1000);
    expect(dates.filter((day) => day > CORPUS_DATE)).toEqual([]);
  });
});
