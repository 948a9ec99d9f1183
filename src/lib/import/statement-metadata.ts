import type { Remissvar } from '#schemas/remissvar.ts';
import { ContentProblem } from '#lib/content/content-problem.ts';
import { letterheadFields } from './letterhead-fields.ts';
import type { StatementDocument } from './statement.ts';
import { importProblem } from './problems.ts';

/** What the importer knows of the content: organisations and remisser, as plain data. */
export interface ImportContext {
  organisations: { id: string; namn: string; forvaltning?: string }[];
  remisser: { id: string; titel: string; remissinstanser: string[]; programNamn: string }[];
}

export interface ImportChoices {
  /** The answering organisation's ID, when the text does not say or says it differently. */
  organisation?: string;
  /** The remiss answered, when it cannot be told from the title. */
  remiss?: string;
}

/** The frontmatter of a remissvar draft; the required fields the text did not give are missing. */
export type DraftFrontmatter = Partial<Pick<Remissvar, 'titel' | 'dnr' | 'datum' | 'beslut'>> &
  Pick<Remissvar, 'dokumenttyp' | 'exempel'> &
  Partial<Pick<Remissvar, 'sammantrade' | 'avsandare' | 'handlaggare'>>;

export interface StatementMetadata {
  data: DraftFrontmatter;
  organisationId: string;
  remissId: string;
  /** Required fields to fill in by hand. */
  missing: ('titel' | 'dnr' | 'datum' | 'beslut')[];
  /** Things the editor should check, in Swedish. */
  notes: string[];
}

/**
 * The frontmatter a statement gives: title, Dnr, dates, decision proposal, sender and
 * handläggare, and which organisation answers which remiss. An organisation or remiss that
 * cannot be told, or that does not exist in content/, is a ContentProblem naming the file.
 */
export function statementMetadata(
  document: StatementDocument,
  file: string,
  context: ImportContext,
  choices: ImportChoices = {},
): StatementMetadata {
  const fields = letterheadFields(document.letterhead);
  const notes: string[] = [];
  const organisationId = resolveOrganisation(fields.recipient, fields.avsandare, file, context, choices);
  const titel = joinTitle(document.title);
  const remissId = resolveRemiss(titel, organisationId, file, context, choices, notes);

  const data: DraftFrontmatter = {
    titel,
    dokumenttyp: fields.dokumenttyp ?? 'Tjänsteutlåtande',
    dnr: fields.dnr,
    datum: fields.datum,
    sammantrade: fields.sammantrade,
    beslut: decisionProposal(document),
    avsandare: fields.avsandare,
    handlaggare: fields.handlaggare,
    exempel: false,
  };
  for (const key of Object.keys(data) as (keyof DraftFrontmatter)[]) if (data[key] === undefined || data[key] === '') delete data[key];
  const missing = (['titel', 'dnr', 'datum', 'beslut'] as const).filter((key) => !data[key]);
  return { data, organisationId, remissId, missing, notes };
}

/** "Stockholms stads säkerhetsprogram" + "Svar på remiss …" → "Stockholms stads säkerhetsprogram. Svar på remiss …". */
export function joinTitle(lines: readonly string[]): string | undefined {
  if (lines.length === 0) return undefined;
  return lines.reduce((title, line) => `${title}${/[.!?:]$/.test(title) ? ' ' : '. '}${line}`);
}

/** The paragraphs under the heading "(Förvaltningens) förslag till beslut". */
function decisionProposal(document: StatementDocument): string | undefined {
  const start = document.blocks.findIndex((block) => block.type === 'heading' && /förslag till beslut|beslutsförslag/i.test(block.text));
  if (start === -1) return undefined;
  const texts: string[] = [];
  for (const block of document.blocks.slice(start + 1)) {
    if (block.type === 'heading') break;
    if (block.type === 'paragraph') texts.push(block.text);
    if (block.type === 'item') texts.push(`${block.number ? `${block.number}. ` : ''}${block.text}`);
  }
  return texts.join(' ') || undefined;
}

const normalise = (name: string) => name.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

function resolveOrganisation(
  recipient: string | undefined,
  sender: string | undefined,
  file: string,
  context: ImportContext,
  choices: ImportChoices,
): string {
  const ids = context.organisations.map((organisation) => organisation.id);
  if (choices.organisation) {
    if (ids.includes(choices.organisation)) return choices.organisation;
    throw new ContentProblem({
      location: { file },
      field: 'organisation',
      ...importProblem('import/unknown-organisation', { id: choices.organisation, known: ids }),
    });
  }
  const byName = context.organisations.find((organisation) => recipient && normalise(organisation.namn) === normalise(recipient));
  const senderFirst = sender?.split(',')[0];
  const bySender = context.organisations.find(
    (organisation) => senderFirst && organisation.forvaltning && normalise(organisation.forvaltning) === normalise(senderFirst),
  );
  const found = byName ?? bySender;
  if (found) return found.id;
  const named = recipient ?? senderFirst;
  throw new ContentProblem({
    location: { file },
    field: 'organisation',
    ...(named
      ? importProblem('import/unknown-recipient', { recipient: named, known: ids })
      : importProblem('import/missing-recipient', { known: ids })),
  });
}

function resolveRemiss(
  titel: string | undefined,
  organisationId: string,
  file: string,
  context: ImportContext,
  choices: ImportChoices,
  notes: string[],
): string {
  const ids = context.remisser.map((remiss) => remiss.id);
  const chosen = choices.remiss;
  if (chosen && !ids.includes(chosen)) {
    throw new ContentProblem({
      location: { file },
      field: 'remiss',
      ...importProblem('import/unknown-remiss', { id: chosen, known: ids }),
    });
  }
  const about = (remiss: ImportContext['remisser'][number]) => Boolean(titel && normalise(titel).includes(normalise(remiss.programNamn)));
  const consulted = context.remisser.filter((remiss) => remiss.remissinstanser.includes(organisationId));
  const candidates = chosen ? context.remisser.filter((remiss) => remiss.id === chosen) : consulted.filter(about);
  const [only] = candidates;
  if (candidates.length !== 1 || !only) {
    const listed = (consulted.length > 0 ? consulted : context.remisser).map((remiss) => remiss.id);
    throw new ContentProblem({
      location: { file },
      field: 'remiss',
      ...(candidates.length === 0
        ? importProblem('import/remiss-not-found', { titel, listed })
        : importProblem('import/ambiguous-remiss', { remissIds: candidates.map((remiss) => remiss.id), listed })),
    });
  }
  if (!only.remissinstanser.includes(organisationId)) {
    notes.push(
      `"${organisationId}" står inte bland remissinstanserna för "${only.id}"; lägg till den i remissens "remissinstanser" om den fick remissen.`,
    );
  }
  return only.id;
}
