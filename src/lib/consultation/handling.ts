import type { HanteringUtfall } from '#schemas/hantering.ts';
import type { Corpus, KommentarModel, ProgramModel, RemissModel, VersionModel } from '#lib/corpus/corpus-model.ts';

/** Statuses of a version that has been decided by the council. */
const DECIDED = new Set(['gallande', 'ersatt', 'upphavd']);

/**
 * The version that followed a remiss: the one whose `foregaende` is the version that was sent.
 * It may still be a draft (utkast); handling is checked against its sections either way.
 */
export function followUpVersion(program: ProgramModel, sentVersionId: string): VersionModel | undefined {
  return program.versions.find((version) => version.data.foregaende === sentVersionId && version.data.status !== 'remissversion');
}

export function isDecided(version: VersionModel | undefined): boolean {
  return version !== undefined && DECIDED.has(version.data.status);
}

/** `jarva#k4`: how a comment is named across documents within a remiss. */
export function kommentarRef(kommentar: Pick<KommentarModel, 'organisationId' | 'id'>): string {
  return `${kommentar.organisationId}#${kommentar.id}`;
}

export function parseKommentarRef(ref: string): { organisationId: string; kommentarId: string } {
  const [organisationId = '', kommentarId = ''] = ref.split('#');
  return { organisationId, kommentarId };
}

/** Order in which outcomes are listed and counted: taken into account first. */
export const UTFALL_ORDER: readonly HanteringUtfall[] = ['beaktad', 'delvis-beaktad', 'ej-beaktad'];

/** How many comments got each outcome, and how many have none recorded yet. */
export function handlingCounts(kommentarer: readonly KommentarModel[]): Record<HanteringUtfall | 'saknas', number> {
  const counts = { beaktad: 0, 'delvis-beaktad': 0, 'ej-beaktad': 0, saknas: 0 };
  for (const kommentar of kommentarer) counts[kommentar.hantering?.utfall ?? 'saknas']++;
  return counts;
}

/**
 * The remisser a version followed, with their comments: what a changelog entry or a version's
 * history shows as the comments behind the change (each comment's `hantering` says what became of it).
 */
export function remisserBehind(corpus: Corpus, version: Pick<VersionModel, 'programId' | 'id'>): RemissModel[] {
  return corpus.remisser.filter((remiss) => remiss.data.program === version.programId && remiss.followUpVersionId === version.id);
}
