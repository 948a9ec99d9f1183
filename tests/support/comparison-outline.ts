import type { DocumentComparison, ParagraphRow } from '#lib/compare/comparison-model.ts';
import type { DiffSegment } from '#lib/compare/word-diff.ts';
import type { ComparableSection } from '#lib/compare/text-blocks.ts';

const marked = (segments: DiffSegment[]) =>
  segments.map((s) => (s.type === 'equal' ? s.text : s.type === 'removed' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');
const name = (section: ComparableSection) => `${section.elsewhere ? `${section.elsewhere}: ` : ''}${section.title || '(inledning)'}`;

function paragraph(row: ParagraphRow): string {
  switch (row.type) {
    case 'equal':
      return `  = ${row.new.block.text}`;
    case 'removed':
      return `  - ${row.old.block.text}`;
    case 'added':
      return `  + ${row.new.block.text}`;
    case 'moved-out':
      return `  > flyttat till ${name(row.to.section)}: ${row.old.block.text}`;
    case 'moved-in':
      return `  < flyttat från ${name(row.from.section)}: ${marked(row.diff.inline.flat())}`;
    case 'merged-away':
      return `  ^ sammanfogat ${row.section ? `i ${name(row.section)}` : 'längre upp'} (#${row.to}): ${row.old.block.text}`;
    case 'split-away':
      return `  ^ del av delat stycke ${row.section ? `i ${name(row.section)}` : 'längre upp'} (#${row.from}): ${row.new.block.text}`;
    default:
      return `  ~ ${row.type === 'changed' ? 'ändrat' : row.type === 'split' ? 'delat' : 'sammanfogat'}${row.anchor ? ` (#${row.anchor})` : ''}${
        row.across ? ` [i ${row[row.across].map((para) => name(para.section)).join(' + ')}]` : ''
      }: ${row.diff.inline.map(marked).join(' ¶ ')}`;
  }
}

/** A comparison as plain text, one line a paragraph, so fixture cases read like the page. */
export function comparisonOutline(comparison: DocumentComparison): string {
  const lines: string[] = [];
  for (const row of comparison.rows) {
    const similarity = row.similarity === undefined ? '' : ` (${Math.round(row.similarity * 100)} % lika)`;
    const title = row.titleDiff ? ` rubrik: ${marked(row.titleDiff)}` : '';
    lines.push(`§ ${row.kind}${similarity}: ${row.older.map(name).join(' + ') || '–'} → ${row.newer.map(name).join(' + ') || '–'}${title}`);
    if (row.changed) lines.push(...row.paragraphs.map(paragraph));
  }
  const { summary } = comparison;
  lines.push(`ord: +${summary.wordsAdded} −${summary.wordsRemoved}`);
  return `${lines.join('\n')}\n`;
}
