/** Stable, readable addresses of every page. Pages and links use these and nothing else. */
export const urls = {
  home: () => '/',
  accessibility: () => '/tillganglighet/',
  registry: (slug?: string) => (slug ? `/diarienummer/#${slug}` : '/diarienummer/'),
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
} as const;
