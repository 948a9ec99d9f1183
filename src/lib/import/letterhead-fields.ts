import type { Handlaggare } from '#schemas/remissvar.ts';
import { parseSwedishDate } from './swedish-date.ts';

/** What a letterhead says, each field only where the letterhead gives it. */
export interface LetterheadFields {
  dnr?: string;
  dokumenttyp?: string;
  /** Date of the statement. */
  datum?: string;
  /** The body the statement is addressed to ("Till"), usually the answering nämnd. */
  recipient?: string;
  /** Date of the recipient's meeting, given with "Till". */
  sammantrade?: string;
  /** The administration and department that wrote it. */
  avsandare?: string;
  handlaggare?: Handlaggare;
}

const DOCUMENT_TYPES = /^(Tjänsteutlåtande|Yttrande|Skrivelse)$/i;
const LABEL = /^(?:Handläggare|Till|Telefon|Tel\.?|E-post|Dnr)(?:[:.\s]|$)/i;

/** Reads the fields of a letterhead: groups of lines separated by blank lines, each led by a label or not. */
export function letterheadFields(letterhead: readonly string[]): LetterheadFields {
  const groups: string[][] = [[]];
  for (const line of letterhead) {
    if (line === '') groups.push([]);
    else groups.at(-1)?.push(line);
  }
  const fields: LetterheadFields = {};
  for (const group of groups.filter((lines) => lines.length > 0)) {
    const [first = '', ...rest] = group;
    const sameLine = (label: RegExp) => label.exec(first)?.[1]?.trim();
    if (/^Handläggare(?::|$)/i.test(first)) {
      const namn = sameLine(/^Handläggare[:\s]+(.+)$/i) ?? rest.find((line) => !LABEL.test(line) && !line.includes('@'));
      const telefon = group.map((line) => /^(?:Telefon|Tel\.?)[:\s]+(.+)$/i.exec(line)?.[1]?.trim()).find(Boolean);
      const epost = group.map((line) => /^(?:E-post[:\s]+)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i.exec(line)?.[1]).find(Boolean);
      if (namn) fields.handlaggare = { namn, ...(telefon ? { telefon } : {}), ...(epost ? { epost } : {}) };
    } else if (/^Till(?::|$)/i.test(first)) {
      fields.recipient = sameLine(/^Till[:\s]+(.+)$/i) ?? rest.find((line) => !parseSwedishDate(line));
      fields.sammantrade ??= group.map(parseSwedishDate).find(Boolean);
    } else {
      for (const line of group) {
        const dnr = /^Dnr[:.\s]+(.+)$/i.exec(line)?.[1]?.trim();
        if (dnr) fields.dnr ??= dnr;
        else if (DOCUMENT_TYPES.test(line)) fields.dokumenttyp ??= line;
        else if (parseSwedishDate(line)) fields.datum ??= parseSwedishDate(line);
      }
      // The sender is the group that names an administration: "Järva stadsdelsförvaltning / Administrativa avdelningen".
      if (/(förvaltning|förvaltningen|kontoret|kontor)$/i.test(first) && !fields.avsandare) {
        const names = group.filter(
          (line) => !LABEL.test(line) && !DOCUMENT_TYPES.test(line) && !parseSwedishDate(line) && !/\d/.test(line),
        );
        fields.avsandare = names.join(', ');
      }
    }
  }
  return fields;
}
