import { PLACEHOLDER } from '#lib/checks/placeholders.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { asciiSlug } from '#lib/text/slug.ts';
import { didYouMean } from '#lib/text/suggest.ts';

/** A file the scaffolding would create: its path under content/ and its text. */
export interface ScaffoldedFile {
  path: string;
  text: string;
  /** Things the editor should know, in Swedish (e.g. what to do next). */
  notes: string[];
}

/** A request the scaffolding refuses, with what to do instead. */
export class ScaffoldError extends Error {
  readonly hint?: string;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'ScaffoldError';
    this.hint = hint;
  }
}

export interface NewAnvisning {
  titel: string;
  program: string;
  avsnitt: string[];
  /** The anvisning's ID; made from the title when left out. */
  id?: string;
  /** The version's ID (its file name); the year when left out. */
  version?: string;
  today: string;
}

/** "Tillämpningsanvisning för utrymning" → `utrymning`: the kind of document is not part of its name. */
export function anvisningIdFromTitle(titel: string): string {
  return asciiSlug(titel.replace(/^\s*tillämpningsanvisning(en)?\s+(för|om)\s+/i, ''));
}

/** A new anvisning with valid frontmatter, refusing a program or section that does not exist, or an ID that does. */
export function scaffoldAnvisning(corpus: Corpus, request: NewAnvisning): ScaffoldedFile {
  const titel = request.titel.trim();
  if (titel.length < 3) throw new ScaffoldError('titeln saknas eller är för kort.', 'Ange den med --titel "Tillämpningsanvisning för …".');
  const program = corpus.program(request.program);
  if (!program) {
    throw new ScaffoldError(
      `programmet "${request.program}" finns inte.`,
      didYouMean(
        request.program,
        corpus.programs.map((p) => p.id),
      ),
    );
  }
  if (request.avsnitt.length === 0)
    throw new ScaffoldError('ange minst ett avsnitt som anvisningen kompletterar.', 'Till exempel --avsnitt beredskap,krisstod.');
  const sections = new Set(program.versions.flatMap((version) => version.sections.map((section) => section.id)));
  for (const sectionId of request.avsnitt) {
    if (!sections.has(sectionId))
      throw new ScaffoldError(`avsnittet "${sectionId}" finns inte i ${program.id}.`, didYouMean(sectionId, sections));
  }
  const id = request.id ?? anvisningIdFromTitle(titel);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new ScaffoldError(`"${id}" kan inte användas som id.`, 'Ange ett id med --id, med små bokstäver a–z, siffror och bindestreck.');
  const existing = corpus.anvisning(id);
  if (existing) {
    throw new ScaffoldError(
      `anvisningen "${id}" finns redan ("${existing.current.data.titel}").`,
      `En ny version av den skapar du genom att kopiera content/anvisningar/${id}/${existing.current.id}.md till en ny fil i samma mapp. För en annan anvisning, ange ett annat id med --id.`,
    );
  }
  const version = request.version ?? request.today.slice(0, 4);
  return {
    path: `anvisningar/${id}/${version}.md`,
    text: [
      '---',
      `titel: ${JSON.stringify(titel)}`,
      `program: ${program.id}`,
      'avsnitt:',
      ...request.avsnitt.map((sectionId) => `  - ${sectionId}`),
      'beslutadAv: Stadsdirektören',
      '# Sätt status: gallande och beslutsdatum: ÅÅÅÅ-MM-DD när anvisningen är beslutad.',
      'status: utkast',
      `sammanfattning: "${PLACEHOLDER}: en mening om vad anvisningen gäller och för vem."`,
      '---',
      '## Syfte',
      '',
      `${PLACEHOLDER}: varför anvisningen finns och vilka avsnitt i programmet den kompletterar.`,
      '',
    ].join('\n'),
    notes: [`Fyll i allt som står "${PLACEHOLDER}"; kontrollen släpper inte igenom filen innan dess.`],
  };
}

export interface NewRemissvar {
  remiss: string;
  organisation: string;
  today: string;
}

/** A new remissvar with valid frontmatter, refusing a remiss or organisation that does not exist, or an answer that does. */
export function scaffoldRemissvar(corpus: Corpus, request: NewRemissvar): ScaffoldedFile {
  const remiss = corpus.remiss(request.remiss);
  if (!remiss) {
    throw new ScaffoldError(
      `remissen "${request.remiss}" finns inte.`,
      didYouMean(
        request.remiss,
        corpus.remisser.map((r) => r.id),
      ),
    );
  }
  const organisation = corpus.organisation(request.organisation);
  if (!organisation) {
    throw new ScaffoldError(
      `organisationen "${request.organisation}" finns inte.`,
      `${didYouMean(
        request.organisation,
        corpus.organisations.map((o) => o.id),
      )} Är den ny, lägg först till den i content/organisationer/.`,
    );
  }
  const answered = remiss.remissvar.find((answer) => answer.organisationId === organisation.id);
  if (answered) {
    throw new ScaffoldError(
      `${organisation.data.namn} har redan ett remissvar på remissen (${answered.path}).`,
      'Ändra i den filen i stället.',
    );
  }
  const notes = [`Klistra in yttrandet och fyll i allt som står "${PLACEHOLDER}"; kontrollen släpper inte igenom filen innan dess.`];
  if (!remiss.data.remissinstanser.includes(organisation.id)) {
    notes.push(
      `${organisation.data.namn} står inte bland remissinstanserna: lägg till "${organisation.id}" i remissinstanser i ${remiss.path}.`,
    );
  }
  return {
    path: `remissvar/${remiss.id}/${organisation.id}.md`,
    text: [
      '---',
      `titel: ${JSON.stringify(`Svar på remiss: ${remiss.data.titel}`)}`,
      'dokumenttyp: Tjänsteutlåtande',
      `dnr: "${PLACEHOLDER}"`,
      `datum: "${request.today}"`,
      `beslut: "${PLACEHOLDER}: förslaget till beslut som det står i tjänsteutlåtandet."`,
      `avsandare: ${JSON.stringify(organisation.data.forvaltning ?? organisation.data.namn)}`,
      '---',
      '## Förvaltningens förslag till beslut',
      '',
      `${PLACEHOLDER}: klistra in yttrandet här, med dess rubriker som ##.`,
      '',
      'Markera varje kommentar där den står:',
      '',
      ':::kommentar{#k1 avsnitt="avsnittets-id" stallning="synpunkt"}',
      `${PLACEHOLDER}: stycket som kommentaren består av.`,
      ':::',
      '',
    ].join('\n'),
    notes,
  };
}
