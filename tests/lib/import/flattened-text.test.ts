import { describe, expect, it } from 'vitest';
import { isFlattened, restoreLineBreaks } from '#lib/import/flattened-text.ts';

const PARAGRAPH = 'Förvaltningen har läst förslaget och har synpunkter på beredskapen. '.repeat(10).trim();

describe('text that lost its line breaks', () => {
  it('is told by a long line that holds headings or labels, not by a text with one line per paragraph', () => {
    expect(isFlattened(`Yttrande Sammanfattning ${PARAGRAPH}`)).toBe(true);
    expect(isFlattened(`Yttrande Dnr KS 2024/1 ${PARAGRAPH}`)).toBe(true);
    expect(isFlattened(`Yttrande ${PARAGRAPH}`)).toBe(false);
    expect(
      isFlattened(['Handläggare', 'Anna Berg', '', 'Bakgrund', PARAGRAPH, '', 'Synpunkter', PARAGRAPH, 'Anna Berg', 'Direktör'].join('\n')),
    ).toBe(false);
    expect(isFlattened('Kort text.')).toBe(false);
  });

  it('gets back a line for each label and date of the letterhead, the title, and the known headings', () => {
    const flat = `Kulturförvaltningen Tjänsteutlåtande Dnr KUF 2024/3 2024-01-30 Handläggare Maria Lind Telefon: 08-508 000 01 Till Kulturnämnden 2024-02-20 Svar på remiss av programmet Förvaltningens förslag till beslut Nämnden överlämnar svaret. Förvaltningens synpunkter ${PARAGRAPH} Bilaga 1 Programmet Bilaga 2 Remissen`;
    expect(restoreLineBreaks(flat).split('\n')).toEqual([
      'Kulturförvaltningen',
      'Tjänsteutlåtande',
      'Dnr KUF 2024/3',
      '2024-01-30',
      'Handläggare Maria Lind',
      'Telefon: 08-508 000 01',
      'Till Kulturnämnden',
      '2024-02-20',
      '',
      'Svar på remiss av programmet',
      '',
      'Förvaltningens förslag till beslut',
      'Nämnden överlämnar svaret.',
      '',
      'Förvaltningens synpunkter',
      PARAGRAPH,
      'Bilaga 1 Programmet',
      'Bilaga 2 Remissen',
    ]);
  });
});
