import { problemCatalogue } from '#lib/content/content-problem.ts';
import { didYouMean } from '#lib/text/suggest.ts';

type Unknown = { id: string; known: Iterable<string> };

/** Problems with a version's change notes (`andringar`): the sections and consultation comments they name. */
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
});
