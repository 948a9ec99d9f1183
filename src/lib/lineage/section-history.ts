import type { SectionRow } from '#lib/compare/comparison-model.ts';
import type { AnvisningModel, AnvisningVersionModel, Corpus, ProgramModel, SectionModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import type { LineageKind } from './resolve-lineage.ts';
import { compareProgramVersions } from '#lib/compare/version-comparison.ts';

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

/** Kinds of change after which a section is still the same section, under its old or a new ID. */
const CONTINUES = new Set(['samma', 'omdopt']);

/**
 * A section's life across a program's versions: its text in each version that has it, under
 * whatever ID its lineage gives it (a section renamed with a new ID is followed both ways), the
 * comparison with the version before (which names what it came from), where it went when it
 * left, and the anvisningar that completed it.
 */
export function sectionHistory(corpus: Corpus, program: ProgramModel, sectionId: string): SectionHistory | undefined {
  const byId = new Map(program.versions.map((version) => [version.id, version]));
  const appearance = (version: VersionModel, id: string): Appearance | undefined => {
    const section = version.sections.find((candidate) => candidate.id === id);
    if (!section) return undefined;
    const before = version.data.foregaende ? byId.get(version.data.foregaende) : undefined;
    const previous = before && rowWith(compareProgramVersions(corpus, program, before, version).rows, 'newer', id);
    const departures = program.versions
      .filter((later) => later.data.foregaende === version.id && !later.sections.some((candidate) => candidate.id === id))
      .flatMap((later) => {
        const row = rowWith(compareProgramVersions(corpus, program, version, later).rows, 'older', id);
        return row ? [{ version: later, row }] : [];
      });
    return { version, section, previous: before && previous ? { version: before, row: previous } : undefined, departures };
  };

  const appearances = program.versions.map((version) => appearance(version, sectionId)).filter((a) => a !== undefined);
  // Follow a change of ID backwards and forwards, as long as the section stays one section.
  for (let first = appearances[0]; first?.previous && CONTINUES.has(first.previous.row.kind) && first.previous.row.older.length === 1; ) {
    const earlier = appearance(first.previous.version, first.previous.row.older[0]?.id ?? '');
    if (!earlier || appearances.some((a) => a.version === earlier.version)) break;
    appearances.unshift(earlier);
    first = earlier;
  }
  for (let last = appearances.at(-1); last; ) {
    const renamed = last.departures.find(({ row }) => row.kind === 'omdopt' && row.newer.length === 1 && !row.newer[0]?.elsewhere);
    const later = renamed && appearance(renamed.version, renamed.row.newer[0]?.id ?? '');
    if (!later || appearances.some((a) => a.version === later.version)) break;
    appearances.push(later);
    const followers = program.versions.filter((version) => program.versions.indexOf(version) > program.versions.indexOf(later.version));
    appearances.push(...followers.map((version) => appearance(version, later.section.id)).filter((a) => a !== undefined));
    last = appearances.at(-1);
  }
  // A rename the history follows is not a departure.
  const versions = new Set(appearances.map((a) => a.version));
  for (const a of appearances)
    a.departures = a.departures.filter(({ version, row }) => !(versions.has(version) && CONTINUES.has(row.kind)));
  const latest = appearances.at(-1)?.section;
  if (!latest) return undefined;
  const ids = new Set(appearances.map((a) => a.section.id));

  const arrivals: Arrival[] = [];
  for (const other of corpus.programs) {
    if (other === program) continue;
    for (const version of other.versions) {
      const previous = other.versions.find((candidate) => candidate.id === version.data.foregaende);
      for (const link of version.lineage) {
        if (!previous || !link.to.some((ref) => ref.programId === program.id && ids.has(ref.sectionId))) continue;
        const sections = link.from.map((id) => previous.sections.find((section) => section.id === id)).filter((s) => s !== undefined);
        arrivals.push({ program: other, version: previous, kind: link.kind, sections });
      }
    }
  }

  // The receiving side may declare the move alone.
  for (const { version } of appearances) {
    for (const arrival of version.arrivals) {
      const known = arrivals.some((a) => a.program === arrival.program && a.sections.some((s) => s.id === arrival.section.id));
      if (ids.has(arrival.sectionId) && !known)
        arrivals.push({ program: arrival.program, version: arrival.version, kind: 'flyttad', sections: [arrival.section] });
    }
  }

  const anvisningar = corpus.anvisningar.flatMap((anvisning) =>
    anvisning.versions
      .filter((version) => version.data.program === program.id && version.data.avsnitt.some((id) => ids.has(id)))
      .map((version) => ({ anvisning, version })),
  );
  anvisningar.sort((a, b) => (a.version.data.beslutsdatum ?? '9999').localeCompare(b.version.data.beslutsdatum ?? '9999'));
  return { program, sectionId, latest, appearances, arrivals, anvisningar };
}

function rowWith(rows: readonly SectionRow[], side: 'older' | 'newer', sectionId: string): SectionRow | undefined {
  return rows.find((row) => row[side].some((section) => section.id === sectionId && !section.elsewhere));
}
