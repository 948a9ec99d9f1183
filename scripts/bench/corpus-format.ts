// How the benchmark corpus writes dates and files.
import { stringify } from 'yaml';

export const EXAMPLE_LINE =
  '> **Exempeltext.** Detta är exempeltext skriven för att visa webbplatsens funktioner. Det är inte Stockholms stads formulering.';

/**
 * The day the corpus is written as of: no generated decision is later. Fixed, so that the same seed
 * gives the same corpus on any day, and the corpus stays valid as days pass (a decision dated after
 * the day the check runs made its earlier version "ersatt" with nothing yet in force after it).
 */
export const CORPUS_DATE = '2026-11-25';

export const date = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
/** A date `days` after an ISO date (before it when negative). */
export const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
export const frontmatter = (data: Record<string, unknown>, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n${body}\n`;
