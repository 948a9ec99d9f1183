import type { Remissvar } from '#schemas/remissvar.ts';
import { ContentProblem, type ProblemText } from '#lib/content/content-problem.ts';
import { decisionProposal } from './decision-proposal.ts';
import type { ImportContext } from './import-context.ts';
import { letterheadFields } from './letterhead-fields.ts';
import { DNR, PERSON } from './letterhead-lines.ts';
import { importProblem } from './problems.ts';
import { normaliseName, resolveOrganisation } from './resolve-organisation.ts';
import { resolveRemiss } from './resolve-remiss.ts';
import type { StatementBlock, StatementDocument } from './statement.ts';
import { SWEDISH_DATE } from './swedish-date.ts';

export type { ImportContext } from './import-context.ts';

export interface ImportChoices {
  /** The answering organisation's ID, when the text does not say or says it differently. */
  organisation?: string;
  /** The remiss answered, when it cannot be told from the text. */
  remiss?: string;
}

/** The frontmatter of a remissvar draft; the required fields the text did not give are missing. */
export type DraftFrontmatter = Partial<Pick<Remissvar, 'titel' | 'dnr' | 'datum' | 'beslut'>> &
  Pick<Remissvar, 'dokumenttyp' | 'exempel'> &
  Partial<Pick<Remissvar, 'sammantrade' | 'avsandare' | 'handlaggare'>>;

