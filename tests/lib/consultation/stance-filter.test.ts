import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, RemissModel } from '#lib/corpus/corpus-model.ts';
import { commentsOnSection, stanceCounts } from '#lib/consultation/stance-filter.ts';
import { fixtureCorpus } from '../../support/fixture-corpus.ts';

let remiss: RemissModel;
beforeAll(async () => {
  const { corpus }: { corpus: Corpus } = await fixtureCorpus();
  remiss = corpus.remiss('alfa-2024') as RemissModel;
});
const refs = (list: { organisationId: string; id: string }[]) => list.map((k) => `${k.organisationId}#${k.id}`);

describe('the stance filter', () => {
  it('collects every comment on a section from every answer', () => {
    expect(refs(commentsOnSection(remiss.remissvar, 'beredskap'))).toEqual(['norr#k2', 'skola#k1']);
    expect(commentsOnSection(remiss.remissvar, 'om')).toEqual([]);
  });

  it('counts the comments with each stance', () => {
    const onBeredskap = commentsOnSection(remiss.remissvar, 'beredskap');
    expect(stanceCounts(onBeredskap)).toEqual({ tillstyrker: 0, avstyrker: 1, synpunkt: 1 });
  });
});
