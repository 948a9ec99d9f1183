import type { CorpusEntries } from '#lib/content/content-entry.ts';
import { literalAlternation } from '#lib/text/literal-alternation.ts';
import { isPublished } from './publicity.ts';

type Entry = { path: string; data: Record<string, unknown> & { publicitet?: 'offentlig' | 'utdrag' | 'ej-publicerad' } };

/** A document kept back (`publicitet: ej-publicerad`) and the title that would give it away. */
export interface KeptBackTitle {
  path: string;
  title: string;
}

const titleOf = (entry: Entry) => {
  const title = entry.data.titel ?? entry.data.namn;
  return typeof title === 'string' ? title.trim() : undefined;
};

/**
 * The title (or name) of every document kept back, short ones too: public text that holds it
 * reveals that the document exists. A title that a published document has as well identifies
 * nothing (answers on one remiss are all "Svar på remiss om …"; a version is often named like its
 * program), so it is left out.
 */
export function keptBackTitles(entries: CorpusEntries): KeptBackTitle[] {
  const all = Object.values(entries).flat() as Entry[];
  const published = new Set(all.filter((entry) => isPublished({ publicitet: entry.data.publicitet ?? 'offentlig' })).map(titleOf));
  const kept: KeptBackTitle[] = [];
  for (const entry of all) {
    if (isPublished({ publicitet: entry.data.publicitet ?? 'offentlig' })) continue;
    const title = titleOf(entry);
    if (title && !published.has(title)) kept.push({ path: entry.path, title });
  }
  return kept;
}

const LETTER = '\\p{L}\\p{N}';

/**
 * Where any of the titles stands whole in a text: not inside a longer word ("Larm" is not in
 * "Larmlistan"), with any run of white space between its words (a line break in a paragraph is
 * one), longest first. `firstLetterEitherCase` also finds a title of several words begun with a
 * small letter mid-sentence ("enligt hemlig anvisning om …"); a title of one word is taken as
 * written, since in small letters it is most often the common word ("skalskydd"). Undefined without
 * titles. Global and Unicode-aware.
 */
export function titlesPattern(titles: Iterable<string>, options: { firstLetterEitherCase?: boolean } = {}): RegExp | undefined {
  const written = [...new Set(titles)].filter((title) => title.trim()).sort((a, b) => b.length - a.length);
  if (written.length === 0) return undefined;
  const alternatives = written.map((title) => {
    const [first = '', ...rest] = title.trim().split(/\s+/);
    const words = [first, ...rest].map((word) => literalAlternation([word]));
    const initial = first[0] ?? '';
    const cases = new Set([initial, initial.toLocaleUpperCase('sv'), initial.toLocaleLowerCase('sv')]);
    if (options.firstLetterEitherCase && rest.length > 0 && cases.size > 1)
      words[0] = `[${[...cases].join('')}]${literalAlternation([first.slice(1)])}`;
    // White space as a page or a JSON file writes it: a line break in JSON is the two characters \n.
    return words.join('(?:\\s|\\\\[nrt])+');
  });
  return new RegExp(`(?<![${LETTER}])(?:${alternatives.join('|')})(?![${LETTER}])`, 'gu');
}
