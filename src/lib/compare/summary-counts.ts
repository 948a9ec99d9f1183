import type { PairKind } from './align-sections.ts';
import type { ComparisonSummary, SectionRow } from './comparison-model.ts';

/** Counts what changed: sections by how they relate, paragraphs by what happened to them, and words. */
export function summarise(rows: readonly SectionRow[]): ComparisonSummary {
  const summary: ComparisonSummary = {
    kinds: {},
    edited: 0,
    unchanged: 0,
    paragraphs: { changed: 0, added: 0, removed: 0, moved: 0, split: 0, merged: 0 },
    wordsAdded: 0,
    wordsRemoved: 0,
  };
  for (const row of rows) {
    summary.kinds[row.kind] = (summary.kinds[row.kind] ?? 0) + 1;
    if (row.kind === 'samma') {
      if (row.changed) summary.edited++;
      else summary.unchanged++;
    }
    summary.wordsAdded += row.wordsAdded;
    summary.wordsRemoved += row.wordsRemoved;
    for (const paragraph of row.paragraphs) {
      if (paragraph.type === 'moved-in') summary.paragraphs.moved++;
      // A moved paragraph counts once, where it went; a merge or split once, where it is shown.
      else if (!['equal', 'moved-out', 'merged-away', 'split-away'].includes(paragraph.type))
        summary.paragraphs[paragraph.type as keyof ComparisonSummary['paragraphs']]++;
    }
  }
  return summary;
}

export type SummaryCount = { key: Exclude<PairKind, 'samma'> | 'edited' | 'unchanged' | 'moved'; count: number };

/** The summary's counts worth saying, in the order readers ask about them; zero counts are left out. */
export function summaryCounts(summary: ComparisonSummary): SummaryCount[] {
  const kinds = ['ny', 'borttagen', 'omdopt', 'sammanslagen', 'delad', 'flyttad', 'omfordelad', 'trolig'] as const;
  const counts: SummaryCount[] = [
    ...kinds.map((key) => ({ key, count: summary.kinds[key] ?? 0 })),
    { key: 'edited', count: summary.edited },
    { key: 'moved', count: summary.paragraphs.moved },
    { key: 'unchanged', count: summary.unchanged },
  ];
  return counts.filter(({ count }) => count > 0);
}

/** The rows a reader jumps to from the summary: everything that changed. */
export function changedRows(rows: readonly SectionRow[]): SectionRow[] {
  return rows.filter((row) => row.changed);
}
