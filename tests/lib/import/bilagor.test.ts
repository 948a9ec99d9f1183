import { describe, expect, it } from 'vitest';
import { withBilagor } from '#lib/import/bilagor.ts';
import type { StatementBlock } from '#lib/import/statement.ts';

const paragraph = (text: string): StatementBlock => ({ type: 'paragraph', text });

describe('the attachments of a statement', () => {
  it('gathers Bilaga lines, also merged into one paragraph or taken for a heading, into a section Bilagor at the end', () => {
    const blocks = withBilagor([
      paragraph('Förvaltningen ställer sig bakom programmet.'),
      { type: 'heading', text: 'Bilaga 1 Förslag till program' },
      paragraph('Bilaga 2 Risk- och sårbarhetsanalys Bilaga 3 Protokollsutdrag'),
    ]);
    expect(blocks).toEqual([
      paragraph('Förvaltningen ställer sig bakom programmet.'),
      { type: 'heading', text: 'Bilagor' },
      { type: 'item', ordered: false, text: 'Bilaga 1 Förslag till program' },
      { type: 'item', ordered: false, text: 'Bilaga 2 Risk- och sårbarhetsanalys' },
      { type: 'item', ordered: false, text: 'Bilaga 3 Protokollsutdrag' },
    ]);
  });

  it('leaves a statement alone that heads its attachment itself, or mentions one in its text', () => {
    const blocks: StatementBlock[] = [
      paragraph('Programmet återfinns i bilaga 1 till detta ärende.'),
      { type: 'heading', text: 'Bilaga' },
      paragraph('Förslag till Stockholms stads säkerhetsprogram'),
    ];
    expect(withBilagor(blocks)).toEqual(blocks);
  });
});
