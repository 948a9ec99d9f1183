import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/checks/check-content.ts';
import { anvisningIdFromTitle } from '#lib/authoring/scaffold.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';
import { runScript } from '../support/run-script.ts';

describe('npm run new:anvisning and new:remissvar', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  async function content() {
    const copy = await fixtureCopy();
    cleanups.push(copy.remove);
    return { ...copy, env: { STYRDOK_CONTENT: copy.dir } };
  }
  const errorsIn = async (dir: string) => (await checkContent(dir)).filter((problem) => problem.severity === 'fel').map((p) => p.format());

  it('creates an anvisning whose frontmatter is valid; only its placeholders stop the check until they are filled in', async () => {
    const copy = await content();
    const result = await runScript(
      'new-anvisning.ts',
      ['--titel', 'Tillämpningsanvisning för utrymning', '--program', 'alfa', '--avsnitt', 'krisstod,beredskap', '--version', '2025'],
      { env: copy.env },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const file = path.join(copy.dir, 'anvisningar/utrymning/2025.md');
    expect(result.stdout).toContain('Skapade ');
    expect(result.stdout).toContain('anvisningar/utrymning/2025.md');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('titel: "Tillämpningsanvisning för utrymning"');
    expect(text).toContain('avsnitt:\n  - krisstod\n  - beredskap');

    const errors = await errorsIn(copy.dir);
    expect(errors).toHaveLength(2);
    expect(errors.every((line) => line.includes('"FYLL I" står kvar'))).toBe(true);
    expect(errors[0]).toMatch(/anvisningar\/utrymning\/2025\.md:10:1 fel \[sammanfattning\]/);

    await writeFile(file, text.replaceAll('FYLL I: ', ''));
    expect(await errorsIn(copy.dir)).toEqual([]);
  });

  it('refuses an anvisning whose ID exists, a program or a section that does not, in Swedish with a suggestion', async () => {
    const copy = await content();
    const exists = await runScript('new-anvisning.ts', ['--titel', 'Larm', '--program', 'alfa', '--avsnitt', 'krisstod'], {
      env: copy.env,
    });
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain('Fel: anvisningen "larm" finns redan ("Anvisning för larm och krisstöd").');
    expect(exists.stderr).toContain('kopiera content/anvisningar/larm/2022.md');

    const program = await runScript('new-anvisning.ts', ['--titel', 'Ny anvisning', '--program', 'alpha', '--avsnitt', 'krisstod'], {
      env: copy.env,
    });
    expect(program.stderr).toContain('Fel: programmet "alpha" finns inte. Menade du "alfa"?');

    const section = await runScript('new-anvisning.ts', ['--titel', 'Ny anvisning', '--program', 'alfa', '--avsnitt', 'krisstd'], {
      env: copy.env,
    });
    expect(section.stderr).toContain('Fel: avsnittet "krisstd" finns inte i alfa. Menade du "krisstod"?');

    const missing = await runScript('new-anvisning.ts', ['--program', 'alfa'], { env: copy.env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Fel: --titel saknas.');
    expect(existsSync(path.join(copy.dir, 'anvisningar/ny-anvisning'))).toBe(false);
  });

  it('creates a remissvar ready for the statement, and says when the organisation was not consulted', async () => {
    const copy = await content();
    await copy.write(
      'organisationer/ostra.yaml',
      'namn: Östra stadsdelsnämnden\ntyp: stadsdelsnamnd\nforvaltning: Östra stadsdelsförvaltningen\n',
    );
    const result = await runScript('new-remissvar.ts', ['--remiss', 'alfa-2024', '--organisation', 'ostra'], { env: copy.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Östra stadsdelsnämnden står inte bland remissinstanserna: lägg till "ostra" i remissinstanser');
    const file = path.join(copy.dir, 'remissvar/alfa-2024/ostra.md');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('titel: "Svar på remiss: Remiss av Testprogrammet Alfa"');
    expect(text).toContain('avsandare: "Östra stadsdelsförvaltningen"');
    expect(text).toMatch(/datum: "\d{4}-\d{2}-\d{2}"/);

    await writeFile(file, text.replaceAll('"FYLL I"', '"ÖSTRA 2024/12"').replaceAll('FYLL I: ', '').replace('avsnittets-id', 'beredskap'));
    expect(await errorsIn(copy.dir)).toEqual([]);
  });

  it('refuses a remissvar that exists, or a remiss or organisation that does not', async () => {
    const copy = await content();
    const exists = await runScript('new-remissvar.ts', ['--remiss', 'alfa-2024', '--organisation', 'norr'], { env: copy.env });
    expect(exists.code).toBe(1);
    expect(exists.stderr).toMatch(/Fel: Norrby stadsdelsnämnd har redan ett remissvar på remissen \(.*remissvar\/alfa-2024\/norr\.md\)/);
    const remiss = await runScript('new-remissvar.ts', ['--remiss', 'alfa-2023', '--organisation', 'soder'], { env: copy.env });
    expect(remiss.stderr).toContain('Fel: remissen "alfa-2023" finns inte. Menade du "alfa-2024"');
    const organisation = await runScript('new-remissvar.ts', ['--remiss', 'alfa-2024', '--organisation', 'sodr'], { env: copy.env });
    expect(organisation.stderr).toContain('Fel: organisationen "sodr" finns inte. Menade du "soder"');
    expect(organisation.stderr).toContain('Är den ny, lägg först till den i content/organisationer/.');
    expect(existsSync(path.join(copy.dir, 'remissvar/alfa-2024/sodr.md'))).toBe(false);
  });

  it('makes an anvisning ID from its title without the kind of document', () => {
    expect(anvisningIdFromTitle('Tillämpningsanvisning för hot och våld')).toBe('hot-och-vald');
    expect(anvisningIdFromTitle('Säkerhetsskyddsanalys')).toBe('sakerhetsskyddsanalys');
  });
});
