const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** A date written out the Swedish way: "23 januari 2024". */
export const SWEDISH_DATE = new RegExp(`\\d{1,2}\\s+(?:${MONTHS.join('|')})\\s+\\d{4}`, 'iu');

/** "2024-01-23", "23 januari 2024" or "den 23 januari 2024" as an ISO date; undefined for anything else. */
export function parseSwedishDate(text: string): string | undefined {
  const trimmed = text.trim().replace(/^den\s+/i, '');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) return isValid(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? trimmed : undefined;
  const match = /^(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u.exec(trimmed);
  const month = match ? MONTHS.indexOf((match[2] ?? '').toLocaleLowerCase('sv')) : -1;
  if (!match || month === -1 || !isValid(Number(match[3]), month + 1, Number(match[1]))) return undefined;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}

function isValid(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
