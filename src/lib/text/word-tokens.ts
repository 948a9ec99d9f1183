/**
 * Words are letters and digits of any script (å, ä, ö included) joined by hyphens, colons or
 * apostrophes inside a compound (RSA-processen, 27000-serien, SKR:s), keeping the trailing hyphen
 * of a shared compound part ("risk- och sårbarhetsanalys"). Everything else is one token per
 * character, so a changed comma does not mark its word as changed.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[-‐:'’][\p{L}\p{N}]+)*-?|\s+|[^\p{L}\p{N}\s]/gu;
const WORD = /^[\p{L}\p{N}]/u;

/** Marks where one paragraph ends and the next begins when several are diffed as one text. */
export const BREAK = '\u2029';

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function isWord(token: string): boolean {
  return WORD.test(token);
}

export function wordCount(text: string): number {
  return tokenize(text).filter(isWord).length;
}
