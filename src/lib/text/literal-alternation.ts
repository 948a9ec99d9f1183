/**
 * A regular-expression alternation that matches any of the texts as written, longest first (so
 * where one text begins another, the longer wins at that place), each only once.
 */
export function literalAlternation(texts: Iterable<string>): string {
  return [...new Set(texts)]
    .sort((a, b) => b.length - a.length)
    .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
