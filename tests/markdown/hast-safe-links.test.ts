import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { safeLinks } from '#markdown/hast-safe-links.ts';
import { parseMarkdown, renderHtml } from '#markdown/processor.ts';

const element = (tagName: string, properties: Record<string, string>, text?: string) => ({
  type: 'element' as const,
  tagName,
  properties,
  children: text === undefined ? [] : [{ type: 'text' as const, value: text }],
});

describe('safeLinks (hast)', () => {
  it('turns a link with a refused scheme into its text, and keeps the links that are allowed', () => {
    const tree: Root = {
      type: 'root',
      children: [
        element('p', {}),
        element('a', { href: ' JaVa\tScRiPt:alert(1)' }, 'farlig'),
        element('a', { href: 'https://www.stockholm.se/' }, 'staden'),
        element('a', { href: '/sok/' }, 'sök'),
      ],
    };
    expect(safeLinks(tree).children).toEqual([
      element('p', {}),
      { type: 'text', value: 'farlig' },
      element('a', { href: 'https://www.stockholm.se/' }, 'staden'),
      element('a', { href: '/sok/' }, 'sök'),
    ]);
  });

  it('takes out a link inside a link it takes out, an image for its description, and any other address property', () => {
    const nested = element('a', { href: 'vbscript:x' });
    nested.children = [element('a', { href: 'javascript:y' }, 'inre') as never];
    const tree: Root = {
      type: 'root',
      children: [
        nested,
        element('img', { src: 'data:image/svg+xml,<svg/>', alt: 'bild' }),
        element('blockquote', { cite: 'javascript:z' }, 'citat'),
      ],
    };
    expect(safeLinks(tree).children).toEqual([
      { type: 'text', value: 'inre' },
      { type: 'text', value: 'bild' },
      element('blockquote', {}, 'citat'),
    ]);
  });
});

describe('renderHtml never writes a link that could run code', () => {
  it('in any form Markdown has for a link: inline, mixed case, tricks, reference, autolink, image; the text stays', () => {
    const html = renderHtml(
      parseMarkdown(
        [
          'Ring [a](javascript:alert(1)) och [b](JaVaScRiPt:alert(2)).',
          '',
          // A tab inside the scheme, a character reference for its first letter, a space before it.
          '[c](<java\tscript:alert(3)>) [d](&#106;avascript:alert(4)) [e](&#x20;javascript:alert(5))',
          '',
          '<javascript:alert(6)> och [f][ref] och ![g](data:image/svg+xml,x)',
          '',
          '[ref]: vbscript:msgbox(7)',
          '',
          '[staden](https://www.stockholm.se/) [sök](/sok/) [registrator](mailto:registrator@stockholm.se) [växeln](tel:+46850829000)',
        ].join('\n'),
      ),
    );
    expect(html).toBe(
      [
        '<p>Ring a och b.</p>',
        '<p>c d e</p>',
        '<p>javascript:alert(6) och f och g</p>',
        '<p><a href="https://www.stockholm.se/">staden</a> <a href="/sok/">sök</a> ' +
          '<a href="mailto:registrator@stockholm.se">registrator</a> <a href="tel:+46850829000">växeln</a></p>',
      ].join('\n'),
    );
  });
});
