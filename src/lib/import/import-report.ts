import type { Handlaggare } from '#schemas/remissvar.ts';
import type { ProposedKommentar } from './proposed-kommentarer.ts';
import type { StatementDocument } from './statement.ts';
import type { StatementMetadata } from './statement-metadata.ts';

const FORMATS: Record<StatementDocument['format'], string> = {
  text: 'text',
  docx: 'Word-fil',
  pdf: 'PDF-fil',
};

const shown = (value: unknown): string => {
  if (typeof value === 'string') return `"${value}"`;
  const person = value as Handlaggare;
  return [person.namn, person.telefon, person.epost].filter(Boolean).join(', ');
};

/**
 * The report an editor reads after an import, in Swedish: every field found with where it came
 * from, every field not found, what was taken out as page furniture, the comments proposed, and
 * the warnings (values that look wrong, things to decide), one line each with their code.
 */
export function importReport(
  source: string,
  document: StatementDocument,
  metadata: StatementMetadata,
  proposals: readonly ProposedKommentar[],
): string {
  const lines = [`Import av ${source} (${FORMATS[document.format]}):`, 'Hittade fält:'];
  const found = Object.entries(metadata.data).filter(
    ([field]) => field !== 'exempel' && metadata.sources[field as keyof StatementMetadata['sources']],
  );
  for (const [field, value] of found) {
    lines.push(`  ${field}: ${shown(value)} – från ${metadata.sources[field as keyof StatementMetadata['sources']]}`);
  }
  lines.push(`  organisation: ${metadata.organisationId} – från ${metadata.sources.organisation}`);
  lines.push(`  remiss: ${metadata.remissId} – från ${metadata.sources.remiss}`);
  lines.push(metadata.missing.length > 0 ? `Hittades inte: ${metadata.missing.join(', ')}.` : 'Alla fält hittades.');
  if (metadata.missing.includes('dokumenttyp')) lines.push(`  dokumenttyp är satt till "${metadata.data.dokumenttyp}".`);
  if (document.furniture.length > 0) {
    lines.push(`Borttaget som sidnummer, sidhuvud eller sidfot: ${document.furniture.map((line) => `"${line}"`).join(', ')}.`);
  }
  if (proposals.length > 0) {
    lines.push(`Föreslagna kommentarer (${proposals.length}), att bekräfta en och en:`);
    for (const proposal of proposals) {
      lines.push(
        `  ${proposal.id}: ${proposal.stallning} (efter "${proposal.cue}"), avsnitt ${proposal.avsnitt.join(' ')} (efter "${proposal.phrases.join('", "')}")`,
      );
    }
  } else lines.push('Inga kommentarer föreslogs: markera dem för hand.');
  if (metadata.warnings.length > 0) {
    lines.push(`Att kontrollera (${metadata.warnings.length}):`);
    for (const warning of metadata.warnings) lines.push(`  ${warning.format()}`);
  }
  return lines.join('\n');
}
