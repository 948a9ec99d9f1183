import { describe, expect, it } from 'vitest';
import { attr, parsePage, select, textOf } from '../support/html.ts';

describe('a program’s owner', () => {
  it('is named on the program page, linked to the organisation, and given to search as a filter', async () => {
    const owner = select('.program-owner', await parsePage('program/alfa'));
    expect(textOf(owner)).toBe('Ansvarig: Kommunstyrelsen');
    const link = select('a', owner);
    expect(attr(link, 'href')).toBe('/organisationer/ks/');
    expect(attr(link, 'data-pagefind-filter')).toBe('ansvarig');
    expect(attr(link, 'data-pagefind-meta')).toBe('ansvarig');
  });
});
