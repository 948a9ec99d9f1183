import { describe, expect, it } from 'vitest';
import { ContentProblem } from '#lib/content/content-problem.ts';
import type { ImportContext } from '#lib/import/import-context.ts';
import { resolveOrganisation } from '#lib/import/resolve-organisation.ts';
import { resolveRemiss } from '#lib/import/resolve-remiss.ts';

const remiss = (id: string, programNamn: string, dnr: string) => ({
  id,
  titel: `Remiss av ${programNamn}`,
  remissinstanser: ['jarva'],
  programNamn,
  dnr,
});
const CONTEXT: ImportContext = {
  organisations: [
    { id: 'jarva', namn: 'Järva stadsdelsnämnd', forvaltning: 'Järva stadsdelsförvaltning' },
    { id: 'kommunstyrelsen', namn: 'Kommunstyrelsen', forvaltning: 'Stadsledningskontoret' },
    { id: 'stockholmshem', namn: 'AB Stockholmshem' },
  ],
  remisser: [
    remiss('sakerhet-2024', 'Stockholms stads säkerhetsprogram', 'KS 2023/1254'),
    remiss('trygghet-2024', 'Stockholms stads trygghetsprogram', 'KS 2023/999'),
  ],
};

describe('which remiss a statement answers', () => {
  it('goes by the letterhead’s reference, then the title, then the Dnr in the text, then the program named in the text', () => {
    const resolve = (clues: Parameters<typeof resolveRemiss>[0]) => resolveRemiss(clues, 'jarva', 'svar.txt', CONTEXT, undefined);
    expect(resolve({ body: '', reference: 'KS 2023/999', titel: 'Stockholms stads säkerhetsprogram' })).toEqual({
      id: 'trygghet-2024',
      source: 'brevhuvudet hänvisar till remissens Dnr KS 2023/999',
    });
    expect(resolve({ body: 'Om trygghetsprogrammet.', titel: 'Svar på remiss av Stockholms stads säkerhetsprogram' })).toMatchObject({
      id: 'sakerhet-2024',
    });
    expect(resolve({ body: 'Kommunstyrelsen har remitterat förslaget (KS 2023/1254).', titel: 'Svar på remiss' })).toEqual({
      id: 'sakerhet-2024',
      source: 'texten nämner remissens Dnr KS 2023/1254',
    });
    expect(resolve({ body: 'Förslaget till Stockholms stads trygghetsprogram är bra.', titel: 'Svar på remiss' })).toEqual({
      id: 'trygghet-2024',
      source: 'texten nämner "stockholms stads trygghetsprogram"',
    });
  });

  it('asks the editor when a clue fits several remisser or none does', () => {
    const both = () =>
      resolveRemiss(
        { body: 'Stockholms stads säkerhetsprogram och Stockholms stads trygghetsprogram.' },
        'jarva',
        'svar.txt',
        CONTEXT,
        undefined,
      );
    expect(both).toThrow(expect.objectContaining({ code: 'import/ambiguous-remiss' }));
    expect(() => resolveRemiss({ body: 'Inget program.' }, 'jarva', 'svar.txt', CONTEXT, undefined)).toThrow(ContentProblem);
  });
});

describe('which organisation answers', () => {
  it('is the recipient, or the sender when the statement is addressed to the body that sent the remiss', () => {
    expect(resolveOrganisation('Järva stadsdelsnämnd', undefined, 'svar.txt', CONTEXT, undefined)).toEqual({
      id: 'jarva',
      source: 'mottagaren "Järva stadsdelsnämnd"',
    });
    expect(resolveOrganisation('Kommunstyrelsen', 'Järva stadsdelsförvaltning, Kansliet', 'svar.txt', CONTEXT, undefined)).toEqual({
      id: 'jarva',
      source: 'avsändaren "Järva stadsdelsförvaltning"',
    });
    expect(resolveOrganisation('styrelsen för AB Stockholmshem', undefined, 'svar.txt', CONTEXT, undefined)).toMatchObject({
      id: 'stockholmshem',
    });
    expect(resolveOrganisation(undefined, undefined, 'svar.txt', CONTEXT, 'jarva')).toEqual({
      id: 'jarva',
      source: 'kommandoraden (--organisation)',
    });
  });
});
