import type { CorpusEntries } from './build-corpus.ts';
import { isPublished, publishedEntries } from './publicity.ts';
import { stringFields } from './string-fields.ts';

type Entry = { path: string; data: Record<string, unknown> & { publicitet: 'offentlig' | 'utdrag' | 'ej-publicerad' }; body: string };

/**
 * Text that identifies each unpublished document: its title (and the first long line of its
 * body). If any of it turns up in the built site, publicity filtering has failed somewhere.
 *
 * Text that a published document has too identifies nothing: remissvar on one remiss often share
 * a title ("Svar på remiss om …"), and one answer kept back would otherwise fail every build on
 * the pages of the others. Such a marker is left out; the document's other marker still guards it.
 */
export function unpublishedMarkers(entries: CorpusEntries): { path: string; marker: string }[] {
  const markers: { path: string; marker: string }[] = [];
  for (const entry of Object.values(entries).flat() as Entry[]) {
    if (isPublished(entry.data)) continue;
    const title = entry.data.titel ?? entry.data.namn;
    if (typeof title === 'string') markers.push({ path: entry.path, marker: title });
    const line = entry.body
      .split('\n')
      .map((text) => text.trim())
      // Not a quote, heading or directive line (":::kommentar{…}" is never shown as written).
      .find((text) => text.length >= 40 && !/^[>#:]/.test(text));
    if (line) markers.push({ path: entry.path, marker: line.slice(0, 80) });
  }
  if (markers.length === 0) return markers;
  const published = (Object.values(publishedEntries(entries)).flat() as Entry[]).flatMap((entry) => [
    entry.body,
    ...[...stringFields(entry.data)].map(([, text]) => text),
  ]);
  const shared = markersIn(
    published.join('\u0000'),
    markers.map(({ marker }) => marker),
  );
  return markers.filter(({ marker }) => !shared.has(marker));
}

/**
 * Which of the markers a text holds, in one pass: at each place in the text, the longest marker
 * that starts there (a lookahead, so markers that overlap are all found); a marker that begins
 * another found at the same place is there too.
 */
function markersIn(text: string, markers: readonly string[]): Set<string> {
  const longestFirst = [...new Set(markers)].sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  for (const match of text.matchAll(new RegExp(`(?=(${longestFirst.map(literal).join('|')}))`, 'g'))) found.add(match[1] as string);
  for (const marker of longestFirst) if ([...found].some((other) => other.startsWith(marker))) found.add(marker);
  return found;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A finder for the markers in a built page: the first marker the page holds, with the file it
 * identifies, or undefined. Every page of the site passes through it, so the markers are looked
 * for in one pass of one expression (a third of the time of asking for each marker in turn, about
 * a second of the build's main thread at 5,000 documents).
 */
export function leakFinder(
  markers: readonly { path: string; marker: string }[],
): (text: string) => { path: string; marker: string } | undefined {
  if (markers.length === 0) return () => undefined;
  // A page has "&", "<" and ">" escaped in its text; a JSON file has them as they are.
  const forms = new Map<string, { path: string; marker: string }>();
  for (const found of markers) {
    for (const form of [found.marker, escapeHtml(found.marker)]) if (!forms.has(form)) forms.set(form, found);
  }
  const pattern = new RegExp([...forms.keys()].map(literal).join('|'));
  return (text) => {
    const found = pattern.exec(text)?.[0];
    return found === undefined ? undefined : forms.get(found);
  };
}
