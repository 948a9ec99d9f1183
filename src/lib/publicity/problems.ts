import { problemCatalogue } from '#lib/content/content-problem.ts';

const hint = 'Ändra publiciteten på det ena dokumentet, eller ta bort hänvisningen.';

/** A published document that leans on one that is not published. */
export const publicityProblem = problemCatalogue('publicity', {
  'publicity/version-of-hidden-program': {
    message: ({ programId }: { programId: string }) => `versionen är offentlig men programmet "${programId}" är inte publicerat.`,
    hint,
  },
  'publicity/remiss-of-hidden-version': {
    message: ({ version }: { version: string }) => `remissen är offentlig men versionen "${version}" är inte publicerad.`,
    hint,
  },
  'publicity/remissvar-to-hidden-remiss': {
    message: ({ remissId }: { remissId: string }) => `remissvaret är offentligt men remissen "${remissId}" är inte publicerad.`,
    hint,
  },
  'publicity/remissvar-from-hidden-organisation': {
    message: ({ organisationId }: { organisationId: string }) =>
      `remissvaret är offentligt men organisationen "${organisationId}" är inte publicerad.`,
    hint,
  },
  'publicity/anvisning-of-hidden-program': {
    message: ({ programId }: { programId: string }) => `anvisningen är offentlig men programmet "${programId}" är inte publicerat.`,
    hint,
  },
  'publicity/kept-back-title': {
    message: ({ title, path }: { title: string; path: string }) =>
      `den offentliga texten nämner "${title}", titeln på ${path}, som inte publiceras.`,
    hint: 'Titeln avslöjar att dokumentet finns, också utan länk. Skriv om texten utan titeln, eller ändra publiciteten på ett av dokumenten.',
  },
  'publicity/hidden-but-needed': {
    message: ({ count, dependents }: { count: number; dependents: string[] }) =>
      `dokumentet publiceras inte, men ${count} offentliga dokument bygger på det: ${dependents.join(', ')}.`,
    hint: 'Publicera dokumentet igen, eller gör också de dokumenten ej publicerade (eller ta bort deras hänvisningar hit).',
  },
  'publicity/beredning-of-hidden-remiss': {
    message: ({ remissId }: { remissId: string }) => `beredningen är offentlig men remissen "${remissId}" är inte publicerad.`,
    hint,
  },
});
