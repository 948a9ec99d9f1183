import { ContentProblem } from '#lib/content/content-problem.ts';
import type { ImportContext } from './import-context.ts';
import { importProblem } from './problems.ts';

export const normaliseName = (name: string) => name.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/** The answering organisation's ID, and where the importer found it, in Swedish. */
export interface ResolvedOrganisation {
  id: string;
  source: string;
}

/**
 * Which organisation answers: the one given on the command line, or the recipient ("Till Järva
 * stadsdelsnämnd", "Till styrelsen för AB Stockholmshem"), or the one whose administration wrote
 * it. A yttrande addressed to the body that sent the remiss (kommunstyrelsen) is answered by its
 * sender, so an organisation consulted on a remiss wins over one that is not.
 */
export function resolveOrganisation(
  recipient: string | undefined,
  sender: string | undefined,
  file: string,
  context: ImportContext,
  chosen: string | undefined,
): ResolvedOrganisation {
  const ids = context.organisations.map((organisation) => organisation.id);
  if (chosen) {
    if (ids.includes(chosen)) return { id: chosen, source: 'kommandoraden (--organisation)' };
    throw new ContentProblem({
      location: { file },
      field: 'organisation',
      ...importProblem('import/unknown-organisation', { id: chosen, known: ids }),
    });
  }
  const named = recipient ? normaliseName(recipient) : undefined;
  const byRecipient = named
    ? (context.organisations.find((organisation) => normaliseName(organisation.namn) === named) ??
      context.organisations.find((organisation) => named.endsWith(` ${normaliseName(organisation.namn)}`)))
    : undefined;
  const senderFirst = sender?.split(',')[0];
  const bySender = context.organisations.find(
    (organisation) =>
      senderFirst &&
      (normaliseName(organisation.forvaltning ?? '') === normaliseName(senderFirst) ||
        normaliseName(organisation.namn) === normaliseName(senderFirst)),
  );
  const consulted = (id: string | undefined) => context.remisser.some((remiss) => id && remiss.remissinstanser.includes(id));
  const candidates = [
    byRecipient && { id: byRecipient.id, source: `mottagaren "${recipient}"` },
    bySender && { id: bySender.id, source: `avsändaren "${senderFirst}"` },
  ].filter((candidate): candidate is ResolvedOrganisation => Boolean(candidate));
  const found = candidates.find((candidate) => consulted(candidate.id)) ?? candidates[0];
  if (found) return found;
  const shown = recipient ?? senderFirst;
  throw new ContentProblem({
    location: { file },
    field: 'organisation',
    ...(shown
      ? importProblem('import/unknown-recipient', { recipient: shown, known: ids })
      : importProblem('import/missing-recipient', { known: ids })),
  });
}
