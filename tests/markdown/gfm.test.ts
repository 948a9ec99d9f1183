import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, renderHtml } from '#markdown/processor.ts';
import { textBlocks } from '#lib/compare/text-blocks.ts';

const render = (markdown: string) => fromHtml(renderHtml(parseMarkdown(markdown)), { fragment: true });

const TABLE = `| Roll | Ansvar |
| --- | --- |
| Krisstödsledare | Startar krisstödet |
| Socialjouren | Svarar utöver kontorstid |
`;

describe('GitHub-flavoured Markdown as editors write it', () => {
  it('renders a table as a table, its header cells heading their columns', () => {
    const tree = render(TABLE);
    expect(selectAll('table', tree)).toHaveLength(1);
    const headers = selectAll('thead th', tree);
    expect(headers.map((cell) => cell.properties.scope)).toEqual(['col', 'col']);
    expect(selectAll('tbody tr', tree)).toHaveLength(2);
  });

  it('puts a table in a named, focusable region that scrolls on a narrow screen instead of the page', () => {
    const [region] = selectAll('div.table-scroll', render(TABLE));
    expect(region?.properties).toMatchObject({ role: 'region', tabIndex: 0, ariaLabel: 'Tabell: Roll, Ansvar' });
    expect(region && selectAll('table', region)).toHaveLength(1);
  });

  it('strikes through with two tildes, and leaves one tilde as it is', () => {
    const tree = render('Gäller ~~inte~~ längre, ca ~5 % av fallen.');
    expect(selectAll('del', tree).map((node) => node.children)).toEqual([[{ type: 'text', value: 'inte', position: expect.anything() }]]);
    expect(renderHtml(parseMarkdown('ca ~5 % av fallen'))).toBe('<p>ca ~5 % av fallen</p>');
  });

  it('links a bare web address', () => {
    const links = selectAll('a', render('Läs mer på https://start.stockholm/ om krisstöd.'));
    expect(links.map((link) => link.properties.href)).toEqual(['https://start.stockholm/']);
  });

  it('labels footnotes in Swedish', () => {
    const html = renderHtml(parseMarkdown('Beslutet[^1] gäller.\n\n[^1]: Kommunfullmäktige 2024.'));
    expect(html).toContain('Fotnoter');
    expect(html).toContain('Tillbaka till hänvisning 1');
    expect(html).not.toMatch(/Footnotes|Back to reference/);
  });

  it('compares a table row by row, so a changed cell shows as a changed row', () => {
    expect(textBlocks(parseMarkdown(TABLE).children)).toEqual([
      { kind: 'tablerow', text: 'Roll | Ansvar' },
      { kind: 'tablerow', text: 'Krisstödsledare | Startar krisstödet' },
      { kind: 'tablerow', text: 'Socialjouren | Svarar utöver kontorstid' },
    ]);
  });
});
