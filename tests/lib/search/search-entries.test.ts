import { describe, expect, it } from 'vitest';
import { searchAttributes } from '#lib/search/search-entry.ts';
import {
  pageSearchEntry,
  remissvarSearchEntry,
  type SearchLabels,
  sectionGroup,
  sectionSearchEntry,
  versionSearchEntry,
} from '#lib/search/search-entries.ts';
import { fixtureCorpus } from '../../support/corpus.ts';
import { must } from '../../support/must.ts';

const labels: SearchLabels = {
  types: {
    program: 'Program',
    version: 'Programversion',
    section: 'Programavsnitt',
    anvisning: 'Anvisning',
    remiss: 'Remiss',
    remissvar: 'Remissvar',
    organisation: 'Organisation',
  },
  versionStatus: { gallande: 'Gällande', remissversion: 'Remissversion', utkast: 'Utkast', ersatt: 'Ersatt', upphord: 'Har upphört' },
  versionLabel: (status, years) => `${status} ${years}`,
  formatDate: (date) => date,
};

describe('search entries (fixture corpus)', async () => {
  const corpus = await fixtureCorpus();
  const alfa = must(corpus.program('alfa'), 'alfa');
  const version = (id: string) =>
    must(
      alfa.versions.find((v) => v.id === id),
      id,
    );
  const section = (versionId: string, id: string) =>
    must(
      version(versionId).sections.find((s) => s.id === id),
      id,
    );

  it('titles a section by its number, names its status and marks a version not in force as older', () => {
    const delta = must(corpus.program('delta'), 'delta');
    const [draft, decided] = delta.versions.map((v) => v);
    const larm = (v: typeof draft) =>
      must(
        must(v, 'version').sections.find((s) => s.id === 'larm'),
        'larm',
      );
    const inForce = sectionSearchEntry(delta, must(decided, '2023'), larm(decided), labels);
    expect(inForce.meta).toMatchObject({
      kind: 'Programavsnitt',
      status: 'Gällande',
      older: false,
      group: 'delta/larm',
      versionLabel: '2023',
    });
    expect(inForce.meta.title).toBe(`${larm(decided).number} Larm`);
    expect(inForce.meta.keys).toEqual([larm(decided).number]);

    const older = sectionSearchEntry(delta, must(draft, '2023-remiss'), larm(draft), labels);
    expect(older.meta).toMatchObject({ status: 'Remissversion', older: true, group: 'delta/larm', versionLabel: 'remissversion 2023' });
    expect(older.filters).toEqual({ typ: 'Programavsnitt', status: 'Remissversion', program: must(delta, 'delta').data.kortnamn });
  });

  it('marks every version older when none is in force', () => {
    expect(alfa.inForce).toBeUndefined();
    expect(sectionSearchEntry(alfa, version('2020'), section('2020', 'krisstod'), labels).meta.older).toBe(true);
  });

  it('groups an older section with the section in force it became, by the declared lineage', () => {
    const delta = must(corpus.program('delta'), 'delta');
    const [older, inForce] = delta.versions;
    expect(inForce).toBe(delta.inForce);
    for (const s of must(older, 'older').sections) {
      const group = sectionGroup(delta, must(older, 'older'), s.id);
      expect(must(inForce, 'in force').sections.some((t) => t.id === group) || group === s.id).toBe(true);
    }
    // In alfa the version in force is the oldest: a later draft keeps its own IDs.
    expect(sectionGroup(alfa, version('2024'), 'beredskap')).toBe('beredskap');
  });

  it('puts every version of a program in one group, with its registry number as a key', () => {
    const entry = versionSearchEntry(alfa, version('2024'), labels);
    expect(entry.meta.group).toBe('alfa/');
    expect(entry.meta.kind).toBe('Programversion');
  });

  it('titles a remissvar with its organisation and finds it by its registry number with or without prefix', () => {
    const remiss = must(corpus.remiss('alfa-2024'), 'alfa-2024');
    const answer = must(
      remiss.remissvar.find((a) => a.organisationId === 'norr'),
      'norr',
    );
    const entry = remissvarSearchEntry(answer, corpus.organisation('norr'), alfa, labels);
    expect(entry.meta.title).toBe('Norrby stadsdelsnämnd: Svar på remiss om Testprogrammet Alfa');
    expect(entry.meta.keys).toEqual(['norrby 2023/665', '2023/665']);
    expect(entry.filters.organisation).toBe('Norrby stadsdelsnämnd');
  });

  it('marks the glossary as a page of entries, so a hit links to the term', () => {
    expect(searchAttributes(pageSearchEntry('Ordlista', 'Ordlista', { entries: true })).meta).toContainEqual(['entries', '1']);
    expect(searchAttributes(pageSearchEntry('Guide', 'Sida')).meta).not.toContainEqual(['entries', '1']);
  });
});
