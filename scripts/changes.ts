// Writes a Markdown summary of the content that changed between two git refs, for a pull request:
// which documents and sections changed, word by word.
// Usage: npm run changes -- <base-ref> [<head-ref>] [--out fil.md] [--webbplats <url>] [--forhandsvisning <url>]
// Compares the head with the point where it branched from the base, as a pull request does.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { changeSummary, type FileChange } from '#lib/authoring/change-summary.ts';
import { styrdokEnvironment } from '#config/environment.ts';
import { commandArguments, type Usage } from './command-line.ts';

const usage: Usage = {
  summary: 'Sammanfattar i Markdown vilka dokument och avsnitt som ändrats sedan en gren eller commit, som på en pull request.',
  forms: ['npm run changes -- <bas> [<huvud>] [--out sammanfattning.md] [--webbplats <adress>] [--forhandsvisning <adress>]'],
  options: [
    ['<bas>', 'grenen eller commiten att jämföra med, t.ex. origin/main'],
    ['<huvud>', 'det som jämförs (HEAD om inget anges)'],
    ['--out <fil>', 'skriv sammanfattningen till filen i stället för på skärmen'],
    ['--webbplats <adress>', 'länka varje ändrad sida dit (STYRDOK_SITE och STYRDOK_BASE om inget anges)'],
    ['--forhandsvisning <adress>', 'länka också varje ändrad sida i en förhandsvisning av webbplatsen byggd från ändringen'],
  ],
};
const { positionals, values } = commandArguments(usage, {
  allowPositionals: true,
  options: { out: { type: 'string' }, webbplats: { type: 'string' }, forhandsvisning: { type: 'string' } },
});
const [base, head = 'HEAD'] = positionals;
if (!base) {
  console.error(
    'Fel: ange vilken gren eller commit ändringarna ska jämföras med.\nSå här: npm run changes -- origin/main [HEAD] [--out sammanfattning.md]',
  );
  process.exit(1);
}

const run = (cwd: string, args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
const top = run(process.cwd(), ['rev-parse', '--show-toplevel']).trim();
// Paths in git's answers are relative to the top of the repository, so every call runs there.
const git = (...args: string[]) => run(top, args);
const contentDir = path.relative(top, styrdokEnvironment().contentDir);
const prefix = `${contentDir.split(path.sep).join('/')}/`;

let mergeBase: string;
try {
  mergeBase = git('merge-base', base, head).trim();
} catch {
  console.error(`Fel: "${base}" och "${head}" går inte att jämföra. Finns båda, och är historiken hämtad (fetch-depth: 0)?`);
  process.exit(1);
}

const show = (ref: string, file: string) => git('show', `${ref}:${file}`);
const changes: FileChange[] = git('diff', '--name-status', '--no-renames', '-z', mergeBase, head, '--', prefix)
  .split('\0')
  .filter(Boolean)
  // -z gives status and path as separate fields: pair them up.
  .flatMap((item, index, items): [string, string][] => (index % 2 === 0 ? [[item, items[index + 1] ?? '']] : []))
  .filter(([, file]) => /\.(md|mdx|yaml)$/.test(file))
  .map(([status, file]) => ({
    path: file.slice(prefix.length),
    before: status === 'A' ? undefined : show(mergeBase, file),
    after: status === 'D' ? undefined : show(head, file),
  }));

const environment = styrdokEnvironment();
const summary = changeSummary(changes, {
  site: values.webbplats ?? environment.site,
  basePath: values.webbplats ? '/' : environment.basePath,
  ...(values.forhandsvisning ? { preview: values.forhandsvisning } : {}),
});
if (values.out) await writeFile(values.out, summary);
else process.stdout.write(summary);
