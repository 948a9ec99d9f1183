/**
 * What the search index knows of a page beside its text: the filters the search page offers, and
 * the metadata a result shows and the ranking reads (`src/lib/search/rank-results.ts`). Pages get
 * theirs from the functions here and hand them to the layout, which writes them as
 * `data-pagefind-filter` and `data-pagefind-meta` attributes.
 */

/** Filters the search page offers as fieldsets, in this order. */
export const SEARCH_FILTERS = ['typ', 'status', 'program', 'organisation'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTERS)[number];

/**
 * A filter the search page never shows: set on versions that are not in force, so one filtered
 * search tells the ranking which results are older versions without loading them.
 */
export const OLDER_FILTER = 'aktualitet';
export const OLDER_VALUE = 'äldre';

/**
 * What the build knows of the versions behind Pagefind's IDs, written beside its index after each
 * build (scripts/publish/version-list.ts). With it the search page knows, before loading any hit,
 * which hits are older versions (the filtered search that told it cost 25–60 ms of each search at
 * 5,000 documents) and which hits are versions of one section or program, so that it groups every
 * hit, not only those loaded, and lists the older versions under a result without loading them.
 */
export const VERSION_LIST_FILE = 'versioner.json';

/** What that file holds. */
export interface VersionList {
  /** Each group of two or more versions: the pages not older by ID, the older ones as "också i" shows them. */
  groups: (string | ListedVersion)[][];
  /** The IDs of the older versions in no group (the older ones in groups are listed there). */
  older: string[];
}

/** An older version in a group, with what a result needs of it when listed under another. */
export interface ListedVersion {
  id: string;
  /** Its address from the site's root, as Pagefind gives it before its base path. */
  url: string;
  /** Its metadata as a result and the ranking read it (`versionLabel`, `keys`, `names`; `title` if it has no label). */
  meta: Record<string, string>;
}

export interface SearchMeta {
  /** The result's title: for a remissvar the organisation first, for a section its number. */
  title: string;
  /** The kind of document, as the type filter names it. */
  kind: string;
  /** The status a reader needs to weigh the hit: Gällande, Ersatt, Remissversion … */
  status?: string;
  /** Versions of the same section or program share a group; older ones are shown under the one in force. */
  group?: string;
  /** The version's short name, as "också i …" lists it: 2020–2023, remissversion 2024. */
  versionLabel?: string;
  /** Set on older versions. */
  older?: boolean;
  program?: string;
  /** A section's number, 7.1.1. */
  number?: string;
  dnr?: string;
  decidedBy?: string;
  /** The document's date, as written on the page. */
  date?: string;
  organisation?: string;
  /**
   * What a reader may type to mean exactly this document, lower-case: registry numbers with and
   * without their prefix, a section's number. The ranking shows a page whose key equals the query
   * first, as a result of its own even when it is an older version.
   */
  keys?: string[];
  /**
   * The document's names, lower-case: its title, a program's short name. A page whose name equals
   * the query comes first with the versions of its group, shown as the version in force.
   */
  names?: string[];
  /** A page of many entries, such as the glossary: a result links to the entry the word was found in. */
  entries?: boolean;
}

export interface SearchEntry {
  filters: Partial<Record<SearchFilterKey, string>>;
  meta: SearchMeta;
}

/** The attributes as the layout writes them: one element per filter and per metadata field. */
export function searchAttributes(entry: SearchEntry): { filters: [string, string][]; meta: [string, string][] } {
  const filters: [string, string][] = Object.entries(entry.filters).filter((pair): pair is [string, string] => Boolean(pair[1]));
  if (entry.meta.older) filters.push([OLDER_FILTER, OLDER_VALUE]);
  const { keys, names, older, entries, ...fields } = entry.meta;
  const meta: [string, string][] = Object.entries(fields).filter((pair): pair is [string, string] => Boolean(pair[1]));
  if (older) meta.push(['older', '1']);
  if (entries) meta.push(['entries', '1']);
  if (keys && keys.length > 0) meta.push(['keys', keys.join('|')]);
  if (names && names.length > 0) meta.push(['names', names.join('|')]);
  return { filters, meta };
}

/** The words facts are introduced with on the page (src/i18n/sv.ts `meta`). */
export interface FactLabels {
  decidedBy: string;
  dnr: string;
  date: string;
}

/**
 * The facts a result's details line shows (decision maker, registry number, date, organisation)
 * as one sentence for the index. The pages' fact lists are left out of the index, so that an
 * excerpt starts in the text rather than in "Status Gällande Beslutad av …"; this sentence, at
 * the end of the page, keeps the facts searchable ("beslutad av stadsdirektören").
 */
export function indexedFacts(meta: SearchMeta, labels: FactLabels): string {
  return [
    meta.decidedBy && `${labels.decidedBy} ${meta.decidedBy}.`,
    meta.dnr && `${labels.dnr} ${meta.dnr}.`,
    meta.date && `${labels.date} ${meta.date}.`,
    meta.organisation && meta.organisation !== meta.title && `${meta.organisation}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Lower-case, single spaces, no space around "/" and "-": how a reader may write a registry number. */
export function normaliseKey(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A registry number as itself and without its prefix: `JÄRVA 2023/665` and `2023/665`. */
export function registryKeys(dnr: string | undefined): string[] {
  if (!dnr) return [];
  const whole = normaliseKey(dnr);
  const bare = whole.replace(/^\p{L}[\p{L}\s.-]*\s(?=\d)/u, '');
  return bare === whole ? [whole] : [whole, bare];
}

/** Keys without duplicates or empty ones. */
export function searchKeys(...keys: (string | string[] | undefined)[]): string[] {
  return [
    ...new Set(
      keys
        .flat()
        .filter((key): key is string => Boolean(key))
        .map(normaliseKey),
    ),
  ];
}
