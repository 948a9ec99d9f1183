import { describe, expect, it } from 'vitest';
import { orderRows } from '#lib/compare/order-rows.ts';
import type { ComparableSection } from '#lib/compare/text-blocks.ts';

const section = (id: string): ComparableSection => ({ id, title: id, number: '', level: 1, blocks: [] });
const [a, b, c, x, y] = ['a', 'b', 'c', 'x', 'y'].map(section) as [
  ComparableSection,
  ComparableSection,
  ComparableSection,
  ComparableSection,
  ComparableSection,
];

describe('orderRows', () => {
  it('follows the newer version, putting sections that are gone after what preceded them', () => {
    // Older: a, b, c. Newer: y, a. b was removed, c merged into y, x is new elsewhere.
    const rows = [
      { name: 'a', older: [a], newer: [a] },
      { name: 'b gone', older: [b], newer: [] },
      { name: 'c into y', older: [c], newer: [y] },
      { name: 'x elsewhere', older: [x], newer: [] },
    ];
    const ordered = orderRows(rows, [x, a, b, c], [y, a]);
    expect(ordered.map((row) => row.name)).toEqual(['x elsewhere', 'c into y', 'a', 'b gone']);
  });
});
