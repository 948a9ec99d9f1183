// Creates a new tillämpningsanvisning with valid frontmatter.
// Usage: npm run new:anvisning -- --titel "Tillämpningsanvisning för …" --program <program> --avsnitt <id>[,<id>…] [--id <id>] [--version <år>]
import { parseArgs } from 'node:util';
import { scaffoldAnvisning } from '#lib/authoring/scaffold.ts';
import { loadCorpus, required, today, writeScaffold } from './scaffold-io.ts';

const usage = 'npm run new:anvisning -- --titel "Tillämpningsanvisning för …" --program sakerhetsprogrammet --avsnitt beredskap,krisstod';
const { values } = parseArgs({
  options: {
    titel: { type: 'string' },
    program: { type: 'string' },
    avsnitt: { type: 'string', multiple: true },
    id: { type: 'string' },
    version: { type: 'string' },
  },
});
const titel = required(values.titel, '--titel', usage);
const program = required(values.program, '--program', usage);
const avsnitt = (values.avsnitt ?? []).flatMap((value) => value.split(/[\s,]+/)).filter(Boolean);
required(avsnitt.join(','), '--avsnitt', usage);

const corpus = await loadCorpus();
await writeScaffold(() => scaffoldAnvisning(corpus, { titel, program, avsnitt, id: values.id, version: values.version, today: today() }));
