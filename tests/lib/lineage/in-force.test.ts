import { describe, expect, it } from 'vitest';
import { homeOfSection } from '#lib/lineage/in-force.ts';
import { fixtureCorpus } from '../../support/corpus.ts';

describe('homeOfSection', () => {
  it('lands on the newest decided version when none is in force, not on a draft', async () => {
    // On the test build date (2026-06-15) Alfa 2020 has stopped applying and 2025-forslag is a draft.
    const alfa = (await fixtureCorpus()).program('alfa');
    if (!alfa) throw new Error('the fixture has no program alfa');
    expect(alfa.inForce).toBeUndefined();
    expect(homeOfSection(alfa, 'krisstod')?.version.id).toBe('2020');
  });

  it('falls back to a draft for a section no decided version has', async () => {
    const alfa = (await fixtureCorpus()).program('alfa');
    if (!alfa) throw new Error('the fixture has no program alfa');
    expect(homeOfSection(alfa, 'personsakerhet')?.version.data.status).toMatch(/utkast|remissversion/);
  });
});
