// Creates a new tillämpningsanvisning with valid frontmatter.
// Usage: npm run new:anvisning -- --titel "Tillämpningsanvisning för …" --program <program> --avsnitt <id>[,<id>…] [--id <id>] [--version <år>]
import { scaffoldAnvisning } from '#lib/authoring/scaffold.ts';
import { commandArguments } from './command-line.ts';
import { loadCorpus, required, today, writeScaffold } from './scaffold-io.ts';

const usage = 'npm run new:anvisning -- --titel "Tillämpningsanvisning för …" --program sakerhetsprogrammet --avsnitt beredskap,krisstod';
const { values } = commandArguments(
  {
    summary: 'Skapar en ny tillämpningsanvisning med giltiga fält, under content/anvisningar/.',
    forms: [usage],
    options: [
      ['--titel "…"', 'anvisningens titel'],
      ['--program <id>', 'programmet som anvisningen kompletterar'],
      ['--avsnitt <id>[,<id>…]', 'avsnitten i programmet som den kompletterar'],
      ['--id <id>', 'mappens namn (annars bildat av titeln)'],
      ['--version <år>', 'versionens filnamn (annars årtalet i dag)'],
    ],
  },
  {
    options: {
      titel: { type: 'string' },
      program: { type: 'string' },
      avsnitt: { type: 'string', multiple: true },
      id: { type: 'string' },
      version: { type: 'string' },
    },
  },
);
const titel = required(values.titel, '--titel', usage);
const program = required(values.program, '--program', usage);
const avsnitt = (values.avsnitt ?? []).flatMap((value) => value.split(/[\s,]+/)).filter(Boolean);
required(avsnitt.join(','), '--avsnitt', usage);

const corpus = await loadCorpus();
await writeScaffold(() => scaffoldAnvisning(corpus, { titel, program, avsnitt, id: values.id, version: values.version, today: today() }));
