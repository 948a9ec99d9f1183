import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { basePathLinks } from '#markdown/hast-base-path.ts';
import { parseMarkdown } from '#markdown/processor.ts';

const render = (markdown: string, base: string) => toHtml(basePathLinks(toHast(parseMarkdown(markdown)), base));

describe('basePathLinks (hast)', () => {
  const markdown = [
    '[en anvisning](/anvisningar/larm/#krisstod), [staden](https://www.stockholm.se/), [här](#avsnitt),',
    '[protokoll-relativ](//example.se/x), [e-post](mailto:a@b.se) ![karta](/bilder/karta.svg)',
  ].join(' ');

  it('puts the base in front of every link and image from the root, and of nothing else', () => {
    const html = render(markdown, '/styrdok/');
    expect(html).toContain('href="/styrdok/anvisningar/larm/#krisstod"');
    expect(html).toContain('src="/styrdok/bilder/karta.svg"');
    expect(html).toContain('href="https://www.stockholm.se/"');
    expect(html).toContain('href="#avsnitt"');
    expect(html).toContain('href="//example.se/x"');
    expect(html).toContain('href="mailto:a@b.se"');
  });

  it('changes nothing at the root', () => {
    expect(render(markdown, '/')).toBe(toHtml(toHast(parseMarkdown(markdown))));
  });
});
