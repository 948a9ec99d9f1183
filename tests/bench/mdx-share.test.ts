import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { mdxCost, toMdx } from '../../scripts/bench/mdx-share.ts';
import { markdownSource } from '#markdown/mdx-source.ts';
import { parseMarkdown, renderHtml } from '#markdown/processor.ts';

describe('the MDX share of the benchmark corpus', () => {
  it('writes each directive as its component, closing each with its own tag', () => {
    const markdown = [
      ':::kommentar{#k1 avsnitt="a b" stallning="synpunkt"}',
      'Text.',
      ':::',
      '',
      ':::notis{typ="viktigt"}',
      'Mer.',
      ':::',
      '',
    ].join('\n');
    expect(toMdx(markdown)).toBe(
      [
        '<Kommentar id="k1" avsnitt="a b" stallning="synpunkt">',
        'Text.',
        '</Kommentar>',
        '',
        '<Notis typ="viktigt">',
        'Mer.',
        '</Notis>',
        '',
      ].join('\n'),
    );
  });

  it('gives MDX documents that read as the Markdown they were made from', () => {
    const corpus = generateCorpus({ documents: 60, seed: 3, mdxEvery: 10 });
    expect(corpus.markdownOf.size).toBeGreaterThan(0);
    for (const [file, markdown] of corpus.markdownOf) {
      const body = (text: string) => text.slice(text.indexOf('\n---\n') + 5);
      const asMdx = parseMarkdown(markdownSource({ body: body(corpus.files.get(file) as string), path: file }));
      expect(asMdx.data?.mdxRefusals, file).toBeUndefined();
      expect(renderHtml(asMdx), file).toBe(renderHtml(parseMarkdown(body(markdown))));
    }
  });

  it('measures parsing the MDX documents against the same documents in Markdown', () => {
    const corpus = generateCorpus({ documents: 60, seed: 3, mdxEvery: 10 });
    const cost = mdxCost(corpus.markdownOf, corpus.files, 1);
    expect(cost.documents).toBe(corpus.markdownOf.size);
    expect(cost.mdxMs).toBeGreaterThan(0);
    expect(cost.markdownMs).toBeGreaterThan(0);
  });
});
