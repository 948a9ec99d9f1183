import type { Corpus, VersionModel } from '#lib/corpus/corpus-model.ts';
import type { LineageKind, SectionRef } from './resolve-lineage.ts';
import { homeOfSection } from './in-force.ts';
import { urls } from '#lib/routes/urls.ts';

export interface LinkedSection {
  label: string;
  href?: string;
  /** The program's short name when the section is in another program. */
  otherProgram?: string;
}

export interface LineageEntry {
  kind: LineageKind;
  /** A section new to this program that came from another one: `from` names it there. */
  arrived?: true;
  from: LinkedSection[];
  to: LinkedSection[];
}

/**
 * A version's lineage as readers see it: every change except sections that simply carried on,
 * with titles and links on both sides. Sections moved to another program link to the version of
 * that program where the section is found (the one in force if it is there).
 */
export function lineageEntries(corpus: Corpus, version: VersionModel, previous: VersionModel): LineageEntry[] {
  const inVersion = (v: VersionModel, id: string): LinkedSection => {
    const section = v.sections.find((candidate) => candidate.id === id);
    return section ? { label: `${section.number} ${section.title}`, href: urls.section(v.programId, v.id, id) } : { label: id };
  };
  const resolve = (ref: SectionRef): LinkedSection => {
    if (ref.programId === version.programId) return inVersion(version, ref.sectionId);
    const program = corpus.program(ref.programId);
    const home = program && homeOfSection(program, ref.sectionId);
    const linked = home ? inVersion(home.version, ref.sectionId) : { label: ref.sectionId };
    return { ...linked, otherProgram: program?.data.kortnamn ?? ref.programId };
  };
  const order = (entry: LineageEntry) => (entry.kind === 'ny' ? 1 : 0);
  return version.lineage
    .filter((link) => link.kind !== 'samma')
    .map(
      (link): LineageEntry =>
        link.arrivedFrom
          ? { kind: link.kind, arrived: true, from: [resolve(link.arrivedFrom)], to: link.to.map(resolve) }
          : { kind: link.kind, from: link.from.map((id) => inVersion(previous, id)), to: link.to.map(resolve) },
    )
    .sort((a, b) => order(a) - order(b));
}
