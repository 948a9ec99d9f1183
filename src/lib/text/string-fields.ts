/** Every text in a document's fields, however deep, with the path of keys and indices to it. */
export function* stringFields(value: unknown, fieldPath: (string | number)[] = []): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') yield [fieldPath, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringFields(item, [...fieldPath, index]);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* stringFields(item, [...fieldPath, key]);
}
