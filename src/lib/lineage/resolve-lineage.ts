import { isArrivalClaim, type LineageClaim } from '#schemas/lineage.ts';
import type { ProblemText } from '#lib/content/content-problem.ts';
import { lineageProblem } from './problems.ts';

/** What happened to sections between two consecutive versions of a program. */
export type LineageKind = 'samma' | 'omdopt' | 'ny' | 'borttagen' | 'sammanslagen' | 'delad' | 'flyttad';

/** A section reference after resolution: in this program, or in another one. */
export interface SectionRef {
  programId: string;
  sectionId: string;
}

export interface LineageLink {
  kind: LineageKind;
  /** Section IDs in the previous version. */
  from: string[];
  /** Sections in the new version or, for moved and split sections, possibly in other programs. */
  to: SectionRef[];
  /** Index of the declaring claim in `harkomst`, if declared rather than implied by a kept ID. */
  claimIndex?: number;
  /** For a section new to this program that came from another: where it was, as the receiving side declares. */
  arrivedFrom?: SectionRef;
}

export interface LineageProblem extends ProblemText {
  /** Where in frontmatter the fault is: `['harkomst', 2, 'fran']`, or `['harkomst']`. */
  path: (string | number)[];
}

export interface SectionSummary {
  id: string;
  title: string;
}

export interface LineageInput {
  programId: string;
  previous: readonly SectionSummary[];
  current: readonly SectionSummary[];
  claims: readonly LineageClaim[];
  /** Whether a section exists in some version of another program; undefined when the program is unknown. */
  externalSectionIds: (programId: string) => readonly string[] | undefined;
  /** Where another program says a section of this one went (`fran: "program:avsnitt"` on its side), if it says so. */
  arrivedElsewhere?: (sectionId: string) => SectionRef | undefined;
}

/** `program:avsnitt` or `avsnitt` → a reference, defaulting to the version's own program. */
export function parseSectionRef(ref: string, programId: string): SectionRef {
  const colon = ref.indexOf(':');
  return colon === -1 ? { programId, sectionId: ref } : { programId: ref.slice(0, colon), sectionId: ref.slice(colon + 1) };
}

/**
 * Resolves a version's declared lineage against the previous version, and reports every claim
 * that cannot be true: unknown IDs, sections accounted for twice, sections that appear or vanish
 * without a claim, and claims that contradict a kept ID.
 */
