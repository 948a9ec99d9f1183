import { styrdokEnvironment } from '#config/environment.ts';
import { routesUnder, underBase } from './base-path.ts';

/** The element a stance filter targets; its :target rule hides the other stances. */
export const stanceAnchor = (stallning: string) => `stallning-${stallning}`;
export const ALL_STANCES_ANCHOR = 'kommentarer';

/**
 * Stable, readable addresses of every page, from the site's root: as content writes links, and as
 * the content check and the site map know pages. What is written into a page uses `urls`.
 */
export const sitePaths = {
  home: () => '/',
  accessibility: () => '/tillganglighet/',
  /** The registry's list of years, a year's numbers, or one number's row on its year's page. */
  registry: (year?: string, slug?: string) => (year ? `/diarienummer/${year}/${slug ? `#${slug}` : ''}` : '/diarienummer/'),
  glossary: (anchor?: string) => (anchor ? `/ordlista/#${anchor}` : '/ordlista/'),
  search: (query?: string) => (query ? `/sok/?q=${encodeURIComponent(query)}` : '/sok/'),
  programs: () => '/program/',
  program: (programId: string) => `/program/${programId}/`,
  version: (programId: string, versionId: string) => `/program/${programId}/${versionId}/`,
  section: (programId: string, versionId: string, sectionId: string) => `/program/${programId}/${versionId}/${sectionId}/`,
  anvisningar: () => '/anvisningar/',
  anvisning: (anvisningId: string) => `/anvisningar/${anvisningId}/`,
  anvisningVersion: (anvisningId: string, versionId: string) => `/anvisningar/${anvisningId}/${versionId}/`,
  organisations: () => '/organisationer/',
  organisation: (organisationId: string) => `/organisationer/${organisationId}/`,
  remisser: () => '/remisser/',
  remiss: (remissId: string) => `/remisser/${remissId}/`,
  remissvar: (remissId: string, organisationId: string) => `/remisser/${remissId}/${organisationId}/`,
  kommentar: (remissId: string, organisationId: string, kommentarId: string) =>
    `/remisser/${remissId}/${organisationId}/#kommentar-${kommentarId}`,
  /** A stand-alone page from content/sidor/, such as the editors' guide. */
  sida: (sidaId: string) => `/${sidaId}/`,
  matrix: (remissId: string) => `/remisser/${remissId}/matris/`,
  sammanstallning: (remissId: string) => `/remisser/${remissId}/sammanstallning/`,
  /** Every comment of a remiss on one section, optionally only those with one stance (a CSS :target filter). */
  remissSection: (remissId: string, sectionId: string, stallning?: string) =>
    `/remisser/${remissId}/avsnitt/${sectionId}/${stallning ? `#${stanceAnchor(stallning)}` : ''}`,
  kommentarerCsv: (remissId: string) => `/remisser/${remissId}/kommentarer.csv`,
  /** The static JSON API (open data); every resource has one address. */
  api: {
    index: () => '/api/index.json',
    list: (collection: string) => `/api/${collection}.json`,
    program: (programId: string) => `/api/program/${programId}.json`,
    version: (programId: string, versionId: string) => `/api/program/${programId}/${versionId}.json`,
    section: (programId: string, versionId: string, sectionId: string) => `/api/program/${programId}/${versionId}/${sectionId}.json`,
    anvisning: (anvisningId: string) => `/api/anvisningar/${anvisningId}.json`,
    organisation: (organisationId: string) => `/api/organisationer/${organisationId}.json`,
    remiss: (remissId: string) => `/api/remisser/${remissId}.json`,
    remissvar: (remissId: string, organisationId: string) => `/api/remisser/${remissId}/${organisationId}.json`,
    /** A comment is part of its remissvar's file, found there by its id. */
    kommentar: (remissId: string, organisationId: string, kommentarId: string) =>
      `/api/remisser/${remissId}/${organisationId}.json#${kommentarId}`,
    kommentarer: (remissId: string) => `/api/remisser/${remissId}/kommentarer.json`,
    schema: (name: string) => `/api/schema/${name}.json`,
  },
  // Comparing versions, history and changes (issue 3).
  compareVersions: (programId: string) => `/program/${programId}/jamfor/`,
  comparison: (programId: string, olderId: string, newerId: string) => `/program/${programId}/jamfor/${olderId}/${newerId}/`,
  anvisningComparison: (anvisningId: string, olderId: string, newerId: string) =>
    `/anvisningar/${anvisningId}/jamfor/${olderId}/${newerId}/`,
  changelog: (programId: string) => `/program/${programId}/andringar/`,
  sectionHistory: (programId: string, sectionId: string) => `/program/${programId}/avsnitt/${sectionId}/historik/`,
  pointInTime: () => '/per-datum/',
  programPointInTime: (programId: string, date?: string) =>
    date ? `/program/${programId}/per-datum/${date}/` : `/program/${programId}/per-datum/`,
  pointInTimeTable: () => '/per-datum/perioder.json',
  feed: () => '/flode.xml',
  programFeed: (programId: string) => `/program/${programId}/flode.xml`,
  sectionFeed: (programId: string, sectionId: string) => `/program/${programId}/avsnitt/${sectionId}/flode.xml`,
} as const;

/** The path the site lives under (`/`, or `/styrdok/` from STYRDOK_BASE); set before the build starts. */
export const basePath = styrdokEnvironment().basePath;

/** Stable, readable addresses of every page, under the site's base path. Pages and links use these and nothing else. */
export const urls = {
  ...routesUnder(basePath, sitePaths),
  /** A file of `public/` (`favicon.svg`) or one the build writes (`pagefind/pagefind-ui.css`). */
  file: (name: string) => underBase(basePath, `/${name}`),
};
