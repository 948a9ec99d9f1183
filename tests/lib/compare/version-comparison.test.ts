import { describe, expect, it } from 'vitest';
import type { SectionRow } from '#lib/compare/comparison-model.ts';
import { compareAnvisningVersions, compareProgramVersions, versionChain, versionPairs } from '#lib/compare/version-comparison.ts';
import { comparisonOutline } from '../../support/comparison-outline.ts';
import { fixtureCorpus, shippedCorpus } from '../../support/corpus.ts';
import { must } from '../../support/must.ts';
import type { VersionModel } from '#lib/corpus/corpus-model.ts';

const ids = (sections: SectionRow['older']) => sections.map((section) => section.id);

describe('the real 2020→2024 change of the säkerhetsprogram (shipped content)', async () => {
  const corpus = await shippedCorpus();
  const program = must(corpus.program('sakerhetsprogrammet'), 'sakerhetsprogrammet');
  const older = must(
    program.versions.find((version) => version.id === '2020-2023'),
    '2020-2023',
  );
  const newer = must(
    program.versions.find((version) => version.id === '2024-remiss'),
    '2024-remiss',
  );
  const { rows, summary } = compareProgramVersions(corpus, program, older, newer);
  const rowWithNew = (id: string) =>
    must(
      rows.find((row) => row.newer.some((section) => section.id === id && !section.elsewhere)),
      id,
    );
  const rowWithOld = (id: string) =>
    must(
      rows.find((row) => row.older.some((section) => section.id === id)),
      id,
    );

  it('reads krisberedskap and civilt försvar becoming beredskap as a merge', () => {
    const row = rowWithNew('beredskap');
    expect(row.kind).toBe('sammanslagen');
    expect(ids(row.older)).toEqual(['krisberedskap', 'civilt-forsvar']);
  });

  it('reads otillåten påverkan as moved to the trygghetsprogram, compared with its text there', () => {
    const row = rowWithOld('otillaten-paverkan');
    expect(row.kind).toBe('flyttad');
    expect(row.newer).toEqual([expect.objectContaining({ id: 'otillaten-paverkan', elsewhere: 'Stockholms stads trygghetsprogram' })]);
    const definition = row.paragraphs.find((p) => p.type === 'changed');
    expect(definition?.type === 'changed' && definition.new[0]?.block.text).toMatch(/^Otillåten påverkan är när någon försöker/);
  });

  it('shows the paragraphs on threats and violence as moved to personsäkerhet, not deleted and added again', () => {
    const out = rowWithOld('otillaten-paverkan').paragraphs.filter((p) => p.type === 'moved-out');
    expect(out.map((p) => p.type === 'moved-out' && p.to.section.id)).toEqual(['personsakerhet', 'personsakerhet', 'personsakerhet']);
    const into = rowWithNew('personsakerhet').paragraphs.filter((p) => p.type === 'moved-in');
    expect(into).toHaveLength(3);
    const reporting = into.find(
      (p) => p.type === 'moved-in' && p.new.block.text.startsWith('Alla händelser med hot eller våld ska rapporteras'),
    );
    expect(reporting?.type === 'moved-in' && reporting.diff.inline[0]).toContainEqual({ type: 'removed', text: 'otillåten påverkan ' });
  });

  it('reads informationssäkerhet as split, its general part now in the kvalitetsprogram', () => {
    const row = rowWithOld('sakerhetsskydd-och-informationssakerhet');
    expect(row.kind).toBe('delad');
    expect(row.newer.map((section) => [section.id, section.elsewhere])).toEqual([
      ['sakerhetsskydd', undefined],
      ['informationssakerhet', 'Stockholms stads kvalitetsprogram'],
    ]);
    // Both of the old paragraphs on information security pair with text in the kvalitetsprogram.
    const paired = row.paragraphs.filter(
      (p) => p.type === 'changed' && p.old[0]?.block.text.match(/^(Informationssäkerhet handlar|Stadens arbete med informationssäkerhet)/),
    );
    expect(paired).toHaveLength(2);
    for (const p of paired) expect(p.type === 'changed' && p.new[0]?.section.elsewhere).toBe('Stockholms stads kvalitetsprogram');
  });

  it('has personsäkerhet as a new section of its own', () => {
    expect(rowWithNew('personsakerhet').kind).toBe('ny');
    expect(rowWithNew('personsakerhet').older).toEqual([]);
  });

  it('counts the kinds of change in the summary', () => {
    expect(summary.kinds).toMatchObject({ sammanslagen: 1, delad: 1, flyttad: 1, ny: 3, omdopt: 4 });
    expect(summary.paragraphs.moved).toBeGreaterThanOrEqual(3);
    expect(summary.wordsAdded).toBeGreaterThan(summary.wordsRemoved);
  });

  it('keeps unchanged paragraphs of a renamed section paired in place', () => {
    const row = rowWithNew('chefers-ansvar');
    expect(row.kind).toBe('omdopt');
    expect(row.titleDiff).toEqual([
      { type: 'equal', text: 'Chefers ' },
      { type: 'added', text: 'särskilda ' },
      { type: 'equal', text: 'ansvar' },
    ]);
    expect(row.paragraphs.filter((p) => p.type === 'equal')).toHaveLength(1);
  });
});

