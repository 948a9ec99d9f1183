import type { Stallning } from '#schemas/kommentar.ts';
import type { KommentarModel } from '#lib/corpus/corpus-model.ts';

/** The stances in the order they are listed, counted and filtered. */
export const STANCES: readonly Stallning[] = ['tillstyrker', 'avstyrker', 'synpunkt'];

export type StanceCounts = Record<Stallning, number>;

export function stanceCounts(kommentarer: readonly KommentarModel[]): StanceCounts {
  const counts: StanceCounts = { tillstyrker: 0, avstyrker: 0, synpunkt: 0 };
  for (const kommentar of kommentarer) counts[kommentar.stallning]++;
  return counts;
}

/** Every comment of a remiss's answers on one section, in the order the answers are listed. */
export function commentsOnSection(remissvar: readonly { kommentarer: readonly KommentarModel[] }[], sectionId: string): KommentarModel[] {
  return remissvar.flatMap((answer) => answer.kommentarer.filter((kommentar) => kommentar.sectionIds.includes(sectionId)));
}
