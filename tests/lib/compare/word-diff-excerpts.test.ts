import { describe, expect, it } from 'vitest';
import { wordDiffExcerpts } from '#lib/compare/word-diff-excerpts.ts';

describe('wordDiffExcerpts', () => {
  it('shows a changed word struck through and its replacement in bold, with a little context', () => {
    expect(wordDiffExcerpts('Listorna ska ses över två gånger per år.', 'Listorna ska ses över fyra gånger per år.')).toEqual([
      'Listorna ska ses över <del>två</del> <ins>fyra</ins> gånger per år.',
    ]);
  });

  it('cuts long unchanged stretches and gives separate changes their own excerpts', () => {
    const words = Array.from({ length: 30 }, (_, index) => `ord${index}`);
    const before = words.join(' ');
    const after = [...words.slice(0, 2), 'nytt', ...words.slice(2, 27), 'sist', ...words.slice(27)].join(' ');
    expect(wordDiffExcerpts(before, after, 3)).toEqual([
      'ord0 ord1 <ins>nytt</ins> ord2 ord3 ord4 …',
      '… ord24 ord25 ord26 <ins>sist</ins> ord27 ord28 ord29',
    ]);
  });

  it('ignores line breaks and spacing, and escapes Markdown in the text', () => {
    expect(wordDiffExcerpts('En rad\nsom bryts.', 'En rad som   bryts.')).toEqual([]);
    expect(wordDiffExcerpts('Se *punkt* 1.', 'Se *punkt* 2.')).toEqual(['Se \\*punkt\\* <del>1</del> <ins>2</ins>.']);
  });
});
