import type { VersionModel } from '#lib/corpus/corpus-model.ts';
import type { SectionArrival } from '#lib/lineage/arrivals.ts';
import { compareDocuments } from './compare-documents.ts';
import type { SectionRow } from './comparison-model.ts';
import { versionSections } from './version-comparison.ts';

const cache = new WeakMap<SectionArrival, SectionRow | undefined>();

/**
 * A section that came from another program, compared with the text it had there: what the
 * receiving program's pages show instead of "new section" with all its text as added.
 */
export function arrivalComparison(arrival: SectionArrival, version: VersionModel): SectionRow | undefined {
  if (cache.has(arrival)) return cache.get(arrival);
  const older = versionSections(arrival.version).filter((section) => section.id === arrival.section.id);
  const newer = versionSections(version).filter((section) => section.id === arrival.sectionId);
  // The sections pair as one, whatever their IDs: the arrival says they are the same text.
  const row = compareDocuments({
    programId: version.programId,
    older: older.map((section) => ({ ...section, id: `fran-${section.id}`, elsewhere: arrival.version.data.titel })),
    newer,
    declared: [
      { kind: 'omdopt', from: [`fran-${arrival.section.id}`], to: [{ programId: version.programId, sectionId: arrival.sectionId }] },
    ],
  }).rows[0];
  cache.set(arrival, row);
  return row;
}
