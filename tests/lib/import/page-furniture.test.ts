import { describe, expect, it } from 'vitest';
import { isFurniture, PAGE_BREAK, removePageFurniture } from '#lib/import/page-furniture.ts';

describe('page furniture', () => {
  it('knows page numbers and file paths, and not prose', () => {
    for (const line of [
      '- 2 (5)',
      '2 (5)',
      'Sida 2 av 5',
      'Sida 3 (4)',
      '- 4 -',
      'G:\\Kansli\\TU remissvar.docx',
      '/Users/anna/Yttrande.docx',
      'TU remissvar säkerhetsprogram.docx',
    ]) {
      expect(isFurniture(line), line).toBe(true);
    }
    for (const line of ['Bilaga 2', '2024-01-23', 'Förvaltningen har läst förslaget.', 'Se www.stockholm.se/remiss.pdf för mer.']) {
      expect(isFurniture(line), line).toBe(false);
    }
  });

  it('takes out page numbers, paths and a header repeated at each page break but its first copy', () => {
    const lines = [
      'KULTURFÖRVALTNINGEN',
      'Dnr KUF 2024/1',
      'Sida 1 (3)',
      '',
      'Förvaltningen anser att',
      PAGE_BREAK,
      'KULTURFÖRVALTNINGEN',
      'Dnr KUF 2024/1',
      'Sida 2 (3)',
      'programmet är bra.',
      'G:\\Nämnd\\TU.docx  - 3 (3)',
      'KULTURFÖRVALTNINGEN',
      'Dnr KUF 2024/1',
    ];
    const { lines: kept, removed } = removePageFurniture(lines);
    expect(kept).toEqual([
      'KULTURFÖRVALTNINGEN',
      'Dnr KUF 2024/1',
      '',
      '',
      'Förvaltningen anser att',
      '',
      '',
      '',
      '',
      'programmet är bra.',
      '',
      '',
      '',
    ]);
    expect(removed).toEqual([
      'Sida 1 (3)',
      'Sida 2 (3)',
      'G:\\Nämnd\\TU.docx',
      '- 3 (3)',
      'KULTURFÖRVALTNINGEN',
      'Dnr KUF 2024/1',
      'KULTURFÖRVALTNINGEN',
      'Dnr KUF 2024/1',
    ]);
  });
});
