import { describe, expect, it } from 'vitest';
import { alsoInLabels } from '#lib/search/also-in.ts';
import type { LoadedHit } from '#lib/search/rank-results.ts';

const hit = (url: string, meta: LoadedHit['meta']): LoadedHit => ({ id: url, url, meta });

describe('alsoInLabels', () => {
  it('names each version by its short label', () => {
    const others = [
      hit('/a/', { versionLabel: '2020–2023', title: '3.2 Krisberedskap' }),
      hit('/b/', { versionLabel: 'remissversion 2024' }),
    ];
    expect(alsoInLabels(others)).toEqual(['2020–2023', 'remissversion 2024']);
  });

  it('adds the title where two versions share a label, so no two links say the same', () => {
    const others = [
      hit('/2020-2023/civilt-forsvar/', { versionLabel: '2020–2023', title: '5.1 Civilt försvar' }),
      hit('/2020-2023/krisberedskap/', { versionLabel: '2020–2023', title: '5.2 Krisberedskap' }),
      hit('/2024-remiss/beredskap/', { versionLabel: 'remissversion 2024', title: '7.1 Beredskap' }),
    ];
    expect(alsoInLabels(others)).toEqual(['2020–2023: 5.1 Civilt försvar', '2020–2023: 5.2 Krisberedskap', 'remissversion 2024']);
  });

  it('falls back to the title, then the address, for a version without a label', () => {
    expect(alsoInLabels([hit('/x/', { title: 'Programmet' }), hit('/y/', {})])).toEqual(['Programmet', '/y/']);
  });
});
