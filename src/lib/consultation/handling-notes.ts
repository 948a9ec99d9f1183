import type { Beredning } from '#schemas/beredning.ts';
import type { HanteringUtfall } from '#schemas/hantering.ts';
import type { Remiss } from '#schemas/remiss.ts';
import type { KommentarHandlingNote } from '#markdown/remark-kommentar.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { ProgramModel } from '#lib/corpus/corpus-model.ts';
import { followUpVersion } from './handling.ts';
import { parseHandlingRecords } from './handling-records.ts';
// Links go into Markdown trees, and renderHtml puts the base path in front: from the root here.
import { sitePaths } from '#lib/routes/urls.ts';

export interface HandlingLabels {
  /** "Hantering: Delvis beaktad." */
  lead: (utfall: HanteringUtfall) => string;
  /** "Ändrade i Stockholms stads säkerhetsprogram:" */
  changed: (versionTitle: string) => string;
}

const plainLabels: HandlingLabels = { lead: (utfall) => `${utfall}.`, changed: (title) => `${title}:` };

/**
 * The note shown under each comment in a rendered statement: how it was handled and which
 * sections of the following version it changed. Read straight from the beredning entries, because
 * statements are rendered before the handling is checked; references that do not resolve are
 * left out here and reported by applyBeredning.
 */
export function handlingNotes(
  beredning: readonly ContentEntry<Beredning>[],
  remisser: readonly ContentEntry<Remiss>[],
  programs: Map<string, ProgramModel>,
  labels: HandlingLabels = plainLabels,
): (remissId: string, organisationId: string, kommentarId: string) => KommentarHandlingNote | undefined {
  const records = new Map(beredning.map((entry) => [entry.id, parseHandlingRecords(entry).records]));
  const remissData = new Map(remisser.map((entry) => [entry.id, entry.data]));
  return (remissId, organisationId, kommentarId) => {
    const record = records.get(remissId)?.get(`${organisationId}#${kommentarId}`);
    const remiss = remissData.get(remissId);
    if (!record || !remiss) return undefined;
    const program = programs.get(remiss.program);
    const next = program && followUpVersion(program, remiss.version);
    const changed = record.avsnitt.flatMap((sectionId) => {
      const section = next?.sections.find((candidate) => candidate.id === sectionId);
      return next && section
        ? [{ href: sitePaths.section(next.programId, next.id, section.id), label: `${section.number} ${section.title}` }]
        : [];
    });
    return {
      utfall: record.hantering,
      lead: labels.lead(record.hantering),
      reason: record.motivering,
      changedLead: next ? labels.changed(next.data.titel) : undefined,
      changed,
    };
  };
}
