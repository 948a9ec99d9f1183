import type { LineageKind, LineageLink, SectionRef, SectionSummary } from './resolve-lineage.ts';

/** What happened to sections between any two versions; `omfordelad` when several became several. */
export type CorrespondenceKind = LineageKind | 'omfordelad';

/** Sections of the older version and where they are in the newer one (or another program). */
export interface Correspondence {
  kind: CorrespondenceKind;
  /** Section IDs in the older version, in its order. */
  from: string[];
  /** Sections of the newer version, then sections in other programs. */
  to: SectionRef[];
}

const keyOf = (ref: SectionRef) => `${ref.programId}:${ref.sectionId}`;

/**
 * Composes the declared lineage of consecutive versions into one correspondence between the
 * first and the last: `steps[i]` holds the lineage of the version after `i` steps. A section
 * that left for another program stays there; what became of a section over several revisions is
 * judged by where it started and where it ended (two sections merged and later renamed are a
 * merge). Sections of the last version that nothing leads to are new.
 */
export function composeLineage(
  programId: string,
  first: readonly SectionSummary[],
  last: readonly SectionSummary[],
  steps: readonly (readonly LineageLink[])[],
): Correspondence[] {
  let reach = new Map(first.map((section) => [section.id, [{ programId, sectionId: section.id }] as SectionRef[]]));
  for (const links of steps) {
    const next = new Map<string, SectionRef[]>();
    for (const link of links) for (const id of link.from) next.set(id, [...(next.get(id) ?? []), ...link.to]);
    reach = new Map(
      [...reach].map(([id, refs]) => [
        id,
        dedupe(refs.flatMap((ref) => (ref.programId === programId ? (next.get(ref.sectionId) ?? []) : [ref]))),
      ]),
    );
  }

  const lastIds = new Set(last.map((section) => section.id));
  const lastOrder = new Map(last.map((section, index) => [section.id, index]));
  const parent = new Map<string, string>();
  const find = (node: string): string => {
    const up = parent.get(node) ?? node;
    if (up === node) return node;
    const root = find(up);
    parent.set(node, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  const targetsOf = new Map<string, SectionRef>();
  for (const [id, refs] of reach) {
    for (const ref of refs) {
      if (ref.programId === programId && !lastIds.has(ref.sectionId)) continue;
      targetsOf.set(keyOf(ref), ref);
      union(`old:${id}`, keyOf(ref));
    }
  }

  const components = new Map<string, { from: string[]; to: SectionRef[] }>();
  const component = (node: string) => {
    const root = find(node);
    const found = components.get(root) ?? { from: [], to: [] };
    components.set(root, found);
    return found;
  };
  for (const section of first) component(`old:${section.id}`).from.push(section.id);
  for (const section of last) component(keyOf({ programId, sectionId: section.id })).to.push({ programId, sectionId: section.id });
  for (const [key, ref] of targetsOf) if (ref.programId !== programId) component(key).to.push(ref);

  const titleOf = (sections: readonly SectionSummary[], id: string) => sections.find((section) => section.id === id)?.title;
  return [...components.values()].map(({ from, to }) => {
    to.sort((a, b) => rank(a) - rank(b));
    function rank(ref: SectionRef) {
      return ref.programId === programId ? (lastOrder.get(ref.sectionId) ?? 0) : Number.MAX_SAFE_INTEGER;
    }
    return { kind: classify(from, to, programId, titleOf(first, from[0] ?? ''), titleOf(last, to[0]?.sectionId ?? '')), from, to };
  });
}

function classify(from: string[], to: SectionRef[], programId: string, oldTitle?: string, newTitle?: string): CorrespondenceKind {
  if (from.length === 0) return 'ny';
  if (to.length === 0) return 'borttagen';
  const local = to.filter((ref) => ref.programId === programId);
  if (from.length === 1 && to.length === 1) {
    if (local.length === 0) return 'flyttad';
    return to[0]?.sectionId === from[0] && oldTitle === newTitle ? 'samma' : 'omdopt';
  }
  if (to.length === 1) return local.length === 1 ? 'sammanslagen' : 'flyttad';
  return from.length === 1 ? 'delad' : 'omfordelad';
}

function dedupe(refs: SectionRef[]): SectionRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(keyOf(ref)) && seen.add(keyOf(ref)));
}
