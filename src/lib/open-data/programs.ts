import type { ApiAnvisning, ApiProgram, ApiSection, ApiVersion } from '#schemas/open-data.ts';
import type { AnvisningModel, Corpus, ProgramModel, SectionModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import { homeOfSection } from '#lib/lineage/in-force.ts';
import type { ApiLinks } from './links.ts';

export function apiProgram(program: ProgramModel, links: ApiLinks): ApiProgram {
  return {
    $schema: links.schema('program'),
    ...links.program(program),
    ...program.data,
    gallandeVersion: program.inForce ? links.version(program.inForce) : null,
    versioner: program.versions.map((version) => ({ ...links.version(version), titel: version.data.titel, status: version.data.status })),
  };
}

export function apiVersion(corpus: Corpus, program: ProgramModel, version: VersionModel, links: ApiLinks): ApiVersion {
  const previous = program.versions.find((candidate) => candidate.id === version.data.foregaende);
  const sectionIn = (from: VersionModel | undefined, id: string) => from?.sections.find((section) => section.id === id);
  const after = corpus.remisser.find((remiss) => remiss.followUpVersionId === version.id && remiss.data.program === program.id);
  return {
    $schema: links.schema('version'),
    ...links.version(version),
    ...version.data,
    program: links.program(program),
    version: version.id,
    foregaendeVersion: previous ? links.version(previous) : null,
    avsnitt: version.sections.map((section) => ({ ...links.section(section), niva: section.level, overordnat: section.parentId ?? null })),
    harkomstAvsnitt: [
      ...version.lineage
        .filter((link) => !link.arrivedFrom)
        .map((link) => ({
          typ: link.kind,
          fran: link.from.flatMap((id) => {
            const section = sectionIn(previous, id);
            return section ? [links.section(section)] : [];
          }),
          till: link.to.map((target) => {
            const other = corpus.program(target.programId);
            const home = target.programId === program.id ? undefined : other && homeOfSection(other, target.sectionId);
            const section = target.programId === program.id ? sectionIn(version, target.sectionId) : home?.section;
            return section ? links.section(section) : { program: target.programId, avsnitt: target.sectionId };
          }),
        })),
      // A section that came from another program, as either program declares it, with where it was.
      ...version.arrivals.flatMap((arrival) => {
        const section = sectionIn(version, arrival.sectionId);
        return section ? [{ typ: 'flyttad' as const, fran: [links.section(arrival.section)], till: [links.section(section)] }] : [];
      }),
    ],
    remisser: version.remissIds.flatMap((id) => (corpus.remiss(id) ? [links.remiss({ id })] : [])),
    efterRemiss: after ? links.remiss(after) : null,
  };
}

export function apiSection(corpus: Corpus, version: VersionModel, section: SectionModel, links: ApiLinks): ApiSection {
  const program = corpus.program(version.programId) as ProgramModel;
  const parent = version.sections.find((candidate) => candidate.id === section.parentId);
  const arrival = version.arrivals.find((candidate) => candidate.sectionId === section.id);
  return {
    $schema: links.schema('avsnitt'),
    ...links.section(section),
    program: links.program(program),
    version: links.version(version),
    niva: section.level,
    overordnat: parent ? links.section(parent) : null,
    komFran: arrival ? links.section(arrival.section) : null,
    underavsnitt: version.sections.filter((child) => section.childIds.includes(child.id)).map(links.section),
    text: section.text,
    html: section.html,
    anvisningar: section.anvisningIds.flatMap((id) => {
      const anvisning = corpus.anvisning(id);
      return anvisning ? [links.anvisning(anvisning)] : [];
    }),
    kommentarer: section.kommentarer.map(links.kommentar),
    andratAvKommentarer: (section.changedBy ?? []).map(links.kommentar),
  };
}

export function apiAnvisning(corpus: Corpus, anvisning: AnvisningModel, links: ApiLinks): ApiAnvisning {
  const current = anvisning.current.data;
  const program = corpus.program(current.program);
  return {
    $schema: links.schema('anvisning'),
    ...links.anvisning(anvisning),
    titel: current.titel,
    gallandeVersion: anvisning.versions.find((version) => version.standing === 'gallande')?.id ?? null,
    versioner: anvisning.versions.map((version) => ({ version: version.id, ...version.data, html: version.html })),
    avsnitt: current.avsnitt.flatMap((id) => {
      const home = program && homeOfSection(program, id);
      return home ? [links.section(home.section)] : [];
    }),
  };
}
