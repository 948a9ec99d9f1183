import { describe, expect, it } from 'vitest';
import { readContentEntries } from '#lib/content/read-content.ts';
import { keptBackTitles, titlesPattern } from '#lib/publicity/kept-back-titles.ts';
import { FIXTURE_CONTENT } from '../../support/paths.ts';

describe('keptBackTitles', async () => {
  const { entries } = await readContentEntries(FIXTURE_CONTENT);

  it('are the titles of the documents kept back', () => {
    expect(keptBackTitles(entries)).toEqual([
      { path: expect.stringMatching(/anvisningar\/hemlig\/2023\.md$/), title: 'Hemlig anvisning om skyddsvärden' },
    ]);
  });

  it('leave out a title that a published document has too, and take the name of an organisation kept back', () => {
    const keptBack = {
      ...entries,
      remissvar: entries.remissvar.map((entry) =>
        entry.id === 'delta-2023/norr' ? { ...entry, data: { ...entry.data, publicitet: 'ej-publicerad' as const } } : entry,
      ),
      organisationer: entries.organisationer.map((entry) =>
        entry.id === 'skola' ? { ...entry, data: { ...entry.data, publicitet: 'ej-publicerad' as const } } : entry,
      ),
    };
    const skola = entries.organisationer.find((entry) => entry.id === 'skola')?.data.namn;
    // skola's answer on delta-2023 is published, and titled like norr's.
    expect(keptBackTitles(keptBack).map(({ title }) => title)).toEqual([skola, 'Hemlig anvisning om skyddsvärden']);
  });
});

describe('titlesPattern', () => {
  const pattern = titlesPattern(['Larm', 'Hemlig anvisning om skyddsvärden']) as RegExp;
  const found = (text: string, regexp = pattern) => [...text.matchAll(regexp)].map((match) => match[0]);

  it('finds a title only whole, not inside a longer word', () => {
    expect(found('Larm. Larmlistan, Brandlarm och larm-Larm')).toEqual(['Larm', 'Larm']);
    expect(found('Se Hemlig anvisning om skyddsvärdena.')).toEqual([]);
  });

  it('finds it across any white space, and across a line break as JSON writes it', () => {
    expect(found('Se Hemlig anvisning\n  om skyddsvärden.')).toEqual(['Hemlig anvisning\n  om skyddsvärden']);
    expect(found('"Hemlig anvisning\\nom skyddsvärden"')).toEqual(['Hemlig anvisning\\nom skyddsvärden']);
  });

  it('takes the case as written, or a small first letter too when asked', () => {
    expect(found('enligt hemlig anvisning om skyddsvärden')).toEqual([]);
    const either = titlesPattern(['Hemlig anvisning om skyddsvärden'], { firstLetterEitherCase: true }) as RegExp;
    expect(found('enligt hemlig anvisning om skyddsvärden', either)).toEqual(['hemlig anvisning om skyddsvärden']);
    expect(found('enligt hemlig Anvisning om skyddsvärden', either)).toEqual([]);
    // One word in small letters is most often the common word.
    expect(found('Larm och larm', titlesPattern(['Larm'], { firstLetterEitherCase: true }) as RegExp)).toEqual(['Larm']);
  });

  it('reads the titles literally', () => {
    const literal = titlesPattern(['Larm (intern) [utkast]?']) as RegExp;
    expect(found('Se Larm (intern) [utkast]? nu', literal)).toEqual(['Larm (intern) [utkast]?']);
    expect(found('Se Larm intern utkast nu', literal)).toEqual([]);
    expect(titlesPattern([])).toBeUndefined();
  });
});
