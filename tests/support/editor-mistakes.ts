import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { fixtureCopy } from './fixture-copy.ts';

/** A mistake a new editor typically makes, as an edit of the fixture corpus, and the one problem it must give. */
export interface EditorMistake {
  name: string;
  /** The file the editor touched, where the one error must be. */
  file: string;
  code: string;
  make: (copy: Awaited<ReturnType<typeof fixtureCopy>>) => Promise<void>;
}

const edit =
  (file: string, change: (text: string) => string): EditorMistake['make'] =>
  (copy) =>
    copy.edit(file, change);

/**
 * Ten mistakes, each tried by hand first: before the follow-on rule, the first alone gave 13 errors
 * in files the editor never touched. Shared by the check's test and the test that the build agrees.
 */
export const editorMistakes: EditorMistake[] = [
  {
    name: 'a date that does not exist',
    file: 'remissvar/alfa-2024/norr.md',
    code: 'content/invalid-field',
    make: edit('remissvar/alfa-2024/norr.md', (text) => text.replace('datum: 2024-01-23', 'datum: 2024-13-23')),
  },
  {
    name: 'a misspelt "foregaende"',
    file: 'program/alfa/2024.md',
    code: 'content/unknown-field',
    make: edit('program/alfa/2024.md', (text) => text.replace('foregaende: "2020"', 'foregande: "2020"')),
  },
  {
    name: 'a tab in the frontmatter',
    file: 'remissvar/alfa-2024/norr.md',
    code: 'content/unreadable-yaml',
    make: edit('remissvar/alfa-2024/norr.md', (text) => text.replace('datum: 2024-01-23', '\tdatum: 2024-01-23')),
  },
  {
    name: 'a stance that is not one of the three',
    file: 'remissvar/alfa-2024/norr.md',
    code: 'content/invalid-value',
    make: edit('remissvar/alfa-2024/norr.md', (text) => text.replace('stallning="tillstyrker"', 'stallning="stödjer"')),
  },
  {
    name: 'a heading ID with a slash',
    file: 'program/beta/2024.md',
    code: 'routes/invalid-section-id',
    make: edit('program/beta/2024.md', (text) => `${text.trimEnd()}\n\n## Övning {#ovning/skola}\n\nText.\n`),
  },
  {
    name: 'a folder named in plain words',
    file: 'anvisningar/Övning i skolan/2024.md',
    code: 'routes/invalid-id',
    make: async (copy) => {
      const text = await readFile(path.join(copy.dir, 'anvisningar/larm/2025.md'), 'utf8');
      await mkdir(path.join(copy.dir, 'anvisningar/Övning i skolan'), { recursive: true });
      await copy.write('anvisningar/Övning i skolan/2024.md', text.replace(/^status: .*$/m, 'status: utkast'));
    },
  },
  {
    name: 'a link to a page that does not exist',
    file: 'anvisningar/larm/2022.md',
    code: 'checks/broken-link',
    make: edit('anvisningar/larm/2022.md', (text) =>
      text.replace('Ring krisstödet', 'Se [anvisningen](/anvisningar/larn/). Ring krisstödet'),
    ),
  },
  {
    name: 'a remissinstans that does not exist',
    file: 'remisser/alfa-2024.md',
    code: 'corpus/unknown-organisation',
    make: edit('remisser/alfa-2024.md', (text) => text.replace(/remissinstanser: \[norr,/, 'remissinstanser: [nor,')),
  },
  {
    name: 'a personnummer in a statement',
    file: 'remissvar/alfa-2024/skola.md',
    code: 'checks/identity-number',
    make: edit('remissvar/alfa-2024/skola.md', (text) => `${text.trimEnd()}\n\nHandläggare 19811218 9876.\n`),
  },
  {
    name: 'a comment on a section that does not exist',
    file: 'remissvar/alfa-2024/norr.md',
    code: 'corpus/unknown-kommentar-section',
    make: edit('remissvar/alfa-2024/norr.md', (text) => text.replace('avsnitt="personsakerhet"', 'avsnitt="personsakerhe"')),
  },
];

/** The lines of a check's report (or a build's) that are errors: `fil[:rad:kol] fel [fält] (kod): …`. */
export const errorLines = (output: string) =>
  output.split('\n').filter((line) => / fel (\[[^\]]*\] )?\([a-z-]+\/[a-z0-9-]+\): /.test(line));
