import { describe, expect, it } from 'vitest';
import { findKommentar, noteRemisser, resolveChangeNotes } from '#lib/versions/change-notes.ts';
import { fixtureCorpus } from '../../support/corpus.ts';
import { must } from '../../support/must.ts';

describe('change notes (fixture corpus)', async () => {
  const corpus = await fixtureCorpus();
  const alfa = must(corpus.program('alfa'), 'alfa');
  const version = (id: string) =>
    must(
      alfa.versions.find((v) => v.id === id),
      id,
    );

  it('tells comments that led to a change (on the revised version) from comments on the change itself', () => {
    const [later] = resolveChangeNotes(alfa, version('2025-forslag'), corpus.remisser);
    expect(later?.kommentarer.map(({ kommentar, ledToChange }) => [kommentar.organisationId, kommentar.id, ledToChange])).toEqual([
      ['norr', 'k2', true],
    ]);
    const [draft] = resolveChangeNotes(alfa, version('2024'), corpus.remisser);
    expect(draft?.kommentarer.map(({ kommentar, ledToChange }) => [kommentar.id, ledToChange])).toEqual([['k1', false]]);
  });

  it('finds the sections of a note in this version or the one it revises', () => {
    const [note] = resolveChangeNotes(alfa, version('2024'), corpus.remisser);
    expect(note?.sections.map(({ version: v, section }) => `${v.id}:${section.id}`)).toEqual([
      '2024:personsakerhet',
      '2020:otillaten-paverkan',
    ]);
  });

  it('explains a reference it cannot follow, with the nearest that exist', () => {
    const scope = noteRemisser(version('2025-forslag'), corpus.remisser);
    expect(findKommentar('norr#k9', scope)).toEqual({
      code: 'versions/note-unknown-kommentar',
      // A follow-on, should norr's answer have errors of its own.
      dependsOn: ['remiss/alfa-2024/norr#k9'],
      message: 'remissvaret från "norr" har ingen kommentar "k9".',
      hint: 'Menade du "k1" eller "k2"?',
    });
    expect(findKommentar('nor#k1', scope)).toMatchObject({ code: 'versions/note-unknown-remissvar', hint: 'Menade du "norr"?' });
    expect(findKommentar('alfa-2023/norr#k1', scope)).toMatchObject({
      code: 'versions/note-remiss-out-of-scope',
      message: expect.stringContaining('remissen "alfa-2023" gäller inte'),
    });
    expect(findKommentar('alfa-2024/norr#k1', scope)).toMatchObject({ kommentar: expect.objectContaining({ id: 'k1' }) });
    const [remiss] = scope;
    expect(findKommentar('norr#k1', [must(remiss, 'alfa-2024'), { ...must(remiss, 'alfa-2024'), id: 'alfa-2025' }])).toEqual({
      code: 'versions/note-ambiguous-remissvar',
      message: '"norr" har svarat på flera remisser; det går inte att avgöra vilken som avses.',
      hint: 'Skriv remissen först, t.ex. "alfa-2024/norr#k1".',
    });
    expect(findKommentar('norr#k1', noteRemisser(version('2020'), corpus.remisser))).toMatchObject({
      code: 'versions/note-without-remiss',
      message: expect.stringContaining('har skickats på remiss'),
    });
  });
});
