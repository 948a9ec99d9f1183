import { isWord, tokenize } from './word-tokens.ts';

/** The words of a text with how often each occurs, for comparing texts regardless of order. */
export interface WordBag {
  counts: Map<string, number>;
  size: number;
}

export function wordBag(text: string): WordBag {
  const counts = new Map<string, number>();
  let size = 0;
  for (const token of tokenize(text)) {
    if (!isWord(token)) continue;
    const word = token.toLocaleLowerCase('sv');
    counts.set(word, (counts.get(word) ?? 0) + 1);
    size++;
  }
  return { counts, size };
}

/** Several texts read as one, e.g. the two halves of a split paragraph. */
export function combinedBag(bags: readonly WordBag[]): WordBag {
  const counts = new Map<string, number>();
  for (const bag of bags) for (const [word, count] of bag.counts) counts.set(word, (counts.get(word) ?? 0) + count);
  return { counts, size: bags.reduce((sum, bag) => sum + bag.size, 0) };
}

/** How many words the two texts share, counting repeats. */
export function sharedWords(a: WordBag, b: WordBag): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small.counts) shared += Math.min(count, large.counts.get(word) ?? 0);
  return shared;
}

/** Dice similarity of two texts' words: 1 for the same words, 0 for none in common. */
export function similarity(a: WordBag, b: WordBag): number {
  const total = a.size + b.size;
  return total === 0 ? 1 : (2 * sharedWords(a, b)) / total;
}

/** The share of `part`'s words that are found in `whole`: how much of it came from there. */
export function containment(part: WordBag, whole: WordBag): number {
  return part.size === 0 ? 0 : sharedWords(part, whole) / part.size;
}
