import { describe, expect, it } from 'vitest';
import { parseMarkdown, renderHtml, transform } from '#markdown/processor.ts';
import remarkNestHeadings from '#markdown/remark-nest-headings.ts';

const nested = (markdown: string, by?: number) =>
  renderHtml(transform(parseMarkdown(markdown), [[remarkNestHeadings as never, by === undefined ? {} : { by }]]));

describe('remarkNestHeadings', () => {
  it('moves every heading one level down, under the page’s heading', () => {
    expect(nested('## Sammanfattning {#sammanfattning}\n\n### Bakgrund {#bakgrund}\n')).toBe(
      '<h3 id="sammanfattning">Sammanfattning</h3>\n<h4 id="bakgrund">Bakgrund</h4>',
    );
  });

  it('goes no deeper than h6', () => {
    expect(nested('##### Fem {#fem}\n', 2)).toBe('<h6 id="fem">Fem</h6>');
  });
});
