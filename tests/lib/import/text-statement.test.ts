import { describe, expect, it } from 'vitest';
import { extractLetterhead } from '#lib/import/letterhead.ts';
import { letterheadFields } from '#lib/import/letterhead-fields.ts';
import { parseSwedishDate } from '#lib/import/swedish-date.ts';
import { statementFromText } from '#lib/import/text-statement.ts';

describe('reading a statement as text', () => {
  it('joins a paragraph that a page header interrupted mid-sentence, and keeps apart one that ended', () => {
    const lines = ['Förvaltningen anser att chefernas', 'Handläggare', 'Anna Berg', '', 'Dnr X 2024/1', 'roll är avgörande för arbetet.'];
    expect(extractLetterhead(lines).body).toEqual(['Förvaltningen anser att chefernas', 'roll är avgörande för arbetet.']);
    const paragraphs = (text: string) =>
      statementFromText(text).blocks.map((block) => (block.type === 'paragraph' ? block.text : block.type));
    expect(
      paragraphs(
        'Bakgrund\nDet är bra och förvaltningen ser fram emot arbetet.\nHandläggare\nAnna Berg\n\nNästa stycke börjar här och fortsätter en bra bit.\n',
      ),
    ).toEqual(['heading', 'Det är bra och förvaltningen ser fram emot arbetet.', 'Nästa stycke börjar här och fortsätter en bra bit.']);
  });

  it('does not take prose that begins with a label word for a letterhead', () => {
    const lines = ['Till detta kommer att förvaltningen behöver mer stöd i arbetet med säkerhetsskydd.'];
    expect(extractLetterhead(lines)).toEqual({ body: lines, letterhead: [] });
  });

  it('reads the label on the same line as its value', () => {
    expect(
      letterheadFields([
        'Handläggare: Anna Berg',
        'E-post: anna.berg@stockholm.se',
        '',
        'Till: Norrby stadsdelsnämnd',
        '',
        'Dnr: NORR 2024/7',
      ]),
    ).toMatchObject({
      handlaggare: { namn: 'Anna Berg', epost: 'anna.berg@stockholm.se' },
      recipient: 'Norrby stadsdelsnämnd',
      dnr: 'NORR 2024/7',
    });
  });

  it('keeps a word broken with a hyphen at the line end whole, and a real hyphen with its space', () => {
    const document = statementFromText(
      'Bakgrund\nFörvaltningen ser positivt på att RSA-\nprocessen sätts i nära relation till säkerhets- \noch beredskapsarbetet i hela staden och i alla verksamheter.\n',
    );
    expect(document.blocks).toEqual([
      { type: 'heading', text: 'Bakgrund' },
      {
        type: 'paragraph',
        text: 'Förvaltningen ser positivt på att RSA-processen sätts i nära relation till säkerhets- och beredskapsarbetet i hela staden och i alla verksamheter.',
      },
    ]);
  });

  it('reads dates as written in statements', () => {
    expect(parseSwedishDate('2024-01-23')).toBe('2024-01-23');
    expect(parseSwedishDate('3 februari 2024')).toBe('2024-02-03');
    expect(parseSwedishDate('den 3 februari 2024')).toBe('2024-02-03');
    expect(parseSwedishDate('3 feb 2024')).toBeUndefined();
    expect(parseSwedishDate('2024-02-30')).toBeUndefined();
  });
});
