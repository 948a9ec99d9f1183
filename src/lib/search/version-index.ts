/**
 * The build's list of versions (VERSION_LIST_FILE, written by scripts/publish/version-list.ts) as
 * the search page reads it: which hits are older versions and which are versions of one group,
 * before any hit is loaded.
 */
import type { LoadedHit } from './rank-results.ts';
import type { ListedVersion, VersionList } from './search-entry.ts';

export interface VersionIndex {
  older: ReadonlySet<string>;
  /** The group of each page that has other versions, by Pagefind ID. */
  groupOf: ReadonlyMap<string, number>;
  /** The older versions in groups, by ID, as a result lists them under another. */
  listed: ReadonlyMap<string, ListedVersion>;
}

export function readVersionList(list: VersionList): VersionIndex {
  const groupOf = new Map<string, number>();
  const listed = new Map<string, ListedVersion>();
  const older = new Set(list.older);
  list.groups.forEach((members, group) => {
    for (const member of members) {
      if (typeof member === 'string') groupOf.set(member, group);
      else {
        groupOf.set(member.id, group);
        listed.set(member.id, member);
        older.add(member.id);
      }
    }
  });
  return { older, groupOf, listed };
}

/**
 * Without the list, only which hits are older is known (Pagefind tells it with a filtered search):
 * each hit is planned as a result of its own, and the loaded hits are grouped by their metadata.
 */
export function olderOnly(older: ReadonlySet<string>): VersionIndex {
  return { older, groupOf: new Map(), listed: new Map() };
}

/**
 * A listed version as a hit a result can show under another: an older version of the result's
 * group, its address under the site's base path as Pagefind gives a loaded hit's.
 */
export function listedHit(version: ListedVersion, group: string | undefined, base: string): LoadedHit {
  const meta: LoadedHit['meta'] = { ...version.meta, older: '1' };
  if (group) meta.group = group;
  return { id: version.id, url: `${base}/${version.url}`.replace(/\/+/g, '/'), meta };
}
