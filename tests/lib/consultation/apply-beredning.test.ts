import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, ProgramModel } from '#lib/corpus/corpus-model.ts';
import { followUpVersion, isDecided, kommentarRef, parseKommentarRef, remisserBehind } from '#lib/consultation/handling.ts';
import { fixtureCorpus } from '../../support/fixture-corpus.ts';

let corpus: Corpus;
beforeAll(async () => {
  const built = await fixtureCorpus();
  expect(built.problems.filter((problem) => problem.severity === 'fel')).toEqual([]);
  corpus = built.corpus;
});

const kommentar = (remissId: string, ref: string) => {
  const { organisationId, kommentarId } = parseKommentarRef(ref);
  return corpus
    .remiss(remissId)
    ?.remissvar.find((answer) => answer.organisationId === organisationId)
    ?.kommentarer.find((candidate) => candidate.id === kommentarId);
};

describe('the version that followed a remiss', () => {
  it('is the one whose foregaende is the version sent, and counts as decided once in force', () => {
    const delta = corpus.program('delta') as ProgramModel;
    expect(followUpVersion(delta, '2023-remiss')?.id).toBe('2023');
    expect(isDecided(followUpVersion(delta, '2023-remiss'))).toBe(true);
    // Alfa's remiss has been followed by a draft only: it follows, but nothing is decided yet.
    expect(followUpVersion(corpus.program('alfa') as ProgramModel, '2024')?.id).toBe('2025-forslag');
    expect(corpus.remiss('delta-2023')).toMatchObject({ followUpVersionId: '2023', decided: true });
    expect(corpus.remiss('alfa-2024')).toMatchObject({ followUpVersionId: '2025-forslag', decided: false });
    expect(remisserBehind(corpus, { programId: 'delta', id: '2023' }).map((remiss) => remiss.id)).toEqual(['delta-2023']);
    expect(remisserBehind(corpus, { programId: 'alfa', id: '2024' })).toEqual([]);
  });
});

describe('applyBeredning attaches what the beredning records', () => {
  it('puts the handling on each comment, with the sections of the new version it changed', () => {
    expect(kommentar('delta-2023', 'norr#k1')?.hantering).toEqual({
      utfall: 'beaktad',
      motivering: 'Säkerhetssamordnaren informeras nu vid varje larm.',
      programId: 'delta',
      versionId: '2023',
      sectionIds: ['larm'],
    });
    expect(kommentar('delta-2023', 'norr#k2')?.hantering?.utfall).toBe('ej-beaktad');
    expect(kommentar('alfa-2024', 'norr#k1')?.hantering).toBeUndefined();
  });

  it('lists on each section of the new version the comments that changed it', () => {
    const decided = corpus.program('delta')?.versions.find((version) => version.id === '2023');
    const changedBy = (id: string) => decided?.sections.find((section) => section.id === id)?.changedBy?.map(kommentarRef);
    expect(changedBy('larm')).toEqual(['norr#k1']);
    expect(changedBy('natt')).toEqual(['norr#k3']);
    expect(changedBy('ovning')).toBeUndefined();
  });

  it('keeps the summaries of the answers', () => {
    expect(corpus.remiss('delta-2023')?.sammanfattningar).toEqual({
      norr: 'Norrby stadsdelsnämnd avstyrker förslaget om larm och vill öva oftare.',
      skola: 'Skolnämnden tillstyrker förslaget om övning.',
    });
  });

  it('names comments across documents as organisation#id', () => {
    expect(parseKommentarRef('jarva#k4')).toEqual({ organisationId: 'jarva', kommentarId: 'k4' });
    expect(kommentarRef({ organisationId: 'jarva', id: 'k4' })).toBe('jarva#k4');
  });
});
