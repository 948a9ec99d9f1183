import type { Anvisning } from '#schemas/anvisning.ts';
import type { HanteringUtfall } from '#schemas/hantering.ts';
import type { Stallning } from '#schemas/kommentar.ts';
import type { Organisation } from '#schemas/organisation.ts';
import type { Program } from '#schemas/program.ts';
import type { ProgramVersion } from '#schemas/program-version.ts';
import type { Remiss } from '#schemas/remiss.ts';
import type { Remissvar } from '#schemas/remissvar.ts';
import type { Sida } from '#schemas/sida.ts';
import type { Validity } from '#lib/versions/point-in-time.ts';
import type { Standing } from '#lib/versions/version-standing.ts';
import type { SectionArrival } from '#lib/lineage/arrivals.ts';
import type { LineageLink } from '#lib/lineage/resolve-lineage.ts';
import type { ComparableSection, TextBlock } from '#lib/compare/text-blocks.ts';

/** A stand-alone page such as the editors' guide, published at `/<id>/`. */
export interface SidaModel {
  id: string;
  path: string;
  data: Sida;
  html: string;
  /** Its `##` headings, for the page's table of contents. */
  toc: { id: string; title: string }[];
  /** Every heading ID on the page, for checking links to it. */
  anchors: string[];
}

/** The whole published model, built once from content and handed to pages as plain data. */
export interface Corpus {
  programs: ProgramModel[];
  organisations: OrganisationModel[];
  remisser: RemissModel[];
  anvisningar: AnvisningModel[];
  /** Stand-alone pages such as the editors' guide. */
  sidor: SidaModel[];
  program(id: string): ProgramModel | undefined;
  organisation(id: string): OrganisationModel | undefined;
  remiss(id: string): RemissModel | undefined;
  anvisning(id: string): AnvisningModel | undefined;
  sida(id: string): SidaModel | undefined;
}

export interface ProgramModel {
  id: string;
  path: string;
  data: Program;
  /** Oldest first, following `foregaende`. */
  versions: VersionModel[];
  /** The version in force on the build date (`standingOn` in src/lib/versions/version-standing.ts), if any. */
  inForce?: VersionModel;
}

export interface VersionModel {
  programId: string;
  id: string;
  path: string;
  data: ProgramVersion;
  preambleHtml: string;
  sections: SectionModel[];
  /** How this version's sections descend from the previous version's. */
  lineage: LineageLink[];
  /** Remisser that sent this version. */
  remissIds: string[];
  /** Sections that came to this version from another program, as either program declares it. */
  arrivals: SectionArrival[];
  /** How the version stands on the build date: its status, checked against its dates. */
  standing: Standing;
  /** The days it applies (or applied), as the point-in-time pages count them; absent for one that never applies. */
  validity?: Validity;
}

export interface SectionModel {
  programId: string;
  versionId: string;
  id: string;
  title: string;
  number: string;
  level: number;
  parentId?: string;
  childIds: string[];
  html: string;
  text: string;
  /** The text as paragraphs, list items … for comparing versions. */
  blocks: TextBlock[];
  /** Current versions of anvisningar that complete this section. */
  anvisningIds: string[];
  /** Comments from remissvar on this section (only for versions sent on remiss). */
  kommentarer: KommentarModel[];
  /** In a version that followed a remiss: the comments whose recorded handling changed this section. */
  changedBy?: KommentarModel[];
}

export interface OrganisationModel {
  id: string;
  path: string;
  data: Organisation;
  /** Bodies formed from this one. */
  successorIds: string[];
  remissvarKeys: string[];
}

export interface RemissModel {
  id: string;
  path: string;
  data: Remiss;
  html: string;
  remissvar: RemissvarModel[];
  /** Consulted organisations with no published answer. */
  unansweredIds: string[];
  /** The version that followed the remiss (its `foregaende` is the version sent), once there is one. */
  followUpVersionId?: string;
  /** True once that version is decided: then every comment must have a recorded handling. */
  decided: boolean;
  /** The executive office's summary of each answer, by organisation ID (the remissammanställning). */
  sammanfattningar: Record<string, string>;
}

export interface RemissvarModel {
  /** `remiss/organisation`. */
  key: string;
  remissId: string;
  organisationId: string;
  path: string;
  data: Remissvar;
  html: string;
  kommentarer: KommentarModel[];
}

export interface KommentarModel {
  id: string;
  remissId: string;
  organisationId: string;
  stallning: Stallning;
  sectionIds: string[];
  text: string;
  html: string;
  /** How the comment was handled after the remiss, once recorded in `content/beredning/`. */
  hantering?: HanteringModel;
}

export interface HanteringModel {
  utfall: HanteringUtfall;
  motivering: string;
  programId: string;
  /** The version that followed the remiss; absent while there is none. */
  versionId?: string;
  /** Sections of that version the comment changed. */
  sectionIds: string[];
}

export interface AnvisningModel {
  id: string;
  /** Oldest decision first. */
  versions: AnvisningVersionModel[];
  /** The version in force, or the newest if none is. */
  current: AnvisningVersionModel;
}

export interface AnvisningVersionModel {
  anvisningId: string;
  id: string;
  path: string;
  data: Anvisning;
  html: string;
  /** How the version stands on the build date: its status, checked against its dates. */
  standing: Standing;
  /** The text split at its headings, for comparing versions (empty when not rendered). */
  sections: ComparableSection[];
}
