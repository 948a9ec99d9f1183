// Validates everything under content/ without rendering: schemas, references, IDs, lineage, and the
// checks in src/lib/checks/ (links, personnummer, contact details, code in content, publicity, placeholders).
// Usage: node scripts/check-content.ts [content-dir]   (default: STYRDOK_CONTENT, else content/)
import path from 'node:path';
import { githubAnnotation, inspectContent } from '#lib/checks/check-content.ts';
import { publishInputs } from '#lib/publicity/publish-inputs.ts';
import { styrdokEnvironment } from '#config/environment.ts';
import { commandArguments } from './command-line.ts';

// The command to run again once the errors are fixed: the one the editor ran (npm names it), or the
// build, which starts this check with a channel to it.
const rerun = process.send ? 'npm run build' : `npm run ${process.env.npm_lifecycle_event || 'check:content'}`;

const { positionals } = commandArguments(
  {
    summary:
      'Kontrollerar allt under content/ utan att bygga webbplatsen: fälten, hänvisningarna, id:n, härkomsten, länkarna och personuppgifterna.',
    forms: ['npm run check:content', 'npm run check   (också typer och kodstil)', 'node scripts/check-content.ts [innehållsmapp]'],
  },
  { allowPositionals: true, options: {} },
);
const contentDir = positionals[0] ? path.resolve(positionals[0]) : styrdokEnvironment().contentDir;
const { problems, entries, followOns } = await inspectContent(contentDir);
const errors = problems.filter((problem) => problem.severity === 'fel');

for (const problem of problems) {
  console.error(problem.format());
  if (process.env.GITHUB_ACTIONS === 'true') console.log(githubAnnotation(problem));
}
if (errors.length > 0) {
  const followOnErrors = followOns.filter((problem) => problem.severity === 'fel').length;
  if (followOnErrors > 0) {
    console.error(
      `\n${followOnErrors} följdfel i filer som hänvisar till dokument med fel visas inte: de kontrolleras igen när felen ovan är rättade.`,
    );
  }
  console.error(
    `\nInnehållskontrollen hittade ${errors.length} fel. Rätta ${errors.length === 1 ? 'det' : 'dem'} och kör "${rerun}" igen.`,
  );
  process.exit(1);
}
// Started by the build with a channel to it: the build's last pass gets what it needs from the
// entries read here instead of reading them all again.
if (process.send) {
  const send = process.send.bind(process);
  await new Promise((resolve) => send(publishInputs(entries), resolve));
  process.disconnect();
}
console.log(
  `Innehållet är giltigt (${path.relative(process.cwd(), contentDir) || '.'}).${problems.length === 1 ? ' 1 varning.' : problems.length ? ` ${problems.length} varningar.` : ''}`,
);
