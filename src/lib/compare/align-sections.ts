import type { Correspondence, CorrespondenceKind } from '#lib/lineage/compose-lineage.ts';
import type { SectionRef } from '#lib/lineage/resolve-lineage.ts';
import { similarity, wordBag } from '#lib/text/text-similarity.ts';

/** How two versions' sections pair up; `trolig` when paired only because their texts are alike. */
export type PairKind = CorrespondenceKind | 'trolig';

export interface SectionPair {
  kind: PairKind;
  oldIds: string[];
  /** Sections of the newer version. */
  newIds: string[];
  /** Sections in other programs that (part of) the old text moved to. */
  external: SectionRef[];
  /** For `trolig`: how alike the texts are, 0–1. */
  similarity?: number;
}

export interface AlignableSection {
  id: string;
  title: string;
  /** The section's own text, for matching sections that have no declared lineage. */
  text: string;
}

/** Below this, two sections are not shown as probably the same. */
export const PROBABLE_MIN = 0.4;

/**
 * Pairs the sections of two versions. Declared lineage decides when there is one; otherwise a
 * section pairs with the one that has its ID, and the rest pair by text similarity, best match
 * first, and are shown as probable. What is left is new or removed.
 */
export function alignSections(
  programId: string,
  older: readonly AlignableSection[],
  newer: readonly AlignableSection[],
  declared?: readonly Correspondence[],
): SectionPair[] {
  if (declared) {
    return declared.map((entry) => ({
      kind: entry.kind,
      oldIds: entry.from,
      newIds: entry.to.filter((ref) => ref.programId === programId).map((ref) => ref.sectionId),
      external: entry.to.filter((ref) => ref.programId !== programId),
    }));
  }

  const pairs: SectionPair[] = [];
  const newById = new Map(newer.map((section) => [section.id, section]));
  const unmatchedOld: AlignableSection[] = [];
  const matchedNew = new Set<string>();
  for (const section of older) {
    const same = newById.get(section.id);
    if (!same) {
      unmatchedOld.push(section);
      continue;
    }
    matchedNew.add(same.id);
    pairs.push({ kind: same.title === section.title ? 'samma' : 'omdopt', oldIds: [section.id], newIds: [same.id], external: [] });
  }
  const unmatchedNew = newer.filter((section) => !matchedNew.has(section.id));

  const bag = (section: AlignableSection) => wordBag(`${section.title} ${section.text}`);
  const newBags = unmatchedNew.map(bag);
  const candidates = unmatchedOld.flatMap((section, i) => {
    const oldBag = bag(section);
    return newBags.map((newBag, j) => ({ i, j, score: similarity(oldBag, newBag) })).filter(({ score }) => score >= PROBABLE_MIN);
  });
  candidates.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const takenOld = new Set<number>();
  const takenNew = new Set<number>();
  for (const { i, j, score } of candidates) {
    if (takenOld.has(i) || takenNew.has(j)) continue;
    takenOld.add(i);
    takenNew.add(j);
    const [from, to] = [unmatchedOld[i] as AlignableSection, unmatchedNew[j] as AlignableSection];
    pairs.push({ kind: 'trolig', oldIds: [from.id], newIds: [to.id], external: [], similarity: score });
  }
  unmatchedOld.forEach((section, i) => {
    if (!takenOld.has(i)) pairs.push({ kind: 'borttagen', oldIds: [section.id], newIds: [], external: [] });
  });
  unmatchedNew.forEach((section, j) => {
    if (!takenNew.has(j)) pairs.push({ kind: 'ny', oldIds: [], newIds: [section.id], external: [] });
  });
  return pairs;
}
