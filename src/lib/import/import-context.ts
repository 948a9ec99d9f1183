import type { CorpusEntries } from '#lib/content/content-entry.ts';
import { sectionTree } from '#lib/content/section-tree.ts';
import { markdownSource } from '#markdown/mdx-source.ts';
import { parseMarkdown } from '#markdown/processor.ts';

/** A section of the version sent on remiss, as a comment may name it. */
export interface RemissSection {
  id: string;
  title: string;
  /** Its number in the version, e.g. "6.3". */
  number: string;
  parentId?: string;
}

/** What the importer knows of the content: organisations and remisser, as plain data. */
export interface ImportContext {
  organisations: { id: string; namn: string; forvaltning?: string }[];
  remisser: {
    id: string;
    titel: string;
    remissinstanser: string[];
    programNamn: string;
    /** The program's short name, "Säkerhetsprogrammet", as statements often write it. */
    programKortnamn?: string;
    dnr?: string;
    skickad?: string;
    svarSenast?: string;
    /** The organisation that sent it, usually kommunstyrelsen. */
    avsandare?: string;
    /** The sections of the version sent on remiss, which comments concern. */
    sections?: RemissSection[];
  }[];
}

/** The organisations and remisser of the content, as the importer needs them. */
export function importContext(
  entries: Pick<CorpusEntries, 'program' | 'organisationer' | 'remisser'> & Partial<Pick<CorpusEntries, 'programversioner'>>,
): ImportContext {
  const programs = new Map(entries.program.map((entry) => [entry.id, entry.data]));
  const versions = new Map((entries.programversioner ?? []).map((entry) => [entry.id, entry]));
  return {
    organisations: entries.organisationer.map((entry) => ({ id: entry.id, namn: entry.data.namn, forvaltning: entry.data.forvaltning })),
    remisser: entries.remisser.map((entry) => {
      const version = versions.get(`${entry.data.program}/${entry.data.version}`);
      const sections = version
        ? sectionTree(parseMarkdown(markdownSource(version)), version.path).sections.map(({ id, title, number, parentId }) => ({
            id,
            title,
            number,
            ...(parentId ? { parentId } : {}),
          }))
        : [];
      return {
        id: entry.id,
        titel: entry.data.titel,
        remissinstanser: entry.data.remissinstanser,
        programNamn: programs.get(entry.data.program)?.namn ?? entry.data.program,
        programKortnamn: programs.get(entry.data.program)?.kortnamn,
        dnr: entry.data.dnr,
        skickad: entry.data.skickad,
        svarSenast: entry.data.svarSenast,
        avsandare: entry.data.avsandare,
        sections,
      };
    }),
  };
}
