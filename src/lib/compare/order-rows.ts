import type { ComparableSection } from './text-blocks.ts';

interface Orderable {
  older: readonly ComparableSection[];
  newer: readonly ComparableSection[];
}

/**
 * Puts a comparison's rows in reading order: the newer version's order, with sections that are
 * gone (removed, or moved to another program) right after the row of the section that preceded
 * them in the older version.
 */
export function orderRows<T extends Orderable>(
  rows: readonly T[],
  older: readonly ComparableSection[],
  newer: readonly ComparableSection[],
): T[] {
  const newIndex = new Map(newer.map((section, index) => [section, index]));
  const oldIndex = new Map(older.map((section, index) => [section, index]));
  const positionInNew = (row: T) => {
    const positions = row.newer.map((section) => newIndex.get(section)).filter((index) => index !== undefined);
    return positions.length > 0 ? Math.min(...positions) : undefined;
  };
  const rowOfOld = new Map<ComparableSection, T>();
  for (const row of rows) for (const section of row.older) rowOfOld.set(section, row);

  const keyOf = (row: T): [number, number, number] => {
    const own = positionInNew(row);
    if (own !== undefined) return [own, 0, 0];
    const first = Math.min(...row.older.map((section) => oldIndex.get(section) ?? 0));
    for (let index = first - 1; index >= 0; index--) {
      const before = rowOfOld.get(older[index] as ComparableSection);
      const anchor = before && positionInNew(before);
      if (anchor !== undefined) return [anchor, 1, first];
    }
    return [-1, 1, first];
  };
  const keys = new Map(rows.map((row) => [row, keyOf(row)]));
  return [...rows].sort((a, b) => {
    const [x, y] = [keys.get(a) as number[], keys.get(b) as number[]];
    return (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number) || (x[2] as number) - (y[2] as number);
  });
}
