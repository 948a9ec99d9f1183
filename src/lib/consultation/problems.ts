import { problemCatalogue } from '#lib/content/content-problem.ts';
import { didYouMean } from '#lib/text/suggest.ts';

type Unknown = { id: string; known: Iterable<string> };
/** The beredning file named in hints, also when it does not exist yet. */
type InFile = { file: string };

/** Problems with comments marked in remissvar, and with a remiss's beredning: its summaries and how each comment was handled. */
export const consultationProblem = problemCatalogue('consultation', {
  'consultation/kommentar-not-a-block': {
    message: 'en kommentar ska omsluta ett stycke med tre kolon före och efter.',
    hint: 'Skriv ":::kommentar{#k1 avsnitt="…" stallning="…"}" på en egen rad före stycket och ":::" på en egen rad efter.',
  },
  'consultation/unconfirmed-kommentar': {
    message: ({ id, avsnitt, stallning, why }: { id: string; avsnitt: string; stallning: string; why: string }) =>
      `kommentaren "${id}" är ett förslag från importen och inte bekräftad: avsnitt "${avsnitt}" och ställning "${stallning}" är gissade${why ? ` efter orden "${why}"` : ''}.`,
    hint: 'Läs stycket mot originalet, rätta avsnitt och stallning om de är fel och ta bort forslag="…". Är stycket ingen kommentar tar du bort hela markeringen (raden :::kommentar{…} och raden ::: efter stycket).',
  },
  'consultation/duplicate-kommentar-id': {
    message: ({ id, line }: { id: string; line: number }) => `kommentars-id "${id}" används redan (rad ${line}).`,
    hint: 'Ge varje kommentar ett eget id, t.ex. #k1, #k2 …',
  },
  'consultation/beredning-without-remiss': {
    message: ({ id }: Unknown) => `det finns ingen remiss "${id}" att bereda.`,
    hint: ({ id, known }: Unknown) => `Filen ska heta som remissen i content/remisser/. ${didYouMean(id, known)}`,
  },
  'consultation/summary-without-remissvar': {
    message: ({ id, remissId }: Unknown & { remissId: string }) => `"${id}" har inget remissvar på "${remissId}" att sammanfatta.`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'consultation/unknown-kommentar': {
    message: ({ id, organisationId }: Unknown & { organisationId: string }) =>
      `kommentaren "${id}" finns inte i remissvaret från "${organisationId}".`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'consultation/kommentar-without-remissvar': {
    message: ({ id, organisationId, remissId }: Unknown & { organisationId: string; remissId: string }) =>
      `"${organisationId}" har inget remissvar på "${remissId}", så kommentaren "${id}" finns inte.`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'consultation/no-follow-up-version': {
    message: ({ sectionId }: { sectionId: string }) =>
      `det finns ännu ingen version efter remissen där avsnittet "${sectionId}" kan ha ändrats.`,
    hint: ({ versionId }: { versionId: string }) =>
      `Lägg till den nya versionen med "foregaende: ${versionId}", eller ta bort "avsnitt" tills den finns.`,
  },
  'consultation/unknown-handled-section': {
    message: ({ id, version }: Unknown & { version: string }) => `avsnittet "${id}" finns inte i ${version}.`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'consultation/summaries-pending': {
    message: ({ remissId, organisationIds }: { remissId: string; organisationIds: readonly string[] }) =>
      `sammanfattning saknas för ${organisationIds.length} remissvar på "${remissId}" (${organisationIds.join(', ')}).`,
    hint: ({ file }: InFile) =>
      `Skriv en eller två meningar per organisation under "sammanfattningar" i ${file}; de visas i remissammanställningen.`,
  },
  'consultation/handling-pending': {
    message: ({ remissId, refs }: { remissId: string; refs: readonly string[] }) =>
      `${refs.length === 1 ? '1 kommentar' : `${refs.length} kommentarer`} på "${remissId}" saknar hantering (${refs.join(', ')}).`,
    hint: ({ file }: InFile) =>
      `Ange för varje kommentar under "kommentarer" i ${file} om den beaktades; det krävs när en version efter remissen är beslutad.`,
  },
  'consultation/missing-summary': {
    message: ({ organisationId }: { organisationId: string }) =>
      `remissvaret från "${organisationId}" saknar sammanfattning i remissammanställningen.`,
    hint: ({ organisationId, file }: InFile & { organisationId: string }) =>
      `Lägg till "${organisationId}: <en eller två meningar>" under "sammanfattningar" i ${file}.`,
  },
  'consultation/missing-handling': {
    message: ({ ref, versionId }: { ref: string; versionId: string | undefined }) =>
      `kommentaren "${ref}" saknar hantering, och versionen "${versionId}" är beslutad.`,
    hint: ({ ref, file }: InFile & { ref: string }) =>
      `Lägg till "${ref}: { hantering: beaktad | delvis-beaktad | ej-beaktad, motivering: …, avsnitt: […] }" under "kommentarer" i ${file}.`,
  },
  'consultation/answer-before-remiss': {
    message: ({ answered, sent, remissId }: { answered: string; sent: string; remissId: string }) =>
      `remissvaret är daterat ${answered}, före remissen "${remissId}" skickades ${sent}.`,
    hint: 'Rätta datumet (fältet datum), eller flytta remissvaret till den remiss det svarar på.',
  },
  'consultation/answer-after-ceased': {
    message: ({ answered, ceased, organisationId }: { answered: string; ceased: string; organisationId: string }) =>
      `remissvaret är daterat ${answered}, men organisationen "${organisationId}" upphörde ${ceased}.`,
    hint: 'Rätta datumet, eller ange den organisation som svarade (ofta den som tog över, se dess "foregangare").',
  },
});
