import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE, ROOT } from '../support/paths.ts';

const page = (url: string) => readFile(path.join(FIXTURE_SITE, url, 'index.html'), 'utf8');
const REPO = 'https://github.com/stockholmsstad/styrdok';

/** The Stockholm date of the last commit of a path, straight from git, or '' if it has none. */
function gitDate(file: string): string {
  return execFileSync('git', ['log', '-1', '--date=format-local:%Y-%m-%d', '--format=%cd', '--', file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/Stockholm' },
  }).trim();
}

describe('every page says where it comes from and when it last changed', () => {
  it('links a document page to its source file in GitHub’s editor and to its history', async () => {
    const html = await page('anvisningar/larm/2022');
    const file = 'tests/fixtures/corpus/anvisningar/larm/2022.md';
    expect(html).toContain(`<a href="${REPO}/edit/main/${file}">Föreslå en ändring av sidan</a>`);
    expect(html).toContain(`<code>${file}</code>`);
    expect(html).toContain(`<a href="${REPO}/commits/main/${file}">Ändringshistorik</a>`);
  });

  it('shows the date of the source file’s last commit, or none for a file git does not know yet', async () => {
    const file = 'tests/fixtures/corpus/remissvar/alfa-2024/norr.md';
    const date = gitDate(file);
    const html = await page('remisser/alfa-2024/norr');
    if (date) expect(html).toMatch(new RegExp(`Senast ändrad på webbplatsen <time datetime="${date}">`));
    else expect(html).not.toContain('Senast ändrad på webbplatsen');
  });

  it('links a list page to its folder, dated by the newest file in it', async () => {
    const html = await page('remisser');
    expect(html).toContain(`<a href="${REPO}/tree/main/tests/fixtures/corpus/remisser/">Se källfilerna</a>`);
    const date = gitDate('tests/fixtures/corpus/remisser/');
    if (date) expect(html).toContain(`<time datetime="${date}">`);
  });

  it('gives sections the file of their version, keeps the block out of search, and links the editors’ guide in the footer', async () => {
    const html = await page('program/alfa/2024/beredskap');
    expect(html).toContain(`${REPO}/edit/main/tests/fixtures/corpus/program/alfa/2024.md`);
    expect(html).toMatch(/<aside class="page-source"[^>]*data-pagefind-ignore/);
    expect(html).toMatch(/<footer[\s\S]*<a href="\/redaktorsguide\/">Guide för redaktörer<\/a>/);
  });

  it('renders the editors’ guide from content/sidor with a table of contents and linkable headings', async () => {
    const html = await page('redaktorsguide');
    expect(html).toContain('<h1>Guide för redaktörer</h1>');
    expect(html).toContain('<h2 id="andra-en-anvisning">Ändra en anvisning</h2>');
    expect(html).toContain(`${REPO}/edit/main/tests/fixtures/corpus/sidor/redaktorsguide.md`);
  });
});
