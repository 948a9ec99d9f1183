import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { readStatement } from '#lib/import/read-statement.ts';
import { statementMetadata } from '#lib/import/statement-metadata.ts';
import { statementFromText } from '#lib/import/text-statement.ts';
import { contentContext, SEED } from './import-context.ts';
import { pdfDocument } from './pdf-document.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'styrdok-import-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The one-line message an editor reads for what went wrong. */
async function failure(run: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentProblem);
    return (error as ContentProblem).format();
  }
  throw new Error('expected the import to fail');
}

const statement = (recipient: string) =>
  statementFromText(
    `Stockholms stads säkerhetsprogram\n\nSvar på remiss\n\nFörvaltningens förslag till beslut\nNämnden överlämnar tjänsteutlåtandet som svar på remissen till kommunstyrelsen.\n\nTill\n${recipient}\n2024-02-22\n`,
  );

describe('the importer refuses what it cannot use, saying why in Swedish', () => {
  it('names an organisation that is not in content/ and suggests the nearest', async () => {
    const message = await failure(async () => statementMetadata(statement('Järvas stadsdelsnämnd'), 'svar.txt', await contentContext()));
    expect(message).toContain(
      'svar.txt fel [organisation] (import/unknown-recipient): yttrandet är ställt till "Järvas stadsdelsnämnd", som inte finns i content/organisationer/.',
    );
    expect(message).toContain('--organisation <id>');
    expect(message).toContain('Menade du "jarva');
  });

  it('says so when the text does not tell which nämnd answers', async () => {
    const document = statementFromText(
      'Yttrande om programmet\n\nBakgrund\nNämnden har fått remissen och svarar så här på den, utan brevhuvud.\n',
    );
    const message = await failure(async () => statementMetadata(document, 'svar.txt', await contentContext()));
    expect(message).toContain('(import/missing-recipient): det går inte att se i texten vilken nämnd som svarar');
  });

  it('checks the organisation and remiss given on the command line', async () => {
    const document = await readStatement(SEED);
    const context = await contentContext();
    expect(await failure(() => statementMetadata(document, SEED, context, { organisation: 'jarv' }))).toMatch(
      /\[organisation\] \(import\/unknown-organisation\): organisationen "jarv" finns inte.*Menade du "jarva"\?/,
    );
    expect(await failure(() => statementMetadata(document, SEED, context, { remiss: 'sakerhetsprogrammet-2025' }))).toMatch(
      /\[remiss\] \(import\/unknown-remiss\): remissen "sakerhetsprogrammet-2025" finns inte.*Menade du "sakerhetsprogrammet-2024"\?/,
    );
    expect(statementMetadata(document, SEED, context, { organisation: 'sodermalm' }).organisationId).toBe('sodermalm');
  });

  it('asks for --remiss when the title names no program the organisation was consulted on', async () => {
    const document = statementFromText(
      'Kulturprogrammet\n\nSvar på remiss\n\nFörvaltningens förslag till beslut\nNämnden överlämnar tjänsteutlåtandet som svar på remissen till kommunstyrelsen.\n\nTill\nJärva stadsdelsnämnd\n2024-02-22\n',
    );
    const message = await failure(async () => statementMetadata(document, 'svar.txt', await contentContext()));
    expect(message).toContain(
      '[remiss] (import/remiss-not-found): det går inte att se vilken remiss yttrandet svarar på ("Kulturprogrammet. Svar på remiss").',
    );
    expect(message).toContain('Ange remissen med --remiss <id>. Remisser där organisationen är remissinstans: sakerhetsprogrammet-2024.');
  });

  it('asks for --remiss when the title fits more than one remiss the organisation was consulted on', () => {
    const document = statementFromText(
      'Kulturprogrammet\n\nSvar på remiss\n\nFörvaltningens förslag till beslut\nNämnden överlämnar tjänsteutlåtandet som svar på remissen till kommunstyrelsen.\n\nTill\nJärva stadsdelsnämnd\n2024-02-22\n',
    );
    const remiss = (id: string) => ({
      id,
      titel: 'Remiss av Kulturprogrammet',
      remissinstanser: ['jarva'],
      programNamn: 'Kulturprogrammet',
    });
    const context = {
      organisations: [{ id: 'jarva', namn: 'Järva stadsdelsnämnd' }],
      remisser: [remiss('kultur-2024'), remiss('kultur-2025')],
    };
    expect(() => statementMetadata(document, 'svar.txt', context)).toThrow(
      expect.objectContaining({
        code: 'import/ambiguous-remiss',
        message: 'yttrandet kan svara på flera remisser: kultur-2024, kultur-2025.',
        hint: 'Ange remissen med --remiss <id>. Remisser där organisationen är remissinstans: kultur-2024, kultur-2025.',
      }),
    );
  });

  it('refuses a file that does not exist, is empty, binary, of another kind, not UTF-8, a broken Word file or PDF, or a PDF without text', async () => {
    const write = async (name: string, data: string | Buffer) => {
      const file = path.join(dir, name);
      await writeFile(file, data);
      return file;
    };
    expect(await failure(() => readStatement(path.join(dir, 'finns-inte.txt')))).toContain(
      '(import/unreadable-file): filen finns inte eller går inte att öppna',
    );
    expect(await failure(async () => readStatement(await write('tom.txt', '\n \n')))).toContain(
      '(import/empty-file): filen innehåller ingen text att importera',
    );
    expect(await failure(async () => readStatement(await write('binar.txt', Buffer.from([0x50, 0x4b, 0, 1, 2]))))).toMatch(
      /\(import\/binary-file\): .*binära data/,
    );
    expect(await failure(async () => readStatement(await write('yttrande.doc', 'Word 97')))).toMatch(
      /\(import\/not-text-or-docx\): filen är inte text, Word \(\.docx\) eller PDF\. Spara dokumentet som \.docx eller PDF/,
    );
    expect(await failure(async () => readStatement(await write('trasig.pdf', '%PDF-1.7\n')))).toContain(
      '(import/unreadable-pdf): PDF-filen går inte att läsa.',
    );
    expect(await failure(async () => readStatement(await write('skannad.pdf', pdfDocument([[]]))))).toContain(
      '(import/pdf-without-text): PDF-filen innehåller ingen text',
    );
    expect(await failure(async () => readStatement(await write('latin1.txt', Buffer.from('Förvaltningens förslag', 'latin1'))))).toMatch(
      /\(import\/not-utf8\): .*inte sparad som UTF-8/,
    );
    expect(await failure(async () => readStatement(await write('trasig.docx', 'det här är ingen zip-fil')))).toContain(
      '(import/unreadable-docx): Word-filen går inte att läsa',
    );
  });
});
