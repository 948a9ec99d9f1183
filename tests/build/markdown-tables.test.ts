import { describe, expect, it } from 'vitest';
import { attr, parsePage, select, selectAll, textOf } from '../support/html.ts';

// The fixture's anvisning "larm" 2025 has a table written in Markdown (GitHub's syntax).
describe('a table an editor writes in Markdown', async () => {
  const page = await parsePage('anvisningar/larm/2025');

  it('is published as a table, its header cells heading their columns', () => {
    const table = select('.prose table', page);
    expect(selectAll('thead th', table).map((cell) => [textOf(cell), attr(cell, 'scope')])).toEqual([
      ['Vem larmar', 'col'],
      ['Vem som svarar', 'col'],
    ]);
    expect(selectAll('tbody tr', table).map((row) => selectAll('td', row).map((cell) => textOf(cell)))).toEqual([
      ['Förvaltningen under kontorstid', 'Krisstödsledaren'],
      ['Utöver kontorstid', 'Socialjouren'],
    ]);
    expect(textOf(page)).not.toContain('| ---');
  });

  it('scrolls inside a named region a keyboard can reach, not the page', () => {
    const region = select('.prose .table-scroll', page);
    expect([attr(region, 'role'), attr(region, 'tabindex'), attr(region, 'aria-label')]).toEqual([
      'region',
      '0',
      'Tabell: Vem larmar, Vem som svarar',
    ]);
  });

  it('compares row by row against the version before it', async () => {
    const comparison = await parsePage('anvisningar/larm/jamfor/2022/2025');
    const rows = selectAll('.cmp-tablerow', comparison).map((row) => textOf(row, '.visually-hidden'));
    expect(rows).toContain('Utöver kontorstid | Socialjouren');
  });
});
