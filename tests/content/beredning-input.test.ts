import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/checks/check-content.ts';
import type { ContentProblem } from '#lib/content/content-problem.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';
import { fixtureCorpus } from '../support/fixture-corpus.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

/** Checks a fixture copy after one edit and returns every problem as the line an editor reads. */
async function problemsAfter(file: string, change: (text: string) => string, remove: string[] = []): Promise<ContentProblem[]> {
  const copy = await fixtureCopy();
  cleanup = copy.remove;
  for (const other of remove) await rm(`${copy.dir}/${other}`);
  await copy.edit(file, change);
  return checkContent(copy.dir);
}
const lines = (problems: ContentProblem[], severity: 'fel' | 'varning') =>
  problems.filter((problem) => problem.severity === severity).map((problem) => problem.format());

describe('the check of content/beredning/', () => {
  it('finds the fixture valid, warning only that the open remiss has no handling yet', async () => {
    const problems = await problemsAfter('beredning/delta-2023.yaml', (text) => `${text}\n`);
    expect(lines(problems, 'fel')).toEqual([]);
    // The fixture's Alfa 2020 is the version whose validity has passed, the other warning (version-standing.ts).
    expect(lines(problems, 'varning').filter((line) => !line.includes('(versions/in-force-expired)'))).toEqual([
      expect.stringMatching(
        /beredning\/alfa-2024\.yaml:\d+:\d+ varning \[kommentarer\] \(consultation\/handling-pending\): 3 kommentarer på "alfa-2024" saknar hantering \(norr#k1, norr#k2, skola#k1\)/,
      ),
    ]);
  });

  it('names a handling that points at a comment that does not exist, suggesting the unhandled one', async () => {
    const problems = await problemsAfter('beredning/delta-2023.yaml', (text) => text.replace('norr#k3:', 'norr#k4:'));
    expect(lines(problems, 'fel')).toContainEqual(
      expect.stringMatching(
        /beredning\/delta-2023\.yaml:13:3 fel \[kommentarer\.norr#k4\] \(consultation\/unknown-kommentar\): kommentaren "norr#k4" finns inte i remissvaret från "norr"\. Menade du "norr#k3"\?/,
      ),
    );
  });

  it('names a handling for an organisation that has not answered', async () => {
    const problems = await problemsAfter('beredning/delta-2023.yaml', (text) => text.replace('skola#k1:', 'soder#k1:'));
    expect(lines(problems, 'fel')).toContainEqual(
      expect.stringContaining(
        '(consultation/kommentar-without-remissvar): "soder" har inget remissvar på "delta-2023", så kommentaren "soder#k1" finns inte.',
      ),
    );
  });

  it('names a changed section that is not in the decided version, with the line and a suggestion', async () => {
    const problems = await problemsAfter('beredning/delta-2023.yaml', (text) => text.replace('avsnitt: [natt]', 'avsnitt: [nat]'));
    expect(lines(problems, 'fel')).toContainEqual(
      expect.stringMatching(
        /delta-2023\.yaml:16:15 fel \[kommentarer\.norr#k3\.avsnitt\.0\] \(consultation\/unknown-handled-section\): avsnittet "nat" finns inte i delta\/2023\. Menade du "natt"\?/,
      ),
    );
  });

  it('refuses changed sections on a comment that was not taken into account', async () => {
    const problems = await problemsAfter('beredning/delta-2023.yaml', (text) =>
      text.replace('motivering: Att öva varje år kostar mer än det ger för de flesta förvaltningar.', '$&\n    avsnitt: [ovning]'),
    );
    expect(lines(problems, 'fel')).toContainEqual(expect.stringContaining('[kommentarer.norr#k2.avsnitt] (content/invalid-field)'));
    expect(lines(problems, 'fel').join('\n')).toContain('en kommentar som inte beaktades har inte ändrat något avsnitt');
  });

  it('refuses an outcome that is not one of the three, suggesting the nearest', async () => {
    const problems = await problemsAfter('beredning/delta-2023.yaml', (text) =>
      text.replace('hantering: ej-beaktad', 'hantering: ej beaktad'),
    );
    // Only this record is at fault: the others still count, so no comment is reported as unhandled.
    expect(lines(problems, 'fel')).toEqual([
      expect.stringMatching(
        /delta-2023\.yaml:11:5 fel \[kommentarer\.norr#k2\.hantering\] \(content\/invalid-value\).*"ej beaktad".*"ej-beaktad"/,
      ),
    ]);
  });

  it('makes a missing handling an error, with what to add, once the version after the remiss is decided', async () => {
    const problems = await problemsAfter('beredning/delta-2023.yaml', (text) => text.replace(/ {2}skola#k1:\n.*\n.*\n/, ''));
    expect(lines(problems, 'fel')).toEqual([
      expect.stringMatching(
        /delta-2023\.yaml:\d+:\d+ fel \[kommentarer\] \(consultation\/missing-handling\): kommentaren "skola#k1" saknar hantering, och versionen "2023" är beslutad\. Lägg till "skola#k1: \{ hantering: beaktad \| delvis-beaktad \| ej-beaktad/,
      ),
    ]);
  });

  it('makes a missing summary an error once decided, and a summary of an answer that does not exist always', async () => {
    const problems = await problemsAfter('beredning/delta-2023.yaml', (text) => text.replace('  skola: ', '  skol: '));
    const errors = lines(problems, 'fel');
    expect(errors).toContainEqual(
      expect.stringContaining(
        '[sammanfattningar.skol] (consultation/summary-without-remissvar): "skol" har inget remissvar på "delta-2023" att sammanfatta. Menade du "skola"?',
      ),
    );
    expect(errors).toContainEqual(
      expect.stringContaining('(consultation/missing-summary): remissvaret från "skola" saknar sammanfattning i remissammanställningen.'),
    );
  });

  it('only warns about a missing summary while no version is decided', async () => {
    const problems = await problemsAfter('beredning/alfa-2024.yaml', (text) => text.replace(/ {2}skola: .*\n/, ''));
    expect(lines(problems, 'fel')).toEqual([]);
    expect(lines(problems, 'varning')).toContainEqual(
      expect.stringContaining('(consultation/summaries-pending): sammanfattning saknas för 1 remissvar på "alfa-2024" (skola)'),
    );
  });

  const handled = (text: string) =>
    `${text}kommentarer:\n  norr#k1:\n    hantering: beaktad\n    motivering: Avsnittet står kvar som det är.\n    avsnitt: [personsakerhet]\n`;

  it('refuses changed sections that the version after the remiss does not have', async () => {
    const problems = await problemsAfter('beredning/alfa-2024.yaml', handled);
    expect(lines(problems, 'fel')).toContainEqual(
      expect.stringMatching(
        /\[kommentarer\.norr#k1\.avsnitt\.0\] \(consultation\/unknown-handled-section\): avsnittet "personsakerhet" finns inte i alfa\/2025-forslag\..*"medarbetarnas-sakerhet"/,
      ),
    );
  });

  it('refuses changed sections while no version has followed the remiss', async () => {
    const problems = await problemsAfter('beredning/alfa-2024.yaml', handled, ['program/alfa/2025-forslag.md']);
    expect(lines(problems, 'fel')).toContainEqual(
      expect.stringContaining(
        '[kommentarer.norr#k1.avsnitt.0] (consultation/no-follow-up-version): det finns ännu ingen version efter remissen där avsnittet "personsakerhet" kan ha ändrats.',
      ),
    );
  });

  it('names a beredning file whose name is not a remiss', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await copy.write('beredning/alfa-2042.yaml', 'sammanfattningar: {}\n');
    const errors = lines(await checkContent(copy.dir), 'fel');
    expect(errors).toContainEqual(
      expect.stringMatching(
        /beredning\/alfa-2042\.yaml:1:1 fel \(consultation\/beredning-without-remiss\): det finns ingen remiss "alfa-2042" att bereda\. .*Menade du "alfa-2024"/,
      ),
    );
  });
});

describe('publicity of the beredning', () => {
  it('leaves out the summary and handling of an answer that is not published, and the site still builds', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await copy.edit('remissvar/delta-2023/norr.md', (text) => text.replace('exempel: true', 'exempel: true\npublicitet: ej-publicerad'));
    expect(lines(await checkContent(copy.dir), 'fel')).toEqual([]);
    const { corpus, problems } = await fixtureCorpus(copy.dir);
    expect(problems.filter((problem) => problem.severity === 'fel')).toEqual([]);
    const remiss = corpus.remiss('delta-2023');
    expect(Object.keys(remiss?.sammanfattningar ?? {})).toEqual(['skola']);
    expect(
      JSON.stringify(corpus.program('delta')?.versions.map((version) => version.sections.map((section) => section.changedBy))),
    ).not.toContain('norr');
  });
});
