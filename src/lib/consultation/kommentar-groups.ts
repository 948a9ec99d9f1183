import type { KommentarModel } from '#lib/corpus/corpus-model.ts';
import { compareSwedish } from '#lib/text/swedish-order.ts';

export interface KommentarGroup {
  organisationId: string;
  kommentarer: KommentarModel[];
}

/** Comments grouped by organisation, organisations in the order given by `nameOf` (Swedish collation). */
export function kommentarerByOrganisation(kommentarer: readonly KommentarModel[], nameOf: (id: string) => string): KommentarGroup[] {
  const groups = new Map<string, KommentarModel[]>();
  for (const kommentar of kommentarer) {
    groups.set(kommentar.organisationId, [...(groups.get(kommentar.organisationId) ?? []), kommentar]);
  }
  return [...groups]
    .map(([organisationId, list]) => ({ organisationId, kommentarer: list }))
    .sort((a, b) => compareSwedish(nameOf(a.organisationId), nameOf(b.organisationId)));
}
