import { parseSwedishDate, SWEDISH_DATE } from './swedish-date.ts';

/**
 * What a line of a Swedish municipal letterhead is. Letterheads come labelled ("Dnr", "Handläggare",
 * "Till") or not: the registry number stands alone ("KS-2014/123", "AMN 2015-0123"), the meeting is a
 * nämnd's abbreviation and a date ("FSN 2005-09-22"), the administration is written in capitals.
 */
export type LetterheadLine =
  | { kind: 'handlaggare'; names: string[] }
  | { kind: 'till'; recipient?: string; date?: string }
  | { kind: 'dnr'; dnr: string; labelled: boolean }
  /** The remiss's own number ("Ert dnr", "KS dnr"), which is not the statement's. */
  | { kind: 'reference'; dnr: string }
  | { kind: 'dokumenttyp'; dokumenttyp: string }
  /** A date, labelled "Datum" or not; `place` when written "Stockholm 2024-01-23". */
  | { kind: 'date'; date: string; labelled: boolean }
  | { kind: 'meeting'; date: string; body?: string }
  | { kind: 'phone'; phone: string; labelled: boolean }
  | { kind: 'email'; email: string }
  | { kind: 'administration'; name: string }
  | { kind: 'department'; name: string }
  /** A nämnd or board named without "Till": the recipient in letterheads that leave the label out. */
  | { kind: 'body'; name: string }
  | { kind: 'city' }
  | { kind: 'address' };

const MONTH_DATE = SWEDISH_DATE.source;
const DATE = `(?:den\\s+)?(?:\\d{4}-\\d{2}-\\d{2}|${MONTH_DATE})`;

/** "JÄRVA 2023/665", "KS-2014/123", "AMN 2015-0123", "1.5.1-135-2012", "KS 2019/562:12". */
export const DNR =
  /^(?:\p{Lu}[\p{Lu}-]{0,9}(?:\s\p{Lu}{1,9})?[\s-](?:19|20)\d{2}[/:-]\d{1,6}(?:[-./:]\d{1,6})*|\d{1,2}(?:\.\d{1,3}){1,3}-\d{1,6}-(?:19|20)\d{2})$/u;

const HANDLAGGARE = /^(?:Handläggare|Handl\.|Kontaktperson|Föredragande)(?:[:.]?\s*(.*))?$/i;
const TILL = /^Till(?::\s*|\s+)?(.*)$/i;
const DNR_LABEL = /^(?:Vårt\s+dnr|Vår\s+beteckning|Diarienummer|Diarienr|Dnr)[:.]?\s*(.+)$/i;
const REFERENCE_LABEL = /^(?:Ert\s+dnr|Er\s+beteckning|Er\s+referens|Remissens\s+dnr|KS\s+dnr|Kommunstyrelsens\s+dnr)[:.]?\s*(.+)$/i;
const DOCUMENT_TYPE = /^(Tjänsteutlåtande|Yttrande|Skrivelse|Remissvar|Promemoria|PM)$/i;
const DATE_LABEL = new RegExp(`^(?:Datum|Stockholm)[:,]?\\s+(${DATE})$`, 'iu');
const MEETING_LABEL = new RegExp(
  `^(?:(?:Nämndens\\s+|Styrelsens\\s+)?sammanträde(?:sdatum)?|Sammanträdesdag|Möte)[:.]?\\s+(${DATE})$`,
  'iu',
);
/** A nämnd's abbreviation and its meeting day: "FSN 2005-09-22", "SÖSDN 2024-02-15". */
const MEETING_LINE = new RegExp(`^(\\p{Lu}{2,8})\\s+(${DATE})$`, 'u');
const PHONE_LABEL = /^(?:Telefon|Tel\.?|Tfn|Mobil|Direkt)[:.]?\s*(\+?[\d][\d\s()-]{5,})$/i;
const PHONE = /^(?:\+46\s?|0)\d{1,3}[\s-]?\d[\d\s-]{4,}\d$/;
const EMAIL = /^(?:E-post[:.]?\s*)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;
const SWITCHBOARD = /^(?:Växel|Fax|Telefax|Org\.?\s*nr|Organisationsnummer|Besöksadress|Postadress|Box)\b/i;
const ADDRESS = [
  /^\d{3}\s?\d{2}\s+\p{L}/u,
  /^(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)+\/?$/,
  /^\p{L}[\p{L} .-]*\s\d+\s?[A-Z]?(?:,\s*\d+\s*tr)?$/u,
];
/** Ends in what names an administration: "Järva stadsdelsförvaltning", "Stadsledningskontoret". */
const ADMINISTRATION = /(?:förvaltning|förvaltningen|kontoret|kontor)$/iu;
const DEPARTMENT =
  /^(?:\p{L}+a\s+)?(?:avdelningen|enheten|staben|kansliet|sektionen|avdelning|enhet)\b|(?:avdelningen|avdelning|enheten|enhet|staben|stab|kansliet|kansli|sektionen|funktionen)$/iu;
/** A company's name: "AB Stockholmshem", "Stockholm Vatten och Avfall AB". */
const COMPANY = /^(?:AB\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*|\p{Lu}[\p{L} -]*\sAB)$/u;
/^(?:\p{L}+a\s+)?(?:avdelningen|enheten|staben|kansliet|sektionen|avdelning|enhet)\b|(?:avdelningen|avdelning|enheten|staben|kansliet)$/iu;
const BODY = /(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige)$/iu;
const CITY = /^(?:\p{Lu}[\p{L}-]*s\s+(?:stad|kommun)|STOCKHOLMS STAD)$/u;

