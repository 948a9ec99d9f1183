import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markedKommentarer } from '#lib/consultation/marked-kommentarer.ts';
import { parseSourceFile } from '#lib/content/source-file.ts';
import type { ImportContext } from '#lib/import/import-context.ts';
import { importReport } from '#lib/import/import-report.ts';
import { proposedKommentarer } from '#lib/import/proposed-kommentarer.ts';
import { readStatement } from '#lib/import/read-statement.ts';
import { remissvarDraft } from '#lib/import/remissvar-draft.ts';
import { statementMetadata } from '#lib/import/statement-metadata.ts';
import { parseMarkdown } from '#markdown/processor.ts';
import { remissvarSchema } from '#schemas/remissvar.ts';
import { contentContext } from './import-context.ts';
import { CORPUS, corpusFile } from './statement-corpus.ts';

/** What each statement's report must say: organisation, remiss, fields not found, warnings and proposed comments. */
interface ExpectedReport {
  organisation: string;
  remiss: string;
  hittadesInte: string[];
  varningar: string[];
  kommentarer: string[];
}

const statements = (await readdir(CORPUS)).filter((name) => /\.(txt|pdf\.json|docx\.json)$/.test(name)).sort();
const base = (name: string) => name.replace(/\.(txt|pdf\.json|docx\.json)$/, '');

let dir: string;
let context: ImportContext;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'styrdok-corpus-'));
  context = await contentContext();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function imported(name: string) {
  const file = await corpusFile(name, dir);
  const document = await readStatement(file);
  const metadata = statementMetadata(document, name, context);
  const sections = context.remisser.find((remiss) => remiss.id === metadata.remissId)?.sections ?? [];
  const proposals = proposedKommentarer(document.blocks, sections);
  const draft = remissvarDraft(metadata.data, document.blocks, path.basename(file), proposals, metadata.missing);
  return { document, metadata, proposals, draft };
}

describe('the corpus of example statements written for the tests', () => {
  it('has at least eight statements, in text, PDF and Word, each with its draft and report', async () => {
    expect(statements.length).toBeGreaterThanOrEqual(8);
    expect(statements.some((name) => name.endsWith('.pdf.json'))).toBe(true);
    expect(statements.some((name) => name.endsWith('.docx.json'))).toBe(true);
    const files = await readdir(CORPUS);
    for (const name of statements) {
      expect(files).toContain(`${base(name)}.utkast.md`);
      expect(files).toContain(`${base(name)}.rapport.json`);
    }
    expect(await readFile(path.join(CORPUS, 'README.md'), 'utf8')).toContain('**Inget i den här mappen är en verklig handling.**');
  });

  it.each(statements)('imports %s into the draft it must give', async (name) => {
    const { draft } = await imported(name);
    expect(draft).toBe(await readFile(path.join(CORPUS, `${base(name)}.utkast.md`), 'utf8'));
  });

  it.each(statements)('reports for %s the fields not found, the warnings and the proposed comments', async (name) => {
    const { document, metadata, proposals } = await imported(name);
    const expected = JSON.parse(await readFile(path.join(CORPUS, `${base(name)}.rapport.json`), 'utf8')) as ExpectedReport;
    expect({
      organisation: metadata.organisationId,
      remiss: metadata.remissId,
      hittadesInte: metadata.missing,
      varningar: metadata.warnings.map((warning) => `${warning.field ?? ''} ${warning.code}`.trim()),
      kommentarer: proposals.map((proposal) => `${proposal.id} ${proposal.avsnitt.join(' ')} ${proposal.stallning}`),
    }).toEqual(expected);
    // Every field the draft has is in the report with where it came from; every one it lacks is named.
    const report = importReport(name, document, metadata, proposals);
    for (const field of Object.keys(metadata.data).filter((key) => key !== 'exempel')) {
      expect(report).toMatch(new RegExp(`^  ${field}: .* – från \\S`, 'm'));
    }
    for (const field of expected.hittadesInte)
      expect(report).toContain(`(import/field-not-found): fältet "${field}" hittades inte i texten.`);
  });

  it.each(statements)('gives for %s a draft the check refuses until each proposal is confirmed, and then accepts', async (name) => {
    const { draft, metadata, proposals } = await imported(name);
    const parsed = parseSourceFile(`${base(name)}.md`, draft);
    const before = markedKommentarer(parseMarkdown(parsed.body), 'utkast.md');
    expect(before.problems.map((problem) => problem.code)).toEqual(proposals.map(() => 'consultation/unconfirmed-kommentar'));
    const confirmed = markedKommentarer(parseMarkdown(parsed.body.replace(/ forslag="[^"]*"\}/g, '}')), 'utkast.md');
    expect(confirmed.problems).toEqual([]);
    expect(confirmed.kommentarer.map((kommentar) => kommentar.id)).toEqual(proposals.map((proposal) => proposal.id));
    // With the required fields it did not find filled in, the frontmatter is a valid remissvar.
    const filled = { ...parsed.data, ...(metadata.missing.includes('dnr') ? { dnr: 'X 2024/1' } : {}) };
    expect(remissvarSchema.safeParse(filled).success).toBe(true);
  });
});
