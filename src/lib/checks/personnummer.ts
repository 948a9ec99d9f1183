import { ContentProblem } from '#lib/content/content-problem.ts';
import { positionAt, type RawContentFile } from '#lib/content/raw-content-files.ts';
import { checksProblem } from './problems.ts';

export interface IdentityNumberMatch {
  /** The number as written, separator included. */
  text: string;
  /** Offset in the searched text. */
  index: number;
  kind: 'personnummer' | 'samordningsnummer';
}

// 10 or 12 digits: [century]YYMMDD, an optional separator (+ marks 100 years or older), NNNC.
// Digits on either side mean a longer number (an account, a registry number), not an identity number.
const CANDIDATE = /(?<![\d])((?:18|19|20)?)(\d{2})(\d{2})(\d{2})([-+–\u00a0 ]?)(\d{3})(\d)(?![\d])/g;
// In built files, letters around digits are hashes and IDs ("sv_8112189876a"), not text.
const STANDALONE = /(?<![\p{L}\d_])((?:18|19|20)?)(\d{2})(\d{2})(\d{2})([-+–\u00a0 ]?)(\d{3})(\d)(?![\p{L}\d_])/gu;

/**
 * Personnummer and samordningsnummer in a text: a valid date (or the day plus 60 for a
 * samordningsnummer) and a correct Luhn check digit. Anything else that merely has the shape
 * (dates, phone numbers) is left alone. `standalone` also skips digits run together with
 * letters, for scanning built files full of hashes.
 */
export function findIdentityNumbers(text: string, options: { standalone?: boolean } = {}): IdentityNumberMatch[] {
  const matches: IdentityNumberMatch[] = [];
  for (const match of text.matchAll(options.standalone ? STANDALONE : CANDIDATE)) {
    const [whole, century = '', yy = '', mm = '', dd = '', , serial = '', check = ''] = match;
    const day = Number(dd);
    const kind = day > 60 ? 'samordningsnummer' : 'personnummer';
    const realDay = kind === 'samordningsnummer' ? day - 60 : day;
    if (!isValidDate(century, Number(yy), Number(mm), realDay)) continue;
    if (luhnCheckDigit(`${yy}${mm}${dd}${serial}`) !== Number(check)) continue;
    matches.push({ text: whole, index: match.index, kind });
  }
  return matches;
}

/** The Luhn check digit of nine digits, as Skatteverket computes it for identity numbers. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let index = 0; index < nineDigits.length; index++) {
    const product = Number(nineDigits[index]) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

function isValidDate(century: string, yy: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without the century, 29 February counts if any century makes the year a leap year.
  const leap = century ? isLeapYear(Number(century) * 100 + yy) : yy % 4 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Enough to find the number in the file, not enough to read it: year and month, the rest as *. */
export function maskIdentityNumber(text: string): string {
  const visibleDigits = text.replace(/\D/g, '').length === 12 ? 6 : 4;
  let seen = 0;
  return text.replace(/\d/g, (digit) => (++seen <= visibleDigits ? digit : '*'));
}

/** Every personnummer or samordningsnummer anywhere in content: always an error, whatever the publicity. */
export function personnummerProblems(files: readonly RawContentFile[]): ContentProblem[] {
  return files.flatMap((file) =>
    findIdentityNumbers(file.text).map(
      (match) =>
        new ContentProblem({
          location: { file: file.path, ...positionAt(file.text, match.index) },
          ...checksProblem('checks/identity-number', { kind: match.kind, masked: maskIdentityNumber(match.text) }),
        }),
    ),
  );
}
