import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/checks/check-content.ts';
import { buildSite } from '../support/build-site.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';
import { testPersonnummer } from '../support/identity-numbers.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE } from '../support/paths.ts';

/** Every file in a folder with its text, for looking for what must not be there. */
async function allText(dir: string): Promise<{ file: string; text: string }[]> {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    files
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return { file, text: await readFile(file, 'latin1') };
      }),
  );
}

describe('content that must never be published stops the check and the build', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** A copy of the last good site in a fresh folder, to see that a failed build leaves it untouched. */
  async function lastGoodSite() {
    const outer = await mkdtemp(path.join(tmpdir(), 'styrdok-dist-'));
    cleanups.push(() => rm(outer, { recursive: true, force: true }));
    const dist = path.join(outer, 'dist');
    await cp(FIXTURE_SITE, dist, { recursive: true });
    return { outer, dist };
  }

  it('a personnummer in any content file fails the check, in that file', async () => {
    const number = testPersonnummer('19761224', '318');
    const files = (await readdir(FIXTURE_CONTENT, { recursive: true })).filter((file) => /\.(md|yaml)$/.test(file)).sort();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const copy = await fixtureCopy();
      try {
        // As a YAML comment or a last line of Markdown: wherever it stands, the check must see it.
        await copy.edit(file, (text) => `${text}${file.endsWith('.yaml') ? `# ${number}` : `\nUppgift ${number}`}\n`);
        const problems = (await checkContent(copy.dir)).filter((problem) => problem.severity === 'fel');
        expect(
          problems.some((problem) => problem.location.file.endsWith(file) && problem.message.includes('7612**-****')),
          `${file}: ${problems.map((problem) => problem.format()).join('\n')}`,
        ).toBe(true);
      } finally {
        await copy.remove();
      }
    }
  });

  it('a personnummer fails the build, and it reaches neither dist/ nor the search index', async () => {
    const number = testPersonnummer('19761224', '318');
    const copy = await fixtureCopy();
    cleanups.push(copy.remove);
    await copy.edit('remissvar/alfa-2024/norr.md', (text) =>
      text.replace('ställer sig bakom programmet.', `ställer sig bakom programmet. ${number}`),
    );
    const { outer, dist } = await lastGoodSite();

    const { code, output } = await buildSite(copy.dir, dist);

    expect(code).toBe(1);
    expect(output).toContain('remissvar/alfa-2024/norr.md:19:');
    expect(output).toContain('ett personnummer (7612**-****) får aldrig publiceras');
    expect(output).not.toContain(number);
    // No half-written site, and no rendered page kept in the build cache beside it.
    expect((await readdir(outer)).filter((name) => !name.endsWith('.cache'))).toEqual(['dist']);
    expect(existsSync(path.join(`${dist}.cache`, 'dist'))).toBe(false);
    const digits = number.replace('-', '');
    for (const { file, text } of await allText(dist)) {
      expect(text.includes(number) || text.includes(digits), file).toBe(false);
    }
  });

  it('an import line or an expression fails the check and the build', async () => {
    const copy = await fixtureCopy();
    cleanups.push(copy.remove);
    await copy.edit('anvisningar/larm/2022.md', (text) =>
      text.replace('Ring krisstödet och följ larmlistan.', "import fs from 'node:fs';\n\nRing {fs.rmSync('/')} krisstödet."),
    );
    const lines = (await checkContent(copy.dir)).map((problem) => problem.format());
    expect(lines).toContainEqual(
      expect.stringMatching(/anvisningar\/larm\/2022\.md:11:1 fel \(checks\/code-line\): en rad som börjar med "import" är kod/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /anvisningar\/larm\/2022\.md:13:6 fel \(checks\/code-expression\): "\{fs\.rmSync\('\/'\)\}" ser ut som ett koduttryck/,
      ),
    );

    const { dist } = await lastGoodSite();
    const before = await readFile(path.join(dist, 'anvisningar/larm/index.html'), 'utf8');
    const { code, output } = await buildSite(copy.dir, dist);
    expect(code).toBe(1);
    expect(output).toContain('anvisningar/larm/2022.md:11:1 fel (checks/code-line): en rad som börjar med "import" är kod');
    expect(output).toContain('Webbplatsen byggdes inte');
    expect(await readFile(path.join(dist, 'anvisningar/larm/index.html'), 'utf8')).toBe(before);
  });

  it('a javascript: link, in any link form, fails the check and the build at its place, and reaches no page', async () => {
    const copy = await fixtureCopy();
    cleanups.push(copy.remove);
    await copy.edit('anvisningar/larm/2022.md', (text) =>
      text.replace(
        'Ring krisstödet och följ larmlistan.',
        'Ring [krisstödet](JaVaScRiPt:alert(1)) och följ <javascript:alert(2)> och [listan][l].\n\n[l]: javascript:alert(3)',
      ),
    );
    const expected = [
      /anvisningar\/larm\/2022\.md:11:6 fel \(checks\/unsafe-link-scheme\): länken har adressen "JaVaScRiPt:alert\(1\)"/,
      /anvisningar\/larm\/2022\.md:11:49 fel \(checks\/unsafe-link-scheme\): länken har adressen "javascript:alert\(2\)"/,
      /anvisningar\/larm\/2022\.md:13:1 fel \(checks\/unsafe-link-scheme\): länkdefinitionen har adressen "javascript:alert\(3\)"/,
    ];
    const lines = (await checkContent(copy.dir)).map((problem) => problem.format());
    for (const line of expected) expect(lines).toContainEqual(expect.stringMatching(line));

    const { dist } = await lastGoodSite();
    const before = await readFile(path.join(dist, 'anvisningar/larm/index.html'), 'utf8');
    const { code, output } = await buildSite(copy.dir, dist);
    expect(code, output).toBe(1);
    for (const line of expected) expect(output).toMatch(line);
    expect(output).toContain('Webbplatsen byggdes inte');
    expect(await readFile(path.join(dist, 'anvisningar/larm/index.html'), 'utf8')).toBe(before);
    for (const { file, text } of await allText(dist)) expect(/alert\([123]\)/.test(text), file).toBe(false);
  });

  it('the title of a document kept back in public text fails the check and the build, naming both files', async () => {
    const title = 'Hemlig anvisning om skyddsvärden';
    const copy = await fixtureCopy();
    cleanups.push(copy.remove);
    // No link to it: the words alone give it away, on the remiss's page and wherever the summary goes.
    await copy.edit('remisser/alfa-2024.md', (text) => text.replace('på remiss.', `på remiss, tillsammans med ${title}.`));
    await copy.edit('anvisningar/larm/2022.md', (text) =>
      text.replace(
        'sammanfattning: Så larmar förvaltningen krisstöd.',
        `sammanfattning: Så larmar förvaltningen krisstöd enligt ${title}.`,
      ),
    );
    const expected = [
      /remisser\/alfa-2024\.md:12:\d+ fel \(publicity\/kept-back-title\): den offentliga texten nämner "Hemlig anvisning om skyddsvärden", titeln på \S*anvisningar\/hemlig\/2023\.md, som inte publiceras\./,
      /anvisningar\/larm\/2022\.md:8:1 fel \[sammanfattning\] \(publicity\/kept-back-title\): den offentliga texten nämner "Hemlig anvisning om skyddsvärden", titeln på \S*anvisningar\/hemlig\/2023\.md/,
    ];
    const lines = (await checkContent(copy.dir)).map((problem) => problem.format());
    for (const line of expected) expect(lines).toContainEqual(expect.stringMatching(line));

    const { dist } = await lastGoodSite();
    const { code, output } = await buildSite(copy.dir, dist);
    expect(code, output).toBe(1);
    for (const line of expected) expect(output).toMatch(line);
    const written = Buffer.from(title).toString('latin1');
    for (const { file, text } of await allText(dist)) expect(text.includes(written), file).toBe(false);
  });

  it('an answer kept back builds although others on its remiss share its title, and its own words are nowhere', async () => {
    const copy = await fixtureCopy();
    cleanups.push(copy.remove);
    await copy.edit('remissvar/delta-2023/norr.md', (text) => text.replace('exempel: true', 'exempel: true\npublicitet: ej-publicerad'));
    const { dist } = await lastGoodSite();
    const built = await buildSite(copy.dir, dist);
    // The title was a marker of the answer kept back, and skola's published answer has it too: every build failed.
    expect(built.code, built.output).toBe(0);
    expect(await readFile(path.join(dist, 'remisser/delta-2023/skola/index.html'), 'utf8')).toContain(
      'Svar på remiss om Testprogrammet Delta',
    );
    expect(existsSync(path.join(dist, 'remisser/delta-2023/norr/index.html'))).toBe(false);
    const kept = Buffer.from('Förvaltningen avstyrker att bara räddningstjänsten larmas').toString('latin1');
    for (const { file, text } of await allText(dist)) expect(text.includes(kept), file).toBe(false);
  });
});
