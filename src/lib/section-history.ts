import type { SectionRow } from './comparison-model.ts';
import type { AnvisningModel, AnvisningVersionModel, Corpus, ProgramModel, SectionModel, VersionModel } from './corpus-model.ts';
import type { LineageKind } from './lineage.ts';
import { compareProgramVersions } from './version-comparison.ts';

/** The section in one version, with how it changed from the version before. */
export interface Appearance {
  version: VersionModel;
  section: SectionModel;
  /** The comparison row with the version this one revises; absent for the first version. */
  previous?: { version: VersionModel; row: SectionRow };
  /** Later versions (revising this one) that no longer have the section, and where its text went. */
  departures: { version: VersionModel; row: SectionRow }[];
}

/** A section of another program that, by that program's lineage, continues here. */
export interface Arrival {
  program: ProgramModel;
  version: VersionModel;
  kind: LineageKind;
  sections: SectionModel[];
}

export interface SectionHistory {
  program: ProgramModel;
  sectionId: string;
  /** The section as it reads in the newest version that has it. */
  latest: SectionModel;
  /** Oldest first. */
  appearances: Appearance[];
  arrivals: Arrival[];
  /** Versions of anvisningar that have completed the section, oldest decision first. */
  anvisningar: { anvisning: AnvisningModel; version: AnvisningVersionModel }[];
}

/** Every section ID a program has had, in order of first appearance. */
export function programSectionIds(program: ProgramModel): string[] {
  return [...new Set(program.versions.flatMap((version) => version.sections.map((section) => section.id)))];
}

/**
 * A section's life across a program's versions: its text in each version that has it, the
 * comparison with the version before (which, through lineage, names what it came from), where it
 * went when it left, and the anvisningar that completed it.
 */
export function sectionHistory(corpus: Corpus, program: ProgramModel, sectionId: string): SectionHistory | undefined {
  const byId = new Map(program.versions.map((version) => [version.id, version]));
  const appearances: Appearance[] = [];
  for (const version of program.versions) {
    const section = version.sections.find((candidate) => candidate.id === sectionId);
    if (!section) continue;
    const before = version.data.foregaende ? byId.get(version.data.foregaende) : undefined;
    const previous = before && rowWith(compareProgramVersions(corpus, program, before, version).rows, 'newer', sectionId);
    const departures = program.versions
      .filter((later) => later.data.foregaende === version.id && !later.sections.some((candidate) => candidate.id === sectionId))
      .flatMap((later) => {
        const row = rowWith(compareProgramVersions(corpus, program, version, later).rows, 'older', sectionId);
        return row ? [{ version: later, row }] : [];
      });
    appearances.push({ version, section, previous: before && previous ? { version: before, row: previous } : undefined, departures });
  }
  const latest = appearances.at(-1)?.section;
  if (!latest) return undefined;

  const arrivals: Arrival[] = [];
  for (const other of corpus.programs) {
    if (other === program) continue;
    for (const version of other.versions) {
      const previous = other.versions.find((candidate) => candidate.id === version.data.foregaende);
      for (const link of version.lineage) {
        if (!previous || !link.to.some((ref) => ref.programId === program.id && ref.sectionId === sectionId)) continue;
        const sections = link.from.map((id) => previous.sections.find((section) => section.id === id)).filter((s) => s !== undefined);
        arrivals.push({ program: other, version: previous, kind: link.kind, sections });
      }
    }
  }

  const anvisningar = corpus.anvisningar.flatMap((anvisning) =>
    anvisning.versions
      .filter((version) => version.data.program === program.id && version.data.avsnitt.includes(sectionId))
      .map((version) => ({ anvisning, version })),
  );
  anvisningar.sort((a, b) => (a.version.data.beslutsdatum ?? '9999').localeCompare(b.version.data.beslutsdatum ?? '9999'));
  return { program, sectionId, latest, appearances, arrivals, anvisningar };
}

function rowWith(rows: readonly SectionRow[], side: 'older' | 'newer', sectionId: string): SectionRow | undefined {
  return rows.find((row) => row[side].some((section) => section.id === sectionId && !section.elsewhere));
}
