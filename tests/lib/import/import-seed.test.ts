import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStatement } from '#lib/import/read-statement.ts';
import { proposedKommentarer } from '#lib/import/proposed-kommentarer.ts';
import { remissvarDraft } from '#lib/import/remissvar-draft.ts';
import { markedKommentarer } from '#lib/consultation/marked-kommentarer.ts';
import { parseMarkdown } from '#markdown/processor.ts';
import { statementMetadata } from '#lib/import/statement-metadata.ts';
import { remissvarSchema } from '#schemas/remissvar.ts';
import { parseSourceFile } from '#lib/content/source-file.ts';
import { ROOT } from '../../support/paths.ts';
import { contentContext, SEED } from './import-context.ts';

const SHIPPED = 'content/remissvar/sakerhetsprogrammet-2024/jarva.md';

/** The body without the comment markers an editor added, and without runs of blank lines. */
const withoutMarkers = (body: string) =>
  body
    .split('\n')
    .filter((line) => !line.startsWith(':::'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

describe('importing the seed statement (plain text from the PDF)', () => {
  it('fills in exactly the frontmatter of the shipped remissvar', async () => {
    const document = await readStatement(SEED);
    const metadata = statementMetadata(document, SEED, await contentContext());
    const shipped = parseSourceFile(SHIPPED, await readFile(path.join(ROOT, SHIPPED), 'utf8'));
    expect(metadata.organisationId).toBe('jarva');
    expect(metadata.remissId).toBe('sakerhetsprogrammet-2024');
    expect(metadata.missing).toEqual([]);
    expect(remissvarSchema.parse(metadata.data)).toEqual(remissvarSchema.parse(shipped.data));
  });

  it('keeps the headings and rejoins the paragraphs, so the draft reads as the shipped text before comments were marked', async () => {
    const document = await readStatement(SEED);
    const metadata = statementMetadata(document, SEED, await contentContext());
    const draft = parseSourceFile('draft.md', remissvarDraft(metadata.data, document.blocks, 'seed.txt'));
    const shipped = parseSourceFile(SHIPPED, await readFile(path.join(ROOT, SHIPPED), 'utf8'));
    expect(withoutMarkers(draft.body)).toBe(withoutMarkers(shipped.body));
    expect(remissvarSchema.parse(draft.data)).toEqual(remissvarSchema.parse(shipped.data));
  });

  it('leaves the letterhead (with an e-mail that is not the handläggare’s) out of the text', async () => {
    const document = await readStatement(SEED);
    const body = JSON.stringify(document.blocks);
    expect(body).not.toContain('Kungsklippan');
    expect(body).not.toContain('daniel.lauridsen');
    expect(body).toContain('Enligt stadsledningskontoret har utgångspunkten');
    expect(document.letterhead).toContain('Dnr JÄRVA 2023/665');
  });

  it('proposes the five comments the editors marked, with their sections and stances, refused until confirmed', async () => {
    const document = await readStatement(SEED);
    const context = await contentContext();
    const metadata = statementMetadata(document, SEED, context);
    const sections = context.remisser.find((remiss) => remiss.id === metadata.remissId)?.sections ?? [];
    const proposals = proposedKommentarer(document.blocks, sections);
    const shipped = parseSourceFile(SHIPPED, await readFile(path.join(ROOT, SHIPPED), 'utf8'));
    const marked = markedKommentarer(parseMarkdown(shipped.body), SHIPPED).kommentarer;
    expect(proposals.map(({ id, avsnitt, stallning }) => ({ id, avsnitt, stallning }))).toEqual(
      marked.map(({ id, avsnitt, stallning }) => ({ id, avsnitt, stallning })),
    );
    expect(proposals.map(({ cue, phrases }) => [cue, ...phrases])).toEqual([
      ['välkomnar', 'chefernas särskilda ansvar'],
      ['ser positivt på', 'risk- och sårbarhetsanalyser'],
      ['ser positivt på', 'personsäkerhet'],
      ['förtydligande', 'samverkan och geografiskt områdesansvar'],
      ['kostnader', 'krisstöd'],
    ]);

    // The draft is the shipped file but for the proposals' attribute and the header's notes.
    const draft = remissvarDraft(metadata.data, document.blocks, 'seed.txt', proposals, metadata.missing);
    const body = parseSourceFile('draft.md', draft).body;
    expect(body.replace(/ forslag="[^"]*"/g, '')).toBe(shipped.body);
    const check = markedKommentarer(parseMarkdown(body), 'draft.md');
    expect(check.problems.map((problem) => problem.code)).toEqual(Array(5).fill('consultation/unconfirmed-kommentar'));
    expect(check.problems[3]?.message).toBe(
      'kommentaren "k4" är ett förslag från importen och inte bekräftad: avsnitt "samverkan" och ställning "synpunkt" är gissade efter orden "förtydligande; samverkan och geografiskt områdesansvar".',
    );
  });
});
