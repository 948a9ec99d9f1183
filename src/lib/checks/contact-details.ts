import { ContentProblem } from '#lib/content/content-problem.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import { positionAt } from '#lib/content/raw-content-files.ts';
import { findIdentityNumbers } from './personnummer.ts';
import { checksProblem } from './problems.ts';
import { stringFields } from '#lib/text/string-fields.ts';

/** The site's decision on officials' contact details (see `contactDetails` in src/config/site.ts). */
export interface ContactDetailsPolicy {
  level: 'allow' | 'warn' | 'error';
  /** Functional mailboxes (`registrator@`), whole addresses, or phone numbers that are never personal. */
  allowed: readonly string[];
}

interface Found {
  kind: 'telefonnummer' | 'e-postadress';
  text: string;
  index: number;
}

// A Swedish number: 0 or +46, an area code, then groups of digits separated by a space or hyphen.
const PHONE = /(?<![\w+])(?:\+46[ -]?(?:\(0\)[ -]?)?|0)\d{1,3}(?:[ -]?\d{2,4}){1,4}(?!\d)/g;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;

/** Phone numbers and e-mail addresses in a text that the allowlist does not cover. */
export function findContactDetails(text: string, allowed: readonly string[]): Found[] {
  const found: Found[] = [];
  const identityNumbers = findIdentityNumbers(text).map((match) => [match.index, match.index + match.text.length]);
  for (const match of text.matchAll(PHONE)) {
    const number = trimToPhoneLength(match[0]);
    if (!number) continue;
    if (identityNumbers.some(([start = 0, end = 0]) => match.index < end && match.index + number.length > start)) continue;
    if (allowed.some((entry) => /\d/.test(entry) && nationalDigits(entry) === nationalDigits(number))) continue;
    found.push({ kind: 'telefonnummer', text: number, index: match.index });
  }
  // The address pattern is slow to try at every letter; most texts have no "@" to try it on.
  for (const match of text.includes('@') ? text.matchAll(EMAIL) : []) {
    const address = match[0].toLowerCase();
    const mailbox = `${address.split('@')[0]}@`;
    if (allowed.some((entry) => entry.toLowerCase() === address || entry.toLowerCase() === mailbox)) continue;
    found.push({ kind: 'e-postadress', text: match[0], index: match.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "+46 8 508 000 00" and "08-50800000" are the same number: compare national digits. */
function nationalDigits(text: string): string {
  return text.replace(/\(0\)/, '').replace(/^\+46/, '0').replace(/\D/g, '');
}

/** A match may run on into the next number ("08-508 000 00 2024"): drop trailing groups until it is a phone number's length. */
function trimToPhoneLength(text: string): string | undefined {
  let candidate = text;
  while (nationalDigits(candidate).length > 10) {
    const shorter = candidate.replace(/[ -]?\d+$/, '');
    if (shorter === candidate) return undefined;
    candidate = shorter;
  }
  return nationalDigits(candidate).length >= 8 ? candidate : undefined;
}

/**
 * Officials' direct numbers and personal addresses in what the site publishes, reported as the
 * site decided. Frontmatter fields are placed at their line; the `handlaggare` field is left to
 * the `showHandlaggare` setting, which decides whether it is published at all.
 */
export function contactDetailProblems(
  entries: readonly ContentEntry<Record<string, unknown>>[],
  policy: ContactDetailsPolicy,
): ContentProblem[] {
  if (policy.level === 'allow') return [];
  const severity = policy.level === 'error' ? 'fel' : 'varning';
  const problems: ContentProblem[] = [];
  const report = (file: string, found: Found, line: number, column: number, field?: string) =>
    problems.push(
      new ContentProblem({
        location: { file, line, column },
        field,
        severity,
        ...checksProblem('checks/contact-details', { kind: found.kind, text: found.text }),
      }),
    );

  for (const entry of entries) {
    const bodyLine = entry.bodyLine ?? 1;
    for (const found of findContactDetails(entry.body, policy.allowed)) {
      const { line, column } = positionAt(entry.body, found.index);
      report(entry.path, found, line + bodyLine - 1, column);
    }
    for (const [fieldPath, value] of stringFields(entry.data)) {
      if (fieldPath[0] === 'handlaggare') continue;
      for (const found of findContactDetails(value, policy.allowed)) {
        const position = entry.locate?.(fieldPath) ?? { line: 1, column: 1 };
        report(entry.path, found, position.line, position.column, fieldPath.join('.'));
      }
    }
  }
  return problems;
}
