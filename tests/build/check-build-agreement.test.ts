import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { editorMistakes, errorLines } from '../support/editor-mistakes.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';
import { runScript } from '../support/run-script.ts';

// The build starts the check's own script and renders nothing until it has passed, so the two
// cannot disagree by construction; these builds prove the wiring for the four kinds of mistake:
// a file that cannot be read, a field that fails its schema, a reference the model refuses, and a
// problem only the check finds (a broken link: the model builds, so only the check stops the pages).
// (Each build takes its bundling time; all ten mistakes go through the check in tests/content/.)
const kinds = [
  'a tab in the frontmatter',
  'a date that does not exist',
  'a remissinstans that does not exist',
  'a link to a page that does not exist',
];

describe('check and build agree on bad content', async () => {
  const outer = await mkdtemp(path.join(tmpdir(), 'styrdok-agree-'));
  afterAll(() => rm(outer, { recursive: true, force: true }));

  for (const mistake of editorMistakes.filter((candidate) => kinds.includes(candidate.name))) {
    it(`${mistake.name}: the build stops with the check's report, before rendering`, async () => {
      const copy = await fixtureCopy();
      try {
        await mistake.make(copy);
        const check = await runScript('check-content.ts', [copy.dir]);
        const dist = path.join(outer, mistake.name.replaceAll(' ', '-'));
        // With Astro's own log on, which names every page it renders.
        const built = await buildSite(copy.dir, dist, { STYRDOK_QUIET: '' });

        expect(check.code).toBe(1);
        expect(built.code).toBe(1);
        expect(errorLines(built.output)).toEqual(errorLines(check.stderr));
        expect(errorLines(built.output)).toHaveLength(1);
        expect(built.output).toContain('Webbplatsen byggdes inte; den förra versionen i dist/ är orörd.');
        // Nothing of Astro's own about the content: no stack trace, no English error.
        expect(built.output).not.toMatch(/^\s+at /m);
        expect(built.output).not.toMatch(/\[ERROR\]|InvalidContentEntry|Error:/);
        // No page was rendered (Astro logs each as "├─ /path/index.html (+12ms)"): no site, no
        // half-written one, and no copies kept for the next build.
        expect(built.output).toContain('[build]');
        expect(built.output).not.toMatch(/├─ \//);
        expect(await readdir(outer)).not.toContain(path.basename(dist));
        expect((await readdir(outer)).filter((name) => name.includes('styrdok-build'))).toEqual([]);
      } finally {
        await copy.remove();
      }
    });
  }
});
