/** One value that differs between two versions of a file's data, at its place in the data. */
export interface DataChange {
  /** Where the value is: keys, and for a list item its identifying value (`termer › RSA › forklaring`). */
  path: string[];
  before?: unknown;
  after?: unknown;
}

/** Fields that name an item of a list, so a moved item is the same item: a term, an id, an organisation. */
const ITEM_NAMES = ['id', 'term', 'organisation', 'avsnitt', 'namn', 'titel'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every value that differs between two pieces of YAML data (a file's frontmatter, a beredning, the
 * glossary), key by key down to the values themselves: a changed motivering of one comment is one
 * change, not the whole `kommentarer` map. A list whose items are all named by the same field
 * (`term`, `id` …) is compared item by item by that name; any other list as a whole value.
 */
export function dataChanges(before: unknown, after: unknown, path: string[] = []): DataChange[] {
  if (same(before, after)) return [];
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => dataChanges(before[key], after[key], [...path, key]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const name = itemName(before, after);
    if (name) {
      const byName = (items: unknown[]) => new Map(items.map((item) => [String((item as Record<string, unknown>)[name]), item]));
      const old = byName(before);
      const now = byName(after);
      const names = [...new Set([...old.keys(), ...now.keys()])];
      return names.flatMap((key) => {
        const [was, is] = [old.get(key), now.get(key)];
        // A whole item added or removed is one change, named by the item.
        if (was === undefined || is === undefined) return [{ path: [...path, key], before: was, after: is }];
        return dataChanges(was, is, [...path, key]);
      });
    }
  }
  return [{ path, before, after }];
}

/** The field every item of both lists is named by: each item a map with a text there, unique in its list. */
function itemName(...lists: unknown[][]): string | undefined {
  if (lists.every((list) => list.length === 0) || !lists.every((list) => list.every(isRecord))) return undefined;
  return ITEM_NAMES.find((field) =>
    lists.every((list) => {
      const values = list.map((item) => (item as Record<string, unknown>)[field]);
      return values.every((value) => typeof value === 'string' && value !== '') && new Set(values).size === values.length;
    }),
  );
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
