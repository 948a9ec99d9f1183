import { isArrivalClaim } from '#schemas/lineage.ts';
import type { ProgramVersion } from '#schemas/program-version.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import type { ProgramModel, SectionModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import { lineageProblem } from './problems.ts';
import { parseSectionRef, type SectionRef } from './resolve-lineage.ts';

/** A section that came to this version from another program, and the text it came from. */
export interface SectionArrival {
  /** The section in this version. */
  sectionId: string;
  program: ProgramModel;
  /** The last version of the giving program that had the section. */
  version: VersionModel;
  section: SectionModel;
}

const keyOf = (ref: SectionRef) => `${ref.programId}:${ref.sectionId}`;

/**
 * Where sections moved between programs, from whichever side declared it: the giving version's
 * `flyttad`/`delad` to `program:avsnitt`, or the receiving version's `flyttad` from
 * `program:avsnitt`. Gives every receiving version its `arrivals` (so its own pages can say where a
 * section came from) and reports a claim the other side contradicts. Runs once every program's
 * lineage is resolved.
 */
export function resolveArrivals(
  programs: ReadonlyMap<string, ProgramModel>,
  entries: readonly ContentEntry<ProgramVersion>[],
  report: ProblemReporter,
): void {
  const entryAt = new Map(entries.map((entry) => [entry.path, entry]));
  // What the giving side says became of each of its sections that left: "program:avsnitt" → targets.
  const given = new Map<string, { targets: SectionRef[]; version: VersionModel }>();
  for (const program of programs.values()) {
    for (const version of program.versions) {
      for (const link of version.lineage) {
        for (const id of link.kind === 'samma' ? [] : link.from) {
          const left = link.to.every((ref) => ref.programId !== program.id || ref.sectionId !== id);
          if (left) given.set(`${program.id}:${id}`, { targets: link.to, version });
        }
      }
    }
  }

  for (const program of programs.values()) {
    const firstWith = new Map<string, VersionModel>();
    for (const version of program.versions)
      for (const section of version.sections) if (!firstWith.has(section.id)) firstWith.set(section.id, version);
    for (const version of program.versions) {
      version.arrivals = [];
      const entry = entryAt.get(version.path);
      version.data.harkomst.forEach((claim, index) => {
        if (claim.typ !== 'flyttad' || !isArrivalClaim(claim)) return;
        const source = parseSectionRef(claim.fran, program.id);
        const giver = programs.get(source.programId);
        const home = giver && lastWith(giver, source.sectionId);
        const section = version.sections.find((candidate) => candidate.id === claim.till);
        // A version with a previous one has had its claims checked against it (resolve-lineage.ts).
        if (!version.data.foregaende && entry) {
          if (!giver)
            report.at(entry, ['harkomst', index, 'fran'], lineageProblem('lineage/unknown-program', { programId: source.programId }));
          else if (!home)
            report.at(
              entry,
              ['harkomst', index, 'fran'],
              lineageProblem('lineage/unknown-program-section', {
                id: source.sectionId,
                programId: giver.id,
                known: new Set(giver.versions.flatMap((v) => v.sections.map((s) => s.id))),
              }),
            );
          if (!section)
            report.at(
              entry,
              ['harkomst', index, 'till'],
              lineageProblem('lineage/unknown-section', { id: claim.till, known: version.sections.map((s) => s.id) }),
            );
        }
        if (!giver || !home || !section) return;
        const givenAs = given.get(keyOf(source));
        if (givenAs && !givenAs.targets.some((ref) => ref.programId === program.id && ref.sectionId === claim.till)) {
          if (entry)
            report.at(
              entry,
              ['harkomst', index, 'fran'],
              lineageProblem('lineage/move-disagrees', {
                claim: `${claim.fran} → ${claim.till}`,
                other: `${giver.id}/${givenAs.version.id}`,
                says: givenAs.targets.map(keyOf).join(', ') || 'borttagen',
              }),
            );
          return;
        }
        version.arrivals.push({ sectionId: claim.till, program: giver, version: home.version, section: home.section });
      });
    }

    // The giving side names a section here that the receiving side calls new.
    for (const [from, { targets, version: giving }] of given) {
      for (const target of targets) {
        if (target.programId !== program.id) continue;
        const receiving = firstWith.get(target.sectionId);
        const claimIndex = receiving?.data.harkomst.findIndex((claim) => claim.typ === 'ny' && claim.till === target.sectionId) ?? -1;
        const entry = receiving && entryAt.get(receiving.path);
        if (claimIndex >= 0 && entry)
          report.at(
            entry,
            ['harkomst', claimIndex],
            lineageProblem('lineage/move-disagrees', {
              claim: `ny: ${target.sectionId}`,
              other: `${from.split(':')[0]}/${giving.id}`,
              says: `${from} → ${keyOf(target)}`,
            }),
          );
      }
    }
  }
}

/** The newest version of a program that has the section, and the section there. */
function lastWith(program: ProgramModel, sectionId: string): { version: VersionModel; section: SectionModel } | undefined {
  for (const version of [...program.versions].reverse()) {
    const section = version.sections.find((candidate) => candidate.id === sectionId);
    if (section) return { version, section };
  }
  return undefined;
}
