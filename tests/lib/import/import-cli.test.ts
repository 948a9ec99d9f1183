import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/checks/check-content.ts';
import { fixtureCopy } from '../../support/fixture-copy.ts';
import { ROOT } from '../../support/paths.ts';

/** Runs `npm run import:remissvar -- …` as an editor would; resolves with its exit code and output. */
function importRemissvar(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/import-remissvar.ts'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

// Söderby has not answered the fixture remiss on Alfa; its statement arrives as text from a PDF.
const SODERBY = `Testprogrammet Alfa
Svar på remiss från kommunstyrelsen

Förvaltningens förslag till beslut
Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande som svar
på remissen.

Handläggare
Sara Söder
Telefon: 08-508 000 00

Till
Söderby stadsdelsnämnd
2024-02-20

Tjänsteutlåtande
Dnr SÖDERBY 2024/12

2024-02-01

Förvaltningens synpunkter
Förvaltningen välkomnar att personsäkerhet blir ett eget avsnitt och att
kraven på krisstöd utöver kontorstid förtydligas i det nya programmet.
`;

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe('npm run import:remissvar', () => {
  it('writes a draft with a proposed comment that the content check refuses until the editor confirms it', async () => {
    const copy = await fixtureCopy();
    // Beside the copy, not in it (the check would read it as content), and removed with it.
    const input = path.join(copy.dir, '..', `${path.basename(copy.dir)}-soderby.txt`);
    cleanup = async () => {
      await copy.remove();
      await rm(input, { force: true });
    };
    await writeFile(input, SODERBY);
    const result = await importRemissvar([input, '--content', copy.dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('  organisation: soder – från mottagaren "Söderby stadsdelsnämnd"');
    expect(result.stderr).toContain('  dnr: "SÖDERBY 2024/12" – från brevhuvudet: "Dnr SÖDERBY 2024/12"');
    expect(result.stderr).toContain('Hittades inte: avsandare.');
    expect(result.stderr).toMatch(/varning \[avsandare\] \(import\/field-not-found\): fältet "avsandare" hittades inte i texten\./);
    expect(result.stderr).toContain('Nästa steg: jämför utkastet med originalet, bekräfta de föreslagna kommentarerna');
    const draftFile = 'remissvar/alfa-2024/soder.md';
    const draft = await readFile(path.join(copy.dir, draftFile), 'utf8');
    expect(draft).toContain('titel: "Testprogrammet Alfa. Svar på remiss från kommunstyrelsen"');
    expect(draft).toContain('dnr: "SÖDERBY 2024/12"');
    expect(draft).toContain('sammantrade: "2024-02-20"');
    expect(draft).toContain('beslut: "Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande som svar på remissen."');
    expect(draft).toContain(
      '## Förvaltningens synpunkter\n\n:::kommentar{#k1 avsnitt="om krisstod personsakerhet" stallning="tillstyrker" forslag="välkomnar; nya programmet, krisstöd, personsäkerhet"}\nFörvaltningen välkomnar att personsäkerhet blir ett eget avsnitt och att kraven',
    );
    const errors = async () =>
      (await checkContent(copy.dir)).filter((problem) => problem.severity === 'fel').map((problem) => problem.format());
    expect(await errors()).toEqual([
      expect.stringMatching(
        /soder\.md:\d+:1 fel \[kommentar\.forslag\] \(consultation\/unconfirmed-kommentar\): kommentaren "k1" är ett förslag från importen och inte bekräftad: avsnitt "om krisstod personsakerhet" och ställning "tillstyrker" är gissade efter orden "välkomnar; nya programmet, krisstöd, personsäkerhet"\. Läs stycket mot originalet, rätta avsnitt och stallning om de är fel och ta bort forslag="…"\./,
      ),
    ]);

    // The editor confirms: the comment concerns krisstöd and personsäkerhet, not the section about the program.
    await copy.edit(draftFile, (text) =>
      text.replace('avsnitt="om krisstod personsakerhet"', 'avsnitt="krisstod personsakerhet"').replace(/ forslag="[^"]*"\}/, '}'),
    );
    expect(await errors()).toEqual([]);

    const again = await importRemissvar([input, '--content', copy.dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/remissvar\/alfa-2024\/soder\.md fel \(import\/draft-exists\): filen finns redan\. .*--force/);
  });

  it('prints the draft with --stdout and fails with a Swedish message on an unknown organisation', async () => {
    const seed = path.join(ROOT, 'tests/fixtures/import/jarva-2023-665.txt');
    const printed = await importRemissvar([seed, '--stdout']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^---\n# Utkast från jarva-2023-665\.txt/);
    expect(printed.stdout).toContain('dnr: "JÄRVA 2023/665"');

    const help = await importRemissvar(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('npm run import:remissvar -- <fil.pdf|fil.docx|fil.txt>');

    const wrong = await importRemissvar([seed, '--stdout', '--organisation', 'jarv']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(
      'fel [organisation] (import/unknown-organisation): organisationen "jarv" finns inte i content/organisationer/. Menade du "jarva"?',
    );
  });
});
