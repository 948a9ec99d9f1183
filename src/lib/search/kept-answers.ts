/**
 * The search page keeps Pagefind's answers to its last few searches: "Visa fler träffar", a filter
 * ticked and unticked again, or a query searched again then cost no new search. Pagefind keeps
 * the index chunks it has loaded but scores every page again for each search, which at 5,000
 * documents is 100–250 ms for a common word.
 */

/** What a search is asked with: the query and the values ticked, by filter. */
export type AnswerFilters = Readonly<Record<string, { any: readonly string[] } | string>>;

/** One key for a query and its filters, whatever order the reader ticked them in. */
export function answerKey(query: string, filters: AnswerFilters): string {
  const ticked = Object.entries(filters)
    .map(([name, value]) => [name, typeof value === 'string' ? value : [...value.any].sort()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([query, ticked]);
}

/** The newest `size` answers by key; the oldest goes first when a new one comes. */
export class KeptAnswers<T> {
  readonly #answers = new Map<string, T>();
  readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  get(key: string): T | undefined {
    return this.#answers.get(key);
  }

  set(key: string, answer: T): void {
    this.#answers.delete(key);
    this.#answers.set(key, answer);
    for (const oldest of this.#answers.keys()) {
      if (this.#answers.size <= this.size) break;
      this.#answers.delete(oldest);
    }
  }

  clear(): void {
    this.#answers.clear();
  }
}
