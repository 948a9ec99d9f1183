import { describe, expect, it } from 'vitest';
import { summaryCounts } from '#lib/compare/summary-counts.ts';

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
