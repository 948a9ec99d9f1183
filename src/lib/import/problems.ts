import { problemCatalogue } from '#lib/content/content-problem.ts';
import { asciiSlug } from '#lib/text/slug.ts';
import { didYouMean } from '#lib/text/suggest.ts';

type Unknown = { id: string; known: Iterable<string> };
/** The remisser the organisation was asked to answer, or every remiss when none. */
const remissHint = ({ listed }: { listed: readonly string[] }) =>
  `Ange remissen med --remiss <id>. ${listed.length > 0 ? `Remisser där organisationen är remissinstans: ${listed.join(', ')}.` : ''}`.trim();

/**
 * Problems of `npm run import:remissvar`. Errors stop it: a file it cannot read, an organisation
 * or remiss it cannot tell. Warnings (import/field-not-found and after) go in its report: a field
 * it did not find, a value that looks wrong, something the editor must decide.
 */
export const importProblem = problemCatalogue('import', {
  'import/unreadable-file': {
    message: 'filen finns inte eller går inte att öppna.',
    hint: 'Kontrollera sökvägen.',
  },
  'import/empty-file': {
    message: 'filen innehåller ingen text att importera.',
    hint: 'Spara yttrandet som text (.txt) eller Word (.docx) och försök igen.',
  },
  'import/not-text-or-docx': {
    message: 'filen är inte text, Word (.docx) eller PDF.',
    hint: 'Spara dokumentet som .docx eller PDF, eller kopiera texten till en .txt-fil.',
  },
  'import/unreadable-pdf': {
    message: 'PDF-filen går inte att läsa.',
    hint: 'Öppna den och spara den igen som PDF, eller kopiera texten ur den till en .txt-fil.',
  },
  'import/pdf-without-text': {
    message: 'PDF-filen innehåller ingen text, bara bilder (den är troligen inskannad).',
    hint: 'Hämta originalet som Word eller som PDF med text, eller skriv av texten till en .txt-fil.',
  },
  'import/binary-file': {
    message: 'filen innehåller binära data och går inte att läsa som text.',
    hint: 'Spara yttrandet som ren text i UTF-8 eller som .docx.',
  },
  'import/not-utf8': {
    message: 'texten är inte sparad som UTF-8 (å, ä och ö går inte att läsa).',
    hint: 'Spara filen igen med teckenkodningen UTF-8 och försök igen.',
  },
  'import/unreadable-docx': {
    message: 'Word-filen går inte att läsa.',
    hint: 'Öppna den i Word och spara den igen som .docx (inte .doc), eller spara texten som .txt.',
  },
  'import/unknown-organisation': {
    message: ({ id }: Unknown) => `organisationen "${id}" finns inte i content/organisationer/.`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'import/unknown-recipient': {
    message: ({ recipient }: { recipient: string }) => `yttrandet är ställt till "${recipient}", som inte finns i content/organisationer/.`,
    hint: ({ recipient, known }: { recipient: string; known: Iterable<string> }) =>
      `Lägg till organisationen i content/organisationer/ först, eller ange den med --organisation <id>. ${didYouMean(asciiSlug(recipient), known)}`,
  },
  'import/missing-recipient': {
    message: 'det går inte att se i texten vilken nämnd som svarar (raden "Till" saknas).',
    hint: ({ known }: { known: Iterable<string> }) => `Ange organisationen med --organisation <id>. ${didYouMean('', known)}`,
  },
  'import/unknown-remiss': {
    message: ({ id }: Unknown) => `remissen "${id}" finns inte i content/remisser/.`,
    hint: ({ id, known }: Unknown) => didYouMean(id, known),
  },
  'import/remiss-not-found': {
    message: ({ titel }: { titel: string | undefined }) =>
      `det går inte att se vilken remiss yttrandet svarar på${titel ? ` ("${titel}")` : ''}.`,
    hint: remissHint,
  },
  'import/ambiguous-remiss': {
    message: ({ remissIds }: { remissIds: readonly string[] }) => `yttrandet kan svara på flera remisser: ${remissIds.join(', ')}.`,
    hint: remissHint,
  },
  'import/draft-exists': {
    message: 'filen finns redan.',
    hint: 'Ta bort den, välj en annan organisation, eller skriv över med --force.',
  },
  'import/field-not-found': {
    message: ({ field }: { field: string; required: boolean }) => `fältet "${field}" hittades inte i texten.`,
    hint: ({ required }: { field: string; required: boolean }) =>
      required ? 'Fältet krävs: fyll i det från originalet.' : 'Fyll i det från originalet om det står där.',
  },
  'import/title-with-date': {
    message: ({ titel }: { titel: string }) => `rubriken "${titel}" innehåller ett datum.`,
    hint: 'Datumet hör troligen till brevhuvudet: flytta det till "datum" eller "sammantrade" och korta rubriken.',
  },
  'import/title-with-dnr': {
    message: ({ titel }: { titel: string }) => `rubriken "${titel}" innehåller ett diarienummer.`,
    hint: 'Diarienumret hör till brevhuvudet: flytta det till "dnr" och korta rubriken.',
  },
  'import/title-with-sender': {
    message: ({ titel }: { titel: string }) => `rubriken "${titel}" börjar med avsändaren eller står med versaler.`,
    hint: 'Skriv rubriken som på handlingen, utan förvaltningens namn; avsändaren hör hemma i "avsandare".',
  },
  'import/decision-ends-in-name': {
    message: ({ name }: { name: string }) => `beslutet slutar med namnet "${name}", troligen början på underskriften.`,
    hint: 'Ta bort namnet ur "beslut".',
  },
  'import/date-far-from-remiss': {
    message: ({ field, date, remissId, skickad }: { field: string; date: string; remissId: string; skickad: string }) =>
      `${field === 'datum' ? 'datumet' : 'sammanträdet'} ${date} ligger långt från remissen "${remissId}", som skickades ${skickad}.`,
    hint: 'Kontrollera datumet mot originalet; det kan vara felskrivet eller höra till en annan remiss.',
  },
  'import/meeting-before-statement': {
    message: ({ sammantrade, datum }: { sammantrade: string; datum: string }) =>
      `sammanträdet ${sammantrade} ligger före yttrandets datum ${datum}.`,
    hint: 'Kontrollera att datumen inte bytt plats.',
  },
  'import/dnr-of-remiss': {
    message: ({ dnr }: { dnr: string }) => `diarienumret "${dnr}" är remissens, inte yttrandets, och skrevs inte in.`,
    hint: 'Fyll i yttrandets eget diarienummer i "dnr".',
  },
  'import/other-handlaggare': {
    message: ({ names }: { names: readonly string[] }) => `fler handläggare står i brevhuvudet: ${names.join(', ')}.`,
    hint: 'Fältet "handlaggare" rymmer en; den första står där. Byt om en annan ska stå där.',
  },
  'import/flattened-text': {
    message: 'texten har tappat sina radbrytningar, så stycken och brevhuvud är gissade.',
    hint: 'Dela upp styckena som i originalet och kontrollera fälten, eller kopiera texten ur PDF-filen på nytt, eller importera PDF-filen direkt.',
  },
  'import/not-remissinstans': {
    message: ({ organisationId, remissId }: { organisationId: string; remissId: string }) =>
      `"${organisationId}" står inte bland remissinstanserna för "${remissId}".`,
    hint: 'Lägg till den i remissens "remissinstanser" om den fick remissen.',
  },
});
