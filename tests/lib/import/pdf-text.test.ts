import { describe, expect, it } from 'vitest';
import { textFromPdf } from '#lib/import/pdf-text.ts';
import { pdfDocument } from './pdf-document.ts';

describe('reading the text of a PDF', () => {
  it('gives the lines top to bottom, a blank line where the spacing opens, and a form feed between pages', async () => {
    const pdf = pdfDocument([
      [
        { x: 72, y: 760, text: 'Svar på remiss', size: 16 },
        { x: 72, y: 720, text: 'Förvaltningen välkomnar den utvidgade' },
        { x: 72, y: 706, text: 'skrivningen om chefers ansvar.' },
        { x: 72, y: 680, text: 'Nästa stycke.' },
      ],
      [{ x: 72, y: 760, text: 'Andra sidan, med å, ä och ö – och ett tankstreck.' }],
    ]);
    expect(await textFromPdf(pdf)).toBe(
      'Svar på remiss\n\nFörvaltningen välkomnar den utvidgade\nskrivningen om chefers ansvar.\n\nNästa stycke.\n\f\nAndra sidan, med å, ä och ö – och ett tankstreck.',
    );
  });

  it('gives a letterhead in two columns, and signatures side by side, one column after the other', async () => {
    const pdf = pdfDocument([
      [
        { x: 72, y: 780, text: 'Järva stadsdelsförvaltning' },
        { x: 360, y: 780, text: 'Tjänsteutlåtande' },
        { x: 72, y: 766, text: 'Administrativa avdelningen' },
        { x: 360, y: 766, text: 'Dnr JÄRVA 2023/665' },
        { x: 360, y: 752, text: '2024-01-23' },
        { x: 72, y: 700, text: 'Programmet återfinns i bilagan till detta ärende, som förvaltningen har gått igenom.' },
        { x: 72, y: 640, text: 'Victoria Callenmark' },
        { x: 320, y: 640, text: 'Jonas Eliasson' },
        { x: 72, y: 626, text: 'Stadsdelsdirektör' },
        { x: 320, y: 626, text: 'Avdelningschef' },
      ],
    ]);
    expect((await textFromPdf(pdf)).split('\n')).toEqual([
      'Järva stadsdelsförvaltning',
      'Administrativa avdelningen',
      '',
      'Tjänsteutlåtande',
      'Dnr JÄRVA 2023/665',
      '2024-01-23',
      '',
      'Programmet återfinns i bilagan till detta ärende, som förvaltningen har gått igenom.',
      '',
      'Victoria Callenmark',
      'Stadsdelsdirektör',
      '',
      'Jonas Eliasson',
      'Avdelningschef',
    ]);
  });
});
