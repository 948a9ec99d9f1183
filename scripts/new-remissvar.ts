// Creates a new remissvar with valid frontmatter, ready for the statement to be pasted in.
// Usage: npm run new:remissvar -- --remiss <remiss> --organisation <organisation>
import { scaffoldRemissvar } from '#lib/authoring/scaffold.ts';
import { commandArguments } from './command-line.ts';
import { loadCorpus, required, today, writeScaffold } from './scaffold-io.ts';

const usage = 'npm run new:remissvar -- --remiss sakerhetsprogrammet-2024 --organisation kulturnamnden';
const { values } = commandArguments(
  {
    summary: 'Skapar ett nytt remissvar med giltiga fält, under content/remissvar/<remiss>/.',
    forms: [usage],
    options: [
      ['--remiss <id>', 'remissen som besvaras'],
      ['--organisation <id>', 'organisationen som svarar'],
    ],
  },
  { options: { remiss: { type: 'string' }, organisation: { type: 'string' } } },
);
const remiss = required(values.remiss, '--remiss', usage);
const organisation = required(values.organisation, '--organisation', usage);

const corpus = await loadCorpus();
await writeScaffold(() => scaffoldRemissvar(corpus, { remiss, organisation, today: today() }));
