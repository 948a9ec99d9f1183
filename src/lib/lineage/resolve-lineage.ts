import type { LineageClaim } from '#schemas/lineage.ts';

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
}

export interface LineageProblem {
  /** Where in frontmatter the fault is: `['harkomst', 2, 'fran']`, or `['harkomst']`. */
  path: (string | number)[];
  message: string;
  hint?: string;
  /** The ID at fault, so callers can suggest near ones. */
  badId?: string;
  /** The IDs it should have been one of. */
  candidates?: string[];
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
      problems.push({
        path,
        message: `avsnittet "${id}" finns inte i föregående version.`,
        badId: id,
        candidates: [...previousIds],
      });
      return false;
    }
    const earlier = accountedFrom.get(id);
    if (earlier !== undefined) {
      problems.push({
        path,
        message: `avsnittet "${id}" i föregående version har redan en härkomst (post ${earlier + 1}).`,
        hint: 'Ett avsnitt kan bara gå ett sätt: slå ihop, dela, flytta, byt namn eller ta bort — välj ett.',
      });
      return false;
    }
    accountedFrom.set(id, index);
    return true;
  };

  const checkLocalTo = (id: string, index: number, path: (string | number)[]) => {
    if (!currentIds.has(id)) {
      problems.push({ path, message: `avsnittet "${id}" finns inte i denna version.`, badId: id, candidates: [...currentIds] });
      return false;
    }
    const earlier = accountedTo.get(id);
    if (earlier !== undefined) {
      problems.push({
        path,
        message: `avsnittet "${id}" har redan en härkomst (post ${earlier + 1}).`,
        hint: 'Samla det i en post, t.ex. en sammanslagning med flera avsnitt i "fran".',
      });
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
      problems.push({ path, message: `programmet "${ref.programId}" finns inte.`, badId: ref.programId });
      return false;
    }
    if (!external.includes(ref.sectionId)) {
      problems.push({
        path,
        message: `avsnittet "${ref.sectionId}" finns inte i programmet "${ref.programId}".`,
        badId: ref.sectionId,
        candidates: [...external],
      });
      return false;
    }
    return true;
  };

  claims.forEach((claim, index) => {
    const at = (...rest: (string | number)[]) => ['harkomst', index, ...rest];
    switch (claim.typ) {
      case 'ny':
        if (previousIds.has(claim.till)) {
          problems.push({
            path: at('till'),
            message: `avsnittet "${claim.till}" kan inte vara nytt: det finns redan i föregående version.`,
            hint: 'Ett avsnitt som behåller sitt id behöver ingen härkomst. Ta bort posten.',
          });
        } else if (checkLocalTo(claim.till, index, at('till'))) {
          links.push({ kind: 'ny', from: [], to: [{ programId, sectionId: claim.till }], claimIndex: index });
        }
        break;
      case 'borttagen':
        if (currentIds.has(claim.fran)) {
          problems.push({
            path: at('fran'),
            message: `avsnittet "${claim.fran}" kan inte vara borttaget: det finns kvar med samma id.`,
            hint: 'Ta bort posten, eller ge avsnittet i denna version ett annat id.',
          });
        } else if (checkFrom(claim.fran, index, at('fran'))) {
          links.push({ kind: 'borttagen', from: [claim.fran], to: [], claimIndex: index });
        }
        break;
      case 'omdopt':
      case 'flyttad': {
        const to = parseSectionRef(claim.till, programId);
        if (claim.typ === 'omdopt' && claim.fran === claim.till) {
          problems.push({
            path: at('till'),
            message: `"${claim.fran}" byter inte id.`,
            hint: 'Ett avsnitt som behåller sitt id räknas som samma avsnitt (med ny rubrik om den ändrats). Ta bort posten.',
          });
          break;
        }
        if (currentIds.has(claim.fran) && to.programId === programId) {
          problems.push({
            path: at('fran'),
            message: `avsnittet "${claim.fran}" finns kvar med samma id och kan inte samtidigt bli "${claim.till}".`,
          });
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
          problems.push({
            path: at('fran'),
            message: `avsnittet "${id}" finns kvar med samma id och kan inte samtidigt ha gått upp i "${claim.till}".`,
          });
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
          problems.push({
            path: at('fran'),
            message: `avsnittet "${claim.fran}" finns kvar med samma id men är inte en av delarna.`,
            hint: `Lägg till "${claim.fran}" i "till", eller ge det andra id:n.`,
          });
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

  for (const section of input.current) {
    if (!accountedTo.has(section.id)) {
      problems.push({
        path: ['harkomst'],
        message: `avsnittet "${section.id}" (${section.title}) är nytt i denna version men saknar härkomst.`,
        hint: `Lägg till "- { typ: ny, till: ${section.id} }", eller ange vilket avsnitt det kommer från (omdopt, sammanslagen, delad).`,
      });
    }
  }
  for (const section of input.previous) {
    if (!currentIds.has(section.id) && !accountedFrom.has(section.id)) {
      problems.push({
        path: ['harkomst'],
        message: `avsnittet "${section.id}" (${section.title}) i föregående version saknas i denna version utan förklaring.`,
        hint: `Ange vad som hände med det: borttagen, omdopt, sammanslagen, delad eller flyttad (t.ex. "- { typ: borttagen, fran: ${section.id} }").`,
      });
    }
  }
  return { links, problems };
}
