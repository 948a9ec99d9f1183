/** Stable, readable addresses of every page. Pages and links use these and nothing else. */
export const urls = {
  home: () => '/',
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
  // Comparing versions, history and changes (issue 3).
  compareVersions: (programId: string) => `/program/${programId}/jamfor/`,
  comparison: (programId: string, olderId: string, newerId: string) => `/program/${programId}/jamfor/${olderId}/${newerId}/`,
  anvisningComparison: (anvisningId: string, olderId: string, newerId: string) =>
    `/anvisningar/${anvisningId}/jamfor/${olderId}/${newerId}/`,
  changelog: (programId: string) => `/program/${programId}/andringar/`,
  sectionHistory: (programId: string, sectionId: string) => `/program/${programId}/avsnitt/${sectionId}/historik/`,
  pointInTime: (date?: string) => (date ? `/per-datum/${date}/` : '/per-datum/'),
  feed: () => '/flode.xml',
  programFeed: (programId: string) => `/program/${programId}/flode.xml`,
  sectionFeed: (programId: string, sectionId: string) => `/program/${programId}/avsnitt/${sectionId}/flode.xml`,
} as const;
