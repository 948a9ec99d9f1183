// Creates a new remissvar with valid frontmatter, ready for the statement to be pasted in.
// Usage: npm run new:remissvar -- --remiss <remiss> --organisation <organisation>
import { parseArgs } from 'node:util';
import { scaffoldRemissvar } from '#lib/authoring/scaffold.ts';
import { loadCorpus, required, today, writeScaffold } from './scaffold-io.ts';

const usage = 'npm run new:remissvar -- --remiss sakerhetsprogrammet-2024 --organisation kulturnamnden';
const { values } = parseArgs({ options: { remiss: { type: 'string' }, organisation: { type: 'string' } } });
const remiss = required(values.remiss, '--remiss', usage);
const organisation = required(values.organisation, '--organisation', usage);

const corpus = await loadCorpus();
await writeScaffold(() => scaffoldRemissvar(corpus, { remiss, organisation, today: today() }));
