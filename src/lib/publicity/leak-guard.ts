import type { CorpusEntries } from '#lib/content/content-entry.ts';
import { glossaryFormsPattern } from '#lib/site/glossary.ts';
import { literalAlternation } from '#lib/text/literal-alternation.ts';
import { keptBackTitles, titlesPattern } from './kept-back-titles.ts';
import { isPublished, publishedEntries } from './publicity.ts';
import { stringFields } from '#lib/text/string-fields.ts';

type Entry = { path: string; data: Record<string, unknown> & { publicitet: 'offentlig' | 'utdrag' | 'ej-publicerad' }; body: string };

/** How many lines of a document's own prose stand for it, besides its title. */
const LINES_PER_DOCUMENT = 2;
/** Lines looked at for them: the first few of the body are enough. */
const CANDIDATE_LINES = 12;
/** The shortest stretch of a line that is taken to stand for its document. */
const SHORTEST_MARKER = 30;

/** Text that stands for a document kept back; `whole` when it is a title, found only as whole words. */
export interface LeakMarker {
  path: string;
  marker: string;
  whole?: true;
}

/**
 * Text that identifies each unpublished document: its title, however short (`keptBackTitles`), and
 * the first two lines of its prose (of at least SHORTEST_MARKER characters, so a short document has
 * one too) that no published document has. If any of it turns up in the built site, publicity
 * filtering has failed somewhere. A title is found whole, on word boundaries, so that "Larm" is not
 * found in "Larmlistan"; public text that holds it is already an error of the content check
 * (kept-back-title-problems.ts), so a title is a marker even where public text has it.
 *
 * A line that a published document has too identifies nothing: remissvar on one remiss often share
 * an opening line ("Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande …"), and one answer
 * kept back would otherwise fail every build on the pages of the others; so such a line is passed
 * over for the next. (A title a published document has too is left out for the same reason: answers
 * on one remiss share "Svar på remiss om …".) A line is taken as the page shows it: not a quote,
 * heading, list item, directive line (":::kommentar{…}" is never shown as written) or, in MDX, a
 * component's tag ("<Notis>") or an editor's note in braces, and without
 * Markdown marks (emphasis, links, code) that the page would not have as written. A glossary term in
 * it may become a link on the page, so the marker is the longest stretch of the line between the
 * terms (`glossaryForms`, as glossary links find them).
 */
export function unpublishedMarkers(entries: CorpusEntries, glossaryForms: readonly string[] = []): LeakMarker[] {
  const terms = glossaryFormsPattern(glossaryForms);
  const candidates: { path: string; lines: string[] }[] = [];
  for (const entry of Object.values(entries).flat() as Entry[]) {
    if (isPublished(entry.data)) continue;
    const lines = entry.body
      .split('\n')
      .map((text) => text.trim())
      .filter((text) => text.length >= SHORTEST_MARKER && !/^(?:[>#:|*+<{-]|\d+[.)])/.test(text) && !/[*_`[\]]/.test(text))
      .slice(0, CANDIDATE_LINES)
      .map((text) => longestStretch(text, terms).slice(0, 80))
      .filter((text) => text.length >= SHORTEST_MARKER);
    candidates.push({ path: entry.path, lines });
  }
  if (candidates.length === 0) return [];
  const published = (Object.values(publishedEntries(entries)).flat() as Entry[]).flatMap((entry) => [
    entry.body,
    ...[...stringFields(entry.data)].map(([, text]) => text),
  ]);
  const shared = markersIn(
    published.join('\u0000'),
    candidates.flatMap(({ lines }) => lines),
  );
  const titles = keptBackTitles(entries).map(({ path, title }): LeakMarker => ({ path, marker: title, whole: true }));
  return [
    ...titles,
    ...candidates.flatMap(({ path, lines }) =>
      lines
        .filter((line) => !shared.has(line))
        .slice(0, LINES_PER_DOCUMENT)
        .map((marker) => ({ path, marker })),
    ),
  ].sort((a, b) => a.path.localeCompare(b.path));
}

/** The longest part of a line that no match of `pattern` (glossary terms) cuts, trimmed. */
function longestStretch(line: string, pattern: RegExp | undefined): string {
  if (!pattern) return line;
  let longest = '';
  let start = 0;
  for (const match of [...line.matchAll(pattern), { index: line.length, 0: '' }]) {
    const stretch = line.slice(start, match.index).trim();
    if (stretch.length > longest.length) longest = stretch;
    start = (match.index as number) + match[0].length;
  }
  return longest;
}

/**
 * Which of the markers a text holds, in one pass: at each place in the text, the longest marker
 * that starts there (a lookahead, so markers that overlap are all found); a marker that begins
 * another found at the same place is there too.
 */
function markersIn(text: string, markers: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(new RegExp(`(?=(${literalAlternation(markers)}))`, 'g'))) found.add(match[1] as string);
  for (const marker of markers) if ([...found].some((other) => other.startsWith(marker))) found.add(marker);
  return found;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A finder for the markers in a built page: the first marker the page holds, with the file it
 * identifies, or undefined. Every page of the site passes through it, so the markers are looked
 * for in one pass of one expression (a third of the time of asking for each marker in turn, about
 * a second of the build's main thread at 5,000 documents), and the titles in one more.
 */
export function leakFinder(markers: readonly LeakMarker[]): (text: string) => LeakMarker | undefined {
  if (markers.length === 0) return () => undefined;
  // A page has "&", "<" and ">" escaped in its text; a JSON file has them as they are.
  const forms = new Map<string, LeakMarker>();
  const titleForms = new Map<string, LeakMarker>();
  for (const found of markers) {
    const into = found.whole ? titleForms : forms;
    for (const form of [found.marker, escapeHtml(found.marker)]) if (!into.has(form)) into.set(form, found);
  }
  const pattern = forms.size > 0 ? new RegExp(literalAlternation(forms.keys())) : undefined;
  // As the page writes it, exact case: a title's words in the site's own markup (a path, a class) are small.
  const titles = titlesPattern(titleForms.keys());
  const spaced = (text: string) => text.replace(/(?:\s|\\[nrt])+/g, ' ');
  const titleOf = new Map([...titleForms].map(([form, found]) => [spaced(form), found]));
  return (text) => {
    const found = pattern?.exec(text)?.[0];
    if (found !== undefined) return forms.get(found);
    if (!titles) return undefined;
    titles.lastIndex = 0;
    const title = titles.exec(text)?.[0];
    return title === undefined ? undefined : titleOf.get(spaced(title));
  };
}
