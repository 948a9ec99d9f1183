import { describe, expect, it } from 'vitest';
import type { ParagraphRow } from '../../src/lib/compare-documents.ts';
import { foldUnchanged, summaryCounts } from '../../src/lib/comparison-display.ts';

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

describe('summaryCounts', () => {
  it('lists what changed in reading order and leaves out zeros', () => {
    const counts = summaryCounts({
      kinds: { samma: 4, ny: 1, sammanslagen: 1 },
      edited: 2,
      unchanged: 2,
      paragraphs: { changed: 3, added: 1, removed: 0, moved: 2, split: 0, merged: 0 },
      wordsAdded: 10,
      wordsRemoved: 3,
    });
    expect(counts).toEqual([
      { key: 'ny', count: 1 },
      { key: 'sammanslagen', count: 1 },
      { key: 'edited', count: 2 },
      { key: 'moved', count: 2 },
      { key: 'unchanged', count: 2 },
    ]);
  });
});
