import { stringify } from 'yaml';
import { KOMMENTAR_PROPOSAL } from '#schemas/kommentar.ts';
import type { ProposedKommentar } from './proposed-kommentarer.ts';
import type { DraftFrontmatter } from './statement-metadata.ts';
import type { StatementBlock } from './statement.ts';

/**
 * A remissvar file ready for an editor: the frontmatter the statement gave, and the statement's
 * headings and paragraphs as Markdown. Each proposed comment is marked around its passage with
 * the attribute `forslag`, which the content check refuses until the editor has confirmed it.
 */
export function remissvarDraft(
  data: DraftFrontmatter,
  blocks: readonly StatementBlock[],
  source: string,
  proposals: readonly ProposedKommentar[] = [],
  missing: readonly string[] = [],
): string {
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  const header = [
    `# Utkast från ${source} (npm run import:remissvar). Kontrollera fälten mot originalet.`,
    ...(missing.length > 0 ? [`# Hittades inte: ${missing.join(', ')}.`] : []),
    proposals.length > 0
      ? `# ${proposals.length} föreslagna kommentarer: bekräfta var och en genom att rätta avsnitt och stallning och ta bort ${KOMMENTAR_PROPOSAL}="…".`
      : '# Markera kommentarerna med :::kommentar{#k1 avsnitt="…" stallning="…"}.',
    '# Ta bort de här raderna när du är klar.',
  ].join('\n');
  const opens = new Map(proposals.map((proposal) => [proposal.block, proposal]));
  const closes = new Set(proposals.map((proposal) => proposal.end - 1));
  const body = blocks.map((block, index) => {
    const proposal = opens.get(index);
    const markdown = `${proposal ? `${kommentarOpening(proposal)}\n` : ''}${blockMarkdown(block)}`;
    return closes.has(index) ? `${markdown}\n:::` : markdown;
  });
  return `---\n${header}\n${yaml}---\n\n${body.join('\n\n')}\n`;
}

/** `:::kommentar{#k1 avsnitt="rsa" stallning="tillstyrker" forslag="ser positivt på; RSA"}`. */
function kommentarOpening(proposal: ProposedKommentar): string {
  const why = `${proposal.cue}; ${proposal.phrases.join(', ')}`.replace(/["\n]/g, ' ');
  return `:::kommentar{#${proposal.id} avsnitt="${proposal.avsnitt.join(' ')}" stallning="${proposal.stallning}" ${KOMMENTAR_PROPOSAL}="${why}"}`;
}

function blockMarkdown(block: StatementBlock): string {
  switch (block.type) {
    case 'heading':
      return `## ${inline(block.text)}`;
    case 'paragraph':
      return escapeStart(inline(block.text));
    case 'lines':
      return block.lines.map((line, index) => (index === 0 ? escapeStart(inline(line)) : inline(line))).join('\\\n');
    case 'item': {
      const marker = block.ordered ? `${block.number ?? 1}. ` : '- ';
      const indent = ' '.repeat(marker.length);
      return block.title ? `${marker}**${inline(block.title)}**\n\n${indent}${inline(block.text)}` : `${marker}${inline(block.text)}`;
    }
  }
}

/** Characters that Markdown would read as markup inside a line. */
function inline(text: string): string {
  return text.replace(/([\\`*_[\]<>]|:{3})/g, (match) => (match === ':::' ? '\\:::' : `\\${match}`));
}

/** A paragraph that starts like a heading, list, quote or rule stays a paragraph. */
function escapeStart(text: string): string {
  return text.replace(/^(#{1,6}\s|>|[-+*]\s|(\d+)([.)])\s)/, (match, _all, number, mark) =>
    number ? `${number}\\${mark} ` : `\\${match}`,
  );
}
