import type { CorpusEntries } from './build-corpus.ts';
import { isPublished } from './publicity.ts';

/**
 * Text that identifies each unpublished document: its title (and the first long line of its
 * body). If any of it turns up in the built site, publicity filtering has failed somewhere.
 */
export function unpublishedMarkers(entries: CorpusEntries): { path: string; marker: string }[] {
  const markers: { path: string; marker: string }[] = [];
  const all = Object.values(entries).flat() as {
    path: string;
    data: Record<string, unknown> & { publicitet: 'offentlig' | 'utdrag' | 'ej-publicerad' };
    body: string;
  }[];
  for (const entry of all) {
    if (isPublished(entry.data)) continue;
    const title = entry.data.titel ?? entry.data.namn;
    if (typeof title === 'string') markers.push({ path: entry.path, marker: title });
    const line = entry.body
      .split('\n')
      .map((text) => text.trim())
      .find((text) => text.length >= 40 && !text.startsWith('>') && !text.startsWith('#'));
    if (line) markers.push({ path: entry.path, marker: line.slice(0, 80) });
  }
  return markers;
}
