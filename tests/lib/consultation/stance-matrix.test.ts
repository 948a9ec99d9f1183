import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, RemissModel } from '#lib/corpus/corpus-model.ts';
import { remissVersions } from '#lib/consultation/remiss-versions.ts';
import { stanceMatrix } from '#lib/consultation/stance-matrix.ts';
import { fixtureCorpus, nameIn } from '../../support/fixture-corpus.ts';

let corpus: Corpus;
let remiss: RemissModel;
beforeAll(async () => {
  ({ corpus } = await fixtureCorpus());
  remiss = corpus.remiss('alfa-2024') as RemissModel;
});

const matrixOf = () => stanceMatrix(remiss, remissVersions(corpus, remiss).sent?.sections ?? [], nameIn(corpus));
const cell = (matrix: ReturnType<typeof matrixOf>, sectionId: string, organisationId: string) =>
  matrix.rows
    .find((row) => row.section.id === sectionId)
    ?.cells[matrix.organisationIds.indexOf(organisationId)]?.map((k) => `${k.id}:${k.stallning}`);

describe('stanceMatrix', () => {
  it('has a column per answering organisation in Swedish name order and a row per section of the draft', () => {
    const matrix = matrixOf();
    expect(matrix.organisationIds).toEqual(['norr', 'skola']);
    expect(matrix.rows.map((row) => row.section.id)).toEqual(['om', 'beredskap', 'krisstod', 'personsakerhet']);
  });

  it('puts each comment in the cell of every section it concerns', () => {
    const matrix = matrixOf();
    expect(cell(matrix, 'beredskap', 'norr')).toEqual(['k2:synpunkt']);
    expect(cell(matrix, 'krisstod', 'norr')).toEqual(['k2:synpunkt']);
    expect(cell(matrix, 'beredskap', 'skola')).toEqual(['k1:avstyrker']);
    expect(cell(matrix, 'personsakerhet', 'norr')).toEqual(['k1:tillstyrker']);
    expect(cell(matrix, 'om', 'norr')).toEqual([]);
  });

  it('totals each section by stance, and each organisation and the whole counting every comment once', () => {
    const matrix = matrixOf();
    const beredskap = matrix.rows.find((row) => row.section.id === 'beredskap');
    expect(beredskap?.counts).toEqual({ tillstyrker: 0, avstyrker: 1, synpunkt: 1 });
    expect(beredskap?.total).toBe(2);
    expect(matrix.columnTotals).toEqual([2, 1]);
    expect(matrix.total).toBe(3);
    expect(matrix.counts).toEqual({ tillstyrker: 1, avstyrker: 1, synpunkt: 1 });
    // k2 concerns two sections, so the rows add up to more than the comments.
    expect(matrix.rows.reduce((sum, row) => sum + row.total, 0)).toBe(4);
  });

  it('lists the consulted organisations that have not answered', () => {
    expect(matrixOf().unansweredIds).toEqual(['soder']);
  });
});
