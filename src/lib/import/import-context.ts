import type { CorpusEntries } from '#lib/content/content-entry.ts';
import type { ImportContext } from './statement-metadata.ts';

/** The organisations and remisser of the content, as the importer needs them. */
export function importContext(entries: Pick<CorpusEntries, 'program' | 'organisationer' | 'remisser'>): ImportContext {
  const programName = new Map(entries.program.map((entry) => [entry.id, entry.data.namn]));
  return {
    organisations: entries.organisationer.map((entry) => ({ id: entry.id, namn: entry.data.namn, forvaltning: entry.data.forvaltning })),
    remisser: entries.remisser.map((entry) => ({
      id: entry.id,
      titel: entry.data.titel,
      remissinstanser: entry.data.remissinstanser,
      programNamn: programName.get(entry.data.program) ?? entry.data.program,
    })),
  };
}
