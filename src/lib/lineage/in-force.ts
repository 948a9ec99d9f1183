import type { ProgramModel, SectionModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import { urls } from '#lib/routes/urls.ts';

/**
 * Where a reader of a version that is not in force should go instead: the same section in the
 * version in force if it lives on there, else that version's start. Undefined when the version
 * is itself in force or the program has none in force.
 */
export function inForceCounterpart(
  program: ProgramModel,
  version: VersionModel,
  sectionId?: string,
): { href: string; title: string } | undefined {
  const inForce = program.inForce;
  if (!inForce || inForce === version) return undefined;
  const sameSection = sectionId !== undefined && inForce.sections.some((section) => section.id === sectionId);
  return {
    href: sameSection ? urls.section(program.id, inForce.id, sectionId) : urls.version(program.id, inForce.id),
    title: inForce.data.titel,
  };
}

/**
 * The version a reader should land on for a section ID of a program: the version in force if the
 * section is there, otherwise the newest decided version that has it (one that has stopped
 * applying is still the city's decision; a draft is not), and only then the newest draft.
 */
export function homeOfSection(program: ProgramModel, sectionId: string): { version: VersionModel; section: SectionModel } | undefined {
  const newestFirst = [...program.versions].reverse();
  const isDraft = (version: VersionModel) => version.data.status === 'utkast' || version.data.status === 'remissversion';
  const candidates = [program.inForce, ...newestFirst.filter((version) => !isDraft(version)), ...newestFirst.filter(isDraft)];
  for (const version of candidates) {
    const section = version?.sections.find((candidate) => candidate.id === sectionId);
    if (version && section) return { version, section };
  }
  return undefined;
}
