import { createHash } from 'node:crypto';
import type { CorpusEntries } from '#lib/content/content-entry.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import { styrdokEnvironment } from '#config/environment.ts';
import { remissvarIds } from '#lib/corpus/remissvar-ids.ts';

/**
 * Cache keys for Astro's incremental build: a page whose key and code are unchanged is copied from
 * the last build instead of rendered. A key must change whenever anything the page shows changes,
 * so each family of pages is keyed by every file it could read, generously: a page rendered again
 * for nothing costs milliseconds, a stale page costs trust. Every key also covers what all pages
 * show: the programs' and organisations' names, the glossary (it links terms in every text), the
 * stand-alone pages, and the newest "last changed" date in git.
 *
 * - program: every program's versions (lineage follows a section into another program), its
 *   remisser with their remissvar and beredning, and every anvisning that completes it (section
 *   pages list them, comments and handling).
 * - anvisning: its versions, and the versions of the program it completes (section titles, homes).
 * - remiss: it, its remissvar and beredning, and its program's versions.
 * - organisation: its remissvar and every remiss (its page lists its answers, by remiss).
 * - shown: a page made only from what it is given (a year of the registry) is keyed by that.
 * - pointInTime: a program's versions and the anvisningar that complete it (what applied when).
 *
 * Which versions are in force depends on the build date too (src/lib/versions/version-standing.ts),
 * and every page may show it (banners, lists, the start page): so every key covers which of the
 * versions' dates the build date has reached, which changes on those days only.
 */
export interface PageCacheKeys {
  program(programId: string): string;
  anvisning(anvisningId: string): string;
  remiss(remissId: string): string;
  organisation(organisationId: string): string;
  /** For a page made only from its props and what every page shows: the props themselves. */
  shown(props: unknown): string;
  pointInTime(programId: string): string;
  sida(sidaId: string): string;
}

/** Entries the keys are made from: the corpus's collections and the glossary's. */
export type KeyedEntries = CorpusEntries & { ordlista: readonly ContentEntry<unknown>[] };

export function pageCacheKeys(
  entries: KeyedEntries,
  lastChanged: ReadonlyMap<string, string> = new Map(),
  buildDate = styrdokEnvironment().buildDate,
): PageCacheKeys {
  // What "last changed" each page shows comes from git, so it is part of what a file contributes.
  const fingerprint = memo((entry: ContentEntry<unknown>) =>
    digest([entry.path, lastChanged.get(entry.path) ?? '', JSON.stringify(entry.data), entry.body]),
  );
  const keyOf = (files: readonly ContentEntry<unknown>[]) => digest([shared, ...files.map(fingerprint)]);
  // Versions live in their document's folder ("<program>/<version>"): grouped once, not searched per key.
  const programVersions = byFolder(entries.programversioner);
  const anvisningVersions = byFolder(entries.anvisningar);
  const versionsOf = (programId: string) => programVersions.get(programId) ?? [];
  const remissFiles = (remissId: string) => [
    ...entries.remisser.filter((entry) => entry.id === remissId),
    ...entries.remissvar.filter((entry) => remissvarIds(entry).remissId === remissId),
    ...entries.beredning.filter((entry) => entry.id === remissId),
  ];
  // Pages that list a whole folder show its newest date; a calendar date changes at most daily.
  const newest = [...lastChanged.values()].sort().at(-1) ?? '';
  const shared = digest([
    newest,
    datesReached(entries, buildDate),
    ...[...entries.program, ...entries.organisationer, ...entries.ordlista, ...entries.sidor].map(fingerprint),
  ]);

  return {
    program: memo((programId: string) =>
      keyOf([
        ...entries.programversioner,
        ...entries.remisser.filter((entry) => entry.data.program === programId).flatMap((entry) => remissFiles(entry.id)),
        ...entries.anvisningar.filter((entry) => entry.data.program === programId),
      ]),
    ),
    anvisning: memo((anvisningId: string) => {
      const versions = anvisningVersions.get(anvisningId) ?? [];
      const programs = [...new Set(versions.map((entry) => entry.data.program))].sort();
      return keyOf([...versions, ...programs.flatMap(versionsOf)]);
    }),
    remiss: memo((remissId: string) => {
      const remiss = entries.remisser.find((entry) => entry.id === remissId);
      return keyOf([...remissFiles(remissId), ...(remiss ? versionsOf(remiss.data.program) : [])]);
    }),
    organisation: memo((organisationId: string) =>
      keyOf([...entries.remisser, ...entries.remissvar.filter((entry) => remissvarIds(entry).organisationId === organisationId)]),
    ),
    shown: (props: unknown) => digest([shared, JSON.stringify(props)]),
    pointInTime: memo((programId: string) =>
      keyOf([...versionsOf(programId), ...entries.anvisningar.filter((entry) => entry.data.program === programId)]),
    ),
    sida: memo((sidaId: string) => keyOf(entries.sidor.filter((entry) => entry.id === sidaId))),
  };
}

/** For each date a version starts or stops on, whether the build date is before, on or after it. */
function datesReached(entries: KeyedEntries, buildDate: string): string {
  const dates = [...entries.programversioner, ...entries.anvisningar].flatMap(({ data }) =>
    [data.beslutsdatum, data.giltighet?.fran, data.giltighet?.till].filter((date) => date !== undefined),
  );
  return [...new Set(dates)]
    .sort()
    .map((date) => (date < buildDate ? '<' : date === buildDate ? '=' : '>'))
    .join('');
}

function byFolder<T extends ContentEntry<unknown>>(versions: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of versions) {
    const folder = entry.id.split('/')[0] as string;
    const group = groups.get(folder);
    if (group) group.push(entry);
    else groups.set(folder, [entry]);
  }
  return groups;
}

function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

function memo<A, R>(compute: (argument: A) => R): (argument: A) => R {
  const cache = new Map<A, R>();
  return (argument: A) => {
    if (!cache.has(argument)) cache.set(argument, compute(argument));
    return cache.get(argument) as R;
  };
}
