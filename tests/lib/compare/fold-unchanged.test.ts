import { describe, expect, it } from 'vitest';
import type { ParagraphRow } from '#lib/compare/comparison-model.ts';
import { foldUnchanged } from '#lib/compare/fold-unchanged.ts';

const para = (text: string) => ({
  section: { id: 's', title: 'S', number: '1', level: 1, blocks: [] },
  block: { kind: 'paragraph' as const, text },
});
const equal = (text: string): ParagraphRow => ({ type: 'equal', old: para(text), new: para(text) });
const added = (text: string): ParagraphRow => ({ type: 'added', new: para(text) });

describe('foldUnchanged', () => {
  it('folds a long run of unchanged paragraphs, keeping one next to each change', () => {
    const rows = [
      equal('a'),
      equal('b'),
      equal('c'),
      equal('d'),
      added('x'),
      equal('e'),
      equal('f'),
      equal('g'),
      equal('h'),
      equal('i'),
      added('y'),
    ];
    const groups = foldUnchanged(rows).map(
      (group) =>
        `${group.folded ? 'fold' : 'show'}:${group.rows.map((r) => ('new' in r && !Array.isArray(r.new) ? r.new.block.text : '')).join('')}`,
    );
    expect(groups).toEqual(['fold:abc', 'show:dxe', 'fold:fgh', 'show:iy']);
  });

  it('leaves short runs alone', () => {
    expect(foldUnchanged([equal('a'), added('x'), equal('b')])).toEqual([{ folded: false, rows: [equal('a'), added('x'), equal('b')] }]);
  });
});