/** The fields the importer looks for, required ones first. */
export const DRAFT_FIELDS = ['titel', 'dnr', 'datum', 'beslut', 'dokumenttyp', 'sammantrade', 'avsandare', 'handlaggare'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
const REQUIRED = new Set<DraftField>(['titel', 'dnr', 'datum', 'beslut']);

export interface StatementMetadata {
  data: DraftFrontmatter;
  organisationId: string;
  remissId: string;
  /** Where each field found came from, in Swedish; organisation and remiss too. */
  sources: Partial<Record<DraftField | 'organisation' | 'remiss', string>>;
  /** Fields not found, required ones first. */
  missing: DraftField[];
  /** Fields not found, values that look wrong and what the editor must decide, as warnings. */
  warnings: ContentProblem[];
}

/** A value more than this many days from the remiss's dates is flagged. */
const FAR_FROM_REMISS_DAYS = 365;

/**
 * The frontmatter a statement gives: title, Dnr, dates, decision, sender and handläggare, and
 * which organisation answers which remiss, each with where it was found. Fields not found and
 * values that look wrong (a title holding a date or a Dnr, a decision ending in a name, a date
 * years from the remiss's) come back as warnings; an organisation or remiss that cannot be told,
 * or does not exist in content/, is a ContentProblem naming the file.
 */
export function statementMetadata(
  document: StatementDocument,
  file: string,
  context: ImportContext,
  choices: ImportChoices = {},
): StatementMetadata {
  const fields = letterheadFields(document.letterhead);
  const warnings: ContentProblem[] = [];
  const warn = (problem: ProblemText, field?: string) =>
    warnings.push(new ContentProblem({ location: { file }, severity: 'varning', ...(field ? { field } : {}), ...problem }));

  const avsandare = fields.avsandare && fromCapitals(fields.avsandare, context);
  const organisation = resolveOrganisation(fields.recipient, avsandare, file, context, choices.organisation);
  const titel = joinTitle(document.title);
  const remiss = resolveRemiss(
    { titel, body: document.blocks.map(blockText).join('\n'), reference: fields.reference },
    organisation.id,
    file,
    context,
    choices.remiss,
  );
  const remissData = context.remisser.find((candidate) => candidate.id === remiss.id);
  if (remissData && !remissData.remissinstanser.includes(organisation.id)) {
    warn(importProblem('import/not-remissinstans', { organisationId: organisation.id, remissId: remiss.id }), 'organisation');
  }

  const decision = decisionProposal(document.blocks);
  let dnr = fields.dnr;
  if (dnr && remissData?.dnr && normaliseName(dnr) === normaliseName(remissData.dnr)) {
    warn(importProblem('import/dnr-of-remiss', { dnr }), 'dnr');
    dnr = undefined;
  }
  const data: DraftFrontmatter = {
    titel,
    dokumenttyp: fields.dokumenttyp ?? 'Tjänsteutlåtande',
    dnr,
    datum: fields.datum,
    sammantrade: fields.sammantrade,
    beslut: decision?.text,
    avsandare,
    handlaggare: fields.handlaggare,
    exempel: false,
  };
  for (const key of Object.keys(data) as (keyof DraftFrontmatter)[]) if (data[key] === undefined || data[key] === '') delete data[key];

  const sources: StatementMetadata['sources'] = {
    ...fields.sources,
    ...(titel ? { titel: 'rubriken, före första mellanrubriken' } : {}),
    ...(decision ? { beslut: decision.source } : {}),
    ...(avsandare && avsandare !== fields.avsandare ? { avsandare: `${fields.sources.avsandare}, skrivet med versaler` } : {}),
    organisation: organisation.source,
    remiss: remiss.source,
  };
  if (!dnr) delete sources.dnr;
  delete (sources as Record<string, string>).recipient;
  if (!fields.dokumenttyp) delete sources.dokumenttyp;

  const missing = DRAFT_FIELDS.filter((field) => (field === 'dokumenttyp' ? !fields.dokumenttyp : !data[field]));
  for (const field of missing) {
    warn(importProblem('import/field-not-found', { field, required: REQUIRED.has(field) }), field);
  }
  if (document.flattened) warn(importProblem('import/flattened-text'));
  if (fields.otherHandlaggare.length > 0) {
    const names = fields.otherHandlaggare.map((person) => [person.namn, person.telefon, person.epost].filter(Boolean).join(', '));
    warn(importProblem('import/other-handlaggare', { names }), 'handlaggare');
  }
  for (const problem of suspiciousValues(data, avsandare, remissData)) warn(problem, problem.field);
  return { data, organisationId: organisation.id, remissId: remiss.id, sources, missing, warnings };
}

/** Values that look wrong, each with the field it concerns. */
function suspiciousValues(
  data: DraftFrontmatter,
  avsandare: string | undefined,
  remiss: ImportContext['remisser'][number] | undefined,
): (ProblemText & { field: string })[] {
  const found: (ProblemText & { field: string })[] = [];
  const { titel, beslut, datum, sammantrade } = data;
  if (titel) {
    if (/\b\d{4}-\d{2}-\d{2}\b/.test(titel) || SWEDISH_DATE.test(titel))
      found.push({ field: 'titel', ...importProblem('import/title-with-date', { titel }) });
    if (/\bDnr\b/i.test(titel) || titel.split(/\s+/).some((_, index, words) => DNR.test(words.slice(index, index + 2).join(' ')))) {
      found.push({ field: 'titel', ...importProblem('import/title-with-dnr', { titel }) });
    }
    const letters = titel.replace(/[^\p{L}]/gu, '');
    const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
    const sender = avsandare?.split(',')[0];
    if ((letters.length > 8 && capitals / letters.length > 0.6) || (sender && normaliseName(titel).startsWith(normaliseName(sender)))) {
      found.push({ field: 'titel', ...importProblem('import/title-with-sender', { titel }) });
    }
  }
  const lastWords = beslut?.match(/[.!?:]\s+((?:\p{Lu}[\p{Ll}-]+\s?){2,4})$/u)?.[1]?.trim();
  if (lastWords && PERSON.test(lastWords))
    found.push({ field: 'beslut', ...importProblem('import/decision-ends-in-name', { name: lastWords }) });
  if (remiss?.skickad) {
    const from = Date.parse(remiss.skickad) - FAR_FROM_REMISS_DAYS * 86_400_000;
    const to = Date.parse(remiss.svarSenast ?? remiss.skickad) + FAR_FROM_REMISS_DAYS * 86_400_000;
    for (const [field, date] of [
      ['datum', datum],
      ['sammantrade', sammantrade],
    ] as const) {
      if (date && (Date.parse(date) < from || Date.parse(date) > to)) {
        found.push({
          field,
          ...importProblem('import/date-far-from-remiss', { field, date, remissId: remiss.id, skickad: remiss.skickad }),
        });
      }
    }
  }
  if (datum && sammantrade && sammantrade < datum) {
    found.push({ field: 'sammantrade', ...importProblem('import/meeting-before-statement', { sammantrade, datum }) });
  }
  return found;
}

/**
 * "Stockholms stads säkerhetsprogram" + "Svar på remiss …" → "Stockholms stads säkerhetsprogram. Svar på remiss …";
 * a title wrapped onto a line that goes on in lower case ("… Stockholms stads" + "säkerhetsprogram") is one line.
 */
export function joinTitle(lines: readonly string[]): string | undefined {
  if (lines.length === 0) return undefined;
  return lines.reduce((title, line) => `${title}${/[.!?:]$/.test(title) || /^\p{Ll}/u.test(line) ? ' ' : '. '}${line}`);
}

function blockText(block: StatementBlock): string {
  if (block.type === 'lines') return block.lines.join(' ');
  if (block.type === 'item') return [block.title, block.text].filter(Boolean).join(' ');
  return block.text;
}

/**
 * An administration written in capitals ("SPÅNGA-TENSTA STADSDELSFÖRVALTNING, AVDELNINGEN FÖR
 * STÖD") as an editor would write it: the organisation's own spelling where content knows it,
 * otherwise each part in lower case with an initial capital (and one after a hyphen in the first word).
 */
function fromCapitals(text: string, context: ImportContext): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || letters !== letters.toLocaleUpperCase('sv')) return text;
  return text
    .split(/\s*,\s*/)
    .map((part) => {
      const known = context.organisations.find((organisation) => normaliseName(organisation.forvaltning ?? '') === normaliseName(part));
      if (known?.forvaltning) return known.forvaltning;
      const [first = '', ...rest] = part.toLocaleLowerCase('sv').split(' ');
      const head = first.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => `${dash}${letter.toLocaleUpperCase('sv')}`);
      return [head, ...rest].join(' ');
    })
    .join(', ');
}
