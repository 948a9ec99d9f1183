import type { Corpus } from './corpus-model.ts';
import { dnrSlug } from './slug.ts';
import { urls } from './urls.ts';
import { compareSwedish, compareSwedishNumeric } from './swedish-order.ts';

export interface RegistryEntry {
  /** The registry number exactly as written, e.g. "JÄRVA 2023/665". */
  dnr: string;
  /** Its ASCII slug, used as the anchor: `/diarienummer/#jarva-2023-665`. */
  slug: string;
  /** Whether this row carries the anchor: the first of the documents that share a number. */
  anchored: boolean;
  title: string;
  href: string;
  type: 'version' | 'anvisning' | 'remiss' | 'remissvar';
}

/** Every document that carries a registry number, so a Dnr from a letter leads to its page. */
export function registryEntries(corpus: Corpus): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  const add = (dnr: string | undefined, entry: Omit<RegistryEntry, 'dnr' | 'slug' | 'anchored'>) => {
    if (dnr) entries.push({ dnr, slug: dnrSlug(dnr), anchored: false, ...entry });
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
