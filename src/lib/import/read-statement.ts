import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { statementFromDocxHtml } from './docx-statement.ts';
import { textFromPdf } from './pdf-text.ts';
import { importProblem } from './problems.ts';
import type { StatementDocument } from './statement.ts';
import { statementFromText } from './text-statement.ts';

/** Reads a statement from a .txt, .docx or .pdf file; anything unreadable is a ContentProblem naming the file. */
export async function readStatement(file: string): Promise<StatementDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new ContentProblem({ location: { file }, ...importProblem('import/unreadable-file') });
  }
  const isPdf = file.toLowerCase().endsWith('.pdf') || bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  const document = file.toLowerCase().endsWith('.docx')
    ? await fromDocx(bytes, file)
    : isPdf
      ? await fromPdf(bytes, file)
      : fromText(bytes, file);
  if (document.blocks.length === 0) {
    throw new ContentProblem({ location: { file }, ...importProblem('import/empty-file') });
  }
  return document;
}

function fromText(bytes: Buffer, file: string): StatementDocument {
  if (/\.(doc|odt|rtf)$/i.test(file)) {
    throw new ContentProblem({ location: { file }, ...importProblem('import/not-text-or-docx') });
  }
  if (bytes.includes(0)) {
    throw new ContentProblem({ location: { file }, ...importProblem('import/binary-file') });
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if ((text.match(/\uFFFD/g)?.length ?? 0) > 0) {
    throw new ContentProblem({ location: { file }, ...importProblem('import/not-utf8') });
  }
  return statementFromText(text);
}

async function fromDocx(bytes: Buffer, file: string): Promise<StatementDocument> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: false });
    return statementFromDocxHtml(value);
  } catch {
    throw new ContentProblem({ location: { file }, ...importProblem('import/unreadable-docx') });
  }
}

async function fromPdf(bytes: Buffer, file: string): Promise<StatementDocument> {
  let text: string;
  try {
    text = await textFromPdf(bytes);
  } catch {
    throw new ContentProblem({ location: { file }, ...importProblem('import/unreadable-pdf') });
  }
  if (text.replace(/\s/g, '') === '') {
    throw new ContentProblem({ location: { file }, ...importProblem('import/pdf-without-text') });
  }
  return { ...statementFromText(text), format: 'pdf' };
}
