import { afterEach, describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.ts';
import { tempGitRepo } from '../support/git-repo.ts';

const version = (beredskap: string, extra = '') => `---
titel: Programmet 2024
status: remissversion
beslutadAv: Kommunfullmäktige
---
## Beredskap {#beredskap}
${beredskap}

## Krisstöd {#krisstod}
Krisstöd ges även utöver kontorstid.
${extra}`;

const anvisning = (status: string, text: string) => `---
titel: Anvisning för larm
program: p
avsnitt: [beredskap]
beslutadAv: Stadsdirektören
beslutsdatum: 2022-05-10
status: ${status}
sammanfattning: Så larmar förvaltningen krisstöd.
---
## Larma
${text}
`;

const remissvar = (stallning: string) => `---
titel: Svar
dnr: NORR 2024/1
datum: 2024-01-23
beslut: Nämnden svarar.
---
:::kommentar{#k1 avsnitt="beredskap" stallning="${stallning}"}
Förvaltningen har synpunkter på beredskapen.
:::
`;

describe('npm run changes -- <base> [<head>]', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function repoWithPullRequest() {
    const repo = await tempGitRepo();
    cleanups.push(repo.remove);
    await repo.write({
      'content/program/p/2024.md': version('Staden ska klara kriser och krig.'),
      'content/anvisningar/larm/2022.md': anvisning('gallande', 'Ring krisstödet och följ larmlistan två gånger per år.'),
      'content/remissvar/r/norr.md': remissvar('tillstyrker'),
      'content/anvisningar/gammal/2019.md': anvisning('upphavd', 'Gammal text.'),
      'README.md': 'Förrådet',
    });
    repo.commit('Grund', '2024-01-01T10:00:00+01:00');
    repo.git('checkout', '--quiet', '-b', 'andring');
    await repo.write({
      'content/program/p/2024.md': version(
        'Staden ska klara kriser, höjd beredskap och krig.',
        '\n## Personsäkerhet {#personsakerhet}\nMedarbetare ska skyddas.\n',
      ),
      'content/anvisningar/larm/2022.md': anvisning('ersatt', 'Ring krisstödet och följ larmlistan fyra gånger per år.'),
      'content/anvisningar/larm/2025.md': anvisning('gallande', 'Ny text.'),
      'content/remissvar/r/norr.md': remissvar('avstyrker'),
      'README.md': 'Ändrat utanför innehållet',
    });
    repo.git('rm', '--quiet', 'content/anvisningar/gammal/2019.md');
    repo.commit('Ändring', '2024-02-01T10:00:00+01:00');
    return repo;
  }

  it('summarises which documents, fields, sections and comments changed, word by word', async () => {
    const repo = await repoWithPullRequest();
    const { code, stdout, stderr } = await runScript('changes.ts', ['main', 'andring'], { cwd: repo.dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('## Ändringar i innehållet');
    expect(stdout).toContain('5 dokument: 1 nytt, 3 ändrade, 1 borttaget.');
    expect(stdout).toContain('### Programversion: Programmet 2024');
    expect(stdout).toContain('- Avsnittet **Beredskap**:\n  > Staden ska klara kriser<ins>, höjd beredskap</ins> och krig.');
    expect(stdout).toContain('- Nytt avsnitt **Personsäkerhet**.');
    expect(stdout).not.toContain('Avsnittet **Krisstöd**');
    // Linked on the site STYRDOK_SITE names (the default here), since no --webbplats was given.
    expect(stdout).toContain(
      '`anvisningar/larm/2022.md` · ändrad · sidan [/anvisningar/larm/2022/](https://styrdok.example.se/anvisningar/larm/2022/)',
    );
    expect(stdout).toContain('- Fältet **status**: `gallande` → `ersatt`');
    expect(stdout).toContain('larmlistan <del>två</del> <ins>fyra</ins> gånger per år.');
    expect(stdout).toContain(
      '`anvisningar/larm/2025.md` · ny · sidan [/anvisningar/larm/2025/](https://styrdok.example.se/anvisningar/larm/2025/)\n\n- Nytt dokument med avsnittet **Larma**.',
    );
    expect(stdout).toContain('`anvisningar/gammal/2019.md` · borttagen\n');
    expect(stdout).toContain('- Kommentaren **k1**: tillstyrker om beredskap → avstyrker om beredskap.');
    expect(stdout).not.toContain('README');
  });

  it('compares with HEAD by default and from where the branch left the base, as a pull request does', async () => {
    const repo = await repoWithPullRequest();
    // A later change on main must not show up as a change in the pull request.
    repo.git('checkout', '--quiet', 'main');
    await repo.write({ 'content/anvisningar/annan/2024.md': anvisning('gallande', 'Annan.') });
    repo.commit('Annat på main', '2024-03-01T10:00:00+01:00');
    repo.git('checkout', '--quiet', 'andring');
    const { stdout } = await runScript(
      'changes.ts',
      ['main', '--webbplats', 'https://stockholmsstad.github.io/styrdok/', '--forhandsvisning', 'http://localhost:8080/'],
      { cwd: repo.dir },
    );
    expect(stdout).toContain('5 dokument');
    expect(stdout).toContain(
      '· sidan [/anvisningar/larm/2022/](https://stockholmsstad.github.io/styrdok/anvisningar/larm/2022/) ([förhandsvisning](http://localhost:8080/anvisningar/larm/2022/))',
    );
    expect(stdout).not.toContain('anvisningar/annan');
  });

  it('says so when nothing in the content changed, and explains a missing or unknown ref in Swedish', async () => {
    const repo = await repoWithPullRequest();
    expect((await runScript('changes.ts', ['andring', 'andring'], { cwd: repo.dir })).stdout).toContain(
      'Inga filer i innehållet har ändrats.',
    );
    const missing = await runScript('changes.ts', [], { cwd: repo.dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Fel: ange vilken gren eller commit ändringarna ska jämföras med.');
    const unknown = await runScript('changes.ts', ['finns-inte'], { cwd: repo.dir });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Fel: "finns-inte" och "HEAD" går inte att jämföra.');
  });
});