describe('comparing any two versions (fixture corpus)', async () => {
  const corpus = await fixtureCorpus();
  const alfa = must(corpus.program('alfa'), 'alfa');
  const [v2020, v2024, v2025] = [0, 1, 2].map((index) => must(alfa.versions[index], `version ${index}`)) as [
    VersionModel,
    VersionModel,
    VersionModel,
  ];

  it('composes lineage across a version in between', () => {
    expect(versionChain(alfa, v2020, v2025)?.map((v) => v.id)).toEqual(['2020', '2024', '2025-forslag']);
    const { rows } = compareProgramVersions(corpus, alfa, v2020, v2025);
    const renamed = rows.find((row) => row.newer.some((s) => s.id === 'medarbetarnas-sakerhet'));
    // New in 2024 and renamed in 2025: seen from 2020 it is simply new, and the moved paragraph still finds it.
    expect(renamed?.kind).toBe('ny');
    expect(renamed?.paragraphs.map((p) => p.type)).toEqual(['added', 'moved-in']);
    expect(rows.find((row) => row.older.some((s) => s.id === 'civilt-forsvar'))?.kind).toBe('sammanslagen');
  });

  it('offers every pair of versions, older first', () => {
    expect(versionPairs(alfa.versions).map(([a, b]) => `${a.id}→${b.id}`)).toEqual(['2020→2024', '2020→2025-forslag', '2024→2025-forslag']);
  });

  it('shows a split paragraph as split, and the same comparison every time', () => {
    const first = comparisonOutline(compareProgramVersions(corpus, alfa, v2020, v2024));
    expect(first).toContain(
      '~ delat: Stadsdelsnämnderna ansvarar för krisstödet i sitt område[- och -]{+.+} ¶ {+De +}samordnar det med socialjouren',
    );
    expect(first).toContain('> flyttat till Personsäkerhet: Hot och våld mot medarbetare ska alltid rapporteras');
  });

  it('compares versions of an anvisning by their headings and text', () => {
    const larm = must(corpus.anvisning('larm'), 'larm');
    const [first, second] = [must(larm.versions[0], 'larm 2022'), must(larm.versions[1], 'larm 2025')];
    const outline = comparisonOutline(compareAnvisningVersions(larm, first, second));
    expect(outline).toContain('~ ändrat: Ring krisstödet och följ larmlistan. {+Utöver kontorstid ringer du socialjouren.+}');
    expect(outline).toContain('§ ny: – → Efter larmet');
  });
});
