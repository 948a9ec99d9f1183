import type { StatementBlock } from './statement.ts';

/** "Bilaga 1", "Bilaga 2:", "Bilaga 3 –": an attachment's line in the list at the end of a statement. */
const BILAGA = /^Bilaga\s+\d+\b/i;

/**
 * Gathers the attachment lines ("Bilaga 1 Förslag till program") into a section "Bilagor" at the
 * end, one item each. Copied out of a PDF they come merged into one paragraph, or taken for a
 * list; a paragraph that begins "Bilaga 1" is parted before each "Bilaga N" in it. A statement that
 * already heads its attachments ("Bilaga", "Bilagor") keeps them as it wrote them.
 */
export function withBilagor(blocks: readonly StatementBlock[]): StatementBlock[] {
  const kept: StatementBlock[] = [];
  const bilagor: string[] = [];
  for (const block of blocks) {
    const text =
      block.type === 'paragraph' || block.type === 'heading' || (block.type === 'item' && !block.title)
        ? block.text
        : block.type === 'lines'
          ? block.lines.join(' ')
          : '';
    if (BILAGA.test(text)) bilagor.push(...text.split(/\s+(?=Bilaga\s+\d+\b)/i).map((part) => part.trim()));
    else kept.push(block);
  }
  if (bilagor.length === 0) return [...blocks];
  const headed = kept.findLastIndex((block) => block.type === 'heading' && /^Bilagor?$/i.test(block.text));
  const items = bilagor.map((text): StatementBlock => ({ type: 'item', ordered: false, text }));
  if (headed !== -1 && headed === kept.length - 1) return [...kept, ...items];
  return [...kept, { type: 'heading', text: 'Bilagor' }, ...items];
}
