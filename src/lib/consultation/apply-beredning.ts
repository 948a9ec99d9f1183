import type { Beredning } from '#schemas/beredning.ts';
import type { Hantering } from '#schemas/hantering.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { KommentarModel, ProgramModel, RemissModel } from '#lib/corpus/corpus-model.ts';
import { followUpVersion, isDecided, kommentarRef, parseKommentarRef } from './handling.ts';
import { parseHandlingRecords } from './handling-records.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { consultationProblem } from './problems.ts';
import { dependingOn, documentKey } from '#lib/content/document-keys.ts';

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
    else {
      report.at(
        entry,
        [],
        dependingOn(
          consultationProblem('consultation/beredning-without-remiss', { id: entry.id, known: remissById.keys() }),
          documentKey.remiss(entry.id),
        ),
      );
    }
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
          dependingOn(
            consultationProblem('consultation/summary-without-remissvar', {
              id: organisationId,
              remissId: remiss.id,
              known: answered.keys(),
            }),
            documentKey.remissvar(remiss.id, organisationId),
          ),
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
        const known = unrecorded.length > 0 ? unrecorded : kommentarer.keys();
        report.at(
          entry,
          ['kommentarer', ref],
          dependingOn(
            answered.has(organisationId)
              ? consultationProblem('consultation/unknown-kommentar', { id: ref, organisationId, known })
              : consultationProblem('consultation/kommentar-without-remissvar', { id: ref, organisationId, remissId: remiss.id, known }),
            documentKey.kommentar(remiss.id, organisationId, parseKommentarRef(ref).kommentarId),
          ),
        );
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
            consultationProblem('consultation/no-follow-up-version', { sectionId, versionId: remiss.data.version }),
          );
        } else if (!sections.has(sectionId)) {
          report.at(
            entry,
            ['kommentarer', ref, 'avsnitt', index],
            dependingOn(
              consultationProblem('consultation/unknown-handled-section', {
                id: sectionId,
                version: `${next.programId}/${next.id}`,
                known: sections.keys(),
              }),
              documentKey.version(next.programId, next.id),
            ),
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
        dependingOn(
          consultationProblem('consultation/summaries-pending', {
            remissId: remiss.id,
            organisationIds: unsummarised.map((a) => a.organisationId),
            file,
          }),
          documentKey.remiss(remiss.id),
        ),
        'varning',
      );
    }
    if (unhandled.length > 0) {
      report.at(
        target,
        entry ? ['kommentarer'] : [],
        // Counted over the answers that could be read: with one of them failing, the count would mislead.
        dependingOn(
          consultationProblem('consultation/handling-pending', { remissId: remiss.id, refs: unhandled.map(kommentarRef), file }),
          documentKey.remiss(remiss.id),
        ),
        'varning',
      );
    }
    return;
  }
  for (const answer of unsummarised) {
    report.at(
      target,
      entry ? ['sammanfattningar'] : [],
      // Whether a version after the remiss is decided depends on the program's versions.
      dependingOn(
        consultationProblem('consultation/missing-summary', { organisationId: answer.organisationId, file }),
        documentKey.program(remiss.data.program),
      ),
    );
  }
  for (const kommentar of unhandled) {
    report.at(
      target,
      entry ? ['kommentarer'] : [],
      dependingOn(
        consultationProblem('consultation/missing-handling', { ref: kommentarRef(kommentar), versionId: remiss.followUpVersionId, file }),
        documentKey.program(remiss.data.program),
      ),
    );
  }
}
