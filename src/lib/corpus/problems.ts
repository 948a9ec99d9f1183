import { problemCatalogue, unknownReference } from '#lib/content/content-problem.ts';
import { didYouMean } from '#lib/text/suggest.ts';

/** Problems with the references between documents, found while the model of programs, anvisningar and remisser is built. */
export const corpusProblem = problemCatalogue('corpus', {
  'corpus/unknown-program': unknownReference('programmet'),
  'corpus/unknown-organisation': unknownReference('organisationen'),
  'corpus/unknown-remiss': unknownReference('remissen'),
  'corpus/unknown-version': {
    message: ({ id, programId }: { id: string; programId: string }) => `versionen "${id}" finns inte i programmet "${programId}".`,
    hint: ({ id, known }: { id: string; known: Iterable<string> }) => didYouMean(id, known),
  },
  'corpus/unknown-section': {
    message: ({ id, programId }: { id: string; programId: string }) => `avsnittet i ${programId} "${id}" finns inte.`,
    hint: ({ id, known }: { id: string; known: Iterable<string> }) => didYouMean(id, known),
  },
  'corpus/program-without-yaml': {
    message: ({ programId }: { programId: string }) => `mappen "${programId}" har ingen program.yaml.`,
    hint: 'Lägg till program.yaml med namn, kortnamn, agare och beskrivning i mappen.',
  },
  'corpus/predecessor-cycle': {
    message: ({ versionId, cycle }: { versionId: string; cycle: string[] }) =>
      cycle.length > 1
        ? `"foregaende" gör en cirkel (${[...cycle, cycle[0]].join(' → ')}): ${versionId} kan inte komma efter sig själv.`
        : `"foregaende" pekar på versionen själv: ${versionId} kan inte komma efter sig själv.`,
    hint: 'Den äldsta versionen ska inte ha något "foregaende", och varje annan version pekar på den som gällde före den.',
  },
  'corpus/program-versions-in-force': {
    message: ({ programId, versionIds }: { programId: string; versionIds: readonly string[] }) =>
      `programmet "${programId}" har mer än en gällande version (${versionIds.join(', ')}).`,
    hint: 'Sätt status "ersatt" eller "upphavd" på den äldre versionen.',
  },
  'corpus/anvisning-versions-in-force': {
    message: ({ anvisningId }: { anvisningId: string }) => `anvisningen "${anvisningId}" har mer än en gällande version.`,
    hint: 'Sätt status "ersatt" på den äldre versionen.',
  },
  'corpus/reserved-page-id': {
    message: ({ id }: { id: string }) => `sidan kan inte heta "${id}": adressen /${id}/ används redan av webbplatsen.`,
    hint: 'Byt namn på filen.',
  },
  'corpus/duplicate-remissvar': {
    message: ({ organisationId, remissId, first }: { organisationId: string; remissId: string; first: string }) =>
      `"${organisationId}" har redan ett remissvar på "${remissId}", i ${first}.`,
    hint: 'Ta bort det ena remissvaret, eller slå ihop dem till ett.',
  },
  'corpus/not-remissinstans': {
    message: ({ organisationId, remissId }: { organisationId: string; remissId: string }) =>
      `"${organisationId}" står inte bland remissinstanserna för "${remissId}".`,
    hint: 'Lägg till organisationen i remissens "remissinstanser" om den fick remissen.',
  },
  'corpus/unknown-kommentar-section': {
    message: ({ kommentarId, sectionId, version }: { kommentarId: string; sectionId: string; version: string }) =>
      `kommentaren "${kommentarId}" pekar på avsnittet "${sectionId}", som inte finns i ${version}.`,
    hint: ({ sectionId, known }: { sectionId: string; known: Iterable<string> }) => didYouMean(sectionId, known),
  },
});
