import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '#lib/corpus/build-corpus.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { publishedEntries } from '#lib/publicity/publicity.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { FIXTURE_CONTENT } from '../../support/paths.ts';

let corpus: Corpus;
beforeAll(async () => {
  const { entries, problems } = await readContentEntries(FIXTURE_CONTENT);
  expect(problems).toEqual([]);
  const built = buildCorpus(publishedEntries(entries), { stanceLabel: (s) => s });
  // An open remiss whose comments have no handling yet is valid content; it only warns.
  expect(built.problems.filter((problem) => problem.severity === 'fel')).toEqual([]);
  corpus = built.corpus;
});

describe('buildCorpus links the documents to each other', () => {
  it('orders versions along their lineage and finds the one in force', () => {
    const alfa = corpus.program('alfa');
    expect(alfa?.versions.map((v) => v.id)).toEqual(['2020', '2024', '2025-forslag']);
    // 2020 is marked in force, but its validity ended on 2023-12-31, before the tests' build date.
    expect(alfa?.inForce).toBeUndefined();
    expect(alfa?.versions.map((v) => v.standing)).toEqual(['upphord', 'remissversion', 'utkast']);
    expect(corpus.program('beta')?.inForce?.id).toBe('2024');
  });

  it('puts every comment on each section it concerns', () => {
    const v2024 = corpus.program('alfa')?.versions.find((v) => v.id === '2024');
    const on = (id: string) =>
      v2024?.sections.find((s) => s.id === id)?.kommentarer.map((k) => `${k.organisationId}/${k.id}/${k.stallning}`);
    expect(on('personsakerhet')).toEqual(['norr/k1/tillstyrker']);
    expect(on('beredskap')).toEqual(['norr/k2/synpunkt', 'skola/k1/avstyrker']);
    expect(on('krisstod')).toEqual(['norr/k2/synpunkt']);
    expect(on('om')).toEqual([]);
  });

  it('knows who answered a remiss and who did not', () => {
    const remiss = corpus.remiss('alfa-2024');
    expect(remiss?.remissvar.map((answer) => answer.organisationId)).toEqual(['norr', 'skola']);
    expect(remiss?.unansweredIds).toEqual(['soder']);
    expect(corpus.program('alfa')?.versions.find((v) => v.id === '2024')?.remissIds).toEqual(['alfa-2024']);
  });

  it('links an anvisning to the sections it completes in every version that has them', () => {
    const sectionsWithLarm = corpus.programs.flatMap((p) =>
      p.versions.flatMap((v) => v.sections.filter((s) => s.anvisningIds.includes('larm')).map((s) => `${v.id}/${s.id}`)),
    );
    expect(sectionsWithLarm).toEqual(['2020/krisstod', '2024/krisstod', '2025-forslag/krisstod']);
  });

  it('leaves unpublished documents out entirely', () => {
    expect(corpus.anvisning('hemlig')).toBeUndefined();
    expect(corpus.anvisningar.map((a) => a.id)).toEqual(['larm', 'paverkan']);
  });

  it('records lineage, including the section moved to another program', () => {
    const lineage = corpus.program('alfa')?.versions.find((v) => v.id === '2024')?.lineage ?? [];
    expect(
      lineage.map((link) => `${link.kind}:${link.from.join('+')}>${link.to.map((t) => `${t.programId}:${t.sectionId}`).join('+')}`),
    ).toEqual([
      'sammanslagen:krisberedskap+civilt-forsvar>alfa:beredskap',
      'flyttad:otillaten-paverkan>beta:otillaten-paverkan',
      'ny:>alfa:personsakerhet',
      'omdopt:om>alfa:om',
      'samma:krisstod>alfa:krisstod',
    ]);
  });
});
