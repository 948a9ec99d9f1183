import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, Packer, Paragraph, HeadingLevel, Table, TableCell, TableRow, WidthType } from 'docx';
import { ROOT } from '../../support/paths.ts';
import { type PdfLine, pdfDocument } from './pdf-document.ts';

/** The example statements written for the tests (see the folder's README: none is a real document). */
export const CORPUS = path.join(ROOT, 'tests/fixtures/import/exempel');

/** A Word file's content as the corpus writes it: paragraphs, headings, and one-row tables of cells. */
type DocxPart = { p: string } | { h2: string } | { table: string[][] };

function docxDocument(parts: readonly DocxPart[]): Promise<Buffer> {
  const children = parts.map((part) => {
    if ('p' in part) return new Paragraph(part.p);
    if ('h2' in part) return new Paragraph({ text: part.h2, heading: HeadingLevel.HEADING_2 });
    return new Table({
      rows: [
        new TableRow({
          children: part.table.map(
            (cell) =>
              new TableCell({
                width: { size: 100 / part.table.length, type: WidthType.PERCENTAGE },
                children: cell.map((text) => new Paragraph(text)),
              }),
          ),
        }),
      ],
    });
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/**
 * The file an editor would import for a statement of the corpus: the .txt as it is, and a PDF or
 * Word file written from its description (`.pdf.json`, `.docx.json`) into `dir`.
 */
export async function corpusFile(name: string, dir: string): Promise<string> {
  const source = path.join(CORPUS, name);
  if (name.endsWith('.txt')) return source;
  const description = JSON.parse(await readFile(source, 'utf8'));
  const file = path.join(dir, name.replace(/\.json$/, ''));
  await writeFile(
    file,
    name.endsWith('.pdf.json') ? pdfDocument(description as PdfLine[][]) : await docxDocument(description as DocxPart[]),
  );
  return file;
}
