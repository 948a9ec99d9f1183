/**
 * The search entry of each kind of page: what its result is titled, which kind and status it
 * shows, which versions group together, and what a reader may type to mean exactly it.
 */
import type {
  AnvisningVersionModel,
  OrganisationModel,
  ProgramModel,
  RemissModel,
  RemissvarModel,
  SectionModel,
  VersionModel,
} from '#lib/corpus/corpus-model.ts';
import { composeLineage } from '#lib/lineage/compose-lineage.ts';
import { registryKeys, type SearchEntry, searchKeys } from './search-entry.ts';

/** The words entries are written with, from the interface strings (src/i18n/sv.ts). */
export interface SearchLabels {
  types: { program: string; version: string; section: string; anvisning: string; remiss: string; remissvar: string; organisation: string };
  versionStatus: Record<string, string>;
  /** "remissversion 2024" and the like, from a version's status and years. */
  versionLabel: (status: string, years: string) => string;
  formatDate: (isoDate: string) => string;
}

/** A version's short name: its years as the ID writes them (2020–2023), with its status unless in force or replaced. */
export function versionShortLabel(version: VersionModel, labels: SearchLabels): string {
  const years = (version.id.match(/\d{4}(?:-\d{4})?/)?.[0] ?? version.id).replace('-', '–');
  return version.data.status === 'remissversion' || version.data.status === 'utkast'
    ? labels.versionLabel(version.data.status, years)
    : years;
}

function versionFacts(program: ProgramModel, version: VersionModel, labels: SearchLabels) {
  const older = program.inForce !== version;
  return {
    status: labels.versionStatus[version.standing] ?? labels.versionStatus[version.data.status],
    older,
    versionLabel: versionShortLabel(version, labels),
    program: program.data.kortnamn,
    decidedBy: version.data.beslutadAv,
    date: version.data.beslutsdatum && labels.formatDate(version.data.beslutsdatum),
  };
}

export function sectionSearchEntry(program: ProgramModel, version: VersionModel, section: SectionModel, labels: SearchLabels): SearchEntry {
  const facts = versionFacts(program, version, labels);
  return {
    filters: { typ: labels.types.section, status: facts.status, program: program.data.kortnamn },
    meta: {
      title: `${section.number} ${section.title}`,
      kind: labels.types.section,
      ...facts,
      group: `${program.id}/${sectionGroup(program, version, section.id)}`,
      number: section.number,
      keys: searchKeys(section.number),
      names: searchKeys(section.title, `${section.number} ${section.title}`),
    },
  };
}

/**
 * The section of the version in force that an older version's section lives on as, by the
 * declared lineage (krisberedskap and civilt försvar became beredskap): the search page shows
 * them under it. A section that was split, moved to another program or removed keeps its own ID.
 */
export function sectionGroup(program: ProgramModel, version: VersionModel, sectionId: string): string {
  let groups = groupsByVersion.get(version);
  if (!groups) {
    groups = sectionGroups(program, version);
    groupsByVersion.set(version, groups);
  }
  return groups.get(sectionId) ?? sectionId;
}

/**
 * Each page of a version asks for its own section's group: the lineage to the version in force is
 * composed once per version, not once per section (at 1,000 documents, 475 compositions).
 */
const groupsByVersion = new WeakMap<VersionModel, Map<string, string>>();

function sectionGroups(program: ProgramModel, version: VersionModel): Map<string, string> {
  const groups = new Map<string, string>();
  const inForce = program.inForce;
  const from = program.versions.indexOf(version);
  const to = inForce ? program.versions.indexOf(inForce) : -1;
  if (!inForce || from < 0 || to <= from) return groups;
  const steps = program.versions.slice(from + 1, to + 1).map((step) => step.lineage);
  const decided = new Set<string>();
  for (const correspondence of composeLineage(program.id, version.sections, inForce.sections, steps)) {
    const [only, ...more] = correspondence.to;
    for (const sectionId of correspondence.from) {
      // The first correspondence that names a section decides for it.
      if (decided.has(sectionId)) continue;
      decided.add(sectionId);
      if (only && more.length === 0 && only.programId === program.id) groups.set(sectionId, only.sectionId);
    }
  }
  return groups;
}

