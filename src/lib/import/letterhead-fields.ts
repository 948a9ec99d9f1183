import type { Handlaggare } from '#schemas/remissvar.ts';
import { cellsOf } from './letterhead.ts';
import { letterheadLine, PERSON } from './letterhead-lines.ts';

/** What a letterhead says, each field only where the letterhead gives it. */
export interface LetterheadFields {
  dnr?: string;
  dokumenttyp?: string;
  /** Date of the statement. */
  datum?: string;
  /** The body the statement is addressed to ("Till"), usually the answering nämnd. */
  recipient?: string;
  /** Date of the recipient's meeting, given with "Till" or on a meeting line. */
  sammantrade?: string;
  /** The administration and department that wrote it. */
  avsandare?: string;
  handlaggare?: Handlaggare;
  /** Further handläggare: the frontmatter has room for one. */
  otherHandlaggare: Handlaggare[];
  /** The remiss's registry number, when the letterhead gives it ("Ert dnr KS 2023/1254"). */
  reference?: string;
  /** For each field found, where in the letterhead it came from, in Swedish, for the report. */
  sources: Partial<Record<LetterheadField, string>>;
}

export type LetterheadField = 'dnr' | 'dokumenttyp' | 'datum' | 'recipient' | 'sammantrade' | 'avsandare' | 'handlaggare';

type State = 'none' | 'handlaggare' | 'till' | 'avsandare';

/**
 * Reads the fields of a letterhead. Its lines are read block by block (blocks are separated by
 * blank lines, and a PDF's columns are read one after the other), and a label governs the lines
 * under it: the names, phones and e-mails after "Handläggare", the recipient and meeting day after
 * "Till", the departments after the administration. Unlabelled lines are read for what they are.
 */
export function letterheadFields(letterhead: readonly string[]): LetterheadFields {
  const fields: LetterheadFields = { otherHandlaggare: [], sources: {} };
  const people: Handlaggare[] = [];
  const quoted = (line: string) => `"${line}"`;
  let state: State = 'none';
  let unlabelledRecipient: { name: string; line: string } | undefined;

  const take = (field: LetterheadField, line: string, how = '') => {
    fields.sources[field] ??= `brevhuvudet${how}: ${quoted(line)}`;
  };

  for (const line of columnOrder(letterhead)) {
    if (line === '') {
      state = 'none';
      continue;
    }
    const kind = letterheadLine(line);
    if (!kind) {
      if (state === 'handlaggare' && PERSON.test(line)) people.push({ namn: line });
      else if (state === 'till' && !fields.recipient) {
        fields.recipient = line;
        take('recipient', line);
      }
      continue;
    }
    switch (kind.kind) {
      case 'handlaggare':
        state = 'handlaggare';
        for (const namn of kind.names) people.push({ namn });
        break;
      case 'till':
        state = 'till';
        if (kind.recipient && !fields.recipient) {
          fields.recipient = kind.recipient;
          take('recipient', line);
        }
        if (kind.date && !fields.sammantrade) {
          fields.sammantrade = kind.date;
          take('sammantrade', line, ', med mottagaren');
        }
        break;
      case 'date':
        if (state === 'till' && !fields.sammantrade) {
          fields.sammantrade = kind.date;
          take('sammantrade', line, ', under mottagaren');
        } else if (!fields.datum || (kind.labelled && !fields.sources.datum?.includes('"Datum'))) {
          fields.datum = kind.date;
          fields.sources.datum = `brevhuvudet: ${quoted(line)}`;
        }
        break;
      case 'meeting':
        if (!fields.sammantrade) {
          fields.sammantrade = kind.date;
          take('sammantrade', line, kind.body ? ', sammanträdesraden' : '');
        }
        break;
      case 'dnr':
        if (!fields.dnr) {
          fields.dnr = kind.dnr;
          take('dnr', line, kind.labelled ? '' : ', utan ordet "Dnr"');
        }
        break;
      case 'reference':
        fields.reference ??= kind.dnr;
        break;
      case 'dokumenttyp':
        if (!fields.dokumenttyp) {
          fields.dokumenttyp = kind.dokumenttyp;
          take('dokumenttyp', line);
        }
        break;
      case 'phone': {
        const person = people.at(-1);
        if (state === 'handlaggare' && person && !person.telefon) person.telefon = kind.phone;
        break;
      }
      case 'email': {
        // An e-mail outside the handläggare's block is theirs only if it carries their name.
        const person = state === 'handlaggare' ? people.at(-1) : people.find((candidate) => emailOf(candidate, kind.email));
        if (person && !person.epost) person.epost = kind.email;
        break;
      }
      case 'administration':
        if (!fields.avsandare) {
          fields.avsandare = kind.name;
          take('avsandare', line);
          state = 'avsandare';
        }
        break;
      case 'department':
        if (state === 'avsandare') fields.avsandare = `${fields.avsandare}, ${kind.name}`;
        break;
      case 'body':
        if (state === 'till' && !fields.recipient) {
          fields.recipient = kind.name;
          take('recipient', line);
        } else unlabelledRecipient ??= { name: kind.name, line };
        break;
      default:
        break;
    }
  }
  if (!fields.recipient && unlabelledRecipient) {
    fields.recipient = unlabelledRecipient.name;
    take('recipient', unlabelledRecipient.line, ', utan ordet "Till"');
  }
  const [first, ...others] = people;
  if (first) {
    fields.handlaggare = first;
    fields.sources.handlaggare = `brevhuvudet: "${first.namn}" under "Handläggare"`;
  }
  fields.otherHandlaggare = others;
  return fields;
}

/** Whether an address looks like the person's own: "caroline.teir@…" for Caroline Teir. */
function emailOf(person: Handlaggare, email: string): boolean {
  const local = (email.split('@')[0] ?? '').toLocaleLowerCase('sv');
  const parts = person.namn.toLocaleLowerCase('sv').split(/\s+/);
  return parts.every((part) => local.includes(part.normalize('NFD').replace(/\p{M}/gu, '')) || local.includes(part));
}

/**
 * The letterhead's lines with each block's columns one after the other: a PDF gives a two-column
 * letterhead as lines of two cells, "Järva stadsdelsförvaltning  Tjänsteutlåtande".
 */
function columnOrder(letterhead: readonly string[]): string[] {
  const blocks: string[][] = [[]];
  for (const line of letterhead) {
    if (line === '') blocks.push([]);
    else blocks.at(-1)?.push(line);
  }
  return blocks.flatMap((block) => {
    const rows = block.map(cellsOf);
    const columns = Math.max(1, ...rows.map((row) => row.length));
    const lines: string[] = [];
    for (let column = 0; column < columns; column++) {
      lines.push(...rows.flatMap((row) => (row.length > column ? [row[column] ?? ''] : [])), '');
    }
    return lines;
  });
}
