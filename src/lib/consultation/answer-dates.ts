import type { Organisation } from '#schemas/organisation.ts';
import type { Remiss } from '#schemas/remiss.ts';
import type { Remissvar } from '#schemas/remissvar.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { remissvarIds } from '#lib/corpus/remissvar-ids.ts';
import { consultationProblem } from './problems.ts';

/**
 * A remissvar dated before its remiss was sent, or from an organisation that had ceased by then,
 * is most often a mistyped date or the wrong organisation: a warning that names both dates.
 * Unknown remisser and organisations are reported where the model is built.
 */
export function checkAnswerDates(
  remissvar: readonly ContentEntry<Remissvar>[],
  remisser: readonly ContentEntry<Remiss>[],
  organisationer: readonly ContentEntry<Organisation>[],
  report: ProblemReporter,
): void {
  const remissById = new Map(remisser.map((entry) => [entry.id, entry.data]));
  const organisationById = new Map(organisationer.map((entry) => [entry.id, entry.data]));
  for (const entry of remissvar) {
    const { remissId, organisationId } = remissvarIds(entry);
    const remiss = remissById.get(remissId);
    const organisation = organisationById.get(organisationId);
    const answered = entry.data.datum;
    if (remiss && answered < remiss.skickad) {
      report.at(
        entry,
        ['datum'],
        consultationProblem('consultation/answer-before-remiss', { answered, sent: remiss.skickad, remissId }),
        'varning',
      );
    }
    if (organisation?.upphorde && organisation.upphorde < answered) {
      report.at(
        entry,
        ['datum'],
        consultationProblem('consultation/answer-after-ceased', { answered, ceased: organisation.upphorde, organisationId }),
        'varning',
      );
    }
  }
}