export function resolveLineage(input: LineageInput): { links: LineageLink[]; problems: LineageProblem[] } {
  const { programId, claims } = input;
  const previousIds = new Set(input.previous.map((section) => section.id));
  const currentIds = new Set(input.current.map((section) => section.id));
  const previousTitles = new Map(input.previous.map((section) => [section.id, section.title]));
  const currentTitles = new Map(input.current.map((section) => [section.id, section.title]));
  const problems: LineageProblem[] = [];
  const links: LineageLink[] = [];
  const accountedFrom = new Map<string, number>();
  const accountedTo = new Map<string, number>();

  const checkFrom = (id: string, index: number, path: (string | number)[]) => {
    if (!previousIds.has(id)) {
      problems.push({ path, ...lineageProblem('lineage/unknown-previous-section', { id, known: previousIds }) });
      return false;
    }
    const earlier = accountedFrom.get(id);
    if (earlier !== undefined) {
      problems.push({ path, ...lineageProblem('lineage/previous-section-twice', { id, claim: earlier + 1 }) });
      return false;
    }
    accountedFrom.set(id, index);
    return true;
  };

  const checkLocalTo = (id: string, index: number, path: (string | number)[]) => {
    if (!currentIds.has(id)) {
      problems.push({ path, ...lineageProblem('lineage/unknown-section', { id, known: currentIds }) });
      return false;
    }
    const earlier = accountedTo.get(id);
    if (earlier !== undefined) {
      problems.push({ path, ...lineageProblem('lineage/section-twice', { id, claim: earlier + 1 }) });
      return false;
    }
    accountedTo.set(id, index);
    return true;
  };

  const checkTo = (ref: SectionRef, index: number, path: (string | number)[], source?: string) => {
    if (ref.programId === programId) {
      // A split may keep the source's ID for one of its parts.
      if (source === ref.sectionId && currentIds.has(ref.sectionId)) {
        accountedTo.set(ref.sectionId, index);
        return true;
      }
      return checkLocalTo(ref.sectionId, index, path);
    }
    const external = input.externalSectionIds(ref.programId);
    if (!external) {
      problems.push({ path, ...lineageProblem('lineage/unknown-program', { programId: ref.programId }) });
      return false;
    }
    if (!external.includes(ref.sectionId)) {
      problems.push({
        path,
        ...lineageProblem('lineage/unknown-program-section', { id: ref.sectionId, programId: ref.programId, known: external }),
      });
      return false;
    }
    return true;
  };

  claims.forEach((claim, index) => {
    const at = (...rest: (string | number)[]) => ['harkomst', index, ...rest];
    if (claim.typ === 'flyttad' && isArrivalClaim(claim)) {
      // Declared by the receiving side: the section is new to this program, and came from another.
      const source = parseSectionRef(claim.fran, programId);
      if (previousIds.has(claim.till)) {
        problems.push({ path: at('till'), ...lineageProblem('lineage/new-but-kept', { id: claim.till }) });
      } else if (checkTo(source, index, at('fran')) && checkLocalTo(claim.till, index, at('till'))) {
        links.push({ kind: 'ny', from: [], to: [{ programId, sectionId: claim.till }], claimIndex: index, arrivedFrom: source });
      }
      return;
    }
    switch (claim.typ) {
      case 'ny':
        if (previousIds.has(claim.till)) {
          problems.push({ path: at('till'), ...lineageProblem('lineage/new-but-kept', { id: claim.till }) });
        } else if (checkLocalTo(claim.till, index, at('till'))) {
          links.push({ kind: 'ny', from: [], to: [{ programId, sectionId: claim.till }], claimIndex: index });
        }
        break;
      case 'borttagen':
        if (currentIds.has(claim.fran)) {
          problems.push({ path: at('fran'), ...lineageProblem('lineage/removed-but-kept', { id: claim.fran }) });
        } else if (checkFrom(claim.fran, index, at('fran'))) {
          links.push({ kind: 'borttagen', from: [claim.fran], to: [], claimIndex: index });
        }
        break;
      case 'omdopt':
      case 'flyttad': {
        const to = parseSectionRef(claim.till, programId);
        if (claim.typ === 'omdopt' && claim.fran === claim.till) {
          problems.push({ path: at('till'), ...lineageProblem('lineage/renamed-to-same-id', { id: claim.fran }) });
          break;
        }
        if (currentIds.has(claim.fran) && to.programId === programId) {
          problems.push({ path: at('fran'), ...lineageProblem('lineage/kept-but-renamed', { id: claim.fran, to: claim.till }) });
          break;
        }
        const fromOk = checkFrom(claim.fran, index, at('fran'));
        const toOk = checkTo(to, index, at('till'));
        if (fromOk && toOk) links.push({ kind: claim.typ, from: [claim.fran], to: [to], claimIndex: index });
        break;
      }
      case 'sammanslagen': {
        const kept = claim.fran.filter((id) => id !== claim.till && currentIds.has(id));
        for (const id of kept) {
          problems.push({ path: at('fran'), ...lineageProblem('lineage/kept-but-merged', { id, to: claim.till }) });
        }
        const fromOk = claim.fran.map((id, i) => checkFrom(id, index, at('fran', i))).every(Boolean);
        // A merge may keep the ID of one of its sources.
        const keepsSourceId = claim.fran.includes(claim.till) && currentIds.has(claim.till);
        if (keepsSourceId) accountedTo.set(claim.till, index);
        const toOk = keepsSourceId || checkLocalTo(claim.till, index, at('till'));
        if (fromOk && toOk && kept.length === 0) {
          links.push({ kind: 'sammanslagen', from: [...claim.fran], to: [{ programId, sectionId: claim.till }], claimIndex: index });
        }
        break;
      }
      case 'delad': {
        const targets = claim.till.map((ref) => parseSectionRef(ref, programId));
        if (currentIds.has(claim.fran) && !targets.some((t) => t.programId === programId && t.sectionId === claim.fran)) {
          problems.push({ path: at('fran'), ...lineageProblem('lineage/kept-but-not-a-part', { id: claim.fran }) });
          break;
        }
        const fromOk = checkFrom(claim.fran, index, at('fran'));
        const toOk = targets.map((target, i) => checkTo(target, index, at('till', i), claim.fran)).every(Boolean);
        if (fromOk && toOk) links.push({ kind: 'delad', from: [claim.fran], to: targets, claimIndex: index });
        break;
      }
    }
  });

  for (const section of input.current) {
    if (!previousIds.has(section.id)) continue;
    if (accountedFrom.has(section.id)) continue;
    accountedTo.set(section.id, accountedTo.get(section.id) ?? -1);
    const renamed = previousTitles.get(section.id) !== currentTitles.get(section.id);
    links.push({ kind: renamed ? 'omdopt' : 'samma', from: [section.id], to: [{ programId, sectionId: section.id }] });
  }

  // A claim that names a section wrongly leaves sections unaccounted for: one mistake, reported once, at the claim.
  if (problems.length > 0) return { links, problems };
  for (const section of input.current) {
    if (!accountedTo.has(section.id)) {
      problems.push({ path: ['harkomst'], ...lineageProblem('lineage/new-without-lineage', { id: section.id, title: section.title }) });
    }
  }
  for (const section of input.previous) {
    if (!currentIds.has(section.id) && !accountedFrom.has(section.id)) {
      // The receiving program may declare the move alone.
      const elsewhere = input.arrivedElsewhere?.(section.id);
      if (elsewhere) {
        links.push({ kind: 'flyttad', from: [section.id], to: [elsewhere] });
        continue;
      }
      problems.push({
        path: ['harkomst'],
        ...lineageProblem('lineage/removed-without-lineage', { id: section.id, title: section.title }),
      });
    }
  }
  return { links, problems };
}