export function versionSearchEntry(program: ProgramModel, version: VersionModel, labels: SearchLabels): SearchEntry {
  const facts = versionFacts(program, version, labels);
  return {
    filters: { typ: labels.types.version, status: facts.status, program: program.data.kortnamn },
    meta: {
      title: version.data.titel,
      kind: labels.types.version,
      ...facts,
      group: `${program.id}/`,
      dnr: version.data.dnr,
      keys: searchKeys(registryKeys(version.data.dnr)),
      names: searchKeys(version.data.titel),
    },
  };
}

export function programSearchEntry(program: ProgramModel, labels: SearchLabels): SearchEntry {
  const inForce = program.inForce;
  return {
    filters: { typ: labels.types.program, program: program.data.kortnamn },
    meta: {
      title: program.data.namn,
      kind: labels.types.program,
      status: inForce && `${labels.versionStatus.gallande}: ${inForce.data.titel}`,
      program: program.data.kortnamn,
      names: searchKeys(program.data.namn, program.data.kortnamn, program.id),
    },
  };
}

export function anvisningSearchEntry(version: AnvisningVersionModel, program: ProgramModel | undefined, labels: SearchLabels): SearchEntry {
  const { data } = version;
  const status = labels.versionStatus[version.standing] ?? labels.versionStatus[data.status];
  return {
    filters: { typ: labels.types.anvisning, status, program: program?.data.kortnamn ?? data.program },
    meta: {
      title: data.titel,
      kind: labels.types.anvisning,
      status,
      program: program?.data.kortnamn,
      dnr: data.dnr,
      decidedBy: data.beslutadAv,
      date: data.beslutsdatum && labels.formatDate(data.beslutsdatum),
      keys: searchKeys(registryKeys(data.dnr)),
      names: searchKeys(data.titel, version.anvisningId),
    },
  };
}

export function remissSearchEntry(remiss: RemissModel, program: ProgramModel | undefined, labels: SearchLabels): SearchEntry {
  const { data } = remiss;
  return {
    filters: { typ: labels.types.remiss, program: program?.data.kortnamn ?? data.program },
    meta: {
      title: data.titel,
      kind: labels.types.remiss,
      program: program?.data.kortnamn,
      dnr: data.dnr,
      date: labels.formatDate(data.skickad),
      keys: searchKeys(registryKeys(data.dnr)),
      names: searchKeys(data.titel),
    },
  };
}

export function remissvarSearchEntry(
  answer: RemissvarModel,
  organisation: OrganisationModel | undefined,
  program: ProgramModel | undefined,
  labels: SearchLabels,
): SearchEntry {
  const { data } = answer;
  const name = organisation?.data.namn ?? answer.organisationId;
  return {
    filters: { typ: labels.types.remissvar, program: program?.data.kortnamn, organisation: name },
    meta: {
      title: `${name}: ${data.titel}`,
      kind: labels.types.remissvar,
      program: program?.data.kortnamn,
      organisation: name,
      dnr: data.dnr,
      date: labels.formatDate(data.datum),
      keys: searchKeys(registryKeys(data.dnr)),
    },
  };
}

export function organisationSearchEntry(organisation: OrganisationModel, labels: SearchLabels): SearchEntry {
  return {
    filters: { typ: labels.types.organisation, organisation: organisation.data.namn },
    meta: {
      title: organisation.data.namn,
      kind: labels.types.organisation,
      organisation: organisation.data.namn,
      names: searchKeys(organisation.data.namn),
    },
  };
}

/** A page of its own kind (the glossary, the editors' guide); `entries` for a page of many entries, such as the glossary. */
export function pageSearchEntry(title: string, kind: string, options: { entries?: boolean } = {}): SearchEntry {
  return { filters: { typ: kind }, meta: { title, kind, entries: options.entries } };
}
