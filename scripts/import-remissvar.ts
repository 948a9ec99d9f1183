// Turns a statement (remissvar) saved as text, Word or PDF into a draft under content/remissvar/,
// with the frontmatter filled in where the text gives it, ready for an editor to mark comments.
// Usage: npm run import:remissvar -- <fil.txt|fil.docx|fil.pdf> [--organisation id] [--remiss id] [--stdout] [--force]
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { readStatement } from '#lib/import/read-statement.ts';
import { remissvarDraft } from '#lib/import/remissvar-draft.ts';
import { importContext } from '#lib/import/import-context.ts';
import { importReport } from '#lib/import/import-report.ts';
import { proposedKommentarer } from '#lib/import/proposed-kommentarer.ts';
import { statementMetadata } from '#lib/import/statement-metadata.ts';
import { importProblem } from '#lib/import/problems.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { styrdokEnvironment } from '#config/environment.ts';
import { commandArguments, type Usage, usageText } from './command-line.ts';

const USAGE: Usage = {
  summary:
    'Gör ett utkast till remissvar av ett yttrande som PDF, Word (.docx) eller text: fälten ur brevhuvudet, texten med rubriker och de kommentarer som ska bekräftas. Skriver en rapport om vad som hittades och inte.',
  forms: ['npm run import:remissvar -- <fil.pdf|fil.docx|fil.txt> [--organisation id] [--remiss id] [--stdout] [--force]'],
  options: [
    ['--organisation id', 'organisationen som svarar, om texten inte visar den'],
    ['--remiss id', 'remissen som besvaras, om texten inte visar den'],
    ['--stdout', 'visa utkastet i stället för att spara det'],
    ['--force', 'skriv över ett remissvar som redan finns'],
  ],
};

async function main() {
  const { values, positionals } = commandArguments(USAGE, {
    allowPositionals: true,
    options: {
      organisation: { type: 'string' },
      remiss: { type: 'string' },
      stdout: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      content: { type: 'string', default: styrdokEnvironment().contentDir },
    },
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Error(`Ange en fil att importera.\n\n${usageText(USAGE)}`);

  const contentDir = path.resolve(values.content);
  const context = importContext((await readContentEntries(contentDir)).entries);

  const document = await readStatement(file);
  const metadata = statementMetadata(document, file, context, { organisation: values.organisation, remiss: values.remiss });
  const sections = context.remisser.find((remiss) => remiss.id === metadata.remissId)?.sections ?? [];
  const proposals = proposedKommentarer(document.blocks, sections);
  const draft = remissvarDraft(metadata.data, document.blocks, path.basename(file), proposals, metadata.missing);
  if (values.stdout) {
    process.stdout.write(draft);
  } else {
    const target = path.join(contentDir, 'remissvar', metadata.remissId, `${metadata.organisationId}.md`);
    const shown = path.relative(process.cwd(), target);
    if (existsSync(target) && !values.force) {
      throw new ContentProblem({ location: { file: shown }, ...importProblem('import/draft-exists') });
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, draft);
    console.log(`Utkastet finns i ${shown}.`);
  }
  console.error(importReport(path.basename(file), document, metadata, proposals));
  if (!values.stdout) {
    console.error(
      proposals.length > 0
        ? 'Nästa steg: jämför utkastet med originalet, bekräfta de föreslagna kommentarerna (ta bort forslag="…"), markera de kommentarer som saknas och kör npm run check:content.'
        : 'Nästa steg: jämför utkastet med originalet, markera kommentarerna med :::kommentar{#k1 avsnitt="…" stallning="…"} och kör npm run check:content.',
    );
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof ContentProblem ? error.format() : error instanceof Error ? error.message : String(error));
  process.exit(1);
}
