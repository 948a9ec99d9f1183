/** A line of text placed on a page, in PDF units from the bottom left corner (A4 is 595 × 842). */
export interface PdfLine {
  x: number;
  y: number;
  text: string;
  size?: number;
}

// WinAnsiEncoding, the standard fonts' encoding, is Latin-1 but for these.
const WIN_ANSI: Record<string, number> = { '•': 0x95, '–': 0x96, '—': 0x97, '’': 0x92, '“': 0x93, '”': 0x94 };

const encode = (text: string) =>
  Buffer.from([...text].map((character) => WIN_ANSI[character] ?? character.charCodeAt(0))).toString('latin1');

/**
 * Writes a PDF with its text laid out as given, in Helvetica, as a word processor's export does;
 * small enough to write by hand, so the tests need no PDF library of their own.
 */
export function pdfDocument(pages: readonly (readonly PdfLine[])[]): Buffer {
  const objects: string[] = ['', ''];
  const add = (body: string) => objects.push(body);
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids = pages.map((lines) => {
    const operations = lines
      .map(
        (line) =>
          `BT /F1 ${line.size ?? 11} Tf ${line.x} ${line.y} Td (${encode(line.text).replace(/[\\()]/g, (match) => `\\${match}`)}) Tj ET`,
      )
      .join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(operations, 'latin1')} >>\nstream\n${operations}\nendstream`);
    return add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
    );
  });
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
