import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { statementFromDocxHtml } from './docx-statement.ts';
import type { StatementDocument } from './statement.ts';
import { statementFromText } from './text-statement.ts';

/** Reads a statement from a .txt or .docx file; anything unreadable is a ContentProblem naming the file. */
export async function readStatement(file: string): Promise<StatementDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new ContentProblem({ location: { file }, message: 'filen finns inte eller går inte att öppna.', hint: 'Kontrollera sökvägen.' });
  }
  const document = file.toLowerCase().endsWith('.docx') ? await fromDocx(bytes, file) : fromText(bytes, file);
  if (document.blocks.length === 0) {
    throw new ContentProblem({
      location: { file },
      message: 'filen innehåller ingen text att importera.',
      hint: 'Spara yttrandet som text (.txt) eller Word (.docx) och försök igen.',
    });
  }
  return document;
}

function fromText(bytes: Buffer, file: string): StatementDocument {
  if (/\.(pdf|doc|odt|rtf)$/i.test(file) || bytes.subarray(0, 4).toString('latin1') === '%PDF') {
    throw new ContentProblem({
      location: { file },
      message: 'filen är inte text eller Word (.docx).',
      hint: 'Kopiera texten ur PDF-filen till en .txt-fil, eller spara dokumentet som .docx i Word.',
    });
  }
  if (bytes.includes(0)) {
    throw new ContentProblem({
      location: { file },
      message: 'filen innehåller binära data och går inte att läsa som text.',
      hint: 'Spara yttrandet som ren text i UTF-8 eller som .docx.',
    });
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if ((text.match(/\uFFFD/g)?.length ?? 0) > 0) {
    throw new ContentProblem({
      location: { file },
      message: 'texten är inte sparad som UTF-8 (å, ä och ö går inte att läsa).',
      hint: 'Spara filen igen med teckenkodningen UTF-8 och försök igen.',
    });
  }
  return statementFromText(text);
}

async function fromDocx(bytes: Buffer, file: string): Promise<StatementDocument> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: false });
    return statementFromDocxHtml(value);
  } catch {
    throw new ContentProblem({
      location: { file },
      message: 'Word-filen går inte att läsa.',
      hint: 'Öppna den i Word och spara den igen som .docx (inte .doc), eller spara texten som .txt.',
    });
  }
}
