import { stringify } from 'yaml';
import type { DraftFrontmatter } from './statement-metadata.ts';
import type { StatementBlock } from './statement.ts';

/**
 * A remissvar file ready for an editor: the frontmatter the statement gave, and the statement's
 * headings and paragraphs as Markdown, with no comments marked yet.
 */
export function remissvarDraft(data: DraftFrontmatter, blocks: readonly StatementBlock[], source: string): string {
  const yaml = stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  const header = [
    `# Utkast från ${source} (npm run import:remissvar). Kontrollera fälten mot originalet,`,
    '# markera kommentarerna med :::kommentar{#k1 avsnitt="…" stallning="…"} och ta bort de här raderna.',
  ].join('\n');
  return `---\n${header}\n${yaml}---\n\n${blocks.map(blockMarkdown).join('\n\n')}\n`;
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
