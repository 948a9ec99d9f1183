import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/checks/check-content.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';

// Names become addresses: a folder, file or section ID of the wrong form is reported once, with the
// ID to use, and nothing that depends on it is reported as broken too.
describe('npm run check holds names to the form of an ID', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  /** Writes a file of the copy, its folders too, from another file of it or from text. */
  const put = async (dir: string, relative: string, from: { copyOf: string } | { text: string }) => {
    const text = 'copyOf' in from ? await readFile(path.join(dir, from.copyOf), 'utf8') : from.text;
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await writeFile(path.join(dir, relative), text);
  };

  const errorsOf = async (dir: string) =>
    (await checkContent(dir)).filter((problem) => problem.severity === 'fel').map((problem) => problem.format());

  it('reports a folder with capitals and spaces once, with the name to use', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await put(copy.dir, 'anvisningar/Övning i skolan/2024.md', { copyOf: 'anvisningar/larm/2022.md' });
    const errors = await errorsOf(copy.dir);
    expect(errors).toEqual([
      expect.stringMatching(
        /anvisningar\/Övning i skolan\/2024\.md:1:1 fel \(routes\/invalid-id\): mappen "Övning i skolan" kan inte vara ett id: .* Byt namn på mappen till "ovning-i-skolan"\./,
      ),
    ]);
  });

  it('reports a file name of the wrong form', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await put(copy.dir, 'anvisningar/larm/Utkast 2026.md', { copyOf: 'anvisningar/larm/2022.md' });
    const errors = await errorsOf(copy.dir);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /larm\/Utkast 2026\.md:1:1 fel \(routes\/invalid-id\): filen "Utkast 2026" .* Byt namn på filen till "utkast-2026"\./,
      ),
    );
  });

  it('reports a section ID with a slash or capitals at its heading, once, instead of a crash in the build', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await copy.edit('program/beta/2024.md', (text) => `${text.trimEnd()}\n\n## Övning i skolan {#Övning/Skola}\n\nText.\n`);
    const errors = await errorsOf(copy.dir);
    expect(errors).toEqual([
      expect.stringMatching(
        /program\/beta\/2024\.md:\d+:1 fel \(routes\/invalid-section-id\): avsnitts-id "Övning\/Skola" har fel form: .* Skriv \{#ovning-skola\}/,
      ),
    ]);
  });

  it('reports a hidden file, which no other check would read', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await put(copy.dir, 'remissvar/alfa-2024/.utkast.md', { text: '---\ntitel: Utkast\n---\nRing 19121212-1212.\n' });
    const errors = await errorsOf(copy.dir);
    expect(errors).toEqual([expect.stringMatching(/remissvar\/alfa-2024\/\.utkast\.md fel \(checks\/hidden-file\): filen är dold/)]);
  });
});
