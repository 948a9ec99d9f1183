import type { ParagraphRow } from './comparison-model.ts';

/** Paragraph rows to show, with long runs of unchanged ones folded away. */
export type ParagraphGroup = { folded: false; rows: ParagraphRow[] } | { folded: true; rows: ParagraphRow[] };

/**
 * Folds runs of at least `minRun` unchanged paragraphs, keeping one unchanged paragraph next to
 * each change as context, the way readers of a diff expect.
 */
export function foldUnchanged(rows: readonly ParagraphRow[], minRun = 4): ParagraphGroup[] {
  const groups: ParagraphGroup[] = [];
  let index = 0;
  while (index < rows.length) {
    let end = index;
    while (end < rows.length && rows[end]?.type === 'equal') end++;
    const run = rows.slice(index, end);
    if (run.length >= minRun) {
      const keepBefore = index > 0 ? 1 : 0;
      const keepAfter = end < rows.length ? 1 : 0;
      if (keepBefore) pushRows(groups, run.slice(0, 1));
      groups.push({ folded: true, rows: run.slice(keepBefore, run.length - keepAfter) });
      if (keepAfter) pushRows(groups, run.slice(-1));
    } else if (run.length > 0) pushRows(groups, run);
    if (end < rows.length) pushRows(groups, [rows[end] as ParagraphRow]);
    index = end + 1;
  }
  return groups;
}

function pushRows(groups: ParagraphGroup[], rows: ParagraphRow[]): void {
  const last = groups.at(-1);
  if (last && !last.folded) last.rows.push(...rows);
  else groups.push({ folded: false, rows: [...rows] });
}
