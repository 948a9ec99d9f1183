/**
 * How the search page orders Pagefind's hits, in two steps, so that what is in force comes first
 * and one section does not fill the list with its versions:
 *
 * 1. `orderByStanding`, before any result is loaded: an older version's score counts
 *    `OLDER_VERSION_FACTOR` of itself, so the version in force wins a tie and most near ties.
 * 2. `planResults`, still before any is loaded: the versions of one section or program (as the
 *    build's list groups them, src/lib/search/version-index.ts) become one result at the place of
 *    its best hit, shown as the version in force (or the best older one found) with the others
 *    under it ("också i 2020–2023, remissversion 2024"). Only each page of results' shown hits
 *    are then loaded; the others are listed from the build's list.
 * 3. `groupResults`, over the hits of the results loaded so far: a page whose key (registry
 *    number, section number) is the query comes first, as itself; then the results, those with
 *    a page the query names (its title) first. It groups by the pages' own metadata as well, so
 *    hits planned without the list are grouped as they load.
 *
 * A reader who asks for older versions with the status filter gets them as results of their own.
 *
 * Plain data in, plain data out: the search page (src/scripts/search-page.ts) and the tests use it alike.
 */
import { normaliseKey } from './search-entry.ts';

/** The share of its score an older version keeps. */
export const OLDER_VERSION_FACTOR = 0.5;

export interface ScoredHit {
  id: string;
  score: number;
}

/** Hits by score, older versions' scores reduced; ties keep Pagefind's order. */
export function orderByStanding<T extends ScoredHit>(hits: readonly T[], older: ReadonlySet<string>): T[] {
  const weighed = hits.map((hit, index) => ({ hit, index, score: older.has(hit.id) ? hit.score * OLDER_VERSION_FACTOR : hit.score }));
  weighed.sort((a, b) => b.score - a.score || a.index - b.index);
  return weighed.map((entry) => entry.hit);
}

/** A result before its hits are loaded: the hit to show, and the other versions to list under it. */
export interface PlannedResult<T extends ScoredHit> {
  main: T;
  others: T[];
}

/**
 * Hits (already in ranked order) as results: one per group (`groupOf`), at the place of its best
 * hit, shown as its best hit that is not an older version, else its best hit; a hit in no group
 * alone. `grouped: false` keeps every hit a result of its own.
 */
export function planResults<T extends ScoredHit>(
  ordered: readonly T[],
  groupOf: ReadonlyMap<string, number>,
  older: ReadonlySet<string>,
  options: { grouped: boolean },
): PlannedResult<T>[] {
  const planned = new Map<string | number, T[]>();
  for (const hit of ordered) {
    const key = options.grouped ? (groupOf.get(hit.id) ?? hit.id) : hit.id;
    const members = planned.get(key);
    if (members) members.push(hit);
    else planned.set(key, [hit]);
  }
  return [...planned.values()].map((members) => {
    const main = members.find((hit) => !older.has(hit.id)) ?? (members[0] as T);
    return { main, others: members.filter((hit) => hit !== main) };
  });
}

/** A loaded hit: its address and the metadata the page was indexed with (src/lib/search/search-entry.ts). */
export interface LoadedHit {
  id: string;
  url: string;
  meta: Record<string, string | undefined>;
}

export interface ResultGroup<T extends LoadedHit> {
  /** The hit shown: the version in force if it was found, else the best older one. */
  main: T;
  /** Other versions of the same section or program that matched, oldest first. */
  others: T[];
}

/** True when the query is one of the page's keys (registry number, section number), or with `field: 'names'` one of its names. */
export function isExactMatch(query: string, meta: LoadedHit['meta'], field: 'keys' | 'names' = 'keys'): boolean {
  const wanted = normaliseKey(query);
  const values = meta[field];
  if (!wanted || !values) return false;
  return values.split('|').includes(wanted);
}

/**
 * Hits (already in ranked order) as results: exact matches first, then one result per group at
 * the place of its best hit. `grouped: false` keeps every hit a result of its own.
 */
export function groupResults<T extends LoadedHit>(query: string, hits: readonly T[], options: { grouped: boolean }): ResultGroup<T>[] {
  const exact = hits.filter((hit) => isExactMatch(query, hit.meta));
  // Of several exact matches, the one in force first.
  exact.sort((a, b) => Number(Boolean(a.meta.older)) - Number(Boolean(b.meta.older)));
  const rest = hits.filter((hit) => !exact.includes(hit));
  // The page the reader named is shown as itself, even an older version.
  const named = exact.map((main) => ({ main, others: [] as T[] }));
  if (!options.grouped) {
    const single = rest.map((main) => ({ main, others: [] as T[] }));
    const isNamed = (group: ResultGroup<T>) => isExactMatch(query, group.main.meta, 'names');
    return [...named, ...single.filter(isNamed), ...single.filter((group) => !isNamed(group))];
  }

  const groups = new Map<string, T[]>();
  const results: { key: string; hits: T[] }[] = [];
  for (const hit of rest) {
    const key = hit.meta.group ?? `\u0000${hit.id}`;
    let members = groups.get(key);
    if (!members) {
      members = [];
      groups.set(key, members);
      results.push({ key, hits: members });
    }
    members.push(hit);
  }
  const grouped = results.map(({ hits: members }) => {
    const main = members.find((hit) => !hit.meta.older) ?? (members[0] as T);
    // By address: a version's ID starts with its years, so older versions come first.
    const others = members.filter((hit) => hit !== main).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    return { main, others };
  });
  // A group one of whose pages the query names (a section's title in any version) comes first.
  const isNamed = (group: ResultGroup<T>) => [group.main, ...group.others].some((hit) => isExactMatch(query, hit.meta, 'names'));
  return [...named, ...grouped.filter(isNamed), ...grouped.filter((group) => !isNamed(group))];
}
