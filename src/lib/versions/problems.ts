import { problemCatalogue } from '#lib/content/content-problem.ts';
import { didYouMean } from '#lib/text/suggest.ts';

type Unknown = { id: string; known: Iterable<string> };

/** A date as the messages write it: 31 december 2023. */
const day = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Problems with a version's change notes (`andringar`) and with its status against its dates. */
export const versionsProblem = problemCatalogue('versions', {
  'versions/note-unknown-section': {
    message: ({ id }: Unknown) => `avsnittet "${id}" finns varken i denna version eller i den föregående.`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'versions/note-without-remiss': {
    message: ({ ref }: { ref: string }) =>
      `"${ref}" kan inte hittas: varken den här versionen eller den föregående har skickats på remiss.`,
    hint: 'Ta bort hänvisningen, eller lägg till remissen under content/remisser/.',
  },
  'versions/note-remiss-out-of-scope': {
    message: ({ id }: Unknown) => `remissen "${id}" gäller inte den här versionen eller den föregående.`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'versions/note-unknown-remissvar': {
    message: ({ id, remissIds }: Unknown & { remissIds: readonly string[] }) =>
      `det finns inget remissvar från "${id}" på ${remissIds.map((remissId) => `"${remissId}"`).join(' eller ')}.`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'versions/note-ambiguous-remissvar': {
    message: ({ organisationId }: { organisationId: string }) =>
      `"${organisationId}" har svarat på flera remisser; det går inte att avgöra vilken som avses.`,
    hint: ({ example }: { example: string }) => `Skriv remissen först, t.ex. "${example}".`,
  },
  'versions/note-unknown-kommentar': {
    message: ({ id, organisationId }: Unknown & { organisationId: string }) =>
      `remissvaret från "${organisationId}" har ingen kommentar "${id}".`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'versions/in-force-expired': {
    message: ({ versionId, till, day: today }: { versionId: string; till: string; day: string }) =>
      `versionen "${versionId}" har status "gallande", men dess giltighet slutade ${day(till)} (${till}) och bygget görs för ${day(today)} (${today}). Webbplatsen visar den som upphörd.`,
    hint: 'Sätt status "ersatt" eller "upphavd", eller rätta giltighet.till om versionen fortfarande gäller.',
  },
  'versions/ended-without-end': {
    message: ({ versionId, status, day: today }: { versionId: string; status: string; day: string }) =>
      `versionen "${versionId}" har status "${status}", men enligt datumen gäller den fortfarande ${day(today)} (${today}): den har inget slutdatum och ingen senare version har börjat gälla.`,
    hint: 'Ange giltighet.till, den sista dagen versionen gällde.',
  },
  'versions/overlapping-validity': {
    message: ({ versionId, otherId, from }: { versionId: string; otherId: string; from: string }) =>
      `versionen "${versionId}" och versionen "${otherId}" gäller båda från ${day(from)} (${from}): två versioner kan inte gälla samtidigt.`,
    hint: 'Rätta giltighet.till på den äldre versionen eller giltighet.fran på den nyare.',
  },
});
