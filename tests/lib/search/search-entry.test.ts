import { describe, expect, it } from 'vitest';
import { indexedFacts, normaliseKey, registryKeys, searchAttributes, searchKeys } from '#lib/search/search-entry.ts';

describe('registry numbers as search keys', () => {
  it('keeps the number whole and without its prefix, in lower case', () => {
    expect(registryKeys('JÄRVA 2023/665')).toEqual(['järva 2023/665', '2023/665']);
    expect(registryKeys('KS 2019/562')).toEqual(['ks 2019/562', '2019/562']);
    expect(registryKeys('1.5.1-135-2012')).toEqual(['1.5.1-135-2012']);
    expect(registryKeys(undefined)).toEqual([]);
  });

  it('writes keys as a reader may type them', () => {
    expect(normaliseKey('  JÄRVA   2023 / 665 ')).toBe('järva 2023/665');
    expect(searchKeys('7.1.1', undefined, ['Krisstöd', 'krisstöd'])).toEqual(['7.1.1', 'krisstöd']);
  });
});

describe('searchAttributes', () => {
  it('writes filters and metadata, marks older versions with a filter of their own, and leaves out empty values', () => {
    const written = searchAttributes({
      filters: { typ: 'Programavsnitt', status: 'Ersatt', program: undefined },
      meta: {
        title: '7.1 Krisberedskap',
        kind: 'Programavsnitt',
        older: true,
        number: '7.1',
        dnr: undefined,
        keys: ['7.1', 'krisberedskap'],
      },
    });
    expect(written.filters).toEqual([
      ['typ', 'Programavsnitt'],
      ['status', 'Ersatt'],
      ['aktualitet', 'äldre'],
    ]);
    expect(written.meta).toEqual([
      ['title', '7.1 Krisberedskap'],
      ['kind', 'Programavsnitt'],
      ['number', '7.1'],
      ['older', '1'],
      ['keys', '7.1|krisberedskap'],
    ]);
  });
});

describe('indexedFacts', () => {
  const labels = { decidedBy: 'Beslutad av', dnr: 'Diarienummer', date: 'Datum' };

  it('writes the facts a result shows as one sentence for the index', () => {
    expect(
      indexedFacts(
        { title: 'Anvisning för larm', kind: 'Anvisning', decidedBy: 'Stadsdirektören', dnr: 'KS 2022/1', date: '10 maj 2022' },
        labels,
      ),
    ).toBe('Beslutad av Stadsdirektören. Diarienummer KS 2022/1. Datum 10 maj 2022.');
  });

  it('names the organisation unless the title is its name, and is empty without facts', () => {
    expect(indexedFacts({ title: 'Norrby: Svar', kind: 'Remissvar', organisation: 'Norrby' }, labels)).toBe('Norrby.');
    expect(indexedFacts({ title: 'Norrby', kind: 'Organisation', organisation: 'Norrby' }, labels)).toBe('');
  });
});
