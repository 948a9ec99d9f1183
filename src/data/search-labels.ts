import { formatDate, sv } from '#i18n/sv.ts';
import type { SearchLabels } from '#lib/search/search-entries.ts';

/** The interface strings search entries are written with (src/lib/search/search-entries.ts). */
export const searchLabels: SearchLabels = {
  types: sv.types,
  versionStatus: sv.versionStatus,
  versionLabel: (status, years) => `${sv.search.versionLabel[status] ?? status} ${years}`,
  formatDate,
};
