import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, RemissModel } from '#lib/corpus/corpus-model.ts';
import { sammanstallning } from '#lib/consultation/sammanstallning.ts';
import { fixtureCorpus } from '../../support/fixture-corpus.ts';

let corpus: Corpus;
beforeAll(async () => {
  ({ corpus } = await fixtureCorpus());
});
const compile = (id: string) => sammanstallning(corpus.remiss(id) as RemissModel, (org) => corpus.organisation(org)?.data);

describe('sammanstallning', () => {
  it('lists the consulted bodies as the report does: district committees before specialist committees', () => {
    // Skolnämnden sorts before Söderby by name, but is a facknämnd.
    expect(compile('alfa-2024').consultedIds).toEqual(['norr', 'soder', 'skola']);
    expect(compile('alfa-2024').answered.map((entry) => entry.organisationId)).toEqual(['norr', 'skola']);
  });

  it('carries the summary written in content and the stances of each answer', () => {
    const norr = compile('alfa-2024').answered.find((entry) => entry.organisationId === 'norr');
    expect(norr?.summary).toBe('Norrby stadsdelsnämnd ställer sig bakom programmet men varnar för kostnaderna för krisstöd.');
    expect(norr?.counts).toEqual({ tillstyrker: 1, avstyrker: 0, synpunkt: 1 });
  });

  it('counts how the comments of each answer were handled once a version followed', () => {
    const norr = compile('delta-2023').answered.find((entry) => entry.organisationId === 'norr');
    expect(norr?.handling).toEqual({ beaktad: 1, 'delvis-beaktad': 1, 'ej-beaktad': 1, saknas: 0 });
    expect(compile('alfa-2024').answered[0]?.handling.saknas).toBe(2);
  });

  it('names who did not answer and whose summary is missing', () => {
    const remiss = corpus.remiss('alfa-2024') as RemissModel;
    const withoutSummary = { ...remiss, sammanfattningar: { norr: remiss.sammanfattningar.norr ?? '' } };
    const compiled = sammanstallning(withoutSummary, (org) => corpus.organisation(org)?.data);
    expect(compiled.unansweredIds).toEqual(['soder']);
    expect(compiled.missingSummaryIds).toEqual(['skola']);
  });
});
