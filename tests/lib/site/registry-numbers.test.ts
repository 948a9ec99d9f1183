import { describe, expect, it } from 'vitest';
import { NO_YEAR, type RegistryEntry, registryYear, registryYears } from '#lib/site/registry-numbers.ts';
import { urls } from '#lib/routes/urls.ts';

const entry = (dnr: string): RegistryEntry => ({
  dnr,
  slug: dnr.toLowerCase(),
  year: registryYear(dnr),
  anchored: true,
  title: dnr,
  href: '/',
  type: 'remissvar',
});

describe('registryYear', () => {
  it('finds the year however the number is written', () => {
    expect(registryYear('JÄRVA 2023/665')).toBe('2023');
    expect(registryYear('SKOLA 2024:12')).toBe('2024');
    expect(registryYear('KS 1999-0042')).toBe('1999');
    expect(registryYear('2021/17 KF')).toBe('2021');
  });
  it('does not take a year out of a longer number, and says when there is none', () => {
    expect(registryYear('KS 12023/665')).toBe(NO_YEAR);
    expect(registryYear('Dnr 123/45')).toBe(NO_YEAR);
  });
});

describe('registryYears', () => {
  it('puts each number on its year’s page, newest year first and numbers without a year last', () => {
    const years = registryYears(['KS 2022/1', 'Dnr 5/6', 'KS 2024/3', 'JÄRVA 2022/665', 'SKOLA 2024:12'].map(entry));
    expect(years.map((group) => [group.year, group.written, group.entries.map((e) => e.dnr)])).toEqual([
      ['2024', '2024', ['KS 2024/3', 'SKOLA 2024:12']],
      ['2022', '2022', ['KS 2022/1', 'JÄRVA 2022/665']],
      [NO_YEAR, undefined, ['Dnr 5/6']],
    ]);
  });
  it('addresses a number on its year’s page', () => {
    expect(urls.registry()).toBe('/diarienummer/');
    expect(urls.registry('2023')).toBe('/diarienummer/2023/');
    expect(urls.registry('2023', 'jarva-2023-665')).toBe('/diarienummer/2023/#jarva-2023-665');
  });
});
