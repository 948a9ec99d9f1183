import { describe, expect, it } from 'vitest';
import { decisionProposal } from '#lib/import/decision-proposal.ts';
import type { StatementBlock } from '#lib/import/statement.ts';

const heading = (text: string): StatementBlock => ({ type: 'heading', text });
const paragraph = (text: string): StatementBlock => ({ type: 'paragraph', text });
const item = (number: number, text: string): StatementBlock => ({ type: 'item', ordered: true, number, text });

describe('the decision a statement proposes or records', () => {
  it('reads the paragraphs under its heading, up to the next heading', () => {
    expect(
      decisionProposal([
        heading('Förvaltningens förslag till beslut'),
        paragraph('Nämnden överlämnar svaret.'),
        heading('Bakgrund'),
        paragraph('Text.'),
      ]),
    ).toEqual({
      text: 'Nämnden överlämnar svaret.',
      source: 'texten under rubriken "Förvaltningens förslag till beslut"',
    });
    expect(decisionProposal([heading('Nämndens beslut'), paragraph('Socialnämnden beslutar att överlämna yttrandet.')])?.text).toBe(
      'Socialnämnden beslutar att överlämna yttrandet.',
    );
  });

  it('reads "… beslutar följande" with its numbered points, and stops at the signature', () => {
    const blocks = [
      paragraph('Förvaltningen föreslår att nämnden beslutar följande:'),
      item(1, 'Nämnden godkänner svaret.'),
      item(2, 'Nämnden justerar beslutet omedelbart.'),
      paragraph('Anna Karlsson'),
      paragraph('Förvaltningen har i övrigt inget att tillägga.'),
    ];
    expect(decisionProposal(blocks)).toEqual({
      text: 'Förvaltningen föreslår att nämnden beslutar följande: 1. Nämnden godkänner svaret. 2. Nämnden justerar beslutet omedelbart.',
      source: 'texten efter "beslutar följande"',
    });
    expect(
      decisionProposal([
        heading('Förslag till beslut'),
        paragraph('Nämnden överlämnar svaret.'),
        { type: 'lines', lines: ['Anna Berg', 'Direktör'] },
      ])?.text,
    ).toBe('Nämnden överlämnar svaret.');
  });

  it('gives none where the statement has none', () => {
    expect(decisionProposal([heading('Bakgrund'), paragraph('Nämnden har fått remissen.')])).toBeUndefined();
  });
});
