import { problemCatalogue } from '#lib/content/content-problem.ts';
import { didYouMean } from '#lib/text/suggest.ts';

type Unknown = { id: string; known: Iterable<string> };

/** Problems with a version's `harkomst`: claims that cannot be true, and sections that appear or vanish unexplained. */
export const lineageProblem = problemCatalogue('lineage', {
  'lineage/unknown-previous-section': {
    message: ({ id }: Unknown) => `avsnittet "${id}" finns inte i föregående version.`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'lineage/unknown-section': {
    message: ({ id }: Unknown) => `avsnittet "${id}" finns inte i denna version.`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'lineage/unknown-program': {
    message: ({ programId }: { programId: string }) => `programmet "${programId}" finns inte.`,
  },
  'lineage/unknown-program-section': {
    message: ({ id, programId }: Unknown & { programId: string }) => `avsnittet "${id}" finns inte i programmet "${programId}".`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'lineage/previous-section-twice': {
    message: ({ id, claim }: { id: string; claim: number }) =>
      `avsnittet "${id}" i föregående version har redan en härkomst (post ${claim}).`,
    hint: 'Ett avsnitt kan bara gå ett sätt: slå ihop, dela, flytta, byt namn eller ta bort — välj ett.',
  },
  'lineage/section-twice': {
    message: ({ id, claim }: { id: string; claim: number }) => `avsnittet "${id}" har redan en härkomst (post ${claim}).`,
    hint: 'Samla det i en post, t.ex. en sammanslagning med flera avsnitt i "fran".',
  },
  'lineage/new-but-kept': {
    message: ({ id }: { id: string }) => `avsnittet "${id}" kan inte vara nytt: det finns redan i föregående version.`,
    hint: 'Ett avsnitt som behåller sitt id behöver ingen härkomst. Ta bort posten.',
  },
  'lineage/removed-but-kept': {
    message: ({ id }: { id: string }) => `avsnittet "${id}" kan inte vara borttaget: det finns kvar med samma id.`,
    hint: 'Ta bort posten, eller ge avsnittet i denna version ett annat id.',
  },
  'lineage/renamed-to-same-id': {
    message: ({ id }: { id: string }) => `"${id}" byter inte id.`,
    hint: 'Ett avsnitt som behåller sitt id räknas som samma avsnitt (med ny rubrik om den ändrats). Ta bort posten.',
  },
  'lineage/kept-but-renamed': {
    message: ({ id, to }: { id: string; to: string }) => `avsnittet "${id}" finns kvar med samma id och kan inte samtidigt bli "${to}".`,
  },
  'lineage/kept-but-merged': {
    message: ({ id, to }: { id: string; to: string }) =>
      `avsnittet "${id}" finns kvar med samma id och kan inte samtidigt ha gått upp i "${to}".`,
  },
  'lineage/kept-but-not-a-part': {
    message: ({ id }: { id: string }) => `avsnittet "${id}" finns kvar med samma id men är inte en av delarna.`,
    hint: ({ id }: { id: string }) => `Lägg till "${id}" i "till", eller ge det andra id:n.`,
  },
  'lineage/new-without-lineage': {
    message: ({ id, title }: { id: string; title: string }) => `avsnittet "${id}" (${title}) är nytt i denna version men saknar härkomst.`,
    hint: ({ id }: { id: string }) =>
      `Lägg till "- { typ: ny, till: ${id} }", eller ange vilket avsnitt det kommer från (omdopt, sammanslagen, delad, eller flyttad från ett annat program: "- { typ: flyttad, fran: program:avsnitt, till: ${id} }").`,
  },
  'lineage/removed-without-lineage': {
    message: ({ id, title }: { id: string; title: string }) =>
      `avsnittet "${id}" (${title}) i föregående version saknas i denna version utan förklaring.`,
    hint: ({ id }: { id: string }) =>
      `Ange vad som hände med det: borttagen, omdopt, sammanslagen, delad eller flyttad (t.ex. "- { typ: borttagen, fran: ${id} }").`,
  },
  'lineage/move-disagrees': {
    message: ({ claim, other, says }: { claim: string; other: string; says: string }) =>
      `härkomsten "${claim}" stämmer inte med det andra programmet: ${other} anger "${says}".`,
    hint: 'När båda programmen anger en flytt ska de säga samma sak. Rätta den post som är fel, eller ta bort den ena: det räcker att en sida anger flytten.',
  },
});
