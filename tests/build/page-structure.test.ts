import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { attr, parsePage, select, selectAll, textOf } from '../support/html.ts';

const HEADING = /^h[1-6]$/;
const level = (heading: Element) => Number(heading.tagName.slice(1));

/** The name a region gets from aria-labelledby: the text of each element it names, in order. */
function regionName(page: Root, region: Element): string {
  return (attr(region, 'aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(select(`[id="${id}"]`, page)))
    .join(' ');
}

// Findings of the accessibility audit that axe does not report: structure a screen reader relies on.
describe('page structure', () => {
  it('gives each comment in a statement a heading below the statement’s own, which stand below "Yttrandet"', async () => {
    const page = await parsePage('remisser/alfa-2024/norr');
    const yttrandet = selectAll('h2', page).find((heading) => textOf(heading) === 'Yttrandet');
    expect(yttrandet).toBeDefined();
    const statementHeadings = selectAll('.statement :is(h1, h2, h3, h4, h5, h6)', page);
    expect(statementHeadings.length).toBeGreaterThan(0);
    for (const heading of statementHeadings) expect(level(heading), textOf(heading)).toBeGreaterThan(2);
    const comments = selectAll('.statement section.kommentar', page);
    expect(comments.length).toBeGreaterThan(1);
    for (const comment of comments) {
      const first = comment.children.find((child): child is Element => child.type === 'element');
      expect(first && HEADING.test(first.tagName), attr(comment, 'id')).toBe(true);
      expect(attr(comment, 'aria-labelledby')).toBe(first && attr(first, 'id'));
    }
    // A comment under "Förvaltningens synpunkter" (now h3) is an h4.
    expect(selectAll('.statement section.kommentar > h4', page).length).toBeGreaterThan(0);
  });

  it('names each comparison row on a section’s history by the heading above it', async () => {
    const page = await parsePage('program/alfa/avsnitt/krisstod/historik');
    const rows = selectAll('section.cmp-row', page);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(regionName(page, row)).toMatch(/^Ändringar jämfört med /);
  });

  it('gives the changelog’s regions names of their own', async () => {
    const page = await parsePage('program/alfa/andringar');
    const names = selectAll('section[aria-labelledby]', page).map((region) => regionName(page, region));
    expect(names.length).toBeGreaterThan(2);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('lists changed sections without a second numbering beside their own, and checks a view on load', async () => {
    const page = await parsePage('program/alfa/jamfor/2020/2024');
    expect(selectAll('ol.cmp-jump', page)).toEqual([]);
    expect(selectAll('ul.cmp-jump > li', page).length).toBeGreaterThan(0);
    const checked = selectAll('.cmp-view input[type="radio"]', page).filter((input) => attr(input, 'checked') !== undefined);
    expect(checked.map((input) => attr(input, 'id'))).toEqual(['visning-auto']);
  });
});
