import { describe, expect, it } from 'vitest';
import { programSectionIds, sectionHistory } from '#lib/lineage/section-history.ts';
import { fixtureCorpus } from '../../support/corpus.ts';
import { must } from '../../support/must.ts';

describe('sectionHistory (fixture corpus)', async () => {
  const corpus = await fixtureCorpus();
  const alfa = must(corpus.program('alfa'), 'alfa');
  const history = (program: typeof alfa, id: string) => must(sectionHistory(corpus, program, id), id);

  it('lists every section ID the program has had, in order of first appearance', () => {
    expect(programSectionIds(alfa)).toEqual([
      'om',
      'krisberedskap',
      'krisstod',
      'civilt-forsvar',
      'otillaten-paverkan',
      'beredskap',
      'personsakerhet',
      'medarbetarnas-sakerhet',
    ]);
  });

  it('follows a section through every version, with the change from the one before', () => {
    const krisstod = history(alfa, 'krisstod');
    expect(krisstod.appearances.map((a) => a.version.id)).toEqual(['2020', '2024', '2025-forslag']);
    expect(krisstod.appearances[0]?.previous).toBeUndefined();
    expect(krisstod.appearances[1]?.previous?.row.paragraphs.map((p) => p.type)).toEqual(['changed', 'split']);
    expect(krisstod.appearances[2]?.previous?.version.id).toBe('2024');
    expect(krisstod.anvisningar.map(({ anvisning, version }) => `${anvisning.id}/${version.id}`)).toEqual(['larm/2022', 'larm/2025']);
  });

  it('tells where a section went when it left: merged, renamed, moved to another program', () => {
    const [left] = history(alfa, 'krisberedskap').appearances[0]?.departures ?? [];
    expect(left?.version.id).toBe('2024');
    expect(left?.row.kind).toBe('sammanslagen');
    expect(left?.row.newer.map((s) => s.id)).toEqual(['beredskap']);

    const moved = history(alfa, 'otillaten-paverkan');
    expect(moved.appearances[0]?.departures[0]?.row.newer[0]).toMatchObject({ id: 'otillaten-paverkan', elsewhere: 'Testprogrammet Beta' });
  });

  it('follows a section whose ID changed, from either ID', () => {
    for (const id of ['personsakerhet', 'medarbetarnas-sakerhet']) {
      const thread = history(alfa, id);
      expect(thread.appearances.map((a) => `${a.version.id}:${a.section.id}`)).toEqual([
        '2024:personsakerhet',
        '2025-forslag:medarbetarnas-sakerhet',
      ]);
      expect(thread.appearances[0]?.previous?.row.kind).toBe('ny');
      expect(thread.appearances[1]?.previous?.row.kind).toBe('omdopt');
      expect(thread.appearances.flatMap((a) => a.departures)).toEqual([]);
      expect(thread.latest.title).toBe('Medarbetarnas säkerhet');
    }
  });

  it('shows, in the program a section moved to, where it came from', () => {
    const beta = must(corpus.program('beta'), 'beta');
    expect(
      history(beta, 'otillaten-paverkan').arrivals.map((a) => [a.program.id, a.version.id, a.kind, a.sections.map((s) => s.id)]),
    ).toEqual([['alfa', '2020', 'flyttad', ['otillaten-paverkan']]]);
  });

  it('has no history for a section the program never had', () => {
    expect(sectionHistory(corpus, alfa, 'finns-inte')).toBeUndefined();
  });
});
