import { compareDocuments } from './compare-documents.ts';
import type { DocumentComparison } from './comparison-model.ts';
import { composeLineage } from '#lib/lineage/compose-lineage.ts';
import type { AnvisningModel, AnvisningVersionModel, Corpus, ProgramModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import { homeOfSection } from '#lib/lineage/in-force.ts';
import type { ComparableSection } from './text-blocks.ts';
import { urls } from '#lib/routes/urls.ts';

const cache = new WeakMap<object, Map<string, DocumentComparison>>();

function cached(owner: object, key: string, compute: () => DocumentComparison): DocumentComparison {
  const byKey = cache.get(owner) ?? new Map<string, DocumentComparison>();
  cache.set(owner, byKey);
  const found = byKey.get(key) ?? compute();
  byKey.set(key, found);
  return found;
}

/** The versions from `older` to `newer` along `foregaende`, or undefined when one does not descend from the other. */
export function versionChain(program: ProgramModel, older: VersionModel, newer: VersionModel): VersionModel[] | undefined {
  const byId = new Map(program.versions.map((version) => [version.id, version]));
  const chain = [newer];
  for (let current = newer; current !== older; ) {
    const previous = current.data.foregaende ? byId.get(current.data.foregaende) : undefined;
    if (!previous || chain.includes(previous)) return undefined;
    chain.unshift(previous);
    current = previous;
  }
  return chain;
}

export function versionSections(version: VersionModel): ComparableSection[] {
  return version.sections.map((section) => ({
    id: section.id,
    title: section.title,
    number: section.number,
    level: section.level,
    blocks: section.blocks,
    href: urls.section(version.programId, version.id, section.id),
  }));
}

/**
 * Compares two versions of a program. When the newer descends from the older, their declared
 * lineage is composed across every version in between; sections that moved to another program
 * are compared with where they are now.
 */
export function compareProgramVersions(
  corpus: Corpus,
  program: ProgramModel,
  older: VersionModel,
  newer: VersionModel,
): DocumentComparison {
  return cached(corpus, `${program.id}/${older.id}/${newer.id}`, () => {
    const chain = versionChain(program, older, newer);
    const declared = chain
      ? composeLineage(
          program.id,
          older.sections,
          newer.sections,
          chain.slice(1).map((version) => version.lineage),
        )
      : undefined;
    return compareDocuments({
      programId: program.id,
      older: versionSections(older),
      newer: versionSections(newer),
      declared,
      external: (ref) => {
        const other = corpus.program(ref.programId);
        const home = other && homeOfSection(other, ref.sectionId);
        if (!other || !home) return undefined;
        const [section] = versionSections(home.version).filter((candidate) => candidate.id === ref.sectionId);
        return section && { ...section, elsewhere: home.version.data.titel };
      },
    });
  });
}

/** Compares two versions of an anvisning, pairing its headings by wording and then by similarity. */
export function compareAnvisningVersions(
  anvisning: AnvisningModel,
  older: AnvisningVersionModel,
  newer: AnvisningVersionModel,
): DocumentComparison {
  return cached(anvisning, `${older.id}/${newer.id}`, () =>
    compareDocuments({ programId: anvisning.id, older: older.sections, newer: newer.sections }),
  );
}

/** Every pair of versions, older first, in the order the versions are listed. */
export function versionPairs<T>(versions: readonly T[]): [older: T, newer: T][] {
  return versions.flatMap((older, i) => versions.slice(i + 1).map((newer): [T, T] => [older, newer]));
}
