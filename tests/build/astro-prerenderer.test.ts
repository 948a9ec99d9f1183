import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, describe, expect, it } from 'vitest';
import { renderTap } from '../../scripts/publish/render-tap.ts';
import { selectAll } from '../support/html.ts';
import { ROOT } from '../support/paths.ts';

// The build watches Astro's own prerenderer (scripts/publish/render-tap.ts) to guard and index each
// page as it is rendered. It relies on what Astro's prerenderer hook gives: the listed paths before
// rendering, and each page's bytes. An Astro update that changes either must fail here, on a tiny
// project of two pages, not somewhere deep in the site build.
describe("Astro's prerenderer, as the build's render tap relies on it", async () => {
  // Inside the repository, so the project finds this repository's Astro.
  await mkdir(path.join(ROOT, 'tests/.output'), { recursive: true });
  const project = await mkdtemp(path.join(ROOT, 'tests/.output/astro-prerenderer-'));
  afterAll(() => rm(project, { recursive: true, force: true }));
  await mkdir(path.join(project, 'src/pages'), { recursive: true });
  await writeFile(path.join(project, 'src/pages/index.astro'), '<html lang="sv"><body><h1>Start</h1></body></html>\n');
  await writeFile(
    path.join(project, 'src/pages/[sida].astro'),
    [
      '---',
      "export const getStaticPaths = () => [{ params: { sida: 'ett' } }, { params: { sida: 'två' } }];",
      'const { sida } = Astro.params;',
      '---',
      '<html lang="sv"><body><h1>Sida {sida}</h1></body></html>',
      '',
    ].join('\n'),
  );

  const listed: { pathname: string; component: string; type: string }[] = [];
  const rendered = new Map<string, string | undefined>();
  const started: string[] = [];
  await build({
    root: project,
    logLevel: 'error',
    trailingSlash: 'always',
    build: { format: 'directory' },
    integrations: [
      renderTap({
        listed: (paths) => listed.push(...paths),
        started: (pathname) => started.push(pathname),
        rendered: (pathname, _type, body) => rendered.set(pathname, body?.toString('utf8')),
      }),
    ],
  });

  it('lists every path with its component before rendering any', () => {
    expect(listed.map((page) => page.pathname).sort()).toEqual(['/', '/ett/', '/två/']);
    expect(listed.find((page) => page.pathname === '/ett/')).toMatchObject({ component: 'src/pages/[sida].astro', type: 'page' });
    expect(started.sort()).toEqual(['/', '/ett/', '/två/']);
  });

  it('hands over each page as the very bytes Astro writes', async () => {
    const pages: [string, string][] = [
      ['/', 'index.html'],
      ['/två/', 'två/index.html'],
    ];
    for (const [pathname, file] of pages) {
      const written = await readFile(path.join(project, 'dist', file), 'utf8');
      expect(selectAll('h1', fromHtml(written))).toHaveLength(1);
      expect(rendered.get(pathname)).toBe(written);
    }
  });
});
