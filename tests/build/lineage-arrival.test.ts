import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hrefs, parsePage, select, selectAll, textOf } from '../support/html.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

// Beta 2024 declares that its section came from Alfa ("fran: alfa:otillaten-paverkan"); Alfa 2024
// declares the same move from its side. Beta's own pages say where the section came from, with
// the changes against the text it had there, instead of "new section" with all its text added.
const from = 'Kom från 4 Otillåten påverkan i Testprogrammet Alfa 2020–2023';

describe('a section that came from another program, on the receiving program’s pages', () => {
  it('says so on the section page, with the diff against the text it came from', async () => {
    const page = await parsePage('program/beta/2024/otillaten-paverkan');
    const arrival = select('.arrival', page);
    expect(textOf(select('h2', arrival))).toBe(from);
    expect(hrefs(arrival)).toContain('/program/alfa/2020/otillaten-paverkan/');
    expect(
      selectAll('del', arrival)
        .map((node) => textOf(node))
        .join(' '),
    ).toContain('förebyggas');
    expect(
      selectAll('ins', arrival)
        .map((node) => textOf(node))
        .join(' '),
    ).toContain('motverkas');
    expect(textOf(page)).not.toContain('Nytt avsnitt');
  });

  it('says so on the version page', async () => {
    const page = await parsePage('program/beta/2024');
    const section = select('section[aria-labelledby="fran-andra-program-rubrik"]', page);
    expect(textOf(select('h2', section))).toBe('Avsnitt som kom från andra program');
    expect(textOf(select('.arrival h3', section))).toBe(from);
    expect(selectAll('.arrival del', section)).not.toEqual([]);
  });

  it('says so in the API, for the version and the section', async () => {
    const read = async (file: string) => JSON.parse(await readFile(path.join(FIXTURE_SITE, 'api/program', file), 'utf8'));
    const version = await read('beta/2024.json');
    expect(version.harkomstAvsnitt).toEqual([
      expect.objectContaining({
        typ: 'flyttad',
        fran: [
          expect.objectContaining({
            id: 'alfa/2020/otillaten-paverkan',
            webbsida: expect.stringContaining('/program/alfa/2020/otillaten-paverkan/'),
          }),
        ],
        till: [
          expect.objectContaining({
            id: 'beta/2024/otillaten-paverkan',
            webbsida: expect.stringContaining('/program/beta/2024/otillaten-paverkan/'),
          }),
        ],
      }),
    ]);
    const section = await read('beta/2024/otillaten-paverkan.json');
    expect(section.komFran).toEqual(
      expect.objectContaining({ webbsida: expect.stringContaining('/program/alfa/2020/otillaten-paverkan/') }),
    );
  });

  it('shows the move on the history page once, though both programs declare it', async () => {
    const page = await parsePage('program/beta/avsnitt/otillaten-paverkan/historik');
    expect(selectAll('.history-arrival', page)).toHaveLength(1);
  });
});