/** A person's name: two to four capitalised words, with no digits or role words. */
export const PERSON =
  /^\p{Lu}[\p{Ll}'-]+(?:-\p{Lu}[\p{Ll}]+)?(?:\s(?:af\s|von\s|de\s|van\s)?\p{Lu}[\p{Ll}'-]+(?:-\p{Lu}[\p{Ll}]+)?){1,3}$/u;

/** Letterhead lines are short: names, labels, numbers, addresses. */
export const MAX_LETTERHEAD_LINE = 60;

/** What a letterhead line says, or undefined for a line that is not one (prose, a heading, a title). */
export function letterheadLine(line: string): LetterheadLine | undefined {
  const text = line.trim();
  if (text === '' || text.length > MAX_LETTERHEAD_LINE || /[.!?;]$/.test(text.replace(/\b(?:Handl|Tel|nr)\.$/i, ''))) return undefined;
  // "Bilaga 1" would pass for a street address.
  if (/^Bilag/i.test(text)) return undefined;
  const handlaggare = HANDLAGGARE.exec(text);
  if (handlaggare) {
    const names = (handlaggare[1] ?? '').split(/\s*(?:,|\boch\b|&)\s*/).filter((name) => PERSON.test(name));
    // "Handläggare" leads a line of its own or names people; "Handläggaren har …" is prose.
    if ((handlaggare[1] ?? '') === '' || names.length > 0) return { kind: 'handlaggare', names };
  }
  const reference = REFERENCE_LABEL.exec(text);
  if (reference) return { kind: 'reference', dnr: reference[1]?.trim() ?? '' };
  const dnrLabel = DNR_LABEL.exec(text);
  if (dnrLabel) return { kind: 'dnr', dnr: dnrLabel[1]?.trim() ?? '', labelled: true };
  const meetingLine = MEETING_LINE.exec(text);
  if (meetingLine && parseSwedishDate(meetingLine[2] ?? '')) {
    return { kind: 'meeting', date: parseSwedishDate(meetingLine[2] ?? '') ?? '', body: meetingLine[1] };
  }
  if (DNR.test(text)) return { kind: 'dnr', dnr: text, labelled: false };
  if (DOCUMENT_TYPE.test(text)) return { kind: 'dokumenttyp', dokumenttyp: capitalise(text) };
  const plainDate = parseSwedishDate(text);
  if (plainDate) return { kind: 'date', date: plainDate, labelled: false };
  const labelledDate = DATE_LABEL.exec(text);
  if (labelledDate) return { kind: 'date', date: parseSwedishDate(labelledDate[1] ?? '') ?? '', labelled: true };
  const meeting = MEETING_LABEL.exec(text);
  if (meeting) return { kind: 'meeting', date: parseSwedishDate(meeting[1] ?? '') ?? '' };
  const till = TILL.exec(text);
  if (
    till &&
    (till[1] === '' ||
      /^:/.test(text.slice(4)) ||
      isBody(withoutDate(till[1] ?? '').name) ||
      /^(?:styrelsen|nämnden)\s/i.test(till[1] ?? ''))
  ) {
    const { name, date } = withoutDate(till[1] ?? '');
    return { kind: 'till', ...(name ? { recipient: name } : {}), ...(date ? { date } : {}) };
  }
  if (SWITCHBOARD.test(text)) return { kind: 'address' };
  const phone = PHONE_LABEL.exec(text);
  if (phone) return { kind: 'phone', phone: phone[1]?.trim() ?? '', labelled: true };
  if (PHONE.test(text)) return { kind: 'phone', phone: text, labelled: false };
  const email = EMAIL.exec(text);
  if (email) return { kind: 'email', email: email[1] ?? '' };
  if (CITY.test(text)) return { kind: 'city' };
  if ((ADMINISTRATION.test(text) || COMPANY.test(text)) && !/\d/.test(text)) return { kind: 'administration', name: text };
  if (DEPARTMENT.test(text) && !/\d/.test(text)) return { kind: 'department', name: text };
  if (isBody(text)) return { kind: 'body', name: text };
  if (ADDRESS.some((pattern) => pattern.test(text))) return { kind: 'address' };
  return undefined;
}

/** "Kulturnämnden", "Hägersten-Älvsjö stadsdelsnämnd": a name, not a phrase ("Yttrande till kommunstyrelsen"). */
function isBody(text: string): boolean {
  return (
    BODY.test(text) &&
    /^\p{Lu}/u.test(text) &&
    !/\d/.test(text) &&
    !/\s(?:till|över|om|på|av|från|angående|gällande)\s/i.test(` ${text} `) &&
    text.split(/\s+/).length <= 6
  );
}

/** "Järva stadsdelsnämnd 2024-02-22" → the name and the date after it. */
function withoutDate(text: string): { name: string; date?: string } {
  const match = new RegExp(`^(.*?)[,\\s]+(${DATE})$`, 'iu').exec(text.trim());
  const date = match ? parseSwedishDate(match[2] ?? '') : undefined;
  return date && match ? { name: (match[1] ?? '').trim(), date } : { name: text.trim() };
}

/** "TJÄNSTEUTLÅTANDE" → "Tjänsteutlåtande". */
function capitalise(text: string): string {
  const lower = text.toLocaleLowerCase('sv');
  return lower === 'pm' ? 'PM' : `${lower.charAt(0).toLocaleUpperCase('sv')}${lower.slice(1)}`;
}
