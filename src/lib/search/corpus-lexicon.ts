import type { CorpusEntries } from '#lib/content/content-entry.ts';
import { buildLexicon, type Lexicon } from './decompound.ts';
import { publishedEntries } from '#lib/publicity/publicity.ts';

// Markup that is not prose: directive lines (:::kommentar{…}) and heading IDs ({#id}).
const NOT_PROSE = /^:::.*$|\{#[^}]*\}/gm;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The words of every published document's text and fields: what compound parts may be. */
export function corpusLexicon(entries: CorpusEntries): Lexicon {
  const texts: string[] = [];
  for (const list of Object.values(publishedEntries(entries)) as { body: string; data: unknown }[][]) {
    for (const entry of list) texts.push(entry.body.replace(NOT_PROSE, ' '), ...strings(entry.data));
  }
  return buildLexicon(texts);
}
