import type { Beredning } from '#schemas/beredning.ts';
import type { Hantering } from '#schemas/hantering.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { KommentarModel, ProgramModel, RemissModel } from '#lib/corpus/corpus-model.ts';
import { followUpVersion, isDecided, kommentarRef, parseKommentarRef } from './handling.ts';
import { parseHandlingRecords } from './handling-records.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { didYouMean } from '#lib/text/suggest.ts';

/**
 * Attaches the beredning of each remiss (`content/beredning/<remiss>.yaml`) to the model: the
 * summary of each answer, and how each comment was handled in the version that followed. Checks
 * that every summary and handling points at an answer, comment and section that exist, and
 * reports what is missing: a warning while no version has been decided after the remiss, an
 * error once one has.
 */
export function applyBeredning(
  entries: readonly ContentEntry<Beredning>[],
  remisser: readonly RemissModel[],
  programs: Map<string, ProgramModel>,
  report: ProblemReporter,
): void {
  const remissById = new Map(remisser.map((remiss) => [remiss.id, remiss]));
  const entryByRemiss = new Map<string, ContentEntry<Beredning>>();
  for (const entry of entries) {
    if (remissById.has(entry.id)) entryByRemiss.set(entry.id, entry);
    else report.at(entry, [], `det finns ingen remiss "${entry.id}" att bereda.`, fileHint(entry.id, remissById.keys()));
  }

  for (const remiss of remisser) {
    const program = programs.get(remiss.data.program);
    const next = program && followUpVersion(program, remiss.data.version);
    remiss.followUpVersionId = next?.id;
    remiss.decided = isDecided(next);
    const entry = entryByRemiss.get(remiss.id);
    const answered = new Map(remiss.remissvar.map((answer) => [answer.organisationId, answer]));
    const kommentarer = new Map(remiss.remissvar.flatMap((answer) => answer.kommentarer).map((k) => [kommentarRef(k), k]));

    for (const [organisationId, text] of Object.entries(entry?.data.sammanfattningar ?? {})) {
      if (answered.has(organisationId)) remiss.sammanfattningar[organisationId] = text;
      else if (entry) {
        report.at(
          entry,
          ['sammanfattningar', organisationId],
          `"${organisationId}" har inget remissvar på "${remiss.id}" att sammanfatta.`,
          didYouMean(organisationId, answered.keys()),
        );
      }
    }

    const sections = new Map(next?.sections.map((section) => [section.id, section]) ?? []);
    const recorded = new Set(Object.keys(entry?.data.kommentarer ?? {}));
    // A mistyped reference most likely meant a comment that has no handling yet.
    const unrecorded = [...kommentarer.keys()].filter((ref) => !recorded.has(ref));
    const { records, problems } = entry ? parseHandlingRecords(entry) : { records: new Map<string, Hantering>(), problems: [] };
    report.add(...problems);
    for (const ref of recorded) {
      if (!entry) break;
      const kommentar = kommentarer.get(ref);
      if (!kommentar) {
        const { organisationId } = parseKommentarRef(ref);
        const message = answered.has(organisationId)
          ? `kommentaren "${ref}" finns inte i remissvaret från "${organisationId}".`
          : `"${organisationId}" har inget remissvar på "${remiss.id}", så kommentaren "${ref}" finns inte.`;
        report.at(entry, ['kommentarer', ref], message, didYouMean(ref, unrecorded.length > 0 ? unrecorded : kommentarer.keys()));
        continue;
      }
      // A record with mistakes is reported by parseHandlingRecords and still counts as recorded.
      const record = records.get(ref);
      if (!record) continue;
      record.avsnitt.forEach((sectionId, index) => {
        if (!next) {
          report.at(
            entry,
            ['kommentarer', ref, 'avsnitt', index],
            `det finns ännu ingen version efter remissen där avsnittet "${sectionId}" kan ha ändrats.`,
            `Lägg till den nya versionen med "foregaende: ${remiss.data.version}", eller ta bort "avsnitt" tills den finns.`,
          );
        } else if (!sections.has(sectionId)) {
          report.at(
            entry,
            ['kommentarer', ref, 'avsnitt', index],
            `avsnittet "${sectionId}" finns inte i ${next.programId}/${next.id}.`,
            didYouMean(sectionId, sections.keys()),
          );
        }
      });
      const sectionIds = record.avsnitt.filter((id) => sections.has(id));
      kommentar.hantering = {
        utfall: record.hantering,
        motivering: record.motivering,
        programId: remiss.data.program,
        versionId: next?.id,
        sectionIds,
      };
      for (const id of sectionIds) {
        const section = sections.get(id);
        if (section) section.changedBy = [...(section.changedBy ?? []), kommentar];
      }
    }

    const unhandled = [...kommentarer.values()].filter((kommentar) => !recorded.has(kommentarRef(kommentar)));
    reportMissing(remiss, entry, unhandled, report);
  }
}

function reportMissing(
  remiss: RemissModel,
  entry: ContentEntry<Beredning> | undefined,
  unhandled: KommentarModel[],
  report: ProblemReporter,
) {
  const file = entry?.path ?? remiss.path.replace(/remisser\/[^/]+\.md$/, `beredning/${remiss.id}.yaml`);
  const unsummarised = remiss.remissvar.filter((answer) => !(answer.organisationId in remiss.sammanfattningar));
  const target = entry ?? { id: remiss.id, path: remiss.path, data: remiss.data, body: '' };

  if (!remiss.decided) {
    if (unsummarised.length > 0) {
      report.at(
        target,
        entry ? ['sammanfattningar'] : [],
        `sammanfattning saknas för ${unsummarised.length} remissvar på "${remiss.id}" (${unsummarised.map((a) => a.organisationId).join(', ')}).`,
        `Skriv en eller två meningar per organisation under "sammanfattningar" i ${file}; de visas i remissammanställningen.`,
        'varning',
      );
    }
    if (unhandled.length > 0) {
      report.at(
        target,
        entry ? ['kommentarer'] : [],
        `${unhandled.length} kommentarer på "${remiss.id}" saknar hantering (${unhandled.map(kommentarRef).join(', ')}).`,
        `Ange för varje kommentar under "kommentarer" i ${file} om den beaktades; det krävs när en version efter remissen är beslutad.`,
        'varning',
      );
    }
    return;
  }
  for (const answer of unsummarised) {
    report.at(
      target,
      entry ? ['sammanfattningar'] : [],
      `remissvaret från "${answer.organisationId}" saknar sammanfattning i remissammanställningen.`,
      `Lägg till "${answer.organisationId}: <en eller två meningar>" under "sammanfattningar" i ${file}.`,
    );
  }
  for (const kommentar of unhandled) {
    report.at(
      target,
      entry ? ['kommentarer'] : [],
      `kommentaren "${kommentarRef(kommentar)}" saknar hantering, och versionen "${remiss.followUpVersionId}" är beslutad.`,
      `Lägg till "${kommentarRef(kommentar)}: { hantering: beaktad | delvis-beaktad | ej-beaktad, motivering: …, avsnitt: […] }" under "kommentarer" i ${file}.`,
    );
  }
}

function fileHint(id: string, remissIds: Iterable<string>): string {
  return `Filen ska heta som remissen i content/remisser/. ${didYouMean(id, remissIds)}`;
}
