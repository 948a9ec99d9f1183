import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentProblem, type ProblemCatalogue, problemCatalogue } from '#lib/content/content-problem.ts';
import { corpusProblem } from '#lib/corpus/problems.ts';
import { ROOT } from '../../support/paths.ts';

// Every domain folder under src/lib that reports problems declares them in its problems.ts.
const catalogueFiles = globSync('src/lib/*/problems.ts', { cwd: ROOT }).sort();
const catalogues = await Promise.all(
  catalogueFiles.map(async (file) => {
    const exports = Object.values(await import(path.join(ROOT, file))) as ProblemCatalogue<object>[];
    return { folder: file.split('/')[2] as string, exports };
  }),
);
const codes = catalogues.flatMap(({ exports }) => exports.flatMap((catalogue) => Object.keys(catalogue.definitions)));

describe('the problem catalogues', () => {
  it('are one per domain folder, each named for its folder', () => {
    expect(catalogueFiles.length).toBeGreaterThanOrEqual(9);
    for (const { folder, exports } of catalogues) {
      expect(exports.map((catalogue) => catalogue.domain)).toEqual([folder]);
    }
  });

  it('give every problem a unique code: the domain folder, a slash, the mistake in kebab-case', () => {
    for (const { folder, exports } of catalogues) {
      for (const code of Object.keys(exports[0]?.definitions ?? {})) {
        expect(code).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
        expect(code.split('/')[0], code).toBe(folder);
      }
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('fill in a problem’s texts from its parameters, and the line shows the code after the field', () => {
    const text = corpusProblem('corpus/unknown-program', { id: 'alpha', known: ['alfa', 'beta'] });
    expect(text).toEqual({ code: 'corpus/unknown-program', message: 'programmet "alpha" finns inte.', hint: 'Menade du "alfa"?' });
    const problem = new ContentProblem({
      location: { file: 'content/anvisningar/x/2024.md', line: 3, column: 10 },
      field: 'program',
      ...text,
    });
    expect(problem.code).toBe('corpus/unknown-program');
    expect(problem.format()).toBe(
      'content/anvisningar/x/2024.md:3:10 fel [program] (corpus/unknown-program): programmet "alpha" finns inte. Menade du "alfa"?',
    );
    expect(
      new ContentProblem({ location: { file: 'content/x.md' }, ...corpusProblem('corpus/reserved-page-id', { id: 'sok' }) }).format(),
    ).toBe(
      'content/x.md fel (corpus/reserved-page-id): sidan kan inte heta "sok": adressen /sok/ används redan av webbplatsen. Byt namn på filen.',
    );
  });

  it('leave out a hint that a problem does not have', () => {
    const catalogue = problemCatalogue('test', { 'test/no-hint': { message: 'ett fel.' } });
    expect(catalogue('test/no-hint')).toEqual({ code: 'test/no-hint', message: 'ett fel.' });
  });
});

describe('the tests', () => {
  // Codes as the tests write them, in strings or in regular expressions (where the slash is escaped).
  const tests = globSync('tests/**/*.test.ts', { cwd: ROOT })
    .filter((file) => !file.startsWith('tests/.output/') && !file.endsWith('problem-catalogue.test.ts'))
    .map((file) => readFileSync(path.join(ROOT, file), 'utf8'))
    .join('\n')
    .replaceAll('\\/', '/');

  it('assert every code on a problem that the real code reports', () => {
    // A whole code: not part of a longer one, nor of a path such as #lib/checks/placeholders.ts.
    const asserted = (code: string) => new RegExp(`(?<![\\w/-])${code}(?![\\w-])`).test(tests);
    expect(codes.filter((code) => !asserted(code))).toEqual([]);
  });
});

describe('the editors’ guide', () => {
  const guide = readFileSync(path.join(ROOT, 'content/sidor/redaktorsguide.md'), 'utf8');
  const section = guide.slice(guide.indexOf('\n## Felkoder\n'));

  it('lists every code, under "Felkoder", with what to do', () => {
    expect(section.length, 'the guide has no section "## Felkoder"').toBeLessThan(guide.length);
    const listed = [...section.matchAll(/^- `([a-z-]+\/[a-z0-9-]+)`/gm)].map((match) => match[1]);
    expect(codes.filter((code) => !listed.includes(code))).toEqual([]);
    expect(listed.filter((code) => !codes.includes(code as string))).toEqual([]);
  });
});
