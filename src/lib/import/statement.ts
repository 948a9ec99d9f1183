/** A statement read from a text or Word file, before it becomes a remissvar draft. */
export interface StatementDocument {
  /** The lines of the title, before the first heading. */
  title: string[];
  /** The letterhead (handläggare, recipient, Dnr, dates, address), wherever in the file it stood. */
  letterhead: string[];
  /** The statement itself, in order. */
  blocks: StatementBlock[];
  /** What the statement was read from: text (typed, or copied out of a PDF), a Word file, or a PDF. */
  format: 'text' | 'docx' | 'pdf';
  /** Page furniture taken out: page numbers, footers with file paths, headers repeated on each page. */
  furniture: string[];
  /** The text had lost its line breaks (a flattened copy), so its paragraphs and letterhead were guessed. */
  flattened: boolean;
}

export type StatementBlock =
  | { type: 'heading'; text: string; level?: number }
  | { type: 'paragraph'; text: string }
  /** A list item; `title` when the item starts with a short title of its own ("1. Beredskap"). */
  | { type: 'item'; ordered: boolean; number?: number; title?: string; text: string }
  /** Lines whose breaks carry meaning, such as a signature. */
  | { type: 'lines'; lines: string[] };

/** Ends a sentence, so a line ending with it does not continue into the next. */
export const SENTENCE_END = /[.!?:;]$/;

/**
 * The title is what stands before the first heading. When a Word file has no such paragraphs
 * but one heading outranks all the others, that heading is the title.
 */
export function splitTitle(blocks: StatementBlock[]): { title: string[]; blocks: StatementBlock[] } {
  const first = blocks.findIndex((block) => block.type === 'heading');
  if (first > 0 && blocks.slice(0, first).every((block) => block.type === 'paragraph')) {
    return { title: blocks.slice(0, first).map((block) => (block as { text: string }).text), blocks: blocks.slice(first) };
  }
  const head = blocks[0];
  if (first === 0 && head?.type === 'heading' && head.level !== undefined) {
    const others = blocks.slice(1).flatMap((block) => (block.type === 'heading' ? [block.level ?? 99] : []));
    if (others.length > 0 && others.every((level) => level > (head.level ?? 0))) return { title: [head.text], blocks: blocks.slice(1) };
  }
  return { title: [], blocks };
}
