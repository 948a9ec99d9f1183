import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { escapeHeadingIds, markdownSource } from '#markdown/mdx-source.ts';
import { parseInParallel } from '#markdown/parse-in-parallel.ts';
import { parseMarkdown, parseMarkdownAsWritten, renderHtml, transform } from '#markdown/processor.ts';
import remarkKommentar from '#markdown/remark-kommentar.ts';

// Each case is the same text written as Markdown (input.md) and as MDX (input.mdx): both must give
// output.html, the page a reader sees. UPDATE_FIXTURES=1 writes a missing output for review.
const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'mdx-like-markdown');

const mdx = (body: string) => markdownSource({ body, path: 'anvisningar/a/2024.mdx' });

/** The page's HTML, with comments resolved as a remissvar's page resolves them. */
const page = (source: string) =>
  renderHtml(
    transform(parseMarkdown(source), [
      [
        remarkKommentar as never,
        {
          resolveSection: (id: string) => ({ href: `/program/p/v/${id}/`, label: `1 ${id}` }),
          stanceLabel: (stance: string) => stance.toUpperCase(),
        },
      ],
    ]),
  );

describe('an .mdx text gives the same page as the same text in .md', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, async () => {
      const dir = path.join(FIXTURES, name);
      const markdown = `${page(markdownSource({ body: await readFile(path.join(dir, 'input.md'), 'utf8'), path: 'x.md' }))}\n`;
      const expectedFile = path.join(dir, 'output.html');
      if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) await writeFile(expectedFile, markdown);
      const expected = await readFile(expectedFile, 'utf8');
      expect(markdown).toBe(expected);
      expect(`${page(mdx(await readFile(path.join(dir, 'input.mdx'), 'utf8')))}\n`).toBe(expected);
    });
  }
});

const refusals = (body: string) =>
  (parseMarkdownAsWritten(mdx(body)).data?.mdxRefusals ?? []).map(
    ({ code, line, column, detail }) => `${line}:${column} ${code} ${detail}`,
  );

describe('remarkMdxComponents, through the processor', () => {
  it('refuses ESM, expressions, attribute expressions and unknown components, each where it stands', () => {
    const body = [
      "import Karta from './karta.js'",
      'export const antal = 3',
      '',
      'Ring {telefon} eller <Karta plats="Norrby" />.',
      '',
      '<Notis typ={typ}>',
      'Text.',
      '</Notis>',
      '',
      '<Notis {...alla}>',
      'Text.',
      '</Notis>',
      '',
      '{antal * 2}',
      '',
      'En <span>tagg</span> och <Notis>inne i stycket</Notis>.',
    ].join('\n');
    expect(refusals(body).sort()).toEqual(
      [
        // Lines of ESM one after another are one block of code, refused once.
        "1:1 content/mdx-esm import Karta from './karta.js'",
        '4:6 content/mdx-expression {telefon}',
        '4:22 content/mdx-unknown-component Karta',
        '6:8 content/mdx-attribute-expression typ',
        '10:8 content/mdx-attribute-expression {...alla}',
        '14:1 content/mdx-expression {antal * 2}',
        '16:4 content/mdx-unknown-component span',
        '16:26 content/mdx-inline-component Notis',
      ].sort(),
    );
  });

  it('leaves nothing of what it refuses in the page', () => {
    const html = renderHtml(
      parseMarkdown(
        mdx('import x from \'y\'\n\nRing {telefon} nu <Karta plats="a">Norrby</Karta>.\n\n<Notis typ={typ}>\nDolt?\n</Notis>\n'),
      ),
    );
    expect(html).toBe('<p>Ring  nu .</p>');
  });

  it('passes a comment in braces as the editor’s note, as <!-- --> in Markdown', () => {
    expect(refusals('{/* anteckning */}\n\nText {/* en till */} här.\n')).toEqual([]);
    expect(renderHtml(parseMarkdown(mdx('{/* anteckning */}\n\nText.\n')))).toBe('<p>Text.</p>');
  });

  it('makes an allowed component with string attributes the directive Markdown writes', () => {
    const [node] = parseMarkdownAsWritten(mdx('<Kommentar id="k1" avsnitt="a b" stallning="synpunkt">\nText.\n</Kommentar>\n')).children;
    expect(node).toMatchObject({
      type: 'containerDirective',
      name: 'kommentar',
      attributes: { id: 'k1', avsnitt: 'a b', stallning: 'synpunkt' },
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Text.' }] }],
      position: { start: { line: 1, column: 1 } },
    });
  });

  it('turns an MDX syntax error into a refusal with its place instead of throwing', () => {
    expect(refusals('Text.\n\n<!-- anteckning -->\n')).toEqual(['3:2 content/mdx-syntax html-comment']);
    expect(refusals('Inom <24 timmar.\n')).toEqual(['1:7 content/mdx-syntax less-than']);
    expect(refusals('Ett { för mycket.\n')).toEqual(['1:18 content/mdx-syntax brace']);
    expect(refusals('export är ett svenskt ord\n')).toEqual(['1:8 content/mdx-syntax code-line']);
    expect(refusals('Se <https://start.stockholm/>.\n')).toEqual(['1:11 content/mdx-syntax autolink']);
    expect(refusals('<Notis>\n\nText.\n')).toEqual(['1:1 content/mdx-syntax closing-tag']);
    expect(parseMarkdown(mdx('<!-- x -->\n')).children).toEqual([]);
  });

  it('reads a table as Markdown does', () => {
    const table = '| Vem | Gör vad |\n| --- | --- |\n| Chefen | Larmar |\n';
    const html = renderHtml(parseMarkdown(mdx(table)));
    expect(html).toContain('<th scope="col">Gör vad</th>');
    expect(html).toBe(renderHtml(parseMarkdown(table)));
  });

  it('reads a heading ID as in Markdown', () => {
    expect(renderHtml(parseMarkdown(mdx('## Beredskap {#beredskap}\n')))).toBe('<h2 id="beredskap">Beredskap</h2>');
  });
});

describe('escapeHeadingIds', () => {
  it('escapes a trailing ID on a heading line, and nothing in a code block or in prose', () => {
    const text = '## A {#a}\n```\n## B {#b}\n```\nText {#c}\n~~~~\n```\n## D {#d}\n~~~~\n### E {#e}  \n';
    expect(escapeHeadingIds(text)).toBe('## A \\{#a}\n```\n## B {#b}\n```\nText {#c}\n~~~~\n```\n## D {#d}\n~~~~\n### E \\{#e}  \n');
  });
});

describe('parsing Markdown and MDX side by side', () => {
  it('never gives an .mdx body the tree of the same text in an .md file', async () => {
    const text = 'Ett <Notis> här.\n';
    const [asMarkdown, asMdx] = (await parseInParallel([text, mdx(text)])) as [Root, Root];
    expect(asMarkdown.data?.mdxRefusals).toBeUndefined();
    expect(asMdx.data?.mdxRefusals?.map((refusal) => refusal.code)).toEqual(['content/mdx-syntax']);
  });
});
