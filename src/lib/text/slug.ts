import slugify from '@sindresorhus/slugify';

/**
 * An ASCII slug for URLs and IDs. Swedish letters become their base letters (å, ä → a; ö → o),
 * as Swedish readers expect, rather than the German "ae"/"oe".
 */
export function asciiSlug(text: string): string {
  return slugify(text, {
    customReplacements: [
      ['å', 'a'],
      ['Å', 'A'],
      ['ä', 'a'],
      ['Ä', 'A'],
      ['ö', 'o'],
      ['Ö', 'O'],
    ],
  });
}

/** A registry number as a slug: "JÄRVA 2023/665" → "jarva-2023-665". The number itself is kept as written elsewhere. */
export function dnrSlug(dnr: string): string {
  return asciiSlug(dnr.replaceAll('/', '-').replaceAll(':', '-').replaceAll('.', '-'));
}
