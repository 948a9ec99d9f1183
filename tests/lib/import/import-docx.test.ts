import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStatement } from '#lib/import/read-statement.ts';
import { remissvarDraft } from '#lib/import/remissvar-draft.ts';
import { statementMetadata } from '#lib/import/statement-metadata.ts';
import { contentContext } from './import-context.ts';

// A statement laid out as the city's Word template lays it out: the letterhead in paragraphs,
// the title, headings in heading styles, one heading only in bold, and the signatures in a table.
const p = (text: string) => new Paragraph(text);
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const cell = (lines: string[]) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map(p) });

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'styrdok-docx-'));
  file = path.join(dir, 'yttrande.docx');
  const document = new Document({
    sections: [
      {
        children: [
          p('Handläggare'),
          p('Caroline Teir'),
          p('Telefon: 08-50802622'),
          p(''),
          p('Till'),
          p('Järva stadsdelsnämnd'),
          p('22 februari 2024'),
          p(''),
          p('Järva stadsdelsförvaltning'),
          p('Administrativa avdelningen'),
          p(''),
          p('Tjänsteutlåtande'),
          p('Dnr JÄRVA 2023/665'),
          p(''),
          p('2024-01-23'),
          p(''),
          p('Stockholms stads säkerhetsprogram'),
          p('Svar på remiss från kommunstyrelsen'),
          heading('Förvaltningens förslag till beslut'),
          p('Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande som svar på remissen.'),
          heading('Bakgrund'),
          p('Kommunstyrelsen har remitterat Stockholms stads säkerhetsprogram till samtliga nämnder i Stockholm stad.'),
          p('Programmet är en revidering av det tidigare gällande styrdokumentet.'),
          new Paragraph({ children: [new TextRun({ text: 'Förvaltningens synpunkter och förslag', bold: true })] }),
          p('Förvaltningen ser positivt på att personsäkerhet lyfts fram i ett eget avsnitt.'),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell(['Victoria Callenmark', 'Stadsdelsdirektör', 'Järva stadsdelsförvaltning']),
                  cell(['Jonas Eliasson', 'Avdelningschef', 'Järva stadsdelsförvaltning']),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  await writeFile(file, await Packer.toBuffer(document));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('importing a statement saved as Word (.docx)', () => {
  it('fills in the frontmatter from the letterhead, title and decision proposal', async () => {
    const document = await readStatement(file);
    const metadata = statementMetadata(document, file, await contentContext());
    expect(metadata).toMatchObject({ organisationId: 'jarva', remissId: 'sakerhetsprogrammet-2024', missing: [] });
    expect(metadata.data).toEqual({
      titel: 'Stockholms stads säkerhetsprogram. Svar på remiss från kommunstyrelsen',
      dokumenttyp: 'Tjänsteutlåtande',
      dnr: 'JÄRVA 2023/665',
      datum: '2024-01-23',
      sammantrade: '2024-02-22',
      beslut: 'Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande som svar på remissen.',
      avsandare: 'Järva stadsdelsförvaltning, Administrativa avdelningen',
      handlaggare: { namn: 'Caroline Teir', telefon: '08-50802622' },
      exempel: false,
    });
  });

  it('keeps headings (styled or bold), paragraphs one by one and the signatures line by line', async () => {
    const document = await readStatement(file);
    const metadata = statementMetadata(document, file, await contentContext());
    const body = remissvarDraft(metadata.data, document.blocks, 'yttrande.docx').split('\n---\n')[1]?.trim();
    expect(body).toBe(
      [
        '## Förvaltningens förslag till beslut',
        'Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande som svar på remissen.',
        '## Bakgrund',
        'Kommunstyrelsen har remitterat Stockholms stads säkerhetsprogram till samtliga nämnder i Stockholm stad.',
        'Programmet är en revidering av det tidigare gällande styrdokumentet.',
        '## Förvaltningens synpunkter och förslag',
        'Förvaltningen ser positivt på att personsäkerhet lyfts fram i ett eget avsnitt.',
        'Victoria Callenmark\\\nStadsdelsdirektör\\\nJärva stadsdelsförvaltning',
        'Jonas Eliasson\\\nAvdelningschef\\\nJärva stadsdelsförvaltning',
      ].join('\n\n'),
    );
  });
});
