import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { attr, hrefs, links, parsePage, select, selectAll, textOf } from '../support/html.ts';
import { must } from '../support/must.ts';
import { ROOT } from '../support/paths.ts';

const page = parsePage;
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
    expect(links(html)).toContainEqual({ href: `${REPO}/edit/main/${file}`, text: 'Föreslå en ändring av sidan' });
    expect(selectAll('code', html).map((code) => textOf(code))).toContain(file);
    expect(links(html)).toContainEqual({ href: `${REPO}/commits/main/${file}`, text: 'Ändringshistorik' });
  });

  it('shows the date of the source file’s last commit, or none for a file git does not know yet', async () => {
    const file = 'tests/fixtures/corpus/remissvar/alfa-2024/norr.md';
    const date = gitDate(file);
    const html = await page('remisser/alfa-2024/norr');
    const changed = selectAll('p', html).filter((paragraph) => textOf(paragraph).startsWith('Senast ändrad på webbplatsen'));
    if (date) {
      expect(changed).toHaveLength(1);
      expect(attr(select('time', must(changed[0], 'the date of the last change')), 'datetime')).toBe(date);
    } else expect(textOf(html)).not.toContain('Senast ändrad på webbplatsen');
  });

  it('links a list page to its folder, dated by the newest file in it', async () => {
    const html = await page('remisser');
    expect(links(html)).toContainEqual({ href: `${REPO}/tree/main/tests/fixtures/corpus/remisser/`, text: 'Se källfilerna' });
    const date = gitDate('tests/fixtures/corpus/remisser/');
    if (date) expect(selectAll('time', html).map((time) => attr(time, 'datetime'))).toContain(date);
  });

  it('gives sections the file of their version, keeps the block out of search, and links the editors’ guide in the footer', async () => {
    const html = await page('program/alfa/2024/beredskap');
    expect(hrefs(html)).toContain(`${REPO}/edit/main/tests/fixtures/corpus/program/alfa/2024.md`);
    expect(attr(select('aside.page-source', html), 'data-pagefind-ignore')).toBeDefined();
    expect(links(select('footer', html))).toContainEqual({ href: '/redaktorsguide/', text: 'Guide för redaktörer' });
  });

  it('renders the editors’ guide from content/sidor with a table of contents and linkable headings', async () => {
    const html = await page('redaktorsguide');
    expect(selectAll('h1', html).map((heading) => textOf(heading))).toEqual(['Guide för redaktörer']);
    expect(textOf(select('h2#andra-en-anvisning', html))).toBe('Ändra en anvisning');
    expect(hrefs(html)).toContain(`${REPO}/edit/main/tests/fixtures/corpus/sidor/redaktorsguide.md`);
  });
});
