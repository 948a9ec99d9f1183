import { PERSON } from './letterhead-lines.ts';
import type { StatementBlock } from './statement.ts';

/** Headings under which a statement gives the decision proposed or taken. */
const DECISION_HEADING = /förslag till beslut|beslutsförslag|^(?:\p{L}+s\s+)?beslut$/iu;
/** A paragraph that opens a decision: "… föreslår att nämnden beslutar följande", "Nämnden beslutar att …". */
const DECISION_OPENING = /\bbeslutar\s+(?:följande|att)\b|\bföreslås\s+besluta\b/i;

/** The decision and the block it was read from, in Swedish, for the report. */
export interface DecisionProposal {
  text: string;
  source: string;
}

/**
 * The decision the statement proposes or records: the paragraphs and numbered points under its
 * heading ("Förvaltningens förslag till beslut", "Nämndens beslut"), or after a paragraph that
 * opens one ("… beslutar följande:"). It ends at the next heading, at a signature, or at a
 * paragraph after the numbered points, so it never runs on into the names that sign it.
 */
export function decisionProposal(blocks: readonly StatementBlock[]): DecisionProposal | undefined {
  const headed = blocks.findIndex((block) => block.type === 'heading' && DECISION_HEADING.test(block.text.trim()));
  const opening = blocks.findIndex((block) => block.type === 'paragraph' && DECISION_OPENING.test(block.text));
  const start = headed !== -1 ? headed + 1 : opening;
  if (start === -1) return undefined;
  const texts: string[] = [];
  let items = false;
  for (const block of blocks.slice(start)) {
    if (block.type === 'heading' || block.type === 'lines') break;
    if (block.type === 'item') {
      items = true;
      texts.push(`${block.number ? `${block.number}. ` : ''}${block.title ? `${block.title} ` : ''}${block.text}`);
      continue;
    }
    if (items || isSignatureLine(block.text)) break;
    texts.push(block.text);
  }
  const text = texts.join(' ').trim();
  if (text === '') return undefined;
  const heading = headed !== -1 ? blocks[headed] : undefined;
  return { text, source: heading?.type === 'heading' ? `texten under rubriken "${heading.text}"` : 'texten efter "beslutar följande"' };
}

/** A name or a title standing alone: the start of a signature, not part of a decision. */
function isSignatureLine(text: string): boolean {
  return PERSON.test(text.trim()) || /^(?:ordförande|sekreterare|justerare|\p{L}*(?:direktör|chef))$/iu.test(text.trim());
}
