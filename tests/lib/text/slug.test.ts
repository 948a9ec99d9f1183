import { describe, expect, it } from 'vitest';
import { asciiSlug, dnrSlug } from '#lib/text/slug.ts';

describe('slugs', () => {
  it('turns Swedish letters into their base letters', () => {
    expect(asciiSlug('Säkerhetsskydd och förebyggande åtgärder')).toBe('sakerhetsskydd-och-forebyggande-atgarder');
  });
  it('derives ASCII slugs from registry numbers of every format', () => {
    expect(dnrSlug('JÄRVA 2023/665')).toBe('jarva-2023-665');
    expect(dnrSlug('KS 2019/562')).toBe('ks-2019-562');
    expect(dnrSlug('1.5.1-135-2012')).toBe('1-5-1-135-2012');
    expect(dnrSlug('SÖ 2023/1187')).toBe('so-2023-1187');
  });
});
