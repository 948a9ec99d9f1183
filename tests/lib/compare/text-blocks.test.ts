import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '#markdown/processor.ts';
import { headingSections, textBlocks } from '#lib/compare/text-blocks.ts';

describe('textBlocks', () => {
  it('makes each list item and quote paragraph a block of its own, and keeps code as written', () => {
    const tree = parseMarkdown(
      'Staden ska skydda\n\n- människors liv och hälsa\n- miljön\n  1. och ekonomiska värden\n\n> Citat *med betoning*.\n\n```\nkod  med mellanrum\n```\n',
    );
    expect(textBlocks(tree.children)).toEqual([
      { kind: 'paragraph', text: 'Staden ska skydda' },
      { kind: 'item', ordered: false, text: 'människors liv och hälsa' },
      { kind: 'item', ordered: false, text: 'miljön' },
      { kind: 'item', ordered: true, number: 1, text: 'och ekonomiska värden' },
      { kind: 'quote', text: 'Citat med betoning.' },
      { kind: 'code', text: 'kod  med mellanrum' },
    ]);
  });
});

describe('headingSections', () => {
  it('splits at headings, keeps text before the first, and gives IDs from titles unless written', () => {
    const sections = headingSections(
      parseMarkdown('Inledning.\n\n## Starta krisstöd\nText.\n\n## Starta krisstöd\nMer.\n\n### Larm {#larm}\nRing.\n'),
    );
    expect(sections.map(({ id, title, level }) => ({ id, title, level }))).toEqual([
      { id: '', title: '', level: 1 },
      { id: 'starta-krisstod', title: 'Starta krisstöd', level: 1 },
      { id: 'starta-krisstod-2', title: 'Starta krisstöd', level: 1 },
      { id: 'larm', title: 'Larm', level: 2 },
    ]);
  });
});
