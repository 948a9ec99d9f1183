import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { dnrSlug } from '#lib/text/slug.ts';
import { urls } from '#lib/routes/urls.ts';
import { compareSwedish, compareSwedishNumeric } from '#lib/text/swedish-order.ts';

export interface RegistryEntry {
  /** The registry number exactly as written, e.g. "JÄRVA 2023/665". */
  dnr: string;
  /** Its ASCII slug, used as the anchor: `/diarienummer/2023/#jarva-2023-665`. */
  slug: string;
  /** The year in the number, which is the page it is listed on ("2023"), or NO_YEAR. */
  year: string;
  /** Whether this row carries the anchor: the first of the documents that share a number. */
  anchored: boolean;
  title: string;
  href: string;
  type: 'version' | 'anvisning' | 'remiss' | 'remissvar';
}

/** The page for numbers in which no year can be found. */
export const NO_YEAR = 'utan-ar';

/** One page of the registry: the numbers of one year. */
export interface RegistryYear {
  /** The page's address part: the year, or NO_YEAR. */
  year: string;
  /** The year as the numbers carry it; absent on the page of numbers without one. */
  written?: string;
  entries: RegistryEntry[];
}

/**
 * The year a registry number was given, which every Swedish Dnr carries ("JÄRVA 2023/665",
 * "KS 2024:12"), so that someone holding a number knows which page to open.
 */
export function registryYear(dnr: string): string {
  return /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(dnr)?.[0] ?? NO_YEAR;
}

/** Every document that carries a registry number, so a Dnr from a letter leads to its page. */
export function registryEntries(corpus: Corpus): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  const add = (dnr: string | undefined, entry: Omit<RegistryEntry, 'dnr' | 'slug' | 'year' | 'anchored'>) => {
    if (dnr) entries.push({ dnr, slug: dnrSlug(dnr), year: registryYear(dnr), anchored: false, ...entry });
  };
  for (const program of corpus.programs) {
    for (const version of program.versions) {
      add(version.data.dnr, { title: version.data.titel, href: urls.version(program.id, version.id), type: 'version' });
    }
  }
  for (const anvisning of corpus.anvisningar) {
    for (const version of anvisning.versions) {
      add(version.data.dnr, { title: version.data.titel, href: urls.anvisningVersion(anvisning.id, version.id), type: 'anvisning' });
    }
  }
  for (const remiss of corpus.remisser) {
    add(remiss.data.dnr, { title: remiss.data.titel, href: urls.remiss(remiss.id), type: 'remiss' });
    for (const answer of remiss.remissvar) {
      const name = corpus.organisation(answer.organisationId)?.data.namn ?? answer.organisationId;
      add(answer.data.dnr, {
        title: `${name}: ${answer.data.titel}`,
        href: urls.remissvar(remiss.id, answer.organisationId),
        type: 'remissvar',
      });
    }
  }
  // A remiss and the version it sent often share one number; the anchor goes on the first row.
  entries.sort((a, b) => compareSwedishNumeric(a.dnr, b.dnr) || compareSwedish(a.title, b.title));
  const seen = new Set<string>();
  for (const entry of entries) {
    entry.anchored = !seen.has(entry.slug);
    seen.add(entry.slug);
  }
  return entries;
}

/**
 * The registry a year to a page, newest year first and numbers without a year last: one page for
 * every number would grow with the corpus (1.4 MB of HTML at 5,000 documents).
 */
export function registryYears(entries: readonly RegistryEntry[]): RegistryYear[] {
  const byYear = new Map<string, RegistryEntry[]>();
  for (const entry of entries) {
    const year = byYear.get(entry.year);
    if (year) year.push(entry);
    else byYear.set(entry.year, [entry]);
  }
  const rank = (year: string) => (year === NO_YEAR ? -1 : Number(year));
  return [...byYear]
    .map(([year, yearEntries]) => ({ year, ...(year === NO_YEAR ? {} : { written: year }), entries: yearEntries }))
    .sort((a, b) => rank(b.year) - rank(a.year));
}
