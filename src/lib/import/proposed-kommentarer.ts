import type { Stallning } from '#schemas/kommentar.ts';
import type { RemissSection } from './import-context.ts';
import { sectionMentions } from './section-mentions.ts';
import { stanceCue } from './stance-cues.ts';
import type { StatementBlock } from './statement.ts';

/** A passage the importer takes for a comment, for the editor to confirm or undo. */
export interface ProposedKommentar {
  /** Index of the passage among the statement's blocks. */
  block: number;
  /** Index of the block after the passage: a paragraph that opens a list ("… viktigt att:") takes the list in. */
  end: number;
  /** k1, k2, … in the order of the statement. */
  id: string;
  avsnitt: string[];
  stallning: Stallning;
  /** The words that show the stance, as written. */
  cue: string;
  /** The words that name each section, as written. */
  phrases: string[];
}

/**
 * Parts of a statement that describe rather than answer: the summary repeats the comments, the
 * background and the account of the remiss speak of the program, not to it.
 */
const DESCRIBING = /sammanfattning|bakgrund|^ärendet|beredning|beslut|bilag/i;

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);

/**
 * The passages that look like comments on the version under consultation: a paragraph or point
 * with a word that takes a stance ("tillstyrker", "välkomnar", "anser", "föreslår", a wish for
 * clarity, a worry about costs) and a section it names, by title, number or abbreviation. The
 * stance is the first sentence's that takes one, and the sections are those that sentence names
 * (or, if it names none, the passage). The editor decides: the import only finds.
 */
export function proposedKommentarer(blocks: readonly StatementBlock[], sections: readonly RemissSection[]): ProposedKommentar[] {
  const proposals: ProposedKommentar[] = [];
  let describing = false;
  blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      describing = DESCRIBING.test(block.text);
      return;
    }
    if (describing || (block.type !== 'paragraph' && block.type !== 'item')) return;
    const text = block.type === 'item' && block.title ? `${block.title}. ${block.text}` : block.text;
    const sentences = sentencesOf(text);
    const stanceAt = sentences.findIndex((sentence) => stanceCue(sentence));
    const stance = stanceCue(sentences[stanceAt] ?? '');
    if (!stance) return;
    const inSentence = sectionMentions(sentences[stanceAt] ?? '', sections);
    const mentions = inSentence.length > 0 ? inSentence : sectionMentions(text, sections);
    if (mentions.length === 0) return;
    let end = index + 1;
    if (/:$/.test(text)) while (blocks[end]?.type === 'item') end++;
    proposals.push({
      block: index,
      end,
      id: `k${proposals.length + 1}`,
      avsnitt: mentions.map((mention) => mention.id),
      stallning: stance.stallning,
      cue: stance.cue,
      phrases: mentions.map((mention) => mention.phrase),
    });
  });
  return proposals;
}
